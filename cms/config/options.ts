// Readable labels for the options of every select field, from the schemas' own label
// tables, so an operator picks "Serta Merta", never "serta-merta".
import { LABEL_JENIS_DOKUMEN } from '../../src/schema/dokumen.ts';
import { LABEL_MENU } from '../../src/schema/halaman.ts';
import { INFORMASI_WAJIB, LABEL_KATEGORI } from '../../src/schema/informasi-publik.ts';
import { JENIS_PENGADILAN } from '../../src/schema/pengaturan.ts';
import { LABEL_JENIS_PENGUMUMAN } from '../../src/schema/pengumuman.ts';
import { LABEL_JENIS_PERKARA } from '../../src/schema/perkara.ts';

const INFORMASI = Object.fromEntries(INFORMASI_WAJIB.map((i) => [i.id, `${i.judul} (${LABEL_KATEGORI[i.kategori]})`]));
const titleCase = (slug: string) => slug.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');

export const OPTION_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'pengumuman.jenis': LABEL_JENIS_PENGUMUMAN,
  'berita.jenis_perkara': LABEL_JENIS_PERKARA,
  'pengumuman.jenis_perkara': LABEL_JENIS_PERKARA,
  'dokumen.jenis_perkara': LABEL_JENIS_PERKARA,
  'dokumen.jenis': LABEL_JENIS_DOKUMEN,
  'dokumen.kategori': LABEL_KATEGORI,
  'dokumen.informasi': INFORMASI,
  'halaman.menu': { ...LABEL_MENU, 'tidak-tampil': 'Tidak tampil di menu' },
  'halaman.informasi_wajib': INFORMASI,
  'pengaturan.jenis': Object.fromEntries(JENIS_PENGADILAN.map((j) => [j, titleCase(j)])),
  'pengaturan.media_sosial.platform': { facebook: 'Facebook', instagram: 'Instagram', x: 'X', youtube: 'YouTube', tiktok: 'TikTok' },
};
