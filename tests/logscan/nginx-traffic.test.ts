// `laman logscan` over a real access log: Debian's nginx on 127.0.0.1 serves a small release
// through the shipped deploy/nginx files and logs in the `laman` format, while the test sends
// it a bounded, generated mix of ordinary visitors (pages, their assets, a few 404s as real
// visitors make) and an attack on every scenario. Each client has its own source address:
// nginx's realip module takes it from X-Forwarded-For, as it would behind a proxy.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/fixture/prng.ts';
import { ATTACKS, BROWSERS } from '../../scripts/logscan/generate.ts';
import { SCENARIOS } from '../../scripts/logscan/scenarios.ts';
import type { LogscanReport, ScenarioId } from '../../scripts/records/types.ts';
import { TEST_ENV } from '../../scripts/archive/test-support.ts';
import { laman } from '../helpers/cli.ts';
import { freePort, writeNginxConf } from '../helpers/nginx.ts';
import { DEPLOY, makeRelease, runNginx, switchCurrent, type RunningNginx } from '../nginx/serve.ts';

const PAGES = ['/', '/berita/', '/pengumuman/', '/kontak/', '/profil/', '/jadwal-sidang/', '/berita/?halaman=2'];
const ASSETS = ['/_astro/situs.A.css', '/_astro/situs.A.js', '/js/situs.js', '/favicon.png', '/berkas/berita/foto.png', '/pagefind/pagefind.js'];
const BENIGN_COUNT = 48;

let work: string;
let nginx: RunningNginx;
let port: number;
let accessLog: string;
// A connection per client (all clients at once stay under 64): an attacker's burst is not held
// up behind other clients' requests, so its buckets see it as the burst it is.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

interface Request {
  method: string;
  path: string;
  userAgent?: string;
}

/** One request with a source address of its own; resolves with the status nginx answered. */
function send(ip: string, request: Request): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = request.method === 'POST' ? 'log=admin&pwd=admin123' : undefined;
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        agent,
        method: request.method,
        path: request.path,
        headers: {
          host: 'pn-contoh.go.id',
          'x-forwarded-for': ip,
          ...(request.userAgent !== undefined ? { 'user-agent': request.userAgent } : {}),
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', (error) => reject(new Error(`${request.method} ${request.path} dari ${ip}: ${error.message}`, { cause: error })));
    req.end(body);
  });
}

/** A visitor's requests: a few pages, each with what it loads, and the 404s browsers and broken links cause. */
function visitor(n: number, rnd: () => number): Request[] {
  const userAgent = BROWSERS[n % BROWSERS.length]!;
  const out: Request[] = [];
  const pages = 3 + Math.floor(rnd() * 6);
  for (let p = 0; p < pages; p++) {
    out.push({ method: p === 0 && n % 7 === 0 ? 'HEAD' : 'GET', path: PAGES[Math.floor(rnd() * PAGES.length)]!, userAgent });
    for (const asset of ASSETS) out.push({ method: 'GET', path: asset, userAgent });
  }
  if (n % 2 === 0) out.push({ method: 'GET', path: '/berita/tautan-lama/', userAgent });
  if (n % 3 === 0) out.push({ method: 'GET', path: '/favicon.ico', userAgent });
  if (userAgent.includes('iPhone')) out.push({ method: 'GET', path: '/apple-touch-icon.png', userAgent }, { method: 'GET', path: '/apple-touch-icon-precomposed.png', userAgent });
  if (userAgent.includes('Googlebot')) out.push({ method: 'GET', path: '/robots.txt', userAgent }, { method: 'GET', path: '/sitemap-index.xml', userAgent });
  if (n % 5 === 0) out.push({ method: 'GET', path: '/berkas/dokumen/a.pdf', userAgent });
  if (n % 6 === 0) out.push({ method: 'GET', path: '/cari/?q=sidang+or+mediasi', userAgent });
  if (n % 8 === 0) out.push({ method: 'GET', path: '/admin/', userAgent }, { method: 'GET', path: '/admin/config.yml', userAgent });
  return out;
}

/** Enough requests to overflow each scenario's bucket, from generate.ts's attack patterns. */
function attack(scenario: ScenarioId): Request[] {
  const { capacity } = SCENARIOS.find((s) => s.id === scenario)!;
  const patterns = ATTACKS[scenario]!;
  return Array.from({ length: capacity + 5 }, (_, n) => {
    const [method, target, userAgent] = patterns[n % patterns.length]!;
    return { method, path: target.replace('{n}', String(n)), userAgent: userAgent ?? BROWSERS[0]! };
  });
}

