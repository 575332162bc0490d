// The scan's state machine, fed one parsed line at a time: per-source request counts and
// leaky buckets, detections, the time span. No I/O and no clock: scan.ts reads the files.
//
// Memory stays bounded on logs larger than memory: buckets idle for more than twice their
// drain time are dropped, sources beyond `maxSources` are let go, least recently seen first,
// down to 90 % of it (checked every 50,000 lines at least; the report says how many), the
// set of paths seen, used by the random-URI flood, is emptied when it reaches `maxPaths`,
// and so is the map of targets whose scenario tests are remembered (MAX_TARGETS).
import type { Detection, ScenarioId } from '../records/types.ts';
import { isIdle, MAX_SAMPLES, newBucket, pour, type Bucket } from './bucket.ts';
import type { LogLine } from './parse.ts';
import { viewTarget, type RequestView } from './request.ts';
import { SCENARIOS, type MatchContext, type Scenario } from './scenarios.ts';
import { isMonitorUserAgent } from '../monitor/user-agent.ts';

export interface ScannerOptions {
  /** Lines logged before this time (epoch ms) are read but not scanned. */
  since?: number;
  maxSources?: number;
  maxPaths?: number;
  scenarios?: readonly Scenario[];
}

export interface ScanTotals {
  /** Lines scanned (parsed and not before `since`). */
  scanned: number;
  /** Lines skipped because they are older than `since`. */
  skipped: number;
  from?: number;
  to?: number;
  detections: Detection[];
  topSources: Array<{ ip: string; requests: number; scenarios: ScenarioId[] }>;
  /** Sources dropped to keep memory bounded (their request counts are then incomplete). */
  evictedSources: number;
}

export interface Scanner {
  add(line: LogLine): void;
  totals(): ScanTotals;
}

interface Source {
  requests: number;
  lastSeen: number;
  /** One slot per scenario, created on the source's first match. */
  buckets: Array<Bucket | undefined> | undefined;
  /** One slot per scenario, created on the source's first detection; shared with `found`. */
  found: Array<Found | undefined> | undefined;
}

interface Found {
  scenario: number;
  ip: string;
  count: number;
  first: number;
  last: number;
  samples: string[];
}

const TOP_SOURCES = 20;
const SAMPLE_LENGTH = 300;
/** Paths longer than this are remembered by their start: a few long attack URLs cannot fill memory. */
const PATH_KEY_LENGTH = 256;
/**
 * Targets remembered with their view and match mask: most lines ask for a page or an asset
 * asked for before. Only targets without a query string are kept: unique ones (tracking
 * parameters, cache busters, an attacker's numbered probes) would fill the map for nothing.
 */
const MAX_TARGETS = 10_000;
const TARGET_KEY_LENGTH = 256;

interface Target {
  view: RequestView;
  /** Bit i: scenario i's target test has run on this target (tests run when first needed). */
  known: number;
  /** Bit i: and it passed (or the scenario has none). */
  mask: number;
}

/**
 * A copy that does not keep alive the chunk it was sliced from: V8 slices share their
 * parent string, so one IP kept as a map key would pin a whole 1 MiB read buffer.
 */
export function detach(text: string): string {
  return (' ' + text).slice(1);
}

function sampleOf(line: LogLine, userAgent: boolean): string {
  const text = `"${line.request}" → ${line.status}${userAgent ? `, user agent "${line.userAgent}"` : ''}`;
  return detach(text.length > SAMPLE_LENGTH ? `${text.slice(0, SAMPLE_LENGTH)}…` : text);
}

