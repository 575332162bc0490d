// What every `laman backup …` command builds from its options and context: the repository
// folder, the configuration, the key and the restic context (progress lines on stderr).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError, type Context } from '../cli/context.ts';
import { BACKUP_CONFIG, loadBackupConfig, type BackupConfig } from './config.ts';
import { backupKey } from './key.ts';
import type { ResticContext } from './restic.ts';

export async function repoDirOption(value: string | undefined, ctx: Context): Promise<string> {
  const dir = path.resolve(ctx.cwd, value ?? '.');
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!info?.isDirectory()) throw new UsageError(`--repo-dir: folder tidak ditemukan: ${value ?? dir}`);
  return dir;
}

/** --config relative to the working directory; by default deploy/backup.json in the repository. */
export function loadConfigOption(value: string | undefined, repoDir: string, ctx: Context): Promise<BackupConfig> {
  return value === undefined ? loadBackupConfig(repoDir, BACKUP_CONFIG) : loadBackupConfig(ctx.cwd, value);
}

export function resticContext(ctx: Context): ResticContext {
  return { env: ctx.env, key: backupKey(ctx.env), log: (line) => ctx.stderr.write(`${line}\n`) };
}

export const COMMON_OPTIONS = {
  config: { type: 'string' },
  'repo-dir': { type: 'string' },
  json: { type: 'boolean' },
  record: { type: 'boolean' },
} as const;
