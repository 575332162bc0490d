// A fake GitHub OAuth server for the tests: a real node:http server on 127.0.0.1:0.
//   GET  /login/oauth/authorize     records the request and, like a user clicking
//                                   "Authorize", sends the browser back to redirect_uri
//                                   with a fresh code (or ?error=access_denied)
//   POST /login/oauth/access_token  {access_token, token_type, scope} for an issued,
//                                   unused code with the right client, secret and
//                                   redirect_uri; {error: 'bad_verification_code', …} or
//                                   {error: 'incorrect_client_credentials', …} otherwise,
//                                   with status 200 as GitHub does. Two codes misbehave:
//                                   "html" answers text/html, "hang" never answers.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeGitHubOptions {
  clientId: string;
  clientSecret: string;
}

export interface TokenRequest {
  headers: IncomingHttpHeaders;
  params: URLSearchParams;
}

export interface FakeGitHub {
  url: string;
  /** Every GET /login/oauth/authorize, in order. */
  authorizeRequests: URL[];
  /** Every POST /login/oauth/access_token, in order. */
  tokenRequests: TokenRequest[];
  /** What the next visits to /login/oauth/authorize answer. */
  authorizeAnswer: 'approve' | 'deny';
  /** A code as GitHub would put in the callback: good for one exchange. */
  issueCode(redirectUri?: string): string;
  /** The token handed out for a code, for assertions. */
  tokenFor(code: string): string;
  close(): Promise<void>;
}

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  // code → the redirect_uri it was issued for (GitHub checks the exchange repeats it)
  const issued = new Map<string, string | undefined>();
  const used = new Set<string>();
  const hanging = new Set<() => void>();
  const tokenFor = (code: string) => `gho_uji_${code}`;
  const issueCode = (redirectUri?: string) => {
    const code = randomBytes(10).toString('hex');
    issued.set(code, redirectUri);
    return code;
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const json = (body: unknown) => {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && url.pathname === '/login/oauth/authorize') {
      fake.authorizeRequests.push(url);
      const back = new URL(url.searchParams.get('redirect_uri') ?? '');
      if (fake.authorizeAnswer === 'deny') {
        back.searchParams.set('error', 'access_denied');
        back.searchParams.set('error_description', 'The user has denied your application access.');
      } else {
        back.searchParams.set('code', issueCode(back.origin + back.pathname));
      }
      back.searchParams.set('state', url.searchParams.get('state') ?? '');
      res.writeHead(302, { Location: back.href });
      res.end();
      return;
    }
    if (req.method === 'POST' && url.pathname === '/login/oauth/access_token') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        const params = new URLSearchParams(body);
        fake.tokenRequests.push({ headers: req.headers, params });
        const code = params.get('code') ?? '';
        if (code === 'hang') {
          hanging.add(() => res.destroy());
          return;
        }
        if (code === 'html') {
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
          res.end('<html><body>Sign in to GitHub</body></html>');
          return;
        }
        if (params.get('client_id') !== options.clientId || params.get('client_secret') !== options.clientSecret) {
          json({ error: 'incorrect_client_credentials', error_description: 'The client_id and/or client_secret passed are incorrect.' });
          return;
        }
        const redirectUri = issued.get(code);
        if (!issued.has(code) || used.has(code) || (redirectUri !== undefined && params.get('redirect_uri') !== redirectUri)) {
          json({ error: 'bad_verification_code', error_description: 'The code passed is incorrect or expired.', error_uri: 'https://docs.github.com/apps/oauth' });
          return;
        }
        used.add(code);
        json({ access_token: tokenFor(code), token_type: 'bearer', scope: 'repo' });
      });
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('Not Found');
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fake: FakeGitHub = {
    url: `http://127.0.0.1:${port}`,
    authorizeRequests: [],
    tokenRequests: [],
    authorizeAnswer: 'approve',
    issueCode,
    tokenFor,
    close: () =>
      new Promise<void>((resolve) => {
        for (const drop of hanging) drop();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return fake;
}
