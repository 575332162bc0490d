// What `laman setup-github` wants on the repository, as plain data: one label per stage of
// the editorial chain and one branch ruleset on the default branch. Pure: policy and
// options in, labels and the ruleset's request body out.
import { OPERATOR_ID, type Policy } from '../gate/policy.ts';

/** The ruleset Laman manages; other rulesets on the repository are left alone. */
export const RULESET_NAME = 'laman: rantai penyuntingan';

/**
 * The gate's classic commit status, the job of .github/workflows/ci.yml, and the content
 * check of .github/workflows/periksa-konten.yml (reviewers approve what they read; the
 * check makes sure what they approved also passes the writing, personal-data, image and
 * PDF rules).
 */
export const DEFAULT_REQUIRED_CHECKS: readonly string[] = ['laman/editorial', 'test', 'periksa-konten'];

/** GitHub refuses label descriptions longer than this. */
export const LABEL_DESCRIPTION_MAX = 100;

/** Gradient ends: the first stage (submission) light, the last (Ketua) dark. */
const FIRST_COLOR = 'c5def5';
const LAST_COLOR = '0b3d91';

export interface LabelSpec {
  name: string;
  /** Six lowercase hex digits, no "#". */
  color: string;
  description: string;
}

export interface StatusCheck {
  context: string;
  /** Only a status from this GitHub App counts; kept when a court set it by hand. */
  integration_id?: number;
}

export interface PullRequestParameters {
  allowed_merge_methods: ('merge' | 'squash' | 'rebase')[];
  dismiss_stale_reviews_on_push: boolean;
  require_code_owner_review: boolean;
  require_last_push_approval: boolean;
  required_approving_review_count: number;
  required_review_thread_resolution: boolean;
}

export interface StatusChecksParameters {
  do_not_enforce_on_create: boolean;
  required_status_checks: StatusCheck[];
  strict_required_status_checks_policy: boolean;
}

export type Rule =
  | { type: 'pull_request'; parameters: PullRequestParameters }
  | { type: 'required_status_checks'; parameters: StatusChecksParameters }
  | { type: 'deletion' }
  | { type: 'non_fast_forward' };

/** The body of `repos/create-repo-ruleset` and `repos/update-repo-ruleset`. */
export interface RulesetBody {
  name: string;
  target: 'branch';
  enforcement: 'active';
  /** Always empty: see desiredRuleset. */
  bypass_actors: [];
  conditions: { ref_name: { include: string[]; exclude: string[] } };
  rules: Rule[];
}

export interface Desired {
  labels: LabelSpec[];
  ruleset: RulesetBody;
}

export interface DesiredOptions {
  /** Contexts of the status checks a pull request needs before it can be merged. */
  requiredChecks: readonly string[];
  /**
   * The GitHub App whose statuses and checks alone count (integration_id). Without it anyone
   * who can push (every operator, for Decap) could post `laman/editorial: success` on their
   * own pull request through the API. Undefined: any source counts.
   */
  statusAppId?: number;
}

/** GitHub Actions' app id on github.com: statuses posted with a workflow's GITHUB_TOKEN come from it. */
export const GITHUB_ACTIONS_APP_ID = 15368;

/** The colour of stage `index` (0-based) of `count`: a gradient, distinct per position. */
export function stageColor(index: number, count: number): string {
  const t = count > 1 ? index / (count - 1) : 0;
  const channel = (hex: string, at: number) => Number.parseInt(hex.slice(at, at + 2), 16);
  return [0, 2, 4]
    .map((at) => {
      const a = channel(FIRST_COLOR, at);
      const b = channel(LAST_COLOR, at);
      return Math.round(a + (b - a) * t)
        .toString(16)
        .padStart(2, '0');
    })
    .join('');
}

/** "Tahap 2 rantai penyuntingan SOP E: disetujui Redaktur", cut to GitHub's 100 characters. */
export function stageDescription(stage: Pick<Policy['tahap'][number], 'id' | 'nama'>, index: number): string {
  const verb = stage.id === OPERATOR_ID ? 'diajukan' : 'disetujui';
  const text = `Tahap ${index + 1} rantai penyuntingan SOP E: ${verb} ${stage.nama}`;
  const chars = Array.from(text);
  return chars.length <= LABEL_DESCRIPTION_MAX ? text : `${chars.slice(0, LABEL_DESCRIPTION_MAX - 1).join('')}…`;
}

export function desiredLabels(policy: Pick<Policy, 'tahap'>): LabelSpec[] {
  return policy.tahap.map((stage, i) => ({
    name: stage.label,
    color: stageColor(i, policy.tahap.length),
    description: stageDescription(stage, i),
  }));
}

export function desiredRuleset(options: DesiredOptions): RulesetBody {
  return {
    name: RULESET_NAME,
    target: 'branch',
    enforcement: 'active',
    // No one may bypass: Decap CMS falls back to writing straight onto the branch when a
    // merge is refused, and only a ruleset without bypass refuses that write too.
    bypass_actors: [],
    conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
    rules: [
      {
        type: 'pull_request',
        parameters: {
          // Decap merges with "merge" (or "squash" with squash_merges); keep GitHub's default set.
          allowed_merge_methods: ['merge', 'squash', 'rebase'],
          dismiss_stale_reviews_on_push: true,
          require_code_owner_review: false,
          require_last_push_approval: false,
          // The label chain is the review for content; code review comes from a second
          // ruleset or CODEOWNERS (docs/setup-github.md).
          required_approving_review_count: 0,
          required_review_thread_resolution: false,
        },
      },
      {
        type: 'required_status_checks',
        parameters: {
          do_not_enforce_on_create: false,
          required_status_checks: uniqueChecks(options.requiredChecks).map((context) =>
            options.statusAppId === undefined ? { context } : { context, integration_id: options.statusAppId },
          ),
          // Content pull requests touch separate files; forcing each to be rebased on the
          // newest main would only slow the chain down.
          strict_required_status_checks_policy: false,
        },
      },
      { type: 'deletion' },
      { type: 'non_fast_forward' },
    ],
  };
}

export function desiredState(policy: Pick<Policy, 'tahap'>, options: DesiredOptions): Desired {
  return { labels: desiredLabels(policy), ruleset: desiredRuleset(options) };
}

function uniqueChecks(checks: readonly string[]): string[] {
  return [...new Set(checks.map((c) => c.trim()).filter((c) => c.length > 0))];
}
