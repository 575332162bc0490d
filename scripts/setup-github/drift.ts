// Desired vs actual, both plain data: every difference as a drift with its Indonesian
// message, and the writes that would remove them. Pure: no octokit, no clock.
// Invariant: no drift ⇔ no action, so a second run of setup-github writes nothing.
import type { Desired, LabelSpec, RulesetBody, StatusCheck } from './desired.ts';

export interface ActualLabel {
  name: string;
  color: string;
  description: string | null;
}

export interface BypassActor {
  actor_id?: number | null;
  actor_type: string;
  bypass_mode?: string;
}

/** A rule as GitHub returns it; parameters GitHub adds later are compared too. */
export interface ActualRule {
  type: string;
  parameters?: Record<string, unknown>;
}

/** The repository ruleset named RULESET_NAME, as `repos/get-repo-ruleset` returns it. */
export interface ActualRuleset {
  id: number;
  name: string;
  target?: string;
  enforcement: string;
  /** Absent when the token may not see them (no admin rights). */
  bypass_actors?: readonly BypassActor[];
  conditions?: unknown;
  rules?: readonly ActualRule[];
}

export interface Actual {
  labels: readonly ActualLabel[];
  ruleset?: ActualRuleset;
}

export type DriftCode =
  | 'label-missing'
  | 'label-name'
  | 'label-color'
  | 'label-description'
  | 'ruleset-missing'
  | 'ruleset-enforcement'
  | 'ruleset-target'
  | 'ruleset-branches'
  | 'ruleset-bypass'
  | 'rule-missing'
  | 'rule-extra'
  | 'rule-parameter'
  | 'check-missing'
  | 'check-extra'
  | 'check-app';

export interface Drift {
  code: DriftCode;
  kind: 'label' | 'ruleset';
  /** The label's or the ruleset's name. */
  name: string;
  /** One Indonesian line: what was found, what it should be, why it matters. */
  message: string;
  /** What a fix changes, in a word or two ("warna", "bypass"): shown after "diperbarui". */
  change: string;
}

export type Action =
  | { kind: 'create-label'; label: LabelSpec }
  | { kind: 'update-label'; currentName: string; label: LabelSpec; changes: string[] }
  | { kind: 'create-ruleset'; body: RulesetBody }
  | { kind: 'update-ruleset'; id: number; body: RulesetBody; changes: string[] };

export interface Plan {
  drifts: Drift[];
  actions: Action[];
}

export function plan(desired: Desired, actual: Actual): Plan {
  const drifts: Drift[] = [];
  const actions: Action[] = [];
  for (const label of desired.labels) {
    const found = actual.labels.find((l) => l.name.toLowerCase() === label.name.toLowerCase());
    const labelDrifts = found ? compareLabel(label, found) : [labelDrift('label-missing', label.name, 'belum ada', 'dibuat')];
    drifts.push(...labelDrifts);
    if (!found) actions.push({ kind: 'create-label', label });
    else if (labelDrifts.length) actions.push({ kind: 'update-label', currentName: found.name, label, changes: changesOf(labelDrifts) });
  }
  const rulesetDrifts = compareRuleset(desired.ruleset, actual.ruleset);
  drifts.push(...rulesetDrifts);
  if (!actual.ruleset) actions.push({ kind: 'create-ruleset', body: desired.ruleset });
  else if (rulesetDrifts.length) {
    actions.push({ kind: 'update-ruleset', id: actual.ruleset.id, body: keepIntegrations(desired.ruleset, actual.ruleset), changes: changesOf(rulesetDrifts) });
  }
  return { drifts, actions };
}

function changesOf(drifts: readonly Drift[]): string[] {
  return [...new Set(drifts.map((d) => d.change))];
}

// ---- labels ----

function labelDrift(code: DriftCode, name: string, what: string, change: string): Drift {
  return { code, kind: 'label', name, message: `label ${name}: ${what}`, change };
}

