// The report's figures for one month, from the records read by gather.ts. Pure: no git, no
// GitHub, no clock (the month and "now" come in); empty inputs give "no data" (null, []),
// never NaN.
import type { ArchiveRecord } from '../archive/record.ts';
import type { IncidentSummary } from '../incidents/types.ts';
import type { BackupRecord, Finding, LogscanReport, MonitorRun } from '../records/types.ts';
import { availabilityByDay, availabilityRatio, responseSeries } from '../status/uptime.ts';
import { inMonth, type ReportMonth } from './month.ts';
import { findProblems } from './problems.ts';
import type {
  BackupSummary,
  BuildOptions,
  CategoryCount,
  FreshnessRow,
  IncidentRow,
  ObservedExpiry,
  RenewalContract,
  RenewalRow,
  Report,
  ReportData,
  ScenarioRow,
  Source,
  SourceRow,
  StageStandard,
  StageTimes,
} from './types.ts';

const DAY = 86_400_000;
const MINUTE = 60_000;
/** Contracts expiring within this many days of the month's end are listed (SOP F4). */
export const RENEWAL_WINDOW_DAYS = 60;
/** At most this many sources in the suspicious-activity table. */
const MAX_SOURCES = 15;

export function buildReport(data: ReportData, options: BuildOptions): Report {
  const { month } = options;
  const runs = data.runs.filter((r) => inMonth(month, r.at));
  const days = availabilityByDay(runs, { from: month.from, to: month.to });
  const series = responseSeries(runs, month.from, month.to).map((p) => p.ms).sort((a, b) => a - b);
  const report: Report = {
    month,
    court: options.court,
    generatedAt: options.now.toISOString(),
    availability: {
      ratio: availabilityRatio(runs, month.from, month.to),
      runs: days.reduce((n, d) => n + d.runs, 0),
      days,
      meanMs: series.length ? series.reduce((a, b) => a + b, 0) / series.length : null,
      p95Ms: series.length ? percentile(series, 0.95) : null,
      daysBelowFull: days.filter((d) => d.ratio !== null && d.ratio < 1).length,
      daysWithoutData: days.filter((d) => d.ratio === null).length,
    },
    incidents: mapSource(data.incidents, (items) => incidentsOfMonth(items, month)),
    content: mapSource(data.archive, (records) => {
      const published = records.filter((r) => inMonth(month, r.waktu));
      const prs = new Set(published.map((r) => r.pullRequest?.nomor).filter((n): n is number => n !== undefined));
      return {
        categories: categories(published),
        total: published.length,
        pullRequests: prs.size,
        stages: mapSource(data.stages, (stages) => stageTimes(published, stages)),
      };
    }),
    freshness: freshness(runs),
    backups: backups(data.backups.filter((b) => inMonth(month, b.at))),
    renewals: mapSource(data.renewals, (contracts) => renewals(contracts, month)),
    observedExpiries: observedExpiries(runs, month),
    activity: activity(data.logscans.filter((s) => inMonth(month, s.at))),
    problems: [],
    notes: [...data.notes],
  };
  report.problems = findProblems(report);
  return report;
}

function mapSource<T, U>(source: Source<T>, f: (value: T) => U): Source<U> {
  return source.available ? { available: true, value: f(source.value) } : source;
}

export function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index] ?? 0;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Incidents that were open at some time in the month, oldest first. */
function incidentsOfMonth(items: readonly IncidentSummary[], month: ReportMonth): IncidentRow[] {
  return items
    .filter((i) => Date.parse(i.openedAt) < month.to.getTime() && (i.closedAt === null || Date.parse(i.closedAt) >= month.from.getTime()))
    .map((i) => ({ ...i, openAtMonthEnd: i.closedAt === null || Date.parse(i.closedAt) >= month.to.getTime() }))
    .sort((a, b) => a.openedAt.localeCompare(b.openedAt) || a.number - b.number);
}

