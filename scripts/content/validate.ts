// Checks every content file against its collection's schema (the same schemas Astro
// builds with) and reports each problem with file, line and field, in Indonesian.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { COLLECTIONS, COLLECTION_NAMES, PENGATURAN_ID, type CollectionName } from '../../src/schema/collections.ts';
import { validateText } from '../../src/check/frontmatter/schema.ts';

import type { Finding } from '../../src/check/frontmatter/schema.ts';

export { validateText };
export type { Finding };

export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}: ${f.field ? `${f.field}: ` : ''}${f.message}`;
}

/** Relative to the project root when inside it, absolute otherwise; forward slashes. */
export function displayPath(root: string, file: string): string {
  const rel = path.relative(root, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}

export interface ContentFile {
  collection: CollectionName;
  /** Relative to the project root. */
  file: string;
}

export async function listContentFiles(root: string, contentDir: string): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const collection of COLLECTION_NAMES) {
    const { folder, pattern } = COLLECTIONS[collection];
    const base = path.resolve(root, contentDir, folder);
    for (const match of (await glob(pattern, { cwd: base })).sort()) {
      files.push({ collection, file: displayPath(root, path.join(base, match)) });
    }
  }
  return files;
}

/** Rules about the set of files rather than one file. */
export function validateFileSet(files: readonly ContentFile[], root: string, contentDir: string): Finding[] {
  const settings = files.filter((f) => f.collection === 'pengaturan');
  const expected = displayPath(root, path.resolve(root, contentDir, 'pengaturan', `${PENGATURAN_ID}.yml`));
  const findings: Finding[] = settings
    .filter((f) => f.file !== expected)
    .map((f) => ({ file: f.file, line: 1, field: '', message: `hanya satu berkas pengaturan yang dipakai: ${expected}. Pindahkan isinya ke sana.` }));
  if (!settings.some((f) => f.file === expected)) {
    findings.push({ file: expected, line: 1, field: '', message: 'berkas pengaturan situs tidak ada: buat berkas ini (nama pengadilan, alamat, kontak, url_situs)' });
  }
  return findings;
}

export async function validateContent(root: string, contentDir: string, only?: readonly string[]): Promise<{ files: number; findings: Finding[] }> {
  const all = await listContentFiles(root, contentDir);
  const targets = (only ?? []).map((o) => displayPath(root, path.resolve(root, o)));
  const wanted = targets.length ? all.filter((f) => targets.some((t) => f.file === t || f.file.startsWith(t.replace(/\/?$/, '/')))) : all;
  const findings = targets.length ? [] : validateFileSet(all, root, contentDir);
  for (const { file, collection } of wanted) {
    findings.push(...validateText(file, await readFile(path.resolve(root, file), 'utf8'), collection));
  }
  return { files: wanted.length, findings };
}
