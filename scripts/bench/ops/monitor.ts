// The monitor's benchmark: wall time of the availability and integrity checks for N URLs of a
// generated site served on 127.0.0.1 by Debian's nginx (through deploy/nginx/laman-site.conf),
// or by node:http when nginx is not installed.
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findNginx, startNginx } from '../../../tests/helpers/nginx.ts';
import { runChecks } from '../../monitor/checks/index.ts';
import { parseMonitorConfig, resolveMonitorConfig } from '../../monitor/config.ts';
import { computeManifest, writeManifest } from '../../publish/manifest.ts';
import type { Finding } from '../../records/types.ts';

export interface MonitorBenchOptions {
  urls: number;
  log: (line: string) => void;
}

export interface MonitorBenchResult {
  urls: number;
  /** Wall time of availability and integrity together, as `laman monitor` runs them. */
  seconds: number;
  availabilitySeconds: number;
  integritySeconds: number;
  /** Files compared by the integrity check (pages, their stylesheet, the 404 page). */
  files: number;
  server: 'nginx' | 'node:http';
  /** Findings that were not 'ok' (0 on a healthy run). */
  problems: number;
}

const FIXED_NOW = new Date('2026-11-23T01:00:00Z');

export async function benchMonitor(options: MonitorBenchOptions): Promise<MonitorBenchResult> {
  const work = await mkdtemp(path.join(tmpdir(), 'laman-bench-monitor-'));
  const siteDir = path.join(work, 'site');
  try {
    const pages = await writePages(siteDir, options.urls);
    const manifest = await computeManifest(siteDir, '0'.repeat(40), FIXED_NOW);
    await writeManifest(siteDir, manifest);
    const server = await serve(siteDir, path.join(work, 'nginx'));
    options.log(`monitor: ${options.urls} URL di ${server.url} (${server.kind})`);
    try {
      const config = resolveMonitorConfig(
        parseMonitorConfig(JSON.stringify({ urls: pages.map((p) => `${server.url}/${p}`), attempts: 1, timeout_ms: 10_000 })),
        `${server.url}/`,
      );
      const measure = async (only: Array<'availability' | 'integrity'>) => {
        const started = performance.now();
        const findings = await runChecks({ config, root: work, now: () => FIXED_NOW, only, expectedManifest: manifest, log: () => {} });
        return { seconds: (performance.now() - started) / 1000, findings };
      };
      const availability = await measure(['availability']);
      options.log(`monitor: ketersediaan ${availability.seconds.toFixed(2)} detik`);
      const integrity = await measure(['integrity']);
      options.log(`monitor: integritas ${integrity.seconds.toFixed(2)} detik`);
      const both = await measure(['availability', 'integrity']);
      options.log(`monitor: keduanya ${both.seconds.toFixed(2)} detik`);
      return {
        urls: options.urls,
        seconds: round(both.seconds),
        availabilitySeconds: round(availability.seconds),
        integritySeconds: round(integrity.seconds),
        files: Object.keys(manifest.berkas).length,
        server: server.kind,
        problems: both.findings.filter((f: Finding) => f.status !== 'ok').length,
      };
    } finally {
      await server.stop();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

/** N article pages, an index linking them all, a stylesheet and a 404 page; returns the page paths. */
async function writePages(siteDir: string, count: number): Promise<string[]> {
  const paths: string[] = [];
  const html = (title: string, body: string) =>
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/gaya.css"></head><body><h1>${title}</h1>${body}</body></html>\n`;
  for (let i = 1; i < count; i++) {
    const p = `berita/berita-${String(i).padStart(4, '0')}/`;
    paths.push(p);
    await mkdir(path.join(siteDir, p), { recursive: true });
    await writeFile(path.join(siteDir, p, 'index.html'), html(`Berita ${i}`, `<p>${'Isi berita pengadilan. '.repeat(200)}</p><a href="/">Beranda</a>`));
  }
  await writeFile(path.join(siteDir, 'index.html'), html('Beranda', paths.map((p) => `<a href="/${p}">${p}</a>`).join('\n')));
  await writeFile(path.join(siteDir, 'gaya.css'), 'body { font-family: sans-serif; max-width: 60rem; margin: auto; }\n');
  await writeFile(path.join(siteDir, '404.html'), html('Tidak ditemukan', '<a href="/">Beranda</a>'));
  return ['', ...paths];
}

interface Served {
  url: string;
  kind: 'nginx' | 'node:http';
  stop(): Promise<void>;
}

async function serve(siteDir: string, workDir: string): Promise<Served> {
  if (hasNginx()) {
    const nginx = await startNginx(siteDir, workDir);
    return { url: nginx.url, kind: 'nginx', stop: nginx.stop };
  }
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/\/$/, '/index.html');
    const file = path.join(siteDir, path.normalize(rel));
    if (!file.startsWith(siteDir) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      createReadStream(path.join(siteDir, '404.html')).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': file.endsWith('.css') ? 'text/css' : file.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, kind: 'node:http', stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

function hasNginx(): boolean {
  try {
    findNginx();
    return existsSync('/etc/nginx/mime.types');
  } catch {
    return false; // Not installed: the node:http fallback serves the same files.
  }
}
