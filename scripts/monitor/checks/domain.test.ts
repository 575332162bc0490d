import { afterEach, describe, expect, it } from 'vitest';
import { send, startServer, type TestServer } from '../../../tests/monitor/helpers/http-server.ts';
import { parseMonitorConfig, resolveMonitorConfig } from '../config.ts';
import { domainCheck, rdapBase, registrableDomain } from './domain.ts';

const NOW = new Date('2026-11-23T01:00:00Z');
let rdap: TestServer | undefined;
afterEach(async () => {
  await rdap?.close();
  rdap = undefined;
});

const rdapJson = (name: string, expiration?: string) =>
  JSON.stringify({
    objectClassName: 'domain',
    ldhName: name,
    events: [{ eventAction: 'registration', eventDate: '2015-03-01T00:00:00Z' }, ...(expiration ? [{ eventAction: 'expiration', eventDate: expiration }] : [])],
  });

/** A fake RDAP service: the bootstrap lists .com (not .id: PANDI answers through the fallback). */
async function fakeRdap(): Promise<TestServer> {
  const server = await startServer((req, res) => {
    const url = req.url ?? '';
    if (url === '/dns.json') {
      return send(res, 200, JSON.stringify({ version: '1.0', services: [[['com', 'net'], [`${server.url}verisign/`]]] }), 'application/json');
    }
    const answers: Record<string, [number, string]> = {
      '/pandi/domain/pn-contoh.go.id': [200, rdapJson('pn-contoh.go.id', '2027-08-01T00:00:00Z')],
      '/pandi/domain/pn-hampir.go.id': [200, rdapJson('pn-hampir.go.id', '2026-12-10T00:00:00Z')],
      '/pandi/domain/pn-lewat.go.id': [200, rdapJson('pn-lewat.go.id', '2026-11-01T00:00:00Z')],
      '/pandi/domain/pn-tanpa.go.id': [200, rdapJson('pn-tanpa.go.id')],
      '/pandi/domain/pn-rusak.go.id': [200, '{"events": [ tidak json'],
      '/verisign/domain/contoh-sidang.com': [200, rdapJson('contoh-sidang.com', '2026-12-15T00:00:00Z')],
    };
    const answer = answers[url];
    if (answer) return send(res, answer[0], answer[1], 'application/rdap+json');
    send(res, 404, JSON.stringify({ errorCode: 404, title: 'Not Found' }), 'application/rdap+json');
  });
  return server;
}

function context(names: string[]) {
  const config = resolveMonitorConfig(
    parseMonitorConfig(JSON.stringify({ domain: { names, bootstrap_url: `${rdap!.url}dns.json`, fallback: { id: `${rdap!.url}pandi/` } } })),
    'https://pn-contoh.go.id/',
  );
  return { config, root: '.', now: () => NOW, fetch, sleep: async () => {}, log: () => {} };
}

