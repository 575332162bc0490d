import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decide, type Decision } from './decide.ts';
import { parsePolicy } from './policy.ts';
import {
  at,
  buildSnapshot,
  codeFile,
  commit,
  entry,
  LABEL,
  labeled,
  routineEvents,
  unlabeled,
  type SnapshotParts,
} from './snapshot-builder.ts';

const policyText = readFileSync(new URL('../../cms/editorial.yml', import.meta.url), 'utf8');
const policy = parsePolicy(policyText);

function run(parts: Omit<SnapshotParts, 'policyText'>, text = policyText): Decision {
  const snapshot = buildSnapshot({ ...parts, policyText: text });
  return decide(snapshot, parsePolicy(snapshot.policyText));
}

const approvedBy = (d: Decision) => Object.fromEntries(d.stages.map((s) => [s.id, s.approvedBy ?? null]));
const codes = (d: Decision) => d.violations.map((v) => v.code);

const special = [entry('content/pengumuman/banjir.md', { perhatian_khusus: true })];

interface Scenario {
  name: string;
  parts: Omit<SnapshotParts, 'policyText'>;
  state: Decision['state'];
  violations?: string[];
  labelsToRemove?: string[];
  next?: string;
  approved?: Record<string, string | null>;
}

const scenarios: Scenario[] = [
  {
    name: 'routine content completes at the Penanggung Jawab',
    parts: { labelEvents: routineEvents() },
    state: 'success',
    approved: { operator: 'ani', redaktur: 'rara', editor: 'citra', 'penanggung-jawab': 'dedi', ketua: null },
  },
  {
    name: 'a fresh content pull request waits for the Operator',
    parts: {},
    state: 'pending',
    next: 'operator',
  },
  {
    name: 'perhatian_khusus content needs the Ketua',
    parts: { labelEvents: routineEvents(), files: special },
    state: 'pending',
    next: 'ketua',
  },
  {
    name: 'perhatian_khusus content completes with the Ketua',
    parts: { labelEvents: [...routineEvents(), labeled(LABEL.ketua, 'eka', 50)], files: special },
    state: 'success',
    approved: { operator: 'ani', redaktur: 'rara', editor: 'citra', 'penanggung-jawab': 'dedi', ketua: 'eka' },
  },
  {
    name: 'unsetting perhatian_khusus in the pull request still needs the Ketua',
    parts: {
      labelEvents: routineEvents(),
      files: [{ ...entry('content/berita/x.md', {}, 'modified'), baseFrontmatter: { perhatian_khusus: true } }],
    },
    state: 'pending',
    next: 'ketua',
  },
  {
    name: 'a non-holder label does not count and is removed',
    parts: { labelEvents: [labeled(LABEL.operator, 'ani', 10), labeled(LABEL.redaktur, 'mallory', 20)] },
    state: 'failure',
    violations: ['non-holder'],
    labelsToRemove: [LABEL.redaktur],
    next: 'redaktur',
  },
  {
    name: 'an author who is no Operator cannot submit',
    parts: { author: 'mallory', labelEvents: [labeled(LABEL.operator, 'mallory', 10)] },
    state: 'failure',
    violations: ['non-holder'],
    labelsToRemove: [LABEL.operator],
  },
  {
    name: 'another Operator may submit for the author',
    parts: { author: 'mallory', labelEvents: [labeled(LABEL.operator, 'oki', 10)] },
    state: 'pending',
    next: 'redaktur',
  },
  {
    name: 'a skipped stage is out of order',
    parts: { labelEvents: [labeled(LABEL.operator, 'ani', 10), labeled(LABEL.editor, 'citra', 20)] },
    state: 'failure',
    violations: ['out-of-order'],
    labelsToRemove: [LABEL.editor],
    next: 'redaktur',
  },
  {
    name: 'the Ketua before the Penanggung Jawab is out of order',
    parts: {
      labelEvents: [labeled(LABEL.operator, 'ani', 10), labeled(LABEL.redaktur, 'rara', 20), labeled(LABEL.editor, 'citra', 30), labeled(LABEL.ketua, 'eka', 35)],
      files: special,
    },
    state: 'failure',
    violations: ['out-of-order'],
    labelsToRemove: [LABEL.ketua],
    next: 'penanggung-jawab',
  },
  {
    name: 'someone who pushed to the branch cannot approve past Operator either (a reviewer who edits the text)',
    parts: {
      pushers: ['rara'],
      labelEvents: [labeled(LABEL.operator, 'ani', 10), labeled(LABEL.redaktur, 'rara', 20)],
    },
    state: 'failure',
    violations: ['pusher-approval'],
    labelsToRemove: [LABEL.redaktur],
    next: 'redaktur',
  },
  {
    name: 'the author cannot approve past Operator, even holding the role',
    parts: {
      labelEvents: [labeled(LABEL.operator, 'budi', 10), labeled(LABEL.redaktur, 'budi', 20)],
      author: 'budi',
      teams: { 'pengadilan/operator': ['budi'], 'pengadilan/redaktur': ['budi', 'rara'], 'pengadilan/editor': ['citra'], 'pengadilan/penanggung-jawab': ['dedi'], 'pengadilan/ketua': ['eka'] },
    },
    state: 'failure',
    violations: ['self-approval'],
    labelsToRemove: [LABEL.redaktur],
    next: 'redaktur',
  },
  {
    name: 'one person cannot approve two stages',
    parts: { labelEvents: [labeled(LABEL.operator, 'ani', 10), labeled(LABEL.redaktur, 'budi', 20), labeled(LABEL.editor, 'budi', 30)] },
    state: 'failure',
    violations: ['same-person-twice'],
    labelsToRemove: [LABEL.editor],
    next: 'editor',
  },
  {
    name: 'an Operator who submitted for someone cannot also review',
    parts: {
      author: 'mallory',
      labelEvents: [labeled(LABEL.operator, 'oki', 10), labeled(LABEL.redaktur, 'oki', 20)],
      teams: { 'pengadilan/operator': ['oki'], 'pengadilan/redaktur': ['oki', 'rara'], 'pengadilan/editor': ['citra'], 'pengadilan/penanggung-jawab': ['dedi'], 'pengadilan/ketua': ['eka'] },
    },
    state: 'failure',
    violations: ['same-person-twice'],
    labelsToRemove: [LABEL.redaktur],
  },
  {
    name: 'a commit after an approval voids it and every later one',
    parts: { labelEvents: routineEvents(), commits: [commit(0), commit(45, 'beef000')] },
    state: 'pending',
    violations: [],
    labelsToRemove: [LABEL.editor, LABEL.operator, LABEL.pj, LABEL.redaktur],
    next: 'operator',
    approved: { operator: null, redaktur: null, editor: null, 'penanggung-jawab': null, ketua: null },
  },
  {
    name: 'approvals on the new commit count again after the gate removed the voided labels',
    parts: {
      commits: [commit(0), commit(45, 'beef000')],
      labelEvents: [
        ...routineEvents(),
        ...[LABEL.operator, LABEL.redaktur, LABEL.editor, LABEL.pj].map((l) => unlabeled(l, 'github-actions[bot]', 46, 'Bot')),
        ...routineEvents(50),
      ],
    },
    state: 'success',
    labelsToRemove: [],
  },
  {
    name: 'a commit in the same second as an approval voids it',
    parts: { labelEvents: routineEvents(), commits: [commit(0), { sha: 'same000', at: at(40) }] },
    state: 'pending',
    next: 'operator',
  },
  {
    name: 'removing a label withdraws the approval and the later ones',
    parts: { labelEvents: [...routineEvents(), unlabeled(LABEL.redaktur, 'rara', 45)] },
    state: 'pending',
    labelsToRemove: [LABEL.editor, LABEL.pj],
    next: 'redaktur',
    approved: { operator: 'ani', redaktur: null, editor: null, 'penanggung-jawab': null, ketua: null },
  },
  {
    name: 'a label removed and re-added counts from the re-add',
    parts: {
      labelEvents: [
        labeled(LABEL.operator, 'ani', 10),
        labeled(LABEL.editor, 'citra', 15), // too early: out of order
        unlabeled(LABEL.editor, 'github-actions[bot]', 16, 'Bot'),
        labeled(LABEL.redaktur, 'rara', 20),
        labeled(LABEL.editor, 'citra', 30), // re-added after the Redaktur: counts
        labeled(LABEL.pj, 'dedi', 40),
      ],
    },
    state: 'success',
    violations: ['out-of-order'],
    labelsToRemove: [],
  },
  {
    name: 'a re-added label that comes after a commit counts on the new commit only',
    parts: {
      commits: [commit(0), commit(25, 'beef000')],
      labelEvents: [labeled(LABEL.operator, 'ani', 10), labeled(LABEL.redaktur, 'rara', 20), unlabeled(LABEL.operator, 'ani', 26), labeled(LABEL.operator, 'ani', 27)],
    },
    state: 'pending',
    labelsToRemove: [LABEL.redaktur],
    next: 'redaktur',
    approved: { operator: 'ani', redaktur: null, editor: null, 'penanggung-jawab': null, ketua: null },
  },
  {
    name: 'labels applied by a bot count for nothing',
    parts: { labelEvents: [labeled(LABEL.operator, 'ani', 10), labeled(LABEL.redaktur, 'renovate[bot]', 20, 'Bot')] },
    state: 'failure',
    violations: ['bot-label'],
    labelsToRemove: [LABEL.redaktur],
  },
  {
    name: 'a bot login listed as a holder still counts for nothing',
    parts: {
      labelEvents: [labeled(LABEL.operator, 'helper-bot', 10, 'Bot')],
      teams: { 'pengadilan/operator': ['helper-bot'], 'pengadilan/redaktur': ['rara'], 'pengadilan/editor': ['citra'], 'pengadilan/penanggung-jawab': ['dedi'], 'pengadilan/ketua': ['eka'] },
    },
    state: 'failure',
    violations: ['bot-label'],
    labelsToRemove: [LABEL.operator],
  },
  {
    name: "the gate's own labels count for nothing",
    parts: { labelEvents: [labeled(LABEL.operator, 'ani', 10), labeled(LABEL.redaktur, 'github-actions[bot]', 20, 'Bot')] },
    state: 'failure',
    violations: ['gate-label'],
    labelsToRemove: [LABEL.redaktur],
  },
  {
    name: 'approval words in the title and body count for nothing',
    parts: {
      title: 'Disetujui Ketua: review/penanggung-jawab review/ketua',
      body: '/approve\nLGTM, sudah disetujui Redaktur, Editor dan Penanggung Jawab. review/redaktur review/editor',
    },
    state: 'pending',
    next: 'operator',
    approved: { operator: null, redaktur: null, editor: null, 'penanggung-jawab': null, ketua: null },
  },
  {
    name: 'a team member counts through the team; logins and teams compare case-insensitively',
    parts: {
      labelEvents: [labeled(LABEL.operator, 'Ani', 10), labeled('Review/Redaktur', 'RARA', 20), labeled(LABEL.editor, 'citra', 30), labeled(LABEL.pj, 'dedi', 40)],
      teams: { 'Pengadilan/Operator': ['ani'], 'pengadilan/redaktur': ['Rara'], 'pengadilan/editor': ['citra'], 'pengadilan/penanggung-jawab': ['dedi'], 'pengadilan/ketua': ['eka'] },
    },
    state: 'success',
  },
  {
    name: 'a holder of a team missing from the snapshot counts for nothing',
    parts: { labelEvents: [labeled(LABEL.operator, 'ani', 10)], teams: {} },
    state: 'failure',
    violations: ['non-holder'],
  },
  {
    name: 'content mixed with code fails and asks for a split',
    parts: { labelEvents: routineEvents(), files: [entry('content/berita/x.md'), codeFile('.github/workflows/editorial-gate.yml')] },
    state: 'failure',
    violations: ['mixed-paths'],
  },
  {
    name: 'a pull request editing the policy is judged by the base policy (and is mixed)',
    parts: {
      labelEvents: [labeled(LABEL.operator, 'ani', 10), labeled(LABEL.redaktur, 'ani', 20)],
      files: [entry('content/berita/x.md'), codeFile('cms/editorial.yml')],
    },
    state: 'failure',
    violations: ['mixed-paths', 'non-holder'],
    labelsToRemove: [LABEL.redaktur],
  },
  {
    name: 'a rename out of the content folder is mixed',
    parts: { files: [{ path: 'public/x.md', previousPath: 'content/berita/x.md', status: 'renamed' }] },
    state: 'failure',
    violations: ['mixed-paths'],
  },
  {
    name: 'a removed entry needs the chain',
    parts: { files: [{ path: 'content/berita/x.md', status: 'removed' }] },
    state: 'pending',
    next: 'operator',
  },
  {
    name: 'a pull request outside content/ is left to code review, whatever its labels',
    parts: { labelEvents: [labeled(LABEL.redaktur, 'mallory', 10)], files: [codeFile('src/pages/index.astro')] },
    state: 'outside',
    violations: [],
    labelsToRemove: [],
  },
  {
    name: 'other labels (Decap status, triage) are no concern',
    parts: { labelEvents: [labeled('decap-cms/pending_review', 'ani', 5), labeled('prioritas', 'mallory', 6), ...routineEvents()] },
    state: 'success',
    violations: [],
  },
];

