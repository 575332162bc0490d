// The log scan's scenarios, modelled on CrowdSec's HTTP collection (crowdsecurity/http-cve
// and base-http-scenarios). Each is a leaky bucket per source IP: every matching request
// pours one token in, the bucket leaks one token every `leakSeconds` (time from the log
// lines), and a request that makes it hold more than `capacity` tokens is a detection.
// With `distinct`, a request for a target the bucket already holds adds nothing (a scanner
// tries many different URLs; a visitor reloading one page does not). docs/logscan.md
// documents this table for the court's IT officer: keep the two equal.
//
// A request matches when both its target (`target`, e.g. a pattern in the decoded URL) and
// the rest of its line (`line`: status, method, user agent) do. The target test depends on
// the target alone: the scanner remembers its answer per target, so the patterns run once
// per distinct URL rather than once per line.
import type { ScenarioId } from '../records/types.ts';
import { isMonitorUserAgent } from '../monitor/user-agent.ts';
import type { LogLine } from './parse.ts';
import type { RequestView } from './request.ts';

export interface MatchContext {
  /** No request in the log so far (any source) asked for this path. */
  newPath: boolean;
}

export interface Scenario {
  id: ScenarioId;
  /** Indonesian name for the report. */
  name: string;
  /** CrowdSec scenario it follows. */
  crowdsec: string;
  capacity: number;
  /** One token leaks out every this many seconds. */
  leakSeconds: number;
  /** Count each path (or whole target, with query) once per bucket. */
  distinct?: 'path' | 'target';
  /** Samples also show the user agent (what this scenario is about). */
  sampleUserAgent?: boolean;
  /** What counts, in Indonesian (docs and report). */
  matches: string;
  /** The target's part of the match; absent: any target. A pure function of the view. */
  target?: (view: RequestView) => boolean;
  /** The rest of the line's part; absent: any line. */
  line?: (line: LogLine, view: RequestView, context: MatchContext) => boolean;
  /**
   * `laman monitor`'s own requests (its user agent) do not count: its integrity check fetches
   * every page and probes for dropped files every 15 minutes. Only for the scenarios about
   * volume and probing; injection, traversal and sensitive files count whoever asks.
   */
  trustsMonitor?: true;
}

/** Whether one request pours into the scenario's bucket. */
export function requestMatches(scenario: Scenario, line: LogLine, view: RequestView, context: MatchContext): boolean {
  if (scenario.trustsMonitor && isMonitorUserAgent(line.userAgent)) return false;
  return (!scenario.line || scenario.line(line, view, context)) && (!scenario.target || scenario.target(view));
}

const SENSITIVE =
  /(?:^|\/)\.(?:env|git|svn|hg|bzr|htaccess|htpasswd|ds_store|aws|ssh|bash_history|mysql_history|npmrc|dockerenv|vscode|idea)(?:$|[/.~])|(?:^|\/)(?:id_rsa|id_dsa|id_ecdsa|id_ed25519|authorized_keys|wp-config\.php.+|config\.php.+|web\.config|configuration\.php.+|settings\.php.+|local\.xml|database\.yml|secrets?\.(?:ya?ml|json)|credentials(?:\.json)?|phpinfo\.php|info\.php|server-status|server-info|docker-compose\.ya?ml|dump\.sql|backup\.zip)$|\.(?:sql|sql\.gz|bak|old|orig|save|swp|sav|backup|dist|db|sqlite3?|mdb|pem|key|p12|pfx|log)$/;
