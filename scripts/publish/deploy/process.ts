// Runs a child process with an argument array (never a shell string), feeding it `input` and
// collecting what it prints: the SSH target reads the remote scripts' answers and shows
// rsync's and ssh's own error lines.
import { spawn } from 'node:child_process';

export interface Finished {
  /** Exit code, or null when a signal ended it. */
  code: number | null;
  stdout: string;
  stderr: string;
}

export function capture(file: string, args: readonly string[], options: { input?: string; env: Record<string, string | undefined> }): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env: options.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
    // A remote command that exits without reading its input closes the pipe early; that is not our failure.
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

/** The last few non-empty lines of a command's error output, for a message. */
export function tail(stderr: string, lines = 6): string {
  const kept = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  return kept.slice(-lines).join(' | ') || 'tanpa keterangan';
}
