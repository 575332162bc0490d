// Links to this site's pages and files must point at something that exists, and body
// links must use site addresses ("/berkas/…", "/berita/…"): a relative path is resolved
// against the page's address, not the file's folder, and breaks on the published site.
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { report, ruleContext } from '../context.ts';
import { classifyUrl, placeOf, urlNodes } from '../urls.ts';
import { resolveContentRef } from './isian-berkas.ts';
import { berita, type RuleExample } from './example.ts';

const BERKAS = '/berkas/';

function decode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export const tautanInternal = lintRule<Root>('laman:tautan/internal', (tree, file) => {
  const { input, env } = ruleContext(file);
  for (const node of urlNodes(tree)) {
    const url = classifyUrl(node.url);
    if (url.kind === 'relative') {
      const target = resolveContentRef(input.contentPath, decode(node.url.replace(/[?#].*$/, '')));
      const exists = target !== undefined && env.index.files.has(target);
      report(
        file,
        `tautan "${node.url}" ditulis relatif: di situs, alamat ini dibaca dari alamat halaman dan tidak akan ditemukan.`,
        exists ? `Tulis "${BERKAS}${target}".` : 'Gunakan alamat situs yang diawali "/", misalnya "/berkas/berita/gambar/foto.jpg" atau "/berita/judul-berita/".',
        placeOf(node),
      );
      continue;
    }
    if (url.kind !== 'site') continue;
    const path = decode(url.path);
    if (path.startsWith(BERKAS)) {
      if (!env.index.files.has(path.slice(BERKAS.length))) {
        report(
          file,
          `berkas "${path}" tidak ditemukan di folder konten: tautan atau gambar ini akan rusak.`,
          'Unggah berkasnya lebih dulu, atau perbaiki nama dan foldernya.',
          placeOf(node),
        );
      }
      continue;
    }
    const withSlash = /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`;
    if (!env.index.routes.has(withSlash)) {
      report(
        file,
        `halaman "${url.path}" tidak ada di situs: pengunjung akan mendapat halaman "tidak ditemukan".`,
        'Periksa alamatnya (salin dari bilah alamat halaman tujuan), atau terbitkan halaman tujuannya lebih dulu.',
        placeOf(node),
      );
    }
  }
});

export const examples: RuleExample[] = [
  { name: 'existing pages and files', text: berita('[Berita](/berita/) [rapat](/berita/rapat-evaluasi/) [DIPA](/berkas/dokumen/berkas/ada.pdf) [PTSP](/layanan-ptsp#jam)\n'), expect: [] },
  { name: 'missing page', text: berita('Lihat [prosedur](/prosedur-berperkra/).\n'), expect: ['9:7'] },
  { name: 'missing file', text: berita('![Bagan alur](/berkas/dokumen/berkas/hilang.png)\n'), expect: ['9:1'] },
  { name: 'relative image', text: berita('![Suasana rapat](gambar/ada.jpg)\n'), expect: ['9:1'] },
];