describe('domain (RDAP)', () => {
  it('finds the registrable domain with the public suffix list', () => {
    expect(registrableDomain('pn-contoh.go.id')).toBe('pn-contoh.go.id');
    expect(registrableDomain('www.pn-contoh.go.id')).toBe('pn-contoh.go.id');
    expect(registrableDomain('sipp.pn-contoh.go.id')).toBe('pn-contoh.go.id');
    expect(registrableDomain('www.Mahkamahagung.go.id')).toBe('mahkamahagung.go.id');
    expect(registrableDomain('contoh.co.uk')).toBe('contoh.co.uk');
  });

  it('picks the RDAP server: override, then the bootstrap (longest match), then the fallback', () => {
    const bootstrap = { services: [[['id'], ['http://x/', 'https://id.example/rdap']], [['go.id'], ['https://go.example/']]] as Array<[string[], string[]]> };
    expect(rdapBase('pn-contoh.go.id', bootstrap, { override: {}, fallback: {} })).toBe('https://go.example/');
    expect(rdapBase('pn.id', bootstrap, { override: {}, fallback: {} })).toBe('https://id.example/rdap/');
    expect(rdapBase('pn.id', bootstrap, { override: { id: 'https://o.example' }, fallback: {} })).toBe('https://o.example/');
    expect(rdapBase('pn.id', { services: [] }, { override: {}, fallback: { id: 'https://rdap.pandi.id/rdap/' } })).toBe('https://rdap.pandi.id/rdap/');
    expect(rdapBase('pn.xyz', undefined, { override: {}, fallback: {} })).toBeUndefined();
  });

  it('judges days left; .id goes to the fallback, .com through the bootstrap; the bootstrap is read once per run', async () => {
    rdap = await fakeRdap();
    const findings = await domainCheck.run(context(['www.pn-contoh.go.id', 'pn-hampir.go.id', 'pn-lewat.go.id', 'contoh-sidang.com']));
    expect(findings.map((f) => [f.subject, f.status, f.expiresAt])).toEqual([
      ['domain:pn-contoh.go.id', 'ok', '2027-08-01T00:00:00.000Z'],
      ['domain:pn-hampir.go.id', 'warn', '2026-12-10T00:00:00.000Z'],
      ['domain:pn-lewat.go.id', 'fail', '2026-11-01T00:00:00.000Z'],
      ['domain:contoh-sidang.com', 'warn', '2026-12-15T00:00:00.000Z'],
    ]);
    expect(findings[1]!.summary).toBe('domain pn-hampir.go.id habis dalam 16 hari (2026-12-10): siapkan perpanjangan');
    expect(findings[2]!.summary).toBe('domain pn-lewat.go.id sudah kedaluwarsa sejak 2026-11-01: perpanjang segera di registrar');
    expect(rdap.requests.filter((r) => r === '/dns.json')).toHaveLength(1);
    expect(rdap.requests).toContain('/pandi/domain/pn-contoh.go.id');
  });

  it('fails under fail_days, warns under warn_days', async () => {
    rdap = await fakeRdap();
    const ctx = context(['pn-hampir.go.id']);
    ctx.config.domain.fail_days = 20;
    const [finding] = await domainCheck.run(ctx);
    expect(finding).toMatchObject({ status: 'fail', summary: 'domain pn-hampir.go.id habis dalam 16 hari (2026-12-10): perpanjang sekarang di registrar' });
  });

  it('"no data" is a state: 404, no expiration event, malformed JSON, no server, an unreachable bootstrap', async () => {
    rdap = await fakeRdap();
    const findings = await domainCheck.run(context(['pn-hilang.go.id', 'pn-tanpa.go.id', 'pn-rusak.go.id', 'contoh.xyz']));
    expect(findings.map((f) => f.status)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
    expect(findings.map((f) => f.summary)).toEqual([
      'tidak ada data RDAP untuk pn-hilang.go.id: server RDAP tidak mengenal domain ini (HTTP 404)',
      'tidak ada data RDAP untuk pn-tanpa.go.id: jawaban tidak memuat tanggal kedaluwarsa (event "expiration")',
      expect.stringMatching(/^tidak ada data RDAP untuk pn-rusak\.go\.id: jawaban server RDAP bukan JSON yang valid/),
      'tidak ada data RDAP untuk contoh.xyz: tidak ada server RDAP untuk akhiran domain ini',
    ]);

    const ctx = context(['contoh-sidang.com']);
    ctx.config.domain.bootstrap_url = `${rdap.url}tidak-ada.json`;
    const [noBootstrap] = await domainCheck.run(ctx);
    expect(noBootstrap).toMatchObject({ status: 'unknown', summary: 'tidak ada data RDAP untuk contoh-sidang.com: tidak ada server RDAP untuk akhiran domain ini' });
    expect(noBootstrap!.evidence[0]).toMatch(/daftar server RDAP IANA .* tidak dapat diambil: HTTP 404/);
  });
});
