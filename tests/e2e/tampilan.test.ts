// The accessibility toolbar, reading without JavaScript, print styles and screenshots.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';

const baseUrl = inject('baseUrl');
const shots = path.join(PROJECT_ROOT, 'test-results', 'situs');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(shots, { recursive: true });
});
afterAll(async () => browser?.close());

describe('accessibility toolbar', () => {
  it('enlarges text and turns on high contrast, and remembers both on the next page', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl + '/');
    const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await fontSize();
    await page.getByRole('button', { name: 'Perbesar ukuran teks' }).click();
    expect(await fontSize()).toBeGreaterThan(before);
    await page.getByRole('button', { name: 'Kontras tinggi' }).click();
    expect(await page.getByRole('button', { name: 'Kontras tinggi' }).getAttribute('aria-pressed')).toBe('true');
    await page.goto(baseUrl + '/berita/');
    expect(await page.getAttribute('html', 'data-teks')).toBe('besar');
    expect(await page.getAttribute('html', 'data-kontras')).toBe('tinggi');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.screenshot({ path: path.join(shots, 'kontras-tinggi.png') });
    await page.getByRole('button', { name: 'Ukuran teks normal' }).click();
    await page.getByRole('button', { name: 'Kontras tinggi' }).click();
    await page.goto(baseUrl + '/');
    expect(await fontSize()).toBe(before);
    expect(await page.getAttribute('html', 'data-kontras')).toBeNull();
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('shows the whole article, working menus and no toolbar', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl + '/berita/sidang-keliling-kecamatan-sukamaju/');
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('.prosa').innerText()).toContain('Sukamaju');
    expect(await page.locator('[data-aksesibilitas]').isVisible()).toBe(false);
    await page.locator('nav.menu summary').first().click();
    expect(await page.locator('nav.menu details[open] a').first().isVisible()).toBe(true);
    await page.goto(baseUrl + '/cari/');
    expect(await page.locator('noscript, .pemberitahuan').first().textContent()).toContain('memerlukan JavaScript');
    await context.close();
  });
});

describe('layout', () => {
  it('hides navigation when printed', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl + '/profil/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.menu').isVisible()).toBe(false);
    expect(await page.locator('main h1').isVisible()).toBe(true);
    await page.close();
  });

  it('fits a phone screen without horizontal scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const p of ['/', '/berita/sidang-keliling-kecamatan-sukamaju/', '/dokumen/']) {
      await page.goto(baseUrl + p);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, p).toBeLessThanOrEqual(0);
    }
    await page.goto(baseUrl + '/');
    await page.screenshot({ path: path.join(shots, 'beranda-ponsel.png'), fullPage: true });
    await page.close();
  });

  it('puts berita and pengumuman side by side on a desktop, with the menu on one row', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(baseUrl + '/');
    const berita = await page.locator('section[aria-labelledby="berita-judul"]').boundingBox();
    const pengumuman = await page.locator('aside[aria-labelledby="pengumuman-judul"]').boundingBox();
    expect(pengumuman!.x).toBeGreaterThan(berita!.x + berita!.width - 1);
    const menuItems = await page.locator('.menu-daftar > li').evaluateAll((lis) => new Set(lis.map((li) => li.getBoundingClientRect().top)).size);
    expect(menuItems).toBe(1);
    for (const [name, p] of [
      ['beranda', '/'],
      ['berita', '/berita/sidang-keliling-kecamatan-sukamaju/'],
      ['dokumen', '/dokumen/'],
      ['transparansi', '/transparansi/'],
    ]) {
      await page.goto(baseUrl + p!);
      await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
    }
    await page.close();
  });
});
