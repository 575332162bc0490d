// What the status page says, as plain data (pure): the current state per check from the
// newest monitor run, uptime per day and over 30/90 days, the response times of the last
// 7 days, and the incidents of the last 90 days. render.ts turns it into HTML, svg.ts into
// the chart, and status.json is this object as it is.
import type { IncidentSummary } from '../incidents/types.ts';
import type { CheckKind, CheckStatus, MonitorRun } from '../records/types.ts';
import { availabilityByDay, availabilityRatio, responseSeries, type DayAvailability } from './uptime.ts';
import { WIB, wibDayStart } from './format.ts';

export type { IncidentSummary };

export interface StatusInput {
  /** Monitor runs of (at least) the last 90 days; older ones are ignored. */
  runs: readonly MonitorRun[];
  incidents: readonly IncidentSummary[];
  /** Shown instead of the incident list when it could not be read (no GitHub token, an API error). */
  incidentsNote?: string;
  now: Date;
  siteName: string;
  siteUrl: string;
  /** The newest run is "old" after this long (default 120 minutes: eight missed 15-minute runs). */
  staleAfterMinutes?: number;
}

/** The checks a visitor sees, in this order. The branch-ruleset check is about the repository, not the site: not shown. */
export const PUBLIC_CHECKS: readonly CheckKind[] = ['availability', 'integrity', 'tls', 'domain', 'freshness', 'links'];

export const CHECK_LABELS: Record<CheckKind, string> = {
  availability: 'Ketersediaan situs',
  integrity: 'Keutuhan isi situs',
  tls: 'Sertifikat keamanan (TLS)',
  domain: 'Pendaftaran domain',
  freshness: 'Kemutakhiran informasi',
  links: 'Tautan',
  ruleset: 'Pengaturan repositori',
};

export const STATUS_LABELS: Record<CheckStatus, string> = {
  ok: 'Normal',
  warn: 'Perlu perhatian',
  fail: 'Gangguan',
  unknown: 'Tidak diketahui',
};

export interface CheckState {
  check: CheckKind;
  label: string;
  /** The worst status among the check's findings (fail > warn > unknown > ok). */
  status: CheckStatus;
  statusLabel: string;
  /** Findings that are not ok: what a visitor may want to know. */
  notes: Array<{ subject: string; status: CheckStatus; summary: string }>;
}

/** normal: every run up; sebagian: ≥ 95 % up; berat: less; kosong: no measurement that day. */
export type DayLevel = 'normal' | 'sebagian' | 'berat' | 'kosong';

export const DAY_LEVEL_LABELS: Record<DayLevel, string> = {
  normal: 'Normal',
  sebagian: 'Gangguan sebagian',
  berat: 'Gangguan besar',
  kosong: 'Tidak ada data',
};

export interface DayRow extends DayAvailability {
  level: DayLevel;
}

export interface IncidentRow {
  number: number;
  title: string;
  check: string;
  checkLabel: string;
  openedAt: string;
  closedAt: string | null;
  ongoing: boolean;
  /** For an ongoing incident: minutes so far. */
  durationMinutes: number | null;
}

export type OverallState = 'normal' | 'gangguan' | 'tanpa-data';

export interface StatusModel {
  siteName: string;
  siteUrl: string;
  generatedAt: string;
  timeZone: string;
  state: OverallState;
  headline: string;
  /** When the newest run started, and whether that is longer ago than staleAfterMinutes. */
  lastRunAt: string | null;
  stale: boolean;
  checks: CheckState[];
  uptime: { days30: number | null; days90: number | null };
  /** The last 90 days (WIB), oldest first. */
  days: DayRow[];
  response: { from: string; to: string; points: Array<{ at: string; ms: number }>; days: DayRow[] };
  incidents: IncidentRow[];
  incidentsNote: string | null;
}

const DAY = 86_400_000;
const SEVERITY: Record<CheckStatus, number> = { ok: 0, unknown: 1, warn: 2, fail: 3 };

export function dayLevel(day: DayAvailability): DayLevel {
  if (day.ratio === null) return 'kosong';
  if (day.ratio >= 1) return 'normal';
  return day.ratio >= 0.95 ? 'sebagian' : 'berat';
}

