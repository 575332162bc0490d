import { z } from 'astro/zod';
import { tanggal, teks } from './fields.ts';
import { ID_INFORMASI_WAJIB } from './informasi-publik.ts';

/** Where a page appears in the site navigation. */
export const MENU = ['tentang', 'layanan', 'informasi-publik', 'tidak-tampil'] as const;
export type Menu = (typeof MENU)[number];

export const LABEL_MENU: Record<Exclude<Menu, 'tidak-tampil'>, string> = {
  tentang: 'Tentang Pengadilan',
  layanan: 'Layanan Hukum',
  'informasi-publik': 'Informasi Publik',
};

export const halamanSchema = z
  .object({
    judul: teks('judul', { maks: 120 }),
    ringkasan: teks('ringkasan', { maks: 300 }),
    menu: z.enum(MENU, { error: `menu harus salah satu dari: ${MENU.join(', ')}` }),
    urutan: z
      .number({ error: 'urutan harus berupa angka' })
      .int({ error: 'urutan harus bilangan bulat' })
      .min(0, { error: 'urutan tidak boleh negatif' })
      .default(100),
    diperbarui: tanggal('diperbarui'),
    /** Mandatory information items (Transparansi page) this page fulfils. */
    informasi_wajib: z
      .array(
        z.enum(ID_INFORMASI_WAJIB, {
          error: 'setiap isi informasi_wajib harus kode informasi wajib (lihat halaman Transparansi)',
        }),
      )
      .default([]),
  })
  .strict();
export type Halaman = z.infer<typeof halamanSchema>;
