/** Halaman slugs served by dedicated pages or reserved for site sections. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['berita', 'pengumuman', 'dokumen', 'tag', 'cari', 'berkas', 'pagefind', 'transparansi', 'admin', '404', '_astro', 'js']);

/** Sections whose page takes its introduction from a halaman of the same name. */
export const SECTION_HALAMAN: ReadonlySet<string> = new Set(['transparansi']);

/** A halaman file name that would take a section's address. */
export function isReservedHalaman(slug: string): boolean {
  return RESERVED_SLUGS.has(slug) && !SECTION_HALAMAN.has(slug);
}
