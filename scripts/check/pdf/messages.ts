// Every message and hint an operator reads about a PDF, in one place: what is wrong, why
// it matters, how to fix it.
import type { CheckFinding } from '../../../src/check/finding.ts';

type Message = Pick<CheckFinding, 'rule' | 'severity' | 'message' | 'hint' | 'fixable'>;

const EKSPOR_ULANG =
  'Ekspor ulang PDF dari dokumen sumber (Word/LibreOffice: Simpan sebagai PDF), buka hasilnya untuk memastikan semua halaman tampil, lalu ganti berkas ini dan jalankan pemeriksaan lagi.';

function list(items: readonly string[]): string {
  return items.join('; ');
}

/** 21 MB with an Indonesian decimal comma: 20,0 MB. */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

export const PDF_MESSAGES = {
  notPdf(what: string | undefined): Message {
    return {
      rule: 'pdf/rusak',
      severity: 'error',
      message: `Berkas ini bukan PDF${what ? ` (isinya ${what})` : ''}, walaupun namanya berakhiran .pdf. Pengunjung yang mengunduhnya akan mendapat galat atau berkas yang tidak bisa dibuka.`,
      hint: 'Unggah berkas PDF yang benar: buka dokumen sumbernya lalu simpan atau ekspor sebagai PDF. Jangan hanya mengganti nama berkas menjadi .pdf.',
      fixable: false,
    };
  },
  truncated(): Message {
    return {
      rule: 'pdf/rusak',
      severity: 'error',
      message: 'PDF ini tidak lengkap: penanda akhir berkas (%%EOF) tidak ada, biasanya karena unduhan atau unggahan terputus. Sebagian halaman bisa hilang atau berkas gagal dibuka di perangkat pengunjung.',
      hint: `Salin atau unduh ulang berkas aslinya, atau ${EKSPOR_ULANG.charAt(0).toLowerCase()}${EKSPOR_ULANG.slice(1)}`,
      fixable: false,
    };
  },
  unreadable(detail: string): Message {
    return {
      rule: 'pdf/rusak',
      severity: 'error',
      message: `PDF ini rusak: strukturnya tidak dapat dibaca (detail teknis: ${detail}). Penampil PDF pengunjung bisa gagal membukanya, dan isinya tidak dapat diperiksa.`,
      hint: EKSPOR_ULANG,
      fixable: false,
    };
  },
  encrypted(needsPassword: boolean): Message {
    const kind = needsPassword
      ? 'dilindungi kata sandi untuk membukanya, sehingga pengunjung tidak dapat membacanya dan isinya tidak dapat diperiksa'
      : 'terenkripsi dengan kata sandi pemilik dan pembatasan izin (misalnya menyalin atau mencetak), sehingga teksnya tidak bebas dicari dan disalin';
    return {
      rule: 'pdf/terenkripsi',
      severity: 'error',
      message: `PDF ini ${kind}. Dokumen publik harus dapat dibuka, dicari, dicetak, dan disalin oleh siapa pun tanpa kata sandi.`,
      hint: 'Simpan ulang PDF tanpa enkripsi: di Word/LibreOffice ekspor lagi tanpa opsi kata sandi; di Adobe Acrobat pilih Properti Dokumen → Keamanan → Tanpa Keamanan. Lalu ganti berkas ini dan jalankan pemeriksaan lagi.',
      fixable: false,
    };
  },
  javascript(places: readonly string[]): Message {
    return {
      rule: 'pdf/javascript',
      severity: 'error',
      message: `PDF ini berisi JavaScript (${list(places)}). Skrip di PDF dapat berjalan sendiri saat dokumen dibuka dan sering dipakai untuk serangan; dokumen publik pengadilan tidak boleh memuatnya.`,
      hint: 'Ekspor ulang PDF dari dokumen sumber tanpa formulir atau skrip (Word/LibreOffice: Simpan sebagai PDF), atau cetak ulang ke PDF; lalu ganti berkas ini.',
      fixable: false,
    };
  },
  actions(places: readonly string[]): Message {
    return {
      rule: 'pdf/aksi',
      severity: 'error',
      message: `PDF ini menjalankan aksi otomatis yang berisiko (${list(places)}): membuka program, situs, atau berkas lain tanpa diminta pembaca. Dokumen publik hanya boleh berisi tautan biasa yang diklik pembaca.`,
      hint: 'Ekspor ulang PDF dari dokumen sumber (Word/LibreOffice: Simpan sebagai PDF) atau cetak ulang ke PDF agar aksi tersebut hilang; lalu ganti berkas ini.',
      fixable: false,
    };
  },
  attachments(kinds: readonly string[]): Message {
    return {
      rule: 'pdf/lampiran',
      severity: 'error',
      message: `PDF ini memuat berkas lain di dalamnya (${list(kinds)}). Lampiran tersembunyi tidak terlihat saat dokumen dibaca, tetapi dapat diunduh siapa pun dan bisa berisi data pribadi atau program berbahaya.`,
      hint: 'Hapus lampiran (Adobe Acrobat: panel Lampiran → Hapus) atau ekspor ulang PDF dari dokumen sumber tanpa lampiran. Bila lampiran perlu diterbitkan, unggah sebagai berkas tersendiri setelah diperiksa.',
      fixable: false,
    };
  },
  tooLarge(bytes: number, maxBytes: number): Message {
    return {
      rule: 'pdf/ukuran',
      severity: 'error',
      message: `Ukuran PDF ini ${megabytes(bytes)}, melebihi batas ${megabytes(maxBytes)}. Berkas sebesar ini lambat diunduh, terutama lewat jaringan seluler, dan memperbesar repositori situs.`,
      hint: 'Perkecil PDF: ekspor ulang dengan gambar beresolusi 150–200 dpi (Word: Simpan sebagai PDF → Ukuran minimum), atau pecah dokumen menjadi beberapa berkas.',
      fixable: false,
    };
  },
  tooManyPages(pages: number, maxPages: number): Message {
    return {
      rule: 'pdf/halaman',
      severity: 'error',
      message: `PDF ini memiliki ${pages} halaman, melebihi batas ${maxPages} halaman. Dokumen sepanjang ini sulit dibuka di ponsel dan sulit ditelusuri pengunjung.`,
      hint: 'Pecah dokumen menjadi beberapa berkas (misalnya per bab atau per bulan) dan tautkan masing-masing dari entri dokumen.',
      fixable: false,
    };
  },
  scanned(pages: readonly number[], total: number): Message {
    const where = pages.length === total ? 'Semua halaman' : `Halaman ${pages.slice(0, 10).join(', ')}${pages.length > 10 ? ', dan lainnya' : ''}`;
    return {
      rule: 'pdf/tanpa-teks',
      severity: 'warning',
      message: `${where} berupa gambar hasil pindai tanpa lapisan teks (${pages.length} dari ${total} halaman). Isinya tidak dapat dicari, disalin, atau dibacakan pembaca layar, sehingga belum memenuhi syarat dokumen elektronik yang sah; data pribadi di halaman tersebut juga tidak dapat diperiksa otomatis.`,
      hint: 'Pindai ulang dengan OCR (pengenalan teks) aktif, atau ekspor PDF langsung dari pengolah kata (Word/LibreOffice: Simpan sebagai PDF) alih-alih mencetak lalu memindai. Periksa data pribadi di halaman tersebut secara manual.',
      fixable: false,
    };
  },
  metadataLeak(fields: readonly string[]): Message {
    return {
      rule: 'pdf/metadata',
      severity: 'warning',
      message: `Metadata PDF memuat data pembuat berkas yang ikut terbit (${list(fields)}): misalnya nama orang, nama pengguna komputer, atau nama berkas asli. Siapa pun dapat membacanya di Properti Dokumen, dan mesin pencari dapat menampilkannya.`,
      hint: 'Jalankan `laman check --fix` untuk mengganti Author dengan nama pengadilan, Creator dan Producer dengan "Laman", serta menghapus metadata lainnya.',
      fixable: true,
    };
  },
  metadataDescription(problems: readonly string[], fixable: boolean): Message {
    return {
      rule: 'pdf/metadata',
      severity: 'warning',
      message: `Keterangan dokumen di metadata PDF belum benar (${list(problems)}). Judul PDF tampil di tab peramban, di pembaca layar, dan di hasil mesin pencari; tanpa judul yang benar, yang tampil adalah nama berkas.`,
      hint: fixable
        ? 'Jalankan `laman check --fix` untuk mengisi Title, Subject, dan Keywords dari entri dokumen yang menautkan PDF ini.'
        : 'Tautkan PDF ini dari sebuah entri dokumen (judul entri dipakai untuk Title oleh `laman check --fix`), atau isi judul di Properti Dokumen sebelum mengekspor PDF.',
      fixable,
    };
  },
  /** After the detector's own hint (what to do with the number). */
  personalDataInPdf:
    'Lakukan di dokumen sumber, lalu ekspor ulang PDF: menutup teks dengan kotak hitam di PDF tidak cukup, karena teks di bawahnya masih dapat disalin.',
} as const;
