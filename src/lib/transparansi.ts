// The Transparansi page's policy: for every mandatory information item, when it was last
// updated and whether it is current. UU 14/2008 Pasal 9 requires periodic (berkala)
// information to be refreshed at least every six months.
import { INFORMASI_WAJIB, isBerkala, type InformasiWajib } from '../schema/informasi-publik.ts';

export interface Sumber {
  informasi: string;
  judul: string;
  url: string;
  diperbarui: Date;
}

export type StatusInformasi = 'terkini' | 'perlu-diperbarui' | 'belum-tersedia';

export interface BarisTransparansi {
  item: InformasiWajib;
  terakhir?: Date;
  sumber: Sumber[];
  status: StatusInformasi;
  /** When a berkala item must be refreshed next. */
  batas?: Date;
}

export const BULAN_MAKSIMUM_BERKALA = 6;

export function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d;
}

export function statusTransparansi(
  sources: readonly Sumber[],
  now: Date,
  items: readonly InformasiWajib[] = INFORMASI_WAJIB,
): BarisTransparansi[] {
  return items.map((item) => {
    const sumber = sources
      .filter((s) => s.informasi === item.id)
      .sort((a, b) => b.diperbarui.getTime() - a.diperbarui.getTime());
    const terakhir = sumber[0]?.diperbarui;
    if (!terakhir) return { item, sumber, status: 'belum-tersedia' };
    if (!isBerkala(item.kategori)) return { item, sumber, terakhir, status: 'terkini' };
    const batas = addMonths(terakhir, BULAN_MAKSIMUM_BERKALA);
    return { item, sumber, terakhir, batas, status: batas < now ? 'perlu-diperbarui' : 'terkini' };
  });
}

export const LABEL_STATUS: Record<StatusInformasi, string> = {
  terkini: 'Terkini',
  'perlu-diperbarui': 'Perlu diperbarui',
  'belum-tersedia': 'Belum tersedia',
};
