// Each scenario fires on the request that overflows its bucket and not on the one before;
// requests at the bucket's leak rate never fire; ordinary visitors, search engines and the
// CMS's own files fire nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../lib/project.ts';
import type { ScenarioId } from '../records/types.ts';
import type { LogLine } from './parse.ts';
import { viewTarget } from './request.ts';
import { describeThreshold, requestMatches, SCENARIOS, scenarioById } from './scenarios.ts';
import { BROWSER, browsingSession, hit, scan } from './test-support.ts';

const ATTACKER = '203.0.113.66';
const SQLMAP = 'sqlmap/1.8.2#stable (https://sqlmap.org)';

/** The n-th request of an attack on each scenario: [request, status, user agent]. Distinct for every n. */
const ATTACK: Record<ScenarioId, (n: number) => [string, number, string?]> = {
  'probing-404': (n) => [`GET /halaman-lama-${n}/`, 404],
  'sensitive-files': (n) => [`GET ${['/.env', '/.git/config', '/backup.zip', '/db.sql', '/wp-config.php.bak', '/.DS_Store', '/.aws/credentials', '/id_rsa'][n]}`, 404],
  'path-traversal': (n) => [`GET /berkas/%2e%2e/%2e%2e/etc/passwd?${n}`, 400],
  'sql-injection': (n) => [`GET /berita/?id=1'%20or%201=1--${n}`, 200],
  xss: (n) => [`GET /cari/?q=%3Cscript%3Ealert(${n})%3C/script%3E`, 404],
  'bad-user-agent': (n) => [`GET /berita/?h=${n}`, 200, SQLMAP],
  'backdoor-probe': (n) => [`GET ${['/shell.php', '/wp-content/uploads/c99.php', '/alfa.php', '/cgi-bin/test.cgi', '/wso.php'][n]}`, 404],
  'admin-panel-probe': (n) => [`GET ${['/wp-admin/', '/wp-login.php', '/administrator/', '/phpmyadmin/', '/xmlrpc.php', '/user/login'][n]}`, 404],
  'brute-force': (n) => [`POST ${n % 2 ? '/wp-login.php' : '/xmlrpc.php'}`, 405],
  'aggressive-crawl': (n) => [`GET /berita/?halaman=${n}`, 200],
  'random-uri-flood': (n) => [`GET /acak-${n}.png`, 404],
};

function attack(id: ScenarioId, count: number, secondsApart = 0): LogLine[] {
  return Array.from({ length: count }, (_, n) => {
    const [request, status, ua] = ATTACK[id](n);
    return hit(ATTACKER, n * secondsApart, request, status, ua ?? BROWSER);
  });
}

const detected = (lines: LogLine[], id: ScenarioId) => scan(lines).detections.filter((d) => d.scenario === id);

describe('every scenario at its threshold', () => {
  it('has an attack in this table', () => {
    expect(Object.keys(ATTACK).sort()).toEqual(SCENARIOS.map((s) => s.id).sort());
  });

  it.each(SCENARIOS.map((s) => [s.id, s.capacity] as const))('%s: fires on request %i + 1, not on request %i', (id, capacity) => {
    expect(detected(attack(id, capacity), id)).toEqual([]);
    const found = detected(attack(id, capacity + 1), id);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ scenario: id, ip: ATTACKER, count: capacity + 1 });
  });

  it.each(SCENARIOS.map((s) => [s.id, s.leakSeconds] as const))('%s: never fires when the requests come one per %s s (its leak rate)', (id, leakSeconds) => {
    const capacity = scenarioById(id).capacity;
    expect(detected(attack(id, capacity * 3 + 1, leakSeconds * 1.01), id)).toEqual([]);
  });

  it('has the thresholds docs/logscan.md gives the IT officer', () => {
    const docs = readFileSync(path.join(PROJECT_ROOT, 'docs/logscan.md'), 'utf8');
    const lines = docs.split('\n');
    const header = lines.findIndex((l) => l.startsWith('| Kode | Skenario | Kapasitas |'));
    expect(header).toBeGreaterThan(0);
    const end = lines.findIndex((l, i) => i > header && !l.startsWith('|'));
    const rows = lines.slice(header + 2, end);
    const documented = rows.map((l) => l.split('|').slice(1, 6).map((c) => c.trim()));
    expect(documented).toEqual(
      SCENARIOS.map((s) => [`\`${s.id}\``, s.name, String(s.capacity), `${String(s.leakSeconds).replace('.', ',')} detik`, s.distinct === 'path' ? 'jalur' : s.distinct === 'target' ? 'alamat lengkap' : '–']),
    );
  });

  it('states the thresholds in Indonesian, as docs/logscan.md does', () => {
    expect(describeThreshold(scenarioById('probing-404'))).toBe('kapasitas 10, bocor 1 tiap 10 detik, tiap alamat sekali');
    expect(describeThreshold(scenarioById('aggressive-crawl'))).toBe('kapasitas 40, bocor 1 tiap 0,5 detik');
  });
});

describe('distinct counting', () => {
  it('a visitor reloading the same missing page does not probe', () => {
    const lines = Array.from({ length: 30 }, (_, i) => hit('10.0.0.5', i, 'GET /berita/tautan-rusak/', 404));
    expect(scan(lines).detections).toEqual([]);
  });

  it('a form resubmitted with the same injection counts once', () => {
    const lines = Array.from({ length: 10 }, (_, i) => hit(ATTACKER, i, "GET /berita/?id=1'%20or%201=1--", 200));
    expect(detected(lines, 'sql-injection')).toEqual([]);
  });
});

