// The page GitHub's redirect lands on, inside Decap's popup. Its one script completes
// Decap's handshake (decap-cms-lib-auth, netlify-auth.js) with the CMS window only:
//   popup  → opener  "authorizing:github"                 (to each allowed origin)
//   opener → popup   "authorizing:github"                 (Decap echoes it)
//   popup  → opener  "authorization:github:success:{…}"   (to that origin, if allowed)
// Decap accepts these only when the popup's origin equals its backend.base_url.

export type Outcome = { kind: 'success'; token: string } | { kind: 'error'; message: string };

export const PROVIDER = 'github';

/** The message Decap parses: `authorization:github:success:{"token":…,"provider":"github"}` or `…:error:{"message":…}`. */
export function handshakeMessage(outcome: Outcome): string {
  return outcome.kind === 'success'
    ? `authorization:${PROVIDER}:success:${JSON.stringify({ token: outcome.token, provider: PROVIDER })}`
    : `authorization:${PROVIDER}:error:${JSON.stringify({ message: outcome.message })}`;
}

/**
 * Constant code: the data comes from the JSON block beside it, never spliced into the
 * script. Never posts to "*": every postMessage names an allowed origin.
 */
export const HANDSHAKE_SCRIPT = `(() => {
  const data = JSON.parse(document.getElementById('laman-oauth-data').textContent);
  const show = (id) => { document.getElementById(id).hidden = false; };
  const opener = window.opener;
  if (!opener) { show('tanpa-pembuka'); return; }
  let answered = false;
  const onMessage = (event) => {
    if (event.source !== opener || !data.origins.includes(event.origin) || event.data !== 'authorizing:${PROVIDER}') return;
    answered = true;
    window.removeEventListener('message', onMessage);
    opener.postMessage(data.message, event.origin);
  };
  window.addEventListener('message', onMessage);
  for (const origin of data.origins) opener.postMessage('authorizing:${PROVIDER}', origin);
  setTimeout(() => { if (!answered) show('tanpa-jawaban'); }, 15000);
})();`;

export interface PageInput {
  outcome: Outcome;
  /** Origins the message may go to (LAMAN_OAUTH_ORIGINS). */
  origins: readonly string[];
  nonce: string;
}

export function renderHandshakePage({ outcome, origins, nonce }: PageInput): string {
  const ok = outcome.kind === 'success';
  const data = scriptJson({ origins, message: handshakeMessage(outcome) });
  const attr = escapeHtml(nonce);
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${ok ? 'Login berhasil' : 'Login gagal'} — CMS</title>
<style nonce="${attr}">body{font:1rem/1.5 system-ui,sans-serif;margin:2rem auto;max-width:34rem;padding:0 1rem;color:#1b1b1b}h1{font-size:1.3rem}.galat{color:#8a1111}</style>
</head>
<body>
<main>
<h1>${ok ? 'Login berhasil' : 'Login gagal'}</h1>
<p id="status" role="status"${ok ? '' : ' class="galat"'}>${ok ? 'Anda sudah masuk. Jendela ini akan tertutup sendiri.' : escapeHtml(outcome.message)}</p>
<p id="tanpa-pembuka" hidden>Jendela ini harus dibuka dari tombol "Masuk dengan GitHub" di halaman CMS. Tutup jendela ini, lalu buka halaman CMS.</p>
<p id="tanpa-jawaban" hidden>Halaman CMS tidak menanggapi. Tutup jendela ini dan coba masuk lagi. Jika terus terjadi, hubungi petugas TI: alamat CMS mungkin belum terdaftar di LAMAN_OAUTH_ORIGINS.</p>
</main>
<script type="application/json" id="laman-oauth-data">${data}</script>
<script nonce="${attr}">${HANDSHAKE_SCRIPT}</script>
</body>
</html>
`;
}

/** Inline script only by nonce; nothing else loads, nothing may frame or post the page. */
export function pageHeaders(nonce: string): Record<string, string> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    ...COMMON_HEADERS,
  };
}

/**
 * On every answer. No Cross-Origin-Opener-Policy: `same-origin` would cut the popup off
 * from window.opener and the handshake could never happen.
 */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** JSON that cannot end its <script> element or start a comment inside it. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