function compareLabel(want: LabelSpec, have: ActualLabel): Drift[] {
  const drifts: Drift[] = [];
  if (have.name !== want.name) {
    drifts.push(labelDrift('label-name', want.name, `tertulis "${have.name}", seharusnya "${want.name}" (huruf besar/kecil)`, 'nama'));
  }
  const color = have.color.replace(/^#/, '').toLowerCase();
  if (color !== want.color) drifts.push(labelDrift('label-color', want.name, `warna ${color}, seharusnya ${want.color}`, 'warna'));
  if ((have.description ?? '') !== want.description) {
    const shown = have.description ? `"${have.description}"` : '(kosong)';
    drifts.push(labelDrift('label-description', want.name, `deskripsi ${shown}, seharusnya "${want.description}"`, 'deskripsi'));
  }
  return drifts;
}

// ---- ruleset ----

const RULE_NAMES: Record<string, string> = {
  pull_request: 'pull_request (wajib lewat pull request)',
  required_status_checks: 'required_status_checks (pemeriksaan status wajib)',
  deletion: 'deletion (cabang tidak boleh dihapus)',
  non_fast_forward: 'non_fast_forward (force push dilarang)',
};

const RULE_CHANGES: Record<string, string> = {
  pull_request: 'pull request',
  required_status_checks: 'pemeriksaan wajib',
  deletion: 'larangan hapus',
  non_fast_forward: 'larangan force push',
};

/** Extra advice for a parameter a court might raise on this ruleset by hand. */
const PARAMETER_HINTS: Record<string, string> = {
  required_approving_review_count:
    'rantai label adalah review untuk konten; untuk mewajibkan review kode buat ruleset kedua atau CODEOWNERS (docs/setup-github.md)',
  require_code_owner_review: 'atur review Code Owners di ruleset kedua (docs/setup-github.md)',
};

function compareRuleset(want: RulesetBody, have: ActualRuleset | undefined): Drift[] {
  const drift = (code: DriftCode, what: string, change: string): Drift => ({
    code,
    kind: 'ruleset',
    name: want.name,
    message: `ruleset "${want.name}": ${what}`,
    change,
  });
  if (!have) {
    return [
      drift(
        'ruleset-missing',
        'belum ada: cabang utama tidak dilindungi (pull request dan pemeriksaan tidak diwajibkan, dan Decap CMS dapat menulis langsung ke cabang utama bila merge ditolak)',
        'dibuat',
      ),
    ];
  }
  const drifts: Drift[] = [];
  if (have.enforcement !== want.enforcement) {
    const what =
      have.enforcement === 'disabled'
        ? 'dinonaktifkan (enforcement: disabled), seharusnya active: aturannya tidak berlaku sama sekali'
        : `enforcement: ${have.enforcement}, seharusnya active: pelanggaran tidak dicegah`;
    drifts.push(drift('ruleset-enforcement', what, 'diaktifkan'));
  }
  if (have.target !== undefined && have.target !== want.target) {
    drifts.push(drift('ruleset-target', `berlaku untuk ${have.target}, seharusnya branch`, 'target'));
  }
  const branches = compareBranches(want, have.conditions);
  if (branches) drifts.push(drift('ruleset-branches', branches, 'cabang'));
  if (have.bypass_actors === undefined) {
    drifts.push(drift('ruleset-bypass', 'daftar bypass actor tidak terbaca (token tanpa hak admin repositori?); seharusnya kosong', 'bypass dihapus'));
  } else if (have.bypass_actors.length > 0) {
    drifts.push(
      drift(
        'ruleset-bypass',
        `ada bypass actor: ${have.bypass_actors.map(describeActor).join(', ')}; seharusnya tidak ada: siapa pun yang boleh bypass dapat menulis ke cabang utama tanpa rantai penyuntingan, juga lewat penulisan langsung Decap CMS`,
        'bypass dihapus',
      ),
    );
  }
  const haveRules = have.rules ?? [];
  for (const rule of want.rules) {
    const found = haveRules.find((r) => r.type === rule.type);
    const change = RULE_CHANGES[rule.type] ?? rule.type;
    if (!found) {
      drifts.push(drift('rule-missing', `aturan ${RULE_NAMES[rule.type] ?? rule.type} tidak ada`, change));
      continue;
    }
    if (!('parameters' in rule)) continue;
    const haveParams = found.parameters ?? {};
    const skip: string[] = [];
    if (rule.type === 'required_status_checks') {
      drifts.push(...compareChecks(rule.parameters.required_status_checks, haveParams.required_status_checks).map((c) => drift(c.code, c.what, change)));
      skip.push('required_status_checks');
    }
    for (const p of compareParameters({ ...rule.parameters }, haveParams, skip)) {
      const hint = PARAMETER_HINTS[p.key];
      drifts.push(drift('rule-parameter', `aturan ${rule.type}: ${p.key} bernilai ${p.have}, seharusnya ${p.want}${hint ? ` (${hint})` : ''}`, change));
    }
  }
  for (const rule of haveRules) {
    if (!want.rules.some((r) => r.type === rule.type)) {
      drifts.push(drift('rule-extra', `ada aturan tambahan ${rule.type}: pindahkan ke ruleset lain, setup-github menghapusnya dari ruleset ini`, 'aturan lain dihapus'));
    }
  }
  return drifts;
}

function compareBranches(want: RulesetBody, conditions: unknown): string | undefined {
  const refName = (conditions as { ref_name?: { include?: unknown; exclude?: unknown } } | null | undefined)?.ref_name;
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const include = strings(refName?.include);
  const exclude = strings(refName?.exclude);
  const { include: wantInclude, exclude: wantExclude } = want.conditions.ref_name;
  if (sameSet(include, wantInclude) && sameSet(exclude, wantExclude)) return undefined;
  const list = (xs: string[]) => `[${xs.join(', ')}]`;
  const problems: string[] = [];
  if (!include.includes('~DEFAULT_BRANCH')) problems.push('tidak berlaku pada cabang utama (~DEFAULT_BRANCH)');
  if (exclude.length) problems.push(`mengecualikan ${list(exclude)}`);
  const found = `include ${list(include)}, exclude ${list(exclude)}`;
  return `${problems.length ? `${problems.join(' dan ')}: ` : ''}kondisi cabang ${found}, seharusnya include ${list(wantInclude)} tanpa exclude`;
}

function describeActor(actor: BypassActor): string {
  const id = actor.actor_id === undefined || actor.actor_id === null ? '' : ` #${actor.actor_id}`;
  return `${actor.actor_type}${id} (${actor.bypass_mode ?? 'always'})`;
}

function compareChecks(want: readonly StatusCheck[], have: unknown): { code: DriftCode; what: string }[] {
  const haveChecks = (Array.isArray(have) ? have : []) as Array<{ context?: unknown; integration_id?: unknown } | null>;
  const contexts = haveChecks.map((c) => c?.context).filter((c): c is string => typeof c === 'string');
  const appOf = (context: string) => haveChecks.find((c) => c?.context === context)?.integration_id;
  return [
    ...want
      .filter((c) => c.integration_id !== undefined && contexts.includes(c.context) && appOf(c.context) !== c.integration_id)
      .map((c) => ({
        code: 'check-app' as const,
        what: `pemeriksaan wajib "${c.context}" menerima status dari sumber mana pun (${show(appOf(c.context))}), seharusnya hanya dari aplikasi #${c.integration_id}: siapa pun yang dapat push dapat memalsukannya`,
      })),
    ...want
      .filter((c) => !contexts.includes(c.context))
      .map((c) => ({ code: 'check-missing' as const, what: `pemeriksaan wajib "${c.context}" tidak ada: pull request dapat digabung tanpa lulus ${c.context}` })),
    ...contexts
      .filter((c) => !want.some((w) => w.context === c))
      .map((c) => ({ code: 'check-extra' as const, what: `mewajibkan pemeriksaan "${c}" yang tidak diminta (--require-check)` })),
  ];
}

interface ParameterDifference {
  key: string;
  want: string;
  have: string;
}

/**
 * Parameters the ruleset should have, compared by value (lists as sets); parameters only
 * GitHub knows count when set to something other than an empty value.
 */
function compareParameters(want: Record<string, unknown>, have: Record<string, unknown>, skip: readonly string[]): ParameterDifference[] {
  const keys = [...new Set([...Object.keys(want), ...Object.keys(have)])].filter((k) => !skip.includes(k));
  const differences: ParameterDifference[] = [];
  for (const key of keys) {
    const w = want[key];
    const h = have[key];
    const same = key in want ? sameValue(w, h === undefined ? emptyLike(w) : h) : isEmpty(h);
    if (!same) differences.push({ key, want: key in want ? show(w) : '(tidak diisi)', have: show(h) });
  }
  return differences;
}

function emptyLike(value: unknown): unknown {
  if (typeof value === 'boolean') return false;
  if (typeof value === 'number') return 0;
  if (Array.isArray(value)) return [];
  return undefined;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === false || value === 0 || (Array.isArray(value) && value.length === 0);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return sameSet(a.map((x) => JSON.stringify(x)), b.map((x) => JSON.stringify(x)));
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
}

function show(value: unknown): string {
  if (value === undefined) return '(tidak diisi)';
  if (Array.isArray(value)) return `[${value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')}]`;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The update body, keeping an `integration_id` a court set by hand on a required check
 * (only that GitHub App's status counts): it tightens the rule, so it is not drift.
 */
function keepIntegrations(body: RulesetBody, have: ActualRuleset): RulesetBody {
  const haveChecks = have.rules?.find((r) => r.type === 'required_status_checks')?.parameters?.required_status_checks;
  const integrationOf = (context: string): number | undefined => {
    const found = (Array.isArray(haveChecks) ? haveChecks : []).find((c) => (c as { context?: unknown }).context === context) as
      | { integration_id?: unknown }
      | undefined;
    return typeof found?.integration_id === 'number' ? found.integration_id : undefined;
  };
  return {
    ...body,
    rules: body.rules.map((rule) =>
      rule.type === 'required_status_checks'
        ? {
            ...rule,
            parameters: {
              ...rule.parameters,
              required_status_checks: rule.parameters.required_status_checks.map((check) => {
                if (check.integration_id !== undefined) return check;
                const integration = integrationOf(check.context);
                return integration === undefined ? check : { ...check, integration_id: integration };
              }),
            },
          }
        : rule,
    ),
  };
}
