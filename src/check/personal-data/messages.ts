// Every message an editor reads, in one list: what was found, why it matters, what to do.
import type { PersonalDataRule } from './types.ts';

const UU_PDP = 'Data pribadi tidak boleh dipublikasikan (UU 27/2022 tentang Pelindungan Data Pribadi).';
const SAMARKAN = 'Hapus nomor ini atau samarkan sesuai pedoman pengaburan.';

export const PERSONAL_DATA_MESSAGES: Readonly<Record<PersonalDataRule, (masked: string) => string>> = {
  'pribadi/nik': (masked) => `NIK terdeteksi (${masked}). ${UU_PDP} ${SAMARKAN}`,
  'pribadi/kk': (masked) => `Nomor Kartu Keluarga (KK) terdeteksi (${masked}). ${UU_PDP} ${SAMARKAN}`,
  'pribadi/npwp': (masked) =>
    `NPWP terdeteksi (${masked}). NPWP perorangan sama dengan NIK. ${UU_PDP} ${SAMARKAN}`,
  'pribadi/telepon': (masked) =>
    `Nomor ponsel terdeteksi (${masked}). ${UU_PDP} Hapus nomor ini; bila ini nomor resmi pengadilan, cantumkan dulu di daftar telepon pada Pengaturan Situs.`,
  'pribadi/email': (masked) =>
    `Alamat surel terdeteksi (${masked}). ${UU_PDP} Hapus alamat ini; untuk kontak pengadilan gunakan alamat surel resmi yang tercantum di Pengaturan Situs.`,
  'pribadi/rekening': (masked) =>
    `Nomor rekening bank terdeteksi (${masked}). Nomor rekening para pihak wajib dikaburkan. ${UU_PDP} ${SAMARKAN}`,
};
