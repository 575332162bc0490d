// The login handler's settings, read once from the environment at start. Parsing is
// separate from loading: `parseLoginConfig(env)` is pure and names every bad variable.

export interface LoginConfig {
  /** Client ID of the GitHub OAuth App (LAMAN_OAUTH_CLIENT_ID). */
  clientId: string;
  /** Client secret of the GitHub OAuth App (LAMAN_OAUTH_CLIENT_SECRET). Never logged. */
  clientSecret: string;
  /** CMS origins the token may be handed to, e.g. ["https://pn-contoh.go.id"] (LAMAN_OAUTH_ORIGINS). */
  allowedOrigins: string[];
  /** Public URL of the callback, registered in the OAuth App, e.g. https://pn-contoh.go.id/cms-login/callback (LAMAN_OAUTH_REDIRECT_URL). */
  redirectUrl: string;
  /** GitHub, GitHub Enterprise or a test double, without a trailing slash (LAMAN_GITHUB_URL). */
  githubUrl: string;
  /** Scopes Decap may ask for (LAMAN_OAUTH_SCOPES); the first is used when it asks for none. */
  allowedScopes: string[];
  /** Where the handler listens; nginx proxies to it (LAMAN_OAUTH_HOST, LAMAN_OAUTH_PORT). */
  host: string;
  port: number;
  /** How long the code exchange with GitHub may take. */
  exchangeTimeoutMs: number;
}

export const DEFAULTS = {
  githubUrl: 'https://github.com',
  allowedScopes: ['repo', 'public_repo'],
  host: '127.0.0.1',
  port: 8787,
  exchangeTimeoutMs: 10_000,
} as const;

/** Every setting that is wrong or missing, one per line, naming the variable. */
export class LoginConfigError extends Error {
  override name = 'LoginConfigError';
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`invalid login configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

export interface LoginRoutes {
  /** Where Decap opens the popup: `${base_url}/${auth_endpoint}`. */
  auth: string;
  /** Where GitHub sends the browser back: the path of the redirect URL. */
  callback: string;
  healthz: string;
}

/**
 * The handler's paths follow the public redirect URL, so nginx can pass the path through
 * unchanged: https://pn-contoh.go.id/cms-login/callback → /cms-login/auth, /cms-login/callback.
 */
export function loginRoutes(redirectUrl: string): LoginRoutes {
  const callback = new URL(redirectUrl).pathname;
  const base = callback.slice(0, -'/callback'.length);
  return { auth: `${base}/auth`, callback, healthz: `${base}/healthz` };
}

const SCOPE = /^[a-z_:]+$/;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function parseLoginConfig(env: Record<string, string | undefined>): LoginConfig {
  const problems: string[] = [];
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) problems.push(`${name} is not set`);
    return value ?? '';
  };

  const clientId = required('LAMAN_OAUTH_CLIENT_ID');
  const clientSecret = required('LAMAN_OAUTH_CLIENT_SECRET');

  const originsText = required('LAMAN_OAUTH_ORIGINS');
  const allowedOrigins: string[] = [];
  for (const item of originsText.split(',').map((s) => s.trim()).filter(Boolean)) {
    const origin = originOf(item);
    if (origin) allowedOrigins.push(origin);
    else problems.push(`LAMAN_OAUTH_ORIGINS: "${item}" is not an origin (scheme and host only, e.g. https://pn-contoh.go.id)`);
  }
  if (originsText && allowedOrigins.length === 0 && !problems.some((p) => p.startsWith('LAMAN_OAUTH_ORIGINS'))) {
    problems.push('LAMAN_OAUTH_ORIGINS lists no origin');
  }

  const redirectUrl = required('LAMAN_OAUTH_REDIRECT_URL');
  if (redirectUrl) {
    const url = parseUrl(redirectUrl);
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      problems.push(`LAMAN_OAUTH_REDIRECT_URL: "${redirectUrl}" is not an http(s) URL`);
    } else {
      if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
        problems.push('LAMAN_OAUTH_REDIRECT_URL must use https (the state cookie is Secure); http is only for 127.0.0.1');
      }
      if (!url.pathname.endsWith('/callback')) problems.push(`LAMAN_OAUTH_REDIRECT_URL must end in /callback, e.g. https://pn-contoh.go.id/cms-login/callback`);
      if (url.search || url.hash) problems.push('LAMAN_OAUTH_REDIRECT_URL must not have a query or fragment');
    }
  }

  const githubText = env.LAMAN_GITHUB_URL?.trim() || DEFAULTS.githubUrl;
  const github = parseUrl(githubText);
  if (!github || (github.protocol !== 'https:' && github.protocol !== 'http:')) problems.push(`LAMAN_GITHUB_URL: "${githubText}" is not an http(s) URL`);
  const githubUrl = githubText.replace(/\/+$/, '');

  const scopesText = env.LAMAN_OAUTH_SCOPES?.trim();
  const allowedScopes = scopesText ? scopesText.split(',').map((s) => s.trim()).filter(Boolean) : [...DEFAULTS.allowedScopes];
  for (const scope of allowedScopes) if (!SCOPE.test(scope)) problems.push(`LAMAN_OAUTH_SCOPES: "${scope}" is not a GitHub scope`);
  if (allowedScopes.length === 0) problems.push('LAMAN_OAUTH_SCOPES lists no scope');

  const host = env.LAMAN_OAUTH_HOST?.trim() || DEFAULTS.host;
  const portText = env.LAMAN_OAUTH_PORT?.trim();
  const port = portText ? Number(portText) : DEFAULTS.port;
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`LAMAN_OAUTH_PORT: "${portText}" is not a port number`);

  if (problems.length) throw new LoginConfigError(problems);
  return { clientId, clientSecret, allowedOrigins, redirectUrl, githubUrl, allowedScopes, host, port, exchangeTimeoutMs: DEFAULTS.exchangeTimeoutMs };
}

/** "https://pn-contoh.go.id" or "https://pn-contoh.go.id/" → the origin; anything with a path, "*" or "null" → undefined. */
export function originOf(text: string): string | undefined {
  const url = parseUrl(text);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) return undefined;
  return url.origin;
}

function parseUrl(text: string): URL | undefined {
  return URL.parse(text) ?? undefined;
}
