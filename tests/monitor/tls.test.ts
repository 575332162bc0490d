// The TLS check against certificates made by openssl and served by Debian's nginx.
import { mkdtemp, rm } from 'node:fs/promises';
import type { LookupFunction } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMonitorConfig, resolveMonitorConfig } from '../../scripts/monitor/config.ts';
import { tlsCheck } from '../../scripts/monitor/checks/tls.ts';
import type { Finding } from '../../scripts/records/types.ts';
import { freePort } from '../helpers/nginx.ts';
import { makeCa, makeLeaf, makeSelfSigned } from './helpers/certs.ts';
import { startTlsNginx, type TlsNginx } from './helpers/tls-nginx.ts';

const HOST = 'pn-contoh.test';
/** Every name resolves to 127.0.0.1, as if DNS pointed the court's domain at the test nginx. */
const lookup = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
  if (options?.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
}) as unknown as LookupFunction;

let dir: string;
let nginx: TlsNginx;
let findings: Record<string, Finding>;

async function runTls(hosts: string[], caFile: string | null): Promise<Finding[]> {
  const config = resolveMonitorConfig(parseMonitorConfig(JSON.stringify({ tls: { hosts, ca_file: caFile }, timeout_ms: 3000 })), `https://${HOST}/`);
  return tlsCheck.run({ config, root: dir, now: () => new Date(), fetch, sleep: async () => {}, log: () => {}, lookup });
}

describe('tls against nginx with openssl certificates', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'laman-tls-'));
    const ca = await makeCa(dir);
    const certs = {
      valid: await makeLeaf(dir, 'valid', HOST, ca, 90),
      expiring: await makeLeaf(dir, 'expiring', HOST, ca, 3),
      warning: await makeLeaf(dir, 'warning', HOST, ca, 20),
      selfsigned: await makeSelfSigned(dir, 'selfsigned', HOST, 90),
      wrongname: await makeLeaf(dir, 'wrongname', 'pn-lain.test', ca, 90),
    };
    nginx = await startTlsNginx(dir, certs);
    const names = Object.keys(certs);
    const results = await runTls(names.map((n) => `${HOST}:${nginx.ports[n]}`), 'ca.pem');
    findings = Object.fromEntries(names.map((n, i) => [n, results[i]!]));
  }, 60_000);

  afterAll(async () => {
    await nginx?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('a certificate from the trusted CA with 90 days left is ok, with its expiry', () => {
    const f = findings.valid!;
    expect(f).toMatchObject({ check: 'tls', subject: `tls:${HOST}:${nginx.ports.valid}`, status: 'ok' });
    expect(f.summary).toMatch(/sah sampai \d{4}-\d\d-\d\d \((89|90) hari lagi\)/);
    expect(new Date(f.expiresAt!).getTime()).toBeGreaterThan(Date.now() + 88 * 86_400_000);
    expect(f.evidence).toContain('rantai: pn-contoh.test → Laman Uji CA');
  });

  it('fails when fewer than fail_days are left, warns under warn_days', () => {
    expect(findings.expiring).toMatchObject({ status: 'fail' });
    expect(findings.expiring!.summary).toMatch(/habis dalam [23] hari .*: perpanjang sekarang$/);
    expect(findings.expiring!.expiresAt).toBeDefined();
    expect(findings.warning).toMatchObject({ status: 'warn' });
    expect(findings.warning!.summary).toMatch(/habis dalam (19|20) hari .*: jadwalkan perpanjangan$/);
  });

  it('fails a self-signed certificate and a certificate for another host name, saying which', () => {
    expect(findings.selfsigned).toMatchObject({ status: 'fail' });
    expect(findings.selfsigned!.summary).toContain('ditandatangani sendiri (self-signed)');
    expect(findings.selfsigned!.expiresAt).toBeDefined();
    expect(findings.wrongname).toMatchObject({ status: 'fail' });
    expect(findings.wrongname!.summary).toContain(`nama host tidak cocok: sertifikat untuk pn-lain.test, bukan ${HOST}`);
  });

  it('without the CA file the chain is not trusted; an unreachable host is unknown, not a failure', async () => {
    const [untrusted, down] = await runTls([`${HOST}:${nginx.ports.valid}`, `${HOST}:${await freePort()}`], null);
    expect(untrusted).toMatchObject({ status: 'fail' });
    expect(untrusted!.summary).toMatch(/rantai sertifikat tidak dapat diverifikasi|CA yang tidak tepercaya/);
    expect(down).toMatchObject({ status: 'unknown' });
    expect(down!.summary).toMatch(/^tidak dapat diperiksa: .* tidak dapat diakses \(koneksi ditolak/);
  });
});
