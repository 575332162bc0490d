// The approval sheet (Lembar Persetujuan Publikasi) and `laman archive show`, on a real archive branch.
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveShowCommand } from '../cli/commands/archive-show.ts';
import { archiveVerifyCommand } from '../cli/commands/archive-verify.ts';
import { main } from '../cli/main.ts';
import { renderSheet } from './sheet.ts';
import { formatHistory, readHistory } from './show.ts';
import { appendToArchive, type AppendResult } from './store.ts';
import { BERITA_DIUBAH, gitSync, item, makeSiteRepo, TEST_ENV, writeFiles } from './test-support.ts';

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
    expect((await laman(['verify', '--tidak-ada'])).code).toBe(2);
  });
});
