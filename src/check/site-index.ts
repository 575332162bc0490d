// What exists on the site: every page address and every file in the content folder.
// Internal links and file references are checked against it. Built from plain data, so
// the CLI builds it from the working tree and the CMS from a JSON file.
import { slugify } from '../lib/slug.ts';
import type { CollectionName } from '../schema/collections.ts';

export interface SiteIndex {
  /** Page paths, each starting and ending with "/" ("/berita/foo/"), plus feeds. */
  routes: ReadonlySet<string>;
  /** Files inside the content folder, relative to it, forward slashes ("berita/gambar/a.jpg"). */
  files: ReadonlySet<string>;
}

export interface IndexedEntry {
  collection: CollectionName;
  /** Path inside the content folder ("berita/foo.md"). */
  contentPath: string;
  /** Parsed frontmatter; undefined when it does not parse. */
  data: Record<string, unknown> | undefined;
}

/** Section pages that exist whatever the content. */
export const FIXED_ROUTES = [
  '/',
  '/berita/',
  '/pengumuman/',
  '/dokumen/',
  '/transparansi/',
  '/cari/',
  '/berita/rss.xml',
  '/pengumuman/rss.xml',
  '/sitemap-index.xml',
  '/robots.txt',
] as const;

/** The entry id Astro's glob loader gives a file: its path inside the collection, without extension. */
export function entryId(collection: CollectionName, contentPath: string): string {
  return contentPath.slice(collection.length + 1).replace(/\.(md|ya?ml)$/i, '');
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function safeSlug(name: string): string | undefined {
  try {
    return slugify(name);
  } catch {
    // A name without letters or digits has no archive page; the schema reports the name itself.
    return undefined;
  }
}

export function buildSiteIndex(entries: readonly IndexedEntry[], files: Iterable<string>, perHalaman = 10): SiteIndex {
  const routes = new Set<string>(FIXED_ROUTES);
  const counts = { berita: 0, pengumuman: 0 };
  for (const { collection, contentPath, data } of entries) {
    const id = entryId(collection, contentPath);
    if (collection === 'halaman') routes.add(`/${id}/`);
    if (collection === 'berita' || collection === 'pengumuman' || collection === 'dokumen') routes.add(`/${collection}/${id}/`);
    if (collection === 'berita' || collection === 'pengumuman') {
      counts[collection]++;
      for (const kategori of strings(data?.kategori)) {
        const slug = safeSlug(kategori);
        if (slug) routes.add(`/${collection}/kategori/${slug}/`);
      }
      for (const tag of strings(data?.tag)) {
        const slug = safeSlug(tag);
        if (slug) routes.add(`/tag/${slug}/`);
      }
    }
  }
  for (const [jenis, count] of Object.entries(counts)) {
    for (let page = 2; page <= Math.ceil(count / perHalaman); page++) routes.add(`/${jenis}/halaman/${page}/`);
  }
  return { routes, files: new Set(files) };
}
