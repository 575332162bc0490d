import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../gate/policy.ts';
import { DEFAULT_REQUIRED_CHECKS, desiredLabels, desiredRuleset, LABEL_DESCRIPTION_MAX, RULESET_NAME, stageColor, stageDescription } from './desired.ts';

const policy = parsePolicy(readFileSync(new URL('../../cms/editorial.yml', import.meta.url), 'utf8'));

describe('desired labels', () => {
  it('gives every stage of cms/editorial.yml its label, a gradient colour and an Indonesian description', () => {
    expect(desiredLabels(policy)).toEqual([
      { name: 'review/operator', color: 'c5def5', description: 'Tahap 1 rantai penyuntingan SOP E: diajukan Operator' },
      { name: 'review/redaktur', color: '97b6dc', description: 'Tahap 2 rantai penyuntingan SOP E: disetujui Redaktur' },
      { name: 'review/editor', color: '688ec3', description: 'Tahap 3 rantai penyuntingan SOP E: disetujui Editor' },
      { name: 'review/penanggung-jawab', color: '3a65aa', description: 'Tahap 4 rantai penyuntingan SOP E: disetujui Penanggung Jawab Informasi' },
      { name: 'review/ketua', color: '0b3d91', description: 'Tahap 5 rantai penyuntingan SOP E: disetujui Ketua' },
    ]);
  });

  it('keeps colours distinct and valid for any chain length', () => {
    for (let count = 3; count <= 40; count++) {
      const colours = Array.from({ length: count }, (_, i) => stageColor(i, count));
      expect(new Set(colours).size, `${count} stages`).toBe(count);
      for (const c of colours) expect(c).toMatch(/^[0-9a-f]{6}$/);
    }
  });

  it("cuts a long description to GitHub's 100 characters", () => {
    const long = stageDescription({ id: 'pemeriksa', nama: 'Pemeriksa '.repeat(12).trim() }, 1);
    expect(Array.from(long)).toHaveLength(LABEL_DESCRIPTION_MAX);
    expect(long.startsWith('Tahap 2 rantai penyuntingan SOP E: disetujui Pemeriksa')).toBe(true);
    expect(long.endsWith('…')).toBe(true);
    for (const label of desiredLabels(policy)) expect(label.description.length).toBeLessThanOrEqual(LABEL_DESCRIPTION_MAX);
  });
});

describe('desired ruleset', () => {
  it('requires pull requests and the checks, forbids deletion and force pushes, on the default branch, with no bypass', () => {
    expect(desiredRuleset({ requiredChecks: DEFAULT_REQUIRED_CHECKS })).toEqual({
      name: RULESET_NAME,
      target: 'branch',
      enforcement: 'active',
      bypass_actors: [],
      conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
      rules: [
        {
          type: 'pull_request',
          parameters: {
            allowed_merge_methods: ['merge', 'squash', 'rebase'],
            dismiss_stale_reviews_on_push: true,
            require_code_owner_review: false,
            require_last_push_approval: false,
            required_approving_review_count: 0,
            required_review_thread_resolution: false,
          },
        },
        {
          type: 'required_status_checks',
          parameters: {
            do_not_enforce_on_create: false,
            required_status_checks: [{ context: 'laman/editorial' }, { context: 'test' }, { context: 'periksa-konten' }],
            strict_required_status_checks_policy: false,
          },
        },
        { type: 'deletion' },
        { type: 'non_fast_forward' },
      ],
    });
  });

  it('takes the required checks from the options, once each', () => {
    const rules = desiredRuleset({ requiredChecks: ['laman/editorial', 'build', 'laman/editorial'] }).rules;
    const checks = rules.find((r) => r.type === 'required_status_checks');
    expect(checks?.type === 'required_status_checks' && checks.parameters.required_status_checks).toEqual([{ context: 'laman/editorial' }, { context: 'build' }]);
  });
});
