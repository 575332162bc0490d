// The approval sheet (Lembar Persetujuan Publikasi) and `laman archive show`, on a real archive branch.
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { Writable } from 'node:stream';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveShowCommand } from '../cli/commands/archive-show.ts';
import { archiveVerifyCommand } from '../cli/commands/archive-verify.ts';
import { main } from '../cli/main.ts';
import { rasteriseLogo } from './letterhead.ts';
import { renderSheet } from './sheet.ts';
import { formatHistory, readHistory } from './show.ts';
import { appendToArchive, type AppendResult } from './store.ts';
import { BERITA_DIUBAH, flipByte, gitSync, item, makeSiteRepo, tamperedCopy, TEST_ENV, writeFiles } from './test-support.ts';

let repo: string;
let first: AppendResult;
const env = TEST_ENV;

beforeAll(async () => {
  const site = await makeSiteRepo();
  repo = site.dir;
  first = await appendToArchive({
    repoDir: repo,
    items: [item(site.commit, { judul: 'Sidang Keliling “Desember” – Kecamatan Timur → Barat' })],
    now: new Date('2026-11-23T03:00:00Z'),
    log: () => {},
    env,
  });
  await writeFiles(repo, { 'content/berita/pelayanan-sidang-keliling.md': BERITA_DIUBAH });
  gitSync(repo, 'commit', '-q', '-am', 'ubah berita');
  await appendToArchive({
    repoDir: repo,
    items: [item(gitSync(repo, 'rev-parse', 'HEAD').trim(), { perubahan: 'diubah', isi: Buffer.from(BERITA_DIUBAH) })],
    now: new Date('2026-11-24T02:10:00Z'),
    log: () => {},
    env,
  });
});
afterAll(() => rm(repo, { recursive: true, force: true }));

async function sheetText(nomor: string): Promise<string> {
  const bytes = execFileSync('git', ['show', `arsip:lembar/${nomor}.pdf`], { cwd: repo, env: { ...process.env, ...env } });
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  return (await extractText(pdf, { mergePages: true })).text as string;
}

describe('Lembar Persetujuan Publikasi', () => {
  it('names the court, the item, every approver with the time in WIB, and the hashes', async () => {
    const text = (await sheetText('000001')).replace(/\s+/g, ' ');
    expect(text).toContain('LEMBAR PERSETUJUAN PUBLIKASI');
    expect(text).toContain('PENGADILAN NEGERI CONTOH');
    expect(text).toContain('Operator ani 2026-11-23 08.10 WIB');
    for (const who of ['ani', 'budi', 'citra', 'dewi']) expect(text).toContain(who);
    expect(text).toContain('Penanggung Jawab Informasi');
    expect(text).toContain('Penanggung Jawab Informasi dewi 2026-11-23 09.30 WIB'); // 02:30 UTC
    expect(text).toContain(first.records[0]!.record.isi!.sha256);
    // Characters Helvetica cannot encode are replaced, never a crash.
    expect(text).toContain('Sidang Keliling “Desember” – Kecamatan Timur -> Barat');
  });
});

it('renders the same sheet for the same record, byte for byte (its hash is in the record)', async () => {
  const { lembar: _sheet, ...draft } = first.records[0]!.record;
  const kop = { nama: 'Pengadilan Negeri Contoh', induk: 'Pengadilan Tinggi Contoh', alamat: 'Jalan Pahlawan 12', kontak: 'info@pn-contoh.go.id', url: 'https://pn-contoh.go.id' };
  const [a, b] = [await renderSheet(draft, kop), await renderSheet(draft, kop)];
  expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  expect(Buffer.from(a).subarray(0, 5).toString()).toBe('%PDF-');
  expect(Buffer.from(await renderSheet({ ...draft, nomor: 9 }, kop)).equals(Buffer.from(a))).toBe(false);
});

it('dates the sheet from the record, names it in its metadata, and flows long file lists onto more pages', async () => {
  const { lembar: _sheet, ...draft } = first.records[0]!.record;
  const kop = { nama: 'Pengadilan Negeri Contoh', induk: 'Pengadilan Tinggi Contoh', alamat: 'Jalan Pahlawan 12', kontak: 'info@pn-contoh.go.id', url: 'https://pn-contoh.go.id' };
  const lampiran = Array.from({ length: 40 }, (_, i) => ({ path: `content/dokumen/berkas/lampiran-${i}.pdf`, sha256: 'e'.repeat(64), bytes: 1000 + i }));
  const doc = await PDFDocument.load(await renderSheet({ ...draft, lampiran }, kop), { updateMetadata: false });
  expect(doc.getPageCount()).toBe(3);
  expect(doc.getTitle()).toBe('Lembar Persetujuan Publikasi: Sidang Keliling “Desember” – Kecamatan Timur → Barat');
  expect(doc.getCreationDate()?.toISOString()).toBe('2026-11-23T03:00:00.000Z');
  expect(doc.getModificationDate()?.toISOString()).toBe('2026-11-23T03:00:00.000Z');
  const stored = await PDFDocument.load(execFileSync('git', ['show', 'arsip:lembar/000001.pdf'], { cwd: repo, env: { ...process.env, ...env } }));
  expect(stored.getPageCount()).toBe(1);
});

