// The status page published to a directory target beside a site release, and served by
// Debian's nginx through the shipped deploy/nginx files (laman-site.conf + laman-status.conf):
// /status/ answers with the site's security headers and a minute of caching, a second
// publication replaces the page atomically while visitors keep getting whole pages, and
// neither touches `current` or a release.
import { lstat, mkdtemp, readdir, readFile, readlink, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishConfig } from '../../scripts/publish/config.ts';
import type { MonitorRun } from '../../scripts/records/types.ts';
import { publishStatusPage } from '../../scripts/status/publish.ts';
import { renderStatusPage } from '../../scripts/status/render.ts';
import { freePort, writeNginxConf } from '../helpers/nginx.ts';
import { DEPLOY, makeRelease, runNginx, switchCurrent, type RunningNginx } from '../nginx/serve.ts';

const SITE_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
const FIRST = new Date('2026-12-03T07:05:00Z');
const SECOND = new Date('2026-12-03T07:20:00Z');

let work: string;
let root: string;
let nginx: RunningNginx;
let base: string;
const logs: string[] = [];

function runs(until: Date, down: boolean): MonitorRun[] {
  const out: MonitorRun[] = [];
  for (let t = until.getTime() - 3 * 86_400_000; t <= until.getTime(); t += 900_000) {
    const fail = down && t === until.getTime();
    out.push({
      at: new Date(t).toISOString(),
      findings: [{ check: 'availability', subject: 'https://pn-contoh.go.id/', status: fail ? 'fail' : 'ok', summary: fail ? 'tidak dapat diakses: HTTP 503' : 'HTTP 200', evidence: [], ...(fail ? {} : { responseMs: 180 }) }],
    });
  }
  return out;
}

const page = (now: Date, down: boolean) => renderStatusPage({ runs: runs(now, down), incidents: [], now, siteName: 'Pengadilan Negeri Contoh', siteUrl: 'https://pn-contoh.go.id' });
const config = (): PublishConfig => ({ target: 'directory', directory: root, keep_releases: 5, archive_branch: 'arsip' });
const publish = (now: Date, down: boolean) => publishStatusPage(page(now, down), config(), { log: (l) => logs.push(l), cwd: work, env: {}, now });

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'laman-status-nginx-'));
  root = path.join(work, 'www');
  await makeRelease(root, 'A', new Date());
  await switchCurrent(root, 'A');
  // The shipped files, with only the layout's root of this machine put in.
  const statusConf = (await readFile(path.join(DEPLOY, 'laman-status.conf'), 'utf8')).split('root /var/www/laman;').join(`root ${root};`);
  expect(statusConf).toContain(`root ${root};`);
  await writeFile(path.join(work, 'laman-status.conf'), statusConf);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const conf = await writeNginxConf(
    work,
    `  access_log off;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${path.join(root, 'current')};
    include ${path.join(DEPLOY, 'laman-site.conf')};
    include ${path.join(work, 'laman-status.conf')};
  }`,
  );
  nginx = await runNginx(work, conf);
}, 20_000);

