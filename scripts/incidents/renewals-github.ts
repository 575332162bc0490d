// Renewal reminders on GitHub: read the open reminders (by marker), apply a plan (dry-run is
// checked here only). The decisions are in renewals.ts.
import type { GitHubClient } from '../github/client.ts';
import { addComment, closeIssue, createIssue, ensureLabels, listIssues, updateIssueBody, type Repo } from './issues-api.ts';
import { BASE_LABELS } from './labels.ts';
import { parseReminderMarker, type OpenReminder, type RenewalAction } from './renewals.ts';

/** Open issues carrying a renewal marker (label or not). */
export async function readOpenReminders(client: GitHubClient, repo: Repo): Promise<OpenReminder[]> {
  const issues = await listIssues(client, repo, { state: 'open' });
  const reminders: OpenReminder[] = [];
  for (const issue of issues) {
    const marker = parseReminderMarker(issue.body);
    if (marker) reminders.push({ number: issue.number, ...marker, body: issue.body });
  }
  return reminders;
}

export function describeRenewalAction(action: RenewalAction): string {
  switch (action.kind) {
    case 'open':
      return `membuka pengingat "${action.title}"`;
    case 'remind':
      return action.stage === 0 ? `mengingatkan pada #${action.number}: ${action.id} sudah berakhir` : `mengingatkan pada #${action.number}: ${action.id} tinggal ≤ ${action.stage} hari`;
    case 'close':
      return `menutup pengingat #${action.number}: ${action.id} sudah diperpanjang`;
  }
}

export async function applyRenewalActions(
  client: GitHubClient,
  repo: Repo,
  actions: readonly RenewalAction[],
  options: { dryRun: boolean; log: (line: string) => void },
): Promise<{ opened: Record<string, number> }> {
  const opened: Record<string, number> = {};
  if (actions.length > 0 && !options.dryRun) {
    for (const label of await ensureLabels(client, repo, BASE_LABELS)) options.log(`membuat label ${label}`);
  }
  for (const action of actions) {
    options.log((options.dryRun ? '[uji coba] ' : '') + describeRenewalAction(action));
    if (options.dryRun) continue;
    switch (action.kind) {
      case 'open': {
        const issue = await createIssue(client, repo, { title: action.title, body: action.body, labels: action.labels });
        opened[`${action.id}@${action.expires}`] = issue.number;
        options.log(`pengingat #${issue.number} dibuka: ${issue.url}`);
        break;
      }
      case 'remind':
        await addComment(client, repo, action.number, action.comment);
        await updateIssueBody(client, repo, action.number, action.body);
        break;
      case 'close':
        await addComment(client, repo, action.number, action.comment);
        await closeIssue(client, repo, action.number);
        break;
    }
  }
  return { opened };
}