export function createScanner(options: ScannerOptions = {}): Scanner {
  const scenarios = options.scenarios ?? SCENARIOS;
  if (scenarios.length > 31) throw new Error('at most 31 scenarios: their target matches are kept as bits of a number');
  const leakMs = scenarios.map((s) => s.leakSeconds * 1000);
  const since = options.since ?? -Infinity;
  const maxSources = options.maxSources ?? 200_000;
  const maxPaths = options.maxPaths ?? 500_000;
  const sources = new Map<string, Source>();
  // Detections by source IP, one slot per scenario. Kept apart from `sources` so that an evicted
  // source that comes back continues its detections rather than starting new ones.
  const found = new Map<string, Array<Found | undefined>>();
  const paths = new Set<string>();
  const targets = new Map<string, Target>();
  const context: MatchContext = { newPath: false };
  let scanned = 0;
  let skipped = 0;
  let from = Infinity;
  let to = -Infinity;
  let evicted = 0;
  let nextSweep = 50_000;

  function sweep(): void {
    for (const source of sources.values()) {
      const buckets = source.buckets;
      if (!buckets) continue;
      let alive = 0;
      for (let i = 0; i < buckets.length; i++) {
        const bucket = buckets[i];
        if (!bucket) continue;
        if (isIdle(bucket, to, scenarios[i]!.capacity, leakMs[i]!)) buckets[i] = undefined;
        else alive++;
      }
      if (!alive) source.buckets = undefined;
    }
    if (sources.size > maxSources) {
      // LRU-ish, in one pass rather than an order kept per line: drop the least recently seen
      // sources down to 90 % of the limit, so that the next sweep has room to spare.
      const times = Float64Array.from(sources.values(), (s) => s.lastSeen).sort();
      const cutoff = times[sources.size - Math.floor(maxSources * 0.9) - 1]!;
      for (const [ip, source] of sources) {
        if (source.lastSeen <= cutoff) {
          sources.delete(ip);
          evicted++;
        }
      }
    }
    nextSweep = scanned + Math.max(50_000, sources.size);
  }

  function targetOf(raw: string): Target {
    const remembered = targets.get(raw);
    if (remembered) return remembered;
    if (raw.length > TARGET_KEY_LENGTH || raw.includes('?')) return { view: viewTarget(raw), known: 0, mask: 0 };
    if (targets.size >= MAX_TARGETS) targets.clear();
    const key = detach(raw);
    const target = { view: viewTarget(key), known: 0, mask: 0 };
    targets.set(key, target);
    return target;
  }

  function targetMatches(target: Target, i: number): boolean {
    const bit = 1 << i;
    if ((target.known & bit) === 0) {
      const test = scenarios[i]!.target;
      target.known |= bit;
      if (!test || test(target.view)) target.mask |= bit;
    }
    return (target.mask & bit) !== 0;
  }

  function add(line: LogLine): void {
    const time = line.time;
    if (time < since) {
      skipped++;
      return;
    }
    scanned++;
    if (time < from) from = time;
    if (time > to) to = time;
    let source = sources.get(line.ip);
    if (!source) {
      source = { requests: 0, lastSeen: time, buckets: undefined, found: found.get(line.ip) };
      sources.set(detach(line.ip), source);
    }
    source.requests++;
    if (time > source.lastSeen) source.lastSeen = time;

    const target = targetOf(line.target);
    const view = target.view;
    const pathKey = view.path.length > PATH_KEY_LENGTH ? view.path.slice(0, PATH_KEY_LENGTH) : view.path;
    context.newPath = !paths.has(pathKey);
    if (context.newPath) {
      if (paths.size >= maxPaths) paths.clear();
      paths.add(detach(pathKey));
    }
    let text: string | undefined;
    let textUa: string | undefined;
    const monitor = isMonitorUserAgent(line.userAgent);
    for (let i = 0; i < scenarios.length; i++) {
      const scenario = scenarios[i]!;
      if (monitor && scenario.trustsMonitor) continue;
      // The line's test first: it is cheap (status, method), the target's is remembered.
      if (scenario.line && !scenario.line(line, view, context)) continue;
      if (!targetMatches(target, i)) continue;
      // Built only while a bucket or detection still wants samples: most matches (crawl) need none.
      const sample = scenario.sampleUserAgent ? () => (textUa ??= sampleOf(line, true)) : () => (text ??= sampleOf(line, false));
      const already = source.found?.[i];
      if (already) {
        // Detected before: every further match counts, no bucket needed.
        already.count++;
        if (time > already.last) already.last = time;
        if (time < already.first) already.first = time;
        if (already.samples.length < MAX_SAMPLES && !already.samples.includes(sample())) already.samples.push(sample());
        continue;
      }
      const buckets = (source.buckets ??= new Array<Bucket | undefined>(scenarios.length));
      const bucket = (buckets[i] ??= newBucket(time));
      const distinctKey = scenario.distinct === 'path' ? view.path : scenario.distinct === 'target' ? view.decoded : undefined;
      // A view's strings may be slices of the read buffer: keys are kept as copies.
      if (pour(bucket, time, scenario.capacity, leakMs[i]!, sample, distinctKey === undefined ? undefined : detach(distinctKey))) {
        if (!source.found) {
          source.found = new Array<Found | undefined>(scenarios.length);
          found.set(detach(line.ip), source.found);
        }
        source.found[i] = { scenario: i, ip: detach(line.ip), count: bucket.matched, first: bucket.first, last: time, samples: [...new Set(bucket.samples)] };
        buckets[i] = undefined;
      }
    }
    if (scanned >= nextSweep) sweep();
  }

  function totals(): ScanTotals {
    const detections = [...found.values()]
      .flatMap((slots) => slots.filter((f): f is Found => f !== undefined))
      .sort((a, b) => a.scenario - b.scenario || b.count - a.count || a.first - b.first || a.ip.localeCompare(b.ip))
      .map(
        (f): Detection => ({
          scenario: scenarios[f.scenario]!.id,
          ip: f.ip,
          count: f.count,
          firstSeen: new Date(f.first).toISOString(),
          lastSeen: new Date(f.last).toISOString(),
          samples: f.samples,
        }),
      );
    const scenariosOf = new Map<string, ScenarioId[]>();
    for (const d of detections) {
      const list = scenariosOf.get(d.ip) ?? [];
      list.push(d.scenario);
      scenariosOf.set(d.ip, list);
    }
    const top: Array<[string, Source]> = [];
    for (const entry of sources) {
      // Keep the 20 busiest without sorting every source.
      if (top.length < TOP_SOURCES || entry[1].requests > top[top.length - 1]![1].requests) {
        top.push(entry);
        top.sort((a, b) => b[1].requests - a[1].requests || a[0].localeCompare(b[0]));
        if (top.length > TOP_SOURCES) top.pop();
      }
    }
    return {
      scanned,
      skipped,
      ...(scanned ? { from, to } : {}),
      detections,
      topSources: top.map(([ip, s]) => ({ ip, requests: s.requests, scenarios: scenariosOf.get(ip) ?? [] })),
      evictedSources: evicted,
    };
  }

  return { add, totals };
}
