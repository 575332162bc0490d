// The one way Laman talks to GitHub: @octokit/rest with the retry and throttling plugins,
// against a configurable API root (GITHUB_API_URL: api.github.com, GitHub Enterprise, or
// the fake GitHub in tests). Rate limits are waited out a bounded number of times and then
// fail: a run that could not read everything must not decide anything.
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { UserError } from '../cli/context.ts';

export const LamanOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof LamanOctokit>;

export const DEFAULT_API_URL = 'https://api.github.com';

export interface ClientOptions {
  token: string;
  /** API root; defaults to https://api.github.com. */
  baseUrl?: string;
  /** How many times a rate-limited or failed request is retried before the run fails. */
  retries?: number;
  /** Multiplier for the plugins' waits, in milliseconds per second of Retry-After (tests: 10). */
  retryAfterBaseValue?: number;
  /** Where the plugins report waits; one line each. */
  log?: (line: string) => void;
  /**
   * Bottleneck-style scheduler for every request group. The throttling plugin queues each
   * request (about 15 ms each, even when idle) and spaces out writes, as GitHub asks
   * integrations to do. Tests pass a scheduler that runs at once; rate-limit answers are
   * still waited out and retried.
   */
  scheduler?: unknown;
}

export function createGitHubClient(options: ClientOptions): GitHubClient {
  const retries = options.retries ?? 3;
  const log = options.log ?? (() => {});
  const onLimit =
    (what: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const again = retryCount < retries;
      log(`GitHub: ${what} pada ${request.method} ${request.url}; ${again ? `menunggu ${retryAfter} detik lalu mencoba lagi` : 'berhenti mencoba'}`);
      return again;
    };
  return new LamanOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? DEFAULT_API_URL).replace(/\/+$/, ''),
    userAgent: 'laman',
    log: { debug: () => {}, info: () => {}, warn: (m: string) => log(m), error: (m: string) => log(m) },
    retry: { retries, ...(options.retryAfterBaseValue ? { retryAfterBaseValue: options.retryAfterBaseValue } : {}) },
    throttle: {
      onRateLimit: onLimit('batas laju (rate limit)'),
      onSecondaryRateLimit: onLimit('batas laju sekunder'),
      ...(options.retryAfterBaseValue ? { retryAfterBaseValue: options.retryAfterBaseValue } : {}),
      ...(options.scheduler ? { global: options.scheduler, write: options.scheduler, search: options.scheduler, notifications: options.scheduler } : {}),
    } as never,
  });
}

/** Reads GITHUB_TOKEN and GITHUB_API_URL from the given environment; a missing token is a clear error. */
export function clientFromEnv(env: Record<string, string | undefined>, log?: (line: string) => void): GitHubClient {
  const token = env.GITHUB_TOKEN;
  if (!token) {
    throw new UserError(
      'GITHUB_TOKEN tidak diisi: perintah ini berbicara dengan GitHub dan memerlukan token.\n' +
        'Di GitHub Actions isi dengan secrets.GITHUB_TOKEN (atau token aplikasi); di komputer sendiri buat token di GitHub → Settings → Developer settings.',
    );
  }
  return createGitHubClient({ token, baseUrl: env.GITHUB_API_URL || DEFAULT_API_URL, ...(log ? { log } : {}) });
}

/** "owner/name" → parts; anything else is a usage mistake the caller reports. */
export function parseRepo(value: string): { owner: string; repo: string } | undefined {
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(value);
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}
