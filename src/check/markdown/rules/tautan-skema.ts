// javascript:, data:, vbscript: and file: URLs run code, smuggle content past review or
// point at the operator's own computer. None belongs on a court website.
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { report } from '../context.ts';
import { classifyUrl, placeOf, urlNodes } from '../urls.ts';
import { berita, type RuleExample } from './example.ts';

export const DANGEROUS_SCHEMES = new Set(['javascript', 'data', 'vbscript', 'file', 'blob']);

export const tautanSkema = lintRule<Root>('laman:tautan/skema', (tree, file) => {
  for (const node of urlNodes(tree)) {
    const url = classifyUrl(node.url);
    if (url.kind === 'scheme' && DANGEROUS_SCHEMES.has(url.scheme)) {
      report(
        file,
        `tautan "${url.scheme}:" tidak diizinkan: alamat seperti ini dapat menjalankan kode atau membuka berkas di komputer pengunjung.`,
        'Hapus tautan ini. Unggah berkasnya ke CMS dan tautkan alamat /berkas/…, atau tautkan situs https:// yang dimaksud.',
        placeOf(node),
      );
    }
  }
});

export const examples: RuleExample[] = [
  { name: 'https link', text: berita('[e-Court](https://ecourt.mahkamahagung.go.id)\n'), expect: [] },
  { name: 'the word javascript in text', text: berita('Aplikasi memerlukan javascript: aktifkan di peramban.\n'), expect: [] },
  { name: 'javascript link', text: berita('[klik](javascript:alert(1))\n'), expect: ['9:1'] },
  { name: 'obfuscated javascript', text: berita('[klik](JaVa&#x09;Script:alert(1))\n'), expect: ['9:1'] },
  { name: 'data image', text: berita('![Bagan](data:image/svg+xml;base64,PHN2Zz4=)\n'), expect: ['9:1'] },
  { name: 'file definition', text: berita('[dok][d]\n\n[d]: file:///C:/Users/budi/putusan.pdf\n'), expect: ['11:1'] },
];
