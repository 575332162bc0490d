// The court of a gate test file: vitest hooks around startCourt (kept apart from steps.ts,
// which the gate benchmark imports outside vitest).
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startCourt, type Court } from './scenario.ts';
import { timings } from './steps.ts';

/**
 * One court on the fake GitHub for a test file, handed to `use` once started (before the
 * tests), checked after each test (any request or response outside GitHub's description
 * fails it), closed at the end.
 */
export function useCourt(use: (court: Court) => void | Promise<void>): void {
  let court: Court | undefined;
  beforeAll(async () => {
    court = await startCourt();
    await use(court);
  }, 30_000);
  afterEach(() => court?.fake.assertNoViolations());
  afterAll(async () => {
    if (!court) return;
    timings(court);
    await court.close();
  });
}
