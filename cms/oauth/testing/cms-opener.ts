// A stand-in for the CMS page: a node:http server on 127.0.0.1:0 whose page logs in the
// way Decap's GitHub backend does, with Decap's own authenticator (decap-cms-lib-auth,
// the package bundled into decap-cms): `new NetlifyAuthenticator({ base_url,
// auth_endpoint, site_id }).authenticate({ provider: 'github', scope: 'repo' }, cb)`.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const PAGE = `<!doctype html>
<html lang="id">
<meta charset="utf-8">
<title>CMS uji</title>
<script>window.DecapCmsDefaultExports = { Immutable: {} };</script>
<script src="/decap-cms-lib-auth.js"></script>
<button id="masuk">Masuk dengan GitHub</button>
<script>
  const query = new URLSearchParams(location.search);
  // Every message this window receives, whoever sends it.
  window.received = [];
  window.addEventListener('message', (event) => window.received.push({ origin: event.origin, data: String(event.data) }));
  document.getElementById('masuk').addEventListener('click', () => {
    const { NetlifyAuthenticator } = window.DecapCmsLibAuth;
    const auth = new NetlifyAuthenticator({ base_url: query.get('base_url'), auth_endpoint: query.get('auth_endpoint'), site_id: 'pn-contoh.go.id' });
    auth.authenticate({ provider: 'github', scope: 'repo' }, (err, data) => {
      window.result = err ? { error: err.toString() } : { data };
    });
  });
</script>
</html>
`;

export interface CmsOpener {
  origin: string;
  /** The page, logging in through `baseUrl` + `authEndpoint` as Decap's config would say. */
  pageUrl(baseUrl: string, authEndpoint: string): string;
  close(): Promise<void>;
}

export async function startCmsOpener(): Promise<CmsOpener> {
  const libAuth = await readFile(createRequire(import.meta.url).resolve('decap-cms-lib-auth'), 'utf8');
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/decap-cms-lib-auth.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      res.end(libAuth);
    } else if (path === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    pageUrl: (baseUrl, authEndpoint) => `${origin}/?${new URLSearchParams({ base_url: baseUrl, auth_endpoint: authEndpoint })}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
