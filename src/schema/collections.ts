// The one list of content collections: folder, file pattern and schema. Astro's
// content config, `laman validate` and the fixture generator all read it.
import { beritaSchema } from './berita.ts';
import { dokumenSchema } from './dokumen.ts';
import { halamanSchema } from './halaman.ts';
import { pengaturanSchema } from './pengaturan.ts';
import { pengumumanSchema } from './pengumuman.ts';

export const COLLECTIONS = {
  berita: { folder: 'berita', pattern: '**/*.md', schema: beritaSchema, format: 'markdown' },
  pengumuman: { folder: 'pengumuman', pattern: '**/*.md', schema: pengumumanSchema, format: 'markdown' },
  dokumen: { folder: 'dokumen', pattern: '**/*.md', schema: dokumenSchema, format: 'markdown' },
  halaman: { folder: 'halaman', pattern: '**/*.md', schema: halamanSchema, format: 'markdown' },
  pengaturan: { folder: 'pengaturan', pattern: '*.{yml,yaml}', schema: pengaturanSchema, format: 'yaml' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The settings entry's id (content/pengaturan/situs.yml). */
export const PENGATURAN_ID = 'situs';

/** The content folder, relative to the project root; overridable for fixtures and benchmarks. */
export function contentDir(env: Record<string, string | undefined>): string {
  return env.LAMAN_CONTENT_DIR ?? 'content';
}
