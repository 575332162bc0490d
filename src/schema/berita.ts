import { z } from 'astro/zod';
import { IMAGE_EXTENSIONS, berkasRelatif, daftarTag, tanggal, teks } from './fields.ts';
import { perkaraFields } from './perkara.ts';

/** Fields shared by berita and pengumuman. */
export const artikelFields = {
  judul: teks('judul', { maks: 150 }),
  tanggal: tanggal('tanggal'),
  ringkasan: teks('ringkasan', { maks: 300 }),
  gambar: berkasRelatif('gambar', IMAGE_EXTENSIONS).optional(),
  alt_gambar: z.string({ error: 'alt_gambar harus berupa teks' }).trim().optional(),
  kategori: teks('kategori', { maks: 60 }),
  tag: daftarTag(),
  penulis: teks('penulis', { maks: 100 }),
  /** Needs the Ketua's approval in the editorial chain. */
  perhatian_khusus: z.boolean({ error: 'perhatian_khusus harus true atau false' }).default(false),
  ...perkaraFields,
};

/** An image must carry a text alternative for screen-reader users (WCAG 1.1.1). */
export function altWajibBilaAdaGambar(data: { gambar?: string | undefined; alt_gambar?: string | undefined }, ctx: z.RefinementCtx) {
  if (data.gambar && !data.alt_gambar) {
    ctx.addIssue({
      code: 'custom',
      path: ['alt_gambar'],
      message: 'alt_gambar wajib diisi bila ada gambar: jelaskan isi gambar untuk pembaca tunanetra',
    });
  }
}

export const beritaSchema = z.object(artikelFields).strict().superRefine(altWajibBilaAdaGambar);
export type Berita = z.infer<typeof beritaSchema>;
