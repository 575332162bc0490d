// deploy/nginx/laman-site.conf and laman-log.conf in Debian's nginx, over a hand-made
// release behind a `current` symlink: the security headers on every kind of response,
// caching per file type, gzip, GET/HEAD only, the `laman` access-log line as documented
// in docs/nginx.md, and a release switch seen by the very next request.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';
import { freePort } from '../helpers/nginx.ts';
import { DEPLOY, makeRelease, runNginx, switchCurrent, type RunningNginx } from './serve.ts';
import { writeNginxConf } from '../helpers/nginx.ts';

let work: string;
let nginx: RunningNginx;
let base: string;
let accessLog: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'laman-nginx-site-'));
  await makeRelease(work, 'A', new Date(Date.now() - 3_600_000));
  await switchCurrent(work, 'A');
  const port = await freePort();
  accessLog = path.join(work, 'access.log');
  const conf = await writeNginxConf(
    work,
    `  include ${path.join(DEPLOY, 'laman-log.conf')};
  server {
    listen 127.0.0.1:${port};
    server_name pn-contoh.go.id;
    root ${path.join(work, 'current')};
    access_log ${accessLog} laman;
    include ${path.join(DEPLOY, 'laman-site.conf')};
    # A court's own location with a header of its own (laman-headers.conf's use).
    location = /ekstra.txt {
      add_header X-Ekstra "ya" always;
      include ${path.join(DEPLOY, 'laman-headers.conf')};
      return 200 "ekstra\\n";
    }
  }`,
  );
  nginx = await runNginx(work, conf);
  base = `http://127.0.0.1:${port}`;
}, 20_000);

