// Static paths of the list pages (all, per category, per tag) for berita and pengumuman.
import { paginatedPaths } from './paginate.ts';
import { getBerita, getPengaturan, getPengumuman, type ArtikelEntry } from './site.ts';
import { groupBySlug } from './group.ts';

export type Jenis = 'berita' | 'pengumuman';

async function entries(jenis: Jenis): Promise<ArtikelEntry[]> {
  return jenis === 'berita' ? getBerita() : getPengumuman();
}

export async function listPaths(jenis: Jenis) {
  const { per_halaman } = await getPengaturan();
  return paginatedPaths(await entries(jenis), per_halaman, `/${jenis}/`);
}

/** One archive page per category: every entry, newest first. */
export async function kategoriPaths(jenis: Jenis) {
  const groups = groupBySlug(await entries(jenis), (e) => [e.data.kategori]);
  return [...groups].map(([slug, { nama, items }]) => ({ params: { kategori: slug }, props: { nama, items } }));
}

/** One archive page per tag, berita and pengumuman together, newest first. */
export async function tagPaths() {
  const all = [...(await getBerita()), ...(await getPengumuman())].sort(
    (a, b) => b.data.tanggal.getTime() - a.data.tanggal.getTime(),
  );
  const groups = groupBySlug(all, (e) => e.data.tag);
  return [...groups].map(([slug, { nama, items }]) => ({ params: { tag: slug }, props: { nama, items } }));
}
