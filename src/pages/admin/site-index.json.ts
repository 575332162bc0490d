// The site index for the CMS's checks on save (cms/admin/checks.ts).
import path from 'node:path';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { SiteIndexData } from '../../../cms/admin/site-index-data.ts';
import { settingsFromPengaturan } from '../../check/context.ts';
import { buildSiteIndex, type IndexedEntry } from '../../check/site-index.ts';
import { listPublishedFiles } from '../../integrations/content-files.ts';
import { COLLECTION_NAMES, contentDir } from '../../schema/collections.ts';
import { getPengaturan } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const root = path.resolve(contentDir(process.env));
  const entries: IndexedEntry[] = [];
  for (const collection of COLLECTION_NAMES) {
    for (const entry of await getCollection(collection)) {
      if (!entry.filePath) continue;
      const contentPath = path.relative(root, path.resolve(entry.filePath)).split(path.sep).join('/');
      entries.push({ collection, contentPath, data: entry.data as Record<string, unknown> });
    }
  }
  const pengaturan = await getPengaturan();
  const files = (await listPublishedFiles(root)).map((f) => f.split(path.sep).join('/'));
  const index = buildSiteIndex(entries, files, pengaturan.per_halaman);
  const data: SiteIndexData = { routes: [...index.routes].sort(), files: [...index.files], settings: settingsFromPengaturan(pengaturan) };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
