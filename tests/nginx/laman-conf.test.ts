// deploy/nginx/laman.conf as a court installs it, with only what differs on this machine
// replaced (paths, ports, a self-signed certificate from openssl): `nginx -t` accepts it,
// HTTPS serves the site with HSTS and TLS 1.2+ only, HTTP redirects and answers the
// certificate challenge, and both write the `laman` log.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort } from '../helpers/nginx.ts';
import { DEPLOY, makeRelease, runNginx, switchCurrent, testConf, type RunningNginx } from './serve.ts';
import { writeNginxConf } from '../helpers/nginx.ts';

const NAME = 'pn-contoh.go.id';
let work: string;
let nginx: RunningNginx;
let httpPort: number;
let httpsPort: number;
let ca: string;
let configTest: { status: number | null; output: string };

/** Replaces every `from` in `text`, failing if laman.conf no longer has it. */
function replaceAll(text: string, from: string, to: string): string {
  expect(text, `laman.conf berisi ${from}`).toContain(from);
  return text.split(from).join(to);
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'laman-nginx-conf-'));
  const cert = path.join(work, 'fullchain.pem');
  const key = path.join(work, 'privkey.pem');
  const openssl = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '2', '-subj', `/CN=${NAME}`, '-addext', `subjectAltName=DNS:${NAME}`, '-keyout', key, '-out', cert],
    { encoding: 'utf8' },
  );
  if (openssl.status !== 0) throw new Error(`openssl gagal: ${openssl.stderr}`);
  ca = await readFile(cert, 'utf8');

  await makeRelease(work, 'A', new Date());
  await switchCurrent(work, 'A');
  await mkdir(path.join(work, 'letsencrypt', '.well-known', 'acme-challenge'), { recursive: true });
  await writeFile(path.join(work, 'letsencrypt', '.well-known', 'acme-challenge', 'token-uji'), 'token-uji.kunci\n');

  httpPort = await freePort();
  httpsPort = await freePort();
  let conf = await readFile(path.join(DEPLOY, 'laman.conf'), 'utf8');
  conf = replaceAll(conf, 'include /etc/nginx/laman/', `include ${DEPLOY}/`);
  conf = replaceAll(conf, `/etc/letsencrypt/live/${NAME}/fullchain.pem`, cert);
  conf = replaceAll(conf, `/etc/letsencrypt/live/${NAME}/privkey.pem`, key);
  conf = replaceAll(conf, 'root /var/www/laman/current;', `root ${path.join(work, 'current')};`);
  conf = replaceAll(conf, 'root /var/www/letsencrypt;', `root ${path.join(work, 'letsencrypt')};`);
  conf = replaceAll(conf, '/var/log/nginx/laman.access.log', path.join(work, 'access.log'));
  // Loopback only, on free ports; IPv6 may be missing on a test machine.
  conf = replaceAll(conf, '  listen 80;', `  listen 127.0.0.1:${httpPort};`);
  conf = replaceAll(conf, '  listen [::]:80;\n', '');
  conf = replaceAll(conf, '  listen 443 ssl http2;', `  listen 127.0.0.1:${httpsPort} ssl http2;`);
  conf = replaceAll(conf, '  listen [::]:443 ssl http2;\n', '');
  await writeFile(path.join(work, 'laman.conf'), conf);

  const nginxConf = await writeNginxConf(work, `  include ${path.join(work, 'laman.conf')};`);
  configTest = testConf(work, nginxConf);
  nginx = await runNginx(work, nginxConf);
}, 20_000);

afterAll(async () => {
  await nginx?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  protocol: string | null;
}

/** GET over HTTPS as a browser for pn-contoh.go.id that trusts the test certificate. */
function httpsGet(urlPath: string, options: { maxVersion?: tls.SecureVersion } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = https.get(
      { host: '127.0.0.1', port: httpsPort, path: urlPath, servername: NAME, headers: { host: NAME, 'user-agent': 'LamanUji/https' }, ca, agent: false, ...options },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, protocol: (res.socket as tls.TLSSocket).getProtocol?.() ?? null }));
      },
    );
    req.on('error', reject);
  });
}

