// Grouping entries for archive pages: by category or tag slug, and by year.
import { slugify } from './slug.ts';

/** Groups entries by the slug of a name; the first spelling seen names the group. */
export function groupBySlug<T>(items: readonly T[], names: (item: T) => readonly string[]) {
  const groups = new Map<string, { nama: string; items: T[] }>();
  for (const item of items) {
    const seen = new Set<string>();
    for (const nama of names(item)) {
      const slug = slugify(nama);
      if (seen.has(slug)) continue;
      seen.add(slug);
      const group = groups.get(slug) ?? { nama, items: [] };
      group.items.push(item);
      groups.set(slug, group);
    }
  }
  return groups;
}

/** Entries grouped by year (newest year first), for the archive pages. */
export function byYear<T extends { data: { tanggal: Date } }>(items: readonly T[]): { tahun: number; items: T[] }[] {
  const years = new Map<number, T[]>();
  for (const item of items) {
    const tahun = item.data.tanggal.getUTCFullYear();
    const list = years.get(tahun) ?? [];
    list.push(item);
    years.set(tahun, list);
  }
  return [...years].sort((a, b) => b[0] - a[0]).map(([tahun, items]) => ({ tahun, items }));
}
