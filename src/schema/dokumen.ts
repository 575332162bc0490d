import { z } from 'astro/zod';
import { berkasRelatif, tanggal, teks, tidakSebelumTanggal } from './fields.ts';
import { perkaraFields } from './perkara.ts';
import { ID_INFORMASI_WAJIB, KATEGORI_INFORMASI } from './informasi-publik.ts';

export const JENIS_DOKUMEN = [
  'putusan',
  'penetapan',
  'peraturan',
  'surat-keputusan',
  'laporan',
  'standar-layanan',
  'formulir',
  'lainnya',
] as const;
export type JenisDokumen = (typeof JENIS_DOKUMEN)[number];

export const LABEL_JENIS_DOKUMEN: Record<JenisDokumen, string> = {
  putusan: 'Putusan',
  penetapan: 'Penetapan',
  peraturan: 'Peraturan',
  'surat-keputusan': 'Surat Keputusan',
  laporan: 'Laporan',
  'standar-layanan': 'Standar Layanan',
  formulir: 'Formulir',
  lainnya: 'Lainnya',
};

/** Documents of these kinds are court decisions: the "not an official copy" notice applies. */
export function isPutusan(jenis: JenisDokumen): boolean {
  return jenis === 'putusan' || jenis === 'penetapan';
}

export const dokumenSchema = z
  .object({
    judul: teks('judul', { maks: 200 }),
    nomor: teks('nomor', { maks: 120 }).optional(),
    tanggal: tanggal('tanggal'),
    kategori: z.enum(KATEGORI_INFORMASI, {
      error: `kategori harus salah satu dari: ${KATEGORI_INFORMASI.join(', ')}`,
    }),
    jenis: z
      .enum(JENIS_DOKUMEN, { error: `jenis harus salah satu dari: ${JENIS_DOKUMEN.join(', ')}` })
      .default('lainnya'),
    /** Which mandatory information item (Transparansi page) this document fulfils. */
    informasi: z
      .enum(ID_INFORMASI_WAJIB, {
        error: 'informasi harus salah satu kode informasi wajib (lihat halaman Transparansi)',
      })
      .optional(),
    berkas: berkasRelatif('berkas', ['pdf']),
    diperbarui: tanggal('diperbarui').optional(),
    ringkasan: teks('ringkasan', { maks: 400 }),
    ...perkaraFields,
  })
  .strict()
  .superRefine(tidakSebelumTanggal('diperbarui', 'dokumen'));
export type Dokumen = z.infer<typeof dokumenSchema>;
