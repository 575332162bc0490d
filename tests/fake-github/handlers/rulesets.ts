// Repository rulesets: list, get, create, update. Stored as sent; GitHub's answer shape around them.

import { bodyOf, notFound, type FakeContext, type Handler } from '../context.ts';
import { isoSeconds } from '../git.ts';
import { apiUrl, htmlUrl } from '../objects.ts';
import { paginate } from '../paginate.ts';
import { nextId, type FakeRuleset } from '../state.ts';

type RulesetInput = Partial<Omit<FakeRuleset, 'id' | 'created_at' | 'updated_at'>>;

function rulesetObject(ctx: FakeContext, r: FakeRuleset, full: boolean): Record<string, unknown> {
  const base: Record<string, unknown> = {
    id: r.id,
    name: r.name,
    target: r.target,
    source_type: 'Repository',
    source: `${ctx.state.owner}/${ctx.state.repo}`,
    enforcement: r.enforcement,
    node_id: Buffer.from(`020:RepositoryRuleset${r.id}`).toString('base64'),
    _links: {
      self: { href: apiUrl(ctx, `/rulesets/${r.id}`) },
      html: { href: htmlUrl(ctx, `/rules/${r.id}`) },
    },
    created_at: r.created_at,
    updated_at: r.updated_at,
  };
  if (!full) return base;
  return {
    ...base,
    bypass_actors: r.bypass_actors,
    current_user_can_bypass: r.bypass_actors.length > 0 ? 'always' : 'never',
    conditions: r.conditions,
    rules: r.rules,
  };
}

function findRuleset(ctx: FakeContext, id: string | undefined): FakeRuleset {
  const found = ctx.state.rulesets.get(Number(id));
  if (!found) throw notFound();
  return found;
}

export const rulesetsHandlers: Record<string, Handler> = {
  'repos/get-repo-rulesets': (ctx, req) =>
    paginate(
      req,
      [...ctx.state.rulesets.values()].map((r) => rulesetObject(ctx, r, false)),
    ),

  'repos/get-repo-ruleset': (ctx, req) => ({ status: 200, body: rulesetObject(ctx, findRuleset(ctx, req.params.ruleset_id), true) }),

  'repos/create-repo-ruleset': (ctx, req) => {
    const input = bodyOf<RulesetInput>(req);
    const now = isoSeconds(ctx.now());
    const created: FakeRuleset = {
      id: nextId(ctx.state),
      name: input.name ?? '',
      target: input.target ?? 'branch',
      enforcement: input.enforcement ?? 'disabled',
      bypass_actors: input.bypass_actors ?? [],
      conditions: input.conditions ?? null,
      rules: input.rules ?? [],
      created_at: now,
      updated_at: now,
    };
    ctx.state.rulesets.set(created.id, created);
    return { status: 201, body: rulesetObject(ctx, created, true) };
  },

  'repos/update-repo-ruleset': (ctx, req) => {
    const found = findRuleset(ctx, req.params.ruleset_id);
    const input = bodyOf<RulesetInput>(req);
    for (const key of ['name', 'target', 'enforcement', 'bypass_actors', 'conditions', 'rules'] as const) {
      if (input[key] !== undefined) Object.assign(found, { [key]: input[key] });
    }
    found.updated_at = isoSeconds(ctx.now());
    return { status: 200, body: rulesetObject(ctx, found, true) };
  },
};