describe('decide', () => {
  it.each(scenarios)('$name', (s) => {
    const d = run(s.parts);
    expect(d.state).toBe(s.state);
    if (s.violations) expect(codes(d)).toEqual(s.violations);
    if (s.labelsToRemove) expect(d.labelsToRemove).toEqual(s.labelsToRemove);
    if (s.next) expect(d.nextStage?.id).toBe(s.next);
    if (s.approved) expect(approvedBy(d)).toEqual(s.approved);
    if (s.state === 'success') expect(d.nextStage).toBeUndefined();
  });

  it('uses the base policy, not one in the pull request: a PR cannot add its author as a holder', () => {
    const headPolicy = policyText.replace('teams: [pengadilan/redaktur]', 'logins: [mallory]');
    const files = [entry('content/berita/x.md'), { path: 'cms/editorial.yml', status: 'modified' as const, frontmatter: parsePolicy(headPolicy) as unknown as Record<string, unknown> }];
    const d = run({ author: 'ani', files, labelEvents: [labeled(LABEL.operator, 'ani', 10), labeled(LABEL.redaktur, 'mallory', 20)] });
    expect(codes(d)).toEqual(['mixed-paths', 'non-holder']);
    expect(d.stages.find((s) => s.id === 'redaktur')?.approvedBy).toBeUndefined();
  });

  it('marks the voided stages and why', () => {
    const byCommit = run({ labelEvents: routineEvents(), commits: [commit(0), commit(45, 'beef000')] });
    expect(byCommit.stages.map((s) => s.voidedBy ?? null)).toEqual(['commit', 'commit', 'commit', 'commit', null]);
    expect(byCommit.summary).toContain('batal karena ada commit baru `beef000`');
    const byRemoval = run({ labelEvents: [...routineEvents(), unlabeled(LABEL.editor, 'citra', 45)] });
    expect(byRemoval.stages.map((s) => s.voidedBy ?? null)).toEqual([null, null, 'removed', 'removed', null]);
  });

  it('requires the Ketua for configured collections and categories', () => {
    const text = policyText.replace('koleksi: []', 'koleksi: [pengaturan]').replace('kategori: []', 'kategori: [Putusan]');
    expect(run({ files: [entry('content/pengaturan/situs.yml')] }, text).stages.at(-1)?.required).toBe(true);
    expect(run({ files: [entry('content/berita/x.md', { kategori: 'putusan' })] }, text).stages.at(-1)?.required).toBe(true);
    expect(run({ files: [entry('content/berita/x.md', { kategori: 'Kegiatan' })] }, text).stages.at(-1)?.required).toBe(false);
    expect(run({ files: special }, text.replace('perhatian_khusus: true #', 'perhatian_khusus: false #')).stages.at(-1)?.required).toBe(false);
  });

  it('names who may act next: holders minus the author and anyone who approved another stage', () => {
    const d = run({ labelEvents: [labeled(LABEL.operator, 'ani', 10), labeled(LABEL.redaktur, 'budi', 20)] });
    expect(d.nextStage).toEqual({ id: 'editor', nama: 'Editor', label: LABEL.editor, holders: ['citra'] });
    expect(d.summary).toContain('**Menunggu Editor:** menunggu @citra memasang label `review/editor`');
    const first = run({});
    expect(first.nextStage?.holders).toEqual(['ani', 'oki']);
    expect(first.summary).toContain('menunggu @ani atau @oki');
  });

  describe('SLA', () => {
    it('starts each stage when the previous one completed, the first at the last commit', () => {
      const d = run({ commits: [commit(0), commit(5)], labelEvents: [labeled(LABEL.operator, 'ani', 10)], now: 60 });
      const [operator, redaktur, editor, , ketua] = d.stages;
      expect(operator).toMatchObject({ slaDueAt: at(65), overdue: false });
      expect(redaktur).toMatchObject({ slaDueAt: at(40), overdue: true });
      expect(editor?.slaDueAt).toBeUndefined();
      expect(ketua).toMatchObject({ required: false, overdue: false });
      expect(ketua?.slaDueAt).toBeUndefined();
      expect(d.summary).toContain('batas waktu 2026-11-23 08.40 WIB (**terlambat**)');
    });

    it('is not overdue before the due time or once approved', () => {
      expect(run({ labelEvents: [labeled(LABEL.operator, 'ani', 10)], now: 40 }).stages[1]?.overdue).toBe(false);
      expect(run({ labelEvents: routineEvents(), now: 10_000 }).stages.some((s) => s.overdue)).toBe(false);
    });
  });

  describe('summary', () => {
    it('is an Indonesian checklist naming who approved and when', () => {
      const d = run({ labelEvents: routineEvents() });
      expect(d.summary).toContain('### Rantai penyuntingan (SOP E)');
      expect(d.summary).toContain('**Status: lengkap.**');
      expect(d.summary).toContain('- [x] **Operator** (`review/operator`): @ani, 2026-11-23 08.10 WIB');
      expect(d.summary).toContain('- [ ] ~~Ketua~~ (`review/ketua`): tidak diperlukan');
    });

    it('explains violations and removed labels', () => {
      const d = run({ labelEvents: [labeled(LABEL.operator, 'ani', 10), labeled(LABEL.redaktur, 'mallory', 20)] });
      expect(d.violations[0]?.message).toBe(
        'Label `review/redaktur` dipasang oleh @mallory, yang bukan pemegang peran Redaktur. Label ini tidak dihitung dan dihapus oleh gate.',
      );
      expect(d.summary).toContain('**Label yang dihapus gate:** `review/redaktur`');
      expect(d.summary).toContain('menunggu @budi atau @rara');
    });

    it('says why the Ketua is needed', () => {
      expect(run({ labelEvents: routineEvents(), files: special }).summary).toContain('diperlukan karena `content/pengumuman/banjir.md`: perhatian_khusus: true');
    });

    it('asks to split a mixed pull request and leaves an outside one to code review', () => {
      const mixed = run({ files: [entry('content/berita/x.md'), codeFile('package.json')] });
      expect(mixed.violations[0]?.message).toContain('Pisahkan menjadi dua pull request');
      expect(mixed.nextStage).toBeUndefined();
      const outside = run({ files: [codeFile('package.json')] });
      expect(outside.summary).toContain('tinjauan kode (code review) biasa');
      expect(outside.stages).toEqual([]);
    });
  });

  it('is pure: the same snapshot gives the same decision', () => {
    const snapshot = buildSnapshot({ policyText, labelEvents: routineEvents() });
    const copy = structuredClone(snapshot);
    expect(decide(snapshot, policy)).toEqual(decide(copy, policy));
    expect(snapshot).toEqual(copy);
  });
});
