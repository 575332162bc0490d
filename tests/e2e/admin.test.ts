// The CMS in the built site, served by nginx with the production headers: the page, the
// self-hosted Decap bundle and every chunk it loads come from the site itself, in
// Indonesian, with no CSP violation and no request to another host.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { listDecapAssets } from '../../src/integrations/cms-admin.ts';
import { externalRequests, launchChromium, watchPage } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

it('the build contains the admin page, its config and every Decap asset', async () => {
  const admin = await readdir(path.join(siteDir, 'admin'));
  expect(admin).toEqual(expect.arrayContaining(['index.html', 'config.json', 'site-index.json', 'manual-init.js', 'decap']));
  const shipped = (await readdir(path.join(siteDir, 'admin', 'decap'))).sort();
  expect(shipped).toEqual(await listDecapAssets());
  expect(shipped.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(50);
});

it('opens in Indonesian from the site alone, under the production CSP', async () => {
  const page = await browser.newPage();
  const watch = watchPage(page);
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${baseUrl}/admin/`);
  // Without a login, Decap shows its GitHub login; the text comes from Laman's locale.
  await expect.poll(async () => page.getByRole('button', { name: /Masuk/ }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
  expect(await page.title()).toMatch(/^Pengelolaan Konten — /);
  expect(await page.locator('html').getAttribute('lang')).toBe('id');
  expect(externalRequests(watch.requests)).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
  expect(failed).toEqual([]);
  expect(watch.errors).toEqual([]);
  await page.screenshot({ path: path.join('test-results', 'situs', 'admin-masuk.png') });
  await page.close();
});

it('keeps search engines out of the CMS', async () => {
  const robots = await (await fetch(`${baseUrl}/robots.txt`)).text();
  expect(robots).toContain('Disallow: /admin/');
  const sitemap = await (await fetch(`${baseUrl}/sitemap-0.xml`)).text();
  expect(sitemap).not.toContain('/admin/');
});
