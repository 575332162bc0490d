import { describe, expect, it } from 'vitest';
import { entryData, isEntryFile } from './frontmatter.ts';

describe('entryData', () => {
  it('reads a Markdown file\'s frontmatter and a YAML file\'s map', () => {
    expect(entryData('content/berita/a.md', '---\njudul: A\nperhatian_khusus: true\n---\nIsi\n')).toEqual({ data: { judul: 'A', perhatian_khusus: true } });
    expect(entryData('content/pengaturan/situs.yml', 'nama: PN Contoh\n')).toEqual({ data: { nama: 'PN Contoh' } });
    expect(entryData('content/berita/b.md', 'Tanpa frontmatter\n')).toEqual({ data: {} });
  });

  it('treats a file it cannot read as needing special attention, and says where', () => {
    const broken = entryData('content/berita/c.md', '---\njudul: [tidak ditutup\n---\n');
    expect(broken.data).toEqual({ perhatian_khusus: true });
    expect(broken.problem).toMatch(/^content\/berita\/c\.md:\d+: /);
    expect(entryData('content/pengaturan/d.yml', '- satu\n- dua\n').problem).toContain('bukan daftar "nama: nilai"');
  });

  it('knows which files are entries', () => {
    expect(['a.md', 'b.mdx', 'c.yml', 'd.YAML'].every(isEntryFile)).toBe(true);
    expect(['e.jpg', 'f.pdf', 'g.json'].some(isEntryFile)).toBe(false);
  });
});
