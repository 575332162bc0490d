// Runs a child process with an argument array (never a shell string), streaming its output.
import { spawn } from 'node:child_process';

export interface RunOptions {
  cwd: string;
  env: Record<string, string | undefined>;
}

export class CommandFailed extends Error {
  readonly code: number | null;
  constructor(command: string, code: number | null, signal: NodeJS.Signals | null) {
    super(`${command} gagal (${signal ? `dihentikan oleh ${signal}` : `kode keluar ${code}`})`);
    this.name = 'CommandFailed';
    this.code = code;
  }
}

/** Runs `file args…` with inherited stdio; resolves when it exits 0, rejects otherwise. */
export function run(file: string, args: readonly string[], options: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd: options.cwd, env: options.env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new CommandFailed([file, ...args].join(' '), code, signal));
    });
  });
}
