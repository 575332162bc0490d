// Runs a child process with an argument array and collects its output.
import { spawn } from 'node:child_process';

export interface ChildOutput {
  stdout: string;
  stderr: string;
  /** Measured by the parent, from spawn to exit. */
  wallMs: number;
}

export class ChildFailedError extends Error {
  override name = 'ChildFailedError';
}

/** Last lines of a process's output, for error messages. */
export function tail(text: string, lines = 40): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

export function runChild(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: Record<string, string | undefined>; label: string },
): Promise<ChildOutput> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      if (code === 0) return resolve({ stdout, stderr, wallMs });
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      const output = tail(stderr) || tail(stdout) || '(no output)';
      reject(new ChildFailedError(`${options.label} ${how}:\n${output}`));
    });
  });
}
