// Headings must not skip levels (## then ####): screen-reader users navigate by them
// and a skipped level looks like a missing section.
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { visit } from 'unist-util-visit';
import { report } from '../context.ts';
import { placeOf } from '../urls.ts';
import { berita, type RuleExample } from './example.ts';

export const judulUrutan = lintRule<Root>('laman:judul/urutan', (tree, file) => {
  // The page title is the level-1 heading the body continues from.
  let previous = 1;
  visit(tree, 'heading', (node) => {
    if (node.depth > previous + 1) {
      const hashes = (n: number) => '#'.repeat(n);
      report(
        file,
        `subjudul melompat dari tingkat ${previous} ke tingkat ${node.depth}: pengguna pembaca layar mengira ada bagian yang hilang.`,
        `Ubah "${hashes(node.depth)}" menjadi "${hashes(previous + 1)}".`,
        placeOf(node),
      );
    }
    previous = Math.max(node.depth, 1);
  });
});

export const examples: RuleExample[] = [
  { name: 'levels in order', text: berita('## Bagian\n\n### Rincian\n\n## Bagian lain\n'), expect: [] },
  { name: 'starts at level 3', text: berita('### Rincian\n'), expect: ['9:1'] },
  { name: 'skips a level', text: berita('## Bagian\n\n#### Rincian\n'), expect: ['11:1'] },
];
