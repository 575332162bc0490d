// What operators read in the CMS for each field: label, hint and (where the type alone
// does not say it) the widget. Keyed by "<collection>.<field>[.<subfield>]". A test fails
// when a schema field has no entry here, or an entry names a field the schema lacks.
export type WidgetOverride = 'text' | 'image' | 'file';

export interface FieldUi {
  label: string;
  hint?: string;
  widget?: WidgetOverride;
}

const artikel = (jenis: 'berita' | 'pengumuman'): Record<string, FieldUi> => ({
  [`${jenis}.judul`]: { label: 'Judul', hint: 'Singkat dan jelas, paling banyak 150 karakter (disarankan di bawah 100).' },
  [`${jenis}.tanggal`]: { label: 'Tanggal terbit' },
  [`${jenis}.ringkasan`]: {
    label: 'Ringkasan',
    hint: 'Satu atau dua kalimat yang tampil di daftar dan di hasil mesin pencari (40–250 karakter).',
    widget: 'text',
  },
  [`${jenis}.gambar`]: {
    label: 'Foto utama',
    hint: 'JPEG, PNG atau WebP. Lokasi GPS dan nama di metadata foto akan ditolak; minta petugas TI menjalankan perbaikan otomatis bila perlu.',
    widget: 'image',
  },
  [`${jenis}.alt_gambar`]: {
    label: 'Keterangan foto (teks alternatif)',
    hint: 'Wajib bila ada foto: uraikan apa yang tampak, untuk pengunjung tunanetra. Contoh: "Ketua PN melantik dua panitera pengganti".',
  },
  [`${jenis}.kategori`]: { label: 'Kategori', hint: 'Misalnya Kegiatan, Layanan, Persidangan.' },
  [`${jenis}.tag`]: { label: 'Tag', hint: 'Kata kunci, paling banyak 12.' },
  [`${jenis}.penulis`]: { label: 'Penulis' },
  [`${jenis}.perhatian_khusus`]: {
    label: 'Perlu perhatian khusus (persetujuan Ketua)',
    hint: 'Centang bila tulisan ini perlu persetujuan Ketua sebelum terbit.',
  },
  [`${jenis}.jenis_perkara`]: {
    label: 'Jenis perkara',
    hint: 'Isi bila tulisan menyangkut perkara. Perkara kesusilaan, KDRT, anak, terorisme, perkawinan, perceraian, waris, harta bersama, hak asuh dan pengangkatan anak wajib dikaburkan identitasnya.',
  },
  [`${jenis}.pengaburan_dikonfirmasi`]: {
    label: 'Pengaburan identitas sudah diperiksa',
    hint: 'Centang setelah nama para pihak, saksi dan anak diganti status prosedural, alamat dikurangi menjadi kabupaten/kota, dan NIK/nomor rekening dihapus.',
  },
});

