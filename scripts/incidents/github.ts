// Incidents on GitHub: read the open incidents and maintenance windows, apply a plan (the one
// place that checks dry-run), and list incidents for the monthly report. The decisions are in
// plan.ts.
import type { GitHubClient } from '../github/client.ts';
import type { Finding } from '../records/types.ts';
import { parseIncidentMarker } from './body.ts';
import { addComment, closeIssue, createIssue, ensureLabels, listCommentBodies, listIssues, updateIssueBody, type LabelSpec, type Repo } from './issues-api.ts';
import { checkOfKey, INCIDENT_LABEL, MAINTENANCE_LABEL } from './keys.ts';
import { BASE_LABELS, checkLabelSpec } from './labels.ts';
import { planIncidents } from './plan.ts';
import { minutesBetween } from './time.ts';
import type { IncidentAction, IncidentSummary, MaintenanceWindow, OpenIncident } from './types.ts';
import { parseWindowTimes, WINDOW_NOTICE_MARKER } from './windows.ts';

export type { IncidentSummary } from './types.ts';
export type { Repo } from './issues-api.ts';

/**
 * Open issues carrying Laman's incident marker, whatever their title or labels have become
 * (an operator may rename one or drop a label; the marker still identifies it).
 */
export async function readOpenIncidents(client: GitHubClient, repo: Repo): Promise<OpenIncident[]> {
  const issues = await listIssues(client, repo, { state: 'open' });
  const incidents: OpenIncident[] = [];
  for (const issue of issues) {
    const marker = parseIncidentMarker(issue.body);
    if (marker) incidents.push({ number: issue.number, title: issue.title, body: issue.body, key: marker.key, since: marker.since, labels: issue.labels });
  }
  return incidents;
}

/** Open issues labelled `pemeliharaan`; comments are read only for those whose times cannot be read. */
export async function readMaintenanceWindows(client: GitHubClient, repo: Repo): Promise<MaintenanceWindow[]> {
  const issues = await listIssues(client, repo, { state: 'open', labels: MAINTENANCE_LABEL });
  const windows: MaintenanceWindow[] = [];
  for (const issue of issues) {
    const readable = parseWindowTimes(issue.body).ok;
    const formatNoticePosted = readable ? false : (await listCommentBodies(client, repo, issue.number)).some((c) => c.includes(WINDOW_NOTICE_MARKER));
    windows.push({ number: issue.number, title: issue.title, body: issue.body, formatNoticePosted });
  }
  return windows;
}

export interface ApplyOptions {
  dryRun: boolean;
  log: (line: string) => void;
}

export interface ApplyResult {
  /** Issue numbers of the incidents opened, by key (none under dry-run). */
  opened: Record<string, number>;
  labelsCreated: string[];
}

/** One Indonesian line per action, as printed under --dry-run and while applying. */
export function describeAction(action: IncidentAction): string {
  switch (action.kind) {
    case 'open':
      return `membuka insiden "${action.title}" (${action.key})`;
    case 'update':
      return `memperbarui status insiden #${action.number} (${action.key})`;
    case 'comment':
      return `menambahkan komentar bukti baru pada insiden #${action.number} (${action.key})`;
    case 'close':
      return `menutup insiden #${action.number} (${action.key}): pulih setelah ${action.durationMinutes} menit`;
    case 'suppress':
      return `tidak menulis apa pun untuk ${action.key}: ${action.reason}`;
    case 'window-format':
      return `menjelaskan format waktu pada isu pemeliharaan #${action.number}`;
  }
}

function labelsFor(actions: readonly IncidentAction[]): LabelSpec[] {
  const specs = new Map(BASE_LABELS.map((l) => [l.name, l]));
  for (const action of actions) {
    if (action.kind !== 'open') continue;
    const spec = checkLabelSpec(action.check);
    specs.set(spec.name, spec);
  }
  return [...specs.values()];
}

export async function applyIncidentActions(client: GitHubClient, repo: Repo, actions: readonly IncidentAction[], options: ApplyOptions): Promise<ApplyResult> {
  const result: ApplyResult = { opened: {}, labelsCreated: [] };
  const prefix = options.dryRun ? '[uji coba] ' : '';
  const writes = actions.filter((a) => a.kind !== 'suppress');
  if (writes.length > 0 && !options.dryRun) result.labelsCreated = await ensureLabels(client, repo, labelsFor(actions));
  for (const label of result.labelsCreated) options.log(`membuat label ${label}`);
  for (const action of actions) {
    options.log(prefix + describeAction(action));
    if (options.dryRun) continue;
    switch (action.kind) {
      case 'open': {
        const issue = await createIssue(client, repo, { title: action.title, body: action.body, labels: action.labels });
        result.opened[action.key] = issue.number;
        options.log(`insiden #${issue.number} dibuka: ${issue.url}`);
        break;
      }
      case 'update':
        await updateIssueBody(client, repo, action.number, action.body);
        break;
      case 'comment':
        await addComment(client, repo, action.number, action.body);
        break;
      case 'close':
        await addComment(client, repo, action.number, action.comment);
        await closeIssue(client, repo, action.number);
        break;
      case 'window-format':
        await addComment(client, repo, action.number, action.body);
        break;
      case 'suppress':
        break;
    }
  }
  return result;
}

export interface SyncOptions extends ApplyOptions {
  findings: readonly Finding[];
  now: Date;
  site: string;
}

/** Read, plan, apply: what `laman monitor` calls after a run. Returns the plan it carried out. */
export async function syncIncidents(client: GitHubClient, repo: Repo, options: SyncOptions): Promise<{ actions: IncidentAction[]; result: ApplyResult }> {
  const [open, windows] = [await readOpenIncidents(client, repo), await readMaintenanceWindows(client, repo)];
  const actions = planIncidents({ findings: options.findings, open, windows, now: options.now, site: options.site });
  const result = await applyIncidentActions(client, repo, actions, options);
  return { actions, result };
}

/**
 * Incidents open at some point since `since` (open now, or closed after it), oldest first:
 * any issue with Laman's marker, labelled `insiden` or not.
 */
export async function listIncidents(client: GitHubClient, repo: Repo, options: { since: Date }): Promise<IncidentSummary[]> {
  const issues = await listIssues(client, repo, { state: 'all', since: options.since });
  const out: IncidentSummary[] = [];
  for (const issue of issues) {
    const marker = parseIncidentMarker(issue.body);
    if (!marker) continue;
    if (issue.closedAt && Date.parse(issue.closedAt) < options.since.getTime()) continue;
    out.push({
      number: issue.number,
      url: issue.url,
      title: issue.title,
      key: marker.key,
      check: checkOfKey(marker.key) ?? marker.key.slice(0, marker.key.indexOf(':')),
      openedAt: marker.since,
      closedAt: issue.closedAt,
      durationMinutes: issue.closedAt ? minutesBetween(marker.since, new Date(issue.closedAt)) : null,
    });
  }
  return out.sort((a, b) => a.openedAt.localeCompare(b.openedAt) || a.number - b.number);
}

export { INCIDENT_LABEL };