it('rasterises the SVG logo to a PNG pdf-lib can embed', async () => {
  const png = await rasteriseLogo(await readFile(new URL('../../content/pengaturan/logo.svg', import.meta.url)));
  expect(Buffer.from(png).subarray(1, 4).toString()).toBe('PNG');
  const image = await (await PDFDocument.create()).embedPng(png);
  expect(image.height).toBe(200);
});

describe('laman archive show and verify', () => {
  async function laman(args: string[]) {
    let stdout = '';
    let stderr = '';
    const sink = (append: (s: string) => void) => new Writable({ write: (chunk, _enc, done) => (append(chunk.toString()), done()) });
    const commands = [archiveShowCommand, archiveVerifyCommand].map((c) => ({ name: c.name, summary: c.summary, load: async () => c }));
    const code = await main(['archive', ...args], { cwd: repo, env: { ...process.env, ...env }, stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)), now: () => new Date() }, commands);
    return { code, stdout, stderr };
  }

  it('prints an item\'s history oldest first, with its pull request and approvers', async () => {
    const history = await readHistory({ repoDir: repo, slug: 'pelayanan-sidang-keliling', env });
    expect(history.records.map((r) => [r.record.nomor, r.record.item.perubahan])).toEqual([
      [1, 'ditambah'],
      [2, 'diubah'],
    ]);
    const text = formatHistory(history);
    expect(text).toContain('Riwayat publikasi berita/pelayanan-sidang-keliling: 2 catatan di cabang arsip');
    const shown = await laman(['show', 'pelayanan-sidang-keliling']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toBe(text);
    expect(shown.stdout).toMatch(/#7/);
    expect((await laman(['show', 'tidak-ada'])).stdout).toContain('Tidak ada catatan publikasi untuk tidak-ada');
  });

  it('verify exits 0 on the intact archive and 2 on a usage mistake', async () => {
    const ok = await laman(['verify']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^Arsip arsip \(refs\/heads\/arsip, commit [0-9a-f]{12}\): 2 catatan, 3 berkas, 2 lembar persetujuan.\nKepala rantai: catatan 000002, SHA-256 [0-9a-f]{64}\nArsip utuh/);
    expect((await laman(['verify', '--tidak-ada'])).code).toBe(2);
    expect((await laman(['verify', '--head', 'xyz'])).code).toBe(2);
    expect((await laman(['verify', '--repo', '/tidak/ada'])).code).toBe(2);
    expect(await laman(['verify', '--branch', 'tidak-ada'])).toMatchObject({ code: 1, stderr: expect.stringContaining('cabang tidak-ada tidak ada di') });
  });

  it('verify exits 1 and lists each problem, as text or JSON', async () => {
    const branch = await tamperedCopy(repo, 'arsip', 'uji-cli', (dir) => flipByte(path.join(dir, 'catatan/000001.json'), 'Timur'));
    const text = await laman(['verify', '--branch', branch]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('3 masalah ditemukan:\n  - catatan 1 diubah: SHA-256-nya sekarang');
    const json = await laman(['verify', '--branch', branch, '--json']);
    expect(json.code).toBe(1);
    const result = JSON.parse(json.stdout);
    expect(result).toMatchObject({ ok: false, branch: 'uji-cli', records: 2 });
    expect(result.problems.map((p: { code: string }) => p.code)).toEqual(['altered-record', 'rewritten-history', 'broken-link']);
  });

  it('show prints JSON, exits 1 for an item never archived and 2 without a slug', async () => {
    const json = await laman(['show', 'pelayanan-sidang-keliling', '--koleksi', 'berita', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).records.map((r: { record: { nomor: number } }) => r.record.nomor)).toEqual([1, 2]);
    expect((await laman(['show', 'pelayanan-sidang-keliling', '--koleksi', 'pengumuman'])).code).toBe(1);
    expect((await laman(['show'])).code).toBe(2);
  });
});
