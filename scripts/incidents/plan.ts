// Incident policy: findings of one monitor run + the open incident issues + maintenance
// windows → what to write on GitHub. Pure: no octokit, no clock (now comes in).
//
// - a key with a failing finding opens an incident, or updates the open one (status section;
//   a comment only when the evidence changed);
// - a key whose findings are all ok/warn closes its open incident with the duration;
// - 'unknown' findings and keys the run did not check change nothing;
// - inside a maintenance window nothing is opened or commented; recoveries still close.
import type { Finding } from '../records/types.ts';
import { evidenceFingerprint, evidenceLines, parseStatus, renderIncidentBody, renderStatus, replaceStatus } from './body.ts';
import { CHECKLIST_ITEMS, parseChecklist } from './checklist.ts';
import { checkLabel, INCIDENT_LABEL, incidentKey, incidentTitle } from './keys.ts';
import { codeBlock, escapeInline } from './markdown.ts';
import { durationText, minutesBetween, wibAndUtc } from './time.ts';
import type { IncidentAction, MaintenanceWindow, OpenIncident } from './types.ts';
import { parseWindowTimes, windowNotice } from './windows.ts';

export interface PlanInput {
  findings: readonly Finding[];
  open: readonly OpenIncident[];
  windows: readonly MaintenanceWindow[];
  now: Date;
  /** The site's name or address, shown in bodies ("https://pn-contoh.go.id"). */
  site: string;
}

/** Active maintenance windows at `now` (issue numbers), and format notices still owed. */
function readWindows(windows: readonly MaintenanceWindow[], now: Date): { active: number[]; notices: IncidentAction[] } {
  const active: number[] = [];
  const notices: IncidentAction[] = [];
  for (const window of [...windows].sort((a, b) => a.number - b.number)) {
    const times = parseWindowTimes(window.body);
    if (!times.ok) {
      if (!window.formatNoticePosted) notices.push({ kind: 'window-format', number: window.number, body: windowNotice(times.problem) });
      continue;
    }
    if (times.start.getTime() <= now.getTime() && now.getTime() < times.end.getTime()) active.push(window.number);
  }
  return { active, notices };
}

function groupByKey(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = incidentKey(finding);
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

/** The open incident per key (the oldest when a race left two). */
function openByKey(open: readonly OpenIncident[]): Map<string, OpenIncident> {
  const byKey = new Map<string, OpenIncident>();
  for (const incident of [...open].sort((a, b) => a.number - b.number)) {
    if (!byKey.has(incident.key)) byKey.set(incident.key, incident);
  }
  return byKey;
}

function evidenceComment(now: Date, failing: readonly Finding[]): string {
  return [
    `**Bukti berubah** pada ${wibAndUtc(now.toISOString())}:`,
    '',
    ...failing.map((f) => `- ${escapeInline(f.summary)}`),
    '',
    codeBlock(evidenceLines(failing)),
  ].join('\n');
}

function recoveryComment(incident: OpenIncident, now: Date, findings: readonly Finding[], minutes: number): string {
  const pending = parseChecklist(incident.body).filter((item) => !item.done);
  const lines = [
    `Pulih pada ${wibAndUtc(now.toISOString())} setelah gangguan sejak ${wibAndUtc(incident.since)} (durasi ${durationText(minutes)}).`,
    '',
    ...findings.map((f) => `- ${escapeInline(f.summary)}`),
  ];
  if (pending.length > 0) {
    lines.push('', `Langkah penanganan yang belum dicentang (${pending.length} dari ${Math.max(pending.length, CHECKLIST_ITEMS.length)}): lengkapi, terutama laporan kepada Sekretaris dan penyimpanan bukti.`);
  }
  lines.push('', 'Isu ditutup otomatis oleh `laman monitor`. Bila gangguan muncul lagi, insiden baru dibuka.');
  return lines.join('\n');
}

export function planIncidents(input: PlanInput): IncidentAction[] {
  const { now } = input;
  const { active, notices } = readWindows(input.windows, now);
  const actions: IncidentAction[] = [...notices];
  const incidents = openByKey(input.open);
  const window = active[0];

  for (const [key, findings] of groupByKey(input.findings)) {
    const check = findings[0]!.check;
    const failing = findings.filter((f) => f.status === 'fail');
    const incident = incidents.get(key);

    if (failing.length > 0) {
      if (!incident) {
        if (window !== undefined) {
          actions.push({ kind: 'suppress', key, window, reason: `jendela pemeliharaan #${window} sedang berlangsung: insiden tidak dibuka` });
          continue;
        }
        actions.push({
          kind: 'open',
          key,
          check,
          title: incidentTitle(check, key),
          body: renderIncidentBody({ key, check, site: input.site, now, failing }),
          labels: [INCIDENT_LABEL, checkLabel(check)],
        });
        continue;
      }
      const status = parseStatus(incident.body);
      const fingerprint = evidenceFingerprint(failing);
      const changed = status.evidence !== fingerprint;
      const comment = changed && window === undefined;
      const items = parseChecklist(incident.body);
      const body = replaceStatus(
        incident.body,
        renderStatus({
          now,
          runs: status.runs + 1,
          // Inside a window the change is not announced; keep the old fingerprint so it is after.
          evidence: comment ? fingerprint : status.evidence,
          summary: failing[0]!.summary,
          done: items.filter((i) => i.done).length,
          total: items.length,
        }),
      );
      actions.push({ kind: 'update', number: incident.number, key, body });
      if (comment) actions.push({ kind: 'comment', number: incident.number, key, body: evidenceComment(now, failing) });
      else if (changed && window !== undefined) {
        actions.push({ kind: 'suppress', key, window, reason: `jendela pemeliharaan #${window}: komentar bukti baru ditunda` });
      }
      continue;
    }

    const settled = findings.every((f) => f.status === 'ok' || f.status === 'warn');
    if (incident && settled) {
      const minutes = minutesBetween(incident.since, now);
      actions.push({ kind: 'close', number: incident.number, key, comment: recoveryComment(incident, now, findings, minutes), durationMinutes: minutes });
    }
  }
  return actions;
}
