// Case types whose published content must have the parties' identities obscured
// (pengaburan, SK KMA 2-144/KMA/SK/VIII/2022). Content about such a case carries an
// explicit confirmation that the reviewer checked the obscuring.
import { z } from 'astro/zod';

export const JENIS_PERKARA_SENSITIF = [
  'kesusilaan',
  'kdrt',
  'perlindungan-anak',
  'terorisme',
  'anak',
  'perkawinan',
  'perceraian',
  'waris',
  'harta-bersama',
  'hak-asuh',
  'pengangkatan-anak',
] as const;
export type JenisPerkaraSensitif = (typeof JENIS_PERKARA_SENSITIF)[number];

export const LABEL_JENIS_PERKARA: Record<JenisPerkaraSensitif | 'lainnya', string> = {
  kesusilaan: 'Kesusilaan',
  kdrt: 'Kekerasan dalam rumah tangga',
  'perlindungan-anak': 'Perlindungan anak',
  terorisme: 'Terorisme',
  anak: 'Pidana anak',
  perkawinan: 'Perkawinan',
  perceraian: 'Perceraian',
  waris: 'Waris',
  'harta-bersama': 'Harta bersama',
  'hak-asuh': 'Hak asuh anak',
  'pengangkatan-anak': 'Pengangkatan anak',
  lainnya: 'Lainnya (bukan perkara yang wajib dikaburkan)',
};

const JENIS_PERKARA = [...JENIS_PERKARA_SENSITIF, 'lainnya'] as const;

/** Fields shared by berita, pengumuman and dokumen. */
export const perkaraFields = {
  /** The case type the content is about, when it is about a case. */
  jenis_perkara: z
    .enum(JENIS_PERKARA, { error: `jenis_perkara harus salah satu dari: ${JENIS_PERKARA.join(', ')}` })
    .optional(),
  /** The operator and reviewers confirm identities are obscured per the pengaburan guideline. */
  pengaburan_dikonfirmasi: z.boolean({ error: 'pengaburan_dikonfirmasi harus true atau false' }).optional(),
};
