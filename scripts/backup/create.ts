// `laman backup create`: stage once, then for every target open (or create) the restic
// repository, back up, and apply retention. A failing target does not stop the others; every
// failure is reported and the command fails.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GitHubClient } from '../github/client.ts';
import type { BackupRecord } from '../records/types.ts';
import type { BackupConfig, BackupTarget } from './config.ts';
import type { ExportSummary } from './github-export.ts';
import { applyRetention, backupFolder, ensureRepository, type BackupSummary, type ForgetResult } from './repository.ts';
import type { ResticContext } from './restic.ts';
import { stageSnapshot } from './stage.ts';
import { targetLabel } from './targets.ts';

export interface CreateOptions {
  config: BackupConfig;
  targets: readonly BackupTarget[];
  repoDir: string;
  siteDir: string;
  sourceRepo?: string;
  github?: { client: GitHubClient; owner: string; repo: string };
  restic: ResticContext;
  now: () => Date;
}

export interface TargetOutcome {
  target: BackupTarget;
  created?: boolean;
  summary?: BackupSummary;
  retention?: ForgetResult;
  error?: string;
}

export interface CreateResult {
  commit: string;
  refs: number;
  files: number;
  github?: ExportSummary;
  outcomes: TargetOutcome[];
  records: BackupRecord[];
}

export async function createBackup(options: CreateOptions): Promise<CreateResult> {
  const at = options.now();
  const log = options.restic.log;
  const staging = await mkdtemp(path.join(tmpdir(), 'laman-cadangan-'));
  try {
    const staged = await stageSnapshot({
      repoDir: options.repoDir,
      siteDir: options.siteDir,
      dir: staging,
      env: options.restic.env,
      now: at,
      log,
      ...(options.sourceRepo ? { sourceRepo: options.sourceRepo } : {}),
      ...(options.github ? { github: options.github } : {}),
    });
    const commit = staged.manifest.source.head;
    const outcomes: TargetOutcome[] = [];
    const records: BackupRecord[] = [];
    for (const target of options.targets) {
      const started = Date.now();
      const outcome: TargetOutcome = { target };
      try {
        outcome.created = (await ensureRepository(target, options.restic)) === 'created';
        log(`cadangan ${target.name}: membuat snapshot`);
        outcome.summary = await backupFolder(target, staging, [`commit:${commit.slice(0, 12)}`], at, options.restic);
        log(`cadangan ${target.name}: menerapkan masa simpan (forget --prune)`);
        outcome.retention = await applyRetention(target, options.config.retention, options.restic);
      } catch (error) {
        if (!(error instanceof Error) || error.name !== 'BackupError') throw error;
        outcome.error = error.message;
      }
      outcomes.push(outcome);
      records.push({
        kind: 'create',
        at: at.toISOString(),
        snapshot: outcome.summary?.snapshot ?? '',
        target: targetLabel(target),
        ok: !outcome.error,
        files: outcome.summary?.files ?? staged.manifest.files.length + 1,
        bytes: outcome.summary?.bytes ?? 0,
        ...(outcome.summary ? { newBytes: outcome.summary.newBytes } : {}),
        durationMs: outcome.summary?.durationMs ?? Date.now() - started,
        problems: outcome.error ? [outcome.error] : [],
      });
    }
    return {
      commit,
      refs: staged.manifest.source.refs.length,
      files: staged.manifest.files.length + 1,
      ...(staged.github ? { github: staged.github } : {}),
      outcomes,
      records,
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
