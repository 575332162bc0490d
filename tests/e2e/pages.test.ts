// Every page type in real Chromium: zero axe-core violations, no request leaving
// 127.0.0.1, no CSP violation under the production nginx headers, no script error.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { externalRequests, launchChromium, watchPage } from '../helpers/browser.ts';

const require = createRequire(import.meta.url);
const baseUrl = inject('baseUrl');
let browser: Browser;
let axeSource: string;

beforeAll(async () => {
  browser = await launchChromium();
  axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
});
afterAll(async () => browser?.close());

async function firstHref(page: Page, path: string, selector: string): Promise<string> {
  await page.goto(baseUrl + path);
  const href = await page.locator(selector).first().getAttribute('href');
  if (!href) throw new Error(`tidak ada tautan "${selector}" di ${path}`);
  return href;
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function axe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's CSP does not block it.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe.run();
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

describe('every page type', () => {
  const pages: Record<string, string> = {
    beranda: '/',
    'daftar berita': '/berita/',
    'daftar berita halaman 2': '/berita/halaman/2/',
    'daftar pengumuman': '/pengumuman/',
    'indeks dokumen': '/dokumen/',
    transparansi: '/transparansi/',
    'halaman statis': '/profil/',
    pencarian: '/cari/?q=sidang',
  };

  beforeAll(async () => {
    const page = await browser.newPage();
    pages['detail berita'] = await firstHref(page, '/berita/', '.kartu-judul a');
    pages['kategori berita'] = await firstHref(page, pages['detail berita'], '.artikel-kepala .meta a');
    pages['tag'] = await firstHref(page, pages['detail berita'], '.tag a');
    pages['detail pengumuman'] = await firstHref(page, '/pengumuman/', '.kartu-judul a');
    pages['kategori pengumuman'] = await firstHref(page, pages['detail pengumuman'], '.artikel-kepala .meta a');
    pages['detail dokumen'] = await firstHref(page, '/dokumen/', 'tbody th a');
    await page.close();
  });

  it.each([
    'beranda',
    'daftar berita',
    'daftar berita halaman 2',
    'detail berita',
    'kategori berita',
    'tag',
    'daftar pengumuman',
    'detail pengumuman',
    'kategori pengumuman',
    'indeks dokumen',
    'detail dokumen',
    'halaman statis',
    'transparansi',
    'pencarian',
  ])('%s: accessible, self-contained, CSP-clean', async (name) => {
    const path = pages[name];
    expect(path, `no URL found for ${name}`).toBeTruthy();
    const page = await browser.newPage();
    const watch = watchPage(page);
    const response = await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    if (name === 'pencarian') await page.locator('.pagefind-ui__result').first().waitFor();
    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    expect(externalRequests(watch.requests)).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('high-contrast mode has no axe violations either', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl + '/');
    await page.getByRole('button', { name: 'Kontras tinggi' }).click();
    expect(await page.getAttribute('html', 'data-kontras')).toBe('tinggi');
    for (const path of ['/', pages['detail berita']!, '/transparansi/']) {
      await page.goto(baseUrl + path);
      expect(await axe(page), path).toEqual([]);
    }
    await page.close();
  });

  it('an unknown address answers 404 with the site’s own page', async () => {
    const page = await browser.newPage();
    const watch = watchPage(page);
    const response = await page.goto(baseUrl + '/tidak-ada-halaman-ini/');
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Halaman tidak ditemukan');
    expect(await axe(page)).toEqual([]);
    expect(externalRequests(watch.requests)).toEqual([]);
    await page.close();
  });
});
