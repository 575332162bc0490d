// Every finding an operator reads from the image checks, in Indonesian: what is wrong and why
// (message), and how to fix it (hint). Pure.
import type { CheckFinding, Severity } from '../../../src/check/finding.ts';
import type { OtherKind } from './metadata-facts.ts';

const FIX = 'Jalankan `npx laman check --fix`';

export const OTHER_KIND_LABEL: Readonly<Record<OtherKind, string>> = {
  kamera: 'merek dan model kamera',
  'nomor-seri': 'nomor seri kamera atau lensa',
  waktu: 'tanggal dan jam pemotretan',
  'perangkat-lunak': 'nama perangkat lunak',
  keterangan: 'keterangan atau komentar EXIF',
  makernote: 'catatan khusus pabrikan kamera (MakerNote)',
  thumbnail: 'gambar mini (thumbnail) tersemat',
  'gps-lain': 'data GPS selain koordinat (waktu, ketinggian, arah)',
  'lokasi-teks': 'nama tempat (kota, provinsi, negara)',
  orientasi: 'tanda orientasi EXIF (gambar diputar lewat metadata)',
  'exif-lain': 'data EXIF lain (pengaturan kamera)',
  'exif-rusak': 'blok EXIF yang tidak dapat dibaca',
  xmp: 'blok metadata XMP',
  iptc: 'blok metadata IPTC',
  komentar: 'komentar tersemat',
};

const number = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });

export function formatMegabytes(bytes: number): string {
  return `${number.format(bytes / (1024 * 1024))} MB`;
}

