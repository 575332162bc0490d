import { z } from 'astro/zod';
import { altWajibBilaAdaGambar, artikelFields } from './berita.ts';
import { tanggal, tidakSebelumTanggal } from './fields.ts';

export const JENIS_PENGUMUMAN = ['umum', 'serta-merta', 'pengadaan', 'rekrutmen', 'layanan'] as const;
export type JenisPengumuman = (typeof JENIS_PENGUMUMAN)[number];

export const LABEL_JENIS_PENGUMUMAN: Record<JenisPengumuman, string> = {
  umum: 'Umum',
  'serta-merta': 'Serta Merta',
  pengadaan: 'Pengadaan',
  rekrutmen: 'Rekrutmen',
  layanan: 'Layanan',
};

export const pengumumanSchema = z
  .object({
    ...artikelFields,
    jenis: z.enum(JENIS_PENGUMUMAN, {
      error: `jenis harus salah satu dari: ${JENIS_PENGUMUMAN.join(', ')}`,
    }),
    berlaku_hingga: tanggal('berlaku_hingga').optional(),
  })
  .strict()
  .superRefine(altWajibBilaAdaGambar)
  .superRefine(tidakSebelumTanggal('berlaku_hingga', 'pengumuman'));
export type Pengumuman = z.infer<typeof pengumumanSchema>;
