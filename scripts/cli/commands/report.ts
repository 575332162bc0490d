import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GitError } from '../../archive/git.ts';
import { readCourtInfo } from '../../archive/letterhead.ts';
import { ArchiveError } from '../../archive/messages.ts';
import { clientFromEnv, parseRepo, type GitHubClient } from '../../github/client.ts';
import { listIncidents } from '../../incidents/github.ts';
import { loadRenewalsConfig } from '../../incidents/renewals.ts';
import { progress } from '../../lib/progress.ts';
import { RECORDS_BRANCH, reportPath } from '../../records/layout.ts';
import { refreshRecords } from '../../records/refresh.ts';
import { appendAndPush, RecordsError } from '../../records/store.ts';
import { buildReport } from '../../report/build.ts';
import { toDocument } from '../../report/document.ts';
import { gatherReportData } from '../../report/gather.ts';
import { renderMarkdown } from '../../report/markdown.ts';
import { monthName, parseMonth, previousMonth } from '../../report/month.ts';
import { renderPdf } from '../../report/pdf.ts';
import { applyPost, issueBody, issueTitle, planPost, recordsFileUrl } from '../../report/post.ts';
import { UsageError, UserError, type Command } from '../context.ts';
import { parseOptions } from '../options.ts';

/** How the command gets its GitHub client: from GITHUB_TOKEN and GITHUB_API_URL by default. */
export type ClientFactory = (env: Record<string, string | undefined>, log: (line: string) => void) => GitHubClient;

const usage = `Usage: laman report [--month YYYY-MM] [--out DIR] [--repo OWNER/NAME] [--post] [--record] [--json]

Writes the Sekretaris's monthly situation report (SOP F5), in Indonesian, as
laporan-YYYY-MM.md and laporan-YYYY-MM.pdf: availability and incidents, response times,
content published per collection and review times per stage, mandatory-information
freshness, backups and restore tests, renewals due, suspicious activity, open problems and
proposed solutions. Run it in a clone of the site repository: the figures come from the
records branch (${RECORDS_BRANCH}), the archive branch, cms/editorial.yml,
deploy/renewals.json and the incident issues on GitHub. Sections: docs/laporan-bulanan.md.

Options:
  --month YYYY-MM     the month (WIB); default: the month before today
  --out DIR           where the two files go (default: laporan/)
  --repo OWNER/NAME   the GitHub repository (default: GITHUB_REPOSITORY); incidents are
                      read from it when GITHUB_TOKEN is set, else skipped with a note
  --record            commit laporan/YYYY-MM.pdf and .md to the records branch (and push
                      it when the clone has an origin)
  --post              open the month's issue (label laporan), or update it when it exists,
                      with the report and a link to the PDF on the records branch;
                      implies --record
  --json              print a JSON summary instead of lines

Environment:
  GITHUB_TOKEN        token with "Issues: read" (and "write" for --post, "Contents: write" for --record)
  GITHUB_API_URL      API root (default: https://api.github.com)
  GITHUB_SERVER_URL   web root for the PDF link (default: https://github.com)

Exit status: 0 written, 1 a source or GitHub failed, 2 usage error.
`;

