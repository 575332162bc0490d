import { expect, it } from 'vitest';
import { byYear, groupBySlug } from './group.ts';

const e = (id: string, tanggal: string, tag: string[]) => ({ id, tag, data: { tanggal: new Date(tanggal + 'T00:00:00Z') } });

it('groups by tag slug, keeping the first spelling and each entry once per tag', () => {
  const items = [e('a', '2026-01-01', ['Zona Integritas', 'zona integritas']), e('b', '2025-01-01', ['E-Court'])];
  const groups = groupBySlug(items, (i) => i.tag);
  expect([...groups.keys()]).toEqual(['zona-integritas', 'e-court']);
  expect(groups.get('zona-integritas')).toEqual({ nama: 'Zona Integritas', items: [items[0]] });
});

it('groups by year, newest year first, keeping order inside a year', () => {
  const items = [e('a', '2025-03-01', []), e('b', '2026-02-01', []), e('c', '2025-01-01', [])];
  expect(byYear(items).map((y) => [y.tahun, y.items.map((i) => i.id)])).toEqual([
    [2026, ['b']],
    [2025, ['a', 'c']],
  ]);
});
