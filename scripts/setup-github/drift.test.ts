import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../gate/policy.ts';
import { DEFAULT_REQUIRED_CHECKS, desiredState, RULESET_NAME, type Desired } from './desired.ts';
import { plan, type Actual, type ActualRule, type ActualRuleset } from './drift.ts';

const policy = parsePolicy(readFileSync(new URL('../../cms/editorial.yml', import.meta.url), 'utf8'));
const desired: Desired = desiredState(policy, { requiredChecks: DEFAULT_REQUIRED_CHECKS });

/** The repository after a successful setup, as GitHub would answer (with its own extra fields). */
function inSync(): { labels: Actual['labels'][number][]; ruleset: ActualRuleset } {
  return {
    labels: [
      ...desired.labels.map((l) => ({ ...l, color: l.color.toUpperCase() })),
      { name: 'bug', color: 'd73a4a', description: "Something isn't working" },
    ],
    ruleset: {
      id: 42,
      name: RULESET_NAME,
      target: 'branch',
      enforcement: 'active',
      bypass_actors: [],
      conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
      rules: structuredClone(desired.ruleset.rules).map((rule): ActualRule => {
        if (rule.type === 'pull_request') return { ...rule, parameters: { ...rule.parameters, required_reviewers: [] } };
        return 'parameters' in rule ? { ...rule, parameters: { ...rule.parameters } } : rule;
      }),
    },
  };
}

/** The in-sync repository with one change made to its ruleset. */
function withRuleset(change: (r: ActualRuleset) => void): Actual {
  const actual = inSync();
  change(actual.ruleset);
  return actual;
}

function rule(r: ActualRuleset, type: string): ActualRule {
  const found = r.rules?.find((x) => x.type === type);
  if (!found) throw new Error(`no rule ${type}`);
  return found;
}

const summary = (actual: Actual) => {
  const { drifts, actions } = plan(desired, actual);
  return { drifts: drifts.map((d) => [d.code, d.message]), actions: actions.map((a) => [a.kind, 'changes' in a ? a.changes : []]) };
};

