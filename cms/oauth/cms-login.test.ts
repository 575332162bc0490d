// `laman cms-login` as the IT officer runs it: a real process, stopped by a signal.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cmsLoginCommand } from '../../scripts/cli/commands/cms-login.ts';
import type { Context } from '../../scripts/cli/context.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ENV = {
  LAMAN_OAUTH_CLIENT_ID: 'Ov23liContoh',
  LAMAN_OAUTH_CLIENT_SECRET: 'rahasia-yang-panjang',
  LAMAN_OAUTH_ORIGINS: 'https://pn-contoh.go.id',
  LAMAN_OAUTH_REDIRECT_URL: 'https://pn-contoh.go.id/cms-login/callback',
  LAMAN_OAUTH_HOST: '127.0.0.1',
  LAMAN_OAUTH_PORT: '0',
};

// `laman cms-login` through the CLI's main(); the registry loads only this command's module.
const ENTRY = `
import { main } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'scripts/cli/main.ts')).href)};
process.exitCode = await main(['cms-login'], { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, now: () => new Date() });
`;

/** Starts the command, makes `requests` once it listens, then sends `signal`. */
async function runUntil(signal: NodeJS.Signals, requests: (base: string) => Promise<void>) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', ENTRY], { cwd: ROOT, env: { PATH: process.env.PATH, ...ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /listening on (http:\/\/\S+);/.exec(stdout)?.[1];
      if (url) resolve(url);
    });
    void exited.then((code) => reject(new Error(`exited early with ${code}: ${stderr}`)));
  });
  await requests(base);
  child.kill(signal);
  const code = await exited;
  return { code, stdout, stderr };
}

describe('laman cms-login', () => {
  it('serves the login, logs one line per request without queries, and stops on SIGTERM or SIGINT', async () => {
    const visit = async (base: string) => {
      expect(await (await fetch(`${base}/healthz`)).text()).toBe('ok');
      expect((await fetch(`${base}/cms-login/auth?provider=github&site_id=pn-contoh.go.id&scope=repo`, { redirect: 'manual' })).status).toBe(302);
      expect((await fetch(`${base}/cms-login/callback?code=kode-rahasia&state=keadaan-rahasia`)).status).toBe(400);
    };
    const [term, int] = await Promise.all([runUntil('SIGTERM', visit), runUntil('SIGINT', visit)]);
    for (const [run, signal] of [
      [term, 'SIGTERM'],
      [int, 'SIGINT'],
    ] as const) {
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^laman cms-login: listening on http:\/\/127\.0\.0\.1:\d+; callback https:\/\/pn-contoh\.go\.id\/cms-login\/callback; CMS origins https:\/\/pn-contoh\.go\.id$/);
      expect(lines.slice(1, -1).map((l) => l.replace(/^\S+ /, '').replace(/ \d+ms$/, ''))).toEqual([
        'GET /healthz 200 ok',
        'GET /cms-login/auth 302 redirect',
        'GET /cms-login/callback 400 state_missing',
      ]);
      expect(lines.at(-1)).toBe(`laman cms-login: stopped (${signal})`);
      expect(run.stdout).not.toMatch(/\?|kode-rahasia|keadaan-rahasia|rahasia-yang-panjang/);
    }
  }, 15_000);

  it('names the missing settings and points to the guide', async () => {
    await expect(cmsLoginCommand.run([], context({ LAMAN_OAUTH_CLIENT_ID: 'x' }))).rejects.toThrow(
      /^invalid login configuration:\n {2}- LAMAN_OAUTH_CLIENT_SECRET is not set\n {2}- LAMAN_OAUTH_ORIGINS is not set\n {2}- LAMAN_OAUTH_REDIRECT_URL is not set\nSee docs\/cms-login\.md\.$/,
    );
  });

  it('says which address is taken', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as AddressInfo).port;
    try {
      await expect(cmsLoginCommand.run([], context({ ...ENV, LAMAN_OAUTH_PORT: String(port) }))).rejects.toThrow(
        `cannot listen on 127.0.0.1:${port} (EADDRINUSE); set LAMAN_OAUTH_HOST / LAMAN_OAUTH_PORT`,
      );
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });
});

function context(env: Record<string, string>): Context {
  const sink = new Writable({ write: (_chunk, _enc, done) => done() });
  return { cwd: ROOT, env, stdout: sink, stderr: sink, now: () => new Date(0) };
}
