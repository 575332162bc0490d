// buildReport over a synthetic month, and over an empty one.
import { describe, expect, it } from 'vitest';
import { buildReport, median } from './build.ts';
import { toDocument } from './document.ts';
import { parseMonth, previousMonth } from './month.ts';
import { AVAILABILITY_TARGET } from './problems.ts';
import { ATTACKER, COURT, emptyData, NOVEMBER, novemberData, NOW } from './test-fixtures.ts';

const report = buildReport(novemberData(), { month: NOVEMBER, now: NOW, court: COURT });

describe('month', () => {
  it('reads YYYY-MM with WIB boundaries and refuses anything else', () => {
    expect(NOVEMBER.from.toISOString()).toBe('2026-10-31T17:00:00.000Z');
    expect(NOVEMBER.to.toISOString()).toBe('2026-11-30T17:00:00.000Z');
    expect(parseMonth('2026-12')!.to.toISOString()).toBe('2026-12-31T17:00:00.000Z');
    for (const bad of ['2026-13', '2026-00', '2026-1', 'November', '26-11']) expect(parseMonth(bad)).toBeUndefined();
  });

  it('defaults to the month before "now" in WIB', () => {
    expect(previousMonth(new Date('2026-12-03T01:00:00Z')).id).toBe('2026-11');
    // 1 January 01:00 WIB is still 31 December in UTC: the report covers December.
    expect(previousMonth(new Date('2026-12-31T18:00:00Z')).id).toBe('2026-12');
    expect(previousMonth(new Date('2027-01-15T00:00:00Z')).id).toBe('2026-12');
  });
});

describe('buildReport', () => {
  it('computes availability and response times per day and for the month', () => {
    const a = report.availability;
    expect(a.runs).toBe(720);
    expect(a.ratio).toBeCloseTo(710 / 720, 6);
    expect(a.days).toHaveLength(30);
    expect(a.days[9]).toMatchObject({ day: '2026-11-10', runs: 24, up: 14 });
    expect(a.daysBelowFull).toBe(1);
    expect(a.daysWithoutData).toBe(0);
    expect(a.meanMs).toBeGreaterThan(200);
    expect(a.p95Ms).toBeGreaterThanOrEqual(a.meanMs!);
  });

  it('keeps the incidents that overlap the month and marks the ones still open', () => {
    expect(report.incidents.available && report.incidents.value.map((i) => [i.number, i.openAtMonthEnd])).toEqual([
      [41, false],
      [45, true],
    ]);
  });

  it('counts content per collection and review times per stage once per pull request', () => {
    if (!report.content.available) throw new Error('content missing');
    const c = report.content.value;
    expect(c.total).toBe(4);
    expect(c.pullRequests).toBe(3);
    expect(c.categories[0]).toEqual({ koleksi: 'berita', ditambah: 2, diubah: 0, dihapus: 0, total: 2 });
    if (!c.stages.available) throw new Error('stages missing');
    const editor = c.stages.value.find((s) => s.id === 'editor')!;
    expect(editor).toMatchObject({ count: 3, medianMinutes: 60, maxMinutes: 90, overSla: 3 });
    const ketua = c.stages.value.find((s) => s.id === 'ketua')!;
    expect(ketua).toMatchObject({ count: 0, medianMinutes: null, maxMinutes: null });
  });

  it('summarises freshness, backups, renewals, expiries and suspicious activity', () => {
    expect(report.freshness.map((f) => [f.subject, f.status])).toEqual([
      ['informasi-wajib', 'fail'],
      ['berita', 'ok'],
      ['pengumuman', 'ok'],
    ]);
    expect(report.backups.counts).toEqual({ create: { total: 30, failed: 1 }, verify: { total: 2, failed: 0 }, 'restore-test': { total: 0, failed: 0 } });
    expect(report.backups.lastCreate?.at).toBe('2026-11-30T12:00:00Z');
    expect(report.renewals.available && report.renewals.value.map((r) => [r.id, r.daysLeft])).toEqual([['hosting-utama', 15]]);
    expect(report.observedExpiries).toEqual([expect.objectContaining({ check: 'tls', daysLeft: 19 })]);
    expect(report.activity.sources[0]).toMatchObject({ ip: ATTACKER, scans: 2, requests: 92, scenarios: ['sensitive-files', 'sql-injection'] });
  });

  it('lists problems with proposed solutions, most severe first', () => {
    const text = report.problems.map((p) => `${p.severity} ${p.area}: ${p.problem} => ${p.proposal}`);
    expect(report.availability.ratio!).toBeLessThan(AVAILABILITY_TARGET);
    expect(text.find((t) => t.includes('Ketersediaan situs'))).toMatch(/penyedia hosting \(SOP F7/);
    expect(text.find((t) => t.includes('#45'))).toMatch(/^tinggi Insiden: Insiden #45 masih terbuka/);
    expect(text.find((t) => t.includes('informasi berkala'))).toMatch(/14 hari .*UU 14\/2008 Pasal 9/);
    expect(text.find((t) => t.includes('uji pemulihan'))).toMatch(/laman backup restore-test/);
    expect(text.find((t) => t.includes('gagal bulan ini'))).toBeDefined();
    expect(text.find((t) => t.includes('VPS situs'))).toMatch(/Siapkan faktur \(INV\/2025\/118\)/);
    expect(text.find((t) => t.includes('Sertifikat TLS'))).toBeDefined();
    expect(text.find((t) => t.includes(ATTACKER))).toMatch(/deny 203\.0\.113\.9;/);
    expect(text.find((t) => t.includes('tahap Editor'))).toMatch(/^rendah Penyuntingan/);
    const order = report.problems.map((p) => p.severity);
    expect([...order].sort((a, b) => ['tinggi', 'sedang', 'rendah'].indexOf(a) - ['tinggi', 'sedang', 'rendah'].indexOf(b))).toEqual(order);
  });

  it('an empty month says "tidak ada data" and never shows NaN', () => {
    const empty = buildReport(emptyData(), { month: NOVEMBER, now: NOW, court: COURT });
    expect(empty.availability).toMatchObject({ ratio: null, runs: 0, meanMs: null, p95Ms: null, daysWithoutData: 30 });
    expect(empty.activity).toEqual({ scans: 0, lines: 0, detections: 0, scenarios: [], sources: [] });
    const doc = JSON.stringify(toDocument(empty));
    expect(doc).not.toMatch(/NaN|Infinity|undefined/);
    expect(doc).toContain('tidak ada data');
    expect(empty.problems.map((p) => p.problem)).toEqual(
      expect.arrayContaining(['Tidak ada data pemantauan ketersediaan bulan ini.', 'Tidak ada pencadangan tercatat bulan ini.', 'Tidak ada uji pemulihan yang berhasil bulan ini.']),
    );
  });

  it('median of an even count is the mean of the middle two', () => {
    expect(median([])).toBeNull();
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