export const FIELD_UI: Readonly<Record<string, FieldUi>> = {
  ...artikel('berita'),
  ...artikel('pengumuman'),
  'pengumuman.jenis': { label: 'Jenis pengumuman', hint: 'Serta merta: keadaan darurat atau gangguan layanan, tampil sebagai spanduk di beranda.' },
  'pengumuman.berlaku_hingga': { label: 'Berlaku hingga', hint: 'Kosongkan bila tidak ada batas waktu.' },

  'dokumen.judul': { label: 'Judul dokumen' },
  'dokumen.nomor': { label: 'Nomor dokumen', hint: 'Misalnya 12/Pdt.G/2026/PN Ctn atau nomor SK.' },
  'dokumen.tanggal': { label: 'Tanggal dokumen' },
  'dokumen.kategori': { label: 'Kategori informasi publik', hint: 'Menurut SK KMA 2-144/KMA/SK/VIII/2022.' },
  'dokumen.jenis': { label: 'Jenis dokumen' },
  'dokumen.informasi': { label: 'Memenuhi informasi wajib', hint: 'Informasi wajib (halaman Transparansi) yang dipenuhi dokumen ini.' },
  'dokumen.berkas': {
    label: 'Berkas PDF',
    hint: 'PDF hasil ekspor pengolah kata atau pindaian dengan OCR; tanpa sandi, tanpa lampiran, tanpa data pribadi.',
    widget: 'file',
  },
  'dokumen.diperbarui': { label: 'Tanggal diperbarui', hint: 'Isi bila dokumen ini menggantikan versi sebelumnya.' },
  'dokumen.ringkasan': { label: 'Ringkasan', widget: 'text' },
  'dokumen.jenis_perkara': { label: 'Jenis perkara', hint: 'Untuk putusan dan penetapan: perkara yang identitas para pihaknya wajib dikaburkan.' },
  'dokumen.pengaburan_dikonfirmasi': {
    label: 'Pengaburan identitas sudah diperiksa',
    hint: 'Centang setelah identitas para pihak dalam dokumen dikaburkan sesuai pedoman.',
  },

  'halaman.judul': { label: 'Judul halaman' },
  'halaman.ringkasan': { label: 'Ringkasan', widget: 'text' },
  'halaman.menu': { label: 'Menu', hint: 'Di menu mana halaman ini tampil.' },
  'halaman.urutan': { label: 'Urutan di menu', hint: 'Angka kecil tampil lebih dulu.' },
  'halaman.diperbarui': { label: 'Tanggal diperbarui' },
  'halaman.informasi_wajib': { label: 'Memenuhi informasi wajib', hint: 'Informasi wajib (halaman Transparansi) yang dipenuhi halaman ini.' },

  'pengaturan.nama': { label: 'Nama pengadilan' },
  'pengaturan.nama_singkat': { label: 'Nama singkat', hint: 'Misalnya PN Contoh.' },
  'pengaturan.jenis': { label: 'Jenis pengadilan' },
  'pengaturan.kelas': { label: 'Kelas' },
  'pengaturan.induk': { label: 'Pengadilan tingkat banding' },
  'pengaturan.deskripsi': { label: 'Deskripsi situs', widget: 'text' },
  'pengaturan.url_situs': { label: 'Alamat situs', hint: 'Diawali https://, misalnya https://pn-contoh.go.id' },
  'pengaturan.logo': { label: 'Logo', widget: 'image' },
  'pengaturan.alamat': { label: 'Alamat kantor' },
  'pengaturan.alamat.jalan': { label: 'Jalan' },
  'pengaturan.alamat.kota': { label: 'Kota/kabupaten' },
  'pengaturan.alamat.provinsi': { label: 'Provinsi' },
  'pengaturan.alamat.kode_pos': { label: 'Kode pos' },
  'pengaturan.telepon': { label: 'Telepon', hint: 'Nomor resmi pengadilan; nomor ini tidak dianggap data pribadi oleh pemeriksaan konten.' },
  'pengaturan.telepon.label': { label: 'Keterangan' },
  'pengaturan.telepon.nomor': { label: 'Nomor' },
  'pengaturan.email': { label: 'Surel resmi' },
  'pengaturan.media_sosial': { label: 'Media sosial' },
  'pengaturan.media_sosial.platform': { label: 'Platform' },
  'pengaturan.media_sosial.url': { label: 'Alamat' },
  'pengaturan.jam_layanan': { label: 'Jam layanan' },
  'pengaturan.jam_layanan.hari': { label: 'Hari' },
  'pengaturan.jam_layanan.jam': { label: 'Jam' },
  'pengaturan.kontak_darurat': { label: 'Kontak darurat' },
  'pengaturan.kontak_darurat.nama': { label: 'Nama' },
  'pengaturan.kontak_darurat.telepon': { label: 'Telepon' },
  'pengaturan.tautan_layanan': { label: 'Tautan layanan di beranda' },
  'pengaturan.tautan_layanan.judul': { label: 'Judul' },
  'pengaturan.tautan_layanan.keterangan': { label: 'Keterangan' },
  'pengaturan.tautan_layanan.url': { label: 'Alamat', hint: 'Alamat di situs ini (diawali /) atau https://' },
  'pengaturan.etika_penulisan': { label: 'Etika penulisan: istilah yang dihindari', hint: 'Pemeriksaan konten memberi peringatan bila istilah ini dipakai.' },
  'pengaturan.etika_penulisan.hindari': { label: 'Istilah yang dihindari' },
  'pengaturan.etika_penulisan.saran': { label: 'Istilah yang disarankan' },
  'pengaturan.etika_penulisan.alasan': { label: 'Alasan' },
  'pengaturan.etika_penulisan.kecuali': { label: 'Frasa yang boleh', hint: 'Frasa yang memuat istilah itu tetapi wajar, misalnya "pelaku usaha".' },
  'pengaturan.per_halaman': { label: 'Jumlah tulisan per halaman daftar' },
};
