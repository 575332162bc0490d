// The login handler over real HTTP, against a fake GitHub OAuth server: what Decap's
// popup gets at each step, what GitHub is asked, and what the page would post where.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANDSHAKE_SCRIPT } from './page.ts';
import { STATE_COOKIE } from './state.ts';
import { startFakeGitHub, type FakeGitHub } from './testing/fake-github.ts';
import { dataBlock, executableScripts, simulatePopup } from './testing/handshake-sim.ts';
import { CLIENT, startLogin, type TestLogin } from './testing/login-server.ts';

const CMS = 'https://pn-contoh.go.id';
let github: FakeGitHub;
let login: TestLogin;

beforeAll(async () => {
  github = await startFakeGitHub(CLIENT);
  login = await startLogin({ githubUrl: github.url, allowedOrigins: [CMS, 'https://cms.pn-contoh.go.id'] });
});
afterAll(async () => {
  await login?.close();
  await github?.close();
});

/** What Decap's popup asks for first. */
async function startAuth(base: string, query = 'provider=github&site_id=pn-contoh.go.id&scope=repo') {
  const res = await fetch(`${base}/auth?${query}`, { redirect: 'manual' });
  const setCookie = res.headers.getSetCookie();
  const location = res.headers.get('location') ?? '';
  const state = location ? (new URL(location).searchParams.get('state') ?? '') : '';
  const cookie = setCookie[0]?.split(';')[0] ?? '';
  return { res, location, state, cookie, setCookie };
}

/** GitHub's side: the user approves, GitHub redirects to the callback with code and state. */
async function approveAtGitHub(location: string): Promise<URL> {
  const res = await fetch(location, { redirect: 'manual' });
  expect(res.status).toBe(302);
  return new URL(res.headers.get('location') ?? '');
}

async function callback(base: string, query: string, cookie?: string) {
  const res = await fetch(`${base}/callback?${query}`, { headers: cookie ? { cookie } : {} });
  return { res, html: await res.text() };
}

/** Runs the page as Decap's popup would: the opener echoes "authorizing:github" from `origin`. */
function handshake(html: string, origin = CMS) {
  const popup = simulatePopup(html);
  popup.deliver({ origin, data: 'authorizing:github' });
  return popup;
}

function errorMessage(posted: { message: unknown }[]): string {
  const last = String(posted.at(-1)?.message ?? '');
  const match = /^authorization:github:error:(.+)$/.exec(last);
  if (!match?.[1]) throw new Error(`not an error message: ${last}`);
  return (JSON.parse(match[1]) as { message: string }).message;
}

describe('GET /auth', () => {
  it('sends the browser to GitHub with the client, callback, scope and a fresh state', async () => {
    const { res, location, state } = await startAuth(login.url);
    expect(res.status).toBe(302);
    const url = new URL(location);
    expect(url.origin + url.pathname).toBe(`${github.url}/login/oauth/authorize`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ client_id: CLIENT.clientId, redirect_uri: `${login.url}/callback`, scope: 'repo', state });
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await startAuth(login.url)).state).not.toBe(state);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('binds the state to the browser with a short-lived __Host- cookie', async () => {
    const { setCookie, state } = await startAuth(login.url);
    expect(setCookie).toHaveLength(1);
    const [pair, ...attributes] = (setCookie[0] ?? '').split(';').map((s) => s.trim());
    expect(pair).toBe(`${STATE_COOKIE}=${state}`);
    expect(STATE_COOKIE.startsWith('__Host-')).toBe(true);
    expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'Secure', 'SameSite=Lax', 'Max-Age=600']));
    expect(attributes.some((a) => /^domain=/i.test(a))).toBe(false);
  });

  it('accepts public_repo, and the first allowed scope when Decap asks for none', async () => {
    expect(new URL((await startAuth(login.url, 'provider=github&scope=public_repo')).location).searchParams.get('scope')).toBe('public_repo');
    expect(new URL((await startAuth(login.url, 'provider=github')).location).searchParams.get('scope')).toBe('repo');
  });

  it('refuses other providers and other scopes, in Indonesian, through the handshake', async () => {
    const provider = await startAuth(login.url, 'provider=gitlab&scope=repo');
    expect(provider.res.status).toBe(400);
    expect(provider.setCookie).toEqual([]);
    const providerHtml = await provider.res.text();
    expect(providerHtml).toContain('Penyedia login &quot;gitlab&quot; tidak didukung');
    expect(errorMessage(handshake(providerHtml).posted)).toContain('hanya menerima login dengan GitHub');

    const scope = await startAuth(login.url, 'provider=github&scope=admin:org,delete_repo');
    expect(scope.res.status).toBe(400);
    expect(scope.location).toBe('');
    expect(errorMessage(handshake(await scope.res.text()).posted)).toBe(
      'Izin GitHub "admin:org,delete_repo" tidak diizinkan untuk login CMS. Hubungi petugas TI untuk memeriksa konfigurasi CMS (auth_scope).',
    );
  });
});

