// Which content items a published push added, changed or removed, and which supporting files
// (images, PDFs) each references. Pure: the git diff and the file texts come in as data.
import path from 'node:path/posix';
import { parseYaml, splitFrontmatter } from '../../src/check/frontmatter/yaml.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../src/schema/collections.ts';

export interface DiffEntry {
  /** git's status letter: A, M, D, R (rename), C (copy), T (type change). */
  status: 'A' | 'M' | 'D' | 'R' | 'C' | 'T';
  path: string;
  /** The path before, for renames and copies. */
  previousPath?: string;
}

export interface ChangedItem {
  koleksi: CollectionName;
  /** The entry's id within its collection (path without extension), e.g. "pelayanan-sidang". */
  slug: string;
  perubahan: 'ditambah' | 'diubah' | 'dihapus';
  /** Repository path of the entry file (its old path for removals). */
  path: string;
}

const ENTRY = /\.(md|ya?ml)$/i;

/** The entry a content path belongs to, or undefined for media files and unknown folders. */
export function entryOf(file: string, folder: string): { koleksi: CollectionName; slug: string } | undefined {
  if (!file.startsWith(folder) || !ENTRY.test(file)) return undefined;
  const rest = file.slice(folder.length);
  const [koleksi, ...parts] = rest.split('/');
  if (!COLLECTION_NAMES.includes(koleksi as CollectionName) || parts.length === 0) return undefined;
  const slug = parts.join('/').replace(ENTRY, '');
  // Media folders (gambar/, berkas/) hold no entries; an entry is a direct child or a nested page.
  return { koleksi: koleksi as CollectionName, slug };
}

/** Content items of a diff: a rename is the old item removed and the new one added. */
export function changedItems(diff: readonly DiffEntry[], folder = 'content/'): ChangedItem[] {
  const items: ChangedItem[] = [];
  const add = (file: string, perubahan: ChangedItem['perubahan']) => {
    const entry = entryOf(file, folder);
    if (entry) items.push({ ...entry, perubahan, path: file });
  };
  for (const d of diff) {
    if (d.status === 'D') add(d.path, 'dihapus');
    else if (d.status === 'A' || d.status === 'C') add(d.path, 'ditambah');
    else if (d.status === 'M' || d.status === 'T') add(d.path, 'diubah');
    else if (d.status === 'R') {
      if (d.previousPath) add(d.previousPath, 'dihapus');
      add(d.path, 'ditambah');
    }
  }
  return items.sort((a, b) => a.path.localeCompare(b.path));
}

/** Parses `git diff --name-status -z -M` output. */
export function parseNameStatus(output: string): DiffEntry[] {
  const fields = output.split('\0').filter((f) => f !== '');
  const entries: DiffEntry[] = [];
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++] ?? '';
    const letter = code[0] as DiffEntry['status'];
    if (letter === 'R' || letter === 'C') {
      const previousPath = fields[i++] ?? '';
      const file = fields[i++] ?? '';
      entries.push({ status: letter, path: file, previousPath });
    } else {
      entries.push({ status: letter, path: fields[i++] ?? '' });
    }
  }
  return entries;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#|\/)/i;

/**
 * Repository paths of the files an entry references: its `gambar` and `berkas` fields and the
 * relative links and images in its text, resolved against the entry's folder. Only paths
 * inside the content folder; whether they exist is the caller's business.
 */
export function supportingFiles(entryPath: string, text: string, folder = 'content/'): string[] {
  const dir = path.dirname(entryPath);
  const found = new Set<string>();
  const addRelative = (ref: string) => {
    const clean = ref.trim().split(/[?#]/)[0] ?? '';
    if (!clean || EXTERNAL.test(clean)) return;
    let decoded = clean;
    try {
      decoded = decodeURI(clean);
    } catch {
      // keep as written
    }
    const resolved = path.normalize(path.join(dir, decoded));
    if (resolved.startsWith(folder) && !ENTRY.test(resolved)) found.add(resolved);
  };
  const split = /\.ya?ml$/i.test(entryPath) ? undefined : splitFrontmatter(text);
  if (split) {
    try {
      const data = parseYaml(split.yaml).data as Record<string, unknown> | null;
      for (const key of ['gambar', 'berkas', 'lampiran']) for (const ref of strings(data?.[key])) addRelative(ref);
    } catch {
      // A file that does not parse was stopped by the content check before publishing.
    }
  }
  const body = split ? text.slice(split.offset + split.yaml.length) : text;
  for (const match of body.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) addRelative(match[1] ?? '');
  for (const match of body.matchAll(/\b(?:src|href)="([^"]+)"/g)) addRelative(match[1] ?? '');
  return [...found].sort();
}

/** The public address of an item on the site, or undefined for settings. */
export function itemUrl(siteUrl: string, koleksi: CollectionName, slug: string): string | undefined {
  const base = siteUrl.replace(/\/+$/, '');
  if (koleksi === 'halaman') return `${base}/${slug}/`;
  if (koleksi === 'berita' || koleksi === 'pengumuman' || koleksi === 'dokumen') return `${base}/${koleksi}/${slug}/`;
  return undefined;
}