function categories(records: readonly ArchiveRecord[]): CategoryCount[] {
  const byKoleksi = new Map<string, CategoryCount>();
  for (const r of records) {
    const row = byKoleksi.get(r.item.koleksi) ?? { koleksi: r.item.koleksi, ditambah: 0, diubah: 0, dihapus: 0, total: 0 };
    row[r.item.perubahan] += 1;
    row.total += 1;
    byKoleksi.set(r.item.koleksi, row);
  }
  return [...byKoleksi.values()].sort((a, b) => b.total - a.total || a.koleksi.localeCompare(b.koleksi));
}

/**
 * Per review stage: the time from the previous stage's approval to this one, once per pull
 * request (a pull request publishing three items was reviewed once).
 */
function stageTimes(records: readonly ArchiveRecord[], stages: readonly StageStandard[]): StageTimes[] {
  const perPr = new Map<string, ArchiveRecord>();
  for (const r of records) {
    const key = r.pullRequest ? `pr:${r.pullRequest.nomor}` : `commit:${r.commit}`;
    if (!perPr.has(key) && r.persetujuan.length) perPr.set(key, r);
  }
  return stages.map((stage) => {
    const minutes: number[] = [];
    for (const r of perPr.values()) {
      const i = r.persetujuan.findIndex((a) => a.tahap === stage.id);
      const before = i > 0 ? r.persetujuan[i - 1] : undefined;
      if (i < 0 || !before) continue;
      const spent = (Date.parse(r.persetujuan[i]!.pada) - Date.parse(before.pada)) / MINUTE;
      if (Number.isFinite(spent)) minutes.push(Math.max(0, spent));
    }
    return {
      id: stage.id,
      nama: stage.nama,
      slaHours: stage.slaHours,
      count: minutes.length,
      medianMinutes: median(minutes),
      maxMinutes: minutes.length ? Math.max(...minutes) : null,
      overSla: minutes.filter((m) => m > stage.slaHours * 60).length,
    };
  });
}

const FRESHNESS_ORDER = ['informasi-wajib', 'berita', 'pengumuman'];

/** The month's last freshness finding per subject: the state the month ended in. */
function freshness(runs: readonly MonitorRun[]): FreshnessRow[] {
  const last = new Map<string, FreshnessRow>();
  for (const run of runs) {
    for (const f of run.findings) {
      if (f.check !== 'freshness') continue;
      const seen = last.get(f.subject);
      if (!seen || seen.at <= run.at) last.set(f.subject, { subject: f.subject, status: f.status, summary: f.summary, evidence: f.evidence, at: run.at });
    }
  }
  const rank = (s: string) => (FRESHNESS_ORDER.includes(s) ? FRESHNESS_ORDER.indexOf(s) : FRESHNESS_ORDER.length);
  return [...last.values()].sort((a, b) => rank(a.subject) - rank(b.subject) || a.subject.localeCompare(b.subject));
}

function backups(records: readonly BackupRecord[]): BackupSummary {
  const sorted = [...records].sort((a, b) => a.at.localeCompare(b.at));
  const counts: BackupSummary['counts'] = { create: { total: 0, failed: 0 }, verify: { total: 0, failed: 0 }, 'restore-test': { total: 0, failed: 0 } };
  for (const b of sorted) {
    const c = counts[b.kind];
    if (!c) continue;
    c.total += 1;
    if (!b.ok) c.failed += 1;
  }
  const lastOk = (kind: BackupRecord['kind']) => sorted.filter((b) => b.kind === kind && b.ok).at(-1) ?? null;
  return {
    counts,
    lastCreate: lastOk('create'),
    lastRestoreTest: lastOk('restore-test'),
    failures: sorted.filter((b) => !b.ok).reverse(),
    uploadedBytes: sorted.filter((b) => b.kind === 'create' && b.ok).reduce((n, b) => n + (b.newBytes ?? 0), 0),
    targets: [...new Set(sorted.map((b) => b.target))].sort(),
  };
}