describe('plan', () => {
  it('finds nothing to do on a repository that is already set up (GitHub extras and other labels ignored)', () => {
    expect(plan(desired, inSync())).toEqual({ drifts: [], actions: [] });
  });

  it('creates every label and the ruleset on a fresh repository', () => {
    const { drifts, actions } = plan(desired, { labels: [] });
    expect(drifts.map((d) => d.message)).toEqual([
      'label review/operator: belum ada',
      'label review/redaktur: belum ada',
      'label review/editor: belum ada',
      'label review/penanggung-jawab: belum ada',
      'label review/ketua: belum ada',
      expect.stringMatching(/^ruleset "laman: rantai penyuntingan": belum ada: cabang utama tidak dilindungi/),
    ]);
    expect(actions).toEqual([...desired.labels.map((label) => ({ kind: 'create-label', label })), { kind: 'create-ruleset', body: desired.ruleset }]);
  });

  it('updates a label with the wrong colour, description or spelling, and leaves other labels alone', () => {
    const actual = inSync();
    actual.labels[1] = { name: 'review/redaktur', color: 'ededed', description: null };
    actual.labels[2] = { name: 'Review/Editor', color: desired.labels[2]!.color, description: desired.labels[2]!.description };
    expect(summary(actual)).toEqual({
      drifts: [
        ['label-color', `label review/redaktur: warna ededed, seharusnya ${desired.labels[1]!.color}`],
        ['label-description', 'label review/redaktur: deskripsi (kosong), seharusnya "Tahap 2 rantai penyuntingan SOP E: disetujui Redaktur"'],
        ['label-name', 'label review/editor: tertulis "Review/Editor", seharusnya "review/editor" (huruf besar/kecil)'],
      ],
      actions: [
        ['update-label', ['warna', 'deskripsi']],
        ['update-label', ['nama']],
      ],
    });
    const rename = plan(desired, actual).actions[1];
    expect(rename).toMatchObject({ kind: 'update-label', currentName: 'Review/Editor', label: { name: 'review/editor' } });
  });

  const rulesetCases: { name: string; change: (r: ActualRuleset) => void; code: string; message: RegExp; changes: string[] }[] = [
    {
      name: 'disabled',
      change: (r) => (r.enforcement = 'disabled'),
      code: 'ruleset-enforcement',
      message: /dinonaktifkan \(enforcement: disabled\), seharusnya active/,
      changes: ['diaktifkan'],
    },
    { name: 'only evaluated', change: (r) => (r.enforcement = 'evaluate'), code: 'ruleset-enforcement', message: /enforcement: evaluate, seharusnya active/, changes: ['diaktifkan'] },
    {
      name: 'with bypass actors',
      change: (r) => (r.bypass_actors = [{ actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always' }, { actor_id: null, actor_type: 'DeployKey', bypass_mode: 'always' }]),
      code: 'ruleset-bypass',
      message: /ada bypass actor: RepositoryRole #5 \(always\), DeployKey \(always\); seharusnya tidak ada: .*Decap CMS/,
      changes: ['bypass dihapus'],
    },
    { name: 'with unreadable bypass actors', change: (r) => delete r.bypass_actors, code: 'ruleset-bypass', message: /tidak terbaca/, changes: ['bypass dihapus'] },
    { name: 'targeting pushes', change: (r) => (r.target = 'push'), code: 'ruleset-target', message: /berlaku untuk push, seharusnya branch/, changes: ['target'] },
    {
      name: 'not on the default branch',
      change: (r) => (r.conditions = { ref_name: { include: ['refs/heads/release'], exclude: [] } }),
      code: 'ruleset-branches',
      message: /tidak berlaku pada cabang utama \(~DEFAULT_BRANCH\): kondisi cabang include \[refs\/heads\/release\], exclude \[\]/,
      changes: ['cabang'],
    },
    {
      name: 'excluding branches',
      change: (r) => (r.conditions = { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: ['refs/heads/main'] } }),
      code: 'ruleset-branches',
      message: /mengecualikan \[refs\/heads\/main\]/,
      changes: ['cabang'],
    },
    { name: 'without conditions', change: (r) => (r.conditions = null), code: 'ruleset-branches', message: /tidak berlaku pada cabang utama/, changes: ['cabang'] },
    {
      name: 'without the pull request rule',
      change: (r) => (r.rules = r.rules?.filter((x) => x.type !== 'pull_request')),
      code: 'rule-missing',
      message: /aturan pull_request \(wajib lewat pull request\) tidak ada/,
      changes: ['pull request'],
    },
    {
      name: 'without the deletion rule',
      change: (r) => (r.rules = r.rules?.filter((x) => x.type !== 'deletion')),
      code: 'rule-missing',
      message: /aturan deletion/,
      changes: ['larangan hapus'],
    },
    {
      name: 'allowing force pushes',
      change: (r) => (r.rules = r.rules?.filter((x) => x.type !== 'non_fast_forward')),
      code: 'rule-missing',
      message: /aturan non_fast_forward \(force push dilarang\) tidak ada/,
      changes: ['larangan force push'],
    },
    {
      name: 'without a required check',
      change: (r) => (rule(r, 'required_status_checks').parameters!.required_status_checks = [{ context: 'test' }, { context: 'periksa-konten' }]),
      code: 'check-missing',
      message: /pemeriksaan wajib "laman\/editorial" tidak ada/,
      changes: ['pemeriksaan wajib'],
    },
    {
      name: 'with a check nobody asked for',
      change: (r) => (rule(r, 'required_status_checks').parameters!.required_status_checks = [{ context: 'laman/editorial' }, { context: 'test' }, { context: 'periksa-konten' }, { context: 'lint' }]),
      code: 'check-extra',
      message: /mewajibkan pemeriksaan "lint" yang tidak diminta/,
      changes: ['pemeriksaan wajib'],
    },
    {
      name: 'requiring approvals on this ruleset',
      change: (r) => (rule(r, 'pull_request').parameters!.required_approving_review_count = 1),
      code: 'rule-parameter',
      message: /aturan pull_request: required_approving_review_count bernilai 1, seharusnya 0 \(.*ruleset kedua/,
      changes: ['pull request'],
    },
    {
      name: 'restricting merge methods',
      change: (r) => (rule(r, 'pull_request').parameters!.allowed_merge_methods = ['rebase']),
      code: 'rule-parameter',
      message: /allowed_merge_methods bernilai \[rebase\], seharusnya \[merge, squash, rebase\]/,
      changes: ['pull request'],
    },
    {
      name: 'with a parameter GitHub added, set',
      change: (r) => (rule(r, 'pull_request').parameters!.required_reviewers = [{ file_patterns: ['*'], minimum_approvals: 1, reviewer: { id: 1, type: 'Team' } }]),
      code: 'rule-parameter',
      message: /required_reviewers bernilai .*seharusnya \(tidak diisi\)/,
      changes: ['pull request'],
    },
    {
      name: 'with strict status checks',
      change: (r) => (rule(r, 'required_status_checks').parameters!.strict_required_status_checks_policy = true),
      code: 'rule-parameter',
      message: /strict_required_status_checks_policy bernilai true, seharusnya false/,
      changes: ['pemeriksaan wajib'],
    },
    {
      name: 'with an extra rule',
      change: (r) => (r.rules = [...(r.rules ?? []), { type: 'required_linear_history' }]),
      code: 'rule-extra',
      message: /ada aturan tambahan required_linear_history/,
      changes: ['aturan lain dihapus'],
    },
  ];

  it.each(rulesetCases)('reports a ruleset $name and plans one update', ({ change, code, message, changes }) => {
    const actual = withRuleset(change);
    const { drifts, actions } = plan(desired, actual);
    expect(drifts.map((d) => d.code)).toEqual([code]);
    expect(drifts[0]?.message).toMatch(/^ruleset "laman: rantai penyuntingan": /);
    expect(drifts[0]?.message).toMatch(message);
    expect(actions).toEqual([{ kind: 'update-ruleset', id: 42, body: desired.ruleset, changes }]);
  });

  it('lists several ruleset drifts at once and fixes them in one update', () => {
    const actual = withRuleset((r) => {
      r.enforcement = 'disabled';
      r.bypass_actors = [{ actor_id: 1, actor_type: 'OrganizationAdmin', bypass_mode: 'always' }];
    });
    expect(summary(actual)).toEqual({
      drifts: [
        ['ruleset-enforcement', expect.any(String)],
        ['ruleset-bypass', expect.any(String)],
      ],
      actions: [['update-ruleset', ['diaktifkan', 'bypass dihapus']]],
    });
  });

  it('keeps an integration_id a court set on a required check: not drift, and kept on update', () => {
    const actual = withRuleset((r) => {
      rule(r, 'required_status_checks').parameters!.required_status_checks = [
        { context: 'laman/editorial', integration_id: 15368 },
        { context: 'test', integration_id: 15368 },
        { context: 'periksa-konten', integration_id: 15368 },
      ];
    });
    expect(plan(desired, actual)).toEqual({ drifts: [], actions: [] });
    actual.ruleset!.enforcement = 'disabled';
    const [update] = plan(desired, actual).actions;
    expect(update?.kind === 'update-ruleset' && update.body.rules.find((r) => r.type === 'required_status_checks')).toEqual({
      type: 'required_status_checks',
      parameters: {
        do_not_enforce_on_create: false,
        required_status_checks: [
          { context: 'laman/editorial', integration_id: 15368 },
          { context: 'test', integration_id: 15368 },
          { context: 'periksa-konten', integration_id: 15368 },
        ],
        strict_required_status_checks_policy: false,
      },
    });
  });
});
