import { clientFromEnv, parseRepo, type GitHubClient } from '../../github/client.ts';
import { applyRenewalActions, readOpenReminders } from '../../incidents/renewals-github.ts';
import { loadRenewalsConfig, planRenewals, RENEWALS_CONFIG, type ObservedExpiry, type RenewalAction } from '../../incidents/renewals.ts';
import { readMonitorRuns } from '../../records/read.ts';
import { refreshRecords } from '../../records/refresh.ts';
import { UsageError, UserError, type Command, type Context } from '../context.ts';
import { parseOptions } from '../options.ts';

export type ClientFactory = (env: Record<string, string | undefined>, log: (line: string) => void) => GitHubClient;
/** Where the observed TLS and RDAP expiries come from: the newest monitor run on the records branch. */
export type ObservedReader = (ctx: Context) => Promise<ObservedExpiry[]>;

/** How far back the newest monitor run is looked for. */
const LOOKBACK_DAYS = 7;

const usage = `Usage: laman renewals [--config ${RENEWALS_CONFIG}] [--repo OWNER/NAME] [--dry-run] [--json]

Renewal reminders (SOP F4). Reads the contracts in ${RENEWALS_CONFIG} (connection, hosting,
domain, certificate: provider, service, expiry, invoice, contact) and the certificate and
domain expiries the newest \`laman monitor\` run saw (records branch "pemantauan", last
${LOOKBACK_DAYS} days), then on GitHub:

  - opens one reminder issue (label "perpanjangan") per contract and expiry 30 days before;
  - comments on it when 14 and 7 days are left, and when it has expired;
  - closes it when a later expiry shows up (in the file, or from TLS/RDAP: then the file
    must be updated by pull request);
  - reminds about expiries the monitor saw that no contract covers (e.g. certificates
    renewed automatically).

Running it again changes nothing until a threshold is crossed. Guide: docs/insiden.md.

Options:
  --config FILE       the contracts file (default: ${RENEWALS_CONFIG}; missing = no contracts)
  --repo OWNER/NAME   the repository (default: the GITHUB_REPOSITORY environment variable)
  --dry-run           change nothing: print what would be done
  --json              print the plan as JSON

Environment:
  GITHUB_TOKEN        a token that may write issues (required)
  GITHUB_API_URL      API root (default: https://api.github.com)

Exit status: 0 done, 1 the file is invalid, the token is missing or GitHub refused,
2 usage error.
`;

export async function observedFromRecords(ctx: Context): Promise<ObservedExpiry[]> {
  const now = ctx.now();
  // A workflow's checkout has the default branch only: take origin's records first.
  await refreshRecords({ repoDir: ctx.cwd, env: ctx.env, log: (line) => ctx.stderr.write(`${line}\n`) });
  const runs = await readMonitorRuns({
    repoDir: ctx.cwd,
    env: ctx.env,
    from: new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000),
    to: new Date(now.getTime() + 60_000),
    onProblem: (message) => ctx.stderr.write(`peringatan: ${message}\n`),
  });
  const newest = runs.at(-1);
  if (!newest) {
    ctx.stderr.write(`peringatan: tidak ada hasil laman monitor dalam ${LOOKBACK_DAYS} hari terakhir di cabang catatan; hanya ${RENEWALS_CONFIG} yang dipakai\n`);
    return [];
  }
  const observed: ObservedExpiry[] = [];
  for (const f of newest.findings) {
    if ((f.check === 'tls' || f.check === 'domain') && f.expiresAt && !Number.isNaN(Date.parse(f.expiresAt))) {
      observed.push({ check: f.check, subject: f.subject, expiresAt: f.expiresAt });
    }
  }
  return observed;
}

function describe(action: RenewalAction): Record<string, unknown> {
  switch (action.kind) {
    case 'open':
      return { kind: action.kind, id: action.id, expires: action.expires, stage: action.stage, title: action.title };
    case 'remind':
      return { kind: action.kind, id: action.id, number: action.number, stage: action.stage };
    case 'close':
      return { kind: action.kind, id: action.id, number: action.number };
  }
}

export function createRenewalsCommand(makeClient: ClientFactory = clientFromEnv, readObserved: ObservedReader = observedFromRecords): Command {
  return {
    name: 'renewals',
    summary: 'Renewal reminders for connection, hosting, domain and certificates (issues 30/14/7 days before expiry)',
    usage,
    async run(args, ctx) {
      const { values } = parseOptions({
        args,
        options: {
          config: { type: 'string' },
          repo: { type: 'string' },
          'dry-run': { type: 'boolean' },
          json: { type: 'boolean' },
        },
      });
      const repoText = values.repo ?? ctx.env.GITHUB_REPOSITORY;
      if (!repoText) throw new UsageError('--repo OWNER/NAME wajib diisi (atau variabel lingkungan GITHUB_REPOSITORY)');
      const repo = parseRepo(repoText);
      if (!repo) throw new UsageError(`repositori tidak valid: "${repoText}", seharusnya OWNER/NAME, misalnya pn-contoh/situs`);
      const dryRun = values['dry-run'] === true;
      const json = values.json === true;

      const config = await loadRenewalsConfig(ctx.cwd, values.config ?? RENEWALS_CONFIG);
      const observed = await readObserved(ctx);
      const client = makeClient(ctx.env, (line) => ctx.stderr.write(line + '\n'));
      const open = await readOpenReminders(client, repo).catch((error: unknown) => {
        throw new UserError(`pengingat yang terbuka tidak dapat dibaca dari GitHub (${(error as Error).message}): periksa GITHUB_TOKEN (izin "Issues: write") dan --repo`);
      });
      const now = ctx.now();
      const actions = planRenewals({ contracts: config.contracts, observed, open, now });
      const log = json ? (line: string) => ctx.stderr.write(line + '\n') : (line: string) => ctx.stdout.write(line + '\n');
      const result = await applyRenewalActions(client, repo, actions, { dryRun, log });
      if (json) {
        ctx.stdout.write(
          JSON.stringify({ repo: `${repo.owner}/${repo.repo}`, dryRun, contracts: config.contracts.length, observed, actions: actions.map(describe), opened: result.opened }, null, 2) + '\n',
        );
      } else if (actions.length === 0) {
        ctx.stdout.write(`Tidak ada pengingat baru: ${config.contracts.length} kontrak dan ${observed.length} tanggal dari pemeriksaan diperiksa.\n`);
      } else if (dryRun) {
        ctx.stdout.write('Uji coba: tidak ada yang diubah di GitHub.\n');
      }
      return 0;
    },
  };
}

export const renewalsCommand: Command = createRenewalsCommand();