/** Whole days from the month's end (the 1st of the next month, 00:00 WIB) to the instant. */
function daysFromMonthEnd(at: Date, month: ReportMonth): number {
  return Math.floor((at.getTime() - month.to.getTime()) / DAY);
}

function renewals(contracts: readonly RenewalContract[], month: ReportMonth): RenewalRow[] {
  return contracts
    .map((c) => ({
      id: c.id,
      what: `${c.service} (${c.kind})`,
      provider: c.provider,
      expires: c.expires,
      // The contract runs to the end of its expiry day.
      daysLeft: daysFromMonthEnd(new Date(`${c.expires}T00:00:00+07:00`), month) + 1,
      invoice: c.invoice,
      contact: c.contact,
    }))
    .filter((r) => Number.isFinite(r.daysLeft) && r.daysLeft <= RENEWAL_WINDOW_DAYS)
    .sort((a, b) => a.daysLeft - b.daysLeft || a.id.localeCompare(b.id));
}

/** The month's last TLS and domain findings that carry an expiry. */
function observedExpiries(runs: readonly MonitorRun[], month: ReportMonth): ObservedExpiry[] {
  const last = new Map<string, { f: Finding; at: string }>();
  for (const run of runs) {
    for (const f of run.findings) {
      if ((f.check !== 'tls' && f.check !== 'domain') || !f.expiresAt || Number.isNaN(Date.parse(f.expiresAt))) continue;
      last.set(`${f.check}:${f.subject}`, { f, at: run.at });
    }
  }
  return [...last.values()]
    .map(({ f }) => ({
      check: f.check as 'tls' | 'domain',
      subject: f.subject,
      expiresAt: f.expiresAt!,
      daysLeft: daysFromMonthEnd(new Date(f.expiresAt!), month),
      status: f.status,
    }))
    .sort((a, b) => a.daysLeft - b.daysLeft || a.subject.localeCompare(b.subject));
}

function activity(scans: readonly LogscanReport[]): Report['activity'] {
  const scenarios = new Map<string, { row: ScenarioRow; ips: Set<string> }>();
  const sources = new Map<string, SourceRow & { scanSet: Set<string> }>();
  let detections = 0;
  for (const scan of scans) {
    for (const d of scan.detections) {
      detections += 1;
      const s = scenarios.get(d.scenario) ?? { row: { scenario: d.scenario, sources: 0, requests: 0 }, ips: new Set<string>() };
      s.row.requests += d.count;
      s.ips.add(d.ip);
      scenarios.set(d.scenario, s);
      const src = sources.get(d.ip) ?? { ip: d.ip, scenarios: [], requests: 0, scans: 0, firstSeen: d.firstSeen, lastSeen: d.lastSeen, samples: [], scanSet: new Set<string>() };
      if (!src.scenarios.includes(d.scenario)) src.scenarios.push(d.scenario);
      src.requests += d.count;
      src.scanSet.add(scan.at);
      if (d.firstSeen < src.firstSeen) src.firstSeen = d.firstSeen;
      if (d.lastSeen > src.lastSeen) src.lastSeen = d.lastSeen;
      for (const sample of d.samples) if (src.samples.length < 3 && !src.samples.includes(sample)) src.samples.push(sample);
      sources.set(d.ip, src);
    }
  }
  return {
    scans: scans.length,
    lines: scans.reduce((n, s) => n + s.lines, 0),
    detections,
    scenarios: [...scenarios.values()].map(({ row, ips }) => ({ ...row, sources: ips.size })).sort((a, b) => b.requests - a.requests || a.scenario.localeCompare(b.scenario)),
    sources: [...sources.values()]
      .map(({ scanSet, ...row }) => ({ ...row, scans: scanSet.size, scenarios: [...row.scenarios].sort() }))
      .sort((a, b) => b.requests - a.requests || a.ip.localeCompare(b.ip))
      .slice(0, MAX_SOURCES),
  };
}
