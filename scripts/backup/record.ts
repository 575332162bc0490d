// Backup events on the records branch (backup/<iso-compact>-<kind>.json), read by the
// monthly report.
import { appendAndPush } from '../records/store.ts';
import { backupPath } from '../records/layout.ts';
import type { BackupRecord } from '../records/types.ts';

/** Commits the records and pushes the branch to origin when the checkout has one (the workflow's case). */
export async function recordBackups(repoDir: string, env: Record<string, string | undefined>, records: readonly BackupRecord[], now: Date, log?: (line: string) => void): Promise<string | undefined> {
  if (!records.length) return undefined;
  // Several targets share one second: number them so each keeps its own file.
  const files = records.map((record, i) => {
    const base = backupPath(record);
    const file = records.length > 1 ? base.replace(/\.json$/, `-${i + 1}.json`) : base;
    return { path: file, content: `${JSON.stringify(record, null, 2)}\n`, mode: 'replace' as const };
  });
  const kinds = [...new Set(records.map((r) => r.kind))].join(', ');
  return appendAndPush({ repoDir, env, files, message: `Catatan cadangan: ${kinds} (${records.length} tujuan)`, now, push: true, ...(log ? { log } : {}) });
}
