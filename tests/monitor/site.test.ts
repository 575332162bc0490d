// availability, integrity and links together against a small built site served by Debian's
// nginx through deploy/nginx/laman-site.conf: each kind of trouble fails exactly one check.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../scripts/monitor/checks/index.ts';
import { parseMonitorConfig, resolveMonitorConfig } from '../../scripts/monitor/config.ts';
import { computeManifest, writeManifest } from '../../scripts/publish/manifest.ts';
import type { BuildManifest } from '../../scripts/publish/types.ts';
import type { Finding } from '../../scripts/records/types.ts';
import { startNginx, type NginxServer } from '../helpers/nginx.ts';

const NOW = new Date('2026-11-23T01:00:00Z');
const page = (title: string, body: string) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/gaya.css"></head><body>${body}</body></html>\n`;

const SITE: Record<string, string> = {
  'index.html': page('Beranda', '<a href="/berita/">Berita</a> <a href="berita/sidang-keliling/">Sidang</a> <img src="/gambar/logo.svg" alt="logo"> <a href="https://www.mahkamahagung.go.id/">MA</a> <a href="/status/">Status</a>'),
  'berita/index.html': page('Berita', '<a href="/berita/sidang-keliling/">Sidang keliling</a> <a href="/berkas/jadwal.pdf">Jadwal</a>'),
  'berita/sidang-keliling/index.html': page('Sidang keliling', '<p>Sidang keliling di Kecamatan Sukamaju.</p><a href="/">Beranda</a>'),
  'gaya.css': 'body { font-family: sans-serif; }\n',
  'gambar/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>\n',
  'berkas/jadwal.pdf': '%PDF-1.4 jadwal\n',
  'berkas/tidak-ditautkan.pdf': '%PDF-1.4 lama\n',
  '404.html': page('Tidak ditemukan', '<p>Halaman tidak ditemukan.</p><a href="/">Beranda</a>'),
};

let work: string;
let siteDir: string;
let server: NginxServer | undefined;
let manifest: BuildManifest;

async function writeSite(files: Record<string, string>): Promise<void> {
  await rm(siteDir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(siteDir, file)), { recursive: true });
    await writeFile(path.join(siteDir, file), text);
  }
}

async function check(url: string, expected: BuildManifest = manifest): Promise<Record<string, Finding>> {
  const config = resolveMonitorConfig(parseMonitorConfig(JSON.stringify({ urls: [url, `${url}berita/`], retry_delay_ms: 0, attempts: 2, timeout_ms: 3000 })), url);
  const findings = await runChecks({ config, root: work, now: () => NOW, only: ['availability', 'integrity', 'links'], expectedManifest: expected, log: () => {} });
  return Object.fromEntries(findings.map((f) => [`${f.check} ${f.subject.replace(url, '')}`, f]));
}

const statuses = (r: Record<string, Finding>) => Object.fromEntries(Object.entries(r).map(([k, f]) => [k, f.status]));