/** KB below a megabyte, MB above. */
export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${number.format(bytes / 1024)} KB` : formatMegabytes(bytes);
}

export function formatMegapixels(pixels: number): string {
  return `${number.format(pixels / 1_000_000)} megapiksel`;
}

export function wholeFileFinding(
  rule: string,
  severity: Severity,
  file: string,
  message: string,
  hint: string,
  fixable: boolean,
): CheckFinding {
  return { rule, severity, file, line: 1, column: 1, message, hint, fixable };
}

const RE_EXPORT = 'Ekspor ulang gambar dari aplikasi pengolah gambar atau unggah ulang berkas aslinya';

export const imageMessages = {
  notImage: (file: string, what: string, extension: string) =>
    wholeFileFinding(
      'gambar/bukan-gambar', 'error', file,
      `Berkas ini bukan gambar (isinya ${what}), padahal namanya berakhiran .${extension}. Peramban tidak dapat menampilkannya, sehingga pengunjung hanya melihat gambar rusak.`,
      'Ganti dengan berkas gambar yang benar (JPEG, PNG, WebP, AVIF, atau SVG), atau hapus berkas ini beserta tautannya.',
      false,
    ),

  wrongExtension: (file: string, real: string, extension: string, expected: string, realExtension: string) =>
    wholeFileFinding(
      'gambar/jenis', 'error', file,
      `Isi berkas ini berformat ${real}, tetapi ekstensinya .${extension} (${expected}). Server mengirimkan jenis berkas yang salah, sehingga sebagian peramban dan aplikasi menolak atau salah menampilkan gambar ini.`,
      `Ganti nama berkas menjadi .${realExtension} lalu perbarui tautannya, atau ekspor ulang gambar sebagai ${expected}.`,
      false,
    ),

  unpublishedFormat: (file: string, real: string) =>
    wholeFileFinding(
      'gambar/jenis', 'error', file,
      `Format ${real} tidak diterbitkan oleh situs ini (hanya JPEG, PNG, WebP, AVIF, dan SVG), karena tidak semua peramban dapat menampilkannya.`,
      'Ekspor ulang gambar sebagai JPEG (untuk foto) atau PNG/WebP (untuk grafis), lalu perbarui tautannya.',
      false,
    ),

  corrupt: (file: string, detail: string) =>
    wholeFileFinding(
      'gambar/rusak', 'error', file,
      `Data gambar ini rusak atau terpotong (rincian teknis: ${detail}). Gambar akan tampil sebagian atau tidak tampil sama sekali.`,
      `${RE_EXPORT}; perbaikan otomatis tidak mungkin karena sebagian datanya hilang.`,
      false,
    ),

  bomb: (file: string, width: number, height: number, pixels: number, maxPixels: number, maxEdge: number) =>
    wholeFileFinding(
      'gambar/bom', 'error', file,
      `Gambar ini menyatakan ukuran ${width}×${height} piksel (${formatMegapixels(pixels)}), melebihi batas ${formatMegapixels(maxPixels)}. Berkas seperti ini dapat menghabiskan memori saat diproses ("bom dekompresi"), jadi isinya sengaja tidak dibuka.`,
      `Periksa asal berkas ini. Bila gambarnya memang sah, perkecil dahulu di aplikasi pengolah gambar hingga sisi terpanjangnya paling banyak ${maxEdge} piksel.`,
      false,
    ),

  dimensions: (file: string, width: number, height: number, maxEdge: number) =>
    wholeFileFinding(
      'gambar/dimensi', 'error', file,
      `Gambar ini berukuran ${width}×${height} piksel; sisi terpanjangnya melebihi batas ${maxEdge} piksel. Gambar sebesar ini memperlambat halaman, terutama bagi pengunjung dengan koneksi seluler.`,
      `${FIX} untuk memperkecilnya otomatis, atau ekspor ulang dengan sisi terpanjang paling banyak ${maxEdge} piksel.`,
      true,
    ),

  fileSize: (file: string, bytes: number, maxBytes: number, fixable: boolean) =>
    wholeFileFinding(
      'gambar/ukuran', 'error', file,
      `Ukuran berkas ini ${formatBytes(bytes)}, melebihi batas ${formatBytes(maxBytes)}. Berkas sebesar ini lambat diunduh dan memboroskan kuota data pengunjung.`,
      fixable
        ? `${FIX} untuk mengompres ulang gambar, atau ekspor ulang dengan kualitas lebih rendah.`
        : `Perkecil atau sederhanakan gambar ini di aplikasi pengolah gambar hingga di bawah ${formatBytes(maxBytes)}.`,
      fixable,
    ),

  gps: (file: string, fields: readonly string[]) =>
    wholeFileFinding(
      'gambar/gps', 'error', file,
      `Metadata gambar ini menyimpan koordinat GPS (${fields.join(', ')}), sehingga foto ini mengungkap lokasi tempat foto diambil, misalnya rumah para pihak atau saksi.`,
      `${FIX} untuk menghapus metadata, atau ekspor ulang foto tanpa lokasi (matikan penanda lokasi di kamera ponsel).`,
      true,
    ),

  names: (file: string, fields: readonly string[]) =>
    wholeFileFinding(
      'gambar/nama', 'error', file,
      `Metadata gambar ini memuat nama orang di kolom ${fields.join(', ')}. Nama pemotret atau pemilik kamera ikut terbit bersama gambar dan dapat dibaca siapa saja.`,
      `${FIX} untuk menghapus metadata, atau kosongkan kolom tersebut sebelum mengunggah.`,
      true,
    ),

  otherMetadata: (file: string, kinds: readonly OtherKind[]) =>
    wholeFileFinding(
      'gambar/metadata', 'warning', file,
      `Gambar ini masih menyimpan metadata yang tidak diperlukan untuk tampilan: ${kinds.map((kind) => OTHER_KIND_LABEL[kind]).join('; ')}. Data ini ikut terbit bersama gambar, dan sebagian dapat mengenali perangkat, waktu, atau pembuat foto.`,
      `${FIX} untuk menghapus semua metadata (orientasi diterapkan lebih dulu, jadi gambar tetap tegak).`,
      true,
    ),
};

const SVG_RESAVE = 'Buka dan simpan ulang berkas di aplikasi desain (misalnya Inkscape: Simpan Sebagai › SVG Biasa), lalu periksa lagi.';

export const svgMessages = {
  malformed: (file: string, line: number, column: number, reason: string): CheckFinding => ({
    rule: 'svg/rusak', severity: 'error', file, line, column,
    message: `Berkas SVG ini bukan XML yang sah (rincian teknis: ${reason}), sehingga peramban tidak dapat menampilkannya.`,
    hint: SVG_RESAVE,
    fixable: false,
  }),

  notSvg: (file: string, line: number, column: number, root: string): CheckFinding => ({
    rule: 'svg/rusak', severity: 'error', file, line, column,
    message: `Elemen akar berkas ini <${root}>, bukan <svg>, jadi berkas ini bukan gambar SVG dan tidak akan tampil.`,
    hint: SVG_RESAVE,
    fixable: false,
  }),

  entities: (file: string, line: number, column: number): CheckFinding => ({
    rule: 'svg/entitas', severity: 'error', file, line, column,
    message: 'SVG ini mendeklarasikan entitas XML di dalam <!DOCTYPE>. Entitas dapat dipakai untuk membaca berkas server (XXE) atau melumpuhkan pemroses dengan perluasan berantai ("billion laughs"), jadi berkas ini tidak diproses sama sekali.',
    hint: 'Hapus bagian <!DOCTYPE ...> beserta entitasnya, atau ekspor ulang SVG dari aplikasi desain. Perbaikan otomatis sengaja tidak dilakukan untuk berkas seperti ini.',
    fixable: false,
  }),

  script: (file: string, line: number, column: number, what: string, fixable: boolean): CheckFinding => ({
    rule: 'svg/skrip', severity: 'error', file, line, column,
    message: `SVG ini memuat ${what}. Kode di dalam SVG dapat berjalan di peramban pengunjung bila berkas dibuka langsung, sehingga membahayakan keamanan situs dan pengunjungnya.`,
    hint: fixable
      ? `${FIX} untuk membersihkan SVG, atau ekspor ulang dari aplikasi desain tanpa skrip dan interaktivitas.`
      : 'Hapus bagian tersebut secara manual, atau ekspor ulang dari aplikasi desain tanpa skrip dan interaktivitas.',
    fixable,
  }),

  external: (file: string, line: number, column: number, what: string, url: string, fixable: boolean): CheckFinding => ({
    rule: 'svg/tautan-luar', severity: 'error', file, line, column,
    message: `SVG ini memuat sumber dari luar berkas lewat ${what} (${shorten(url)}). Setiap kali gambar ditampilkan, peramban pengunjung menghubungi server tersebut, sehingga kunjungan mereka dapat dilacak pihak ketiga, dan gambar rusak bila server itu mati.`,
    hint: fixable
      ? `${FIX} untuk menghapus rujukan luar, atau sematkan gambar/gaya tersebut langsung di dalam SVG.`
      : 'Hapus rujukan tersebut secara manual, atau sematkan gambar/gaya tersebut langsung di dalam SVG.',
    fixable,
  }),
};

function shorten(url: string): string {
  return url.length > 80 ? `${url.slice(0, 77)}…` : url;
}

/** Lines for `fixes`: what --fix changed, or in a dry run, would change. */
export function fixLine(file: string, dryRun: boolean, done: string, planned: string): string {
  return `${file}: ${dryRun ? planned : done}`;
}
