// An @octokit/rest client with the retry and throttling plugins (as the gate uses them),
// pointed at a fake GitHub and tuned for tests: waits are scaled from seconds to milliseconds
// and the plugin's one-write-per-second pacing is switched off.

import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export const TestOctokit = Octokit.plugin(retry, throttling);
export type TestOctokitInstance = InstanceType<typeof TestOctokit>;

export interface LimitEvent {
  kind: 'rate-limit' | 'secondary-rate-limit';
  retryAfter: number;
  method: string;
  url: string;
  retryCount: number;
}

/** A Bottleneck.Group look-alike that runs jobs at once (no pacing between writes). */
export const unpaced = {
  key: () => ({
    schedule: (...args: unknown[]) => {
      const [first, ...rest] = args;
      const [fn, ...fnArgs] = typeof first === 'function' ? [first, ...rest] : rest;
      return Promise.resolve((fn as (...a: unknown[]) => unknown)(...fnArgs));
    },
  }),
};

export function createTestOctokit(options: { baseUrl: string; token: string; retries?: number }): {
  octokit: TestOctokitInstance;
  limits: LimitEvent[];
} {
  const limits: LimitEvent[] = [];
  const retries = options.retries ?? 3;
  const onLimit =
    (kind: LimitEvent['kind']) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      limits.push({ kind, retryAfter, method: request.method, url: request.url, retryCount });
      return retryCount < retries;
    };
  const octokit = new TestOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: 'laman-fake-github-tests',
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    retry: { retries, retryAfterBaseValue: 10 },
    throttle: {
      onRateLimit: onLimit('rate-limit'),
      onSecondaryRateLimit: onLimit('secondary-rate-limit'),
      retryAfterBaseValue: 10,
      write: unpaced,
      notifications: unpaced,
    } as never,
  });
  return { octokit, limits };
}
