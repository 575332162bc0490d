import { describe, expect, it } from 'vitest';
import { addMonths, statusTransparansi, type Sumber } from './transparansi.ts';
import type { InformasiWajib } from '../schema/informasi-publik.ts';

const items: InformasiWajib[] = [
  { id: 'lhkpn', kategori: 'berkala-1', judul: 'LHKPN' },
  { id: 'dipa', kategori: 'setiap-saat', judul: 'DIPA' },
  { id: 'kinerja', kategori: 'berkala-3', judul: 'LKjIP' },
];
const d = (s: string) => new Date(s + 'T00:00:00Z');
const sumber = (informasi: string, diperbarui: string): Sumber => ({ informasi, judul: informasi, url: `/${informasi}/`, diperbarui: d(diperbarui) });

describe('statusTransparansi (UU 14/2008 Pasal 9: berkala at least every 6 months)', () => {
  it('flags berkala information older than six months, by calendar month', () => {
    const now = d('2026-11-21');
    const rows = statusTransparansi([sumber('lhkpn', '2026-05-20'), sumber('kinerja', '2026-05-21')], now, items);
    expect(rows.find((r) => r.item.id === 'lhkpn')).toMatchObject({ status: 'perlu-diperbarui', batas: d('2026-11-20') });
    expect(rows.find((r) => r.item.id === 'kinerja')).toMatchObject({ status: 'terkini', batas: d('2026-11-21') });
  });

  it('uses the newest of several sources', () => {
    const rows = statusTransparansi([sumber('lhkpn', '2025-01-01'), sumber('lhkpn', '2026-10-01')], d('2026-11-21'), items);
    expect(rows[0]).toMatchObject({ status: 'terkini', terakhir: d('2026-10-01') });
    expect(rows[0]!.sumber.map((s) => s.diperbarui)).toEqual([d('2026-10-01'), d('2025-01-01')]);
  });

  it('never flags non-periodic information as out of date, only as missing', () => {
    const rows = statusTransparansi([sumber('dipa', '2020-01-01')], d('2026-11-21'), items);
    expect(rows.map((r) => [r.item.id, r.status])).toEqual([
      ['lhkpn', 'belum-tersedia'],
      ['dipa', 'terkini'],
      ['kinerja', 'belum-tersedia'],
    ]);
  });
});

describe('addMonths', () => {
  it('clamps to the end of shorter months', () => {
    expect(addMonths(d('2026-08-31'), 6)).toEqual(d('2027-02-28'));
    expect(addMonths(d('2026-01-15'), 6)).toEqual(d('2026-07-15'));
  });
});