// Archives are sensitive outside /berkas/ (where a court may publish a .zip on purpose).
const ARCHIVE = /\.(?:zip|rar|7z|tar|tgz|tar\.gz|tar\.bz2|gz)$/;
// ".." as a whole path segment (also "....//", a filter bypass), not the "..." of a title.
const TRAVERSAL = /(?:^|[/\\=])\.{2,}[/\\]|[/\\]\.\.(?:$|[/\\?;])|\/etc\/(?:passwd|shadow|group|hosts)|\/proc\/self\/|(?:^|[/\\=])(?:c:[/\\]|win\.ini|boot\.ini)|\u0000/;
const SQLI =
  /\bunion\b[\s/*()]*(?:all|distinct)?[\s/*()]*select\b|['"`)]\s*(?:or|and|\|\||&&)\s*[('"]?\w*['"]?\s*(?:=|<|>|like\b)|\bor\s+\d+\s*=\s*\d+|\b(?:sleep|benchmark|pg_sleep|extractvalue|updatexml|load_file)\s*\(|information_schema|waitfor\s+delay|;\s*(?:drop|insert|update|delete|select|shutdown)\s/;
const XSS = /<\s*\/?\s*(?:script|svg|img|iframe|body|object|embed|details|video|audio|math)\b|(?:java|vb)script\s*:|\bon(?:error|load|mouseover|focus|click|toggle|begin|animationstart)\s*=|document\s*\.\s*(?:cookie|domain|location)|\b(?:alert|prompt|confirm)\s*[(`]|fromcharcode/;
const SCANNER_UA =
  /sqlmap|nikto|nuclei|masscan|zgrab|wpscan|dirbuster|gobuster|\bdirb\b|ffuf|feroxbuster|wfuzz|nmap|acunetix|netsparker|w3af|havij|joomscan|droopescan|whatweb|openvas|nessus|zmeu|morfeus|commix|xsstrike|arachni|skipfish|jaeles|censysinspect|l9explore|fuzz faster/;
// Generic HTTP libraries: suspicious only while probing (a 404 or 403).
const LIBRARY_UA = /python-requests|python-urllib|python-httpx|aiohttp|go-http-client|libwww-perl|okhttp|scrapy/;
const BACKDOOR =
  /(?:^|\/)(?:shell|shell\d*|c99|c100|r57|wso\d*|alfa\w*|b374k|indoxploit|marijuana|mini|ws\d*|cmd|up|upl|upload|uploader|leaf|priv8|sym|symlink|0byte|bypass|xleet|gecko|fm|filemanager|webshell|lufix|lock360|about|radio|wp-conflg|tiny|x|xx|ups|f0x|sh3ll|404|1337|anonsec|k)\.php\d?$|\/cgi-bin\/|\/alfa_data\/|\/\.well-known\/.*\.php|\/wp-content\/uploads\/.*\.php|\/(?:wp-content\/plugins|wp-includes)\/[^?]*\.php.*(?:cmd|exec|shell)=/;
const ADMIN_PANEL =
  /^\/(?:[\w-]+\/)?(?:wp-admin(?:\/|$)|wp-login\.php|xmlrpc\.php)|^\/(?:administrator(?:\/|$)|phpmyadmin|pma\/|myadmin|mysqladmin|dbadmin|sqladmin|adminer|admin\.php|admin\/(?:login|index\.php|admin\.php|dashboard)|user\/login|cpanel|whm|webadmin|manager\/html|admin-console|panel\/|login\.php|backend\/|cms\/|typo3\/|bitrix\/admin|umbraco|jmx-console)/;
const LOGIN =
  /(?:^|\/)(?:wp-login\.php|xmlrpc\.php|login(?:\.php)?|signin|sign-in|auth|authenticate|token)(?:$|\/|\?)|^\/administrator\/(?:index\.php)?$|^\/admin\/(?:login|index\.php|admin\.php)|^\/user\/login|\/api\/(?:v\d+\/)?(?:login|auth|signin|token|sessions?)|^\/oauth/;

// A log holds few distinct user agents: remember the verdict per agent (bounded), and the
// last one (a browser loads a page and its assets one after another).
const uaVerdicts = new Map<string, 0 | 1 | 2>();
let lastUa = '';
let lastKind: 0 | 1 | 2 = 0;
/** 0 harmless, 1 a scanning tool, 2 a generic HTTP library. */
function userAgentKind(ua: string): 0 | 1 | 2 {
  if (ua === lastUa) return lastKind;
  let kind = uaVerdicts.get(ua);
  if (kind === undefined) {
    const lower = ua.toLowerCase();
    kind = SCANNER_UA.test(lower) ? 1 : LIBRARY_UA.test(lower) ? 2 : 0;
    if (uaVerdicts.size >= 10_000) uaVerdicts.clear();
    uaVerdicts.set((' ' + ua).slice(1), kind);
  }
  lastUa = ua;
  lastKind = kind;
  return kind;
}

function probing(line: LogLine): boolean {
  return line.status === 404 || line.status === 403;
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'probing-404',
    trustsMonitor: true,
    name: 'Pemindaian alamat yang tidak ada (404/403)',
    crowdsec: 'crowdsecurity/http-probing',
    capacity: 10,
    leakSeconds: 10,
    distinct: 'path',
    matches: 'jawaban 404 atau 403 untuk alamat halaman (bukan berkas statis), tiap alamat dihitung sekali',
    line: (line, view) => probing(line) && !view.isStatic,
  },
  {
    id: 'sensitive-files',
    name: 'Pencarian berkas sensitif',
    crowdsec: 'crowdsecurity/http-sensitive-files',
    capacity: 2,
    leakSeconds: 60,
    distinct: 'path',
    matches: '/.env, /.git/, /.htaccess, *.sql, *.bak, backup.zip, wp-config.php.bak, /.DS_Store, id_rsa, phpinfo.php …; arsip .zip/.tar.gz di luar /berkas/',
    target: (view) => SENSITIVE.test(view.path) || (ARCHIVE.test(view.path) && !view.path.startsWith('/berkas/')),
  },
  {
    id: 'path-traversal',
    name: 'Penelusuran direktori (path traversal)',
    crowdsec: 'crowdsecurity/http-path-traversal-probing',
    capacity: 1,
    leakSeconds: 60,
    distinct: 'target',
    matches: '../ atau ..\\ (juga tersandi %2e%2e, %252e), /etc/passwd, /proc/self/, win.ini, %00',
    target: (view) => TRAVERSAL.test(view.decoded),
  },
  {
    id: 'sql-injection',
    name: 'Percobaan injeksi SQL',
    crowdsec: 'crowdsecurity/http-sqli-probing',
    capacity: 2,
    leakSeconds: 60,
    distinct: 'target',
    matches: "union select, ' or 1=1, sleep(, benchmark(, information_schema, waitfor delay (setelah URL didekode)",
    target: (view) => SQLI.test(view.decoded),
  },
  {
    id: 'xss',
    name: 'Percobaan XSS (cross-site scripting)',
    crowdsec: 'crowdsecurity/http-xss-probing',
    capacity: 2,
    leakSeconds: 60,
    distinct: 'target',
    matches: '<script, <svg, <img, javascript:, onerror=, onload=, alert(, document.cookie (setelah URL didekode)',
    target: (view) => XSS.test(view.decoded),
  },
  {
    id: 'bad-user-agent',
    name: 'Alat pemindai (user agent berbahaya)',
    crowdsec: 'crowdsecurity/http-bad-user-agent',
    capacity: 1,
    leakSeconds: 60,
    sampleUserAgent: true,
    matches: 'user agent sqlmap, nikto, nuclei, masscan, zgrab, wpscan, dirbuster, gobuster, ffuf …; user agent kosong; python-requests, Go-http-client dan sejenisnya bila jawabannya 404/403',
    line: (line) => {
      if (line.userAgent === '') return true;
      const kind = userAgentKind(line.userAgent);
      return kind === 1 || (kind === 2 && probing(line));
    },
  },
  {
    id: 'backdoor-probe',
    trustsMonitor: true,
    name: 'Pencarian backdoor / web shell',
    crowdsec: 'crowdsecurity/http-backdoors-attempts',
    capacity: 1,
    leakSeconds: 60,
    distinct: 'path',
    matches: 'shell.php, c99.php, r57.php, wso.php, alfa*.php, b374k, indoxploit, /cgi-bin/, *.php di /wp-content/uploads/ …',
    target: (view) => BACKDOOR.test(view.path),
  },
  {
    id: 'admin-panel-probe',
    trustsMonitor: true,
    name: 'Pencarian panel admin (WordPress, Joomla, phpMyAdmin)',
    crowdsec: 'crowdsecurity/http-admin-interface-probing',
    capacity: 3,
    leakSeconds: 60,
    distinct: 'path',
    matches: '/wp-admin, /wp-login.php, /xmlrpc.php, /administrator/ (Joomla), /phpmyadmin, /admin.php, /admin/login, /user/login, /cpanel … (bukan /admin/ milik CMS Laman)',
    target: (view) => ADMIN_PANEL.test(view.path),
  },
  {
    id: 'brute-force',
    name: 'Tebak kata sandi (brute force login)',
    crowdsec: 'crowdsecurity/http-bf-wordpress_bf',
    capacity: 5,
    leakSeconds: 10,
    matches: 'POST ke alamat login: wp-login.php, xmlrpc.php, /administrator/index.php, /admin/login, /api/login, /oauth, /login …',
    line: (line) => line.method === 'POST' || line.method === 'PUT',
    target: (view) => LOGIN.test(view.path),
  },
  {
    id: 'aggressive-crawl',
    trustsMonitor: true,
    name: 'Perayapan agresif',
    crowdsec: 'crowdsecurity/http-crawl-non_statics',
    capacity: 40,
    leakSeconds: 0.5,
    matches: 'setiap permintaan halaman (bukan berkas statis: /_astro/, /pagefind/, /berkas/, /admin/, .css, .js, gambar, fon, PDF)',
    line: (_line, view) => !view.isStatic,
  },
  {
    id: 'random-uri-flood',
    trustsMonitor: true,
    name: 'Banjir alamat acak',
    crowdsec: '(Laman) banjir 404 untuk alamat yang belum pernah diminta',
    capacity: 20,
    leakSeconds: 1,
    distinct: 'path',
    matches: 'jawaban 404 untuk alamat yang belum pernah diminta siapa pun dalam log ini (juga berkas statis)',
    line: (line, _view, context) => line.status === 404 && context.newPath,
  },
];

export function scenarioById(id: ScenarioId): Scenario {
  const found = SCENARIOS.find((s) => s.id === id);
  if (!found) throw new Error(`skenario tidak dikenal: ${id}`);
  return found;
}

/** The bucket's threshold in words, e.g. "lebih dari 10 dalam 100 detik; bocor 1 tiap 10 detik". */
export function describeThreshold(s: Scenario): string {
  return `kapasitas ${s.capacity}, bocor 1 tiap ${String(s.leakSeconds).replace('.', ',')} detik${s.distinct ? ', tiap alamat sekali' : ''}`;
}
