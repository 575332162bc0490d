// What the gate changes on a pull request after deciding, as plain data: the commit status,
// the sticky comment, labels to remove, Decap's status label, reminders. Pure, so that
// "running twice changes nothing" is a property of this function: the second plan is empty.
import type { Decision } from '../decide.ts';
import { orList } from '../summary.ts';
import { OPERATOR_ID, type Policy } from '../policy.ts';
import { formatTime } from '../time.ts';

export const STATUS_CONTEXT = 'laman/editorial';
/** Marks the gate's sticky comment; only comments by the gate's own login are trusted. */
export const STICKY_MARKER = '<!-- laman:rantai-penyuntingan -->';
const REMINDER_MARKER = 'laman:pengingat';
const TURN_MARKER = 'laman:giliran';

export const DECAP_PREFIX = 'decap-cms/';
export const DECAP_PENDING_REVIEW = 'decap-cms/pending_review';
export const DECAP_PENDING_PUBLISH = 'decap-cms/pending_publish';

export type CommitState = 'pending' | 'success' | 'failure' | 'error';

export interface ExistingComment {
  id: number;
  author: string;
  body: string;
}

export interface CurrentState {
  headSha: string;
  headRef: string;
  labels: readonly string[];
  /** The latest `laman/editorial` status on the head commit, if any. */
  status?: { state: string; description: string | null; targetUrl: string | null };
  comments: readonly ExistingComment[];
}

export interface Plan {
  status?: { state: CommitState; description: string };
  comment?: { kind: 'create'; body: string } | { kind: 'update'; id: number; body: string };
  /** Duplicate sticky comments (two runs at once): keep the oldest, delete these. */
  deleteComments: number[];
  removeLabels: string[];
  addLabels: string[];
  reminder?: string;
  /** A mention of the people whose turn it now is (an edited comment notifies nobody). */
  turn?: string;
}

export function isEmptyPlan(plan: Plan): boolean {
  return !plan.status && !plan.comment && !plan.deleteComments.length && !plan.removeLabels.length && !plan.addLabels.length && !plan.reminder && !plan.turn;
}

/** GitHub limits a status description to 140 characters. */
export function statusFor(decision: Decision): { state: CommitState; description: string } {
  const cut = (s: string) => (s.length <= 140 ? s : `${s.slice(0, 139)}…`);
  switch (decision.state) {
    case 'success':
      return { state: 'success', description: cut(`Rantai penyuntingan lengkap: ${decision.stages.filter((s) => s.required).map((s) => s.nama).join(' → ')}`) };
    case 'outside':
      return { state: 'success', description: 'Di luar rantai penyuntingan: tidak mengubah konten (tinjauan kode biasa berlaku)' };
    case 'failure': {
      const mixed = decision.violations.some((v) => v.code === 'mixed-paths');
      return {
        state: 'failure',
        description: mixed ? 'Ditolak: konten dicampur dengan berkas lain; pecah pull request ini' : 'Ada label persetujuan yang tidak sah; lihat komentar gate',
      };
    }
    default: {
      const next = decision.nextStage;
      const who = next && next.holders.length ? ` (${orList(next.holders)})` : '';
      return { state: 'pending', description: cut(next ? `Menunggu ${next.nama}${who}` : 'Menunggu persetujuan') };
    }
  }
}

export function stickyBody(decision: Decision, problems: readonly string[]): string {
  const extra = problems.length
    ? `\n**Berkas yang tidak dapat dibaca** (dianggap memerlukan perhatian khusus):\n\n${problems.map((p) => `- ${p}`).join('\n')}\n`
    : '';
  return `${STICKY_MARKER}\n${decision.summary}${extra}`;
}

/**
 * The stage awaited now, past the Operator's own submission (a draft still being written
 * needs no reminders), with the due time that identifies this turn of it.
 */
function awaited(decision: Decision): { id: string; nama: string; label: string; holders: string[]; dueAt: string; overdue: boolean } | undefined {
  const next = decision.nextStage;
  if (decision.state !== 'pending' || !next || next.id === OPERATOR_ID) return undefined;
  const stage = decision.stages.find((s) => s.id === next.id);
  if (!stage?.slaDueAt) return undefined;
  return { ...next, dueAt: stage.slaDueAt, overdue: stage.overdue };
}

