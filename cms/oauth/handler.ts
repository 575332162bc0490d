// The login handler for node:http: GET /auth, GET /callback, GET /healthz (under the path
// of LAMAN_OAUTH_REDIRECT_URL). Decisions are in authorize.ts and callback.ts; this file
// turns a request into a Reply and writes it. The clock, randomness and fetch come in.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkCallback, readTokenAnswer } from './callback.ts';
import { decideAuthorize } from './authorize.ts';
import { loginRoutes, type LoginConfig } from './config.ts';
import { exchangeCode, type GitHubAnswer } from './github.ts';
import { COMMON_HEADERS, pageHeaders, renderHandshakePage, type Outcome } from './page.ts';
import { describeProblem, type Problem } from './problems.ts';
import { clearStateCookie, newState, readCookie, STATE_COOKIE, stateCookie } from './state.ts';

export interface LoginDeps {
  fetch: typeof fetch;
  randomBytes: (size: number) => Uint8Array;
  now: () => Date;
  /** One entry per request: never a query string, a code or a token. */
  log?: (entry: RequestLog) => void;
}

export interface RequestLog {
  time: Date;
  method: string;
  /** The path only, without the query string. */
  path: string;
  status: number;
  /** "redirect", "success", "ok", a ProblemCode, "not_found", "method_not_allowed". */
  outcome: string;
  durationMs: number;
  /** Why GitHub could not be reached, or an unexpected error: for the IT officer. */
  error?: string;
}

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
  outcome: string;
  error?: string;
}

export function createLoginHandler(config: LoginConfig, deps: LoginDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const routes = loginRoutes(config.redirectUrl);

  const page = (status: number, outcome: string, result: Outcome, cookie?: string): Reply => {
    const nonce = Buffer.from(deps.randomBytes(16)).toString('base64');
    const headers = pageHeaders(nonce);
    return { status, outcome, headers: cookie ? { ...headers, 'Set-Cookie': cookie } : headers, body: renderHandshakePage({ outcome: result, origins: config.allowedOrigins, nonce }) };
  };
  const problemPage = (problem: Problem, cookie?: string, error?: string): Reply => {
    const { status, message } = describeProblem(problem);
    return { ...page(status, problem.code, { kind: 'error', message }, cookie), ...(error ? { error } : {}) };
  };
  const text = (status: number, outcome: string, body: string, extra: Record<string, string> = {}): Reply => ({
    status,
    outcome,
    body,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...COMMON_HEADERS, ...extra },
  });

  function authorize(url: URL): Reply {
    const state = newState(deps.randomBytes);
    const decision = decideAuthorize(url.searchParams, config, state);
    if (decision.kind === 'refuse') return problemPage(decision.problem);
    return { status: 302, outcome: 'redirect', body: '', headers: { Location: decision.location, 'Set-Cookie': stateCookie(state), ...COMMON_HEADERS } };
  }

  async function callback(url: URL, cookieHeader: string | undefined): Promise<Reply> {
    const clear = clearStateCookie();
    const decision = checkCallback(url.searchParams, readCookie(cookieHeader, STATE_COOKIE));
    if (decision.kind === 'refuse') return problemPage(decision.problem, clear);
    let answer: GitHubAnswer;
    try {
      answer = await exchangeCode(deps.fetch, {
        githubUrl: config.githubUrl,
        clientId: config.clientId,
        clientSecret: config.clientSecret,
        code: decision.code,
        redirectUri: config.redirectUrl,
        timeoutMs: config.exchangeTimeoutMs,
      });
    } catch (error) {
      return problemPage({ code: 'github_unreachable' }, clear, networkReason(error));
    }
    const result = readTokenAnswer(answer);
    if (result.kind === 'refuse') return problemPage(result.problem, clear);
    return page(200, 'success', { kind: 'success', token: result.token }, clear);
  }

  async function respond(req: IncomingMessage): Promise<Reply> {
    const url = URL.parse(req.url ?? '/', 'http://login.invalid');
    if (!url) return text(400, 'bad_request', 'Permintaan tidak valid.');
    const method = req.method ?? 'GET';
    if (url.pathname === routes.healthz || url.pathname === '/healthz') {
      return method === 'GET' || method === 'HEAD' ? text(200, 'ok', 'ok') : text(405, 'method_not_allowed', 'Metode tidak diizinkan.', { Allow: 'GET, HEAD' });
    }
    if (url.pathname !== routes.auth && url.pathname !== routes.callback) return text(404, 'not_found', 'Halaman tidak ditemukan.');
    if (method !== 'GET') return text(405, 'method_not_allowed', 'Metode tidak diizinkan.', { Allow: 'GET' });
    return url.pathname === routes.auth ? authorize(url) : callback(url, req.headers.cookie);
  }

  return (req, res) => {
    const started = deps.now();
    const log = (status: number, outcome: string, error?: string) =>
      deps.log?.({
        time: started,
        method: req.method ?? 'GET',
        path: pathOnly(req.url),
        status,
        outcome,
        durationMs: deps.now().getTime() - started.getTime(),
        ...(error ? { error } : {}),
      });
    respond(req)
      .catch((error: unknown) => problemPage({ code: 'internal_error' }, undefined, errorText(error)))
      .then((reply) => {
        res.writeHead(reply.status, reply.headers);
        res.end(req.method === 'HEAD' ? undefined : reply.body);
        log(reply.status, reply.outcome, reply.error);
      })
      .catch((error: unknown) => {
        // The answer could not be written (the browser went away): drop the connection.
        res.destroy();
        log(500, 'internal_error', errorText(error));
      });
  };
}

/** For the log: the path without its query, cut short, with no control characters. */
export function pathOnly(rawUrl: string | undefined): string {
  const raw = rawUrl ?? '/';
  const q = raw.search(/[?#]/);
  const path = q < 0 ? raw : raw.slice(0, q);
  const clean = path.replace(/[^\x21-\x7e]/g, '?');
  return clean.length > 100 ? `${clean.slice(0, 100)}…` : clean;
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timeout';
  if (typeof cause?.code === 'string') return cause.code;
  return errorText(error);
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
