// The page's title is its only level-1 heading; a second one confuses screen-reader
// navigation and search engines.
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { visit } from 'unist-util-visit';
import { report } from '../context.ts';
import { placeOf } from '../urls.ts';
import { berita, type RuleExample } from './example.ts';

export const judulH1 = lintRule<Root>('laman:judul/h1', (tree, file) => {
  visit(tree, 'heading', (node) => {
    if (node.depth === 1) {
      report(
        file,
        'judul tingkat 1 (#) di dalam isi: halaman sudah memakai judul tulisan sebagai judul tingkat 1.',
        'Gunakan ## untuk subjudul pertama, ### untuk bagian di bawahnya.',
        placeOf(node),
      );
    }
  });
});

export const examples: RuleExample[] = [
  { name: 'subheadings only', text: berita('## Latar belakang\n\nIsi.\n'), expect: [] },
  { name: 'level-1 heading', text: berita('# Rapat Evaluasi\n\nIsi.\n'), expect: ['9:1'] },
  { name: 'setext level-1 heading', text: berita('Rapat Evaluasi\n==============\n'), expect: ['9:1'] },
];
