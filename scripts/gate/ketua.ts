// Whether the Ketua must approve: the policy's ketua_wajib over the changed entries'
// frontmatter (head and base, so unsetting perhatian_khusus does not dodge the Ketua)
// and collections.
import { isContentPath } from './paths.ts';
import type { Policy } from './policy.ts';
import type { ChangedFile } from './snapshot.ts';

export interface KetuaRule {
  required: boolean;
  /** Indonesian reasons, one per file and cause, for the summary. */
  reasons: string[];
}

function categories(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

export function ketuaRule(files: readonly ChangedFile[], policy: Policy): KetuaRule {
  const rule = policy.ketua_wajib;
  const folder = policy.folder_konten;
  const wanted = new Set(rule.kategori.map((k) => k.trim().toLowerCase()));
  const reasons: string[] = [];
  for (const file of files) {
    const paths = [file.path, ...(file.previousPath === undefined ? [] : [file.previousPath])].filter((p) => isContentPath(p, folder));
    if (!paths.length) continue;
    const collection = paths.map((p) => p.slice(folder.length).split('/')[0] ?? '').find((c) => (rule.koleksi as readonly string[]).includes(c));
    if (collection !== undefined) reasons.push(`\`${file.path}\`: koleksi ${collection}`);
    const data = [file.frontmatter, file.baseFrontmatter].filter((d) => d !== undefined);
    if (rule.perhatian_khusus && data.some((d) => d.perhatian_khusus === true)) reasons.push(`\`${file.path}\`: perhatian_khusus: true`);
    const category = data.flatMap((d) => categories(d.kategori)).find((k) => wanted.has(k.trim().toLowerCase()));
    if (category !== undefined) reasons.push(`\`${file.path}\`: kategori ${category}`);
  }
  return { required: reasons.length > 0, reasons };
}
