// Decap's side of the login: backend.base_url and backend.auth_endpoint from the public
// URL of the handler (LAMAN_CMS_OAUTH_URL, e.g. https://pn-contoh.go.id/cms-login).
//
// Decap opens `${base_url}/${auth_endpoint}` and then only listens to messages whose
// origin equals base_url exactly (decap-cms-lib-auth, netlify-auth.js). An origin never
// has a path, so base_url must be the origin alone and the path goes in auth_endpoint.

export interface DecapLoginSettings {
  base_url: string;
  auth_endpoint: string;
}

export function decapLoginSettings(oauthUrl: string): DecapLoginSettings {
  const url = URL.parse(oauthUrl);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    throw new Error(`LAMAN_CMS_OAUTH_URL: "${oauthUrl}" is not the http(s) address of the login handler, e.g. https://pn-contoh.go.id/cms-login`);
  }
  const path = url.pathname.replace(/^\/+|\/+$/g, '');
  return { base_url: url.origin, auth_endpoint: path ? `${path}/auth` : 'auth' };
}