function reminderKey(decision: Decision): string | undefined {
  const next = awaited(decision);
  return next?.overdue ? `<!-- ${REMINDER_MARKER} ${next.id} ${next.dueAt} -->` : undefined;
}

/** One mention per stage and turn: "Giliran Redaktur: @budi atau @rara …". */
function turnFor(decision: Decision, policy: Policy): { key: string; body: string } | undefined {
  const next = awaited(decision);
  if (!next) return undefined;
  const key = `<!-- ${TURN_MARKER} ${next.id} ${next.dueAt} -->`;
  const who = next.holders.length ? orList(next.holders) : 'pemegang peran (belum ada yang dapat bertindak)';
  return {
    key,
    body: `${key}\n**Giliran ${next.nama}:** ${who}, mohon periksa pull request ini dan pasang label \`${next.label}\` bila disetujui. Batas waktu SOP E: ${formatTime(next.dueAt, policy.zona_waktu)}.\n`,
  };
}

/** An overdue stage gets one mention (which notifies, unlike an edited comment) per due time. */
function reminderFor(decision: Decision, policy: Policy, key: string): string | undefined {
  const next = decision.nextStage;
  const stage = next ? decision.stages.find((s) => s.id === next.id) : undefined;
  if (!next || !stage?.slaDueAt) return undefined;
  const who = next.holders.length ? orList(next.holders) : 'pemegang peran (belum ada yang dapat bertindak)';
  return `${key}\n**Pengingat:** tahap **${next.nama}** melewati batas waktu SOP E (${formatTime(stage.slaDueAt, policy.zona_waktu)}). ${who}, mohon periksa dan pasang label \`${next.label}\` bila disetujui.\n`;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export interface PlanInput {
  decision: Decision;
  policy: Policy;
  current: CurrentState;
  problems: readonly string[];
  /** Whether this run may post reminders (the scheduled run does; event runs do not). */
  remind: boolean;
}

export function plan({ decision, policy, current, problems, remind }: PlanInput): Plan {
  const result: Plan = { deleteComments: [], removeLabels: [], addLabels: [] };

  const status = statusFor(decision);
  if (!current.status || current.status.state !== status.state || current.status.description !== status.description) {
    result.status = status;
  }

  const ours = current.comments.filter((c) => policy.gate_bot.some((b) => same(b, c.author)));
  const sticky = ours.filter((c) => c.body.startsWith(STICKY_MARKER)).sort((a, b) => a.id - b.id);
  const body = stickyBody(decision, problems);
  const [keep, ...duplicates] = sticky;
  if (!keep) result.comment = { kind: 'create', body };
  else if (keep.body !== body) result.comment = { kind: 'update', id: keep.id, body };
  result.deleteComments = duplicates.map((c) => c.id);

  const present = (label: string) => current.labels.some((l) => same(l, label));
  result.removeLabels = decision.labelsToRemove.filter(present);

  // Decap's board: only for pull requests Decap manages (it labels them decap-cms/…).
  const decap = current.labels.filter((l) => l.toLowerCase().startsWith(DECAP_PREFIX));
  if (decap.length) {
    const wanted = decision.state === 'success' ? DECAP_PENDING_PUBLISH : present(DECAP_PENDING_PUBLISH) ? DECAP_PENDING_REVIEW : undefined;
    if (wanted && !(decap.length === 1 && same(decap[0]!, wanted))) {
      result.removeLabels.push(...decap.filter((l) => !same(l, wanted)));
      result.addLabels.push(wanted);
    }
  }

  const turn = turnFor(decision, policy);
  if (turn && !ours.some((c) => c.body.startsWith(turn.key))) result.turn = turn.body;
  const key = remind ? reminderKey(decision) : undefined;
  if (key && !ours.some((c) => c.body.startsWith(key))) result.reminder = reminderFor(decision, policy, key);
  return result;
}
