// `laman check` over the test corpus (tests/fixtures/check/): every bad file yields exactly
// its rules, clean files and near-misses yield none, and the sample site passes clean.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema, type ReportJson } from '../../../scripts/check/output/json.ts';
import { laman } from '../../helpers/cli.ts';

const KONTEN = 'tests/fixtures/check/konten';

function rulesByFile(report: ReportJson, prefix: string): Record<string, string[]> {
  const byFile: Record<string, string[]> = {};
  for (const f of report.findings) (byFile[f.file.slice(prefix.length)] ??= []).push(f.rule);
  for (const rules of Object.values(byFile)) rules.sort();
  return byFile;
}

describe('laman check: Markdown and settings corpus', () => {
  it('reports exactly the expected rules per file, and nothing for clean files and near-misses', async () => {
    const result = await laman(['check', '--json'], { LAMAN_CONTENT_DIR: KONTEN });
    expect(result.code).toBe(1);
    const report = reportJsonSchema.parse(JSON.parse(result.stdout));
    expect(report.files).toBe(13);
    expect(rulesByFile(report, `${KONTEN}/`)).toEqual({
      'berita/data-pribadi.md': ['pribadi/kk', 'pribadi/nik', 'pribadi/npwp', 'pribadi/rekening', 'pribadi/telepon'],
      'berita/frontmatter-rusak.md': ['isian/skema'],
      'berita/perkara-kesusilaan.md': ['pribadi/pengaburan'],
      'berita/tautan-berbahaya.md': [
        'etika/istilah',
        'gambar/alt',
        'html/mentah',
        'judul/h1',
        'tautan/https',
        'tautan/internal',
        'tautan/skema',
      ],
      'dokumen/berkas/catatan-redaksi.txt': ['berkas/tidak-diterbitkan'],
      'dokumen/putusan-harta-bersama.md': ['pribadi/pengaburan'],
    });
    // Personal data is masked everywhere the report goes.
    for (const number of ['3372015708900003', '3372010101100007', '12.345.678.9-012.345', '0813-2555-7788', '1234567890']) {
      expect(result.stdout).not.toContain(number);
    }
    const nik = report.findings.find((f) => f.rule === 'pribadi/nik')!;
    expect(nik).toMatchObject({ file: `${KONTEN}/berita/data-pribadi.md`, line: 9, column: 36, severity: 'error', fixable: false });
    expect(nik.message).toMatch(/^NIK terdeteksi \(33\*+03\)/);
  });

  it('prints what, where and how to fix in Indonesian, and exits 1 on errors', async () => {
    const result = await laman(['check', `${KONTEN}/berita/tautan-berbahaya.md`], { LAMAN_CONTENT_DIR: KONTEN });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `${KONTEN}/berita/tautan-berbahaya.md:9:7: kesalahan: tautan "javascript:" tidak diizinkan`,
    );
    expect(result.stdout).toContain('Cara memperbaiki: Hapus tautan ini.');
    expect(result.stdout).toMatch(/1 berkas diperiksa: 6 kesalahan, 1 peringatan\./);
  });

  it('exits 0 when only warnings remain', async () => {
    const result = await laman(['check', `${KONTEN}/dokumen/berkas/catatan-redaksi.txt`], { LAMAN_CONTENT_DIR: KONTEN });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('peringatan: jenis berkas ini tidak diterbitkan');
  });

  it('annotates files for GitHub when run under Actions', async () => {
    const result = await laman(['check', `${KONTEN}/berita/data-pribadi.md`], { LAMAN_CONTENT_DIR: KONTEN, GITHUB_ACTIONS: 'true' });
    const annotations = result.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations).toHaveLength(5);
    expect(annotations[0]).toMatch(
      new RegExp(`^::error file=${KONTEN}/berita/data-pribadi.md,line=9,col=36,title=laman check%3A pribadi/nik::NIK terdeteksi .*%0ACara memperbaiki: `),
    );
  });

  it('refuses wrong usage with exit code 2', async () => {
    expect((await laman(['check', '--dry-run'])).code).toBe(2);
    const missing = await laman(['check', 'content/berita/tidak-ada.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('"content/berita/tidak-ada.md" tidak ditemukan');
    expect((await laman(['check', '--format=xml'])).code).toBe(2);
  });
});

