// Static paths of the list pages (all, per category, per tag) for berita and pengumuman.
import { paginatedPaths } from './paginate.ts';
import { getBerita, getPengaturan, getPengumuman, type ArtikelEntry } from './site.ts';
import { slugify } from './slug.ts';

export type Jenis = 'berita' | 'pengumuman';

async function entries(jenis: Jenis): Promise<ArtikelEntry[]> {
  return jenis === 'berita' ? getBerita() : getPengumuman();
}

/** Groups entries by the slug of a name; the first spelling seen names the group. */
export function groupBySlug<T>(items: readonly T[], names: (item: T) => readonly string[]) {
  const groups = new Map<string, { nama: string; items: T[] }>();
  for (const item of items) {
    for (const nama of new Set(names(item))) {
      const slug = slugify(nama);
      const group = groups.get(slug) ?? { nama, items: [] };
      group.items.push(item);
      groups.set(slug, group);
    }
  }
  return groups;
}

export async function listPaths(jenis: Jenis) {
  const { per_halaman } = await getPengaturan();
  return paginatedPaths(await entries(jenis), per_halaman, `/${jenis}/`);
}

export async function kategoriPaths(jenis: Jenis) {
  const { per_halaman } = await getPengaturan();
  const groups = groupBySlug(await entries(jenis), (e) => [e.data.kategori]);
  return [...groups].flatMap(([slug, { nama, items }]) =>
    paginatedPaths(items, per_halaman, `/${jenis}/kategori/${slug}/`, { kategori: slug }).map((p) => ({
      ...p,
      props: { ...p.props, nama },
    })),
  );
}

export async function tagPaths() {
  const { per_halaman } = await getPengaturan();
  const all = [...(await getBerita()), ...(await getPengumuman())].sort(
    (a, b) => b.data.tanggal.getTime() - a.data.tanggal.getTime(),
  );
  const groups = groupBySlug(all, (e) => e.data.tag);
  return [...groups].flatMap(([slug, { nama, items }]) =>
    paginatedPaths(items, per_halaman, `/tag/${slug}/`, { tag: slug }).map((p) => ({ ...p, props: { ...p.props, nama } })),
  );
}
