// An alternative text like "foto" or "IMG_2041.jpg" tells a screen-reader user nothing.
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { visit } from 'unist-util-visit';
import { report } from '../context.ts';
import { placeOf } from '../urls.ts';
import { berita, type RuleExample } from './example.ts';

const GENERIC = new Set(['gambar', 'foto', 'image', 'img', 'photo', 'picture', 'ilustrasi', 'dokumentasi', 'untitled', 'logo', 'screenshot', 'tangkapan layar']);
const FILE_LIKE = /^(?:img|dsc|dscn|pxl|wa|image|foto|photo|screenshot)[\s_-]*\d|\.(?:jpe?g|png|webp|avif|gif|svg|heic)$/i;

export function isGenericAlt(alt: string): boolean {
  const text = alt.trim().toLowerCase().replace(/[\s.:]+$/, '');
  return GENERIC.has(text) || FILE_LIKE.test(text);
}

export const gambarAltUmum = lintRule<Root>('laman:gambar/alt-umum', (tree, file) => {
  visit(tree, (node) => {
    if ((node.type === 'image' || node.type === 'imageReference') && node.alt?.trim() && isGenericAlt(node.alt)) {
      report(
        file,
        `teks alternatif "${node.alt.trim()}" tidak menjelaskan isi gambar.`,
        'Uraikan apa yang tampak pada gambar, misalnya "Ketua PN Contoh menyerahkan piagam kepada petugas PTSP".',
        placeOf(node),
      );
    }
  });
});

export const examples: RuleExample[] = [
  { name: 'descriptive alt', text: berita('![Foto bersama peserta sosialisasi](/berkas/berita/gambar/ada.jpg)\n'), expect: [] },
  { name: 'just "foto"', text: berita('![Foto](/berkas/berita/gambar/ada.jpg)\n'), expect: ['9:1'] },
  { name: 'camera file name', text: berita('![IMG_2041.JPG](/berkas/berita/gambar/ada.jpg)\n'), expect: ['9:1'] },
];
