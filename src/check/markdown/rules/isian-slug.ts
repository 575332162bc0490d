// A file's name is its page address: /berita/<name>/. It must already be a clean slug
// (so the address is what the operator sees), sit directly in its collection folder,
// and not take a section's address.
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { isReservedHalaman } from '../../../schema/reserved-slugs.ts';
import { report, ruleContext } from '../context.ts';
import { berita, type RuleExample } from './example.ts';

export const MAX_SLUG_LENGTH = 100;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug the operator probably meant: lower case, letters and digits joined by hyphens. */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
}

export const isianSlug = lintRule<Root>('laman:isian/slug', (_tree, file) => {
  const { input } = ruleContext(file);
  if (input.collection === 'pengaturan') return;
  const rest = input.contentPath.slice(input.collection.length + 1);
  const place = { line: 1, column: 1 };
  if (rest.includes('/')) {
    report(
      file,
      `berkas berada di subfolder (${rest}): alamat halamannya tidak dapat dibuka di situs.`,
      `Pindahkan berkas langsung ke folder content/${input.collection}/.`,
      place,
    );
    return;
  }
  const name = rest.replace(/\.md$/i, '');
  if (!SLUG.test(name) || name.length > MAX_SLUG_LENGTH) {
    const suggestion = suggestSlug(name);
    report(
      file,
      `nama berkas "${name}" bukan alamat halaman yang baik: gunakan huruf kecil, angka dan tanda hubung saja, paling banyak ${MAX_SLUG_LENGTH} karakter.`,
      suggestion ? `Ganti nama berkas menjadi "${suggestion}.md".` : 'Ganti nama berkas dengan kata-kata dari judulnya, misalnya "rapat-evaluasi-kinerja.md".',
      place,
    );
  } else if (input.collection === 'halaman' && isReservedHalaman(name)) {
    report(
      file,
      `nama halaman "${name}" sudah dipakai oleh bagian situs (/${name}/), sehingga halaman ini tidak dapat dibuka.`,
      `Ganti nama berkas, misalnya "${name}-pengadilan.md".`,
      place,
    );
  }
});

export const examples: RuleExample[] = [
  { name: 'clean slug', contentPath: 'berita/rapat-evaluasi-2026.md', text: berita('Isi.\n'), expect: [] },
  { name: 'capitals and spaces', contentPath: 'berita/Rapat Evaluasi.md', text: berita('Isi.\n'), expect: ['1:1'] },
  { name: 'in a subfolder', contentPath: 'berita/2026/rapat.md', text: berita('Isi.\n'), expect: ['1:1'] },
  {
    name: 'halaman takes a section address',
    collection: 'halaman',
    contentPath: 'halaman/berita.md',
    text: '---\njudul: Berita\nringkasan: Halaman berita pengadilan.\nmenu: tidak-tampil\n---\nIsi.\n',
    expect: ['1:1'],
  },
];