describe('laman check: the sample site', () => {
  it('passes clean: no errors and no warnings', async () => {
    const result = await laman(['check', '--json']);
    const report = reportJsonSchema.parse(JSON.parse(result.stdout));
    expect(report.findings).toEqual([]);
    expect(result.code).toBe(0);
    expect(report.files).toBeGreaterThan(80);
  });
});

describe('docs/laman-check.schema.json', () => {
  it('matches the schema the --json output is validated with', async () => {
    const { reportJsonSchemaDocument } = await import('../../../scripts/check/output/json.ts');
    const committed = JSON.parse(readFileSync(new URL('../../../docs/laman-check.schema.json', import.meta.url), 'utf8'));
    // Regenerate with: node scripts/check/output/write-schema.ts
    expect(committed).toEqual(reportJsonSchemaDocument());
  });
});

describe('laman check: image and PDF corpus', () => {
  it('reports exactly the expected rules per file, and nothing for clean files and near-misses', async () => {
    const result = await laman(['check', '--json', 'tests/fixtures/check/gambar', 'tests/fixtures/check/pdf']);
    expect(result.code).toBe(1);
    const report = reportJsonSchema.parse(JSON.parse(result.stdout));
    expect(report.files).toBe(39);
    const rules = rulesByFile(report, 'tests/fixtures/check/');
    for (const [file, list] of Object.entries(rules)) rules[file] = [...new Set(list)];
    expect(rules).toEqual({
      'gambar/besar.jpg': ['gambar/dimensi'],
      'gambar/bom.png': ['gambar/bom'],
      'gambar/bukan-gambar.jpg': ['gambar/bukan-gambar'],
      'gambar/foto-gps.jpg': ['gambar/gps', 'gambar/metadata'],
      'gambar/foto-iptc.jpg': ['gambar/metadata', 'gambar/nama'],
      'gambar/foto-miring.jpg': ['gambar/metadata'],
      'gambar/foto-nama.jpg': ['gambar/nama'],
      'gambar/grafis-xmp.webp': ['gambar/gps', 'gambar/metadata', 'gambar/nama'],
      'gambar/png-bernama-jpg.jpg': ['gambar/jenis'],
      'gambar/svg-entitas.svg': ['svg/entitas'],
      'gambar/svg-rusak.svg': ['svg/rusak'],
      'gambar/svg-skrip.svg': ['svg/skrip'],
      'gambar/svg-tautan-luar.svg': ['svg/tautan-luar'],
      'gambar/terpotong.jpg': ['gambar/rusak'],
      'pdf/bukan-pdf.pdf': ['pdf/rusak'],
      'pdf/javascript-nama-escape.pdf': ['pdf/javascript'],
      'pdf/javascript-names.pdf': ['pdf/javascript'],
      'pdf/javascript.pdf': ['pdf/javascript'],
      'pdf/kk-npwp-rekening.pdf': ['pribadi/kk', 'pribadi/npwp', 'pribadi/rekening', 'pribadi/telepon'],
      'pdf/lampiran.pdf': ['pdf/lampiran'],
      'pdf/launch.pdf': ['pdf/aksi'],
      'pdf/metadata-bocor-linear.pdf': ['pdf/metadata'],
      'pdf/metadata-bocor.pdf': ['pdf/metadata'],
      'pdf/nik.pdf': ['pribadi/nik'],
      'pdf/rusak.pdf': ['pdf/rusak'],
      'pdf/scan-tanpa-teks.pdf': ['pdf/tanpa-teks'],
      'pdf/terenkripsi-sandi.pdf': ['pdf/terenkripsi'],
      'pdf/terenkripsi-tanpa-sandi.pdf': ['pdf/terenkripsi'],
    });
    const nik = report.findings.find((f) => f.rule === 'pribadi/nik')!;
    expect(nik.page).toBe(2);
    expect(result.stdout).not.toContain('3372015708900003');
    for (const f of report.findings) expect(f.message).toMatch(/[a-z]/);
  });
});
