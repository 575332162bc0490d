// The maintenance record: what the scheduled workflows (monitor, backup, log scan) keep on
// the records branch ("pemantauan"), and what the status page and the monthly report read.
// Plain data; the layout of the branch is in layout.ts, the git side in store.ts.

/** Which check produced a finding. */
export type CheckKind =
  | 'availability' // the URL answers 2xx/3xx within the timeout (after retries)
  | 'freshness' // newest Berita/Pengumuman, and every mandatory 2-144 item, recent enough
  | 'integrity' // live files equal the deployed build manifest (laman-manifest.json)
  | 'tls' // certificate valid, chain trusted, not close to expiry
  | 'domain' // RDAP: domain registration not close to expiry
  | 'links' // no broken links on the live site
  | 'ruleset'; // the GitHub labels and branch ruleset match `laman setup-github`

/** ok: fine; warn: worth a look, no incident; fail: an incident; unknown: could not tell (e.g. RDAP has no data). */
export type CheckStatus = 'ok' | 'warn' | 'fail' | 'unknown';

export interface Finding {
  check: CheckKind;
  /** What was checked: a URL, a host name, a domain, "berita", "owner/repo"… Stable across runs (the incident key is check + subject). */
  subject: string;
  status: CheckStatus;
  /** One line in Indonesian, e.g. "https://pn-contoh.go.id/ tidak dapat diakses: HTTP 503". */
  summary: string;
  /** Indonesian lines an operator can act on (changed files, status codes, dates); at most 50. */
  evidence: string[];
  /** availability: time to the full response of the last attempt, in milliseconds. */
  responseMs?: number;
  /** tls, domain: when the certificate or registration expires (ISO 8601). */
  expiresAt?: string;
}

/** One `laman monitor` run: one JSON line in monitor/YYYY-MM-DD.jsonl (UTC day of `at`). */
export interface MonitorRun {
  /** ISO 8601 UTC, when the run started. */
  at: string;
  findings: Finding[];
}

/** One backup-side event: backup/YYYY-MM-DDTHHMMSSZ-<kind>.json. */
export interface BackupRecord {
  kind: 'create' | 'verify' | 'restore-test';
  /** ISO 8601 UTC. */
  at: string;
  /** The snapshot concerned (its id in the backup repository). */
  snapshot: string;
  /** Where: "directory:/srv/cadangan" or "rclone:sftp-kantor:cadangan" (never a secret). */
  target: string;
  ok: boolean;
  /** Files and bytes in the snapshot; newBytes: bytes actually uploaded (after deduplication). */
  files: number;
  bytes: number;
  newBytes?: number;
  durationMs: number;
  /** Indonesian lines: what was wrong, when ok is false. */
  problems: string[];
}

/** The log scan's scenarios (docs/logscan.md documents each bucket's capacity and leak rate). */
export type ScenarioId =
  | 'probing-404'
  | 'sensitive-files'
  | 'path-traversal'
  | 'sql-injection'
  | 'xss'
  | 'bad-user-agent'
  | 'backdoor-probe'
  | 'admin-panel-probe'
  | 'brute-force'
  | 'aggressive-crawl'
  | 'random-uri-flood';

export interface Detection {
  scenario: ScenarioId;
  ip: string;
  /** Requests of this source that matched the scenario. */
  count: number;
  /** ISO 8601 UTC, from the log lines. */
  firstSeen: string;
  lastSeen: string;
  /** Up to 5 request lines ("GET /.env HTTP/1.1" → 404), as logged. */
  samples: string[];
}

/** What `laman logscan --json` prints, and what is kept as logscan/YYYY-MM-DDTHHMMSSZ.json. */
export interface LogscanReport {
  /** ISO 8601 UTC, when the scan ran. */
  at: string;
  files: string[];
  lines: number;
  /** Lines that were not a combined-log line (counted, never fatal). */
  malformed: number;
  /** Time span of the log lines read (ISO 8601), when any. */
  from?: string;
  to?: string;
  detections: Detection[];
  /** The busiest sources, most requests first (at most 20). */
  topSources: Array<{ ip: string; requests: number; scenarios: ScenarioId[] }>;
}