const benignIp = (n: number) => `198.51.100.${n + 1}`;
const attackerIp = (i: number) => `203.0.113.${i + 1}`;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'laman-logscan-nginx-'));
  const release = await makeRelease(path.join(work, 'www'), 'A', new Date());
  for (const page of ['pengumuman', 'kontak', 'profil', 'jadwal-sidang']) {
    await mkdir(path.join(release, page), { recursive: true });
    await writeFile(path.join(release, page, 'index.html'), `<!doctype html><title>${page}</title>\n`);
  }
  await mkdir(path.join(release, 'pagefind'), { recursive: true });
  await writeFile(path.join(release, 'pagefind', 'pagefind.js'), '// pagefind\n');
  await writeFile(path.join(release, '_astro', 'situs.A.css'), 'body { margin: 0 }\n');
  await switchCurrent(path.join(work, 'www'), 'A');
  port = await freePort();
  accessLog = path.join(work, 'access.log');
  const conf = await writeNginxConf(
    work,
    `  include ${path.join(DEPLOY, 'laman-log.conf')};
  # Behind a proxy on this machine: the visitor's address comes in X-Forwarded-For.
  set_real_ip_from 127.0.0.1;
  real_ip_header X-Forwarded-For;
  server {
    listen 127.0.0.1:${port};
    server_name pn-contoh.go.id;
    root ${path.join(work, 'www', 'current')};
    access_log ${accessLog} laman;
    include ${path.join(DEPLOY, 'laman-site.conf')};
  }`,
  );
  nginx = await runNginx(work, conf);
}, 20_000);

afterAll(async () => {
  agent.destroy();
  await nginx?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('logscan over nginx traffic', () => {
  it('detects every scenario on its attacker and nothing on ordinary visitors', async () => {
    const rnd = mulberry32(2026);
    const clients: Array<[string, Request[]]> = [
      ...Array.from({ length: BENIGN_COUNT }, (_, n): [string, Request[]] => [benignIp(n), visitor(n, rnd)]),
      ...SCENARIOS.map((s, i): [string, Request[]] => [attackerIp(i), attack(s.id)]),
    ];
    // All clients at once, each one request after another, as real clients interleave.
    const statuses = new Map<string, number[]>();
    await Promise.all(
      clients.map(async ([ip, requests]) => {
        const got: number[] = [];
        for (const request of requests) got.push(await send(ip, request));
        statuses.set(ip, got);
      }),
    );
    const sent = clients.reduce((sum, [, requests]) => sum + requests.length, 0);
    expect(sent).toBeLessThan(3000);
    // The site answered as a static site does: pages 200, probes 404, POST 405, traversal 400.
    expect(statuses.get(benignIp(1))!.filter((s) => s === 200).length).toBeGreaterThan(10);
    expect(new Set(statuses.get(attackerIp(SCENARIOS.findIndex((s) => s.id === 'brute-force')))!)).toEqual(new Set([405]));

    const { code, stdout, stderr } = await laman(['logscan', accessLog, '--json'], TEST_ENV, work);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as LogscanReport;
    expect(report).toMatchObject({ lines: sent, malformed: 0 });

    const byIp = new Map<string, ScenarioId[]>();
    for (const d of report.detections) byIp.set(d.ip, [...(byIp.get(d.ip) ?? []), d.scenario]);
    const benign = Array.from({ length: BENIGN_COUNT }, (_, n) => benignIp(n));
    const falsePositives = benign.filter((ip) => byIp.has(ip));
    const benignRequests = clients.filter(([ip]) => benign.includes(ip)).reduce((sum, [, r]) => sum + r.length, 0);
    console.log(
      [
        `logscan atas ${sent} permintaan ke nginx: ${benignRequests} dari ${BENIGN_COUNT} pengunjung biasa, ${sent - benignRequests} dari ${SCENARIOS.length} penyerang`,
        '| sumber | skenario yang diserang | terdeteksi |',
        '| --- | --- | --- |',
        ...SCENARIOS.map((s, i) => `| ${attackerIp(i)} | ${s.id} | ${(byIp.get(attackerIp(i)) ?? []).join(', ') || '–'} |`),
        `| ${BENIGN_COUNT} pengunjung biasa | – | ${falsePositives.length ? falsePositives.map((ip) => `${ip}: ${byIp.get(ip)!.join(', ')}`).join('; ') : 'tidak ada (0 positif palsu)'} |`,
      ].join('\n'),
    );

    for (const [i, scenario] of SCENARIOS.entries()) expect(byIp.get(attackerIp(i)), scenario.id).toContain(scenario.id);
    expect(falsePositives).toEqual([]);
    // Real lines carry the address nginx took from X-Forwarded-For, never the proxy's.
    expect(report.topSources.map((s) => s.ip)).not.toContain('127.0.0.1');
  });
});
