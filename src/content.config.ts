import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { COLLECTIONS, contentDir, type CollectionName } from './schema/collections.ts';
import { readingEmptyAsAbsent } from './schema/empty.ts';

// Field-level messages are written in Indonesian in the schemas; the locale covers zod's
// generic ones (wrong type, unknown key) so the build never mixes languages in a field error.
z.config(z.locales.id());

const root = contentDir(process.env);

function loader(name: CollectionName) {
  const { folder, pattern } = COLLECTIONS[name];
  return glob({ pattern, base: `${root.startsWith('/') ? '' : './'}${root}/${folder}` });
}

export const collections = {
  berita: defineCollection({ loader: loader('berita'), schema: readingEmptyAsAbsent(COLLECTIONS.berita.schema) }),
  pengumuman: defineCollection({ loader: loader('pengumuman'), schema: readingEmptyAsAbsent(COLLECTIONS.pengumuman.schema) }),
  dokumen: defineCollection({ loader: loader('dokumen'), schema: readingEmptyAsAbsent(COLLECTIONS.dokumen.schema) }),
  halaman: defineCollection({ loader: loader('halaman'), schema: readingEmptyAsAbsent(COLLECTIONS.halaman.schema) }),
  pengaturan: defineCollection({ loader: loader('pengaturan'), schema: readingEmptyAsAbsent(COLLECTIONS.pengaturan.schema) }),
};
