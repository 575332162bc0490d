import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INFORMASI_WAJIB, isBerkala } from '../../../src/schema/informasi-publik.ts';
import { parseMonitorConfig, resolveMonitorConfig } from '../config.ts';
import { freshnessCheck, parseEntry } from './freshness.ts';

const NOW = new Date('2026-11-23T01:00:00Z');
const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

const berkala = INFORMASI_WAJIB.filter((i) => isBerkala(i.kategori));

/** A content tree: one halaman per berkala item dated `halamanDate`, plus the given files. */
async function tree(halamanDate: string, files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'laman-freshness-'));
  dirs.push(root);
  const all: Record<string, string> = { ...files };
  for (const item of berkala) {
    all[`content/halaman/${item.id}.md`] ??= `---\njudul: ${item.judul}\nringkasan: x\nmenu: tentang\ndiperbarui: ${halamanDate}\ninformasi_wajib:\n  - ${item.id}\n---\nIsi.\n`;
  }
  for (const [file, text] of Object.entries(all)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

const artikel = (judul: string, tanggal: string) => `---\njudul: ${judul}\ntanggal: ${tanggal}\nringkasan: x\nkategori: Umum\npenulis: Humas\n---\nIsi.\n`;
const config = resolveMonitorConfig(parseMonitorConfig('{}'), 'https://pn-uji.go.id/');
const run = (root: string) => freshnessCheck.run({ config, root, now: () => NOW, fetch, sleep: async () => {}, log: () => {} });

describe('freshness', () => {
  it('is ok for recent berita and pengumuman and current mandatory information', async () => {
    const root = await tree('2026-10-01', {
      'content/berita/a.md': artikel('Lama', '2026-01-05'),
      'content/berita/b.md': artikel('Sidang keliling', '2026-11-20'),
      'content/pengumuman/c.md': artikel('Jadwal libur', '2026-11-01'),
    });
    const findings = await run(root);
    expect(findings.map((f) => [f.subject, f.status])).toEqual([
      ['berita', 'ok'],
      ['pengumuman', 'ok'],
      ['informasi-wajib', 'ok'],
    ]);
    expect(findings[0]!.evidence).toEqual(['terbaru: "Sidang keliling" tanggal 2026-11-20 (content/berita/b.md)']);
  });

  it('fails for stale berita and stale berkala items, naming title, date and file; a future-dated item does not count', async () => {
    const root = await tree('2026-10-01', {
      'content/berita/a.md': artikel('Rapat evaluasi', '2026-09-01'),
      'content/berita/b.md': artikel('Terjadwal', '2026-12-24'),
      'content/pengumuman/c.md': artikel('Jadwal libur', '2026-11-01'),
      'content/halaman/lhkpn.md': `---\njudul: LHKPN\nringkasan: x\nmenu: tentang\ndiperbarui: 2025-12-15\ninformasi_wajib: [lhkpn]\n---\n`,
      'content/dokumen/lra.md': `---\njudul: LRA 2025\ntanggal: 2025-07-01\nkategori: berkala-3\ninformasi: realisasi-anggaran\nberkas: berkas/lra.pdf\nringkasan: x\n---\n`,
      'content/halaman/realisasi-anggaran.md': `---\njudul: Anggaran\nringkasan: x\nmenu: tentang\ndiperbarui: 2025-01-01\ninformasi_wajib: [realisasi-anggaran]\n---\n`,
    });
    const findings = await run(root);
    expect(findings[0]).toMatchObject({ subject: 'berita', status: 'fail', summary: 'berita terbaru berumur 83 hari (batas 30 hari): terbitkan berita baru' });
    expect(findings[1]).toMatchObject({ subject: 'pengumuman', status: 'ok' });
    expect(findings[2]).toMatchObject({ subject: 'informasi-wajib', status: 'fail' });
    expect(findings[2]!.evidence).toEqual([
      'LHKPN dan LHKASN: terakhir diperbarui 2025-12-15 (content/halaman/lhkpn.md)',
      'Laporan realisasi anggaran: terakhir diperbarui 2025-07-01 (content/dokumen/lra.md)',
    ]);
  });

  it('a malformed file is an evidence line naming it, never a crash; a missing berkala item is a warning', async () => {
    const root = await tree('2026-10-01', {
      'content/berita/rusak.md': '---\njudul: "tanpa tutup\ntanggal: 2026-11-20\n---\n',
      'content/berita/b.md': artikel('Baru', '2026-11-20'),
      'content/pengumuman/c.md': '---\njudul: Salah tanggal\ntanggal: kemarin\n---\n',
      'content/halaman/kontak.md': '---\njudul: Kontak\nmenu: tentang\ndiperbarui: 2026-10-01\n---\n',
    });
    await rm(path.join(root, 'content/halaman/jadwal-sidang.md'));
    const [berita, pengumuman, wajib] = await run(root);
    expect(berita).toMatchObject({ status: 'warn' });
    expect(berita!.evidence[1]).toMatch(/^tidak dapat dibaca: content\/berita\/rusak\.md:\d+: /);
    expect(pengumuman).toMatchObject({ status: 'fail', summary: 'belum ada pengumuman yang terbit' });
    expect(pengumuman!.evidence).toContain('tidak dapat dibaca: content/pengumuman/c.md: tanggal bukan tanggal TTTT-BB-HH ("kemarin")');
    expect(wajib).toMatchObject({ status: 'warn', summary: '2 informasi berkala wajib belum tersedia' });
    expect(wajib!.evidence).toEqual(['belum tersedia: Alamat dan kontak (kode kontak)', 'belum tersedia: Jadwal sidang (kode jadwal-sidang)']);
  });

  it('reads dates the way the schemas write them', () => {
    expect(parseEntry('dokumen', 'content/dokumen/x.md', '---\ntanggal: 2026-01-02\ndiperbarui: "2026-03-04"\ninformasi: dipa\n---\n')).toMatchObject({
      tanggal: new Date('2026-01-02'),
      diperbarui: new Date('2026-03-04'),
      informasi: ['dipa'],
    });
    expect(parseEntry('berita', 'content/berita/x.md', 'tanpa frontmatter')).toEqual({ problem: 'content/berita/x.md: tidak ada frontmatter (--- … ---) di awal berkas' });
  });
});
