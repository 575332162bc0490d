import { describe, expect, it } from 'vitest';
import { formatWib, parseSince, wibDay } from './time.ts';

describe('parseSince', () => {
  it.each([
    ['2026-11-20', '2026-11-19T17:00:00.000Z'],
    ['2026-11-20T06:00', '2026-11-19T23:00:00.000Z'],
    ['2026-11-20 06:00:30', '2026-11-19T23:00:30.000Z'],
    ['2026-11-20T06:00:00Z', '2026-11-20T06:00:00.000Z'],
    ['2026-11-20T06:00:00+08:00', '2026-11-19T22:00:00.000Z'],
    ['2026-11-20T06:00+0700', '2026-11-19T23:00:00.000Z'],
  ])('%s (WIB when no zone is given) is %s', (value, iso) => {
    expect(parseSince(value)?.toISOString()).toBe(iso);
  });

  it.each(['kemarin', '20-11-2026', '2026-11-20T', '2026-02-31', '2026-13-01', '2026-11-20T25:00', ''])('refuses %j', (value) => {
    expect(parseSince(value)).toBeUndefined();
  });
});

describe('WIB', () => {
  it('shows times and days in WIB', () => {
    expect(formatWib('2026-11-21T17:30:00Z')).toBe('2026-11-22 00:30:00 WIB');
    expect(wibDay('2026-11-21T17:30:00Z')).toBe('2026-11-22');
    expect(wibDay('2026-11-21T16:59:59Z')).toBe('2026-11-21');
  });
});
