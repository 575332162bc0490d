// The backup key: the secret LAMAN_BACKUP_KEY, read from the environment the command was given.
import { BackupError, messages } from './messages.ts';

export const KEY_VARIABLE = 'LAMAN_BACKUP_KEY';

export function backupKey(env: Record<string, string | undefined>): string {
  const key = env[KEY_VARIABLE];
  if (!key) throw new BackupError(messages.noKey());
  return key;
}