afterAll(async () => {
  await nginx?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

const PAGE_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
const BERKAS_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
const NO_CACHE = 'no-cache';
const DAY = 'public, max-age=86400';
const WEEK = 'public, max-age=604800';
const YEAR = 'public, max-age=31536000, immutable';

function expectSecurityHeaders(res: Response, csp: string, what: string): void {
  expect(res.headers.get('content-security-policy'), what).toBe(csp);
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(res.headers.get('x-frame-options'), what).toBe('DENY');
  expect(res.headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin');
  expect(res.headers.get('permissions-policy'), what).toBe('geolocation=(), camera=(), microphone=(), payment=(), usb=()');
  // Plain HTTP: HSTS belongs to laman.conf's HTTPS server (laman-conf.test.ts).
  expect(res.headers.get('strict-transport-security'), what).toBeNull();
  // server_tokens off: no version for a scanner to match.
  expect(res.headers.get('server'), what).toBe('nginx');
}

describe('headers per kind of response', () => {
  it.each([
    // path, status, content type, CSP, Cache-Control
    ['/', 200, 'text/html; charset=utf-8', PAGE_CSP, NO_CACHE],
    ['/berita/', 200, 'text/html; charset=utf-8', PAGE_CSP, NO_CACHE],
    ['/_astro/situs.A.js', 200, 'application/javascript; charset=utf-8', PAGE_CSP, YEAR],
    ['/js/situs.js', 200, 'application/javascript; charset=utf-8', PAGE_CSP, NO_CACHE],
    ['/berkas/dokumen/a.pdf', 200, 'application/pdf', BERKAS_CSP, DAY],
    ['/berkas/berita/foto.png', 200, 'image/png', BERKAS_CSP, DAY],
    ['/favicon.png', 200, 'image/png', PAGE_CSP, WEEK],
    ['/laman-manifest.json', 200, 'application/json', PAGE_CSP, 'no-store'],
    // Every 404 is the site's 404 page with the page's headers, never a year of caching.
    ['/tidak-ada/', 404, 'text/html; charset=utf-8', PAGE_CSP, NO_CACHE],
    ['/_astro/hilang.js', 404, 'text/html; charset=utf-8', PAGE_CSP, NO_CACHE],
    ['/berkas/hilang.pdf', 404, 'text/html; charset=utf-8', PAGE_CSP, NO_CACHE],
    ['/hilang.png', 404, 'text/html; charset=utf-8', PAGE_CSP, NO_CACHE],
    ['/404.html', 404, 'text/html; charset=utf-8', PAGE_CSP, NO_CACHE],
  ] as const)('%s → %i, %s', async (urlPath, status, type, csp, cache) => {
    const res = await fetch(base + urlPath);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe(type);
    expectSecurityHeaders(res, csp, urlPath);
    expect(res.headers.get('cache-control')).toBe(cache);
    if (status === 404) expect(await res.text()).toContain('<h1>404 A</h1>');
  });

  it('keeps unsafe-inline and unsafe-eval out of the public pages’ CSP', async () => {
    for (const urlPath of ['/', '/berita/', '/tidak-ada/', '/_astro/situs.A.js', '/js/situs.js']) {
      const csp = (await fetch(base + urlPath)).headers.get('content-security-policy') ?? '';
      expect(csp, urlPath).toContain("script-src 'self'");
      expect(csp, urlPath).not.toContain("'unsafe-inline'");
      expect(csp, urlPath).not.toContain("'unsafe-eval'");
    }
    // Uploaded files may hold an SVG or HTML: no script at all, and sandboxed.
    const berkas = (await fetch(base + '/berkas/dokumen/a.pdf')).headers.get('content-security-policy') ?? '';
    expect(berkas).not.toContain('script-src');
    expect(berkas).toMatch(/\bsandbox\b/);
  });

  it('gives the CMS under /admin/ its own CSP and referrer policy, and keeps the rest', async () => {
    const res = await fetch(base + '/admin/');
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain('connect-src \'self\' https://api.github.com');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('cache-control')).toBe(NO_CACHE);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('repeats every security header in a location of the court’s own through laman-headers.conf', async () => {
    const res = await fetch(base + '/ekstra.txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-ekstra')).toBe('ya');
    expectSecurityHeaders(res, PAGE_CSP, '/ekstra.txt');
    expect(res.headers.get('cache-control')).toBe(NO_CACHE);
  });

  it('keeps laman-headers.conf equal to laman-site.conf’s header lines', async () => {
    const addHeaders = async (file: string) =>
      (await readFile(path.join(DEPLOY, file), 'utf8'))
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.startsWith('add_header '));
    const site = await addHeaders('laman-site.conf');
    expect(site.length).toBeGreaterThanOrEqual(6);
    expect(await addHeaders('laman-headers.conf')).toEqual(site);
  });
});

describe('methods', () => {
  it('answers GET and HEAD, and 405 with the security headers to anything else', async () => {
    expect((await fetch(base + '/', { method: 'HEAD' })).status).toBe(200);
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const res = await fetch(base + '/', { method, body: method === 'POST' || method === 'PUT' ? 'x=1' : undefined });
      expect(res.status, method).toBe(405);
      expectSecurityHeaders(res, PAGE_CSP, method);
    }
  });
});

describe('compression', () => {
  it('gzips HTML and JavaScript for clients that accept it, and only for them', async () => {
    for (const urlPath of ['/', '/_astro/situs.A.js']) {
      const file = await readFile(path.join(work, 'current', urlPath === '/' ? 'index.html' : urlPath), 'utf8');
      const gz = await fetch(base + urlPath, { headers: { 'accept-encoding': 'gzip' } });
      expect(gz.headers.get('content-encoding'), urlPath).toBe('gzip');
      expect(gz.headers.get('vary'), urlPath).toBe('Accept-Encoding');
      expect(await gz.text(), urlPath).toBe(file);
      const plain = await fetch(base + urlPath, { headers: { 'accept-encoding': 'identity' } });
      expect(plain.headers.get('content-encoding'), urlPath).toBeNull();
      expect(plain.headers.get('content-length'), urlPath).toBe(String(Buffer.byteLength(file)));
    }
  });

  it('sends PDFs and images as they are', async () => {
    for (const urlPath of ['/berkas/dokumen/a.pdf', '/berkas/berita/foto.png']) {
      const res = await fetch(base + urlPath, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.headers.get('content-encoding'), urlPath).toBeNull();
    }
  });
});

describe('access log', () => {
  // docs/nginx.md, "Format log akses": combined, then $request_time and $host.
  const LAMAN_LINE =
    /^(?<addr>\S+) - (?<user>\S+) \[(?<time>\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4})\] "(?<request>[^"]*)" (?<status>\d{3}) (?<bytes>\d+) "(?<referer>[^"]*)" "(?<agent>[^"]*)" (?<requestTime>\d+\.\d{3}) (?<host>\S+)$/;
  // What a parser of nginx's `combined` format expects, unanchored at the end as such parsers are.
  const COMBINED = /^(\S+) \S+ (\S+) \[([^\]]+)\] "([^"]*)" (\d{3}) (\d+|-) "([^"]*)" "([^"]*)"/;

  /** The log's last line once it is the request marked `marker` (in its user agent). */
  async function lastLine(marker: string): Promise<string> {
    // nginx writes the line after sending the response: wait for it briefly.
    for (let i = 0; i < 40; i++) {
      const lines = (await readFile(accessLog, 'utf8')).trimEnd().split('\n');
      const last = lines.at(-1) ?? '';
      if (last.includes(marker)) return last;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('baris log akses tidak muncul');
  }

  it('writes the documented format, readable by a combined-log parser', async () => {
    const res = await fetch(base + '/berita/?halaman=2', {
      headers: { 'user-agent': 'LamanUji/1.0 (uji "kutip")', referer: 'https://contoh.test/asal' },
    });
    const body = await res.text();
    const line = await lastLine('LamanUji/1.0');
    const m = LAMAN_LINE.exec(line);
    expect(m, line).not.toBeNull();
    expect(m!.groups).toMatchObject({
      addr: '127.0.0.1',
      user: '-',
      request: 'GET /berita/?halaman=2 HTTP/1.1',
      status: '200',
      bytes: String(Buffer.byteLength(body)),
      referer: 'https://contoh.test/asal',
      // A quote inside a field is escaped, so the line keeps its field count.
      agent: 'LamanUji/1.0 (uji \\x22kutip\\x22)',
      host: '127.0.0.1',
    });
    expect(Number(m!.groups!.requestTime)).toBeLessThan(5);
    expect(Math.abs(Date.now() - parseLogTime(m!.groups!.time!))).toBeLessThan(60_000);

    const c = COMBINED.exec(line);
    expect(c?.slice(1)).toEqual([
      '127.0.0.1',
      '-',
      m!.groups!.time,
      'GET /berita/?halaman=2 HTTP/1.1',
      '200',
      m!.groups!.bytes,
      'https://contoh.test/asal',
      'LamanUji/1.0 (uji \\x22kutip\\x22)',
    ]);
  });

  it('logs refused requests and 404s too (the visitor-log scan needs them)', async () => {
    await fetch(base + '/.env', { headers: { 'user-agent': 'LamanUji/probe' } });
    expect(LAMAN_LINE.exec(await lastLine('"LamanUji/probe"'))?.groups).toMatchObject({ request: 'GET /.env HTTP/1.1', status: '404' });
    await fetch(base + '/wp-login.php', { method: 'POST', body: 'log=admin', headers: { 'user-agent': 'LamanUji/probe2' } });
    const line = await lastLine('"LamanUji/probe2"');
    expect(LAMAN_LINE.exec(line)?.groups, line).toMatchObject({ request: 'POST /wp-login.php HTTP/1.1', status: '405', agent: 'LamanUji/probe2' });
  });

  it('is the format docs/nginx.md documents, and the regular expression given there reads it', async () => {
    const conf = await readFile(path.join(DEPLOY, 'laman-log.conf'), 'utf8');
    const format = /^log_format laman '([^']+)';$/m.exec(conf)?.[1];
    expect(format).toBe(
      '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent" $request_time $host',
    );
    const docs = await readFile(path.join(PROJECT_ROOT, 'docs', 'nginx.md'), 'utf8');
    expect(docs).toContain(`log_format laman '${format}';`);
    const documented = docs.split('\n').find((line) => line.startsWith('^(\\S+) - '));
    expect(documented).toBeDefined();
    await fetch(base + '/berkas/dokumen/a.pdf', { headers: { 'user-agent': 'LamanUji/docs' } });
    const line = await lastLine('"LamanUji/docs"');
    expect(new RegExp(documented!).exec(line)?.slice(1)).toEqual([
      '127.0.0.1',
      '-',
      expect.stringMatching(/^\d{2}\/\w{3}\/\d{4}:/),
      'GET /berkas/dokumen/a.pdf HTTP/1.1',
      '200',
      expect.stringMatching(/^\d+$/),
      '-',
      'LamanUji/docs',
      expect.stringMatching(/^\d+\.\d{3}$/),
      '127.0.0.1',
    ]);
  });
});

