import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decide } from '../../gate/decide.ts';
import { parsePolicy, PolicyError, POLICY_PATH } from '../../gate/policy.ts';
import { parseSnapshot, SnapshotError } from '../../gate/snapshot.ts';
import { clientFromEnv, createGitHubClient, DEFAULT_API_URL, parseRepo } from '../../github/client.ts';
import { judgePullRequest, type GateRunResult } from '../../gate/github/run.ts';
import { UsageError, UserError, type Command, type Context } from '../context.ts';
import { parseOptions } from '../options.ts';

/** The base branch named in a snapshot that already passed validation. */
function baseBranch(data: unknown): string {
  return (data as { pr: { baseBranch: string } }).pr.baseBranch;
}

export const gateCommand: Command = {
  name: 'gate',
  summary: 'Editorial gate: decide a pull request against the SOP E review chain',
  usage: `Usage: laman gate --repo OWNER/NAME --pr N [--dry-run] [--json]
       laman gate --repo OWNER/NAME --all-open [--remind] [--dry-run]
       laman gate --snapshot FILE [--json]

On GitHub (--repo with --pr): reads the pull request, its changed files at head and base,
its commits with their push times, its label events and the policy from the base branch;
decides; then sets the commit status ${'`'}laman/editorial${'`'} on the head commit, keeps one
sticky comment in Indonesian, removes invalid labels and moves Decap's status label
(decap-cms/pending_publish when the chain is complete, decap-cms/pending_review when an
approval was voided). Running it twice changes nothing. --all-open does this for every
open pull request (the scheduled run); --remind also posts one reminder per overdue stage.
Token and API root from GITHUB_TOKEN and GITHUB_API_URL (default https://api.github.com).
When the policy names teams, LAMAN_TEAMS_TOKEN (read:org, or a GitHub App with Members:
read) reads their members; GITHUB_TOKEN still makes every write.

Offline (--snapshot): decides a content pull request against the editorial chain of cms/editorial.yml
(Operator → Redaktur → Editor → Penanggung Jawab → Ketua when required), offline, from a
recorded snapshot: the pull request, its label events and commits with their times, its
changed files with their frontmatter, team membership, "now", and the policy text as it
is on the base branch. Prints the Indonesian summary (the sticky comment's text), or the
decision as JSON. Formats: docs/gate.md.

Options:
  --repo OWNER/NAME  the repository (default: GITHUB_REPOSITORY)
  --pr N             the pull request to judge
  --all-open         judge every open pull request
  --remind           post reminders for overdue stages (with --all-open or --pr)
  --dry-run          read and decide, print what would change, change nothing
  --snapshot FILE    decide offline from a recorded snapshot (JSON)
  --json             print the decision as JSON instead of the summary

Exit status: 0 the decision is success, pending or outside (the command worked; the
state is in the output), 1 the decision is failure (a rule was broken or the pull
request mixes content with other files), or the snapshot or its policy is invalid,
2 usage error. On GitHub, 1 also when GitHub could not be read or written (after
retries): the gate never reports success it could not establish.
`,
  async run(args, ctx) {
    const { values } = parseOptions({
      args,
      options: {
        snapshot: { type: 'string' },
        json: { type: 'boolean' },
        repo: { type: 'string' },
        pr: { type: 'string' },
        'all-open': { type: 'boolean' },
        remind: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
      },
    });
    const file = values.snapshot;
    if (file !== undefined && (values.repo !== undefined || values.pr !== undefined || values['all-open'])) {
      throw new UsageError('--snapshot tidak dapat digabung dengan --repo, --pr atau --all-open');
    }
    if (file === undefined) {
      if (values.pr === undefined && !values['all-open']) throw new UsageError('isi --snapshot FILE, atau --repo OWNER/NAME dengan --pr N atau --all-open');
      return githubMode(values, ctx);
    }
    let text: string;
    try {
      text = await readFile(path.resolve(ctx.cwd, file), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`berkas snapshot tidak ditemukan: ${file}`);
      throw error;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new UserError(`${file}: bukan JSON yang valid (${(error as Error).message})`);
    }
    let decision;
    try {
      const snapshot = parseSnapshot(data, file);
      decision = decide(snapshot, parsePolicy(snapshot.policyText, POLICY_PATH));
    } catch (error) {
      if (error instanceof SnapshotError) throw new UserError(`snapshot tidak valid:\n${error.message}`);
      if (error instanceof PolicyError) throw new UserError(`kebijakan penyuntingan di cabang ${baseBranch(data)} tidak valid:\n${error.message}`);
      throw error;
    }
    ctx.stdout.write(values.json ? JSON.stringify(decision, null, 2) + '\n' : decision.summary);
    return decision.state === 'failure' ? 1 : 0;
  },
};

