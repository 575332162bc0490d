// plan(): what the gate changes on a pull request, from a decision and what is there now.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decide } from '../decide.ts';
import { parsePolicy } from '../policy.ts';
import { buildSnapshot, commit, LABEL, labeled, routineEvents, type SnapshotParts } from '../snapshot-builder.ts';
import { isEmptyPlan, plan, statusFor, STICKY_MARKER, stickyBody, type CurrentState } from './plan.ts';

const policyText = readFileSync(new URL('../../../cms/editorial.yml', import.meta.url), 'utf8');
const policy = parsePolicy(policyText);
const decision = (parts: Omit<SnapshotParts, 'policyText'>) => decide(buildSnapshot({ ...parts, policyText }), policy);

const complete = decision({ labelEvents: routineEvents() });
const pending = decision({ labelEvents: routineEvents().slice(0, 2) });
const voided = decision({ labelEvents: routineEvents(), commits: [commit(0), commit(50)], now: 55 });

function current(partial: Partial<CurrentState> = {}): CurrentState {
  return { headSha: 'c000000aaaaaaaa', headRef: 'cms/berita/x', labels: [], comments: [], ...partial };
}

describe('plan', () => {
  it('a fresh pull request gets a status and a new sticky comment', () => {
    const p = plan({ decision: pending, policy, current: current(), problems: [], remind: false });
    expect(p.status).toEqual({ state: 'pending', description: 'Menunggu Editor (@budi atau @citra)' });
    expect(p.comment).toEqual({ kind: 'create', body: `${STICKY_MARKER}\n${pending.summary}` });
  });

  it('changes nothing when the status and the comment already say the same', () => {
    const body = stickyBody(complete, []);
    const p = plan({
      decision: complete,
      policy,
      current: current({
        labels: ['decap-cms/pending_publish'],
        status: { ...statusFor(complete), targetUrl: null },
        comments: [{ id: 5, author: 'github-actions[bot]', body }],
      }),
      problems: [],
      remind: false,
    });
    expect(isEmptyPlan(p)).toBe(true);
  });

  it('trusts only sticky comments written by the gate: a copy by someone else is not updated', () => {
    const fake = { id: 3, author: 'mallory', body: `${STICKY_MARKER}\n**Status: lengkap.**` };
    const p = plan({ decision: pending, policy, current: current({ comments: [fake] }), problems: [], remind: false });
    expect(p.comment?.kind).toBe('create');
  });

  it('keeps the oldest of two sticky comments and deletes the other', () => {
    const body = stickyBody(pending, []);
    const p = plan({
      decision: pending,
      policy,
      current: current({ comments: [{ id: 9, author: 'github-actions[bot]', body }, { id: 4, author: 'github-actions[bot]', body }] }),
      problems: [],
      remind: false,
    });
    expect(p.comment).toBeUndefined();
    expect(p.deleteComments).toEqual([9]);
  });

  it('moves Decap to pending_publish on success and back to pending_review when an approval is voided', () => {
    const done = plan({ decision: complete, policy, current: current({ labels: ['decap-cms/pending_review', ...Object.values(LABEL).slice(0, 4)] }), problems: [], remind: false });
    expect(done.removeLabels).toEqual(['decap-cms/pending_review']);
    expect(done.addLabels).toEqual(['decap-cms/pending_publish']);

    const back = plan({ decision: voided, policy, current: current({ labels: ['decap-cms/pending_publish', ...Object.values(LABEL).slice(0, 4)] }), problems: [], remind: false });
    expect(back.addLabels).toEqual(['decap-cms/pending_review']);
    expect(back.removeLabels).toEqual(expect.arrayContaining(['decap-cms/pending_publish', LABEL.operator, LABEL.pj]));
    expect(back.status?.state).toBe('pending');
  });

  it('leaves Decap labels alone on pull requests Decap does not manage, and while a draft is pending', () => {
    expect(plan({ decision: complete, policy, current: current({ labels: Object.values(LABEL).slice(0, 4) }), problems: [], remind: false }).addLabels).toEqual([]);
    expect(plan({ decision: pending, policy, current: current({ labels: ['decap-cms/draft'] }), problems: [], remind: false }).addLabels).toEqual([]);
  });

  it('removes only labels that are on the pull request', () => {
    const bad = decision({ labelEvents: [labeled(LABEL.operator, 'ani', 10), labeled(LABEL.editor, 'citra', 20)] });
    expect(bad.labelsToRemove).toEqual([LABEL.editor]);
    expect(plan({ decision: bad, policy, current: current({ labels: [LABEL.operator, LABEL.editor] }), problems: [], remind: false }).removeLabels).toEqual([LABEL.editor]);
    expect(plan({ decision: bad, policy, current: current({ labels: [LABEL.operator] }), problems: [], remind: false }).removeLabels).toEqual([]);
  });

  it('reminds an overdue stage once per due time, only when asked to', () => {
    const late = decision({ labelEvents: routineEvents().slice(0, 1), now: 200 });
    const first = plan({ decision: late, policy, current: current(), problems: [], remind: true });
    expect(first.reminder).toMatch(/^<!-- laman:pengingat redaktur 2026-11-23T01:40:00.000Z -->\n\*\*Pengingat:\*\* tahap \*\*Redaktur\*\* melewati batas waktu SOP E \(2026-11-23 08\.40 WIB\)\. @budi atau @rara/);
    expect(plan({ decision: late, policy, current: current(), problems: [], remind: false }).reminder).toBeUndefined();
    const again = plan({ decision: late, policy, current: current({ comments: [{ id: 1, author: 'github-actions[bot]', body: first.reminder! }] }), problems: [], remind: true });
    expect(again.reminder).toBeUndefined();
  });

  it('mentions the people whose turn it is once per stage, never for the Operator\'s own draft', () => {
    const first = plan({ decision: pending, policy, current: current(), problems: [], remind: false });
    expect(first.turn).toMatch(/^<!-- laman:giliran editor 2026-11-23T01:50:00.000Z -->\n\*\*Giliran Editor:\*\* @budi atau @citra, mohon periksa pull request ini dan pasang label `review\/editor` bila disetujui\. Batas waktu SOP E: 2026-11-23 08\.50 WIB\.\n$/);
    const again = plan({ decision: pending, policy, current: current({ comments: [{ id: 2, author: 'github-actions[bot]', body: first.turn! }] }), problems: [], remind: false });
    expect(again.turn).toBeUndefined();

    const draft = decision({ labelEvents: [], now: 500 });
    const forDraft = plan({ decision: draft, policy, current: current(), problems: [], remind: true });
    expect(forDraft.turn).toBeUndefined();
    expect(forDraft.reminder).toBeUndefined();
  });

  it('names unreadable files in the comment', () => {
    expect(stickyBody(pending, ['content/berita/x.md:2: tanda kurung tidak ditutup'])).toContain('- content/berita/x.md:2: tanda kurung tidak ditutup');
  });
});

describe('statusFor', () => {
  it('fits GitHub\'s 140 characters and says what is awaited', () => {
    for (const d of [complete, pending, voided]) expect(statusFor(d).description.length).toBeLessThanOrEqual(140);
    expect(statusFor(complete)).toEqual({ state: 'success', description: 'Rantai penyuntingan lengkap: Operator → Redaktur → Editor → Penanggung Jawab Informasi' });
    expect(statusFor(voided)).toEqual({ state: 'pending', description: 'Menunggu Operator (@ani atau @oki)' });
  });
});
