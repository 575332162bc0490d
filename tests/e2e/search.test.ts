// Offline full-text search: a visitor types in the header's search box and finds a
// known article, with no request leaving the host.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { externalRequests, launchChromium, watchPage } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => (browser = await launchChromium()));
afterAll(async () => browser?.close());

it('finds a known article through the search box', async () => {
  const page = await browser.newPage();
  const watch = watchPage(page);
  await page.goto(baseUrl + '/');
  await page.getByRole('searchbox', { name: 'Cari di situs ini' }).fill('Sukamaju');
  await page.getByRole('button', { name: 'Cari', exact: true }).click();
  await page.waitForURL(/\/cari\/\?q=Sukamaju/);
  const result = page.locator('.pagefind-ui__result-link', { hasText: 'Sidang Keliling di Kecamatan Sukamaju' });
  await result.first().waitFor();
  expect(await result.first().getAttribute('href')).toBe('/berita/sidang-keliling-kecamatan-sukamaju/');
  await result.first().click();
  await page.waitForURL(/\/berita\/sidang-keliling-kecamatan-sukamaju\/$/);
  expect(await page.locator('h1').textContent()).toBe('Sidang Keliling di Kecamatan Sukamaju Dekatkan Layanan Hukum');
  expect(externalRequests(watch.requests)).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
  await page.close();
});

it('says so when nothing matches', async () => {
  const page = await browser.newPage();
  await page.goto(baseUrl + '/cari/?q=zzqxjv');
  await expect.poll(() => page.locator('.pagefind-ui__message').textContent()).toContain('Tidak ada hasil');
  await page.close();
});
