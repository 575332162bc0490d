// The sample court "Pengadilan Negeri Contoh": valid, complete, free of personal data,
// and its committed PDFs are exactly what the generator writes.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSampleAssets } from '../../scripts/cli/commands/sample-assets.ts';
import { listContentFiles, validateContent } from '../../scripts/content/validate.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';
import { KATEGORI_INFORMASI } from '../../src/schema/informasi-publik.ts';
import { loadEntries } from '../helpers/content.ts';

describe('sample content', () => {
  it('is valid against the schemas', async () => {
    const { files, findings } = await validateContent(PROJECT_ROOT, 'content');
    expect(findings).toEqual([]);
    expect(files).toBeGreaterThan(40);
  });

  it('has the amounts the site needs to show every feature', async () => {
    expect((await loadEntries('berita')).length).toBeGreaterThanOrEqual(12);
    expect((await loadEntries('pengumuman')).length).toBeGreaterThanOrEqual(5);
    const dokumen = await loadEntries('dokumen');
    expect(dokumen.length).toBeGreaterThanOrEqual(10);
    expect(new Set(dokumen.map((d) => d.data.kategori))).toEqual(new Set(KATEGORI_INFORMASI));
    const halaman = (await loadEntries('halaman')).map((h) => h.id);
    for (const id of ['profil', 'visi-misi', 'struktur-organisasi', 'yurisdiksi', 'prosedur-berperkara', 'biaya-perkara', 'hak-pencari-keadilan', 'pengaduan', 'layanan-informasi', 'transparansi']) {
      expect(halaman).toContain(id);
    }
  });

  it('contains no NIK-like number and no mobile number', async () => {
    const files = (await listContentFiles(PROJECT_ROOT, 'content')).filter((f) => f.collection !== 'pengaturan');
    const hits: string[] = [];
    for (const { file } of files) {
      const text = await readFile(path.join(PROJECT_ROOT, file), 'utf8');
      for (const m of text.matchAll(/\b\d{16}\b|(?:\+62|\b0)8\d[\d -]{7,12}\d/g)) hits.push(`${file}: ${m[0]}`);
    }
    expect(hits).toEqual([]);
  });

  it('ships the PDFs its generator writes, byte for byte', async () => {
    // JPEG captions are rendered with the system's fonts, so only the PDFs are compared.
    const differences = await checkSampleAssets(path.join(PROJECT_ROOT, 'content'));
    expect(differences.filter((d) => d.path.endsWith('.pdf'))).toEqual([]);
  });
});
