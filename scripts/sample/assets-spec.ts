// The binary assets of the sample court "Pengadilan Negeri Contoh": every PDF that a
// dokumen entry names in `berkas`, and every JPEG that a berita or pengumuman names in
// `gambar`. Paths are relative to the content folder. Dates are fixed so the generator
// writes byte-identical files on every run (`laman sample assets --check`).
// PDF text is drawn with a standard PDF font: use only characters of WinAnsi encoding.
import type { ImageSpec } from '../lib/image.ts';
import type { PdfSpec } from '../lib/pdf.ts';

export interface PdfAsset extends PdfSpec {
  /** Relative to the content folder, e.g. "dokumen/berkas/dipa-2026.pdf". */
  path: string;
}

export interface JpegAsset extends ImageSpec {
  /** Relative to the content folder, e.g. "berita/gambar/donor-darah.jpg". */
  path: string;
}

export const KOP = 'Pengadilan Negeri Contoh';

/** Midnight UTC of a YYYY-MM-DD day: the PDF's creation and modification date. */
function hari(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function dokumen(name: string, title: string, iso: string, paragraphs: readonly string[], minPages?: number): PdfAsset {
  const asset: PdfAsset = { path: `dokumen/berkas/${name}.pdf`, title, kop: KOP, date: hari(iso), paragraphs };
  if (minPages !== undefined) asset.minPages = minPages;
  return asset;
}

const BANNER = { width: 1200, height: 675 } as const;

function gambar(path: string, caption: string, colors: readonly [string, string]): JpegAsset {
  return { path, caption, colors, ...BANNER };
}

export const PDF_ASSETS: readonly PdfAsset[] = [
  dokumen('lhkpn-lhkasn-2025', 'Rekapitulasi Kepatuhan Penyampaian LHKPN dan LHKASN Tahun 2025', '2025-12-15', [
    'Nomor: W99-U1/2871/KP.01/XII/2025',
    'Sesuai ketentuan tentang penyampaian laporan harta kekayaan di lingkungan Mahkamah Agung, setiap hakim dan pejabat yang termasuk penyelenggara negara wajib menyampaikan Laporan Harta Kekayaan Penyelenggara Negara (LHKPN) kepada Komisi Pemberantasan Korupsi, sedangkan aparatur sipil negara lainnya menyampaikan Laporan Harta Kekayaan Aparatur Sipil Negara (LHKASN).',
    'A. Wajib lapor LHKPN: 14 orang, terdiri atas Ketua, Wakil Ketua, 8 hakim, Panitera dan Sekretaris serta 2 pejabat pengadaan. Seluruhnya (100 persen) telah menyampaikan laporan periodik sebelum batas waktu 31 Maret 2025.',
    'B. Wajib lapor LHKASN: 41 orang pegawai. Sebanyak 41 orang (100 persen) telah menyampaikan laporan melalui aplikasi pelaporan harta kekayaan aparatur sipil negara.',
    'C. Pejabat yang dilantik atau dimutasi selama tahun 2025 telah menyampaikan laporan khusus dalam waktu tiga bulan setelah pelantikan.',
    'Rincian harta kekayaan masing-masing penyelenggara negara diumumkan oleh Komisi Pemberantasan Korupsi melalui situs resminya dan tidak dimuat dalam rekapitulasi ini.',
    'Kota Contoh, 15 Desember 2025. Sekretaris Pengadilan Negeri Contoh.',
  ]),
  dokumen('sk-panjar-biaya-perkara-2026', 'Keputusan Ketua Pengadilan Negeri Contoh tentang Panjar Biaya Perkara', '2026-06-30', [
    'Nomor: W99-U1/15/HK.02/I/2026, sebagaimana diubah pada 30 Juni 2026.',
    'KETUA PENGADILAN NEGERI CONTOH. Menimbang: bahwa untuk memberikan kepastian dan keterbukaan biaya bagi pencari keadilan perlu ditetapkan besaran panjar biaya perkara yang dihitung menurut radius tempat tinggal para pihak di wilayah hukum Pengadilan Negeri Contoh.',
    'Mengingat: peraturan perundang-undangan tentang kekuasaan kehakiman, peradilan umum, jenis dan tarif atas jenis penerimaan negara bukan pajak yang berlaku pada Mahkamah Agung, serta peraturan Mahkamah Agung tentang biaya proses penyelesaian perkara dan pengelolaannya.',
    'MEMUTUSKAN. Menetapkan: KESATU, panjar biaya perkara gugatan untuk satu penggugat dan satu tergugat sebesar Rp690.000 untuk Radius I, Rp810.000 untuk Radius II, Rp930.000 untuk Radius III dan Rp1.110.000 untuk Radius IV.',
    'KEDUA, panjar biaya gugatan sederhana sebesar Rp490.000 untuk Radius I, Rp570.000 untuk Radius II, Rp650.000 untuk Radius III dan Rp770.000 untuk Radius IV. Panjar biaya permohonan sebesar Rp245.000 untuk Radius I, Rp285.000 untuk Radius II, Rp325.000 untuk Radius III dan Rp385.000 untuk Radius IV.',
    'KETIGA, biaya satu kali panggilan atau pemberitahuan sebesar Rp60.000 untuk Radius I, Rp90.000 untuk Radius II, Rp120.000 untuk Radius III dan Rp165.000 untuk Radius IV. Panggilan kepada pihak yang memiliki domisili elektronik dilakukan tanpa biaya panggilan.',
    'KEEMPAT, panjar biaya perkara dibayar melalui rekening virtual bank atau pembayaran elektronik pada aplikasi e-Court. Petugas pengadilan dilarang menerima pembayaran secara tunai.',
    'KELIMA, keputusan ini berlaku sejak tanggal ditetapkan. Perubahan besaran biaya panggilan Radius III dan Radius IV berlaku sejak 1 Juli 2026.',
    'Ditetapkan di Kota Contoh. Ketua Pengadilan Negeri Contoh, Dr. Andi Wijaya, S.H., M.H.',
  ]),
  dokumen('formulir-permohonan-informasi-dan-keberatan', 'Formulir Permohonan Informasi Publik dan Formulir Keberatan', '2026-08-24', [
    'FORMULIR A. PERMOHONAN INFORMASI PUBLIK',
    'Nomor register permohonan: ........ (diisi petugas)',
    'Nama pemohon: ........................................',
    'Alamat: ........................................',
    'Pekerjaan: ........................................',
    'Alamat surel untuk pengiriman informasi: ........................................',
    'Rincian informasi yang dibutuhkan: ........................................',
    'Tujuan penggunaan informasi: ........................................',
    'Cara memperoleh informasi: melihat atau membaca / mendapatkan salinan cetak / mendapatkan salinan elektronik (coret yang tidak perlu).',
    'Pemohon wajib melampirkan fotokopi kartu identitas. Permohonan informasi tidak dipungut biaya. Biaya penggandaan salinan cetak sebesar Rp300 per lembar; salinan elektronik tanpa biaya.',
    'FORMULIR B. PERNYATAAN KEBERATAN ATAS PERMOHONAN INFORMASI',
    'Nomor register keberatan: ........ (diisi petugas)',
    'Nomor register permohonan yang diajukan keberatan: ........',
    'Alasan keberatan: permohonan informasi ditolak / informasi berkala tidak disediakan / permintaan informasi tidak ditanggapi / permintaan informasi ditanggapi tidak sebagaimana yang diminta / permintaan informasi tidak dipenuhi / biaya yang dikenakan tidak wajar / informasi disampaikan melebihi jangka waktu.',
    'Keberatan diajukan kepada atasan Pejabat Pengelola Informasi dan Dokumentasi paling lambat 30 hari kerja setelah alasan keberatan timbul. Atasan PPID memberikan tanggapan tertulis paling lambat 30 hari kerja sejak keberatan dicatat.',
    'Tanda tangan pemohon: ................     Tanda tangan petugas: ................',
  ]),
  dokumen(
    'lkjip-2025',
    'Laporan Kinerja Instansi Pemerintah (LKjIP) Pengadilan Negeri Contoh Tahun 2025',
    '2026-06-12',
    [
      'Nomor: W99-U1/512/OT.01.2/II/2026. Diterbitkan ulang pada 12 Juni 2026 setelah reviu Aparat Pengawasan Intern.',
      'BAB I. PENDAHULUAN',
      'Laporan Kinerja Instansi Pemerintah (LKjIP) Pengadilan Negeri Contoh Tahun 2025 disusun sebagai bentuk pertanggungjawaban atas pelaksanaan tugas pokok dan fungsi serta penggunaan anggaran selama satu tahun. Laporan ini membandingkan target dan realisasi indikator kinerja utama yang ditetapkan dalam Perjanjian Kinerja Tahun 2025, menganalisis penyebab keberhasilan dan kegagalan, serta menyajikan rencana tindak lanjut untuk tahun berikutnya.',
      'Pengadilan Negeri Contoh adalah pengadilan tingkat pertama Kelas IB di lingkungan peradilan umum dengan wilayah hukum Kota Contoh dan Kabupaten Contoh. Pada akhir tahun 2025 Pengadilan Negeri Contoh didukung oleh 10 hakim, 24 pejabat dan pegawai kepaniteraan, serta 21 pejabat dan pegawai kesekretariatan.',
      'BAB II. PERENCANAAN KINERJA',
      'Rencana Strategis Pengadilan Negeri Contoh Tahun 2025-2029 menetapkan empat sasaran strategis: (1) terwujudnya proses peradilan yang pasti, transparan dan akuntabel; (2) peningkatan efektivitas pengelolaan penyelesaian perkara; (3) meningkatnya akses peradilan bagi masyarakat miskin dan terpinggirkan; dan (4) meningkatnya kepatuhan terhadap putusan pengadilan.',
      'Perjanjian Kinerja Tahun 2025 ditandatangani oleh Ketua Pengadilan Negeri Contoh dan Ketua Pengadilan Tinggi Contoh pada bulan Januari 2025, memuat sembilan indikator kinerja utama beserta targetnya.',
      'BAB III. AKUNTABILITAS KINERJA',
      'Sasaran 1, indikator persentase sisa perkara yang diselesaikan: target 100 persen, realisasi 100 persen. Seluruh 36 sisa perkara tahun 2024 telah diputus selama tahun 2025.',
      'Sasaran 1, indikator persentase perkara yang diselesaikan tepat waktu: target 95 persen, realisasi 93,8 persen. Capaian di bawah target terutama disebabkan perkara perdata yang memerlukan pemeriksaan setempat di daerah perbukitan pada musim hujan.',
      'Sasaran 1, indikator persentase perkara yang tidak mengajukan upaya hukum: target 75 persen, realisasi 78,2 persen.',
      'Sasaran 1, indikator indeks responden yang puas terhadap layanan peradilan: target 85, realisasi 88,1 berdasarkan survei kepuasan masyarakat empat triwulan.',
      'Sasaran 2, indikator persentase isi putusan yang diterima oleh para pihak tepat waktu: target 100 persen, realisasi 98,5 persen. Indikator persentase perkara yang diselesaikan melalui mediasi: target 20 persen, realisasi 19 persen.',
      'Sasaran 3, indikator persentase perkara prodeo yang diselesaikan: target 100 persen, realisasi 100 persen (44 perkara). Indikator persentase perkara yang diselesaikan di luar gedung pengadilan: target 100 persen, realisasi 100 persen (118 perkara melalui 4 kali sidang keliling). Indikator persentase pencari keadilan yang mendapat layanan bantuan hukum (Posbakum): target 100 persen, realisasi 100 persen (1.162 layanan).',
      'Sasaran 4, indikator persentase putusan perkara perdata yang ditindaklanjuti (dieksekusi): target 80 persen, realisasi 66,7 persen. Dari 9 permohonan eksekusi, 6 telah dilaksanakan dan 3 masih dalam proses karena adanya perlawanan pihak ketiga.',
      'Realisasi anggaran tahun 2025 mencapai 97,4 persen dari pagu DIPA, terdiri atas belanja pegawai 99,1 persen, belanja barang 95,6 persen dan belanja modal 94,8 persen. Penerimaan negara bukan pajak fungsional melampaui target sebesar 106 persen.',
      'Penghargaan yang diterima selama tahun 2025 antara lain predikat Wilayah Bebas dari Korupsi (WBK) pada bulan Desember 2025.',
      'BAB IV. PENUTUP',
      'Secara umum kinerja Pengadilan Negeri Contoh tahun 2025 tergolong baik. Indikator yang belum mencapai target, yaitu ketepatan waktu penyelesaian perkara, keberhasilan mediasi dan pelaksanaan eksekusi, akan ditingkatkan melalui penjadwalan pemeriksaan setempat yang lebih awal, penambahan ruang mediasi, pelatihan hakim mediator, serta koordinasi dengan aparat keamanan dalam pelaksanaan eksekusi.',
      'Kota Contoh, 27 Februari 2026. Ketua Pengadilan Negeri Contoh, Dr. Andi Wijaya, S.H., M.H.',
    ],
    2,
  ),
  dokumen('lra-semester-i-2026', 'Laporan Realisasi Anggaran Semester I Tahun Anggaran 2026', '2026-07-15', [
    'Periode: 1 Januari sampai 30 Juni 2026. Satuan kerja: Pengadilan Negeri Contoh.',
    'A. Pendapatan negara bukan pajak. Target tahun 2026 sebesar Rp186.000.000; realisasi semester I sebesar Rp97.450.000 atau 52,4 persen, terutama berasal dari hak kepaniteraan dan pendapatan sewa ruang kantin.',
    'B. Belanja. Pagu DIPA setelah revisi sebesar Rp9.842.610.000; realisasi semester I sebesar Rp4.516.220.000 atau 45,9 persen.',
    'Belanja pegawai: pagu Rp6.120.400.000, realisasi Rp3.095.180.000 (50,6 persen).',
    'Belanja barang: pagu Rp2.982.210.000, realisasi Rp1.261.040.000 (42,3 persen), termasuk pos bantuan hukum, sidang keliling dan pemeliharaan gedung.',
    'Belanja modal: pagu Rp740.000.000, realisasi Rp160.000.000 (21,6 persen). Pengadaan perangkat ruang sidang elektronik dijadwalkan pada semester II.',
    'Laporan ini telah direkonsiliasi dengan Kantor Pelayanan Perbendaharaan Negara. Kota Contoh, 15 Juli 2026. Kuasa Pengguna Anggaran Pengadilan Negeri Contoh.',
  ]),
  dokumen('laporan-bmn-semester-i-2026', 'Laporan Barang Milik Negara Semester I Tahun 2026', '2026-07-22', [
    'Posisi per 30 Juni 2026. Unit akuntansi kuasa pengguna barang: Pengadilan Negeri Contoh.',
    'Tanah: 1 bidang seluas 4.850 meter persegi, lokasi gedung kantor Jalan Pahlawan Keadilan, nilai Rp7.275.000.000.',
    'Gedung dan bangunan: gedung kantor dua lantai, pos keamanan, gudang arsip dan rumah genset, nilai Rp12.408.300.000, akumulasi penyusutan Rp2.931.500.000.',
    'Peralatan dan mesin: 412 unit, meliputi kendaraan dinas, perangkat komputer, perangkat ruang sidang elektronik, mesin antrean, genset dan alat pemadam api, nilai Rp3.116.740.000, akumulasi penyusutan Rp1.984.200.000.',
    'Jalan, irigasi dan jaringan: jaringan listrik dan instalasi air, nilai Rp356.000.000.',
    'Aset tak berwujud: lisensi perangkat lunak, nilai Rp84.500.000.',
    'Persediaan: alat tulis kantor, bahan cetak, meterai dan bahan kebersihan, nilai Rp41.870.000.',
    'Mutasi tambah selama semester I: 2 unit anjungan informasi mandiri dan 6 unit komputer. Mutasi kurang: penghapusan 9 unit komputer rusak berat setelah mendapat persetujuan pengelola barang.',
    'Kota Contoh, 22 Juli 2026. Kuasa Pengguna Barang Pengadilan Negeri Contoh.',
  ]),
  dokumen('rencana-umum-pengadaan-2026', 'Rencana Umum Pengadaan Barang dan Jasa Tahun Anggaran 2026', '2026-09-01', [
    'Rencana Umum Pengadaan (RUP) ini diumumkan melalui Sistem Informasi Rencana Umum Pengadaan dan diperbarui pada 1 September 2026.',
    'Paket 1. Pengadaan perangkat ruang sidang elektronik (kamera, mikrofon, layar dan perekam). Metode: e-purchasing. Pagu: Rp420.000.000. Jadwal pemilihan: Agustus-September 2026.',
    'Paket 2. Pemeliharaan gedung kantor dan perbaikan atap ruang arsip. Metode: pengadaan langsung. Pagu: Rp185.000.000. Jadwal pemilihan: Maret 2026.',
    'Paket 3. Pengadaan komputer dan pencetak untuk PTSP. Metode: e-purchasing. Pagu: Rp160.000.000. Jadwal pemilihan: Mei 2026.',
    'Paket 4. Jasa keamanan gedung tahun 2026. Metode: tender. Pagu: Rp312.000.000. Jadwal pemilihan: November 2025 (pemilihan mendahului tahun anggaran).',
    'Paket 5. Jasa kebersihan gedung tahun 2027. Metode: tender. Pagu: Rp298.000.000. Jadwal pemilihan: Oktober-November 2026. Paket ini ditambahkan pada pembaruan 1 September 2026.',
    'Paket 6. Alat tulis kantor dan bahan cetak. Metode: pengadaan langsung melalui toko daring. Pagu: Rp96.000.000. Jadwal: sepanjang tahun.',
    'Seluruh pengadaan dilaksanakan secara elektronik. Pejabat pengadaan dan kelompok kerja pemilihan dilarang menerima imbalan dalam bentuk apa pun.',
  ]),
  dokumen('laporan-layanan-informasi-semester-i-2026', 'Laporan Layanan Informasi Publik Semester I Tahun 2026', '2026-07-10', [
    'Periode: Januari sampai Juni 2026. Disusun oleh Pejabat Pengelola Informasi dan Dokumentasi (PPID) Pengadilan Negeri Contoh.',
    'Jumlah permohonan informasi: 73 permohonan, terdiri atas 51 permohonan informasi perkara (salinan putusan, jadwal sidang, tahapan perkara) dan 22 permohonan informasi umum (anggaran, statistik perkara, data pengadaan).',
    'Cara pengajuan: 44 permohonan di meja informasi PTSP, 26 melalui surel dan 3 melalui surat.',
    'Waktu penyelesaian: 58 permohonan diselesaikan pada hari yang sama, 13 permohonan dalam 2 sampai 10 hari kerja, dan 2 permohonan dengan perpanjangan waktu. Rata-rata waktu penyelesaian 1,6 hari kerja.',
    'Permohonan yang ditolak: 4 permohonan, dengan alasan informasi dikecualikan, yaitu 2 permohonan catatan proses mediasi, 1 permohonan berkas perkara anak, dan 1 permohonan identitas saksi dalam perkara kesusilaan.',
    'Keberatan: 1 keberatan diajukan kepada atasan PPID atas penolakan permohonan catatan mediasi. Atasan PPID menguatkan penolakan tersebut. Tidak ada sengketa informasi yang diajukan ke Komisi Informasi.',
    'Biaya penggandaan yang diterima sebagai penerimaan negara bukan pajak: Rp84.600.',
    'Kota Contoh, 10 Juli 2026. PPID Pengadilan Negeri Contoh.',
  ]),
  dokumen(
    'sop-evakuasi-keadaan-darurat',
    'Standar Operasional Prosedur Peringatan Dini dan Evakuasi Keadaan Darurat',
    '2026-09-15',
    [
      'Nomor: W99-U1/980/OT.01.3/IV/2026, sebagaimana diperbarui pada 15 September 2026.',
      '1. TUJUAN. Prosedur ini menjadi pedoman bagi seluruh aparatur Pengadilan Negeri Contoh dalam memberikan peringatan dini dan melaksanakan evakuasi bila terjadi kebakaran, gempa bumi, banjir atau ancaman keamanan, sehingga setiap orang yang berada di dalam gedung dapat keluar dengan selamat dan tertib.',
      '2. RUANG LINGKUP. Prosedur berlaku di gedung kantor, ruang sidang, ruang tahanan, ruang arsip dan halaman Pengadilan Negeri Contoh, bagi hakim, pegawai, pegawai pihak ketiga, para pihak, pengunjung sidang dan tahanan.',
      '3. TIM TANGGAP DARURAT. Ketua Pengadilan Negeri Contoh menetapkan tim tanggap darurat yang terdiri atas koordinator evakuasi (Sekretaris), wakil koordinator (Kepala Subbagian Umum dan Keuangan), petugas evakuasi setiap lantai, petugas pemadam awal, petugas pertolongan pertama, petugas pengamanan berkas dan server, serta petugas keamanan. Petugas evakuasi mengenakan rompi berwarna oranye.',
      '4. TANDA PERINGATAN. Sirene pendek berulang adalah tanda siaga: hentikan kegiatan dan tunggu arahan. Sirene panjang tidak terputus adalah tanda evakuasi: seluruh orang segera keluar gedung. Pengumuman melalui pengeras suara menjelaskan jenis keadaan darurat dan jalur yang digunakan.',
      '5. PEMANTAUAN PERINGATAN DINI. Petugas keamanan memantau informasi peringatan dini cuaca, banjir dan gempa bumi dari instansi berwenang, serta melaporkannya kepada koordinator evakuasi. Koordinator mengusulkan kepada Ketua penghentian sementara pelayanan bila keadaan mengharuskan, dan Ketua menerbitkan pengumuman serta merta.',
      '6. LANGKAH EVAKUASI. (a) Hakim menskors sidang dan meminta pengunjung mengikuti petugas. (b) Setiap orang mengikuti tanda jalur evakuasi berwarna hijau menuju pintu keluar terdekat tanpa menggunakan lift. (c) Petugas evakuasi mendahulukan penyandang disabilitas, lanjut usia, ibu hamil dan anak-anak. (d) Tahanan dikawal petugas pengawal tahanan melalui jalur khusus menuju titik kumpul terpisah. (e) Petugas pengamanan berkas memindahkan berkas perkara dan perangkat server bila waktu memungkinkan dan tidak membahayakan keselamatan. (f) Semua orang berkumpul di titik kumpul utama di lapangan parkir depan, atau di titik kumpul cadangan di halaman belakang.',
      '7. PENGHITUNGAN DAN PELAPORAN. Koordinator evakuasi menghitung jumlah orang berdasarkan daftar hadir pegawai, buku tamu dan daftar antrean sidang, lalu melaporkan kepada Ketua. Tidak seorang pun boleh kembali ke gedung sebelum dinyatakan aman oleh koordinator evakuasi atau petugas pemadam kebakaran.',
      '8. KEADAAN DARURAT TERTENTU. Kebakaran: gunakan alat pemadam api ringan untuk api kecil; bila api membesar tinggalkan ruangan, tutup pintu tanpa menguncinya, tekan alarm dan hubungi pemadam kebakaran. Gempa bumi: lindungi kepala, berlindung di bawah meja yang kokoh dan jauhi kaca; evakuasi setelah guncangan berhenti. Banjir: pindahkan berkas dan server ke lantai 2, matikan aliran listrik lantai 1 bila air masuk gedung. Ancaman keamanan: ikuti arahan petugas keamanan dan kepolisian, jangan menyentuh benda mencurigakan.',
      '9. PEMELIHARAAN DAN LATIHAN. Alat pemadam api ringan, alarm, lampu darurat dan tanda jalur evakuasi diperiksa setiap triwulan. Simulasi evakuasi dilaksanakan paling sedikit satu kali setahun bersama instansi terkait, dan hasil evaluasinya digunakan untuk memperbarui prosedur ini.',
      '10. PERUBAHAN. Pembaruan 15 September 2026 menambahkan jalur khusus pengawalan tahanan, titik kumpul cadangan, dan kewajiban petugas evakuasi mengenakan rompi oranye, berdasarkan evaluasi simulasi evakuasi bulan September 2026.',
      'Ditetapkan di Kota Contoh. Ketua Pengadilan Negeri Contoh, Dr. Andi Wijaya, S.H., M.H.',
    ],
    2,
  ),
  dokumen(
    'pemberitahuan-penghentian-layanan-banjir-februari-2026',
    'Pemberitahuan Penghentian Sementara Pelayanan dan Persidangan Akibat Banjir',
    '2026-02-10',
    [
      'Nomor: W99-U1/402/HK.02/II/2026',
      'Sehubungan dengan banjir yang menggenangi halaman dan lantai 1 gedung Pengadilan Negeri Contoh sejak Senin malam, 9 Februari 2026, dengan ini diberitahukan kepada para pencari keadilan, advokat, penuntut umum dan masyarakat bahwa:',
      '1. Pelayanan Terpadu Satu Pintu dihentikan sementara mulai Selasa, 10 Februari 2026 sampai Jumat, 13 Februari 2026.',
      '2. Persidangan pada tanggal tersebut ditunda dan para pihak akan dipanggil kembali. Persidangan perkara yang terdakwanya ditahan dan masa penahanannya segera berakhir dilaksanakan secara elektronik.',
      '3. Layanan e-Court tetap berjalan. Tenggat yang jatuh pada masa penghentian layanan dihitung mulai hari kerja pertama setelah pelayanan dibuka kembali.',
      '4. Pembukaan kembali pelayanan akan diumumkan melalui situs web dan media sosial resmi Pengadilan Negeri Contoh.',
      'Demikian pemberitahuan ini disampaikan. Atas perhatian dan pengertiannya diucapkan terima kasih.',
      'Kota Contoh, 10 Februari 2026. Ketua Pengadilan Negeri Contoh, Dr. Andi Wijaya, S.H., M.H.',
    ],
  ),
  dokumen(
    'putusan-87-pid-b-2026-pn-ctn',
    'Putusan Nomor 87/Pid.B/2026/PN Ctn',
    '2026-06-18',
    [
      'Catatan: dokumen ini adalah salinan untuk informasi publik, bukan salinan resmi. Identitas terdakwa, saksi dan korban telah dikaburkan dan diganti dengan kedudukannya dalam perkara. Dokumen ini tidak dapat digunakan sebagai alat bukti.',
      'DEMI KEADILAN BERDASARKAN KETUHANAN YANG MAHA ESA',
      'Pengadilan Negeri Contoh yang mengadili perkara pidana dengan acara pemeriksaan biasa dalam tingkat pertama menjatuhkan putusan sebagai berikut dalam perkara Terdakwa: nama lengkap TERDAKWA; tempat lahir, umur atau tanggal lahir, jenis kelamin, kebangsaan, tempat tinggal, agama dan pekerjaan sebagaimana tercantum dalam surat dakwaan (dikaburkan).',
      'Terdakwa ditahan dalam tahanan rumah tahanan negara oleh penyidik, penuntut umum dan hakim sejak bulan Maret 2026 sampai dengan putusan ini diucapkan. Terdakwa didampingi oleh penasihat hukum dari organisasi bantuan hukum berdasarkan penetapan penunjukan majelis hakim.',
      'Pengadilan Negeri tersebut; setelah membaca berkas perkara dan surat-surat yang bersangkutan; setelah mendengar keterangan saksi-saksi dan keterangan terdakwa serta memperhatikan barang bukti yang diajukan di persidangan; setelah mendengar pembacaan tuntutan pidana yang diajukan oleh penuntut umum yang pada pokoknya menuntut agar terdakwa dinyatakan bersalah melakukan tindak pidana pencurian dengan pemberatan dan dijatuhi pidana penjara selama 2 (dua) tahun; setelah mendengar pembelaan terdakwa dan penasihat hukumnya yang pada pokoknya memohon keringanan hukuman karena terdakwa menyesali perbuatannya dan merupakan tulang punggung keluarga.',
      'Menimbang, bahwa terdakwa diajukan ke persidangan oleh penuntut umum didakwa dengan dakwaan tunggal, yaitu melanggar Pasal 477 ayat (1) Undang-Undang Nomor 1 Tahun 2023 tentang Kitab Undang-Undang Hukum Pidana, karena pada suatu malam pada bulan Februari 2026 bertempat di sebuah toko bahan bangunan di Kecamatan Pasarbaru, Kota Contoh, mengambil barang yang seluruhnya kepunyaan orang lain dengan maksud untuk dimiliki secara melawan hukum, yang untuk sampai pada barang yang diambil dilakukan dengan merusak.',
      'Menimbang, bahwa untuk membuktikan dakwaannya penuntut umum telah mengajukan SAKSI I selaku pemilik toko (SAKSI KORBAN), SAKSI II selaku penjaga toko, dan SAKSI III selaku petugas keamanan lingkungan, yang masing-masing memberikan keterangan di bawah sumpah sesuai agamanya.',
      'Menimbang, bahwa SAKSI KORBAN pada pokoknya menerangkan bahwa pada pagi hari ia mendapati gembok pintu belakang tokonya telah rusak dan sejumlah barang hilang, yaitu 12 (dua belas) gulung kabel listrik dan 3 (tiga) unit mesin bor listrik, dengan kerugian seluruhnya sekitar Rp14.600.000 (empat belas juta enam ratus ribu rupiah).',
      'Menimbang, bahwa SAKSI III pada pokoknya menerangkan bahwa sekitar pukul 02.00 ia melihat seseorang membawa karung besar dengan sepeda motor dari arah belakang toko, lalu melaporkannya kepada pemilik toko keesokan harinya, dan rekaman kamera pengawas lingkungan kemudian diserahkan kepada penyidik.',
      'Menimbang, bahwa terdakwa di persidangan pada pokoknya mengakui perbuatannya, menerangkan bahwa ia merusak gembok dengan linggis, dan bahwa sebagian barang telah dijual sedangkan sisanya disimpan di rumahnya sampai disita oleh penyidik. Terdakwa menyatakan menyesal dan berjanji tidak akan mengulangi perbuatannya.',
      'Menimbang, bahwa penuntut umum mengajukan barang bukti berupa 1 (satu) buah gembok dalam keadaan rusak, 1 (satu) batang linggis, 7 (tujuh) gulung kabel listrik, 2 (dua) unit mesin bor listrik, dan 1 (satu) keping cakram berisi rekaman kamera pengawas, yang telah disita secara sah.',
      'Menimbang, bahwa berdasarkan alat bukti dan barang bukti tersebut diperoleh fakta hukum bahwa terdakwa telah mengambil barang milik SAKSI KORBAN tanpa izin dengan cara merusak gembok pintu belakang toko pada malam hari, dengan maksud untuk dimiliki dan dijual.',
      'Menimbang, bahwa oleh karena seluruh unsur dakwaan telah terpenuhi, maka terdakwa harus dinyatakan telah terbukti secara sah dan meyakinkan bersalah melakukan tindak pidana sebagaimana didakwakan, dan karena tidak ditemukan alasan pembenar maupun alasan pemaaf, terdakwa harus dijatuhi pidana.',
      'Menimbang, bahwa keadaan yang memberatkan: perbuatan terdakwa meresahkan masyarakat dan merugikan SAKSI KORBAN. Keadaan yang meringankan: terdakwa mengakui dan menyesali perbuatannya, bersikap sopan di persidangan, belum pernah dihukum, dan sebagian barang telah dikembalikan kepada SAKSI KORBAN.',
      'Memperhatikan Pasal 477 ayat (1) Undang-Undang Nomor 1 Tahun 2023 tentang Kitab Undang-Undang Hukum Pidana dan peraturan perundang-undangan lain yang bersangkutan;',
      'MENGADILI: 1. Menyatakan TERDAKWA telah terbukti secara sah dan meyakinkan bersalah melakukan tindak pidana pencurian dengan pemberatan sebagaimana dalam dakwaan tunggal; 2. Menjatuhkan pidana kepada TERDAKWA oleh karena itu dengan pidana penjara selama 1 (satu) tahun dan 6 (enam) bulan; 3. Menetapkan masa penangkapan dan penahanan yang telah dijalani terdakwa dikurangkan seluruhnya dari pidana yang dijatuhkan; 4. Menetapkan terdakwa tetap ditahan; 5. Menetapkan barang bukti berupa 7 (tujuh) gulung kabel listrik dan 2 (dua) unit mesin bor listrik dikembalikan kepada SAKSI KORBAN; 1 (satu) buah gembok dan 1 (satu) batang linggis dirampas untuk dimusnahkan; 1 (satu) keping cakram tetap terlampir dalam berkas perkara; 6. Membebankan kepada terdakwa membayar biaya perkara sejumlah Rp5.000 (lima ribu rupiah).',
      'Demikian diputuskan dalam sidang permusyawaratan majelis hakim Pengadilan Negeri Contoh pada hari Senin, tanggal 15 Juni 2026, oleh Yusuf Prasetyo, S.H., M.H., sebagai hakim ketua, Galih Ramadhan, S.H. dan Nur Aisyah Putri, S.H., M.H., masing-masing sebagai hakim anggota, yang diucapkan dalam sidang terbuka untuk umum pada hari Kamis, tanggal 18 Juni 2026, dibantu oleh panitera pengganti, serta dihadiri oleh penuntut umum, terdakwa dan penasihat hukumnya.',
    ],
  ),
  dokumen(
    'putusan-15-pdt-gs-2026-pn-ctn',
    'Putusan Nomor 15/Pdt.G.S/2026/PN Ctn',
    '2026-09-08',
    [
      'Catatan: dokumen ini adalah salinan untuk informasi publik, bukan salinan resmi, dan tidak dapat digunakan sebagai alat bukti maupun dasar eksekusi. Identitas para pihak telah diganti dengan kedudukannya dalam perkara.',
      'DEMI KEADILAN BERDASARKAN KETUHANAN YANG MAHA ESA',
      'Pengadilan Negeri Contoh yang memeriksa dan mengadili perkara perdata gugatan sederhana pada tingkat pertama telah menjatuhkan putusan sebagai berikut dalam perkara antara PENGGUGAT, berdomisili di Kota Contoh, dalam hal ini menghadap sendiri, melawan TERGUGAT, berdomisili di Kota Contoh, dalam hal ini menghadap sendiri.',
      'Menimbang, bahwa PENGGUGAT dengan surat gugatan yang didaftarkan melalui e-Court pada bulan Agustus 2026 mendalilkan pada pokoknya bahwa PENGGUGAT sebagai pedagang grosir bahan pangan telah mengirimkan barang dagangan berupa beras dan minyak goreng kepada TERGUGAT dalam empat kali pengiriman pada bulan Maret sampai Mei 2026 dengan harga seluruhnya Rp38.500.000 (tiga puluh delapan juta lima ratus ribu rupiah), dan TERGUGAT baru membayar Rp3.500.000 (tiga juta lima ratus ribu rupiah) meskipun telah ditegur secara tertulis sebanyak dua kali.',
      'Menimbang, bahwa PENGGUGAT menuntut agar TERGUGAT dinyatakan wanprestasi dan dihukum membayar sisa harga barang sebesar Rp35.000.000 (tiga puluh lima juta rupiah) ditambah ganti rugi sebesar Rp5.000.000 (lima juta rupiah) atas keuntungan yang diharapkan.',
      'Menimbang, bahwa pada sidang pertama hakim telah mengupayakan perdamaian, namun upaya tersebut tidak berhasil.',
      'Menimbang, bahwa TERGUGAT dalam jawabannya mengakui telah menerima barang dan belum melunasi pembayaran, dengan alasan usahanya mengalami penurunan penjualan, serta memohon agar diberi kesempatan membayar secara bertahap.',
      'Menimbang, bahwa untuk membuktikan dalilnya PENGGUGAT mengajukan bukti surat berupa empat lembar nota pengiriman yang ditandatangani TERGUGAT, bukti transfer pembayaran sebagian, dan dua surat teguran, yang telah dicocokkan dengan aslinya dan bermeterai cukup.',
      'Menimbang, bahwa oleh karena TERGUGAT mengakui adanya hubungan jual beli dan sisa pembayaran yang belum dilunasi, maka terbukti TERGUGAT telah lalai memenuhi kewajibannya sehingga melakukan wanprestasi, dan tuntutan pembayaran sisa harga barang sebesar Rp35.000.000 beralasan hukum untuk dikabulkan.',
      'Menimbang, bahwa tuntutan ganti rugi atas keuntungan yang diharapkan tidak didukung bukti yang cukup tentang besarnya kerugian, sehingga harus ditolak.',
      'MENGADILI: 1. Mengabulkan gugatan PENGGUGAT untuk sebagian; 2. Menyatakan TERGUGAT telah melakukan wanprestasi; 3. Menghukum TERGUGAT untuk membayar kepada PENGGUGAT sisa harga barang sebesar Rp35.000.000 (tiga puluh lima juta rupiah); 4. Menghukum TERGUGAT untuk membayar biaya perkara sejumlah Rp410.000 (empat ratus sepuluh ribu rupiah); 5. Menolak gugatan PENGGUGAT untuk selain dan selebihnya.',
      'Demikian diputuskan pada hari Selasa, tanggal 8 September 2026, oleh Maria Lestari, S.H., M.Kn., hakim Pengadilan Negeri Contoh, dan diucapkan dalam persidangan terbuka untuk umum secara elektronik pada hari itu juga, dibantu oleh panitera pengganti, dihadiri oleh PENGGUGAT dan TERGUGAT.',
    ],
  ),
  dokumen('statistik-perkara-triwulan-iii-2026', 'Statistik Perkara Triwulan III Tahun 2026', '2026-10-07', [
    'Periode: 1 Juli sampai 30 September 2026. Sumber data: Sistem Informasi Penelusuran Perkara (SIPP) per 30 September 2026.',
    'Rekapitulasi seluruh perkara: sisa akhir triwulan II sebanyak 7 perkara; perkara masuk 405 perkara; beban perkara 412 perkara; perkara diputus 398 perkara; sisa akhir triwulan III sebanyak 14 perkara. Rasio penyelesaian perkara 96,6 persen.',
    'Perkara pidana biasa: masuk 58, diputus 56. Perkara pidana singkat: masuk 3, diputus 3. Perkara pidana anak: masuk 4, diputus 4, seluruhnya diupayakan diversi dan 2 perkara berhasil diversi. Tindak pidana ringan: masuk 21, diputus 21. Pelanggaran lalu lintas: masuk 148, diputus 148.',
    'Perkara perdata gugatan: masuk 31, diputus 24. Gugatan sederhana: masuk 19, diputus 19. Permohonan: masuk 121, diputus 123, sebagian besar permohonan penetapan pencatatan kelahiran yang terlambat.',
    'Perkara yang diputus tepat waktu: 94 persen. Perkara yang diajukan upaya hukum banding: 9 perkara. Perkara yang diajukan kasasi: 3 perkara.',
    'Mediasi: 57 perkara menjalani mediasi, 15 perkara berhasil damai seluruhnya atau sebagian.',
    'Publikasi putusan: 396 putusan dipublikasikan di Direktori Putusan pada hari pengucapan; 2 putusan dipublikasikan setelah pengaburan identitas anak diselesaikan.',
  ]),
  dokumen('laporan-penggunaan-biaya-perkara-oktober-2026', 'Laporan Keadaan Keuangan Perkara Bulan Oktober 2026', '2026-11-05', [
    'Periode: 1 sampai 31 Oktober 2026. Disusun oleh kasir kepaniteraan dan diperiksa oleh Panitera Pengadilan Negeri Contoh.',
    'Saldo awal uang titipan pihak ketiga per 1 Oktober 2026: Rp48.215.000.',
    'Penerimaan panjar biaya perkara selama Oktober 2026: Rp61.340.000, terdiri atas panjar perkara gugatan, gugatan sederhana, permohonan, perlawanan dan banding.',
    'Pengeluaran biaya proses selama Oktober 2026: Rp52.870.000, meliputi biaya panggilan dan pemberitahuan, pemeriksaan setempat, penerimaan negara bukan pajak yang disetorkan ke kas negara, meterai, serta pengembalian sisa panjar kepada para pihak sebesar Rp9.420.000.',
    'Saldo akhir uang titipan pihak ketiga per 31 Oktober 2026: Rp56.685.000, tersimpan pada rekening penampungan biaya perkara atas nama satuan kerja.',
    'Sisa panjar yang belum diambil oleh para pihak lebih dari enam bulan setelah pemberitahuan akan disetorkan ke kas negara sesuai ketentuan.',
  ]),
  dokumen('dipa-2026', 'Daftar Isian Pelaksanaan Anggaran (DIPA) Tahun Anggaran 2026', '2026-08-11', [
    'Nomor: SP DIPA-005.01.2.999901/2026. Revisi ke-2 tanggal 11 Agustus 2026.',
    'Satuan kerja: Pengadilan Negeri Contoh. Kementerian/lembaga: Mahkamah Agung.',
    'DIPA Badan Urusan Administrasi (program dukungan manajemen): pagu awal Rp9.212.610.000; pagu setelah revisi ke-2 Rp9.412.610.000. Penggunaan: belanja pegawai, operasional dan pemeliharaan perkantoran, serta belanja modal perangkat ruang sidang elektronik.',
    'DIPA Direktorat Jenderal Badan Peradilan Umum (program penegakan dan pelayanan hukum): pagu awal Rp310.000.000; pagu setelah revisi ke-2 Rp430.000.000. Penggunaan: pos bantuan hukum, sidang di luar gedung pengadilan, dan penyelesaian perkara prodeo.',
    'Revisi ke-1 (April 2026): pergeseran anggaran antarakun untuk pemeliharaan atap ruang arsip. Revisi ke-2 (Agustus 2026): tambahan pagu Rp200.000.000 untuk perangkat ruang sidang elektronik dan Rp120.000.000 untuk perluasan Posbakum dan sidang keliling.',
    'DIPA diserahkan pada 2 Desember 2025 dan berlaku untuk tahun anggaran 2026.',
  ]),
  dokumen('sk-standar-pelayanan-2026', 'Keputusan Ketua Pengadilan Negeri Contoh tentang Standar Pelayanan', '2026-06-02', [
    'Nomor: W99-U1/60/OT.01.3/I/2026, sebagaimana diubah pada 2 Juni 2026.',
    'KESATU. Menetapkan standar pelayanan Pengadilan Negeri Contoh yang meliputi layanan pendaftaran perkara, layanan informasi perkara, pengambilan produk pengadilan, legalisasi surat kuasa, surat keterangan, layanan informasi publik, pengaduan, dan Pos Bantuan Hukum.',
    'KEDUA. Setiap standar pelayanan memuat dasar hukum, persyaratan, sistem dan prosedur, jangka waktu penyelesaian, biaya atau tarif, produk layanan, sarana dan prasarana, kompetensi pelaksana, pengawasan internal, penanganan pengaduan, jumlah pelaksana, jaminan pelayanan, jaminan keamanan dan keselamatan, serta evaluasi kinerja pelaksana.',
    'KETIGA. Jangka waktu penyelesaian: pendaftaran perkara gugatan dan permohonan 1 hari kerja setelah panjar dibayar; pengambilan salinan putusan atau penetapan 1 hari kerja; legalisasi surat kuasa 15 menit; surat keterangan tidak pernah dipidana 1 hari kerja; permohonan informasi yang sudah tersedia 1 hari kerja; tanda terima pengaduan 1 hari kerja.',
    'KEEMPAT. Maklumat pelayanan: Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.',
    'KELIMA. Perubahan 2 Juni 2026 menambahkan standar pelayanan antrean sidang daring dan anjungan informasi mandiri.',
    'Ditetapkan di Kota Contoh. Ketua Pengadilan Negeri Contoh, Dr. Andi Wijaya, S.H., M.H.',
  ]),
  dokumen('rekapitulasi-pengaduan-semester-i-2026', 'Rekapitulasi Penanganan Pengaduan dan Hukuman Disiplin Semester I Tahun 2026', '2026-07-20', [
    'Periode: Januari sampai Juni 2026. Rekapitulasi ini tidak memuat identitas pelapor maupun terlapor.',
    'Jumlah pengaduan yang diterima: 9 pengaduan, terdiri atas 4 pengaduan melalui SIWAS Mahkamah Agung, 3 melalui meja pengaduan PTSP, 1 melalui kotak pengaduan dan 1 melalui surat.',
    'Pokok pengaduan: 5 pengaduan tentang kualitas pelayanan (lamanya antrean sidang dan keterlambatan salinan putusan), 2 pengaduan tentang dugaan pelanggaran disiplin pegawai, dan 2 pengaduan berisi keberatan atas isi putusan yang tidak dapat diproses sebagai pengaduan dan dijelaskan kepada pelapor mengenai upaya hukum yang tersedia.',
    'Status penanganan: 7 pengaduan telah selesai ditangani dan pelapor telah diberi tahu hasilnya; 2 pengaduan masih dalam pemeriksaan.',
    'Hukuman disiplin yang dijatuhkan: 1 hukuman disiplin ringan berupa teguran tertulis kepada seorang pegawai karena ketidakhadiran tanpa keterangan. Tidak ada hukuman disiplin sedang atau berat.',
    'Tindak lanjut perbaikan layanan: penerapan antrean sidang daring dan penetapan batas waktu minutasi paling lama tujuh hari setelah putusan diucapkan.',
  ]),
  dokumen('sk-tim-pengelola-situs-web', 'Keputusan Ketua Pengadilan Negeri Contoh tentang Tim Pengelola Situs Web dan Media Sosial', '2026-01-15', [
    'Nomor: W99-U1/88/OT.01.1/I/2026',
    'Menimbang: bahwa untuk melaksanakan keterbukaan informasi publik dan menjaga keamanan serta keandalan situs web dan media sosial resmi Pengadilan Negeri Contoh, perlu dibentuk tim pengelola dengan pembagian tugas yang jelas.',
    'KESATU. Membentuk Tim Pengelola Situs Web dan Media Sosial Pengadilan Negeri Contoh dengan susunan: penanggung jawab informasi (Sekretaris dan Panitera sesuai bidangnya), editor (Panitera Muda Hukum), redaktur (Kepala Subbagian Perencanaan, Teknologi Informasi dan Pelaporan), serta operator dari unsur pranata komputer dan pegawai yang ditunjuk.',
    'KEDUA. Operator mengumpulkan bahan, memindai dokumen, menyusun draf dan mengunggah konten. Redaktur dan editor memeriksa etika penulisan, akurasi dan keabsahan informasi. Penanggung jawab informasi menyetujui informasi rutin, sedangkan informasi yang memerlukan perhatian khusus disetujui oleh Ketua.',
    'KETIGA. Sebelum diterbitkan, setiap putusan dan dokumen wajib diperiksa agar tidak memuat data pribadi yang harus dikaburkan, antara lain nama pihak dalam perkara tertentu, nomor induk kependudukan, nomor rekening dan alamat lengkap.',
    'KEEMPAT. Tim memantau ketersediaan situs setiap hari, mencadangkan seluruh isi situs secara berkala, memantau aktivitas pengunjung yang mencurigakan, memperpanjang layanan domain dan hosting tepat waktu, dan melaporkan kondisi situs kepada Sekretaris.',
    'KELIMA. Keputusan ini berlaku sejak tanggal ditetapkan.',
    'Ditetapkan di Kota Contoh, 15 Januari 2026. Ketua Pengadilan Negeri Contoh, Dr. Andi Wijaya, S.H., M.H.',
  ]),
];

export const JPEG_ASSETS: readonly JpegAsset[] = [
  gambar('berita/gambar/sidang-keliling-sukamaju.jpg', 'Sidang keliling di Kecamatan Sukamaju', ['#1d3b5c', '#3d6e8f']),
  gambar('berita/gambar/pencanangan-zona-integritas.jpg', 'Pencanangan zona integritas WBBM', ['#7a1f1f', '#c9a227']),
  gambar('berita/gambar/sosialisasi-ecourt.jpg', 'Sosialisasi e-Court', ['#0f4c5c', '#5fa8a0']),
  gambar('berita/gambar/ruang-ptsp-baru.jpg', 'Ruang PTSP yang baru', ['#264653', '#2a9d8f']),
  gambar('berita/gambar/pelantikan-pejabat.jpg', 'Pelantikan dan pengambilan sumpah', ['#2b2d42', '#8d99ae']),
  gambar('berita/gambar/donor-darah.jpg', 'Aksi donor darah', ['#9b2226', '#e76f51']),
  gambar('berita/gambar/anjungan-informasi-mandiri.jpg', 'Anjungan informasi mandiri', ['#3a0ca3', '#4895ef']),
  gambar('berita/gambar/kunjungan-pengadilan-tinggi.jpg', 'Kunjungan Pengadilan Tinggi Contoh', ['#283618', '#606c38']),
  gambar('berita/gambar/simulasi-evakuasi.jpg', 'Simulasi evakuasi gempa dan kebakaran', ['#bc6c25', '#dda15e']),
  gambar('pengumuman/gambar/gangguan-layanan-ecourt.jpg', 'Gangguan layanan e-Court', ['#6a040f', '#9d0208']),
  gambar('pengumuman/gambar/magang-mahasiswa-hukum.jpg', 'Penerimaan peserta magang', ['#1b4332', '#52b788']),
];