/** A bare TLS handshake; resolves with the protocol and ALPN, or rejects with the error. */
function handshake(options: tls.ConnectionOptions): Promise<{ protocol: string | null; alpn: string | false | null }> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: '127.0.0.1', port: httpsPort, servername: NAME, ca, ...options }, () => {
      const result = { protocol: socket.getProtocol(), alpn: socket.alpnProtocol };
      socket.end();
      resolve(result);
    });
    socket.on('error', reject);
  });
}

it('passes nginx -t as shipped, with only paths, ports and the certificate replaced', () => {
  expect(configTest.status, configTest.output).toBe(0);
  expect(configTest.output).toContain('test is successful');
  expect(configTest.output).not.toMatch(/\[(warn|emerg)\]/);
});

it('serves the site over HTTPS with HSTS and the site’s security headers', async () => {
  const res = await httpsGet('/');
  expect(res.status).toBe(200);
  expect(res.body).toContain('Rilis A');
  expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['cache-control']).toBe('no-cache');
  expect(res.protocol).toBe('TLSv1.3');
  // HSTS reaches the other locations too: none of laman-site.conf's adds a header of its own.
  for (const urlPath of ['/_astro/situs.A.js', '/berkas/dokumen/a.pdf', '/admin/', '/tidak-ada/', '/laman-manifest.json']) {
    expect((await httpsGet(urlPath)).headers['strict-transport-security'], urlPath).toBe('max-age=31536000; includeSubDomains');
  }
});

it('speaks TLS 1.2 and 1.3 with HTTP/2, and refuses TLS 1.1', async () => {
  expect(await handshake({ ALPNProtocols: ['h2', 'http/1.1'] })).toEqual({ protocol: 'TLSv1.3', alpn: 'h2' });
  expect((await handshake({ maxVersion: 'TLSv1.2' })).protocol).toBe('TLSv1.2');
  // The client is made willing (security level 0) so that the refusal is the server's.
  await expect(handshake({ minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' })).rejects.toThrow(/protocol version|unsupported protocol/i);
});

it('redirects HTTP to HTTPS without HSTS, and answers the certificate challenge over HTTP', async () => {
  const res = await fetch(`http://127.0.0.1:${httpPort}/berita/?halaman=2`, { redirect: 'manual', headers: { host: NAME } });
  expect(res.status).toBe(301);
  expect(res.headers.get('location')).toBe(`https://${NAME}/berita/?halaman=2`);
  expect(res.headers.get('strict-transport-security')).toBeNull();
  expect(res.headers.get('server')).toBe('nginx');
  // A forged Host does not move the visitor to another site.
  const forged = await fetch(`http://127.0.0.1:${httpPort}/`, { redirect: 'manual', headers: { host: 'penipu.test' } });
  expect(forged.headers.get('location')).toBe(`https://${NAME}/`);

  const challenge = await fetch(`http://127.0.0.1:${httpPort}/.well-known/acme-challenge/token-uji`, { headers: { host: NAME } });
  expect(challenge.status).toBe(200);
  expect(await challenge.text()).toBe('token-uji.kunci\n');
});

it('logs HTTPS requests in the laman format with the site’s name', async () => {
  await httpsGet('/berita/');
  const lines = async () => (await readFile(path.join(work, 'access.log'), 'utf8')).trimEnd().split('\n');
  for (let i = 0; i < 40 && !(await lines()).some((l) => l.includes('"GET /berita/ HTTP/1.1"')); i++) await new Promise((r) => setTimeout(r, 25));
  const line = (await lines()).find((l) => l.includes('"GET /berita/ HTTP/1.1"')) ?? '';
  expect(line).toMatch(/^127\.0\.0\.1 - - \[[^\]]+\] "GET \/berita\/ HTTP\/1\.1" 200 \d+ "-" "LamanUji\/https" \d+\.\d{3} pn-contoh\.go\.id$/);
});
