// The CMS as an operator uses it: Debian's Chromium against `laman start` (site, /admin/,
// decap-server in git mode on a fresh clone). Each step is checked where the operator
// sees it (the Indonesian interface, messages, the board, the site) and where it lands
// (branches, files and statuses in the clone, read with git).
//
// Screenshots go to test-results/cms/; with LAMAN_DOC_SCREENSHOTS=1 also to
// docs/panduan-operator/, where the operator guide (docs/panduan-operator.md) uses them.
import { execFile } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { Browser, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';
import { externalRequests, launchChromium, watchPage, type PageWatch } from '../helpers/browser.ts';
import { startStack, type Stack } from './stack.ts';

const exec = promisify(execFile);

const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'cms');
const DOC_SHOTS = path.join(PROJECT_ROOT, 'docs', 'panduan-operator');
const forDocs = process.env.LAMAN_DOC_SCREENSHOTS === '1';

/** Yesterday (UTC), so the article is never dated in the future. */
const TANGGAL = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

const BERITA = {
  slug: 'pelayanan-sidang-keliling-di-kecamatan-mekarsari',
  judul: 'Pelayanan Sidang Keliling di Kecamatan Mekarsari',
  ringkasan: 'Pengadilan Negeri Contoh menggelar sidang keliling di Kecamatan Mekarsari untuk mendekatkan layanan hukum kepada warga.',
  kategori: 'Layanan',
  penulis: 'Tim Humas PN Contoh',
  foto: 'sidang-keliling-mekarsari.jpg',
  alt: 'Gedung kantor kecamatan tempat sidang keliling digelar, tampak dari halaman depan.',
  isi: ['Sidang keliling digelar di aula kantor Kecamatan Mekarsari.', 'Warga mendaftarkan perkara tanpa perlu datang ke kantor pengadilan.'],
};

const NIK = '3372015708900003';

let stack: Stack;
let browser: Browser;
let page: Page;
let watch: PageWatch;
/** The actions the CMS sent to decap-server, in order. */
const apiActions: string[] = [];
const dialogs: string[] = [];

async function git(...args: string[]): Promise<string> {
  const { stdout } = await exec('git', args, { cwd: stack.cloneDir, maxBuffer: 16 * 1024 * 1024 });
  return stdout.trim();
}