function checkStates(run: MonitorRun | undefined): CheckState[] {
  if (!run) return [];
  const states: CheckState[] = [];
  for (const check of PUBLIC_CHECKS) {
    const findings = run.findings.filter((f) => f.check === check);
    if (!findings.length) continue;
    const status = findings.reduce<CheckStatus>((worst, f) => (SEVERITY[f.status] > SEVERITY[worst] ? f.status : worst), 'ok');
    states.push({
      check,
      label: CHECK_LABELS[check],
      status,
      statusLabel: STATUS_LABELS[status],
      notes: findings
        .filter((f) => f.status !== 'ok')
        .sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status])
        .map((f) => ({ subject: f.subject, status: f.status, summary: f.summary })),
    });
  }
  return states;
}

function incidentRows(incidents: readonly IncidentSummary[], from: Date, now: Date): IncidentRow[] {
  return incidents
    .filter((i) => {
      const opened = Date.parse(i.openedAt);
      const closed = i.closedAt === null ? null : Date.parse(i.closedAt);
      return Number.isFinite(opened) && opened <= now.getTime() && (closed === null || closed >= from.getTime());
    })
    .map((i) => {
      const ongoing = i.closedAt === null;
      const duration = ongoing ? (now.getTime() - Date.parse(i.openedAt)) / 60_000 : i.durationMinutes ?? (Date.parse(i.closedAt ?? '') - Date.parse(i.openedAt)) / 60_000;
      const check = i.check as CheckKind;
      return {
        number: i.number,
        title: i.title,
        check: i.check,
        checkLabel: CHECK_LABELS[check] ?? i.check,
        openedAt: i.openedAt,
        closedAt: i.closedAt,
        ongoing,
        durationMinutes: Number.isFinite(duration) ? Math.max(0, Math.round(duration)) : null,
      };
    })
    .sort((a, b) => Number(b.ongoing) - Number(a.ongoing) || b.openedAt.localeCompare(a.openedAt));
}

export function buildStatusModel(input: StatusInput): StatusModel {
  const { now } = input;
  const staleAfter = (input.staleAfterMinutes ?? 120) * 60_000;
  const from90 = wibDayStart(now, 89);
  const runs = input.runs.filter((r) => Date.parse(r.at) <= now.getTime()).slice().sort((a, b) => a.at.localeCompare(b.at));
  const last = runs.at(-1);
  const checks = checkStates(last);
  const failing = checks.filter((c) => c.status === 'fail');
  const state: OverallState = !last || !checks.length ? 'tanpa-data' : failing.length ? 'gangguan' : 'normal';
  const headline =
    state === 'tanpa-data' ? 'Belum ada data pemantauan' : state === 'gangguan' ? `Gangguan: ${failing.map((c) => c.label).join(', ')}` : 'Semua layanan normal';
  // Periods are half-open [from, to): `end` keeps the run made at this very moment (the
  // monitor renders the page right after its run) inside them.
  const end = new Date(now.getTime() + 1);
  const days = availabilityByDay(runs, { from: from90, to: end, timeZone: WIB }).map((d) => ({ ...d, level: dayLevel(d) }));
  const from7 = wibDayStart(now, 6);
  return {
    siteName: input.siteName,
    siteUrl: input.siteUrl,
    generatedAt: now.toISOString(),
    timeZone: WIB,
    state,
    headline,
    lastRunAt: last?.at ?? null,
    stale: last ? now.getTime() - Date.parse(last.at) > staleAfter : false,
    checks,
    uptime: {
      days30: availabilityRatio(runs, new Date(now.getTime() - 30 * DAY), end),
      days90: availabilityRatio(runs, new Date(now.getTime() - 90 * DAY), end),
    },
    days,
    response: { from: from7.toISOString(), to: now.toISOString(), points: responseSeries(runs, from7, end), days: days.filter((d) => Date.parse(`${d.day}T00:00:00+07:00`) >= from7.getTime()) },
    incidents: incidentRows(input.incidents, from90, now),
    incidentsNote: input.incidentsNote ?? null,
  };
}
