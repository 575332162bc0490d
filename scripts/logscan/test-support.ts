// Helpers for the log-scan tests: parsed lines and log text built from a few words.
import { BROWSERS, logLine } from './generate.ts';
import type { LogLine } from './parse.ts';
import { createScanner, type ScannerOptions } from './scanner.ts';

/** 21 Nov 2026 12:00:00 WIB. */
export const T0 = Date.parse('2026-11-21T05:00:00Z');
export const BROWSER = BROWSERS[0]!;

/** A parsed line: `request` is "METHOD TARGET", the protocol is added. */
export function hit(ip: string, seconds: number, request: string, status = 200, userAgent: string = BROWSER): LogLine {
  const [method = '', target = ''] = request.split(' ');
  return { ip, time: T0 + seconds * 1000, method, target, request: `${request} HTTP/1.1`, status, userAgent };
}

/** The same request as a line of the `laman` log format. */
export function hitLine(ip: string, seconds: number, request: string, status = 200, userAgent: string = BROWSER): string {
  return logLine(ip, T0 + seconds * 1000, `${request} HTTP/1.1`, status, userAgent);
}

/** Scans parsed lines and returns the totals. */
export function scan(lines: Iterable<LogLine>, options: ScannerOptions = {}) {
  const scanner = createScanner(options);
  for (const line of lines) scanner.add(line);
  return scanner.totals();
}

/** A visitor reading pages with everything each page loads, as a browser does. */
export function browsingSession(ip: string, startSeconds: number, pages: readonly string[], secondsPerPage = 20): LogLine[] {
  const out: LogLine[] = [];
  pages.forEach((page, i) => {
    const t = startSeconds + i * secondsPerPage;
    out.push(hit(ip, t, `GET ${page}`));
    for (const asset of ['/_astro/situs.A1b2C3.css', '/_astro/situs.D4e5F6.js', '/js/situs.js', '/favicon.png', '/berkas/berita/foto.webp', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.id.pagefind']) {
      out.push(hit(ip, t, `GET ${asset}`, i === 0 ? 200 : 304));
    }
  });
  return out;
}
