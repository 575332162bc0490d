// The one adapter to restic: argument arrays, the key only as RESTIC_PASSWORD in the child's
// environment (never on the command line, never logged), JSON output parsed line by line.
import { spawn } from 'node:child_process';
import type { BackupTarget } from './config.ts';
import { BackupError, messages } from './messages.ts';
import { resticRepository } from './targets.ts';

export interface ResticContext {
  env: Record<string, string | undefined>;
  /** LAMAN_BACKUP_KEY. */
  key: string;
  /** Progress and notices, one Indonesian line each. */
  log: (line: string) => void;
}

export interface ResticResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Set when Laman stopped restic: why, in Indonesian. */
  aborted?: string;
}

/** restic retries a short read for many minutes; the same file ending early this often is damage, not the network. */
export const SHORT_READ_LIMIT = 2;
const SHORT_READ = /Load\(<(data|index|snapshots|keys)\/([0-9a-f]+)>[^)]*\) returned error, retrying after [^:]+: (?:ReadFull: )?unexpected EOF/;

/** The child's environment: the caller's, without any RESTIC_* that could redirect or unlock it, plus the key. */
export function resticEnv(env: Record<string, string | undefined>, key: string): Record<string, string | undefined> {
  const clean = Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('RESTIC_')));
  return { ...clean, RESTIC_PASSWORD: key, LC_ALL: 'C', LANG: 'C' };
}

export function restic(target: BackupTarget, args: readonly string[], rc: ResticContext, options: { cwd?: string; onStdoutLine?: (line: string) => void } = {}): Promise<ResticResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('restic', ['-r', resticRepository(target), ...args], { cwd: options.cwd, env: resticEnv(rc.env, rc.key), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let partial = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!options.onStdoutLine) return;
      partial += chunk;
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) options.onStdoutLine(line);
    });
    const shortReads = new Map<string, number>();
    let aborted: string | undefined;
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      for (const line of chunk.split('\n')) {
        const match = SHORT_READ.exec(line);
        if (!match || aborted) continue;
        const file = `${match[1]}/${match[2]}`;
        const seen = (shortReads.get(file) ?? 0) + 1;
        shortReads.set(file, seen);
        if (seen >= SHORT_READ_LIMIT) {
          aborted = `berkas ${file} di repositori lebih pendek dari seharusnya (terpotong): terbaca berakhir terlalu awal ${seen} kali`;
          // SIGINT: restic removes its lock before exiting.
          child.kill('SIGINT');
        }
      }
    });
    child.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new BackupError(messages.noRestic()) : error));
    child.once('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr, ...(aborted ? { aborted } : {}) }));
  });
}

export type ResticFailure = 'missing' | 'wrong-key' | 'locked' | 'unreachable' | 'other';

/** What a failed restic run means, from its (English, LC_ALL=C) stderr. Pure. */
export function classifyFailure(stderr: string): ResticFailure {
  if (/wrong password or no key found/.test(stderr)) return 'wrong-key';
  // Both the local and the rclone backends say this for a repository that is not there.
  if (/unable to open config file: .*(no such file or directory|does not exist)/.test(stderr) && /Is there a repository at the following location\?/.test(stderr)) return 'missing';
  if (/repository is already locked/.test(stderr)) return 'locked';
  if (/error talking HTTP to rclone|Failed to create file system|connection refused|no route to host|i\/o timeout|ssh: handshake failed|couldn't connect SSH/i.test(stderr)) return 'unreachable';
  return 'other';
}

/** restic's own lines without rclone's notices, for an error message (last few lines). */
export function failureDetail(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/NOTICE: Config file .* not found/.test(l) && !/^Is there a repository/.test(l));
  return lines.slice(-6).join(' | ') || 'tanpa pesan';
}

/** Turns a failed run into the operator's error for this target. */
export function failure(target: BackupTarget, step: string, result: ResticResult): BackupError {
  if (result.aborted) return new BackupError(messages.resticFailed(target, step, result.aborted));
  const detail = failureDetail(result.stderr);
  switch (classifyFailure(result.stderr)) {
    case 'wrong-key':
      return new BackupError(messages.wrongKey(target));
    case 'missing':
      return new BackupError(messages.missing(target));
    case 'locked':
      return new BackupError(messages.locked(target, detail));
    case 'unreachable':
      return new BackupError(messages.unreachable(target, detail));
    default:
      return new BackupError(messages.resticFailed(target, step, detail));
  }
}

/** Parses restic's --json lines (status lines and the final summary). */
export function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
