// What every check receives: the configuration and the world (clock, network, sleep, log),
// passed in so tests hand in a fixed clock, a local server and a sleep that does not wait.
import type { LookupFunction } from 'node:net';
import type { BuildManifest } from '../../publish/types.ts';
import type { GitHubClient } from '../../github/client.ts';
import type { CheckKind, Finding } from '../../records/types.ts';
import type { MonitorConfig } from '../config.ts';

export interface CheckContext {
  config: MonitorConfig;
  /** The checked-out default branch (content/, cms/editorial.yml). */
  root: string;
  now: () => Date;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  log: (line: string) => void;
  /** The manifest of the last deploy: what the live site should be. */
  expectedManifest?: BuildManifest;
  github?: { client: GitHubClient; repo: { owner: string; repo: string } };
  /** DNS for the TLS check (tests map a test host name to 127.0.0.1). */
  lookup?: LookupFunction;
}

export interface Check {
  kind: CheckKind;
  /** The subjects this check reports on, known before it runs: a throw becomes one 'unknown' finding per subject. */
  subjects(ctx: Pick<CheckContext, 'config' | 'github'>): string[];
  run(ctx: CheckContext): Promise<Finding[]>;
}

/** At most 50 evidence lines: the first 49 and "dan N lainnya". */
export const MAX_EVIDENCE = 50;

export function limitEvidence(lines: readonly string[], max = MAX_EVIDENCE): string[] {
  if (lines.length <= max) return [...lines];
  return [...lines.slice(0, max - 1), `dan ${lines.length - (max - 1)} lainnya`];
}

/** "2026-11-23" (UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export const DAY_MS = 24 * 60 * 60 * 1000;
