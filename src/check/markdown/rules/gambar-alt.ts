// Every image in the body needs a text alternative: screen-reader users hear it instead
// of the picture (WCAG 1.1.1, Permen PANRB on accessible government websites).
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { visit } from 'unist-util-visit';
import { report } from '../context.ts';
import { placeOf } from '../urls.ts';
import { berita, type RuleExample } from './example.ts';

export const gambarAlt = lintRule<Root>('laman:gambar/alt', (tree, file) => {
  visit(tree, (node) => {
    if ((node.type === 'image' || node.type === 'imageReference') && !node.alt?.trim()) {
      report(
        file,
        'gambar tanpa teks alternatif: pengguna pembaca layar tidak tahu isi gambar ini.',
        'Tulis uraian singkat isi gambar di dalam kurung siku, misalnya ![Ketua PN Contoh melantik panitera pengganti](/berkas/…).',
        placeOf(node),
      );
    }
  });
});

export const examples: RuleExample[] = [
  { name: 'described image', text: berita('![Suasana rapat evaluasi kinerja](/berkas/berita/gambar/ada.jpg)\n'), expect: [] },
  { name: 'empty alt', text: berita('Paragraf.\n\n![](/berkas/berita/gambar/ada.jpg)\n'), expect: ['11:1'] },
  { name: 'blank alt in reference', text: berita('![ ][foto]\n\n[foto]: /berkas/berita/gambar/ada.jpg\n'), expect: ['9:1'] },
];
