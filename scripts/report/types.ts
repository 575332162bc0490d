// Plain data of the monthly situation report (SOP F5): what gather.ts reads for a month
// (ReportData) and what build.ts works out from it (Report). The Markdown and the PDF are
// both drawn from one ReportDocument (document.ts), so they always say the same thing.
import type { ArchiveRecord } from '../archive/record.ts';
import type { Letterhead } from '../archive/sheet.ts';
import type { IncidentSummary } from '../incidents/types.ts';
import type { BackupRecord, CheckStatus, LogscanReport, MonitorRun, ScenarioId } from '../records/types.ts';
import type { DayAvailability } from '../status/uptime.ts';
import type { ReportMonth } from './month.ts';

/** A renewal contract as deploy/renewals.json holds it (scripts/incidents/renewals.ts). */
export interface RenewalContract {
  id: string;
  kind: string;
  provider: string;
  service: string;
  /** YYYY-MM-DD */
  expires: string;
  invoice: string;
  contact: string;
}

/** A source that could not be read: the report says so instead of showing zeros. */
export type Source<T> = { available: true; value: T } | { available: false; reason: string };

/** One review stage of the policy (cms/editorial.yml): id, name and SOP E standard time. */
export interface StageStandard {
  id: string;
  nama: string;
  slaHours: number;
}

export interface ReportData {
  month: ReportMonth;
  runs: MonitorRun[];
  incidents: Source<IncidentSummary[]>;
  /** Archive records whose publication time lies in the month. */
  archive: Source<ArchiveRecord[]>;
  /** The review stages after the Operator's submission (the Operator's own time starts at a commit the record does not hold). */
  stages: Source<StageStandard[]>;
  backups: BackupRecord[];
  renewals: Source<RenewalContract[]>;
  logscans: LogscanReport[];
  /** Lines about records that could not be read (a bad JSON line on the records branch…). */
  notes: string[];
}

export interface BuildOptions {
  month: ReportMonth;
  now: Date;
  court: Letterhead;
}

export interface IncidentRow extends IncidentSummary {
  /** Still open when the month ended. */
  openAtMonthEnd: boolean;
}

export interface CategoryCount {
  koleksi: string;
  ditambah: number;
  diubah: number;
  dihapus: number;
  total: number;
}

export interface StageTimes {
  id: string;
  nama: string;
  slaHours: number;
  /** Pull requests whose approval at this stage was measured. */
  count: number;
  medianMinutes: number | null;
  maxMinutes: number | null;
  overSla: number;
}

export interface FreshnessRow {
  subject: string;
  status: CheckStatus;
  summary: string;
  evidence: string[];
  /** The run the finding comes from (the month's last run holding it). */
  at: string;
}

export interface BackupSummary {
  counts: Record<BackupRecord['kind'], { total: number; failed: number }>;
  lastCreate: BackupRecord | null;
  lastRestoreTest: BackupRecord | null;
  /** Failed events, newest first. */
  failures: BackupRecord[];
  /** Bytes uploaded by the month's backups (after deduplication). */
  uploadedBytes: number;
  targets: string[];
}

export interface RenewalRow {
  id: string;
  what: string;
  provider: string;
  expires: string;
  /** Days from the month's end to the expiry (negative: expired). */
  daysLeft: number;
  invoice: string;
  contact: string;
}

export interface ObservedExpiry {
  check: 'tls' | 'domain';
  subject: string;
  expiresAt: string;
  daysLeft: number;
  status: CheckStatus;
}

export interface ScenarioRow {
  scenario: ScenarioId;
  sources: number;
  requests: number;
}

export interface SourceRow {
  ip: string;
  scenarios: ScenarioId[];
  /** Matched requests over the month's scans. */
  requests: number;
  /** Scans that detected this source. */
  scans: number;
  firstSeen: string;
  lastSeen: string;
  samples: string[];
}

export type Severity = 'tinggi' | 'sedang' | 'rendah';

/** One entry of "Masalah dan usulan penyelesaian". */
export interface Problem {
  severity: Severity;
  /** The section it comes from, e.g. "Ketersediaan". */
  area: string;
  problem: string;
  proposal: string;
}

export interface Report {
  month: ReportMonth;
  court: Letterhead;
  /** ISO 8601, when the report was made. */
  generatedAt: string;
  availability: {
    ratio: number | null;
    runs: number;
    days: DayAvailability[];
    /** Over the month's answering runs; null without any. */
    meanMs: number | null;
    p95Ms: number | null;
    /** Days whose availability was below 100%. */
    daysBelowFull: number;
    /** Days without any measurement. */
    daysWithoutData: number;
  };
  incidents: Source<IncidentRow[]>;
  content: Source<{ categories: CategoryCount[]; total: number; stages: Source<StageTimes[]>; pullRequests: number }>;
  freshness: FreshnessRow[];
  backups: BackupSummary;
  renewals: Source<RenewalRow[]>;
  observedExpiries: ObservedExpiry[];
  activity: {
    scans: number;
    lines: number;
    detections: number;
    scenarios: ScenarioRow[];
    sources: SourceRow[];
  };
  problems: Problem[];
  notes: string[];
}

