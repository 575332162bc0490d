// Settings from the environment: defaults, and one clear line per mistake.
import { describe, expect, it } from 'vitest';
import { LoginConfigError, loginRoutes, originOf, parseLoginConfig } from './config.ts';

const ENV = {
  LAMAN_OAUTH_CLIENT_ID: 'Ov23liContoh',
  LAMAN_OAUTH_CLIENT_SECRET: 'rahasia-yang-panjang',
  LAMAN_OAUTH_ORIGINS: 'https://pn-contoh.go.id',
  LAMAN_OAUTH_REDIRECT_URL: 'https://pn-contoh.go.id/cms-login/callback',
};

function problems(env: Record<string, string | undefined>): string[] {
  try {
    parseLoginConfig(env);
  } catch (error) {
    if (error instanceof LoginConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('parseLoginConfig', () => {
  it('reads the four required settings and fills in the defaults', () => {
    expect(parseLoginConfig(ENV)).toEqual({
      clientId: 'Ov23liContoh',
      clientSecret: 'rahasia-yang-panjang',
      allowedOrigins: ['https://pn-contoh.go.id'],
      redirectUrl: 'https://pn-contoh.go.id/cms-login/callback',
      githubUrl: 'https://github.com',
      allowedScopes: ['repo', 'public_repo'],
      host: '127.0.0.1',
      port: 8787,
      exchangeTimeoutMs: 10_000,
    });
  });

  it('takes GitHub Enterprise, several origins, scopes, host and port', () => {
    const config = parseLoginConfig({
      ...ENV,
      LAMAN_OAUTH_ORIGINS: ' https://pn-contoh.go.id/ , https://cms.pn-contoh.go.id:8443 ',
      LAMAN_GITHUB_URL: 'https://github.mahkamahagung.go.id/',
      LAMAN_OAUTH_SCOPES: 'public_repo',
      LAMAN_OAUTH_HOST: '0.0.0.0',
      LAMAN_OAUTH_PORT: '9000',
    });
    expect(config).toMatchObject({
      allowedOrigins: ['https://pn-contoh.go.id', 'https://cms.pn-contoh.go.id:8443'],
      githubUrl: 'https://github.mahkamahagung.go.id',
      allowedScopes: ['public_repo'],
      host: '0.0.0.0',
      port: 9000,
    });
  });

  it('names every missing setting at once', () => {
    expect(problems({})).toEqual([
      'LAMAN_OAUTH_CLIENT_ID is not set',
      'LAMAN_OAUTH_CLIENT_SECRET is not set',
      'LAMAN_OAUTH_ORIGINS is not set',
      'LAMAN_OAUTH_REDIRECT_URL is not set',
    ]);
    expect(() => parseLoginConfig({})).toThrow(/invalid login configuration:\n {2}- LAMAN_OAUTH_CLIENT_ID is not set\n/);
  });

  it.each([
    [{ LAMAN_OAUTH_ORIGINS: '*' }, 'LAMAN_OAUTH_ORIGINS: "*" is not an origin (scheme and host only, e.g. https://pn-contoh.go.id)'],
    [{ LAMAN_OAUTH_ORIGINS: 'https://pn-contoh.go.id/admin/' }, 'LAMAN_OAUTH_ORIGINS: "https://pn-contoh.go.id/admin/" is not an origin (scheme and host only, e.g. https://pn-contoh.go.id)'],
    [{ LAMAN_OAUTH_ORIGINS: 'pn-contoh.go.id' }, 'LAMAN_OAUTH_ORIGINS: "pn-contoh.go.id" is not an origin (scheme and host only, e.g. https://pn-contoh.go.id)'],
    [{ LAMAN_OAUTH_ORIGINS: ' , ' }, 'LAMAN_OAUTH_ORIGINS lists no origin'],
    [{ LAMAN_OAUTH_REDIRECT_URL: 'http://pn-contoh.go.id/cms-login/callback' }, 'LAMAN_OAUTH_REDIRECT_URL must use https (the state cookie is Secure); http is only for 127.0.0.1'],
    [{ LAMAN_OAUTH_REDIRECT_URL: 'https://pn-contoh.go.id/cms-login/' }, 'LAMAN_OAUTH_REDIRECT_URL must end in /callback, e.g. https://pn-contoh.go.id/cms-login/callback'],
    [{ LAMAN_OAUTH_REDIRECT_URL: 'https://pn-contoh.go.id/callback?x=1' }, 'LAMAN_OAUTH_REDIRECT_URL must not have a query or fragment'],
    [{ LAMAN_GITHUB_URL: 'github.com' }, 'LAMAN_GITHUB_URL: "github.com" is not an http(s) URL'],
    [{ LAMAN_OAUTH_SCOPES: 'repo, admin org' }, 'LAMAN_OAUTH_SCOPES: "admin org" is not a GitHub scope'],
    [{ LAMAN_OAUTH_PORT: '80a' }, 'LAMAN_OAUTH_PORT: "80a" is not a port number'],
  ])('refuses %o', (change, problem) => {
    expect(problems({ ...ENV, ...change })).toEqual([problem]);
  });

  it('accepts plain http for a callback on 127.0.0.1 (tests, a local trial)', () => {
    expect(problems({ ...ENV, LAMAN_OAUTH_REDIRECT_URL: 'http://127.0.0.1:8787/callback' })).toEqual([]);
  });

  it('never prints the secret', () => {
    expect(problems({ ...ENV, LAMAN_OAUTH_PORT: 'x' }).join('\n')).not.toContain(ENV.LAMAN_OAUTH_CLIENT_SECRET);
  });
});

describe('loginRoutes', () => {
  it('puts /auth and /healthz beside the callback', () => {
    expect(loginRoutes('https://pn-contoh.go.id/cms-login/callback')).toEqual({ auth: '/cms-login/auth', callback: '/cms-login/callback', healthz: '/cms-login/healthz' });
    expect(loginRoutes('https://login.pn-contoh.go.id/callback')).toEqual({ auth: '/auth', callback: '/callback', healthz: '/healthz' });
  });
});

describe('originOf', () => {
  it.each([
    ['https://pn-contoh.go.id', 'https://pn-contoh.go.id'],
    ['https://PN-Contoh.go.id/', 'https://pn-contoh.go.id'],
    ['https://pn-contoh.go.id:443', 'https://pn-contoh.go.id'],
    ['https://pn-contoh.go.id/cms-login', undefined],
    ['null', undefined],
    ['ftp://pn-contoh.go.id', undefined],
  ])('%s → %s', (text, origin) => {
    expect(originOf(text)).toBe(origin);
  });
});
