// GET /callback: GitHub sends the browser back with ?code=…&state=… (or ?error=…).
// Decide whether to exchange the code, then read GitHub's answer to the exchange.
import type { GitHubAnswer } from './github.ts';
import type { Problem } from './problems.ts';
import { sameState } from './state.ts';

export type CallbackDecision = { kind: 'exchange'; code: string } | { kind: 'refuse'; problem: Problem };

/** GitHub's error codes are snake_case words; anything else is not quoted back. */
const ERROR_CODE = /^[a-z_]{1,60}$/;
const safeCode = (value: string | null | undefined): string => (value && ERROR_CODE.test(value) ? value : 'tidak dikenal');

export function checkCallback(query: URLSearchParams, cookieState: string | undefined): CallbackDecision {
  if (!cookieState) return { kind: 'refuse', problem: { code: 'state_missing' } };
  if (!sameState(cookieState, query.get('state') ?? '')) return { kind: 'refuse', problem: { code: 'state_mismatch' } };
  const error = query.get('error');
  if (error === 'access_denied') return { kind: 'refuse', problem: { code: 'access_denied' } };
  if (error) return { kind: 'refuse', problem: { code: 'github_authorize_error', detail: safeCode(error) } };
  const code = query.get('code');
  if (!code) return { kind: 'refuse', problem: { code: 'code_missing' } };
  return { kind: 'exchange', code };
}

export type TokenResult = { kind: 'token'; token: string } | { kind: 'refuse'; problem: Problem };

/** GitHub answers 200 with {access_token, token_type, scope} or with {error, error_description}. */
export function readTokenAnswer(answer: GitHubAnswer): TokenResult {
  const mediaType = answer.contentType.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') return { kind: 'refuse', problem: { code: 'github_bad_answer' } };
  let body: unknown;
  try {
    body = JSON.parse(answer.body);
  } catch {
    return { kind: 'refuse', problem: { code: 'github_bad_answer' } };
  }
  if (typeof body !== 'object' || body === null) return { kind: 'refuse', problem: { code: 'github_bad_answer' } };
  const { access_token: token, token_type: type, error } = body as Record<string, unknown>;
  if (typeof error === 'string') return { kind: 'refuse', problem: { code: 'github_refused', detail: safeCode(error) } };
  if (answer.status !== 200) return { kind: 'refuse', problem: { code: 'github_bad_answer' } };
  if (typeof token !== 'string' || !token || (typeof type === 'string' && type.toLowerCase() !== 'bearer')) {
    return { kind: 'refuse', problem: { code: 'github_bad_answer' } };
  }
  return { kind: 'token', token };
}