describe('what each scenario matches', () => {
  /** Whether one request pours into the scenario's bucket. */
  const matches = (id: ScenarioId, line: LogLine) => requestMatches(scenarioById(id), line, viewTarget(line.target), { newPath: true });

  it.each([
    ['sensitive-files', 'GET /.env.production', 404],
    ['sensitive-files', 'GET /.git/HEAD', 404],
    ['sensitive-files', 'GET /situs.tar.gz', 404],
    ['path-traversal', 'GET /..%252f..%252fetc%252fpasswd', 400],
    ['path-traversal', 'GET /index.html?file=..%5c..%5cwin.ini', 200],
    ['path-traversal', 'GET /unduh?berkas=....//....//etc/passwd', 404],
    ['path-traversal', 'GET /static/..;/..;/WEB-INF/web.xml', 404],
    ['sql-injection', 'GET /berita/?id=1%20UNION%20SELECT%20username,password%20FROM%20users', 200],
    ['sql-injection', 'GET /cari/?q=1%27%20AND%20SLEEP(5)--', 200],
    ['xss', 'GET /?next=javascript:alert(1)', 200],
    ['xss', 'GET /berita/?q=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E', 200],
    ['admin-panel-probe', 'GET /blog/wp-admin/', 404],
    ['backdoor-probe', 'GET /wp-content/uploads/2024/01/foto.php', 404],
    ['brute-force', 'POST /administrator/index.php', 405],
  ] as const)('%s matches %s', (id, request, status) => {
    expect(matches(id, hit(ATTACKER, 0, request, status))).toBe(true);
  });

  it.each([
    ['sensitive-files', 'GET /berkas/dokumen/arsip-putusan-2025.zip', 200],
    ['admin-panel-probe', 'GET /admin/', 200],
    ['admin-panel-probe', 'GET /admin/config.yml', 200],
    ['admin-panel-probe', 'GET /admin/decap/decap-cms.js', 200],
    ['brute-force', 'GET /wp-login.php', 404],
    ['sql-injection', 'GET /cari/?q=sidang+or+mediasi', 200],
    ['sql-injection', "GET /berita/putusan-jum'at-ini/", 200],
    ['xss', 'GET /berita/onload-dan-onerror-dijelaskan/', 200],
    ['path-traversal', 'GET /berita/2026/11/21/sidang.../', 200],
    ['probing-404', 'GET /_astro/situs.lama.css', 404],
  ] as const)('%s does not match %s', (id, request, status) => {
    expect(matches(id, hit(ATTACKER, 0, request, status))).toBe(false);
  });

  it('bad-user-agent: scanning tools and empty agents always, HTTP libraries only while probing', () => {
    const twice = (path: string, status: number, ua: string) => [hit(ATTACKER, 0, `GET ${path}`, status, ua), hit(ATTACKER, 1, `GET ${path}`, status, ua)];
    expect(detected(twice('/', 200, 'Mozilla/5.0 Nikto/2.5.0'), 'bad-user-agent')).toHaveLength(1);
    expect(detected(twice('/', 200, ''), 'bad-user-agent')).toHaveLength(1);
    expect(detected(twice('/', 200, 'python-requests/2.32.3'), 'bad-user-agent')).toEqual([]);
    expect(detected(twice('/tidak-ada/', 404, 'python-requests/2.32.3'), 'bad-user-agent')).toHaveLength(1);
    expect(detected(twice('/', 200, 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'), 'bad-user-agent')).toEqual([]);
  });
});

describe('benign traffic', () => {
  it('a visitor reading pages with their assets, a broken link and a missing icon fires nothing', () => {
    const lines = [
      ...browsingSession('10.0.0.7', 0, ['/', '/berita/', '/berita/sidang-keliling-2026/', '/pengumuman/', '/jadwal-sidang/', '/kontak/', '/informasi-publik/', '/biaya-perkara/', '/profil/', '/layanan/'], 5),
      hit('10.0.0.7', 1, 'GET /favicon.ico', 404),
      hit('10.0.0.7', 2, 'GET /apple-touch-icon.png', 404),
      hit('10.0.0.7', 3, 'GET /apple-touch-icon-precomposed.png', 404),
      hit('10.0.0.7', 30, 'GET /berita/tautan-rusak/', 404),
      hit('10.0.0.7', 31, 'GET /robots.txt', 404),
    ].sort((a, b) => a.time - b.time);
    const totals = scan(lines);
    expect(totals.detections).toEqual([]);
    expect(totals.topSources).toEqual([{ ip: '10.0.0.7', requests: lines.length, scenarios: [] }]);
  });

  it('an office behind one address with many visitors at once fires nothing', () => {
    const pages = ['/', '/berita/', '/pengumuman/', '/jadwal-sidang/', '/kontak/'];
    const lines = Array.from({ length: 8 }, (_, visitor) => browsingSession('10.0.9.1', visitor * 2, pages, 15)).flat().sort((a, b) => a.time - b.time);
    expect(scan(lines).detections).toEqual([]);
  });

  it('a search engine crawling a page a second for ten minutes fires nothing', () => {
    const googlebot = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
    const lines = Array.from({ length: 600 }, (_, i) => hit('66.249.66.1', i, `GET /berita/berita-${i}/`, i % 50 === 0 ? 404 : 200, googlebot));
    expect(scan(lines).detections).toEqual([]);
  });

  it('an editor working in the CMS (/admin/, many files at once) fires nothing', () => {
    const files = ['/admin/', '/admin/config.yml', '/admin/decap/decap-cms.js', '/admin/decap/decap-cms.js.map', '/admin/laman-cms.js', '/admin/gaya.css'];
    const lines = Array.from({ length: 20 }, (_, round) => files.map((f) => hit('10.0.0.9', round * 3, `GET ${f}`))).flat();
    expect(scan(lines).detections).toEqual([]);
  });
});
