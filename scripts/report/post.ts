// Posting the report as a GitHub issue (label `laporan`), once per month: the hidden marker
// `<!-- laman:laporan bulan=YYYY-MM -->` finds the issue again, so a second run updates it
// instead of opening another. Plan, then apply.
import type { GitHubClient } from '../github/client.ts';
import { createIssue, ensureLabels, listIssues, updateIssueBody, type Repo } from '../incidents/issues-api.ts';
import { monthName, type ReportMonth } from './month.ts';

export const REPORT_LABEL = 'laporan';
const MARKER = /<!--\s*laman:laporan\s+bulan=(\d{4}-\d{2})\s*-->/;

/** GitHub refuses issue bodies longer than this (characters). */
export const MAX_BODY = 65_536;

export function reportMarker(month: ReportMonth): string {
  return `<!-- laman:laporan bulan=${month.id} -->`;
}

export function parseReportMarker(body: string): string | undefined {
  return MARKER.exec(body)?.[1];
}

/** https://github.com/O/R/blob/pemantauan/laporan/2026-11.pdf */
export function recordsFileUrl(serverUrl: string, repo: Repo, branch: string, file: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}/blob/${encodeURIComponent(branch)}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/** The issue body: marker, a link to the PDF, then the Markdown (shortened when GitHub's limit requires). */
export function issueBody(month: ReportMonth, markdown: string, pdfUrl: string): string {
  const head = `${reportMarker(month)}\n\n> Versi PDF (untuk dicetak dan ditandatangani): ${pdfUrl}\n\n`;
  let body = head + markdown;
  if (body.length > MAX_BODY) {
    const note = `\n\n_Laporan dipotong karena melebihi batas panjang issue GitHub; baca versi lengkap di PDF atau laporan/${month.id}.md di cabang pemantauan._\n`;
    body = head + markdown.slice(0, MAX_BODY - head.length - note.length) + note;
  }
  return body;
}

export type PostAction = { kind: 'create'; title: string; body: string } | { kind: 'update'; number: number; url: string; body: string } | { kind: 'unchanged'; number: number; url: string };

export async function planPost(client: GitHubClient, repo: Repo, month: ReportMonth, title: string, body: string): Promise<PostAction> {
  const issues = await listIssues(client, repo, { state: 'all', labels: REPORT_LABEL });
  const found = issues.filter((i) => parseReportMarker(i.body) === month.id).sort((a, b) => a.number - b.number)[0];
  if (!found) return { kind: 'create', title, body };
  if (found.body === body) return { kind: 'unchanged', number: found.number, url: found.url };
  return { kind: 'update', number: found.number, url: found.url, body };
}

export const REPORT_LABEL_SPEC = { name: REPORT_LABEL, color: '0e5a8a', description: 'Laporan situasi website bulanan untuk Sekretaris (SOP F5)' };

/** Carries out the plan; returns the issue's address. */
export async function applyPost(client: GitHubClient, repo: Repo, action: PostAction): Promise<{ number: number; url: string }> {
  if (action.kind === 'unchanged') return { number: action.number, url: action.url };
  if (action.kind === 'update') {
    await updateIssueBody(client, repo, action.number, action.body);
    return { number: action.number, url: action.url };
  }
  await ensureLabels(client, repo, [REPORT_LABEL_SPEC]);
  const issue = await createIssue(client, repo, { title: action.title, body: action.body, labels: [REPORT_LABEL] });
  return { number: issue.number, url: issue.url };
}

/** "Laporan situasi website — November 2026". */
export function issueTitle(month: ReportMonth): string {
  return `Laporan situasi website — ${monthName(month)}`;
}
