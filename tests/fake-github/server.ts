// The fake GitHub: an HTTP server on 127.0.0.1 whose every request and every response is checked
// against GitHub's OpenAPI description (see description.ts). Anything the description does not
// allow is recorded as a violation; `assertNoViolations()` (call it in afterEach) fails the test.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtemp, rm, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Operation } from 'openapi-backend';
import { acceptedErrors, loadDescription, type SchemaError } from './description.ts';
import { closeRepository, git, listRefs } from './git.ts';
import { HttpError, type FakeContext, type FakeRequest, type Reply } from './context.ts';
import { handlers } from './handlers/index.ts';
import { newState, type FakeState, type FakeUser } from './state.ts';

export interface FakeGitHubOptions {
  /** A git repository (work tree or bare) to clone as the fake's repository. */
  repoDir?: string;
  /** Files of the first commit on the default branch when no repoDir is given. */
  files?: Record<string, string>;
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  /** Who may call the API; the first one is the repository owner's collaborator used by default. */
  users?: Array<{ login: string; token?: string; type?: 'User' | 'Bot' }>;
  /** Organisation teams, "org/slug" → member logins (GET /orgs/{org}/teams/{team_slug}/members). */
  teams?: Record<string, string[]>;
  /** Clock for timestamps (events, statuses, default commit dates). */
  now?: () => Date;
}

export type ViolationKind = 'unknown-operation' | 'invalid-request' | 'invalid-response' | 'not-implemented' | 'fake-error';

export interface Violation {
  kind: ViolationKind;
  method: string;
  path: string;
  operationId?: string;
  status?: number;
  errors: string[];
}

export interface RequestRecord {
  method: string;
  path: string;
  operationId?: string;
  actor?: string;
  status: number;
  /** Set when a test hook answered instead of the fake. */
  injected?: string;
  /** The documented path an undocumented one was answered as (see ALIASES). */
  alias?: string;
  /** Time the fake spent on the request (routing, validation, git), in milliseconds. */
  ms: number;
}

export type Fault =
  | 'rate-limit'
  | 'secondary-rate-limit'
  | 'server-error'
  | { status: number; body?: unknown; headers?: Record<string, string> };

export interface RequestMatch {
  method?: string;
  operationId?: string;
}

