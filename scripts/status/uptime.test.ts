// The availability figures the status page and the monthly report show: days in WIB, gaps in
// monitoring shown as "no data" (never as 100%), 'unknown' counted as neither up nor down,
// and response times of the runs that answered.
import { describe, expect, it } from 'vitest';
import type { CheckStatus, Finding, MonitorRun } from '../records/types.ts';
import { availabilityByDay, availabilityRatio, responseSeries } from './uptime.ts';

const HOME = 'https://pn-contoh.go.id/';
const BERITA = 'https://pn-contoh.go.id/berita/';
const MINUTE = 60_000;
const DAY = 86_400_000;

function availability(status: CheckStatus, responseMs?: number, subject = HOME): Finding {
  return { check: 'availability', subject, status, summary: `${subject}: ${status}`, evidence: [], ...(responseMs === undefined ? {} : { responseMs }) };
}

const tlsFail: Finding = { check: 'tls', subject: 'pn-contoh.go.id', status: 'fail', summary: 'Sertifikat kedaluwarsa', evidence: [] };

function run(at: string | number, ...findings: Finding[]): MonitorRun {
  return { at: new Date(at).toISOString(), findings };
}

const noData = { runs: 0, up: 0, ratio: null, meanMs: null, p95Ms: null };

describe('availabilityByDay', () => {
  // 20 Nov 00.00 WIB to 23 Nov 00.00 WIB.
  const period = { from: new Date('2026-11-19T17:00:00Z'), to: new Date('2026-11-22T17:00:00Z') };
  const runs = [
    run('2026-11-20T16:59:00Z', availability('ok', 200)), // 20 Nov 23.59 WIB
    run('2026-11-20T17:00:00Z', availability('fail')), // 21 Nov 00.00 WIB
    run('2026-11-20T18:30:00Z', availability('ok', 400)), // 21 Nov 01.30 WIB
  ];

  it('groups runs by the day in WIB: 18.30 UTC on 20 November is 21 November', () => {
    expect(availabilityByDay(runs, period)).toEqual([
      { day: '2026-11-20', runs: 1, up: 1, ratio: 1, meanMs: 200, p95Ms: 200 },
      { day: '2026-11-21', runs: 2, up: 1, ratio: 0.5, meanMs: 400, p95Ms: 400 },
      { day: '2026-11-22', ...noData },
    ]);
  });

  it('groups by another time zone when asked', () => {
    const days = availabilityByDay(runs, { ...period, timeZone: 'UTC' });
    expect(days.map((d) => [d.day, d.runs])).toEqual([
      ['2026-11-19', 0],
      ['2026-11-20', 3],
      ['2026-11-21', 0],
      ['2026-11-22', 0],
    ]);
  });

  it('shows a day without measurements as no data, not as 100%', () => {
    const days = availabilityByDay(
      [
        run('2026-11-20T02:00:00Z', availability('ok', 250)),
        // 21 Nov: the monitor ran, but measured no availability (could not tell, or other checks only).
        run('2026-11-21T02:00:00Z', availability('unknown')),
        run('2026-11-21T03:00:00Z', tlsFail),
      ],
      period,
    );
    expect(days).toEqual([
      { day: '2026-11-20', runs: 1, up: 1, ratio: 1, meanMs: 250, p95Ms: 250 },
      { day: '2026-11-21', ...noData },
      { day: '2026-11-22', ...noData },
    ]);
  });

  it('includes the day a period has only just entered (ends at 00.30 WIB)', () => {
    const days = availabilityByDay([], { from: new Date('2026-11-19T17:30:00Z'), to: new Date('2026-11-20T17:30:00Z') });
    expect(days.map((d) => d.day)).toEqual(['2026-11-20', '2026-11-21']);
  });

  it('gives the mean and 95th percentile of the runs that answered; a failed run counts as down, its time not at all', () => {
    const day = Date.parse('2026-11-20T00:00:00+07:00');
    const answered = Array.from({ length: 20 }, (_, i) => run(day + i * 15 * MINUTE, availability('ok', (i + 1) * 100)));
    // A timeout: down, and its 30 s must not pull the mean up.
    const timeout = run(day + 20 * 15 * MINUTE, availability('fail', 30_000));
    // Slow but answering: warn counts as up.
    const slow = run(day + 21 * 15 * MINUTE, availability('warn', 2100));
    const [first] = availabilityByDay([...answered, timeout, slow], { from: new Date(day), to: new Date(day + DAY) });
    expect(first).toEqual({ day: '2026-11-20', runs: 22, up: 21, ratio: 21 / 22, meanMs: 1100, p95Ms: 2000 });
  });

  it('leaves out runs outside [from, to)', () => {
    const from = Date.parse('2026-11-20T00:00:00+07:00');
    const days = availabilityByDay([run(from - 1, availability('fail')), run(from, availability('ok', 100)), run(from + DAY, availability('fail'))], { from: new Date(from), to: new Date(from + DAY) });
    expect(days).toEqual([{ day: '2026-11-20', runs: 1, up: 1, ratio: 1, meanMs: 100, p95Ms: 100 }]);
  });
});