async function gitBytes(rev: string, file: string): Promise<Buffer> {
  const { stdout } = await exec('git', ['show', `${rev}:${file}`], { cwd: stack.cloneDir, encoding: 'buffer', maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

async function branchExists(branch: string): Promise<boolean> {
  return (await git('branch', '--list', branch)) !== '';
}

/** The status decap-server keeps for a draft: `branch.<name>.description` in the clone's .git/config. */
async function draftStatus(branch: string): Promise<string> {
  return git('config', '--get', `branch.${branch}.description`).catch(() => '');
}

function frontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`no frontmatter in:\n${text}`);
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

async function shot(name: string): Promise<void> {
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  if (forDocs) {
    await mkdir(DOC_SHOTS, { recursive: true });
    await copyFile(file, path.join(DOC_SHOTS, `${name}.png`));
  }
}

/** A clean 800×450 JPEG (no EXIF, no GPS): a court-like building under a blue sky. */
async function photo(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450">
    <defs><linearGradient id="langit" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#6fa8dc"/><stop offset="1" stop-color="#d9ecf7"/></linearGradient></defs>
    <rect width="800" height="450" fill="url(#langit)"/>
    <rect y="380" width="800" height="70" fill="#7a9a5a"/>
    <polygon points="170,170 400,90 630,170" fill="#8c2f2f"/>
    <rect x="190" y="170" width="420" height="210" fill="#f3efe4"/>
    ${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${215 + i * 66}" y="190" width="22" height="190" fill="#ddd5c0"/>`).join('')}
    <rect x="370" y="290" width="60" height="90" fill="#5b4030"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer();
}

/** A small valid PDF with a text layer and a Title; the author is the court, not a person. */
async function laporanPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle('Laporan Layanan Sidang Keliling Tahun 2026');
  doc.setAuthor('Pengadilan Negeri Contoh');
  doc.setCreator('Pengadilan Negeri Contoh');
  doc.setProducer('Pengadilan Negeri Contoh');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const halaman = doc.addPage([595, 842]);
  halaman.drawText('Laporan Layanan Sidang Keliling Tahun 2026', { x: 56, y: 770, size: 16, font, color: rgb(0.1, 0.2, 0.35) });
  halaman.drawText('Pengadilan Negeri Contoh menggelar sidang keliling di tiga kecamatan.', { x: 56, y: 740, size: 11, font });
  return Buffer.from(await doc.save());
}

/** Opens /admin/ at a route, logging in when the login screen is shown, until `ready` is visible. */
async function openCms(route: string, ready: Locator): Promise<void> {
  // A fresh load each time: a hash change alone would keep the previous editor's state.
  await page.goto('about:blank');
  await page.goto(`${stack.siteUrl}/admin/#${route}`);
  const masuk = page.getByRole('button', { name: 'Masuk' });
  await masuk.or(ready).first().waitFor();
  if (await masuk.isVisible()) await masuk.click();
  await ready.waitFor();
}

const newEntry = (collection: string): Promise<void> => openCms(`/collections/${collection}/new`, page.getByText(`Menulis di koleksi ${collection === 'berita' ? 'Berita' : 'Dokumen'}`));

const bodyEditor = (): Locator => page.locator('[contenteditable="true"]');

async function typeBody(paragraphs: readonly string[]): Promise<void> {
  await bodyEditor().click();
  for (const [i, p] of paragraphs.entries()) {
    if (i) await page.keyboard.press('Enter');
    await page.keyboard.type(p);
  }
}

interface Artikel {
  judul: string;
  ringkasan: string;
  kategori: string;
  penulis: string;
  isi: readonly string[];
}

async function fillArtikel(a: Artikel): Promise<void> {
  await page.getByLabel('Judul', { exact: true }).fill(a.judul);
  await page.getByLabel('Tanggal terbit').fill(TANGGAL);
  await page.getByLabel('Ringkasan').fill(a.ringkasan);
  await page.getByLabel('Kategori', { exact: true }).fill(a.kategori);
  await page.getByLabel('Penulis', { exact: true }).fill(a.penulis);
  await typeBody(a.isi);
}

/** Uploads a file through the media library the widget's button opens, and uses it. */
async function upload(button: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByText('Unggah', { exact: true }).click()]);
  await chooser.setFiles(file);
  await page.getByText(file.name, { exact: true }).waitFor();
  const use = page.getByRole('button', { name: 'Gunakan yang dipilih' });
  await expect.poll(() => use.isEnabled()).toBe(true);
  if (file.mimeType.startsWith('image/')) await shot('unggah-foto');
  await use.click();
  await use.waitFor({ state: 'detached' });
}

/** Waits for a notification (role=alert) and for its slide-in animation to end, so screenshots show it. */
async function notification(text: string): Promise<Locator> {
  const alert = page.getByRole('alert').filter({ hasText: text });
  await alert.waitFor();
  await alert.evaluate((el) => Promise.all((el.parentElement ?? el).getAnimations().map((a) => a.finished.catch(() => undefined))));
  return alert;
}

async function save(slug: string, collection: string): Promise<void> {
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await notification('Entri tersimpan');
  await page.waitForURL(new RegExp(`#/collections/${collection}/entries/${slug}$`));
}

const column = (name: string): Locator => page.getByRole('heading', { name, exact: true, level: 2 }).locator('..');
const warnings = (): Locator => page.getByRole('status', { name: 'Peringatan pemeriksaan konten' });

beforeAll(async () => {
  stack = await startStack();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  watch = watchPage(page);
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.accept();
  });
  page.on('request', (request) => {
    if (request.method() !== 'POST' || request.url() !== stack.apiUrl) return;
    const action = (request.postDataJSON() as { action?: string } | null)?.action;
    if (action) apiActions.push(action);
  });
});