export interface FakeGitHub {
  /** API root: use as octokit's `baseUrl` and Decap's `api_root`. */
  url: string;
  /** The bare repository backing the fake. */
  dir: string;
  state: FakeState;
  /** Every request answered, in order. */
  requests: RequestRecord[];
  violations: Violation[];
  /** Error answers with a status the operation does not document (allowed, shape-checked as basic-error), and every alias used (see ALIASES). */
  notes: string[];
  /** How long loading the OpenAPI description took in this process (0 when already cached). */
  descriptionLoadMs: number;
  tokenFor(login: string): string;
  /** Throws listing every violation recorded so far. */
  assertNoViolations(): void;
  /** Returns the violations recorded so far and forgets them (for tests that provoke them). */
  takeViolations(): Violation[];
  /** The next `count` requests matching `match` are answered with `fault` instead of being handled. */
  failNext(count: number, fault: Fault, match?: RequestMatch): void;
  /** The next response matching `match` is passed through `corrupt` before validation. */
  corruptNextResponse(corrupt: (body: unknown) => unknown, match?: RequestMatch): void;
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';

/** Path parameters that may contain slashes: GitHub matches them greedily; the router does not. */
const GREEDY: RegExp[] = [
  /^(\/repos\/[^/]+\/[^/]+\/contents\/)(.+)()$/,
  /^(\/repos\/[^/]+\/[^/]+\/git\/(?:refs|ref|matching-refs|trees)\/)(.+)()$/,
  /^(\/repos\/[^/]+\/[^/]+\/commits\/)(.+)(\/status|\/statuses)$/,
];

function normalizePath(path: string): string {
  const compare = /^(\/repos\/[^/]+\/[^/]+\/compare\/)(.+?)\.\.\.(.+)$/.exec(path);
  if (compare) return `${compare[1]}${reencode(compare[2] ?? '')}...${reencode(compare[3] ?? '')}`;
  for (const pattern of GREEDY) {
    const match = pattern.exec(path);
    if (match) return `${match[1]}${reencode(match[2] ?? '')}${match[3]}`;
  }
  return path;
}

function reencode(segment: string): string {
  return encodeURIComponent(safeDecode(segment));
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Paths GitHub answers but its description omits. Each is answered *as* a documented
 * operation: routed, validated (request and response) and handled exactly like a request to
 * the documented path, so nothing escapes validation. Every use is written to `notes`
 * ("alias: GET … → git/get-ref") and to the request's `alias`. Listed in docs/fake-github.md.
 */
interface Alias {
  method: string;
  /** The undocumented path, after normalizePath (slashes in `{ref}` are percent-encoded). */
  pattern: RegExp;
  /** Why GitHub's clients call it. */
  why: string;
  /** The documented path to answer it as. */
  to(match: RegExpExecArray, dir: string): Promise<string>;
}

const ALIASES: readonly Alias[] = [
  {
    // GET git/refs/{ref}: the old read of a reference, still served by api.github.com, no
    // longer described (the description has only PATCH and DELETE on git/refs/{ref}). Decap
    // CMS reads refs/heads/cms/<fork> (open authoring) and refs/meta/_decap_cms this way.
    // GitHub answers one reference for an exact match, else an array of the references that
    // start with `ref`, else 404: git/get-ref, git/list-matching-refs, git/get-ref.
    method: 'GET',
    pattern: /^(\/repos\/[^/]+\/[^/]+\/git\/)refs\/([^/]+)$/,
    why: 'legacy GET git/refs/{ref} (Decap CMS)',
    async to(match, dir) {
      const [, prefix = '', encoded = ''] = match;
      const ref = `refs/${safeDecode(encoded).replace(/^refs\//, '')}`;
      const refs = await listRefs(dir);
      const exact = refs.some((r) => r.ref === ref);
      const partial = !exact && refs.some((r) => r.ref.startsWith(ref));
      return `${prefix}${partial ? 'matching-refs' : 'ref'}/${encoded}`;
    },
  },
];

async function resolveAlias(method: string, path: string, dir: string): Promise<string | undefined> {
  for (const alias of ALIASES) {
    if (alias.method !== method) continue;
    const match = alias.pattern.exec(path);
    if (match) return alias.to(match, dir);
  }
  return undefined;
}

/**
 * CORS as api.github.com answers it: any origin, token in the Authorization header (no
 * cookies). Browsers (Decap CMS at /admin/) call the fake from another origin, so they send a
 * preflight OPTIONS first; it is answered here, outside the description (GitHub's edge
 * answers it, not an API operation) and is not listed in `requests`.
 */
const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers':
    'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset',
};

const PREFLIGHT_HEADERS: Record<string, string> = {
  ...CORS_HEADERS,
  'access-control-allow-headers':
    'Authorization, Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-Since, Accept-Encoding, X-GitHub-OTP, X-Requested-With, User-Agent, GraphQL-Features, X-Github-Next-Global-ID, X-GitHub-Api-Version',
  'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE',
  'access-control-max-age': '86400',
  vary: 'Accept-Encoding, Accept, X-Requested-With',
};

/**
 * Path parameters by the operation's template. openapi-backend splits a segment holding two
 * parameters wrongly (`compare/{base}...{head}` gives base "main...<sha minus 3>" and head ""),
 * so the fake matches the template itself: each parameter is the shortest run without a slash.
 */
function templateParams(template: string, path: string): Record<string, string> | undefined {
  const names: string[] = [];
  const source = template
    .split(/\{([^}]+)\}/)
    .map((part, i) => {
      if (i % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(part);
      return '([^/]+?)';
    })
    .join('');
  const match = new RegExp(`^${source}$`).exec(path);
  return match ? Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? ''])) : undefined;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function formatErrors(errors: readonly SchemaError[] | null | undefined): string[] {
  return acceptedErrors(errors).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params ?? {})}`.trim());
}

function matches(match: RequestMatch | undefined, method: string, operationId: string | undefined): boolean {
  if (!match) return true;
  if (match.method && match.method.toUpperCase() !== method) return false;
  if (match.operationId && match.operationId !== operationId) return false;
  return true;
}

async function createRepository(dir: string, options: FakeGitHubOptions, defaultBranch: string): Promise<void> {
  if (options.repoDir) {
    await git(tmpdir(), ['clone', '--bare', '--quiet', options.repoDir, dir]);
    await git(dir, ['symbolic-ref', 'HEAD', `refs/heads/${defaultBranch}`]);
    return;
  }
  await git(tmpdir(), ['init', '--bare', '--quiet', `--initial-branch=${defaultBranch}`, dir]);
  const work = await mkdtemp(join(tmpdir(), 'fake-github-seed-'));
  try {
    const files = options.files ?? { 'README.md': '# Fake repository\n' };
    for (const [path, content] of Object.entries(files)) {
      await mkdir(dirname(join(work, path)), { recursive: true });
      await writeFile(join(work, path), content);
    }
    const env = {
      GIT_AUTHOR_NAME: 'seed',
      GIT_AUTHOR_EMAIL: 'seed@fake-github.test',
      GIT_COMMITTER_NAME: 'seed',
      GIT_COMMITTER_EMAIL: 'seed@fake-github.test',
      GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
      GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
    };
    await git(work, ['init', '--quiet', `--initial-branch=${defaultBranch}`]);
    await git(work, ['add', '--all']);
    await git(work, ['commit', '--quiet', '-m', 'Initial commit'], { env });
    await git(work, ['push', '--quiet', dir, `HEAD:refs/heads/${defaultBranch}`]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const description = await loadDescription();
  const { api } = description;
  const owner = options.owner ?? 'pn-contoh';
  const repoName = options.repo ?? 'situs';
  const defaultBranch = options.defaultBranch ?? 'main';
  const root = await mkdtemp(join(tmpdir(), 'fake-github-'));
  const dir = join(root, `${repoName}.git`);
  await createRepository(dir, options, defaultBranch);

  const users: FakeUser[] = (options.users ?? [{ login: 'operator' }]).map((u, i) => ({
    login: u.login,
    id: 1000 + i,
    type: u.type ?? (u.login.endsWith('[bot]') ? 'Bot' : 'User'),
    token: u.token ?? `token-${u.login}`,
  }));
  const state = newState(owner, repoName, defaultBranch, users);
  for (const [team, members] of Object.entries(options.teams ?? {})) state.teams.set(team.toLowerCase(), [...members]);
  const ctx: FakeContext = { baseUrl: '', dir, state, now: options.now ?? (() => new Date()) };

  const requests: RequestRecord[] = [];
  const violations: Violation[] = [];
  const notes: string[] = [];
  const faults: Array<{ remaining: number; fault: Fault; match?: RequestMatch }> = [];
  const corruptions: Array<{ corrupt: (body: unknown) => unknown; match?: RequestMatch }> = [];
  // One request at a time touches the repository and the state, like a single consistent server.
  let queue: Promise<unknown> = Promise.resolve();

  const send = (res: ServerResponse, reply: Reply): void => {
    const headers: Record<string, string> = {
      'x-github-request-id': `FAKE:${requests.length}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      ...reply.headers,
      ...CORS_HEADERS,
    };
    if (reply.status === 204 || reply.body === undefined) {
      res.writeHead(reply.status, headers).end();
      return;
    }
    headers['content-type'] = 'application/json; charset=utf-8';
    res.writeHead(reply.status, headers).end(JSON.stringify(reply.body));
  };

  const errorReply = (status: number, message: string): Reply => ({
    status,
    body: { message, documentation_url: DOCS, status: String(status) },
  });

  const faultReply = (fault: Fault): Reply => {
    if (fault === 'rate-limit') {
      return {
        status: 403,
        body: { message: 'API rate limit exceeded for user ID 1000.', documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api` },
        headers: {
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '5000',
          // Reset "now": octokit's throttling waits about a second, then retries.
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)),
        },
      };
    }
    if (fault === 'secondary-rate-limit') {
      return {
        status: 403,
        body: {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
        },
        headers: { 'retry-after': '1' },
      };
    }
    if (fault === 'server-error') return errorReply(502, 'Server Error');
    return { status: fault.status, body: fault.body ?? { message: `Injected ${fault.status}` }, headers: fault.headers };
  };

  /** Checks a handler's reply against the operation's responses; returns the problems found. */
  const checkResponse = (operation: Operation, reply: Reply): string[] => {
    const responses = (operation.responses ?? {}) as Record<string, { content?: Record<string, unknown> }>;
    const documented = responses[String(reply.status)] ?? responses[`${Math.floor(reply.status / 100)}XX`] ?? responses.default;
    if (!documented) {
      if (reply.status < 400) return [`status ${reply.status} is not documented for ${operation.operationId}`];
      // GitHub answers undocumented errors (401, 404…) everywhere; accept them in basic-error shape.
      notes.push(`${operation.operationId}: undocumented error status ${reply.status}`);
      const body = reply.body as { message?: unknown } | undefined;
      return typeof body?.message === 'string' ? [] : [`error ${reply.status} without a message`];
    }
    const problems: string[] = [];
    if (documented.content?.['application/json']) {
      if (reply.body === undefined) problems.push(`status ${reply.status} needs a JSON body`);
      else problems.push(...formatErrors(api.validator.validateResponse(reply.body, operation, reply.status).errors));
    } else if (reply.body !== undefined && reply.status !== 204) {
      problems.push(`status ${reply.status} is documented without a JSON body`);
    } else if (reply.status === 204 && reply.body !== undefined) {
      problems.push('204 must not have a body');
    }
    const headers = api.validator.validateResponseHeaders(reply.headers ?? {}, operation, { statusCode: reply.status });
    problems.push(...formatErrors(headers.errors));
    return problems;
  };

  /** Authenticates, dispatches to the handler and turns HttpErrors into GitHub error answers. */
  const respond = async (
    operation: Operation,
    method: string,
    path: string,
    headers: Record<string, string>,
    query: Record<string, string>,
    body: unknown,
    url: URL,
    record: RequestRecord,
    violation: (kind: ViolationKind, status: number, errors: string[]) => Reply,
  ): Promise<Reply | { violation: Reply }> => {
    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(headers.authorization ?? '');
    const actor = auth ? users.find((u) => u.token === auth[1]) : undefined;
    if (!actor) return errorReply(401, auth ? 'Bad credentials' : 'Requires authentication');
    record.actor = actor.login;
    const handler = operation.operationId ? handlers[operation.operationId] : undefined;
    if (!handler) {
      return { violation: violation('not-implemented', 501, [`${operation.operationId} is not implemented by the fake`]) };
    }
    const parsed = api.router.parseRequest({ method, path, headers, query }, operation);
    const params = Object.fromEntries(
      Object.entries(templateParams(operation.path, path) ?? ((parsed.params ?? {}) as Record<string, string>)).map(([k, v]) => [
        k,
        safeDecode(String(v)),
      ]),
    );
    const otherRepo =
      params.owner !== undefined &&
      (params.owner.toLowerCase() !== owner.toLowerCase() || params.repo?.toLowerCase() !== repoName.toLowerCase());
    if (otherRepo) return errorReply(404, 'Not Found');
    const request: FakeRequest = { operationId: operation.operationId ?? '', method, params, query, body, actor, url };
    try {
      return await handler(ctx, request);
    } catch (error) {
      if (error instanceof HttpError) {
        // Some errors are described without a body (git/delete-ref's 422): answer as described.
        const documented = (operation.responses as Record<string, { content?: unknown } | undefined> | undefined)?.[String(error.status)];
        if (documented && !documented.content) return { status: error.status };
        return errorReply(error.status, error.message);
      }
      return { violation: violation('fake-error', 500, [String((error as Error).stack ?? error)]) };
    }
  };

  const handle = async (req: IncomingMessage, baseUrl: string): Promise<{ reply: Reply; record: RequestRecord }> => {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', baseUrl);
    const undocumented = normalizePath(url.pathname);
    const aliased = await resolveAlias(method, undocumented, dir);
    const path = aliased ?? undocumented;
    const record: RequestRecord = { method, path: url.pathname, status: 0, ms: 0 };
    const violation = (kind: ViolationKind, status: number, errors: string[]): Reply => {
      violations.push({ kind, method, path: url.pathname + url.search, operationId: record.operationId, status, errors });
      return errorReply(status, `fake-github ${kind}: ${errors.join('; ')}`);
    };
    const raw = await readBody(req);
    const headers = Object.fromEntries(
      Object.entries(req.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, Array.isArray(v) ? v.join(', ') : v]])),
    );
    const query = Object.fromEntries(url.searchParams);
    const operation = api.router.matchOperation({ method, path, headers, query });
    if (!operation) {
      return { reply: violation('unknown-operation', 404, [`${method} ${url.pathname} is not in GitHub's description`]), record };
    }
    record.operationId = operation.operationId;
    if (aliased) {
      record.alias = aliased;
      notes.push(`alias: ${method} ${url.pathname} → ${operation.operationId} (${aliased})`);
    }

    let body: unknown;
    if (raw.length > 0) {
      const type = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/json' && type !== 'text/plain' && type !== '') {
        return { reply: violation('invalid-request', 415, [`content-type ${type} is not JSON`]), record };
      }
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch (error) {
        return { reply: violation('invalid-request', 400, [`body is not JSON: ${(error as Error).message}`]), record };
      }
    }
    const validation = api.validator.validateRequest({ method, path, headers, query, body }, operation);
    const requestProblems = formatErrors(validation.errors);
    if (requestProblems.length > 0) {
      return { reply: violation('invalid-request', 422, requestProblems), record };
    }

    // Faults come after request validation: a client's bad request is caught even while failing.
    const fault = faults.find((f) => f.remaining > 0 && matches(f.match, method, operation.operationId));
    if (fault) {
      fault.remaining -= 1;
      record.injected = typeof fault.fault === 'string' ? fault.fault : `status ${fault.fault.status}`;
      return { reply: faultReply(fault.fault), record };
    }

    const reply = await respond(operation, method, path, headers, query, body, url, record, violation);
    if ('violation' in reply) return { reply: reply.violation, record };
    let answer: Reply = reply;
    const corruption = corruptions.findIndex((c) => matches(c.match, method, operation.operationId));
    if (corruption !== -1) {
      const [entry] = corruptions.splice(corruption, 1);
      if (entry) answer = { ...answer, body: entry.corrupt(structuredClone(answer.body)) };
    }
    const problems = checkResponse(operation, answer);
    if (problems.length > 0) {
      return { reply: violation('invalid-response', 500, [`${answer.status} response`, ...problems]), record };
    }
    return { reply: answer, record };
  };

  const server = createServer((req, res) => {
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      res.writeHead(204, PREFLIGHT_HEADERS).end();
      return;
    }
    const job = queue.then(async () => {
      const started = performance.now();
      const { reply, record } = await handle(req, ctx.baseUrl);
      record.status = reply.status;
      record.ms = Math.round(performance.now() - started);
      requests.push(record);
      send(res, reply);
    });
    queue = job.catch((error: unknown) => {
      violations.push({ kind: 'fake-error', method: req.method ?? '', path: req.url ?? '', errors: [String(error)] });
      if (!res.headersSent) send(res, errorReply(500, 'fake-github crashed'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  ctx.baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: ctx.baseUrl,
    dir,
    state,
    requests,
    violations,
    notes,
    descriptionLoadMs: description.loadMs,
    tokenFor(login) {
      const user = users.find((u) => u.login === login);
      if (!user) throw new Error(`fake-github: no user ${login}`);
      return user.token;
    },
    assertNoViolations() {
      if (violations.length === 0) return;
      const lines = violations.map(
        (v) => `- ${v.kind} ${v.method} ${v.path}${v.operationId ? ` (${v.operationId})` : ''}: ${v.errors.join('; ')}`,
      );
      throw new Error(`fake-github: ${violations.length} violation(s) of GitHub's OpenAPI description:\n${lines.join('\n')}`);
    },
    takeViolations() {
      return violations.splice(0, violations.length);
    },
    failNext(count, fault, match) {
      faults.push({ remaining: count, fault, match });
    },
    corruptNextResponse(corrupt, match) {
      corruptions.push({ corrupt, match });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      closeRepository(dir);
      await rm(root, { recursive: true, force: true });
    },
  };
}
