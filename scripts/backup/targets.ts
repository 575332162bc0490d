// Naming external formats once: a configured target as restic's repository argument and as
// the label records and messages use (never a secret: remotes carry no credentials).
import type { BackupTarget, RetentionPolicy } from './config.ts';

/** The `-r` argument restic takes: a directory path or "rclone:remote:path". */
export function resticRepository(target: BackupTarget): string {
  return target.type === 'directory' ? target.path : `rclone:${target.remote}`;
}

/** "directory:/srv/cadangan" or "rclone:sftp-kantor:cadangan" (BackupRecord.target). */
export function targetLabel(target: BackupTarget): string {
  return target.type === 'directory' ? `directory:${target.path}` : `rclone:${target.remote}`;
}

/** The snapshots' host name: fixed, so retention groups every Laman snapshot together whatever folder it was staged in. */
export const SNAPSHOT_HOST = 'laman';
export const SNAPSHOT_TAG = 'laman';

/** `restic forget` arguments for a retention policy (pure). Zero counts are left out. */
export function retentionArgs(policy: RetentionPolicy): string[] {
  const args = ['--tag', SNAPSHOT_TAG, '--group-by', 'host'];
  const keep: Array<[string, number]> = [
    ['--keep-daily', policy.daily],
    ['--keep-weekly', policy.weekly],
    ['--keep-monthly', policy.monthly],
    ['--keep-yearly', policy.yearly],
  ];
  for (const [flag, count] of keep) if (count > 0) args.push(flag, String(count));
  return args;
}

/** `restic check` arguments for the configured read-back (pure). */
export function checkArgs(readData: string): string[] {
  return readData === 'all' ? ['--read-data'] : [`--read-data-subset=${readData}`];
}