export function createReportCommand(makeClient: ClientFactory = clientFromEnv): Command {
  return {
    name: 'report',
    summary: "Write the Sekretaris's monthly situation report (Markdown and PDF); optionally record it and post it as an issue",
    usage,
    async run(args, ctx) {
      const { values } = parseOptions({
        args,
        options: {
          month: { type: 'string' },
          out: { type: 'string' },
          repo: { type: 'string' },
          post: { type: 'boolean' },
          record: { type: 'boolean' },
          json: { type: 'boolean' },
        },
      });
      const now = ctx.now();
      const month = values.month === undefined ? previousMonth(now) : parseMonth(values.month);
      if (!month) throw new UsageError(`--month harus berbentuk TTTT-BB dengan bulan 01 sampai 12, misalnya 2026-11, bukan "${values.month}"`);
      if (month.from.getTime() > now.getTime()) throw new UsageError(`--month ${month.id}: bulan ${monthName(month)} belum dimulai, tidak ada yang dapat dilaporkan`);
      const repoText = values.repo ?? ctx.env.GITHUB_REPOSITORY;
      const repo = repoText ? parseRepo(repoText) : undefined;
      if (repoText && !repo) throw new UsageError(`repositori tidak valid: "${repoText}", seharusnya OWNER/NAME, misalnya pn-contoh/situs`);
      const post = values.post === true;
      const record = post || values.record === true;
      if (post && (!repo || !ctx.env.GITHUB_TOKEN)) throw new UsageError('--post memerlukan --repo OWNER/NAME (atau GITHUB_REPOSITORY) dan GITHUB_TOKEN');

      const repoDir = ctx.cwd;
      const env = ctx.env;
      const log = (line: string) => ctx.stderr.write(line + '\n');
      const client = repo && ctx.env.GITHUB_TOKEN ? makeClient(ctx.env, log) : undefined;
      const steps = progress(ctx.stderr, `laporan ${month.id}`, 4);

      const outcome = await sourcesFailed(async () => {
        // A workflow's checkout has the default branch only: take origin's records first.
        await refreshRecords({ repoDir, env, log });
        const court = await readCourtInfo({ repoDir, commit: 'HEAD', env, log });
        const data = await gatherReportData({
          repoDir,
          env,
          month,
          incidents:
            client && repo
              ? (since) => listIncidents(client, repo, { since })
              : `tidak dibaca karena ${repo ? 'GITHUB_TOKEN tidak diisi' : 'repositori GitHub tidak diketahui (--repo atau GITHUB_REPOSITORY)'}`,
          renewals: async () => (await loadRenewalsConfig(repoDir)).contracts,
        });
        steps.tick(1);
        const report = buildReport(data, { month, now, court: court.kop });
        const doc = toDocument(report);
        const markdown = renderMarkdown(doc);
        const pdf = await renderPdf(doc, now);
        steps.tick(2);
        return { report, markdown, pdf };
      });
      const { report, markdown, pdf } = outcome;

      const outDir = path.resolve(ctx.cwd, values.out ?? 'laporan');
      await mkdir(outDir, { recursive: true });
      const mdFile = path.join(outDir, `laporan-${month.id}.md`);
      const pdfFile = path.join(outDir, `laporan-${month.id}.pdf`);
      await writeFile(mdFile, markdown);
      await writeFile(pdfFile, pdf);
      steps.tick(3);

      let commit: string | undefined;
      if (record) {
        commit = await sourcesFailed(() =>
          appendAndPush({
            repoDir,
            env,
            files: [
              { path: reportPath(month.id, 'pdf'), content: pdf, mode: 'replace' },
              { path: reportPath(month.id, 'md'), content: markdown, mode: 'replace' },
            ],
            message: `laporan: laporan situasi website ${monthName(month)}`,
            now,
            push: true,
            log,
          }),
        );
      }

      let issue: { number: number; url: string; action: string } | undefined;
      if (post && client && repo) {
        const pdfUrl = recordsFileUrl(ctx.env.GITHUB_SERVER_URL || 'https://github.com', repo, RECORDS_BRANCH, reportPath(month.id, 'pdf'));
        const action = await planPost(client, repo, month, issueTitle(month), issueBody(month, markdown, pdfUrl));
        issue = { ...(await applyPost(client, repo, action)), action: action.kind };
      }
      steps.done(`${report.problems.length} masalah`);

      if (values.json) {
        ctx.stdout.write(
          JSON.stringify(
            {
              month: month.id,
              markdown: mdFile,
              pdf: pdfFile,
              availability: report.availability.ratio,
              incidents: report.incidents.available ? report.incidents.value.length : null,
              problems: report.problems,
              ...(commit ? { recordCommit: commit } : {}),
              ...(issue ? { issue } : {}),
            },
            null,
            2,
          ) + '\n',
        );
      } else {
        const lines = [`Laporan situasi website ${monthName(month)} ditulis:`, `  ${mdFile}`, `  ${pdfFile}`, `${report.problems.length} masalah perlu ditindaklanjuti.`];
        if (commit) lines.push(`Disimpan di cabang ${RECORDS_BRANCH}: laporan/${month.id}.pdf dan .md (commit ${commit.slice(0, 12)}).`);
        if (issue) lines.push(`${issue.action === 'create' ? 'Issue dibuat' : issue.action === 'update' ? 'Issue diperbarui' : 'Issue sudah terbaru'}: ${issue.url}`);
        ctx.stdout.write(lines.join('\n') + '\n');
      }
      return 0;
    },
  };
}

export const reportCommand: Command = createReportCommand();

/** Git, archive and records failures are the operator's to fix: one message, no stack. */
async function sourcesFailed<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ArchiveError || error instanceof RecordsError || error instanceof GitError) throw new UserError(`laporan tidak dapat dibuat: ${error.message}`);
    throw error;
  }
}
