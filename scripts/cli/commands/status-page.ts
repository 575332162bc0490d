import path from 'node:path';
import { GitError } from '../../archive/git.ts';
import { clientFromEnv, parseRepo } from '../../github/client.ts';
import { InvalidSshOption } from '../../publish/deploy/ssh-options.ts';
import { refreshRecords } from '../../records/refresh.ts';
import { RecordsError } from '../../records/store.ts';
import { StatusPublishError } from '../../status/publish.ts';
import { updateStatusPage, type IncidentSource } from '../../status/update.ts';
import { UsageError, UserError, type Command, type Context } from '../context.ts';
import { parseOptions } from '../options.ts';

export const statusPageCommand: Command = {
  name: 'status-page',
  summary: 'Render the public status page from the monitor records and incidents, and publish it beside the site',
  usage: `Usage: laman status-page [--out DIR] [--publish] [--dry-run] [--repo OWNER/NAME]

Builds the public status page (Bahasa Indonesia, no script): the current state per check
from the newest monitor run, availability per day for 90 days and over 30 and 90 days,
the response times of the last 7 days as an SVG chart, and the incidents of the last
90 days. Reads the runs from the records branch "pemantauan" of this repository and the
incident issues from GitHub (when GITHUB_TOKEN and the repository are known; otherwise
the page says the list is unavailable). Writes index.html, status.css, respons.svg and
status.json to DIR.

With --publish the page goes beside the site, without a build or a site deploy, to the
target of deploy/publish.json: directory → <directory>/status/, ssh → <root>/status/ on
the server (rsync, then an atomic switch). nginx serves it at /status/
(deploy/nginx/laman-status.conf). Targets pages and none keep the page in DIR only.
docs/halaman-status.md explains the page and its numbers.

Options:
  --out DIR            where to write the page (default: status-page)
  --publish            also publish it to the deploy target
  --dry-run            with --publish: say where it would go, change nothing there
  --repo OWNER/NAME    the GitHub repository of the incident issues (default: GITHUB_REPOSITORY)

Environment: GITHUB_TOKEN, GITHUB_API_URL, GITHUB_REPOSITORY; for the ssh target
LAMAN_SSH_KEY_FILE and LAMAN_SSH_KNOWN_HOSTS, and the overrides of laman publish
(LAMAN_DEPLOY, LAMAN_SSH_DESTINATION, LAMAN_SSH_PORT, LAMAN_SSH_ROOT, LAMAN_DEPLOY_DIR).
`,
  async run(args, ctx) {
    const { values } = parseOptions({
      args,
      options: {
        out: { type: 'string', default: 'status-page' },
        publish: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        repo: { type: 'string' },
      },
    });
    if (values['dry-run'] && !values.publish) throw new UsageError('--dry-run hanya berlaku bersama --publish');
    const repoName = values.repo ?? ctx.env.GITHUB_REPOSITORY;
    const repo = repoName ? parseRepo(repoName) : undefined;
    if (repoName && !repo) throw new UsageError(`--repo harus berbentuk pemilik/nama, mis. "pn-contoh/situs", bukan "${repoName}"`);
    const log = (line: string) => ctx.stderr.write(`${line}\n`);
    const out = path.resolve(ctx.cwd, values.out);
    try {
      // A workflow's checkout has the default branch only: take origin's records first.
      await refreshRecords({ repoDir: ctx.cwd, env: ctx.env, log });
      const result = await updateStatusPage({
        repoDir: ctx.cwd,
        env: ctx.env,
        now: ctx.now(),
        log,
        out,
        publish: values.publish ?? false,
        ...(values['dry-run'] ? { dryRun: true } : {}),
        ...(repo && ctx.env.GITHUB_TOKEN ? { incidents: await incidentSource(ctx, repo, log) } : {}),
      });
      const published = result.publish?.published ? `, dipasang di ${result.publish.location}` : '';
      ctx.stdout.write(`laman status-page: selesai — ${out}${published}\n`);
      return 0;
    } catch (error) {
      if (error instanceof StatusPublishError || error instanceof RecordsError || error instanceof GitError || error instanceof InvalidSshOption) {
        throw new UserError(`halaman status: ${error.message}`);
      }
      throw error;
    }
  },
};

async function incidentSource(ctx: Context, repo: { owner: string; repo: string }, log: (line: string) => void): Promise<IncidentSource> {
  const { listIncidents } = await import('../../incidents/github.ts');
  const client = clientFromEnv(ctx.env, log);
  return (since) => listIncidents(client, repo, { since });
}