interface GitHubValues {
  repo?: string | undefined;
  pr?: string | undefined;
  'all-open'?: boolean | undefined;
  remind?: boolean | undefined;
  'dry-run'?: boolean | undefined;
  json?: boolean | undefined;
}

async function githubMode(values: GitHubValues, ctx: Context): Promise<number> {
  const repoText = values.repo ?? ctx.env.GITHUB_REPOSITORY;
  if (!repoText) throw new UsageError('--repo OWNER/NAME wajib diisi (atau GITHUB_REPOSITORY)');
  const repo = parseRepo(repoText);
  if (!repo) throw new UsageError(`--repo harus berbentuk OWNER/NAME, bukan "${repoText}"`);
  if (values.pr !== undefined && values['all-open']) throw new UsageError('pilih salah satu: --pr N atau --all-open');
  if (values.pr !== undefined && !/^[1-9]\d*$/.test(values.pr)) throw new UsageError(`--pr harus nomor pull request, bukan "${values.pr}"`);
  const log = (line: string) => ctx.stderr.write(`${line}\n`);
  const octokit = clientFromEnv(ctx.env, log);
  // Team membership needs a token with organisation read access; statuses must come from the
  // workflow's own GITHUB_TOKEN (the ruleset accepts only GitHub Actions' statuses).
  const teamsToken = ctx.env.LAMAN_TEAMS_TOKEN;
  const teamsOctokit = teamsToken ? createGitHubClient({ token: teamsToken, baseUrl: ctx.env.GITHUB_API_URL || DEFAULT_API_URL, log }) : undefined;
  const dryRun = values['dry-run'] ?? false;

  const judge = (pr: number) =>
    judgePullRequest({ octokit, ...(teamsOctokit ? { teamsOctokit } : {}), repo, pr, now: ctx.now, dryRun, remind: values.remind ?? false, log: (l) => log(`#${pr}: ${l}`) });

  if (values.pr !== undefined) {
    const pr = Number(values.pr);
    const { result, error } = await judge(pr);
    if (error !== undefined) throw new UserError(`gate tidak dapat menilai pull request #${pr}: ${error}`);
    if (!result?.decision) {
      ctx.stdout.write(`${result?.skipped ?? 'tidak ada yang dinilai'}\n`);
      return 0;
    }
    if (values.json) ctx.stdout.write(JSON.stringify({ decision: result.decision, plans: result.plans, dryRun }, null, 2) + '\n');
    else ctx.stdout.write(result.decision.summary + (dryRun ? describePlans(result) : ''));
    return result.decision.state === 'failure' ? 1 : 0;
  }

  const open = await octokit.paginate(octokit.rest.pulls.list, { ...repo, state: 'open', per_page: 100 });
  let failed = 0;
  for (const pull of open) {
    const { result, error } = await judge(pull.number);
    if (error !== undefined) {
      failed += 1;
      ctx.stdout.write(`#${pull.number}: galat: ${error}\n`);
    } else {
      ctx.stdout.write(`#${pull.number}: ${result?.decision?.state ?? result?.skipped ?? '-'}${dryRun ? describePlans(result).replaceAll('\n', ' ').trimEnd() : ''}\n`);
    }
  }
  ctx.stdout.write(`${open.length} pull request terbuka dinilai${failed ? `, ${failed} gagal` : ''}.\n`);
  return failed ? 1 : 0;
}

function describePlans(result: GateRunResult | undefined): string {
  const p = result?.plans[0];
  if (!p) return '';
  const parts = [
    p.status ? `status ${p.status.state}` : undefined,
    p.comment ? `komentar (${p.comment.kind === 'create' ? 'baru' : 'diperbarui'})` : undefined,
    p.removeLabels.length ? `hapus label ${p.removeLabels.join(', ')}` : undefined,
    p.addLabels.length ? `pasang label ${p.addLabels.join(', ')}` : undefined,
    p.turn ? 'pemberitahuan giliran' : undefined,
    p.reminder ? 'pengingat' : undefined,
  ].filter(Boolean);
  return `\n[uji coba] yang akan diubah: ${parts.length ? parts.join('; ') : 'tidak ada'}\n`;
}