afterAll(async () => {
  await browser?.close();
  const result = await stack?.stop();
  // `laman start` must take its site and decap-server down with it.
  if (result) expect(result.leftovers, 'processes left running after laman start stopped').toEqual([]);
});

describe('the CMS under laman start', () => {
  it('speaks Indonesian: login, collections, workflow tab, field labels', async () => {
    await page.goto(`${stack.siteUrl}/admin/`);
    const masuk = page.getByRole('button', { name: 'Masuk' });
    await masuk.waitFor();
    await expect.poll(() => page.title()).toContain('Pengelolaan Konten');
    await shot('masuk');
    await masuk.click();

    await page.getByRole('heading', { name: 'Koleksi' }).waitFor();
    const koleksi = page.getByRole('complementary');
    for (const name of ['Berita', 'Pengumuman', 'Dokumen', 'Halaman', 'Pengaturan Situs']) await koleksi.getByRole('link', { name, exact: true }).waitFor();
    const menu = page.getByRole('navigation');
    await menu.getByRole('link', { name: 'Konten', exact: true }).waitFor();
    await menu.getByRole('link', { name: 'Alur Kerja', exact: true }).waitFor();
    await menu.getByRole('button', { name: 'Media', exact: true }).waitFor();
    await page.getByText('Berita kegiatan dan layanan pengadilan.').waitFor();
    await shot('daftar-koleksi');

    await page.getByRole('link', { name: 'Buat entri Berita baru' }).click();
    await page.getByText('Menulis di koleksi Berita').waitFor();
    // One field for each label (waitFor is strict: two matches would fail too).
    for (const label of ['Judul', 'Tanggal terbit', 'Ringkasan', 'Kategori', 'Penulis']) await page.getByLabel(label, { exact: true }).waitFor();
    for (const text of ['Foto utama (opsional)', 'Keterangan foto (teks alternatif) (opsional)', 'Isi']) {
      await page.getByText(text, { exact: true }).waitFor();
    }
    await page.getByRole('button', { name: 'Simpan', exact: true }).waitFor();
  });

  it('saves a new Berita with its photo as a draft on branch cms/berita/<slug>', async () => {
    const jpeg = await photo();
    await fillArtikel(BERITA);
    await upload('Pilih gambar', { name: BERITA.foto, mimeType: 'image/jpeg', buffer: jpeg });
    await page.getByLabel('Keterangan foto (teks alternatif)').fill(BERITA.alt);

    // The preview uses the site's own markup: title, date in Indonesian, the photo, the body.
    const preview = page.frameLocator('iframe').first();
    await preview.getByRole('heading', { name: BERITA.judul }).waitFor();
    await preview.getByRole('img', { name: BERITA.alt }).waitFor();
    await preview.getByText(BERITA.isi[1]!).waitFor();
    await page.getByText('Judul', { exact: true }).scrollIntoViewIfNeeded();
    await shot('editor-berita');

    await save(BERITA.slug, 'berita');
    await page.getByText('Status: Draf').waitFor();
    // A clean entry raises no warnings.
    expect(await warnings().count()).toBe(0);

    const branch = `cms/berita/${BERITA.slug}`;
    expect(await branchExists(branch)).toBe(true);
    const { data, body } = frontmatter(await git('show', `${branch}:content/berita/${BERITA.slug}.md`));
    expect(data).toMatchObject({
      judul: BERITA.judul,
      tanggal: TANGGAL,
      ringkasan: BERITA.ringkasan,
      gambar: `gambar/${BERITA.foto}`,
      alt_gambar: BERITA.alt,
      kategori: BERITA.kategori,
      penulis: BERITA.penulis,
    });
    for (const p of BERITA.isi) expect(body).toContain(p);
    expect((await gitBytes(branch, `content/berita/gambar/${BERITA.foto}`)).equals(jpeg)).toBe(true);
    expect(await draftStatus(branch)).toBe('decap-cms/draft');
    // The draft stays off the clone's published branch until it is published.
    await expect(git('cat-file', '-e', `${stack.branch}:content/berita/${BERITA.slug}.md`)).rejects.toThrow();
  });

  it('moves the draft to "Sedang Ditinjau" and "Siap Terbit" on the Alur Kerja board', async () => {
    const branch = `cms/berita/${BERITA.slug}`;
    await openCms('/workflow', page.getByRole('heading', { name: 'Alur Kerja Redaksi' }));
    const card = (col: string) => column(col).getByRole('link', { name: new RegExp(BERITA.judul) });
    await card('Draf').waitFor();
    await shot('alur-kerja-draf');

    await card('Draf').dragTo(column('Sedang Ditinjau'));
    await card('Sedang Ditinjau').waitFor();
    await expect.poll(() => draftStatus(branch)).toBe('decap-cms/pending_review');
    await page.getByText('1 entri menunggu ditinjau, 0 siap terbit.').waitFor();
    await shot('alur-kerja-ditinjau');

    await card('Sedang Ditinjau').dragTo(column('Siap Terbit'));
    await card('Siap Terbit').waitFor();
    await expect.poll(() => draftStatus(branch)).toBe('decap-cms/pending_publish');
    await page.getByText('0 entri menunggu ditinjau, 1 siap terbit.').waitFor();
    await shot('alur-kerja-siap-terbit');
  });

  it('publishes: the branch is merged into the clone and the article is on the site', async () => {
    const branch = `cms/berita/${BERITA.slug}`;
    const draftHead = await git('rev-parse', branch);
    await column('Siap Terbit').getByRole('button', { name: 'Terbitkan entri baru' }).click();
    await notification('Entri diterbitkan');
    expect(dialogs.at(-1)).toMatch(/menerbitkan/);
    await column('Siap Terbit').getByRole('link', { name: new RegExp(BERITA.judul) }).waitFor({ state: 'detached' });

    expect(await branchExists(branch)).toBe(false);
    await git('merge-base', '--is-ancestor', draftHead, stack.branch);
    expect(await git('log', '--format=%s', stack.branch, '--', `content/berita/${BERITA.slug}.md`)).toContain(`konten: buat Berita "${BERITA.slug}"`);
    await git('cat-file', '-e', `${stack.branch}:content/berita/gambar/${BERITA.foto}`);

    // The dev server reads the clone's content: the article appears once it has reloaded it.
    const url = `${stack.siteUrl}/berita/${BERITA.slug}/`;
    await expect.poll(async () => (await fetch(url)).status, { timeout: 60_000, interval: 500 }).toBe(200);
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: BERITA.judul }).waitFor();
    const img = page.getByRole('img', { name: BERITA.alt });
    await img.waitFor();
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(800);
    await page.getByText(BERITA.isi[0]!).waitFor();
    await shot('berita-terbit');
  });

  it('refuses to save an entry with a NIK, in Indonesian, and makes no branch', async () => {
    const judul = 'Warga Antusias Ikuti Sosialisasi Layanan Posbakum';
    const slug = 'warga-antusias-ikuti-sosialisasi-layanan-posbakum';
    await newEntry('berita');
    await fillArtikel({ ...BERITA, judul, isi: [`Salah satu peserta, pemilik NIK ${NIK}, bertanya tentang gugatan sederhana.`] });
    const before = apiActions.length;
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    const refusal = await notification('Entri belum dapat disimpan');
    const message = await refusal.innerText();
    expect(message).toContain('NIK terdeteksi');
    expect(message).toContain('Hapus nomor ini atau samarkan');
    expect(message, 'the message never repeats the number in full').not.toContain(NIK);
    expect(message, 'no programmer prefix in what the operator reads').not.toMatch(/Error:/);
    // The refusal also stays on screen in Laman's panel after Decap's toast has gone.
    const panel = page.getByRole('alert', { name: 'Entri belum dapat disimpan' });
    await panel.getByRole('heading', { name: 'Belum tersimpan: 1 masalah harus diperbaiki dulu' }).waitFor();
    expect(await panel.innerText()).toContain('NIK terdeteksi');
    expect(await panel.innerText()).not.toContain(NIK);
    await shot('penolakan-nik');

    expect(apiActions.slice(before)).not.toContain('persistEntry');
    expect(await branchExists(`cms/berita/${slug}`)).toBe(false);
    await page.getByText('Perubahan belum disimpan', { exact: false }).first().waitFor();
  });

  it('saves an entry with a writing-ethics warning and shows the warnings panel', async () => {
    const judul = 'Sidang Perdana Perkara Pencurian Digelar Terbuka untuk Umum';
    const slug = 'sidang-perdana-perkara-pencurian-digelar-terbuka-untuk-umum';
    await newEntry('berita');
    await fillArtikel({ ...BERITA, judul, kategori: 'Persidangan', isi: ['Majelis hakim mendengarkan keterangan pelaku dalam sidang yang terbuka untuk umum.'] });
    await save(slug, 'berita');
    const panel = warnings();
    await panel.waitFor();
    await panel.getByRole('heading', { name: /Tersimpan, dengan 1 peringatan/ }).waitFor();
    expect(await panel.innerText()).toContain('istilah "pelaku" sebaiknya tidak dipakai');
    await shot('panel-peringatan');

    expect(await branchExists(`cms/berita/${slug}`)).toBe(true);
    const { body } = frontmatter(await git('show', `cms/berita/${slug}:content/berita/${slug}.md`));
    expect(body).toContain('keterangan pelaku');
    await panel.getByRole('button', { name: 'Tutup' }).click();
    await panel.waitFor({ state: 'detached' });
  });

  it('uploads a PDF with a Dokumen entry: entry and file land on cms/dokumen/<slug>', async () => {
    const judul = 'Laporan Layanan Sidang Keliling Tahun 2026';
    const slug = 'laporan-layanan-sidang-keliling-tahun-2026';
    const file = 'laporan-sidang-keliling-2026.pdf';
    const pdf = await laporanPdf();
    await newEntry('dokumen');
    await page.getByLabel('Judul dokumen').fill(judul);
    await page.getByLabel('Tanggal dokumen').fill(TANGGAL);
    await page.getByLabel('Kategori informasi publik').click();
    await page.getByRole('option', { name: 'Informasi Tersedia Setiap Saat' }).click();
    await page.getByLabel('Jenis dokumen').click();
    await page.getByRole('option', { name: 'Laporan', exact: true }).click();
    await page.getByLabel('Ringkasan').fill('Laporan pelaksanaan sidang keliling Pengadilan Negeri Contoh sepanjang tahun 2026.');
    await upload('Pilih berkas', { name: file, mimeType: 'application/pdf', buffer: pdf });
    await page.getByText(`berkas/${file}`).first().waitFor();
    await typeBody(['Laporan ini memuat jadwal, lokasi dan jumlah perkara sidang keliling.']);
    await page.getByText('Judul dokumen', { exact: true }).scrollIntoViewIfNeeded();
    await save(slug, 'dokumen');
    await shot('dokumen-pdf');

    const branch = `cms/dokumen/${slug}`;
    expect(await branchExists(branch)).toBe(true);
    const { data } = frontmatter(await git('show', `${branch}:content/dokumen/${slug}.md`));
    expect(data).toMatchObject({ judul, tanggal: TANGGAL, kategori: 'setiap-saat', jenis: 'laporan', berkas: `berkas/${file}` });
    const stored = await gitBytes(branch, `content/dokumen/berkas/${file}`);
    expect(stored.equals(pdf)).toBe(true);
    const loaded = await PDFDocument.load(stored);
    expect(loaded.getTitle()).toBe(judul);
    expect(loaded.getAuthor()).toBe('Pengadilan Negeri Contoh');
  });

  it('never requests anything outside 127.0.0.1', () => {
    expect(watch.requests.length).toBeGreaterThan(50);
    expect(externalRequests(watch.requests)).toEqual([]);
  });
});
