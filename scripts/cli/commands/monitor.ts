import path from 'node:path';
import { GitError } from '../../archive/git.ts';
import { clientFromEnv, createGitHubClient, DEFAULT_API_URL, parseRepo, type GitHubClient } from '../../github/client.ts';
import { describeAction } from '../../incidents/github.ts';
import { CHECK_KINDS } from '../../monitor/checks/index.ts';
import { MONITOR_CONFIG } from '../../monitor/config.ts';
import { runMonitor, summaryLine, type MonitorResult } from '../../monitor/run.ts';
import { InvalidSshOption } from '../../publish/deploy/ssh-options.ts';
import { RecordsError } from '../../records/store.ts';
import type { CheckKind, Finding } from '../../records/types.ts';
import { StatusPublishError } from '../../status/publish.ts';
import { UsageError, UserError, type Command, type Context } from '../context.ts';
import { parseOptions } from '../options.ts';

const STATUS_WORD: Record<Finding['status'], string> = { ok: 'baik', warn: 'peringatan', fail: 'GAGAL', unknown: 'tidak diketahui' };

export const monitorCommand: Command = {
  name: 'monitor',
  summary: 'Check the live site (availability, freshness, integrity, TLS, domain, links, ruleset), record the run, manage incidents, refresh the status page',
  usage: `Usage: laman monitor [--only CHECK,…] [--repo OWNER/NAME] [--no-record] [--no-push]
                     [--no-status-page] [--status-out DIR] [--no-publish-status] [--dry-run] [--json]

One run of the website-maintenance check (SOP F1, F5–F7), as the scheduled workflow does
every 15 minutes:
  1. reads ${MONITOR_CONFIG} (URLs, thresholds; docs/pemantauan.md) and, from the records
     branch "pemantauan", the runs of the last 90 days and the manifest of the live release;
  2. runs the checks that are due: ${CHECK_KINDS.join(', ')} (links and domain once
     every N hours);
  3. appends the run to monitor/YYYY-MM-DD.jsonl on the records branch and pushes it;
  4. opens one incident issue (label "insiden") per failing check, updates it while the
     problem lasts and closes it with the duration on recovery; an open issue labelled
     "pemeliharaan" with "Mulai:" and "Selesai:" lines suppresses new incidents
     (docs/insiden.md);
  5. renders the status page and publishes it beside the site (docs/halaman-status.md).
Prints one line per finding (or --json).

Options:
  --only LIST          run only these checks, due or not (comma-separated)
  --repo OWNER/NAME    the repository of the incident issues (default: GITHUB_REPOSITORY)
  --no-record          do not write the run on the records branch
  --no-push            keep the record in the local branch (no fetch, no push)
  --no-status-page     do not render the status page
  --status-out DIR     where the status page is written (default: status-page)
  --no-publish-status  render the status page but do not publish it
  --dry-run            check and print only: no record, no issue, no publishing
  --json               print the run (findings, incident actions) as JSON

Environment:
  GITHUB_TOKEN, GITHUB_API_URL, GITHUB_REPOSITORY
                       incidents (issues: write); without a token the checks still run
  LAMAN_ADMIN_TOKEN    a token that may read the repository's rulesets, for the ruleset
                       check (default: GITHUB_TOKEN, which cannot read them in Actions)
  LAMAN_MONITOR_SITE, LAMAN_MONITOR_URLS
                       check another address for one run
  and those of laman publish for publishing the status page (docs/halaman-status.md).

Exit status: 0 the run was done (also when a check failed: that is an incident, not an
error), 1 the configuration is invalid or a record, issue or page could not be written,
2 usage error.
`,
  async run(args, ctx) {
    const { values } = parseOptions({
      args,
      options: {
        only: { type: 'string' },
        repo: { type: 'string' },
        'no-record': { type: 'boolean' },
        'no-push': { type: 'boolean' },
        'no-status-page': { type: 'boolean' },
        'status-out': { type: 'string', default: 'status-page' },
        'no-publish-status': { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
      },
    });
    const only = values.only === undefined ? undefined : parseOnly(values.only);
    const repoText = values.repo ?? ctx.env.GITHUB_REPOSITORY;
    const repo = repoText ? parseRepo(repoText) : undefined;
    if (repoText && !repo) throw new UsageError(`--repo harus berbentuk pemilik/nama, mis. "pn-contoh/situs", bukan "${repoText}"`);
    const log = (line: string) => ctx.stderr.write(`${line}\n`);
    const client = repo && ctx.env.GITHUB_TOKEN ? clientFromEnv(ctx.env, log) : undefined;
    const dryRun = values['dry-run'] === true;

    let result: MonitorResult;
    try {
      result = await runMonitor({
        repoDir: ctx.cwd,
        env: ctx.env,
        now: ctx.now,
        log,
        ...(only ? { only } : {}),
        ...(client && repo ? { github: { client, repo } } : {}),
        ...(client ? { rulesetClient: rulesetClient(ctx, client, log) } : {}),
        record: !values['no-record'],
        push: !values['no-push'],
        dryRun,
        ...(values['no-status-page'] ? {} : { statusPage: { out: path.resolve(ctx.cwd, values['status-out']), publish: !values['no-publish-status'] } }),
      });
    } catch (error) {
      if (error instanceof RecordsError || error instanceof GitError || error instanceof StatusPublishError || error instanceof InvalidSshOption) {
        throw new UserError(`laman monitor: ${error.message}`);
      }
      if (isRequestError(error)) throw new UserError(`laman monitor: GitHub menolak permintaan (${error.message}); periksa GITHUB_TOKEN (izin "Issues: write") dan --repo`);
      throw error;
    }

    if (values.json) {
      ctx.stdout.write(`${JSON.stringify({ at: result.run.at, site: result.config.site, checks: result.checks, findings: result.run.findings, actions: result.actions.map((a) => ({ kind: a.kind, key: 'key' in a ? a.key : null, description: describeAction(a) })), opened: result.opened, ...(result.commit ? { recordCommit: result.commit } : {}), dryRun }, null, 2)}\n`);
      return 0;
    }
    const lines = result.run.findings.map((f) => `${STATUS_WORD[f.status].padEnd(15)} ${f.check.padEnd(12)} ${f.summary}`);
    ctx.stdout.write(`${lines.join('\n')}${lines.length ? '\n' : ''}laman monitor: ${summaryLine(result.run.findings)}${dryRun ? ' (uji coba: tidak ada yang ditulis)' : ''}\n`);
    return 0;
  },
};

function parseOnly(value: string): CheckKind[] {
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  const unknown = kinds.filter((k) => !CHECK_KINDS.includes(k as CheckKind));
  if (!kinds.length || unknown.length) throw new UsageError(`--only: pemeriksaan tidak dikenal: ${unknown.join(', ') || '(kosong)'}; pilih dari ${CHECK_KINDS.join(', ')}`);
  return kinds as CheckKind[];
}

function rulesetClient(ctx: Context, fallback: GitHubClient, log: (line: string) => void): GitHubClient {
  const token = ctx.env.LAMAN_ADMIN_TOKEN;
  return token ? createGitHubClient({ token, baseUrl: ctx.env.GITHUB_API_URL || DEFAULT_API_URL, log }) : fallback;
}

function isRequestError(error: unknown): error is Error & { status: number } {
  return error instanceof Error && error.name === 'HttpError' && typeof (error as { status?: unknown }).status === 'number';
}
