// External links must be well-formed: a typo in the address gives visitors an error
// page; an unknown scheme does nothing at all.
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { report } from '../context.ts';
import { classifyUrl, placeOf, urlNodes } from '../urls.ts';
import { DANGEROUS_SCHEMES } from './tautan-skema.ts';
import { berita, type RuleExample } from './example.ts';

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** Why an http(s) URL is malformed, or undefined when it is fine. */
export function webUrlProblem(raw: string): string | undefined {
  if (/\s/.test(raw.trim())) return 'alamat mengandung spasi';
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return 'alamat tidak dapat dibaca';
  }
  if (url.username || url.password) return 'alamat memuat nama pengguna atau kata sandi';
  if (!HOST.test(url.hostname)) return `nama situs "${url.hostname}" tidak valid`;
  return undefined;
}

export const tautanRusak = lintRule<Root>('laman:tautan/rusak', (tree, file) => {
  for (const node of urlNodes(tree)) {
    const url = classifyUrl(node.url);
    if (url.kind !== 'scheme' || DANGEROUS_SCHEMES.has(url.scheme)) continue;
    let problem: string | undefined;
    if (url.scheme === 'http' || url.scheme === 'https') problem = webUrlProblem(node.url);
    else if (url.scheme === 'mailto') problem = /^mailto:[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(node.url.trim()) ? undefined : 'alamat surel tidak valid';
    else if (url.scheme === 'tel') problem = /^tel:\+?[0-9-]{6,20}$/.test(node.url.trim()) ? undefined : 'nomor telepon hanya boleh berisi angka, + dan -';
    else problem = `skema "${url.scheme}:" tidak dikenal peramban`;
    if (problem) {
      report(file, `tautan "${node.url}" rusak: ${problem}.`, 'Salin ulang alamat lengkapnya dari bilah alamat peramban.', placeOf(node));
    }
  }
});

export const examples: RuleExample[] = [
  { name: 'good links', text: berita('[Direktori](https://putusan3.mahkamahagung.go.id/direktori?q=1) dan [surel](mailto:info@pn-contoh.go.id)\n'), expect: [] },
  { name: 'host typo', text: berita('[SIPP](https://sipp,pn-contoh.go.id)\n'), expect: ['9:1'] },
  { name: 'credentials in URL', text: berita('[panel](https://admin:rahasia@pn-contoh.go.id/)\n'), expect: ['9:1'] },
  { name: 'unknown scheme', text: berita('[berkas](smb://server/putusan.pdf)\n'), expect: ['9:1'] },
];
