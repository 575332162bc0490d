import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parsePolicy, PolicyError, POLICY_PATH, type Policy } from '../../gate/policy.ts';
import { clientFromEnv, parseRepo, type GitHubClient } from '../../github/client.ts';
import { DEFAULT_REQUIRED_CHECKS, desiredState, GITHUB_ACTIONS_APP_ID, RULESET_NAME } from '../../setup-github/desired.ts';
import { actionLine, DRY_RUN_NOTE, driftSummary, IN_SYNC } from '../../setup-github/messages.ts';
import { setupGitHub, type Mode, type Report } from '../../setup-github/run.ts';
import { UsageError, UserError, type Command, type Context } from '../context.ts';
import { parseOptions } from '../options.ts';

/** How the command gets its GitHub client: from GITHUB_TOKEN and GITHUB_API_URL by default. */
export type ClientFactory = (env: Record<string, string | undefined>, log: (line: string) => void) => GitHubClient;

const usage = `Usage: laman setup-github [--repo OWNER/NAME] [--check | --dry-run] [--require-check NAME]... [--status-app ID|none] [--json]

Creates or updates, on the GitHub repository, what the editorial chain needs:

  - one label per stage of cms/editorial.yml (read from this working copy), with a
    colour per stage and an Indonesian description; labels not in the policy are left
    alone, none is ever deleted;
  - the branch ruleset "${RULESET_NAME}" on the default branch: changes only through
    pull requests, the required status checks must pass, no deletion, no force push,
    and no bypass actors (so Decap CMS's fallback of writing straight onto the branch is
    refused too). Other rulesets are left alone.

Setup and the token it needs: docs/setup-github.md.

Options:
  --repo OWNER/NAME     the repository (default: the GITHUB_REPOSITORY environment variable)
  --require-check NAME  a status check pull requests must pass; repeat for several
  --status-app ID|none  only statuses and checks from this GitHub App count (default
                        15368, GitHub Actions: the gate posts with the workflow's
                        GITHUB_TOKEN); "none" accepts any source, which lets anyone
                        who can push post laman/editorial themselves
                        (default: ${DEFAULT_REQUIRED_CHECKS.join(' and ')})
  --check               change nothing: list every difference (drift) and exit 1 if any
  --dry-run             change nothing: print what would be created or updated
  --json                print the report as JSON (repo, mode, inSync, drifts, actions)

Environment:
  GITHUB_TOKEN          a token with admin rights on the repository (required)
  GITHUB_API_URL        API root (default: https://api.github.com; GitHub Enterprise)

Exit status: 0 done, or --check found nothing to fix; 1 --check found drift, or the
policy is invalid, the token is missing or GitHub refused; 2 usage error.
`;

export function createSetupGithubCommand(makeClient: ClientFactory = clientFromEnv): Command {
  return {
    name: 'setup-github',
    summary: 'Create or check the review-chain labels and the branch ruleset on GitHub',
    usage,
    async run(args, ctx) {
      const { values } = parseOptions({
        args,
        options: {
          repo: { type: 'string' },
          'require-check': { type: 'string', multiple: true },
          'status-app': { type: 'string' },
          check: { type: 'boolean' },
          'dry-run': { type: 'boolean' },
          json: { type: 'boolean' },
        },
      });
      if (values.check && values['dry-run']) throw new UsageError('--check dan --dry-run tidak dapat dipakai bersamaan');
      const repoText = values.repo ?? ctx.env.GITHUB_REPOSITORY;
      if (!repoText) throw new UsageError('--repo OWNER/NAME wajib diisi (atau variabel lingkungan GITHUB_REPOSITORY)');
      const repo = parseRepo(repoText);
      if (!repo) throw new UsageError(`repositori tidak valid: "${repoText}", seharusnya OWNER/NAME, misalnya pn-contoh/situs`);
      const checks = values['require-check'] ?? DEFAULT_REQUIRED_CHECKS;
      if (checks.some((c) => c.trim() === '')) throw new UsageError('--require-check memerlukan nama pemeriksaan, misalnya laman/editorial');
      const app = values['status-app'] ?? String(GITHUB_ACTIONS_APP_ID);
      if (app !== 'none' && !/^[1-9]\d*$/.test(app)) throw new UsageError(`--status-app harus id aplikasi GitHub (angka) atau "none", bukan "${app}"`);
      const mode: Mode = values.check ? 'check' : values['dry-run'] ? 'dry-run' : 'apply';

      const desired = desiredState(await loadPolicy(ctx.cwd), { requiredChecks: checks, ...(app === 'none' ? {} : { statusAppId: Number(app) }) });
      const octokit = clientFor(makeClient, ctx);
      const json = values.json === true;
      const report = await setupGitHub({
        octokit,
        repo,
        desired,
        mode,
        ...(json ? {} : { onApplied: (action) => ctx.stdout.write(actionLine(action, false) + '\n') }),
      });
      ctx.stdout.write(json ? JSON.stringify(jsonReport(report), null, 2) + '\n' : humanReport(report));
      return mode === 'check' && !report.inSync ? 1 : 0;
    },
  };
}

export const setupGithubCommand: Command = createSetupGithubCommand();

async function loadPolicy(cwd: string): Promise<Policy> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, POLICY_PATH), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UserError(`${POLICY_PATH} tidak ditemukan di ${cwd}: jalankan perintah ini dari folder situs`);
    }
    throw error;
  }
  try {
    return parsePolicy(text, POLICY_PATH);
  } catch (error) {
    if (error instanceof PolicyError) throw new UserError(`kebijakan penyuntingan tidak valid:\n${error.message}`);
    throw error;
  }
}

function clientFor(makeClient: ClientFactory, ctx: Context): GitHubClient {
  try {
    return makeClient(ctx.env, (line) => ctx.stderr.write(line + '\n'));
  } catch (error) {
    if (error instanceof UserError) {
      throw new UserError(`${error.message}\nsetup-github memerlukan token dengan hak admin atas repositori ("Administration: write" dan "Issues: write"); lihat docs/setup-github.md.`);
    }
    throw error;
  }
}

/** Lines after the writes already printed one by one (apply), or the drifts / the plan. */
function humanReport(report: Report): string {
  if (report.inSync) return IN_SYNC + '\n';
  const lines =
    report.mode === 'check'
      ? [...report.drifts.map((d) => d.message), driftSummary(report.drifts.length, report.repo)]
      : report.mode === 'dry-run'
        ? [...report.actions.map((a) => actionLine(a, true)), DRY_RUN_NOTE]
        : [];
  return lines.map((l) => l + '\n').join('');
}

function jsonReport(report: Report) {
  return {
    repo: report.repo,
    mode: report.mode,
    inSync: report.inSync,
    drifts: report.drifts.map(({ code, kind, name, message }) => ({ code, kind, name, message })),
    actions: report.actions.map((a) => ({
      kind: a.kind,
      name: a.kind === 'create-label' || a.kind === 'update-label' ? a.label.name : a.body.name,
      changes: a.kind === 'update-label' || a.kind === 'update-ruleset' ? a.changes : [],
    })),
  };
}
