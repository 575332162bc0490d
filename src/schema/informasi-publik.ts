// The structure of information a court must publish, after SK KMA 2-144/KMA/SK/VIII/2022
// (which replaced 1-144/KMA/SK/I/2011) and UU 14/2008. Document categories and the
// Transparansi page are both derived from this one list.

export const KATEGORI_INFORMASI = [
  'berkala-1',
  'berkala-2',
  'berkala-3',
  'berkala-4',
  'berkala-5',
  'serta-merta',
  'setiap-saat',
] as const;
export type KategoriInformasi = (typeof KATEGORI_INFORMASI)[number];

export const LABEL_KATEGORI: Record<KategoriInformasi, string> = {
  'berkala-1': 'Informasi Berkala: Profil dan Pelayanan Dasar Pengadilan',
  'berkala-2': 'Informasi Berkala: Hak Masyarakat',
  'berkala-3': 'Informasi Berkala: Program Kerja, Kinerja dan Keuangan',
  'berkala-4': 'Informasi Berkala: Laporan Akses Informasi',
  'berkala-5': 'Informasi Berkala: Peringatan Dini dan Evakuasi Keadaan Darurat',
  'serta-merta': 'Informasi Serta Merta',
  'setiap-saat': 'Informasi Tersedia Setiap Saat',
};

/** Periodic categories must be refreshed at least every 6 months (UU 14/2008 Pasal 9). */
export function isBerkala(kategori: KategoriInformasi): boolean {
  return kategori.startsWith('berkala-');
}

export interface InformasiWajib {
  readonly id: string;
  readonly kategori: KategoriInformasi;
  readonly judul: string;
}

export const INFORMASI_WAJIB = [
  { id: 'tugas-fungsi', kategori: 'berkala-1', judul: 'Tugas pokok dan fungsi' },
  { id: 'yurisdiksi', kategori: 'berkala-1', judul: 'Wilayah hukum (yurisdiksi)' },
  { id: 'struktur-organisasi', kategori: 'berkala-1', judul: 'Struktur organisasi' },
  { id: 'kontak', kategori: 'berkala-1', judul: 'Alamat dan kontak' },
  { id: 'profil-pimpinan', kategori: 'berkala-1', judul: 'Profil pimpinan, hakim dan pejabat' },
  { id: 'lhkpn', kategori: 'berkala-1', judul: 'LHKPN dan LHKASN' },
  { id: 'prosedur-berperkara', kategori: 'berkala-1', judul: 'Prosedur berperkara per jenis perkara' },
  { id: 'biaya-perkara', kategori: 'berkala-1', judul: 'Panjar biaya perkara dan biaya hak kepaniteraan' },
  { id: 'jadwal-sidang', kategori: 'berkala-1', judul: 'Jadwal sidang' },
  { id: 'hak-para-pihak', kategori: 'berkala-2', judul: 'Hak para pihak (bantuan hukum, prodeo)' },
  { id: 'prosedur-pengaduan', kategori: 'berkala-2', judul: 'Prosedur pengaduan' },
  { id: 'hak-pelapor', kategori: 'berkala-2', judul: 'Hak pelapor (whistleblower)' },
  { id: 'permohonan-informasi', kategori: 'berkala-2', judul: 'Prosedur permohonan informasi dan keberatan' },
  { id: 'biaya-salinan', kategori: 'berkala-2', judul: 'Biaya salinan informasi' },
  { id: 'kinerja', kategori: 'berkala-3', judul: 'Rencana strategis, SAKIP dan LKjIP' },
  { id: 'realisasi-anggaran', kategori: 'berkala-3', judul: 'Laporan realisasi anggaran' },
  { id: 'daftar-aset', kategori: 'berkala-3', judul: 'Daftar aset dan inventaris' },
  { id: 'pengadaan', kategori: 'berkala-3', judul: 'Pengumuman pengadaan barang dan jasa' },
  { id: 'laporan-akses-informasi', kategori: 'berkala-4', judul: 'Laporan layanan dan akses informasi' },
  { id: 'peringatan-dini', kategori: 'berkala-5', judul: 'Prosedur peringatan dini dan evakuasi keadaan darurat' },
  { id: 'serta-merta', kategori: 'serta-merta', judul: 'Pengumuman serta merta (gangguan, keadaan darurat)' },
  { id: 'putusan', kategori: 'setiap-saat', judul: 'Putusan dan penetapan' },
  { id: 'statistik-perkara', kategori: 'setiap-saat', judul: 'Register dan statistik perkara' },
  { id: 'penggunaan-biaya-perkara', kategori: 'setiap-saat', judul: 'Laporan penggunaan biaya perkara' },
  { id: 'pengawasan', kategori: 'setiap-saat', judul: 'Data pengawasan dan pendisiplinan' },
  { id: 'peraturan', kategori: 'setiap-saat', judul: 'Peraturan dan kebijakan' },
  { id: 'dipa', kategori: 'setiap-saat', judul: 'DIPA' },
  { id: 'standar-pelayanan', kategori: 'setiap-saat', judul: 'Standar pelayanan dan maklumat pelayanan' },
] as const satisfies readonly InformasiWajib[];

export type IdInformasiWajib = (typeof INFORMASI_WAJIB)[number]['id'];
export const ID_INFORMASI_WAJIB = INFORMASI_WAJIB.map((i) => i.id) as [IdInformasiWajib, ...IdInformasiWajib[]];