afterAll(async () => {
  await nginx?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('status page beside the site', () => {
  it('is served at /status/ with the site’s security headers and a minute of caching', async () => {
    const result = await publish(FIRST, false);
    expect(result).toMatchObject({ published: true, target: 'directory', location: path.join(root, 'status') });
    const res = await fetch(`${base}/status/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(SITE_CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const html = await res.text();
    expect(html).toContain('Semua layanan normal');
    expect(html).toContain('3 Desember 2026 14.05 WIB');

    const css = await fetch(`${base}/status/status.css`);
    expect(css.headers.get('content-type')).toBe('text/css');
    const svg = await fetch(`${base}/status/respons.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    // Not the week of caching laman-site.conf gives other SVG files: the chart changes every run.
    expect(svg.headers.get('cache-control')).toBe('public, max-age=60');
    expect((await fetch(`${base}/status/status.json`)).headers.get('content-type')).toBe('application/json');

    const moved = await fetch(`${base}/status`, { redirect: 'manual' });
    expect(moved.status).toBe(301);
    expect(new URL(moved.headers.get('location') ?? '', base).pathname).toBe('/status/');
    // The site is still the release behind `current`.
    expect(await (await fetch(`${base}/`)).text()).toContain('Rilis A');
    expect((await fetch(`${base}/status/tidak-ada`)).status).toBe(404);
  });

  it('replaces the page atomically on the next publication and leaves the site alone', async () => {
    const releaseFiles = async () => (await readdir(path.join(root, 'releases', 'A'), { recursive: true })).sort();
    const before = await releaseFiles();
    // Visitors during the switch: every answer is a whole page, old or new.
    let stop = false;
    const answers: Array<{ status: number; body: string }> = [];
    const visitor = (async () => {
      while (!stop) {
        const res = await fetch(`${base}/status/`);
        answers.push({ status: res.status, body: await res.text() });
      }
    })();
    await new Promise((r) => setTimeout(r, 30));
    await publish(SECOND, true);
    await new Promise((r) => setTimeout(r, 30));
    stop = true;
    await visitor;
    expect(answers.length).toBeGreaterThan(2);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toMatch(/<\/html>\n$/);
      expect(answer.body).toMatch(/Semua layanan normal|Gangguan: Ketersediaan situs/);
    }
    const html = await (await fetch(`${base}/status/`)).text();
    expect(html).toContain('Gangguan: Ketersediaan situs');
    expect(html).toContain('3 Desember 2026 14.20 WIB');

    expect(await readlink(path.join(root, 'current'))).toBe('releases/A');
    expect(await releaseFiles()).toEqual(before);
    expect((await lstat(path.join(root, 'status'))).isSymbolicLink()).toBe(true);
    // One version folder left: the previous one was removed after the switch.
    const versions = (await readdir(root)).filter((n) => n.startsWith('status.'));
    expect(versions).toEqual([await readlink(path.join(root, 'status'))]);
    expect(logs.some((l) => l.includes('versi lama halaman status dihapus'))).toBe(true);
  });

  it('survives a site release: switching `current` keeps /status/', async () => {
    await makeRelease(root, 'B', new Date());
    await switchCurrent(root, 'B');
    expect(await (await fetch(`${base}/`)).text()).toContain('Rilis B');
    expect(await (await fetch(`${base}/status/`)).text()).toContain('Gangguan: Ketersediaan situs');
  });

  it('takes over a plain status folder left from before, and refuses a file in its place', async () => {
    const other = path.join(work, 'lain');
    await mkdir(path.join(other, 'status'), { recursive: true });
    await writeFile(path.join(other, 'status', 'index.html'), 'lama');
    const result = await publishStatusPage(page(SECOND, false), { ...config(), directory: 'lain' }, { log: (l) => logs.push(l), cwd: work, env: {}, now: SECOND });
    expect(result.published).toBe(true);
    expect(await readFile(path.join(other, 'status', 'index.html'), 'utf8')).toContain('Semua layanan normal');
    expect((await readdir(other)).filter((n) => n.startsWith('status'))).toHaveLength(2); // the link and its version

    const blocked = path.join(work, 'terhalang');
    await mkdir(blocked);
    await writeFile(path.join(blocked, 'status'), 'bukan folder');
    await expect(publishStatusPage(page(SECOND, false), { ...config(), directory: blocked }, { log: () => {}, cwd: work, env: {}, now: SECOND })).rejects.toThrow(
      /status ada tetapi bukan folder atau tautan.*halaman status yang tayang tidak berubah/,
    );
    expect(await readdir(blocked)).toEqual(['status']);
  });

  it('writes nothing under --dry-run, and says where the page stays for pages and none', async () => {
    const lines: string[] = [];
    const dry = await publishStatusPage(page(SECOND, false), { ...config(), directory: path.join(work, 'kering') }, { log: (l) => lines.push(l), cwd: work, env: {}, now: SECOND, dryRun: true });
    expect(dry).toMatchObject({ published: false });
    expect(await readdir(work)).not.toContain('kering');
    for (const target of ['pages', 'none'] as const) {
      const result = await publishStatusPage(page(SECOND, false), { ...config(), target }, { log: (l) => lines.push(l), cwd: work, env: {}, now: SECOND });
      expect(result).toMatchObject({ published: false, target });
    }
    expect(lines.join('\n')).toMatch(/uji coba: 4 berkas halaman status akan dipasang/);
    expect(lines.join('\n')).toMatch(/halaman status tidak dipublikasikan \(target pages:/);
    expect(lines.join('\n')).toMatch(/halaman status tidak dipublikasikan \(target none:/);
  });
});