describe('availabilityRatio', () => {
  const from = new Date('2026-11-20T00:00:00Z');
  const to = new Date('2026-11-21T00:00:00Z');
  const at = (minutes: number) => from.getTime() + minutes * MINUTE;

  it("counts 'unknown' as neither up nor down: a run is up when every measured URL answered", () => {
    const runs = [
      run(at(0), availability('ok', 200)), // up
      run(at(15), availability('warn', 2500)), // up: slow still answers
      run(at(30), availability('ok', 200), availability('unknown', undefined, BERITA)), // up: the unknown URL is ignored
      run(at(45), availability('fail')), // down
      run(at(60), availability('fail'), availability('unknown', undefined, BERITA)), // down
      run(at(75), availability('ok', 200), availability('fail', undefined, BERITA)), // down: one URL failed
      run(at(90), availability('unknown')), // not counted
      run(at(105), tlsFail), // not counted: no availability finding
    ];
    expect(availabilityRatio(runs, from, to)).toBe(3 / 6);
  });

  it('is null, not 100%, when nothing was measured', () => {
    expect(availabilityRatio([], from, to)).toBeNull();
    expect(availabilityRatio([run(at(0), availability('unknown')), run(at(15), tlsFail)], from, to)).toBeNull();
    expect(availabilityRatio([run(at(-15), availability('ok', 200))], from, to)).toBeNull();
  });

  it('over 30 and 90 days of 15-minute runs, quickly', () => {
    const now = Date.parse('2026-12-03T07:00:00Z');
    const downFrom = now - 40 * DAY; // two hours down, 40 days ago
    const unknownFrom = Date.parse('2026-11-30T00:00:00+07:00'); // a whole WIB day the monitor could not tell
    const runs: MonitorRun[] = [];
    for (let t = now - 90 * DAY; t < now; t += 15 * MINUTE) {
      const status: CheckStatus = t >= downFrom && t < downFrom + 2 * 3_600_000 ? 'fail' : t >= unknownFrom && t < unknownFrom + DAY ? 'unknown' : 'ok';
      runs.push(run(t, availability(status, status === 'ok' ? 300 : undefined)));
    }
    expect(runs).toHaveLength(90 * 96);

    const days = availabilityByDay(runs, { from: new Date(now - 90 * DAY), to: new Date(now) });
    const days30 = availabilityRatio(runs, new Date(now - 30 * DAY), new Date(now));
    const days90 = availabilityRatio(runs, new Date(now - 90 * DAY), new Date(now));

    // The unknown day lowers neither figure: 30 days all up; 90 days lose only the 8 failed runs.
    expect(days30).toBe(1);
    expect(days90).toBe((90 * 96 - 96 - 8) / (90 * 96 - 96));
    // 90 days after a period starting at 14.00 WIB touch 91 WIB days.
    expect(days).toHaveLength(91);
    expect(days.filter((d) => d.ratio === null).map((d) => d.day)).toEqual(['2026-11-30']);
    expect(days.filter((d) => d.ratio !== null && d.ratio < 1).map((d) => [d.day, d.runs, d.up])).toEqual([['2026-10-24', 96, 88]]);
  });
});

describe('responseSeries', () => {
  it('gives the mean time of the answering URLs for each run that was up, oldest first', () => {
    const from = new Date('2026-11-20T00:00:00Z');
    const to = new Date('2026-11-20T02:00:00Z');
    const at = (minutes: number) => from.getTime() + minutes * MINUTE;
    const runs = [
      run(at(45), availability('ok', 200), availability('ok', 400, BERITA)),
      run(at(0), availability('ok', 180)),
      run(at(15), availability('fail', 30_000)), // down: no point
      run(at(30), availability('ok')), // up without a time: no point
      run(at(60), availability('ok', 220), availability('unknown', undefined, BERITA)),
      run(at(75), availability('unknown')), // not measured
      run(at(-15), availability('ok', 999)), // before the period
      run(at(120), availability('ok', 999)), // at its end (exclusive)
    ];
    expect(responseSeries(runs, from, to)).toEqual([
      { at: '2026-11-20T00:00:00.000Z', ms: 180 },
      { at: '2026-11-20T00:45:00.000Z', ms: 300 },
      { at: '2026-11-20T01:00:00.000Z', ms: 220 },
    ]);
  });
});
