// A leaky bucket (CrowdSec's model): each matching request pours one token in; the bucket
// leaks one token every `leakMs` of log time; it overflows when it holds more than
// `capacity` tokens. Times come from the log lines, never from the clock.

export interface Bucket {
  level: number;
  /** Log time of the last token poured in (epoch ms). */
  last: number;
  /** With distinct counting: the keys poured in since the bucket was last empty. */
  keys: Set<string> | undefined;
  /** Requests that matched since the bucket was last empty, and the first of them. */
  matched: number;
  first: number;
  samples: string[];
}

/** Distinct keys kept per bucket at most: a bucket that needs more has overflowed long before. */
const MAX_KEYS = 1024;
export const MAX_SAMPLES = 5;

export function newBucket(time: number): Bucket {
  return { level: 0, last: time, keys: undefined, matched: 0, first: time, samples: [] };
}

/**
 * Pours one matching request in; true when the bucket overflows. With a key, a key already
 * in the bucket is counted as matched but adds no token. Lines slightly out of order (several
 * files, several workers) leak nothing rather than a negative amount.
 */
export function pour(bucket: Bucket, time: number, capacity: number, leakMs: number, sample: () => string, key?: string): boolean {
  const elapsed = time - bucket.last;
  if (elapsed > 0) {
    bucket.level = Math.max(0, bucket.level - elapsed / leakMs);
    bucket.last = time;
  }
  if (bucket.level === 0) {
    // Empty again: what came before is forgotten, as CrowdSec does when a bucket expires.
    bucket.keys?.clear();
    bucket.matched = 0;
    bucket.first = time;
    bucket.samples.length = 0;
  }
  bucket.matched++;
  if (bucket.samples.length < MAX_SAMPLES) bucket.samples.push(sample());
  if (key !== undefined) {
    bucket.keys ??= new Set();
    if (bucket.keys.has(key)) return false;
    if (bucket.keys.size < MAX_KEYS) bucket.keys.add(key);
  }
  bucket.level += 1;
  return bucket.level > capacity;
}

/** Idle long enough to be empty twice over: the bucket can be dropped. */
export function isIdle(bucket: Bucket, now: number, capacity: number, leakMs: number): boolean {
  return now - bucket.last > 2 * (capacity + 1) * leakMs;
}
