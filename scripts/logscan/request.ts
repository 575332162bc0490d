// What the scenarios look at in a request's target: lower-cased and URL-decoded (twice, so
// %252e%252e is seen as ../), its path, and whether it is a static asset. It depends on the
// target alone, so the scanner builds it once per distinct target (scanner.ts).

export interface RequestView {
  /** Decoded, lower-cased path (no query). */
  path: string;
  /** Decoded, lower-cased target (path and query; '+' read as a space). */
  decoded: string;
  /** A file a page loads (script, style, image, font, document, search index), not a page. */
  isStatic: boolean;
}

const HEX = /%([0-9a-f]{2})/g;
const NGINX_ESCAPE = /\\x([0-9a-f]{2})/g;

/** Percent-decoding that never throws (attack strings are often invalid UTF-8 or half-encoded). */
function percentDecode(s: string): string {
  if (!s.includes('%')) return s;
  return s.replace(HEX, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** nginx logs `"` and control bytes inside quoted fields as \x22 etc. (escape=default). */
export function unescapeLogged(s: string): string {
  return s.includes('\\x') ? s.replace(NGINX_ESCAPE, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

export function decodeTarget(target: string): string {
  const lower = unescapeLogged(target.toLowerCase());
  const once = percentDecode(lower.includes('+') ? lower.replace(/\+/g, ' ') : lower);
  return percentDecode(once).toLowerCase();
}

// Extensions of files pages load; CrowdSec's http-crawl-non_statics ignores the same kind.
const STATIC_EXTENSIONS = new Set([
  'js', 'mjs', 'css', 'map', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg', 'ico', 'bmp', 'tif', 'tiff',
  'woff', 'woff2', 'ttf', 'otf', 'eot', 'pdf', 'mp4', 'webm', 'mp3', 'wasm', 'pf_meta', 'pf_index', 'pf_fragment', 'pagefind', 'webmanifest',
]);
// Laman's own asset folders: hashed build assets, search index, uploaded files, the CMS (Decap, static files).
const STATIC_PREFIXES = ['/_astro/', '/pagefind/', '/berkas/', '/admin/'];

export function isStaticPath(path: string): boolean {
  for (const prefix of STATIC_PREFIXES) if (path.startsWith(prefix) && path.length > prefix.length) return true;
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash && STATIC_EXTENSIONS.has(path.slice(dot + 1));
}

export function viewTarget(target: string): RequestView {
  const decoded = decodeTarget(target);
  const q = decoded.indexOf('?');
  const path = q < 0 ? decoded : decoded.slice(0, q);
  return { path, decoded, isStatic: isStaticPath(path) };
}
