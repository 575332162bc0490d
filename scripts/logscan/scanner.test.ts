import { describe, expect, it } from 'vitest';
import { DEFACEMENT_PROBES } from '../monitor/checks/integrity.ts';
import { MONITOR_USER_AGENT } from '../monitor/user-agent.ts';
import { hit, scan, T0 } from './test-support.ts';

const iso = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

describe('createScanner', () => {
  it('reports a detection with its count, first and last seen, and samples as logged', () => {
    const lines = [
      hit('10.0.0.1', 0, 'GET /'),
      hit('203.0.113.9', 10, 'GET /.env', 404),
      hit('203.0.113.9', 11, 'GET /.git/config', 404),
      hit('203.0.113.9', 12, 'GET /backup.zip', 404),
      // After the detection every further match counts, however slow.
      hit('203.0.113.9', 600, 'GET /db.sql', 404),
      hit('10.0.0.1', 700, 'GET /berita/'),
    ];
    const totals = scan(lines);
    expect(totals).toMatchObject({ scanned: 6, skipped: 0, from: T0, to: T0 + 700_000, evictedSources: 0 });
    expect(totals.detections).toEqual([
      {
        scenario: 'sensitive-files',
        ip: '203.0.113.9',
        count: 4,
        firstSeen: iso(10),
        lastSeen: iso(600),
        samples: ['"GET /.env HTTP/1.1" → 404', '"GET /.git/config HTTP/1.1" → 404', '"GET /backup.zip HTTP/1.1" → 404', '"GET /db.sql HTTP/1.1" → 404'],
      },
    ]);
  });

  it('lists the busiest sources first, at most 20, with the scenarios detected on each', () => {
    const lines = [];
    for (let ip = 1; ip <= 30; ip++) for (let n = 0; n < ip; n++) lines.push(hit(`10.0.1.${ip}`, n, `GET /berita/${n % 3}/`));
    // The busiest source also probes for the CMS of another platform.
    for (const path of ['/wp-admin/', '/wp-login.php', '/administrator/', '/phpmyadmin/']) lines.push(hit('10.0.1.30', 40, `GET ${path}`, 404));
    const { topSources, detections } = scan(lines.sort((a, b) => a.time - b.time));
    expect(topSources).toHaveLength(20);
    expect(topSources[0]).toEqual({ ip: '10.0.1.30', requests: 34, scenarios: ['admin-panel-probe'] });
    expect(topSources.map((s) => s.requests)).toEqual([34, ...Array.from({ length: 19 }, (_, i) => 29 - i)]);
    expect(topSources.slice(1).every((s) => s.scenarios.length === 0)).toBe(true);
    expect(detections.map((d) => [d.scenario, d.ip])).toEqual([['admin-panel-probe', '10.0.1.30']]);
  });

  it('orders detections by scenario (as in the report\'s table), then by count', () => {
    const lines = [
      ...[0, 1, 2].map((n) => hit('203.0.113.1', n, `GET /cari/?q=%3Cscript%3Ealert(${n})%3C/script%3E`, 404)),
      ...[0, 1, 2, 3].map((n) => hit('203.0.113.2', n, `GET /cari/?q=%3Csvg%20onload=alert(${n})%3E`, 404)),
      ...[0, 1].map((n) => hit('203.0.113.3', n, `GET /../../etc/passwd?${n}`, 400)),
    ];
    expect(scan(lines).detections.map((d) => [d.scenario, d.ip, d.count])).toEqual([
      ['path-traversal', '203.0.113.3', 2],
      ['xss', '203.0.113.2', 4],
      ['xss', '203.0.113.1', 3],
    ]);
  });

  it('keeps at most five different samples per detection, each at most 300 characters', () => {
    const lines = Array.from({ length: 50 }, (_, n) => hit('203.0.113.4', n / 10, `GET /halaman-${n}-${'x'.repeat(n === 0 ? 400 : 1)}/`, 404));
    lines.push(hit('203.0.113.4', 6, 'GET /halaman-1-x/', 404));
    const probing = scan(lines).detections.find((d) => d.scenario === 'probing-404')!;
    expect(probing.count).toBe(51);
    expect(probing.samples).toHaveLength(5);
    expect(new Set(probing.samples).size).toBe(5);
    expect(probing.samples[0]).toHaveLength(301);
    expect(probing.samples[0]!.endsWith('…')).toBe(true);
    expect(probing.samples.slice(1).every((s) => s.length < 300)).toBe(true);
  });

  it('shows the user agent in the samples of bad-user-agent', () => {
    const lines = [0, 1].map((n) => hit('203.0.113.5', n, 'GET /', 200, 'Nikto/2.5.0'));
    expect(scan(lines).detections[0]!.samples).toEqual(['"GET / HTTP/1.1" → 200, user agent "Nikto/2.5.0"']);
  });

  it('reads but does not scan lines older than `since`', () => {
    const lines = [0, 1, 2, 3, 4].map((n) => hit('203.0.113.6', n * 10, `GET /wso${n}.php`, 404));
    const totals = scan(lines, { since: T0 + 25_000 });
    expect(totals).toMatchObject({ scanned: 2, skipped: 3, from: T0 + 30_000, to: T0 + 40_000 });
    expect(totals.detections.map((d) => [d.scenario, d.count])).toEqual([['backdoor-probe', 2]]);
    expect(scan(lines).detections.map((d) => [d.scenario, d.count])).toEqual([['backdoor-probe', 5]]);
  });

  it('remembers what a target matched, never what a line did', () => {
    const lines = [
      // The same targets first as harmless requests, so that their tests are remembered.
      ...Array.from({ length: 8 }, (_, n) => hit('10.0.0.3', n, 'GET /wp-login.php', 404, 'Mozilla/5.0')),
      ...Array.from({ length: 3 }, (_, n) => hit('10.0.0.3', 10 + n, 'GET /', 200)),
      // Then as attacks: a login flood on the same address, a scanner on the same page.
      ...Array.from({ length: 6 }, (_, n) => hit('203.0.113.8', 20 + n, 'POST /wp-login.php', 405)),
      ...Array.from({ length: 2 }, (_, n) => hit('203.0.113.9', 30 + n, 'GET /', 200, 'sqlmap/1.8')),
    ];
    expect(scan(lines).detections.map((d) => [d.scenario, d.ip])).toEqual([
      ['bad-user-agent', '203.0.113.9'],
      ['brute-force', '203.0.113.8'],
    ]);
  });

  it('reports no time span and no sources for no lines', () => {
    const totals = scan([]);
    expect(totals).toEqual({ scanned: 0, skipped: 0, detections: [], topSources: [], evictedSources: 0 });
  });

  it('stays within its source limit on a log with very many addresses, and says how many it let go', () => {
    const lines = [];
    for (let n = 0; n < 120_000; n++) lines.push(hit(`10.${n >> 16}.${(n >> 8) & 255}.${n & 255}`, n / 100, 'GET /'));
    const totals = scan(lines, { maxSources: 1000 });
    // Checked every 50,000 lines, and cut to 90 % of the limit each time.
    expect(120_000 - totals.evictedSources).toBeLessThanOrEqual(50_000 + 900);
    expect(totals.evictedSources).toBeGreaterThan(0);
    // Every request was still counted for the time span.
    expect(totals).toMatchObject({ scanned: 120_000, from: T0, to: T0 + 1_199_990 });
  });

  it('keeps a detection when its source is let go and comes back', () => {
    const attacker = [0, 1].map((n) => hit('203.0.113.7', n, `GET /shell${n}.php`, 404));
    const crowd = Array.from({ length: 60_000 }, (_, n) => hit(`10.1.${n >> 8}.${n & 255}`, 2 + n / 1000, 'GET /'));
    const back = hit('203.0.113.7', 100, 'GET /shell9.php', 404);
    const totals = scan([...attacker, ...crowd, back], { maxSources: 1000 });
    expect(totals.evictedSources).toBeGreaterThan(0);
    expect(totals.detections).toEqual([expect.objectContaining({ scenario: 'backdoor-probe', ip: '203.0.113.7', count: 3, lastSeen: iso(100) })]);
  });

  it("does not take laman monitor's page fetches and defacement probes for an attack, but still its injections", () => {
    const lines = [];
    // Four runs of the integrity check, 15 minutes apart: every page, then every probe (404).
    for (let run = 0; run < 4; run++) {
      const t = run * 900;
      for (let page = 0; page < 60; page++) lines.push(hit('198.51.100.7', t, `GET /berita/${page}/`, 200, MONITOR_USER_AGENT));
      for (const probe of DEFACEMENT_PROBES) lines.push(hit('198.51.100.7', t + 1, `GET ${probe}`, 404, MONITOR_USER_AGENT));
      lines.push(hit('198.51.100.7', t + 2, `GET /acak-${run}-tidak-ada`, 404, MONITOR_USER_AGENT));
    }
    expect(scan(lines).detections).toEqual([]);
    // The same traffic with another agent is what the scenarios are for.
    const other = lines.map((l) => ({ ...l, userAgent: 'Mozilla/5.0 (compatible; probe)' }));
    expect(new Set(scan(other).detections.map((d) => d.scenario))).toEqual(new Set(['aggressive-crawl', 'backdoor-probe', 'admin-panel-probe', 'probing-404']));
    // Copying the monitor's agent does not hide an injection.
    const sqli = [0, 1, 2, 3, 4, 5].map((n) => hit('198.51.100.8', n, `GET /cari?q=1'%20union%20select%20password%20from%20users--${n}`, 200, MONITOR_USER_AGENT));
    expect(scan(sqli).detections.map((d) => d.scenario)).toEqual(['sql-injection']);
  });
});

