// How big the benchmark's fixture is, and the generator counts that give that size.
import { HALAMAN } from '../../fixture/halaman.ts';
import { defaultPengumumanCount } from '../../fixture/pengumuman.ts';

export interface BenchSize {
  /** Content entries: berita + pengumuman + dokumen + halaman. */
  items: number;
  /** Berita with a phone photo of their own. */
  images: number;
  /** Dokumen, each with one PDF. */
  pdfs: number;
}

export const DEFAULT_SIZE: Readonly<BenchSize> = Object.freeze({ items: 4000, images: 300, pdfs: 300 });

export interface BenchCounts {
  berita: number;
  pengumuman: number;
  dokumen: number;
  halaman: number;
  /** Photos, one per berita that has one. */
  gambar: number;
}

/**
 * Counts whose entries add up to exactly `size.items`: the fixed halaman, one dokumen per
 * PDF, and as many berita as fit beside their usual share of pengumuman (one in twenty);
 * the pengumuman take the remainder. A string says why the size cannot be made.
 */
export function countsFor(size: BenchSize): BenchCounts | string {
  const halaman = HALAMAN.length;
  const rest = size.items - size.pdfs - halaman;
  let berita = Math.max(0, rest);
  while (berita > 0 && berita + defaultPengumumanCount(berita) > rest) berita--;
  const smallest = size.images + defaultPengumumanCount(size.images) + size.pdfs + halaman;
  if (berita < size.images || berita + defaultPengumumanCount(berita) > rest) {
    return `--items ${size.items} is too small for ${size.images} images and ${size.pdfs} PDFs: it needs at least ${smallest}`;
  }
  return { berita, pengumuman: rest - berita, dokumen: size.pdfs, halaman, gambar: size.images };
}
