import { z } from 'astro/zod';
import { IMAGE_EXTENSIONS, berkasRelatif, tautan, teks, urlHttps } from './fields.ts';

export const JENIS_PENGADILAN = [
  'pengadilan-negeri',
  'pengadilan-agama',
  'mahkamah-syariyah',
  'pengadilan-tata-usaha-negara',
  'pengadilan-militer',
  'pengadilan-tinggi',
  'pengadilan-tinggi-agama',
  'pengadilan-tinggi-tata-usaha-negara',
  'pengadilan-militer-tinggi',
] as const;

export const PLATFORM_MEDIA_SOSIAL = ['facebook', 'instagram', 'x', 'youtube', 'tiktok'] as const;

const telepon = z
  .string({ error: 'nomor telepon wajib diisi' })
  .trim()
  .regex(/^\+?[0-9(][0-9 ()-]{5,20}$/, { error: 'nomor telepon hanya boleh berisi angka, spasi, tanda +, - dan ()' });

export const pengaturanSchema = z
  .object({
    nama: teks('nama', { maks: 120 }),
    nama_singkat: teks('nama_singkat', { maks: 30 }),
    jenis: z.enum(JENIS_PENGADILAN, { error: `jenis harus salah satu dari: ${JENIS_PENGADILAN.join(', ')}` }),
    kelas: teks('kelas', { maks: 30 }),
    /** The superior court, shown in the header: "Pengadilan Tinggi Contoh". */
    induk: teks('induk', { maks: 120 }),
    deskripsi: teks('deskripsi', { maks: 300 }),
    url_situs: urlHttps('url_situs'),
    logo: berkasRelatif('logo', [...IMAGE_EXTENSIONS, 'svg']),
    alamat: z
      .object({
        jalan: teks('alamat.jalan', { maks: 200 }),
        kota: teks('alamat.kota', { maks: 80 }),
        provinsi: teks('alamat.provinsi', { maks: 80 }),
        kode_pos: z.string({ error: 'alamat.kode_pos wajib diisi' }).regex(/^\d{5}$/, { error: 'alamat.kode_pos harus 5 angka' }),
      })
      .strict(),
    telepon: z
      .array(z.object({ label: teks('telepon.label', { maks: 40 }), nomor: telepon }).strict())
      .min(1, { error: 'telepon: isi paling sedikit satu nomor' }),
    email: z.email({ error: 'email harus alamat surel yang valid' }),
    media_sosial: z
      .array(
        z
          .object({
            platform: z.enum(PLATFORM_MEDIA_SOSIAL, {
              error: `media_sosial.platform harus salah satu dari: ${PLATFORM_MEDIA_SOSIAL.join(', ')}`,
            }),
            url: urlHttps('media_sosial.url'),
          })
          .strict(),
      )
      .default([]),
    jam_layanan: z
      .array(z.object({ hari: teks('jam_layanan.hari', { maks: 40 }), jam: teks('jam_layanan.jam', { maks: 40 }) }).strict())
      .min(1, { error: 'jam_layanan: isi paling sedikit satu baris' }),
    kontak_darurat: z.object({ nama: teks('kontak_darurat.nama', { maks: 80 }), telepon }).strict(),
    /** Quick links to services on the home page: a site path or an https URL. */
    tautan_layanan: z
      .array(
        z
          .object({
            judul: teks('tautan_layanan.judul', { maks: 60 }),
            keterangan: teks('tautan_layanan.keterangan', { maks: 140 }),
            url: tautan('tautan_layanan.url'),
          })
          .strict(),
      )
      .default([]),
    /**
     * Writing-ethics word list: terms reviewers want avoided, each with the preferred
     * wording. `laman check` warns wherever one appears.
     */
    etika_penulisan: z
      .array(
        z
          .object({
            hindari: teks('etika_penulisan.hindari', { maks: 60 }),
            saran: teks('etika_penulisan.saran', { maks: 120 }),
            alasan: teks('etika_penulisan.alasan', { maks: 200 }).optional(),
            /** Phrases containing the term that are fine ("pelaku usaha"). */
            kecuali: z.array(teks('etika_penulisan.kecuali', { maks: 60 })).default([]),
          })
          .strict(),
      )
      .default([]),
    per_halaman: z.number({ error: 'per_halaman harus angka' }).int().min(5).max(50).default(10),
  })
  .strict();
export type Pengaturan = z.infer<typeof pengaturanSchema>;
