// The one call to GitHub: exchange the code for a token. No decisions here; the answer
// is read by readTokenAnswer (callback.ts). Throws only when GitHub cannot be reached.

export interface GitHubAnswer {
  status: number;
  contentType: string;
  body: string;
}

export interface ExchangeRequest {
  githubUrl: string;
  clientId: string;
  clientSecret: string;
  code: string;
  redirectUri: string;
  timeoutMs: number;
}

export async function exchangeCode(fetchFn: typeof fetch, request: ExchangeRequest): Promise<GitHubAnswer> {
  const response = await fetchFn(`${request.githubUrl}/login/oauth/access_token`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: request.clientId, client_secret: request.clientSecret, code: request.code, redirect_uri: request.redirectUri }),
    redirect: 'error',
    signal: AbortSignal.timeout(request.timeoutMs),
  });
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: await response.text() };
}
