import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMonitorConfig, parseMonitorConfig, resolveMonitorConfig } from './config.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function tempRoot(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'laman-monitor-config-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

describe('deploy/monitor.json', () => {
  it('fills every default, and the sample court’s file is valid', async () => {
    const defaults = parseMonitorConfig('{}');
    expect(defaults).toMatchObject({
      attempts: 3,
      retry_delay_ms: 5000,
      timeout_ms: 10_000,
      slow_ms: 3000,
      freshness: { berita_days: 30, pengumuman_days: 30, mandatory_months: 6 },
      integrity: { enabled: true },
      tls: { fail_days: 14, warn_days: 30, ca_file: null },
      domain: { fail_days: 14, warn_days: 30, bootstrap_url: 'https://data.iana.org/rdap/dns.json', fallback: { id: 'https://rdap.pandi.id/rdap/' } },
      links: { enabled: true, every_hours: 24, external: false },
      ruleset: { enabled: true },
    });
    const sample = await loadMonitorConfig(repoRoot, {});
    expect(sample.site).toBe('https://pn-contoh.go.id/');
    expect(sample.tls.hosts).toEqual(['pn-contoh.go.id']);
    expect(sample.domain.names).toEqual(['pn-contoh.go.id']);
  });

  it('names the bad key in Indonesian', () => {
    expect(() => parseMonitorConfig('{"attempts": 0, "tls": {"hosts": ["https://pn-contoh.go.id/"]}, "pantau": true}')).toThrow(
      /deploy\/monitor\.json: attempts: attempts paling sedikit 1\ndeploy\/monitor\.json: tls\.hosts\.0: .*tanpa https:\/\/\)\ndeploy\/monitor\.json: \(akar\): .*"pantau"/,
    );
    expect(() => parseMonitorConfig('{"tls": {"fail_days": 30, "warn_days": 7}}')).toThrow('tls.warn_days tidak boleh lebih kecil dari tls.fail_days');
    expect(() => parseMonitorConfig('{ urls: [] }')).toThrow(/bukan JSON yang valid/);
  });

  it('without the file, watches url_situs of the settings; an http or IP site has no TLS host or domain', async () => {
    const root = await tempRoot({ 'content/pengaturan/situs.yml': 'nama: PN Uji\nurl_situs: https://www.pn-uji.go.id\n' });
    const config = await loadMonitorConfig(root, {});
    expect(config).toMatchObject({ site: 'https://www.pn-uji.go.id/', urls: ['https://www.pn-uji.go.id/'], tls: { hosts: ['www.pn-uji.go.id'] }, domain: { names: ['www.pn-uji.go.id'] } });
    const local = resolveMonitorConfig(parseMonitorConfig('{}'), 'http://127.0.0.1:8080/');
    expect(local.tls.hosts).toEqual([]);
    expect(local.domain.names).toEqual([]);
  });

  it('LAMAN_MONITOR_SITE and LAMAN_MONITOR_URLS override the file for one run', async () => {
    const root = await tempRoot({ 'deploy/monitor.json': '{"site": "https://pn-uji.go.id/", "attempts": 2}' });
    const config = await loadMonitorConfig(root, { LAMAN_MONITOR_SITE: 'http://127.0.0.1:9000/', LAMAN_MONITOR_URLS: 'http://127.0.0.1:9000/ http://127.0.0.1:9000/berita/' });
    expect(config).toMatchObject({ site: 'http://127.0.0.1:9000/', urls: ['http://127.0.0.1:9000/', 'http://127.0.0.1:9000/berita/'], attempts: 2 });
  });

  it('tells what to do when the site address is unknown', async () => {
    const root = await tempRoot({});
    await expect(loadMonitorConfig(root, {})).rejects.toThrow(/isi "site" di deploy\/monitor\.json atau url_situs di content\/pengaturan\/situs\.yml/);
  });
});
