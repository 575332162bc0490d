// Runs decap-server (the local backend of Decap CMS) in git mode, bound to 127.0.0.1, so
// drafts, "Sedang Ditinjau", "Siap Terbit" and publishing all work without GitHub.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

export function decapServerEntry(): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve('decap-server/package.json')), 'dist', 'index.js');
}

export interface DecapServerOptions {
  repoDir: string;
  port: number;
  env: Record<string, string | undefined>;
}

export function decapServerEnv({ repoDir, port, env }: DecapServerOptions): Record<string, string | undefined> {
  return {
    ...env,
    // MODE=fs (decap-server's default) silently turns the editorial workflow off.
    MODE: 'git',
    GIT_REPO_DIRECTORY: repoDir,
    PORT: String(port),
    BIND_HOST: '127.0.0.1',
    LOG_LEVEL: env.LOG_LEVEL ?? 'info',
  };
}

export function startDecapServer(options: DecapServerOptions): ChildProcess {
  return spawn(process.execPath, [decapServerEntry()], { cwd: options.repoDir, env: decapServerEnv(options), stdio: 'inherit' });
}
