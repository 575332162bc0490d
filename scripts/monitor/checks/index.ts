// `runChecks`: every check of `laman monitor`, run concurrently, each failure contained. A
// check that throws becomes one 'unknown' finding per subject it watches, with the error as
// evidence: one broken check never hides the others' results.
import type { LookupFunction } from 'node:net';
import type { GitHubClient } from '../../github/client.ts';
import type { BuildManifest } from '../../publish/types.ts';
import type { CheckKind, Finding } from '../../records/types.ts';
import type { MonitorConfig } from '../config.ts';
import { withUserAgent } from '../user-agent.ts';
import { availabilityCheck } from './availability.ts';
import type { Check, CheckContext } from './context.ts';
import { domainCheck } from './domain.ts';
import { freshnessCheck } from './freshness.ts';
import { integrityCheck } from './integrity.ts';
import { linksCheck } from './links.ts';
import { rulesetCheck } from './ruleset.ts';
import { tlsCheck } from './tls.ts';

export { limitEvidence, type Check, type CheckContext } from './context.ts';

/** In the order findings are reported. */
export const CHECKS: readonly Check[] = [availabilityCheck, integrityCheck, freshnessCheck, tlsCheck, domainCheck, linksCheck, rulesetCheck];
export const CHECK_KINDS: readonly CheckKind[] = CHECKS.map((c) => c.kind);

export interface RunChecksInput {
  config: MonitorConfig;
  root: string;
  now: () => Date;
  /** Run exactly these (enabled or not, due or not). Default: every enabled check that is due. */
  only?: CheckKind[];
  expectedManifest?: BuildManifest;
  github?: { client: GitHubClient; repo: { owner: string; repo: string } };
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  log: (line: string) => void;
  /** When each check last ran (ISO 8601), for the checks that run every N hours (links, domain). */
  lastRun?: Partial<Record<CheckKind, string>>;
  /** DNS lookup for the TLS check; tests map a host name to 127.0.0.1. */
  lookup?: LookupFunction;
}

/**
 * Which checks a run does (pure): `only` when given; otherwise every enabled check, with
 * links and domain only when `every_hours` have passed since their last run.
 */
export function dueChecks(config: MonitorConfig, now: Date, lastRun: Partial<Record<CheckKind, string>> = {}, only?: readonly CheckKind[]): CheckKind[] {
  if (only) return CHECK_KINDS.filter((k) => only.includes(k));
  const due = (kind: CheckKind, hours: number) => {
    const last = lastRun[kind] ? new Date(lastRun[kind]!) : undefined;
    // A few minutes' slack: a 15-minute schedule drifts, and "24 h" should not become 24 h 15 min.
    return !last || Number.isNaN(last.getTime()) || now.getTime() - last.getTime() >= hours * 3_600_000 - 5 * 60_000;
  };
  return CHECK_KINDS.filter((kind) => {
    switch (kind) {
      case 'integrity':
        return config.integrity.enabled;
      case 'links':
        return config.links.enabled && due('links', config.links.every_hours);
      case 'domain':
        return due('domain', config.domain.every_hours);
      case 'ruleset':
        return config.ruleset.enabled;
      default:
        return true;
    }
  });
}

export async function runChecks(input: RunChecksInput): Promise<Finding[]> {
  const ctx: CheckContext = {
    config: input.config,
    root: input.root,
    now: input.now,
    fetch: withUserAgent(input.fetch ?? fetch),
    sleep: input.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    log: input.log,
    ...(input.expectedManifest ? { expectedManifest: input.expectedManifest } : {}),
    ...(input.github ? { github: input.github } : {}),
    ...(input.lookup ? { lookup: input.lookup } : {}),
  };
  const kinds = dueChecks(input.config, input.now(), input.lastRun, input.only);
  const results = await Promise.all(CHECKS.filter((c) => kinds.includes(c.kind)).map((check) => runOne(check, ctx)));
  return results.flat();
}

async function runOne(check: Check, ctx: CheckContext): Promise<Finding[]> {
  const started = performance.now();
  try {
    const findings = await check.run(ctx);
    ctx.log(`${check.kind}: ${findings.length} temuan (${Math.round(performance.now() - started)} ms)`);
    return findings;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    ctx.log(`${check.kind}: pemeriksaan gagal: ${message}`);
    const subjects = check.subjects(ctx);
    return (subjects.length ? subjects : [check.kind]).map((subject) => ({
      check: check.kind,
      subject,
      status: 'unknown' as const,
      summary: `pemeriksaan ${check.kind} gagal dijalankan: ${message.split('\n')[0]}`,
      evidence: message.split('\n').slice(0, 50),
    }));
  }
}
