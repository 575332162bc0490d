// `laman check --fix` on a copy of the sample site with a phone photo (GPS, camera
// metadata) and a PDF with leaked author names: dry run changes nothing, the fix leaves
// files that pass, keep their content, and a second run finds nothing to do.
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportJsonSchema } from '../../../scripts/check/output/json.ts';
import { PROJECT_ROOT } from '../../../scripts/lib/project.ts';
import { laman } from '../../helpers/cli.ts';

const FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures/check');

describe('laman check --fix', () => {
  let dir: string;
  let env: Record<string, string>;
  const photo = () => path.join(dir, 'konten/berita/gambar/foto-gps.jpg');
  const pdf = () => path.join(dir, 'konten/dokumen/berkas/metadata-bocor.pdf');
  const check = async (...args: string[]) => {
    const result = await laman(['check', '--json', ...args], env);
    return { code: result.code, report: reportJsonSchema.parse(JSON.parse(result.stdout)) };
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'laman-fix-'));
    await cp(path.join(PROJECT_ROOT, 'content'), path.join(dir, 'konten'), { recursive: true });
    await cp(path.join(FIXTURES, 'gambar/foto-gps.jpg'), photo());
    await cp(path.join(FIXTURES, 'pdf/metadata-bocor.pdf'), pdf());
    await writeFile(
      path.join(dir, 'konten/berita/foto-kegiatan-posbakum.md'),
      '---\njudul: Kegiatan Posbakum di Kecamatan Tamansari\ntanggal: 2026-11-02\nringkasan: Petugas Posbakum Pengadilan Negeri Contoh melayani konsultasi hukum gratis bagi warga.\ngambar: gambar/foto-gps.jpg\nalt_gambar: Petugas Posbakum melayani warga di balai kecamatan\nkategori: Layanan\ntag: [Posbakum]\npenulis: Tim Redaksi\n---\nKonsultasi hukum gratis dibuka setiap Selasa.\n',
    );
    await writeFile(
      path.join(dir, 'konten/dokumen/laporan-posbakum-2026.md'),
      '---\njudul: Laporan Layanan Posbakum Semester II 2026\ntanggal: 2026-11-03\nkategori: berkala-3\njenis: laporan\nberkas: berkas/metadata-bocor.pdf\nringkasan: Rekapitulasi layanan Pos Bantuan Hukum semester kedua tahun 2026.\n---\n',
    );
    env = { LAMAN_CONTENT_DIR: path.join(dir, 'konten'), LAMAN_CACHE_DIR: path.join(dir, 'cache') };
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('finds the photo and the PDF problems, and marks them fixable', async () => {
    const { code, report } = await check();
    expect(code).toBe(1);
    const rules = report.findings.map((f) => `${path.basename(f.file)} ${f.rule} ${f.fixable}`);
    expect(rules).toContain('foto-gps.jpg gambar/gps true');
    expect(rules).toContain('metadata-bocor.pdf pdf/metadata true');
    expect(report.findings.every((f) => f.file.endsWith('foto-gps.jpg') || f.file.endsWith('metadata-bocor.pdf'))).toBe(true);
  });

  it('--dry-run lists the fixes and writes nothing', async () => {
    const before = [await readFile(photo()), await readFile(pdf())];
    const { report } = await check('--fix', '--dry-run');
    expect(report.dryRun).toBe(true);
    expect(report.fixes.map((f) => path.basename(f.file))).toEqual(expect.arrayContaining(['foto-gps.jpg', 'metadata-bocor.pdf']));
    expect([await readFile(photo()), await readFile(pdf())]).toEqual(before);
  });

  it('--fix repairs both files, which then pass and keep their content', async () => {
    const original = await sharp(await readFile(photo())).rotate().resize(32, 32, { fit: 'fill' }).greyscale().raw().toBuffer();
    const originalPages = (await PDFDocument.load(await readFile(pdf()))).getPageCount();
    const fixed = await check('--fix');
    expect(fixed.report.fixes.length).toBeGreaterThanOrEqual(2);
    expect(fixed.code).toBe(0);
    expect(fixed.report.findings).toEqual([]);

    const again = await check();
    expect(again.code).toBe(0);
    expect(again.report.findings).toEqual([]);

    const image = sharp(await readFile(photo()));
    const meta = await image.metadata();
    expect(meta.exif).toBeUndefined();
    const now = await image.rotate().resize(32, 32, { fit: 'fill' }).greyscale().raw().toBuffer();
    const meanDiff = now.reduce((sum, v, i) => sum + Math.abs(v - original[i]!), 0) / now.length;
    expect(meanDiff).toBeLessThan(8); // re-encoding changes a few levels, not the picture

    const doc = await PDFDocument.load(await readFile(pdf()));
    expect(doc.getPageCount()).toBe(originalPages);
    expect(doc.getTitle()).toBe('Laporan Layanan Posbakum Semester II 2026');
    expect(doc.getAuthor()).toBe('Pengadilan Negeri Contoh');
  });

  it('a second --fix run has nothing to do', async () => {
    const before = await readFile(photo());
    const { code, report } = await check('--fix');
    expect(code).toBe(0);
    expect(report.fixes).toEqual([]);
    expect(await readFile(photo())).toEqual(before);
  });
});

describe('laman check on files it must not or cannot read', () => {
  it('reports each such file and still checks the rest', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'laman-unreadable-'));
    try {
      await cp(path.join(FIXTURES, 'konten'), dir, { recursive: true });
      await symlink('/etc/passwd', path.join(dir, 'berita/sandi-server.md'));
      await symlink(path.join(dir, 'tidak-ada.pdf'), path.join(dir, 'dokumen/berkas/tautan-putus.pdf'));
      // "Pengumuman Sidang Keliling" saved by an old editor in Windows-1252: not UTF-8.
      await writeFile(path.join(dir, 'berita/pengodean-lama.md'), Buffer.from('---\njudul: Sidang Keliling \x96 Kecamatan Tamansari\n---\n', 'latin1'));
      const result = await laman(['check', '--json'], { LAMAN_CONTENT_DIR: dir, LAMAN_CACHE_DIR: path.join(dir, '.cache') });
      const report = reportJsonSchema.parse(JSON.parse(result.stdout));
      const about = (name: string) => report.findings.filter((f) => f.file.endsWith(name)).map((f) => f.rule);
      expect(about('berita/sandi-server.md')).toEqual(['berkas/tautan-simbolik']);
      expect(about('dokumen/berkas/tautan-putus.pdf')).toEqual(['berkas/tautan-simbolik']);
      expect(about('berita/pengodean-lama.md')).toEqual(['berkas/tidak-terbaca']);
      expect(report.findings.find((f) => f.file.endsWith('pengodean-lama.md'))!.message).toContain('bukan teks UTF-8');
      expect(result.stdout).not.toContain('root:');
      expect(report.findings.some((f) => f.rule === 'pribadi/nik')).toBe(true);
      expect(result.code).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
