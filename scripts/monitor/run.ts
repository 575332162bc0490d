// One `laman monitor` run, end to end: read the configuration and what the records branch
// knows (the last runs, the manifest of the live release), run the checks that are due,
// append the run to the records branch, open/update/close incident issues, and refresh the
// status page. Each step is a module of its own; this file only wires them in order, with
// the world (clock, log, network, GitHub) passed in.
import type { LookupFunction } from 'node:net';
import type { GitHubClient } from '../github/client.ts';
import { syncIncidents, listIncidents, type Repo } from '../incidents/github.ts';
import type { IncidentAction } from '../incidents/types.ts';
import { monitorPath, RECORDS_BRANCH } from '../records/layout.ts';
import { readMonitorRuns, readReleasedManifest } from '../records/read.ts';
import { refreshRecords } from '../records/refresh.ts';
import { appendAndPush } from '../records/store.ts';
import type { CheckKind, Finding, MonitorRun } from '../records/types.ts';
import { statusPeriodStart, updateStatusPage, type UpdateStatusPageResult } from '../status/update.ts';
import { runChecks, dueChecks } from './checks/index.ts';
import { loadMonitorConfig, type MonitorConfig } from './config.ts';

export interface MonitorOptions {
  /** The checked-out default branch: deploy/monitor.json, content/, cms/editorial.yml, the records branch. */
  repoDir: string;
  env: Record<string, string | undefined>;
  now: () => Date;
  log: (line: string) => void;
  /** Run exactly these checks (due or not). */
  only?: CheckKind[];
  /** Incidents (issues) and the incident list of the status page. */
  github?: { client: GitHubClient; repo: Repo };
  /** The ruleset check's client: a token that may read rulesets (default: github.client). */
  rulesetClient?: GitHubClient;
  /** Append the run to the records branch. */
  record: boolean;
  /** Take origin's records branch first and push the new record (when the checkout has an origin). */
  push: boolean;
  /** Nothing is written anywhere: no record, no issue, no status page published. */
  dryRun: boolean;
  /** Where the status page is written, and whether it is published beside the site. */
  statusPage?: { out: string; publish: boolean };
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  lookup?: LookupFunction;
}

export interface MonitorResult {
  config: MonitorConfig;
  run: MonitorRun;
  checks: CheckKind[];
  /** The record's commit on the records branch, when recorded. */
  commit?: string;
  actions: IncidentAction[];
  opened: Record<string, number>;
  statusPage?: UpdateStatusPageResult;
}

/** When each check last ran, from the runs on record (pure). */
export function lastRunByCheck(runs: readonly MonitorRun[]): Partial<Record<CheckKind, string>> {
  const last: Partial<Record<CheckKind, string>> = {};
  for (const run of runs) {
    for (const finding of run.findings) {
      const seen = last[finding.check];
      if (!seen || seen < run.at) last[finding.check] = run.at;
    }
  }
  return last;
}

export async function runMonitor(options: MonitorOptions): Promise<MonitorResult> {
  const { repoDir, env, log } = options;
  const config = await loadMonitorConfig(repoDir, env);
  const now = options.now();

  if (options.push) await refreshRecords({ repoDir, env, log });
  const history = await readMonitorRuns({
    repoDir,
    env,
    from: statusPeriodStart(now),
    to: new Date(now.getTime() + 1),
    onProblem: (line) => log(`PERINGATAN: ${line}`),
  });
  const lastRun = lastRunByCheck(history);
  const checks = dueChecks(config, now, lastRun, options.only);
  const expectedManifest = await readReleasedManifest({ repoDir, env });
  if (!expectedManifest && checks.includes('integrity')) {
    log(`PERINGATAN: manifes rilis belum ada di cabang ${RECORDS_BRANCH}; integritas tidak dapat diperiksa sampai laman publish berikutnya`);
  }
  log(`memeriksa ${config.site}: ${checks.join(', ')}`);

  const rulesetClient = options.rulesetClient ?? options.github?.client;
  const findings: Finding[] = await runChecks({
    config,
    root: repoDir,
    now: options.now,
    only: checks,
    ...(expectedManifest ? { expectedManifest } : {}),
    ...(rulesetClient && options.github ? { github: { client: rulesetClient, repo: options.github.repo } } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.lookup ? { lookup: options.lookup } : {}),
    log,
  });
  const run: MonitorRun = { at: now.toISOString(), findings };
  const result: MonitorResult = { config, run, checks, actions: [], opened: {} };

  if (options.record && !options.dryRun) {
    result.commit = await appendAndPush({
      repoDir,
      env,
      files: [{ path: monitorPath(now), content: `${JSON.stringify(run)}\n`, mode: 'append' }],
      message: `pemantauan: ${summaryLine(findings)}`,
      now,
      push: options.push,
      log,
    });
    log(`hasil dicatat di cabang ${RECORDS_BRANCH} (${result.commit.slice(0, 7)})`);
  }

  // A GitHub failure must not keep the status page stale: it is rethrown after the page.
  let incidentsFailed: unknown;
  if (options.github) {
    try {
      const synced = await syncIncidents(options.github.client, options.github.repo, { findings, now, site: config.site, dryRun: options.dryRun, log });
      result.actions = synced.actions;
      result.opened = synced.result.opened;
    } catch (error) {
      incidentsFailed = error;
      log(`PERINGATAN: insiden tidak dapat diperbarui di GitHub (${(error as Error).message}); halaman status tetap diperbarui`);
    }
  } else {
    log('insiden tidak dikelola: GITHUB_TOKEN atau repositori (--repo, GITHUB_REPOSITORY) tidak ada');
  }

  if (options.statusPage) {
    const github = options.github;
    result.statusPage = await updateStatusPage({
      repoDir,
      env,
      now,
      log,
      out: options.statusPage.out,
      publish: options.statusPage.publish,
      dryRun: options.dryRun,
      runs: [...history, run],
      ...(github ? { incidents: (since: Date) => listIncidents(github.client, github.repo, { since }) } : {}),
    });
  }
  if (incidentsFailed !== undefined) throw incidentsFailed;
  return result;
}

/** "2 gagal, 1 peringatan, 9 baik" (the record's commit message and the command's last line). */
export function summaryLine(findings: readonly Finding[]): string {
  const count = (status: Finding['status']) => findings.filter((f) => f.status === status).length;
  const parts = [
    [count('fail'), 'gagal'],
    [count('warn'), 'peringatan'],
    [count('unknown'), 'tidak diketahui'],
    [count('ok'), 'baik'],
  ] as const;
  const text = parts.filter(([n]) => n > 0).map(([n, word]) => `${n} ${word}`).join(', ');
  return text || 'tidak ada pemeriksaan';
}
