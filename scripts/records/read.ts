// Reading the records branch back: the status page, `laman renewals` and the monthly report
// read runs, backup events and log scans of a period. A line or file that is not valid JSON
// (a hand edit gone wrong) is reported through onProblem, with its path and line, and skipped.
import type { GitEnv } from '../archive/git.ts';
import { eventTime, monitorDay, RELEASED_MANIFEST_PATH } from './layout.ts';
import { readRecords } from './store.ts';
import type { BackupRecord, LogscanReport, MonitorRun } from './types.ts';
import type { BuildManifest } from '../publish/types.ts';

export interface PeriodOptions {
  repoDir: string;
  branch?: string;
  env: GitEnv;
  /** Inclusive start, exclusive end. */
  from: Date;
  to: Date;
  onProblem?: (message: string) => void;
}

function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

const DAY = 86_400_000;

/** Every monitor run with from ≤ at < to, oldest first. */
export async function readMonitorRuns(options: PeriodOptions): Promise<MonitorRun[]> {
  const from = options.from.getTime();
  const to = options.to.getTime();
  const files = await readRecords({
    ...options,
    prefix: 'monitor/',
    filter: (p) => {
      const day = monitorDay(p);
      return day !== undefined && dayStart(day) + DAY > from && dayStart(day) < to;
    },
  });
  const runs: MonitorRun[] = [];
  for (const file of files) {
    file.content.split('\n').forEach((line, index) => {
      if (!line.trim()) return;
      let run: MonitorRun;
      try {
        run = JSON.parse(line) as MonitorRun;
      } catch (error) {
        options.onProblem?.(`${file.path}:${index + 1}: baris bukan JSON yang valid, dilewati (${(error as Error).message})`);
        return;
      }
      if (typeof run?.at !== 'string' || !Array.isArray(run.findings)) {
        options.onProblem?.(`${file.path}:${index + 1}: baris bukan catatan pemeriksaan (tanpa "at" atau "findings"), dilewati`);
        return;
      }
      const t = Date.parse(run.at);
      if (t >= from && t < to) runs.push(run);
    });
  }
  return runs.sort((a, b) => a.at.localeCompare(b.at));
}

async function readEvents<T>(options: PeriodOptions, prefix: 'backup/' | 'logscan/', valid: (value: unknown) => value is T): Promise<T[]> {
  const from = options.from.getTime();
  const to = options.to.getTime();
  const files = await readRecords({
    ...options,
    prefix,
    filter: (p) => {
      const t = eventTime(p)?.getTime();
      return t !== undefined && t >= from && t < to;
    },
  });
  const out: T[] = [];
  for (const file of files) {
    let value: unknown;
    try {
      value = JSON.parse(file.content);
    } catch (error) {
      options.onProblem?.(`${file.path}: bukan JSON yang valid, dilewati (${(error as Error).message})`);
      continue;
    }
    if (valid(value)) out.push(value);
    else options.onProblem?.(`${file.path}: isinya bukan catatan yang dikenali, dilewati`);
  }
  return out;
}

function isBackupRecord(value: unknown): value is BackupRecord {
  const v = value as Partial<BackupRecord> | null;
  return !!v && typeof v.at === 'string' && typeof v.kind === 'string' && typeof v.ok === 'boolean';
}

function isLogscanReport(value: unknown): value is LogscanReport {
  const v = value as Partial<LogscanReport> | null;
  return !!v && typeof v.at === 'string' && Array.isArray(v.detections);
}

export function readBackupRecords(options: PeriodOptions): Promise<BackupRecord[]> {
  return readEvents(options, 'backup/', isBackupRecord);
}

export function readLogscanReports(options: PeriodOptions): Promise<LogscanReport[]> {
  return readEvents(options, 'logscan/', isLogscanReport);
}

/** The manifest `laman publish` recorded for the live release, or undefined before the first one. */
export async function readReleasedManifest(options: { repoDir: string; branch?: string; env: GitEnv }): Promise<BuildManifest | undefined> {
  const [file] = await readRecords({ ...options, prefix: RELEASED_MANIFEST_PATH });
  if (!file) return undefined;
  try {
    return JSON.parse(file.content) as BuildManifest;
  } catch (error) {
    throw new Error(`${RELEASED_MANIFEST_PATH} di cabang catatan bukan JSON yang valid (${(error as Error).message}): terbitkan ulang situs dengan laman publish agar manifes ditulis ulang`);
  }
}
