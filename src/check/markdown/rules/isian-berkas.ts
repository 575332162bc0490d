// Files named in the frontmatter (a berita's photo, a dokumen's PDF, the court's logo)
// must exist in the content folder, or the page would show a broken image or link.
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import type { CollectionName } from '../../../schema/collections.ts';
import { topLevelRange } from '../../frontmatter/yaml.ts';
import { pointAt, report, ruleContext } from '../context.ts';
import { berita, type RuleExample } from './example.ts';

const FILE_FIELDS: Record<CollectionName, readonly string[]> = {
  berita: ['gambar'],
  pengumuman: ['gambar'],
  dokumen: ['berkas'],
  halaman: [],
  pengaturan: ['logo'],
};

/** Resolves `ref` against the directory of `contentPath`; undefined when it leaves the content folder. */
export function resolveContentRef(contentPath: string, ref: string): string | undefined {
  const parts = contentPath.split('/').slice(0, -1);
  for (const part of ref.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!parts.length) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

export const isianBerkas = lintRule<Root>('laman:isian/berkas', (_tree, file) => {
  const { input, parsed, data, env } = ruleContext(file);
  if (!parsed || !data) return;
  for (const field of FILE_FIELDS[input.collection]) {
    const ref = data[field];
    if (typeof ref !== 'string' || !ref.trim() || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref)) continue; // the schema reports these
    const target = resolveContentRef(input.contentPath, ref.trim());
    if (target !== undefined && env.index.files.has(target)) continue;
    const range = topLevelRange(parsed, field);
    report(
      file,
      `${field}: berkas "${ref}" tidak ditemukan${target ? ` (dicari di content/${target})` : ''}. Halaman akan menampilkan gambar atau tautan rusak.`,
      'Unggah berkasnya, atau perbaiki nama dan foldernya; path ditulis relatif terhadap berkas ini, misalnya "gambar/foto.jpg".',
      range ? pointAt(input.text, range.value?.[0] ?? range.key) : undefined,
    );
  }
});

export const examples: RuleExample[] = [
  { name: 'photo exists', text: berita('Isi.\n', { gambar: 'gambar/ada.jpg', alt_gambar: 'Suasana rapat' }), expect: [] },
  { name: 'photo missing', text: berita('Isi.\n', { gambar: 'gambar/hilang.jpg', alt_gambar: 'Suasana rapat' }), expect: ['8:9'] },
  {
    name: 'dokumen PDF missing',
    collection: 'dokumen',
    text: '---\njudul: DIPA 2026\ntanggal: 2026-01-05\nkategori: berkala\nberkas: berkas/tidak-ada.pdf\nringkasan: DIPA tahun 2026.\n---\n',
    expect: ['5:9'],
  },
];
