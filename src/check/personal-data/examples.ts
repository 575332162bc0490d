// Ok and not-ok examples for every rule, replayed by personal-data.test.ts with
// EXAMPLE_ALLOWLIST. Each not-ok text holds exactly one finding, of its rule.
// All numbers and addresses below are made up.
import type { PersonalDataAllowlist, PersonalDataRule } from './types.ts';

export interface RuleExamples {
  ok: string[];
  notOk: { text: string; masked: string }[];
}

/** The allowlist of the sample court, as content/pengaturan/situs.yml would give it. */
export const EXAMPLE_ALLOWLIST: PersonalDataAllowlist = {
  phones: ['(0271) 555-0100', '0812-3456-7890'],
  emails: ['info@pn-contoh.go.id'],
  emailDomains: ['pn-contoh.go.id'],
};

export const PERSONAL_DATA_EXAMPLES: Readonly<Record<PersonalDataRule, RuleExamples>> = {
  'pribadi/nik': {
    ok: [
      'Nomor register 0001011203900001 tercatat.', // province 00
      'Nomor register 9901011203900001 tercatat.', // province 99
      'Nomor register 3201013503900001 tercatat.', // day 35
      'Nomor register 3201011213900001 tercatat.', // month 13
      'Nomor register 3201013002900001 tercatat.', // 30 February
      'Nomor register 3201011203900000 tercatat.', // serial 0000
      'Kode transaksi 32010112039000011234 berhasil.', // inside a 20-digit run
      'Kode ABC3201011203900001 dan 3201011203900001X.', // inside alphanumeric tokens
      'Perkara Nomor 15/Pdt.G.S/2026/PN Ctn diputus pada 2026-11-21.',
      'Periode 2025-2026, DIPA 005.01.2.999901.',
    ],
    notOk: [
      { text: 'Terdakwa, NIK 3201011203900001, lahir di Kota Contoh.', masked: '32************01' }, // man
      { text: 'Saksi dengan NIK 3201015203900002 hadir.', masked: '32************02' }, // woman: 12 + 40
      { text: 'NIK: 3374 0152 0390 0003', masked: '33************03' },
      { text: 'NIK: 337401.520390.0003', masked: '33************03' },
      { text: 'Identitas 3201-0169-0200-0004 (lahir 29 Februari).', masked: '32************04' },
      // The nearest label decides: this number follows "NIK", not "KK".
      { text: 'No. KK: -, NIK: 3201011203900001', masked: '32************01' },
    ],
  },
  'pribadi/kk': {
    ok: ['Warga membawa kartu keluarga dan surat keterangan desa.', 'No. KK 3201013503900001 (bukan format KK).'],
    notOk: [
      { text: 'Nomor Kartu Keluarga: 3201010101200005', masked: '32************05' },
      { text: 'No. KK 3201 0101 0120 0005 atas nama PEMOHON.', masked: '32************05' },
    ],
  },
  'pribadi/npwp': {
    ok: ['NPWP: belum ada.', 'NPWP wajib dicantumkan pada formulir pendaftaran. Nomor 123456789012345 bukan NPWP.'],
    notOk: [
      { text: 'NPWP 01.234.567.8-901.000', masked: '01***********00' },
      { text: 'Tercatat 01.234.567.8-901.000 pada faktur.', masked: '01***********00' },
      { text: 'NPWP: 0012345678901000', masked: '00************00' },
      { text: 'NPWP 3201011203900001 (sama dengan NIK).', masked: '32************01' },
      { text: 'NPWP: 012345678901000', masked: '01***********00' },
    ],
  },
  'pribadi/telepon': {
    ok: [
      'Telepon kantor (0271) 555-0100, faksimile (0271) 555-0101.',
      'Hubungi 021-8123-4567 (kantor).',
      'Layanan WhatsApp resmi 0812-3456-7890.', // allowlisted
      'Layanan WhatsApp resmi +62 812 3456 7890.', // allowlisted, international form
      'Jam layanan 08.00–16.30 WIB.',
      'Nomor 0812-345 terlalu pendek.',
      'Kode 08123456789012345 terlalu panjang.',
    ],
    notOk: [
      { text: 'Hubungi saksi di +62 812-3456-7891.', masked: '+62*********91' },
      { text: 'Ponsel: 081234567891', masked: '08********91' },
      { text: 'Telp. 62 813 1234 567.', masked: '+62********67' },
      { text: 'WA 0857.1234.5678 (pribadi).', masked: '08********78' },
    ],
  },
  'pribadi/email': {
    ok: [
      'Surel: info@pn-contoh.go.id.',
      'Kirim ke ptsp@pn-contoh.go.id atau admin@ecourt.pn-contoh.go.id.',
      'Gambar logo@2x.png dipakai di tajuk.',
    ],
    notOk: [
      { text: 'Alamat surel penggugat budi.santoso@gmail.com.', masked: 'b***@gmail.com' },
      { text: '[kontak](mailto:siti@contoh-hukum.co.id)', masked: 's***@contoh-hukum.co.id' },
      { text: 'Bukan domain pengadilan: info@pn-contoh.go.id.palsu.com', masked: 'i***@pn-contoh.go.id.palsu.com' },
    ],
  },
  'pribadi/rekening': {
    ok: [
      'Pembayaran melalui rekening virtual bank atau e-Payment.',
      'Laporan rekening koran periode 2025-2026.',
      'Mutasi rekening tanggal 2026-11-21.',
      'Saldo rekening sebesar Rp 15.000.000.',
      'Nomor rekening tercantum di lampiran surat ini; kode tagihan 123456789 bukan.', // too far from the label
      'Rekening nomor 1234567.', // 7 digits
    ],
    notOk: [
      { text: 'Dana ditransfer ke No. Rek. 123-456-7890 pada BRI.', masked: '12******90' },
      { text: 'nomor rekening BRI 0123-01-000123-30-1 a.n. TERGUGAT', masked: '01***********01' },
      { text: 'norek 1234567890 sebesar Rp 12.500.000', masked: '12******90' },
      { text: 'Rekening BCA 123 456 7891', masked: '12******91' },
    ],
  },
};
