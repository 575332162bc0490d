import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { send, startServer, type TestServer } from '../../../tests/monitor/helpers/http-server.ts';
import type { BuildManifest } from '../../publish/types.ts';
import { parseMonitorConfig, resolveMonitorConfig } from '../config.ts';
import { sameOriginReferences } from './html-links.ts';
import { integrityCheck, urlPath } from './integrity.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const manifestOf = (files: Record<string, string>, build = 'abcdefabcdef-20261122T031500Z'): BuildManifest => ({
  versi: 1,
  build,
  commit: 'a'.repeat(40),
  dibuat: '2026-11-22T03:15:00.000Z',
  berkas: Object.fromEntries(Object.entries(files).map(([f, t]) => [f, { sha256: sha(t), bytes: Buffer.byteLength(t) }])),
});

describe('references and paths', () => {
  it('reads href, src, srcset and <base> with a real HTML parser; other origins and data: are left out', () => {
    const html = `<!doctype html><base href="/berita/"><link href="gaya.css" rel=stylesheet><img srcset="a.webp 1x, /b.webp 2x" src='c.png'>
      <a href="https://lain.example/x">x</a><a href="#atas">atas</a><img src="data:image/png;base64,AA"><template><script src="/j.js"></script></template>
      <a href = "/halaman/?q=1#x">q</a>`;
    expect(sameOriginReferences(html, 'https://pn.go.id/', 'https://pn.go.id')).toEqual([
      'https://pn.go.id/b.webp',
      'https://pn.go.id/berita/',
      'https://pn.go.id/berita/a.webp',
      'https://pn.go.id/berita/c.png',
      'https://pn.go.id/berita/gaya.css',
      'https://pn.go.id/halaman/?q=1',
      'https://pn.go.id/j.js',
    ]);
  });

  it.each([
    ['https://pn.go.id/', 'index.html'],
    ['https://pn.go.id/berita/x/', 'berita/x/index.html'],
    ['https://pn.go.id/berkas/surat%20kuasa.pdf', 'berkas/surat kuasa.pdf'],
    ['https://pn.go.id/cari?q=1', 'cari'],
  ])('%s is the manifest path %s', (url, file) => {
    expect(urlPath('https://pn.go.id/', url)).toBe(file);
  });
});

describe('integrity against a local server', () => {
  it('a server that answers 200 for every path does not turn every probe into an "added" file', async () => {
    const files = { 'index.html': '<a href="/berita/">b</a>', 'berita/index.html': '<p>berita</p>' };
    server = await startServer((req, res) => {
      if (req.url === '/') return send(res, 200, files['index.html']);
      if (req.url === '/berita/index.html') return send(res, 200, files['berita/index.html']);
      if (req.url === '/index.html') return send(res, 200, files['index.html']);
      if (req.url === '/laman-manifest.json') return send(res, 200, JSON.stringify(manifestOf(files)), 'application/json');
      send(res, 200, '<p>beranda aplikasi</p>'); // a catch-all, as some hosts configure
    });
    const config = resolveMonitorConfig(parseMonitorConfig('{}'), server.url);
    const [finding] = await integrityCheck.run({ config, root: '.', now: () => new Date(), fetch, sleep: async () => {}, log: () => {}, expectedManifest: manifestOf(files) });
    expect(finding).toMatchObject({ status: 'ok', subject: server.url });
    expect(server.requests).toContain('/shell.php');
  });

  it('without the expected manifest the state is unknown', async () => {
    const config = resolveMonitorConfig(parseMonitorConfig('{}'), 'http://127.0.0.1:9/');
    const [finding] = await integrityCheck.run({ config, root: '.', now: () => new Date(), fetch, sleep: async () => {}, log: () => {} });
    expect(finding).toMatchObject({ status: 'unknown', summary: 'tidak dapat diperiksa: manifest rilis terakhir tidak tersedia' });
  });

  it('files that cannot be fetched (HTTP 500) make the state unknown, not a defacement', async () => {
    const files = { 'index.html': '<p>x</p>', 'berkas/a.pdf': '%PDF' };
    server = await startServer((req, res) => {
      if (req.url === '/' || req.url === '/index.html') return send(res, 200, files['index.html']);
      if (req.url === '/laman-manifest.json') return send(res, 200, JSON.stringify(manifestOf(files)), 'application/json');
      if (req.url === '/berkas/a.pdf') return send(res, 500, 'galat');
      send(res, 404, 'tidak ada');
    });
    const config = resolveMonitorConfig(parseMonitorConfig('{}'), server.url);
    const [finding] = await integrityCheck.run({ config, root: '.', now: () => new Date(), fetch, sleep: async () => {}, log: () => {}, expectedManifest: manifestOf(files) });
    expect(finding).toMatchObject({ status: 'unknown', evidence: ['tidak dapat diambil: /berkas/a.pdf (HTTP 500)'] });
  });
});
