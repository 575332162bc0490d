// GET /auth: the popup Decap opens. Decide whether to send the browser on to GitHub.
import type { LoginConfig } from './config.ts';
import type { Problem } from './problems.ts';

export type AuthorizeDecision = { kind: 'redirect'; location: string } | { kind: 'refuse'; problem: Problem };

/** `query` as Decap sends it: provider=github&site_id=…&scope=repo. */
export function decideAuthorize(query: URLSearchParams, config: LoginConfig, state: string): AuthorizeDecision {
  const provider = query.get('provider') ?? '';
  if (provider !== 'github') return { kind: 'refuse', problem: { code: 'unsupported_provider', detail: provider } };
  const scope = query.get('scope') || config.allowedScopes[0] || 'repo';
  if (!config.allowedScopes.includes(scope)) return { kind: 'refuse', problem: { code: 'scope_not_allowed', detail: scope } };
  const params = new URLSearchParams({ client_id: config.clientId, redirect_uri: config.redirectUrl, scope, state });
  return { kind: 'redirect', location: `${config.githubUrl}/login/oauth/authorize?${params}` };
}