describe('GET /callback', () => {
  it('exchanges the code at GitHub and hands the token to the CMS window only', async () => {
    const { location, cookie } = await startAuth(login.url);
    const back = await approveAtGitHub(location);
    const code = back.searchParams.get('code') ?? '';
    const before = github.tokenRequests.length;
    const { res, html } = await callback(login.url, back.searchParams.toString(), cookie);

    expect(res.status).toBe(200);
    expect(html).toContain('Login berhasil');
    // GitHub was asked once, as its documentation says.
    const asked = github.tokenRequests.slice(before);
    expect(asked).toHaveLength(1);
    expect(asked[0]?.headers.accept).toBe('application/json');
    expect(Object.fromEntries(asked[0]?.params ?? [])).toEqual({ ...{ client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret }, code, redirect_uri: `${login.url}/callback` });

    // The popup announces itself to the allowed origins only, then answers the CMS.
    const popup = simulatePopup(html);
    expect(popup.posted).toEqual([
      { message: 'authorizing:github', targetOrigin: CMS },
      { message: 'authorizing:github', targetOrigin: 'https://cms.pn-contoh.go.id' },
    ]);
    popup.deliver({ origin: CMS, data: 'authorizing:github' });
    expect(popup.posted.slice(2)).toEqual([{ message: `authorization:github:success:${JSON.stringify({ token: github.tokenFor(code), provider: 'github' })}`, targetOrigin: CMS }]);
    // A second echo gets nothing more.
    popup.deliver({ origin: CMS, data: 'authorizing:github' });
    expect(popup.posted).toHaveLength(3);

    // The state is spent: the cookie is cleared with the answer.
    expect(res.headers.getSetCookie()).toEqual([`${STATE_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax`]);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('never gives the token to another origin, another window or another message', async () => {
    const { location, cookie } = await startAuth(login.url);
    const back = await approveAtGitHub(location);
    const { html } = await callback(login.url, back.searchParams.toString(), cookie);
    const token = github.tokenFor(back.searchParams.get('code') ?? '');

    const popup = simulatePopup(html);
    popup.deliver({ origin: 'https://jahat.example', data: 'authorizing:github' });
    popup.deliver({ origin: 'null', data: 'authorizing:github' });
    popup.deliver({ origin: CMS, data: 'authorizing:github', source: 'other' });
    popup.deliver({ origin: CMS, data: 'authorizing:gitlab' });
    expect(popup.posted.map((p) => p.message)).toEqual(['authorizing:github', 'authorizing:github']);
    expect(popup.posted.every((p) => p.targetOrigin !== '*')).toBe(true);

    // The token sits in the success message and nowhere else on the page.
    expect(html.split(token)).toHaveLength(2);
    const data = dataBlock(html) as { message: string; origins: string[] };
    expect(data.message).toContain(token);
    expect(data.origins).toEqual([CMS, 'https://cms.pn-contoh.go.id']);
    expect(executableScripts(html).map((s) => s.text)).toEqual([HANDSHAKE_SCRIPT]);
    expect(HANDSHAKE_SCRIPT).not.toContain("'*'");
  });

  it('refuses a state that does not match the cookie, without asking GitHub', async () => {
    const first = await startAuth(login.url);
    const second = await startAuth(login.url);
    const back = await approveAtGitHub(first.location);
    const before = github.tokenRequests.length;
    // The callback of one login with the cookie of another (a forged link in another tab).
    const { res, html } = await callback(login.url, back.searchParams.toString(), second.cookie);
    expect(res.status).toBe(400);
    expect(html).toContain('Sesi login tidak cocok dengan peramban ini');
    expect(errorMessage(handshake(html).posted)).toMatch(/^Sesi login tidak cocok dengan peramban ini, sehingga login dihentikan demi keamanan\./);
    expect(github.tokenRequests.length).toBe(before);
    expect(res.headers.getSetCookie()[0]).toMatch(/Max-Age=0/);
  });

  it('refuses a callback without the state cookie (expired, or another browser)', async () => {
    const { location } = await startAuth(login.url);
    const back = await approveAtGitHub(location);
    const before = github.tokenRequests.length;
    const { res, html } = await callback(login.url, back.searchParams.toString());
    expect(res.status).toBe(400);
    expect(errorMessage(handshake(html).posted)).toContain('Sesi login tidak ditemukan atau sudah kedaluwarsa');
    expect(github.tokenRequests.length).toBe(before);
  });

  it('turns GitHub’s error answer into an error handshake with its code', async () => {
    const { state, cookie } = await startAuth(login.url);
    const { res, html } = await callback(login.url, `code=${github.issueCode()}x&state=${state}`, cookie);
    expect(res.status).toBe(502);
    const message = errorMessage(handshake(html).posted);
    expect(message).toBe('GitHub menolak kode login karena sudah dipakai atau kedaluwarsa (bad_verification_code). Tutup jendela ini, lalu klik lagi "Masuk dengan GitHub" di halaman CMS.');
    expect(html).toContain('<h1>Login gagal</h1>');
    expect(html).toContain('sudah dipakai atau kedaluwarsa');
  });

  it('refuses a code used twice', async () => {
    const { location, cookie } = await startAuth(login.url);
    const back = await approveAtGitHub(location);
    expect((await callback(login.url, back.searchParams.toString(), cookie)).res.status).toBe(200);
    const again = await callback(login.url, back.searchParams.toString(), cookie);
    expect(again.res.status).toBe(502);
    expect(errorMessage(handshake(again.html).posted)).toContain('bad_verification_code');
  });

  it('says so when GitHub answers with a page instead of JSON', async () => {
    const { state, cookie } = await startAuth(login.url);
    const { res, html } = await callback(login.url, `code=html&state=${state}`, cookie);
    expect(res.status).toBe(502);
    expect(errorMessage(handshake(html).posted)).toMatch(/^Jawaban GitHub tidak dapat dibaca\./);
  });

  it('reports a missing code and a login the user cancelled at GitHub', async () => {
    const missing = await startAuth(login.url);
    const noCode = await callback(login.url, `state=${missing.state}`, missing.cookie);
    expect(noCode.res.status).toBe(400);
    expect(errorMessage(handshake(noCode.html).posted)).toMatch(/^GitHub tidak mengirimkan kode login\./);

    github.authorizeAnswer = 'deny';
    try {
      const { location, cookie } = await startAuth(login.url);
      const back = await approveAtGitHub(location);
      const denied = await callback(login.url, back.searchParams.toString(), cookie);
      expect(denied.res.status).toBe(400);
      expect(errorMessage(handshake(denied.html).posted)).toMatch(/^Login dibatalkan: akses ke GitHub tidak disetujui\./);
    } finally {
      github.authorizeAnswer = 'approve';
    }
  });

  it('reports a GitHub that cannot be reached or does not answer, and logs why', async () => {
    // A port nobody listens on.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const offline = await startLogin({ githubUrl: `http://127.0.0.1:${deadPort}`, allowedOrigins: [CMS] });
    const slow = await startLogin({ githubUrl: github.url, allowedOrigins: [CMS], exchangeTimeoutMs: 300 });
    try {
      const a = await startAuth(offline.url);
      const down = await callback(offline.url, `code=${github.issueCode()}&state=${a.state}`, a.cookie);
      expect(down.res.status).toBe(502);
      expect(errorMessage(handshake(down.html).posted)).toMatch(/^Server login tidak dapat menghubungi GitHub\./);
      expect(offline.logs.at(-1)).toMatchObject({ path: '/callback', status: 502, outcome: 'github_unreachable', error: 'ECONNREFUSED' });

      const b = await startAuth(slow.url);
      const started = Date.now();
      const hung = await callback(slow.url, `code=hang&state=${b.state}`, b.cookie);
      expect(hung.res.status).toBe(502);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(slow.logs.at(-1)).toMatchObject({ outcome: 'github_unreachable', error: 'timeout' });
    } finally {
      await offline.close();
      await slow.close();
    }
  });
});

describe('the page', () => {
  it('escapes hostile input in the page and keeps it out of the script', async () => {
    const hostile = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
    const { res } = await startAuth(login.url, `provider=github&scope=${encodeURIComponent(hostile)}`);
    const html = await res.text();
    expect(res.status).toBe(400);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)');
    // Only the two page scripts, the second being the constant handshake code.
    expect(executableScripts(html).map((s) => s.text)).toEqual([HANDSHAKE_SCRIPT]);
    // Decap gets the text as it was, to show as text.
    expect(errorMessage(handshake(html).posted)).toContain(`"${hostile}"`);

    const provider = await startAuth(login.url, `provider=${encodeURIComponent('"><svg onload=alert(3)>')}`);
    const providerHtml = await provider.res.text();
    expect(providerHtml).not.toContain('<svg');
    expect(providerHtml).toContain('&quot;&gt;&lt;svg onload=alert(3)&gt;');
  });

  it('runs only under a strict CSP with a fresh nonce per answer', async () => {
    const pages = await Promise.all([1, 2].map(async () => (await fetch(`${login.url}/auth?provider=gitlab`)).headers));
    const nonces = pages.map((headers) => {
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/^default-src 'none'; script-src 'nonce-[A-Za-z0-9+/=]{20,}'; /);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      // Cross-Origin-Opener-Policy would cut the popup off from the CMS window.
      expect(headers.get('cross-origin-opener-policy')).toBeNull();
      return /'nonce-([^']+)'/.exec(csp)?.[1];
    });
    expect(nonces[0]).not.toBe(nonces[1]);

    const res = await fetch(`${login.url}/auth?provider=gitlab`);
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
    const html = await res.text();
    expect(executableScripts(html).map((s) => s.nonce)).toEqual([nonce]);
    expect(html).toContain(`<style nonce="${nonce}">`);
    expect(html).not.toMatch(/\son[a-z]+=|\sstyle=/);
  });

  it('tells the user when it was not opened from the CMS', async () => {
    const { html } = await callback(login.url, 'code=x&state=y');
    const popup = simulatePopup(html, { withOpener: false });
    expect(popup.posted).toEqual([]);
    expect(popup.shown).toEqual(['tanpa-pembuka']);
    expect(html).toContain('Jendela ini harus dibuka dari tombol "Masuk dengan GitHub" di halaman CMS.');
  });
});

describe('the rest', () => {
  it('answers /healthz, 404 elsewhere and 405 for other methods', async () => {
    const health = await fetch(`${login.url}/healthz`);
    expect([health.status, await health.text()]).toEqual([200, 'ok']);
    expect((await fetch(`${login.url}/`)).status).toBe(404);
    const post = await fetch(`${login.url}/auth?provider=github`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
  });

  it('logs one line per request without query strings, codes, states or tokens', async () => {
    const { location, cookie, state } = await startAuth(login.url);
    const back = await approveAtGitHub(location);
    const code = back.searchParams.get('code') ?? '';
    await callback(login.url, back.searchParams.toString(), cookie);
    const logged = JSON.stringify(login.logs);
    for (const secret of [code, state, github.tokenFor(code), CLIENT.clientSecret, '?']) expect(logged).not.toContain(secret);
    expect(login.logs.slice(-2).map(({ method, path, status, outcome }) => ({ method, path, status, outcome }))).toEqual([
      { method: 'GET', path: '/auth', status: 302, outcome: 'redirect' },
      { method: 'GET', path: '/callback', status: 200, outcome: 'success' },
    ]);
  });
});
