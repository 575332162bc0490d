// The content checks on save (Decap's preSave event): errors stop the save with the
// Indonesian message; warnings are shown without stopping it.
import type { CheckEnvironment } from '../../src/check/context.ts';
import type { CheckFinding } from '../../src/check/finding.ts';
import { checkEntry } from '../../src/check/markdown/check-entry.ts';
import { suggestSlug } from '../../src/check/markdown/rules/isian-slug.ts';
import { COLLECTIONS, COLLECTION_NAMES, PENGATURAN_ID, type CollectionName } from '../../src/schema/collections.ts';
import { entryText } from './entry-text.ts';
import type { SiteIndexData } from './site-index-data.ts';

export interface SaveCheck {
  errors: CheckFinding[];
  warnings: CheckFinding[];
}

/** The check environment in the browser: files being uploaded in this session are not in the index yet. */
export function browserEnvironment(index: SiteIndexData, now: Date, mediaFolder: string | undefined): CheckEnvironment {
  const files = new Set(index.files);
  const known = { has: (file: string) => files.has(file) || (mediaFolder !== undefined && file.startsWith(`${mediaFolder}/`)) };
  return { settings: index.settings, now, index: { routes: new Set(index.routes), files: known as ReadonlySet<string> } };
}

export function checkBeforeSave(collection: string, slug: string, data: Record<string, unknown>, index: SiteIndexData, now: Date): SaveCheck {
  if (!(COLLECTION_NAMES as readonly string[]).includes(collection)) return { errors: [], warnings: [] };
  const name = collection as CollectionName;
  const folder = COLLECTIONS[name].folder;
  const fileSlug = slug || suggestSlug(typeof data.judul === 'string' ? data.judul : 'entri-baru');
  const contentPath = name === 'pengaturan' ? `${folder}/${PENGATURAN_ID}.yml` : `${folder}/${fileSlug}.md`;
  const mediaFolder = name === 'berita' || name === 'pengumuman' ? `${folder}/gambar` : name === 'dokumen' ? `${folder}/berkas` : undefined;
  const findings = checkEntry(
    { file: contentPath, contentPath, collection: name, text: entryText(name, data) },
    browserEnvironment(index, now, mediaFolder),
  );
  return { errors: findings.filter((f) => f.severity === 'error'), warnings: findings.filter((f) => f.severity === 'warning') };
}

export function describeFindings(findings: readonly CheckFinding[]): string {
  return findings.map((f) => `• ${f.message} ${f.hint}`).join('\n');
}

export function saveRefusal(errors: readonly CheckFinding[]): string {
  return `Entri belum dapat disimpan: ${errors.length} masalah harus diperbaiki dulu.\n${describeFindings(errors)}`;
}