function parseLogTime(time: string): number {
  const m = /^(\d{2})\/(\w{3})\/(\d{4}):(\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2})$/.exec(time);
  if (!m) return NaN;
  return Date.parse(`${m[2]} ${m[1]} ${m[3]} ${m[4]} GMT${m[5]}${m[6]}`);
}

describe('release switch', () => {
  it('serves a new release from the very next request after `current` moves, over the same connection', async () => {
    const before = await fetch(base + '/');
    expect(await before.text()).toContain('Rilis A');
    const etagA = before.headers.get('etag');
    await makeRelease(work, 'B', new Date());
    await switchCurrent(work, 'B');

    const after = await fetch(base + '/');
    expect(await after.text()).toContain('Rilis B');
    expect(after.headers.get('etag')).not.toBe(etagA);
    // A browser revalidating with A's ETag gets B, not a 304.
    const revalidated = await fetch(base + '/', { headers: { 'if-none-match': etagA ?? '' } });
    expect(revalidated.status).toBe(200);
    expect((await fetch(base + '/_astro/situs.B.js')).status).toBe(200);
    expect((await fetch(base + '/_astro/situs.A.js')).status).toBe(404);
    expect(await (await fetch(base + '/laman-manifest.json')).json()).toEqual({ build: 'B', files: {} });
    expect(await (await fetch(base + '/tidak-ada/')).text()).toContain('404 B');

    await switchCurrent(work, 'A');
    expect(await (await fetch(base + '/')).text()).toContain('Rilis A');
  });
});

describe('nginx itself', () => {
  it('logged no warning: every variable set before use, no duplicate directive', async () => {
    const log = await nginx.errorLog();
    expect(log).not.toMatch(/\[(warn|emerg|alert|crit)\]/);
    expect(log).not.toContain('uninitialized');
  });
});
