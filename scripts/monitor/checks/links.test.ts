import { afterEach, describe, expect, it } from 'vitest';
import { send, startServer, type TestServer } from '../../../tests/monitor/helpers/http-server.ts';
import { parseMonitorConfig, resolveMonitorConfig } from '../config.ts';
import { linksCheck } from './links.ts';

const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

/** "Another host": a second local server on another port (another origin). */
async function sites(pages: (other: string) => Record<string, string>) {
  const other = await startServer((req, res) => (req.url === '/ada' ? send(res, 200, 'ok') : send(res, 404, 'tidak ada')));
  servers.push(other);
  const table = pages(other.url);
  const site = await startServer((req, res) => {
    const body = table[req.url ?? ''];
    if (body === undefined) send(res, 404, '<p>tidak ditemukan</p>');
    else send(res, 200, body);
  });
  servers.push(site);
  return { site, other };
}

const run = (site: string, external: boolean) =>
  linksCheck.run({
    config: resolveMonitorConfig(parseMonitorConfig(JSON.stringify({ links: { external }, timeout_ms: 3000 })), site),
    root: '.',
    now: () => new Date('2026-11-23T01:00:00Z'),
    fetch,
    sleep: async () => {},
    log: () => {},
  });

describe('links (linkinator)', () => {
  it('fails on a broken internal link, naming page and link; never requests another host when external is off', async () => {
    const { site, other } = await sites((o) => ({
      '/': '<a href="/berita/">Berita</a> <a href="' + o + 'hilang">luar</a>',
      '/berita/': '<a href="/berkas/putusan-lama.pdf">Putusan</a> <a href="/">Beranda</a>',
    }));
    const [finding] = await run(site.url, false);
    expect(finding).toMatchObject({ check: 'links', subject: `tautan:${site.url}`, status: 'fail', summary: `1 tautan internal rusak di ${site.url}` });
    expect(finding!.evidence).toEqual(['/berita/ → /berkas/putusan-lama.pdf (HTTP 404)']);
    expect(other.requests).toEqual([]);
  });

  it('a broken link to another host is a warning when external links are checked', async () => {
    const { site, other } = await sites((o) => ({ '/': `<a href="${o}ada">baik</a> <a href="${o}hilang">rusak</a>` }));
    const [finding] = await run(site.url, true);
    expect(finding).toMatchObject({ status: 'warn', summary: `1 tautan ke situs lain rusak di ${site.url}` });
    expect(finding!.evidence).toEqual([`/ → ${other.url}hilang (HTTP 404)`]);
  });

  it('is ok when every link answers', async () => {
    const { site } = await sites(() => ({ '/': '<a href="/a/">A</a>', '/a/': '<a href="/">Beranda</a>' }));
    const [finding] = await run(site.url, false);
    expect(finding).toMatchObject({ status: 'ok', evidence: [] });
  });
});