describe('availability, integrity and links against nginx', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'laman-monitor-site-'));
    siteDir = path.join(work, 'site');
    await writeSite(SITE);
    manifest = await computeManifest(siteDir, 'a'.repeat(40), NOW);
  });

  beforeEach(async () => {
    await writeSite(SITE);
    await writeManifest(siteDir, manifest);
    // The status page is published apart from the build: never part of the comparison.
    await mkdir(path.join(siteDir, 'status'), { recursive: true });
    await writeFile(path.join(siteDir, 'status', 'index.html'), page('Status', '<p>Semua layanan normal.</p>'));
    server = await startNginx(siteDir, path.join(work, 'nginx'));
  });

  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('the published site: every check ok', async () => {
    const r = await check(`${server!.url}/`);
    expect(statuses(r)).toEqual({ 'availability ': 'ok', 'availability berita/': 'ok', 'integrity ': 'ok', 'links tautan:': 'ok' });
    expect(r['integrity ']!.summary).toBe(`isi ${server!.url}/ sama dengan rilis ${manifest.build}`);
    // Home, /berita/, the article, the stylesheet, the logo, the PDF and /status/; the link to
    // www.mahkamahagung.go.id is skipped (links.external is false), never requested.
    expect(r['links tautan:']!.summary).toBe(`7 tautan di ${server!.url}/ baik`);
  });

  it('a defaced page with a dropped file and a web shell fails integrity only, naming the files', async () => {
    await writeFile(path.join(siteDir, 'berita/sidang-keliling/index.html'), page('SLOT GACOR', '<p>Situs slot gacor hari ini</p><a href="/daftar-slot.html">Daftar</a>'));
    await writeFile(path.join(siteDir, 'daftar-slot.html'), page('Daftar', '<p>Daftar slot</p>'));
    await writeFile(path.join(siteDir, 'shell.php'), '<?php system($_GET["c"]); ?>');
    const r = await check(`${server!.url}/`);
    expect(statuses(r)).toEqual({ 'availability ': 'ok', 'availability berita/': 'ok', 'integrity ': 'fail', 'links tautan:': 'ok' });
    expect(r['integrity ']!.summary).toBe(`isi ${server!.url}/ berbeda dengan rilis terakhir (1 diubah, 2 ditambah, 0 hilang): kemungkinan perusakan (deface)`);
    expect(r['integrity ']!.evidence).toEqual(['diubah: /berita/sidang-keliling/index.html', 'ditambah: /daftar-slot.html', 'ditambah: /shell.php']);
  });

  it('a removed file is "hilang"; another build on the site is a warning', async () => {
    await rm(path.join(siteDir, 'berkas/tidak-ditautkan.pdf'));
    const r = await check(`${server!.url}/`);
    expect(r['integrity ']).toMatchObject({ status: 'fail', evidence: ['hilang: /berkas/tidak-ditautkan.pdf'] });
    expect(r['links tautan:']!.status).toBe('ok');

    await writeFile(path.join(siteDir, 'berkas/tidak-ditautkan.pdf'), SITE['berkas/tidak-ditautkan.pdf']!);
    const r2 = await check(`${server!.url}/`, { ...manifest, build: 'bbbbbbbbbbbb-20261201T000000Z' });
    expect(r2['integrity ']).toMatchObject({
      status: 'warn',
      summary: 'versi situs berbeda dengan rilis terakhir',
      evidence: [`versi situs berbeda dengan rilis terakhir: situs ${manifest.build}, rilis bbbbbbbbbbbb-20261201T000000Z`],
    });
  });

  it('more than 50 differences: 49 lines and "dan N lainnya"', async () => {
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`arsip/${String(i).padStart(2, '0')}.html`, `<p>${i}</p>`]));
    const r = await check(`${server!.url}/`, { ...manifest, berkas: { ...manifest.berkas, ...Object.fromEntries(Object.keys(many).map((f) => [f, { sha256: '0'.repeat(64), bytes: 1 }])) } });
    expect(r['integrity ']!.evidence).toHaveLength(50);
    expect(r['integrity ']!.evidence[0]).toBe('hilang: /arsip/00.html');
    expect(r['integrity ']!.evidence[49]).toBe('dan 11 lainnya');
  });

  it('a site that is down fails availability only: integrity and links cannot tell', async () => {
    const url = `${server!.url}/`;
    await server!.stop();
    server = undefined;
    const r = await check(url);
    expect(statuses(r)).toEqual({ 'availability ': 'fail', 'availability berita/': 'fail', 'integrity ': 'unknown', 'links tautan:': 'unknown' });
    expect(r['integrity ']!.summary).toBe('tidak dapat diperiksa: situs tidak dapat diakses');
    expect(r['links tautan:']!.summary).toBe('tidak dapat diperiksa: situs tidak dapat diakses');
  });
});
