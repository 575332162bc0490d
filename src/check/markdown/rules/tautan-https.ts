// Links to other sites must use https: plain http can be intercepted and altered on
// the way, and browsers mark such pages as not secure.
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { report } from '../context.ts';
import { classifyUrl, placeOf, urlNodes } from '../urls.ts';
import { berita, type RuleExample } from './example.ts';

export const tautanHttps = lintRule<Root>('laman:tautan/https', (tree, file) => {
  for (const node of urlNodes(tree)) {
    const url = classifyUrl(node.url);
    if (url.kind === 'scheme' && url.scheme === 'http') {
      report(
        file,
        `tautan "${node.url}" memakai http, bukan https: isinya dapat disadap atau diubah dalam perjalanan.`,
        `Ganti menjadi "${node.url.trim().replace(/^http:/i, 'https:')}" (periksa bahwa alamat itu terbuka dengan https).`,
        placeOf(node),
      );
    } else if (url.kind === 'scheme-relative') {
      report(
        file,
        `tautan "${node.url}" tidak menyebut protokol.`,
        `Tulis alamat lengkap dengan https://, misalnya "https:${node.url.trim()}".`,
        placeOf(node),
      );
    }
  }
});

export const examples: RuleExample[] = [
  { name: 'https', text: berita('[SIWAS](https://siwas.mahkamahagung.go.id)\n'), expect: [] },
  { name: 'mail and phone links', text: berita('[surel](mailto:info@pn-contoh.go.id) dan [telepon](tel:+622715550100)\n'), expect: [] },
  { name: 'plain http', text: berita('Lihat [SIPP](http://sipp.pn-contoh.go.id).\n'), expect: ['9:7'] },
  { name: 'bare http autolink', text: berita('Lihat <http://sipp.pn-contoh.go.id>.\n'), expect: ['9:7'] },
  { name: 'scheme-relative', text: berita('[SIPP](//sipp.pn-contoh.go.id)\n'), expect: ['9:1'] },
];
