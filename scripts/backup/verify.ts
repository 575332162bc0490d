// `laman backup verify`: restic's own check (reading the data back) and a restore of the
// snapshot to a temporary folder checked file by file against MANIFEST.json.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BackupRecord } from '../records/types.ts';
import type { BackupConfig, BackupTarget } from './config.ts';
import { messages } from './messages.ts';
import { checkRepository } from './repository.ts';
import { restoreAndCheck } from './restore.ts';
import type { ResticContext } from './restic.ts';
import { targetLabel } from './targets.ts';

export interface VerifyOutcome {
  target: BackupTarget;
  snapshot?: string;
  files: number;
  bytes: number;
  problems: string[];
  durationMs: number;
}

export async function verifyTarget(target: BackupTarget, which: string, config: BackupConfig, rc: ResticContext): Promise<VerifyOutcome> {
  const started = Date.now();
  const outcome: VerifyOutcome = { target, files: 0, bytes: 0, problems: [], durationMs: 0 };
  const work = await mkdtemp(path.join(tmpdir(), 'laman-verifikasi-'));
  try {
    rc.log(`verifikasi ${target.name}: restic check (${config.read_data === 'all' ? 'membaca semua data' : `membaca sebagian data: ${config.read_data}`})`);
    const checkProblems = await checkRepository(target, config.read_data, rc);
    if (checkProblems.length) outcome.problems.push(messages.checkFailed(target, `${checkProblems.length} baris galat`), ...checkProblems.map((p) => `  restic check: ${p}`));
    const restored = await restoreAndCheck(target, which, path.join(work, 'snapshot'), rc);
    outcome.snapshot = restored.snapshot.id;
    outcome.files = restored.manifest ? restored.manifest.files.length : 0;
    outcome.bytes = restored.manifest ? restored.manifest.files.reduce((sum, f) => sum + f.size, 0) : 0;
    outcome.problems.push(...restored.problems);
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'BackupError') throw error;
    outcome.problems.push(error.message);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  outcome.durationMs = Date.now() - started;
  return outcome;
}

export function verifyRecord(outcome: VerifyOutcome, at: Date, kind: BackupRecord['kind'] = 'verify'): BackupRecord {
  return {
    kind,
    at: at.toISOString(),
    snapshot: outcome.snapshot ?? '',
    target: targetLabel(outcome.target),
    ok: outcome.problems.length === 0,
    files: outcome.files,
    bytes: outcome.bytes,
    durationMs: outcome.durationMs,
    problems: outcome.problems.slice(0, 50),
  };
}
