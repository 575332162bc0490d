// Availability figures from monitor runs, shared by the status page and the monthly report.
// Pure. A run is "up" when every availability finding in it is ok or warn (slow still answers);
// a run without availability findings, or with only 'unknown' ones, is not counted at all.
import type { MonitorRun } from '../records/types.ts';

export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

export interface DayAvailability {
  /** YYYY-MM-DD in the time zone (WIB by default). */
  day: string;
  runs: number;
  up: number;
  /** up ÷ runs; null when there was no measurement that day. */
  ratio: number | null;
  meanMs: number | null;
  p95Ms: number | null;
}

// Building an Intl.DateTimeFormat costs far more than formatting with one: 90 days of
// 15-minute runs took ~2 s when each call built its own.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayKey(at: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(at);
}

function measured(run: MonitorRun): { up: boolean; ms: number | undefined } | undefined {
  const checks = run.findings.filter((f) => f.check === 'availability' && f.status !== 'unknown');
  if (!checks.length) return undefined;
  const up = checks.every((f) => f.status === 'ok' || f.status === 'warn');
  const times = checks.map((f) => f.responseMs).filter((ms): ms is number => typeof ms === 'number' && Number.isFinite(ms));
  return { up, ms: times.length ? times.reduce((a, b) => a + b, 0) / times.length : undefined };
}

function inPeriod(run: MonitorRun, from: Date, to: Date): boolean {
  const t = Date.parse(run.at);
  return t >= from.getTime() && t < to.getTime();
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index] ?? 0;
}

/** One entry per calendar day from `from` to `to` (exclusive) in the time zone, oldest first; days without runs have ratio null. */
export function availabilityByDay(runs: readonly MonitorRun[], options: { from: Date; to: Date; timeZone?: string }): DayAvailability[] {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const days = new Map<string, { runs: number; up: number; ms: number[] }>();
  // Every day of the period, even the silent ones: a gap in monitoring must show as a gap.
  // Hourly steps reach every day in any zone; the period's last millisecond adds the day a
  // period ending at, say, 00.30 WIB has just begun.
  const from = options.from.getTime();
  const to = options.to.getTime();
  const addDay = (t: number) => {
    const key = dayKey(new Date(t), timeZone);
    if (!days.has(key)) days.set(key, { runs: 0, up: 0, ms: [] });
  };
  for (let t = from; t < to; t += 3_600_000) addDay(t);
  if (to > from) addDay(to - 1);
  for (const run of runs) {
    if (!inPeriod(run, options.from, options.to)) continue;
    const m = measured(run);
    if (!m) continue;
    const key = dayKey(new Date(run.at), timeZone);
    const day = days.get(key) ?? { runs: 0, up: 0, ms: [] };
    day.runs += 1;
    if (m.up) day.up += 1;
    if (m.up && m.ms !== undefined) day.ms.push(m.ms);
    days.set(key, day);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, d]) => {
      const sorted = [...d.ms].sort((a, b) => a - b);
      return {
        day,
        runs: d.runs,
        up: d.up,
        ratio: d.runs ? d.up / d.runs : null,
        meanMs: sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : null,
        p95Ms: sorted.length ? percentile(sorted, 0.95) : null,
      };
    });
}

/** Share of measured runs in [from, to) that were up; null when none was measured. */
export function availabilityRatio(runs: readonly MonitorRun[], from: Date, to: Date): number | null {
  let total = 0;
  let up = 0;
  for (const run of runs) {
    if (!inPeriod(run, from, to)) continue;
    const m = measured(run);
    if (!m) continue;
    total += 1;
    if (m.up) up += 1;
  }
  return total ? up / total : null;
}

/** Mean response time of each run's answering URLs in [from, to), oldest first. */
export function responseSeries(runs: readonly MonitorRun[], from: Date, to: Date): Array<{ at: string; ms: number }> {
  const out: Array<{ at: string; ms: number }> = [];
  for (const run of runs) {
    if (!inPeriod(run, from, to)) continue;
    const m = measured(run);
    if (m?.up && m.ms !== undefined) out.push({ at: run.at, ms: m.ms });
  }
  return out.sort((a, b) => a.at.localeCompare(b.at));
}
