// What visitors see, checked against the sample content itself: the home page's
// announcements, the document index's file facts, the Transparansi flags, the decision
// notice, menus, feeds, sitemap and security headers.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { loadEntries } from '../helpers/content.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';
import { isAktif } from '../../src/lib/pengumuman-aktif.ts';
import { formatUkuran } from '../../src/lib/format.ts';
import { E2E_NOW } from './global-setup.ts';

const baseUrl = inject('baseUrl');
const now = new Date(E2E_NOW);
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

async function texts(selector: string): Promise<string[]> {
  return (await page.locator(selector).allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

describe('home page', () => {
  it('shows active serta-merta notices in the banner and leaves expired pengumuman out', async () => {
    const pengumuman = await loadEntries('pengumuman');
    const aktifSertaMerta = pengumuman.filter((p) => p.data.jenis === 'serta-merta' && isAktif(p.data, now));
    const kedaluwarsa = pengumuman.filter((p) => !isAktif(p.data, now));
    expect(aktifSertaMerta.length).toBeGreaterThan(0);
    expect(kedaluwarsa.length).toBeGreaterThan(0);
    await page.goto(baseUrl + '/');
    const banner = await texts('.serta-merta-pita li a');
    expect(banner.sort()).toEqual(aktifSertaMerta.map((p) => p.data.judul).sort());
    const listed = await texts('main a');
    for (const p of kedaluwarsa) expect(listed).not.toContain(p.data.judul);
  });

  it('lists the six newest berita and the service links from the settings', async () => {
    const berita = (await loadEntries('berita')).sort((a, b) => b.data.tanggal.getTime() - a.data.tanggal.getTime());
    const [situs] = await loadEntries('pengaturan');
    await page.goto(baseUrl + '/');
    expect(await texts('.kartu-judul')).toEqual(berita.slice(0, 6).map((b) => b.data.judul));
    expect(await texts('.tautan-layanan-judul')).toEqual(situs!.data.tautan_layanan.map((t) => t.judul));
  });

  it('builds the menus from the halaman collection', async () => {
    const halaman = (await loadEntries('halaman')).filter((h) => h.data.menu !== 'tidak-tampil');
    await page.goto(baseUrl + '/');
    const menuLinks = await page.locator('nav.menu details a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const h of halaman) expect(menuLinks).toContain(`/${h.id}/`);
  });
});

describe('documents', () => {
  it('groups every document under its 2-144 category with file type, size and page count', async () => {
    const dokumen = await loadEntries('dokumen');
    await page.goto(baseUrl + '/dokumen/');
    for (const d of dokumen) {
      const bytes = await readFile(path.join(PROJECT_ROOT, path.dirname(d.file), d.data.berkas));
      const pages = (await PDFDocument.load(bytes)).getPageCount();
      const row = page.locator(`section#${d.data.kategori} tr`, { has: page.locator(`a[href="/dokumen/${d.id}/"]`) });
      expect(await row.count(), d.id).toBe(1);
      expect((await row.textContent())?.replace(/\s+/g, ' ')).toContain(`PDF, ${formatUkuran(bytes.byteLength)}, ${pages} halaman`);
    }
  });

  it('says a decision is not an official copy on decisions, and only there', async () => {
    const dokumen = await loadEntries('dokumen');
    const putusan = dokumen.find((d) => d.data.jenis === 'putusan');
    const lain = dokumen.find((d) => d.data.jenis === 'laporan');
    expect(putusan && lain).toBeTruthy();
    await page.goto(baseUrl + `/dokumen/${putusan!.id}/`);
    expect(await page.locator('.pemberitahuan-putusan').textContent()).toContain('bukan salinan resmi');
    await page.goto(baseUrl + `/dokumen/${lain!.id}/`);
    expect(await page.locator('.pemberitahuan-putusan').count()).toBe(0);
  });

  it('serves each PDF as a download from /berkas/', async () => {
    const [d] = await loadEntries('dokumen');
    await page.goto(baseUrl + `/dokumen/${d!.id}/`);
    const href = await page.locator('a.tombol[download]').getAttribute('href');
    const response = await fetch(baseUrl + href);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('transparansi', () => {
  it('lists every mandatory category and flags periodic information older than six months', async () => {
    await page.goto(baseUrl + '/transparansi/');
    const headings = await texts('main h2');
    for (const kategori of ['Profil dan Pelayanan Dasar', 'Hak Masyarakat', 'Program Kerja', 'Laporan Akses Informasi', 'Peringatan Dini', 'Serta Merta', 'Setiap Saat']) {
      expect(headings.some((h) => h.includes(kategori)), kategori).toBe(true);
    }
    const stale = page.locator('tr.baris-perlu-diperbarui');
    expect(await stale.count()).toBeGreaterThan(0);
    for (const row of await stale.all()) {
      const iso = await row.locator('td time').first().getAttribute('datetime');
      const last = new Date(iso + 'T00:00:00Z');
      const sixMonthsLater = new Date(last);
      sixMonthsLater.setUTCMonth(sixMonthsLater.getUTCMonth() + 6);
      expect(sixMonthsLater.getTime()).toBeLessThan(now.getTime());
    }
    for (const row of await page.locator('tr.baris-terkini').all()) {
      expect(await row.locator('.status').textContent()).toBe('Terkini');
    }
  });
});

describe('feeds, sitemap and server', () => {
  it('publishes RSS feeds for berita and pengumuman with absolute links', async () => {
    for (const [jenis, count] of [['berita', (await loadEntries('berita')).length], ['pengumuman', (await loadEntries('pengumuman')).length]] as const) {
      const response = await fetch(`${baseUrl}/${jenis}/rss.xml`);
      expect(response.status).toBe(200);
      const xml = await response.text();
      expect(xml).toContain('<language>id</language>');
      expect(xml.match(/<item>/g)?.length).toBe(Math.min(50, count));
      expect(xml).toContain(`<link>https://pn-contoh.go.id/${jenis}/`);
    }
  });

  it('lists every detail page in the sitemap', async () => {
    const index = await (await fetch(baseUrl + '/sitemap-index.xml')).text();
    const sitemaps = [...index.matchAll(/<loc>https:\/\/pn-contoh\.go\.id(\/[^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = (await Promise.all(sitemaps.map(async (s) => (await fetch(baseUrl + s)).text()))).join('\n');
    for (const b of await loadEntries('berita')) expect(urls).toContain(`https://pn-contoh.go.id/berita/${b.id}/`);
    for (const d of await loadEntries('dokumen')) expect(urls).toContain(`https://pn-contoh.go.id/dokumen/${d.id}/`);
    expect(urls).not.toContain('/404');
  });

  it('sends the security headers from deploy/nginx/laman-site.conf', async () => {
    const response = await fetch(baseUrl + '/');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect((await fetch(baseUrl + '/', { method: 'POST' })).status).toBe(405);
  });
});
