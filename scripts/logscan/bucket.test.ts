import { describe, expect, it } from 'vitest';
import { isIdle, MAX_SAMPLES, newBucket, pour } from './bucket.ts';

const T0 = Date.parse('2026-11-21T05:00:00Z');

describe('pour', () => {
  it('overflows on the token after `capacity`, not before', () => {
    const bucket = newBucket(T0);
    const results = Array.from({ length: 4 }, (_, i) => pour(bucket, T0, 3, 1000, () => `r${i}`));
    expect(results).toEqual([false, false, false, true]);
    expect(bucket).toMatchObject({ level: 4, matched: 4, first: T0, samples: ['r0', 'r1', 'r2', 'r3'] });
  });

  it('leaks one token per leak interval of log time', () => {
    const bucket = newBucket(T0);
    for (let i = 0; i < 3; i++) pour(bucket, T0, 3, 1000, () => 'x');
    // 1.5 s later: 1.5 tokens gone, 1.5 + 1 left.
    expect(pour(bucket, T0 + 1500, 3, 1000, () => 'x')).toBe(false);
    expect(bucket.level).toBeCloseTo(2.5);
    expect(pour(bucket, T0 + 1500, 3, 1000, () => 'x')).toBe(true);
    expect(bucket.level).toBeCloseTo(3.5);
  });

  it('never overflows when requests come no faster than it leaks', () => {
    const bucket = newBucket(T0);
    const results = Array.from({ length: 50 }, (_, i) => pour(bucket, T0 + i * 1000, 3, 1000, () => 'x'));
    expect(results.every((r) => !r)).toBe(true);
  });

  it('forgets matches, first time and samples once it has run empty', () => {
    const bucket = newBucket(T0);
    pour(bucket, T0, 3, 1000, () => 'lama');
    pour(bucket, T0 + 5000, 3, 1000, () => 'baru');
    expect(bucket).toMatchObject({ level: 1, matched: 1, first: T0 + 5000, samples: ['baru'] });
  });

  it('leaks nothing for a line slightly out of order', () => {
    const bucket = newBucket(T0);
    pour(bucket, T0 + 2000, 3, 1000, () => 'x');
    pour(bucket, T0, 3, 1000, () => 'x');
    expect(bucket.level).toBe(2);
    expect(bucket.last).toBe(T0 + 2000);
  });

  it('with a key, counts a key once while the bucket holds it', () => {
    const bucket = newBucket(T0);
    const results = ['/a', '/a', '/b', '/a', '/b', '/c', '/d'].map((key) => pour(bucket, T0, 3, 1000, () => key, key));
    expect(results).toEqual([false, false, false, false, false, false, true]);
    expect(bucket.matched).toBe(7);
  });

  it('keeps at most MAX_SAMPLES samples', () => {
    const bucket = newBucket(T0);
    for (let i = 0; i < 20; i++) pour(bucket, T0, 100, 1000, () => `r${i}`);
    expect(bucket.samples).toHaveLength(MAX_SAMPLES);
  });
});

describe('isIdle', () => {
  it('is idle after twice the time it takes to run empty from full', () => {
    const bucket = newBucket(T0);
    pour(bucket, T0, 3, 1000, () => 'x');
    expect(isIdle(bucket, T0 + 8000, 3, 1000)).toBe(false);
    expect(isIdle(bucket, T0 + 8001, 3, 1000)).toBe(true);
  });
});
