import { describe, expect, it } from 'vitest';
import { meta, tanggalPanjang } from './previews.ts';

describe('preview helpers', () => {
  it('writes dates as the site does', () => {
    expect(tanggalPanjang('2026-11-21')).toBe('21 November 2026');
    expect(tanggalPanjang('2026-01-05T00:00:00.000Z')).toBe('5 Januari 2026');
    expect(tanggalPanjang('besok')).toBe('besok');
    expect(tanggalPanjang(undefined)).toBe('');
  });

  it('joins meta parts without separators for empty ones', () => {
    expect(meta('21 November 2026', '', 'Tim Redaksi')).toBe('21 November 2026 · Tim Redaksi');
    expect(meta('', ' ')).toBe('');
  });
});
