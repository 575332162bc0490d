// Synthetic access logs in the `laman` format for the benchmark and tests: mostly benign
// visitors (pages and their assets, the odd 404), and a small share of attack traffic from
// a few sources per scenario. Deterministic for a given seed.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mulberry32 } from '../fixture/prng.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** epoch ms → nginx $time_local in WIB, "21/Nov/2026:12:00:00 +0700". */
export function timeLocal(ms: number): string {
  const d = new Date(ms + 7 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0700`;
}

export function logLine(ip: string, ms: number, request: string, status: number, userAgent: string, referer = '-', bytes = 5120): string {
  return `${ip} - - [${timeLocal(ms)}] "${request}" ${status} ${bytes} "${referer}" "${userAgent}" 0.004 pn-contoh.go.id`;
}

export const BROWSERS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0',
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
];
export const PAGES = ['/', '/berita/', '/pengumuman/', '/profil/', '/layanan/', '/jadwal-sidang/', '/berita/sidang-keliling-2026/', '/kontak/', '/informasi-publik/', '/biaya-perkara/'];
export const ASSETS = ['/_astro/situs.A1b2C3.css', '/_astro/situs.D4e5F6.js', '/favicon.png', '/berkas/berita/foto.webp', '/pagefind/pagefind.js', '/js/situs.js', '/berkas/dokumen/laporan-2025.pdf'];

/** One attack request per scenario (method, target, user agent); "{n}" is replaced by a number. */
export const ATTACKS: Record<string, Array<[string, string, string?]>> = {
  'probing-404': [['GET', '/halaman-lama-{n}/']],
  'sensitive-files': [['GET', '/.env'], ['GET', '/.git/config'], ['GET', '/backup.zip'], ['GET', '/wp-config.php.bak'], ['GET', '/db-{n}.sql'], ['GET', '/.DS_Store']],
  'path-traversal': [['GET', '/../../etc/passwd'], ['GET', '/berkas/%2e%2e/%2e%2e/etc/passwd?{n}'], ['GET', '/index.html?file=..%2f..%2f..%2fetc%2fpasswd&n={n}']],
  'sql-injection': [['GET', "/berita/?id=1'%20or%201=1--{n}"], ['GET', '/berita/?id=1%20UNION%20SELECT%20username,password%20FROM%20users--{n}'], ['GET', '/cari/?q=1%27%20AND%20SLEEP(5)--{n}']],
  xss: [['GET', '/cari/?q=%3Cscript%3Ealert({n})%3C/script%3E'], ['GET', '/berita/?q=%22%3E%3Cimg%20src=x%20onerror=alert({n})%3E'], ['GET', '/?next=javascript:alert({n})']],
  'bad-user-agent': [['GET', '/', 'sqlmap/1.8.2#stable (https://sqlmap.org)'], ['GET', '/berita/', 'Mozilla/5.0 (compatible; Nuclei - Open-source project (github.com/projectdiscovery/nuclei))'], ['GET', '/kontak/', 'Nikto/2.5.0']],
  'backdoor-probe': [['GET', '/shell.php'], ['GET', '/wp-content/uploads/c99.php'], ['GET', '/alfa.php'], ['GET', '/cgi-bin/test.cgi'], ['GET', '/wso{n}.php']],
  'admin-panel-probe': [['GET', '/wp-admin/'], ['GET', '/wp-login.php'], ['GET', '/administrator/'], ['GET', '/phpmyadmin/'], ['GET', '/admin.php'], ['GET', '/xmlrpc.php'], ['GET', '/user/login']],
  'brute-force': [['POST', '/wp-login.php'], ['POST', '/xmlrpc.php'], ['POST', '/administrator/index.php']],
  'aggressive-crawl': [['GET', '/berita/?halaman={n}']],
  'random-uri-flood': [['GET', '/{n}']],
};

export interface GenerateResult {
  lines: number;
  bytes: number;
}

/**
 * Writes about `bytes` bytes of log to `file`, streamed in batches (never the whole log in
 * memory). About 3 % of the lines are attacks: short bursts from a few sources per scenario.
 */
export async function generateLog(file: string, bytes: number, options: { seed?: number; progress?: (written: number) => void } = {}): Promise<GenerateResult> {
  const rnd = mulberry32(options.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const out = createWriteStream(file, { highWaterMark: 1 << 20 });
  const scenarioIds = Object.keys(ATTACKS);
  let written = 0;
  let lines = 0;
  let ms = Date.UTC(2026, 10, 20, 17, 0, 0);
  let burst: { ip: string; scenario: string; left: number } | undefined;
  let n = 0;
  while (written < bytes) {
    let batch = '';
    while (batch.length < 1 << 20) {
      // ~40 lines per second of log time: a busy court site on a busy day.
      ms += Math.floor(rnd() * 50);
      let line: string;
      if (!burst && rnd() < 0.0005) {
        // 60 requests in about three seconds: enough for every scenario, aggressive crawling included.
        burst = { ip: `198.51.100.${1 + Math.floor(rnd() * 250)}`, scenario: pick(scenarioIds), left: 60 };
      }
      if (burst && rnd() < 0.5) {
        const [method, target, ua] = pick(ATTACKS[burst.scenario]!);
        const status = method === 'POST' ? 405 : burst.scenario === 'aggressive-crawl' || burst.scenario === 'bad-user-agent' ? 200 : 404;
        line = logLine(burst.ip, ms, `${method} ${target.replace('{n}', String(n++))} HTTP/1.1`, status, ua ?? pick(BROWSERS), '-', 150);
        if (--burst.left === 0) burst = undefined;
      } else {
        // 20,000 visitor addresses: a busy court site's week.
        const ip = `10.0.${Math.floor(rnd() * 80)}.${1 + Math.floor(rnd() * 250)}`;
        const r = rnd();
        const target = r < 0.3 ? pick(PAGES) : r < 0.995 ? pick(ASSETS) : `/berita/tautan-rusak-${Math.floor(rnd() * 20)}/`;
        line = logLine(ip, ms, `GET ${target} HTTP/2.0`, target.includes('tautan-rusak') ? 404 : 200, pick(BROWSERS), 'https://pn-contoh.go.id/');
      }
      batch += line + '\n';
      lines++;
    }
    written += Buffer.byteLength(batch);
    if (!out.write(batch)) await once(out, 'drain');
    options.progress?.(written);
  }
  out.end();
  await once(out, 'finish');
  return { lines, bytes: written };
}
