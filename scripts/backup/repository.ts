// What Laman does with one restic repository (one configured target): open or create it,
// back a folder up, apply retention, check it, list and restore snapshots.
import { readdir } from 'node:fs/promises';
import type { BackupTarget, RetentionPolicy } from './config.ts';
import { BackupError, messages } from './messages.ts';
import { classifyFailure, failure, failureDetail, jsonLines, restic, type ResticContext } from './restic.ts';
import { checkArgs, retentionArgs, SNAPSHOT_HOST, SNAPSHOT_TAG } from './targets.ts';

async function isEmptyOrAbsent(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

/**
 * Opens the repository, creating it only when restic says precisely that there is none. A
 * repository that exists but does not open (wrong key, damage, network) is an error, never
 * re-initialised.
 */
export async function ensureRepository(target: BackupTarget, rc: ResticContext): Promise<'opened' | 'created'> {
  const probe = await restic(target, ['cat', 'config'], rc);
  if (probe.code === 0) return 'opened';
  if (classifyFailure(probe.stderr) !== 'missing') throw failure(target, 'cat config', probe);
  if (target.type === 'directory' && !(await isEmptyOrAbsent(target.path))) throw new BackupError(messages.notEmptyNotRepo(target));
  rc.log(`cadangan ${target.name}: repositori belum ada, membuat repositori terenkripsi baru`);
  const init = await restic(target, ['init'], rc);
  if (init.code !== 0) throw failure(target, 'init', init);
  return 'created';
}

/** Opens an existing repository (verify, restore): a missing one is an error. */
export async function openRepository(target: BackupTarget, rc: ResticContext): Promise<void> {
  const probe = await restic(target, ['cat', 'config'], rc);
  if (probe.code !== 0) throw failure(target, 'cat config', probe);
}

export interface BackupSummary {
  snapshot: string;
  files: number;
  bytes: number;
  /** Bytes actually added to the repository after deduplication and compression. */
  newBytes: number;
  durationMs: number;
}

/** restic's --time format, in UTC (the child runs with TZ=UTC). */
function resticTime(at: Date): string {
  return at.toISOString().slice(0, 19).replace('T', ' ');
}

/** Backs up the contents of `dir` (stored at the snapshot's root) with Laman's host and tags. */
export async function backupFolder(target: BackupTarget, dir: string, tags: readonly string[], at: Date, rc: ResticContext): Promise<BackupSummary> {
  const started = Date.now();
  let lastPercent = -1;
  const result = await restic(
    target,
    ['backup', '--json', '--host', SNAPSHOT_HOST, '--tag', [SNAPSHOT_TAG, ...tags].join(','), '--time', resticTime(at), '.'],
    { ...rc, env: { ...rc.env, TZ: 'UTC' } },
    {
      cwd: dir,
      onStdoutLine: (line) => {
        if (!line.startsWith('{"message_type":"status"')) return;
        const percent = Math.floor(Number((JSON.parse(line) as { percent_done?: number }).percent_done ?? 0) * 10) * 10;
        if (percent > lastPercent) {
          lastPercent = percent;
          rc.log(`cadangan ${target.name}: mengunggah ${percent}%`);
        }
      },
    },
  );
  if (result.code !== 0) throw failure(target, 'backup', result);
  const summary = jsonLines(result.stdout).find((l) => l.message_type === 'summary');
  if (!summary) throw new BackupError(messages.resticFailed(target, 'backup', 'tidak ada ringkasan JSON dari restic'));
  return {
    snapshot: String(summary.snapshot_id),
    files: Number(summary.total_files_processed),
    bytes: Number(summary.total_bytes_processed),
    newBytes: Number(summary.data_added),
    durationMs: Date.now() - started,
  };
}

export interface SnapshotInfo {
  id: string;
  shortId: string;
  time: string;
  tags: string[];
}

export async function listSnapshots(target: BackupTarget, rc: ResticContext): Promise<SnapshotInfo[]> {
  const result = await restic(target, ['snapshots', '--json', '--tag', SNAPSHOT_TAG], rc);
  if (result.code !== 0) throw failure(target, 'snapshots', result);
  const list = JSON.parse(result.stdout || '[]') as Array<{ id: string; short_id: string; time: string; tags?: string[] }>;
  return list.map((s) => ({ id: s.id, shortId: s.short_id, time: s.time, tags: s.tags ?? [] })).sort((a, b) => a.time.localeCompare(b.time));
}

/** "latest" or an id (prefix) → the snapshot; an unknown one is an error naming the target. */
export async function findSnapshot(target: BackupTarget, which: string, rc: ResticContext): Promise<SnapshotInfo> {
  const all = await listSnapshots(target, rc);
  const found = which === 'latest' ? all.at(-1) : all.find((s) => s.id.startsWith(which));
  if (!found) throw new BackupError(messages.noSnapshot(target, which));
  return found;
}

export interface ForgetResult {
  kept: string[];
  removed: string[];
}

/** Applies the retention policy and prunes what no kept snapshot needs. */
export async function applyRetention(target: BackupTarget, policy: RetentionPolicy, rc: ResticContext): Promise<ForgetResult> {
  const result = await restic(target, ['forget', '--json', '--prune', ...retentionArgs(policy)], rc);
  if (result.code !== 0) throw failure(target, 'forget --prune', result);
  // With --prune restic prints the prune report after the JSON array; the array is the first line.
  const first = result.stdout.split('\n').find((l) => l.startsWith('['));
  const groups = JSON.parse(first ?? '[]') as Array<{ keep?: Array<{ id: string }> | null; remove?: Array<{ id: string }> | null }>;
  return {
    kept: groups.flatMap((g) => (g.keep ?? []).map((s) => s.id)),
    removed: groups.flatMap((g) => (g.remove ?? []).map((s) => s.id)),
  };
}

/** `restic check --read-data…`: problems as restic's lines, empty when the repository is intact. */
export async function checkRepository(target: BackupTarget, readData: string, rc: ResticContext): Promise<string[]> {
  const result = await restic(target, ['check', ...checkArgs(readData)], rc);
  if (result.code === 0) return [];
  if (result.aborted) return [result.aborted];
  const kind = classifyFailure(result.stderr);
  if (kind !== 'other') throw failure(target, 'check', result);
  const lines = `${result.stdout}\n${result.stderr}`
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /error|fatal|invalid|does not match|not found|missing|damaged|unexpected/i.test(l) && !/^\[\d/.test(l));
  return lines.length ? lines.slice(0, 20) : [failureDetail(result.stderr)];
}

/** Restores a snapshot into `dir`; restic's errors (unreadable packs) come back as lines, the manifest check decides. */
export async function restoreSnapshot(target: BackupTarget, snapshot: string, dir: string, rc: ResticContext): Promise<string[]> {
  const result = await restic(target, ['restore', snapshot, '--target', dir], rc);
  if (result.code === 0) return [];
  if (result.aborted) return [`restic restore: ${result.aborted}`];
  const kind = classifyFailure(result.stderr);
  if (kind !== 'other') throw failure(target, 'restore', result);
  return [`restic restore: ${failureDetail(result.stderr)}`];
}
