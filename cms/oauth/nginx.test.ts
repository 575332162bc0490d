// deploy/nginx/laman-cms-login.conf in Debian's nginx, beside laman-site.conf as on a
// court's server: paths pass through, and the handler's CSP arrives alone (the site's
// `script-src 'self'` would block the handshake script).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findNginx, freePort } from '../../tests/helpers/nginx.ts';
import { STATE_COOKIE } from './state.ts';
import { startFakeGitHub, type FakeGitHub } from './testing/fake-github.ts';
import { CLIENT, startLogin, type TestLogin } from './testing/login-server.ts';

const DEPLOY = path.resolve(import.meta.dirname, '../../deploy/nginx');
let work: string;
let nginx: ChildProcess;
let site: string;
let github: FakeGitHub;
let login: TestLogin;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'laman-cms-login-nginx-'));
  const port = await freePort();
  site = `http://127.0.0.1:${port}`;
  github = await startFakeGitHub(CLIENT);
  login = await startLogin({ githubUrl: github.url, allowedOrigins: ['https://pn-contoh.go.id'], callbackPath: '/cms-login/callback', publicUrl: site });
  // The snippet as shipped, pointed at this test's handler instead of 127.0.0.1:8787.
  const snippet = await readFile(path.join(DEPLOY, 'laman-cms-login.conf'), 'utf8');
  expect(snippet).toContain('proxy_pass http://127.0.0.1:8787;');
  await writeFile(path.join(work, 'laman-cms-login.conf'), snippet.replace('http://127.0.0.1:8787', login.url));
  const conf = path.join(work, 'nginx.conf');
  await writeFile(
    conf,
    `daemon off;
${process.getuid?.() === 0 ? 'user root root;' : ''}
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log ${work}/access.log;
  client_body_temp_path ${work}; proxy_temp_path ${work}; fastcgi_temp_path ${work}; uwsgi_temp_path ${work}; scgi_temp_path ${work};
  server {
    listen 127.0.0.1:${port};
    root ${work};
    include ${path.join(DEPLOY, 'laman-site.conf')};
    include ${work}/laman-cms-login.conf;
  }
}
`,
  );
  const bin = findNginx();
  const check = spawnSync(bin, ['-t', '-p', work, '-c', conf, '-e', `${work}/error.log`], { encoding: 'utf8' });
  expect(check.stderr).toContain('test is successful');
  nginx = spawn(bin, ['-p', work, '-c', conf, '-e', `${work}/error.log`], { stdio: 'ignore' });
  await waitForOk(`${site}/cms-login/healthz`);
}, 15_000);

async function waitForOk(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const res = await fetch(url).catch(() => undefined);
    if (res?.ok) return;
    if (nginx.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not answer at ${url}: ${await readFile(path.join(work, 'error.log'), 'utf8').catch(() => '')}`);
}

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx.once('exit', resolve));
    nginx.kill('SIGQUIT');
    await exited;
  }
  await Promise.all([login?.close(), github?.close()]);
  if (work) await rm(work, { recursive: true, force: true });
});

it('completes a login through nginx with the handler’s headers only', async () => {
  const auth = await fetch(`${site}/cms-login/auth?provider=github&site_id=pn-contoh.go.id&scope=repo`, { redirect: 'manual' });
  expect(auth.status).toBe(302);
  const toGitHub = new URL(auth.headers.get('location') ?? '');
  expect(toGitHub.searchParams.get('redirect_uri')).toBe(`${site}/cms-login/callback`);
  const cookie = auth.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  expect(cookie.startsWith(`${STATE_COOKIE}=`)).toBe(true);

  const back = new URL((await fetch(toGitHub, { redirect: 'manual' })).headers.get('location') ?? '');
  expect(back.origin + back.pathname).toBe(`${site}/cms-login/callback`);
  const res = await fetch(back, { headers: { cookie } });
  const html = await res.text();
  expect(res.status).toBe(200);
  expect(html).toContain(github.tokenFor(back.searchParams.get('code') ?? ''));
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toMatch(/^default-src 'none'; script-src 'nonce-[^']+'; style-src 'nonce-[^']+'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'$/);
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(login.logs.slice(-2).map((l) => `${l.path} ${l.status}`)).toEqual(['/cms-login/auth 302', '/cms-login/callback 200']);
  // nginx keeps the one-time code out of its access log.
  expect(await readFile(path.join(work, 'access.log'), 'utf8')).not.toContain('/cms-login/');
});

it('leaves the public site’s own headers alone', async () => {
  const res = await fetch(`${site}/tidak-ada`);
  expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
  expect(res.headers.get('x-robots-tag')).toBeNull();
});
