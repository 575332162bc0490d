// Every message an editor reads, in one list: what was found and why it matters, then
// (separately) what to do about it.
import type { PersonalDataRule } from './types.ts';

const UU_PDP = 'Data pribadi tidak boleh dipublikasikan (UU 27/2022 tentang Pelindungan Data Pribadi).';
const SAMARKAN = 'Hapus nomor ini atau samarkan sesuai pedoman pengaburan (SK KMA 2-144/KMA/SK/VIII/2022).';

export const PERSONAL_DATA_MESSAGES: Readonly<Record<PersonalDataRule, (masked: string) => string>> = {
  'pribadi/nik': (masked) => `NIK terdeteksi (${masked}). ${UU_PDP}`,
  'pribadi/kk': (masked) => `Nomor Kartu Keluarga (KK) terdeteksi (${masked}). ${UU_PDP}`,
  'pribadi/npwp': (masked) => `NPWP terdeteksi (${masked}). NPWP perorangan sama dengan NIK. ${UU_PDP}`,
  'pribadi/telepon': (masked) => `Nomor ponsel terdeteksi (${masked}). ${UU_PDP}`,
  'pribadi/email': (masked) => `Alamat surel terdeteksi (${masked}). ${UU_PDP}`,
  'pribadi/rekening': (masked) => `Nomor rekening bank terdeteksi (${masked}). Nomor rekening para pihak wajib dikaburkan. ${UU_PDP}`,
};

export const PERSONAL_DATA_HINTS: Readonly<Record<PersonalDataRule, string>> = {
  'pribadi/nik': SAMARKAN,
  'pribadi/kk': SAMARKAN,
  'pribadi/npwp': SAMARKAN,
  'pribadi/telepon': 'Hapus nomor ini; bila ini nomor resmi pengadilan, cantumkan dulu di daftar telepon pada Pengaturan Situs.',
  'pribadi/email': 'Hapus alamat ini; untuk kontak pengadilan gunakan alamat surel resmi yang tercantum di Pengaturan Situs.',
  'pribadi/rekening': SAMARKAN,
};
