// Text that comes from outside (a defaced page, a server's error message) goes into issue
// bodies only through these functions: it must not ping anyone (@mentions), render images or
// HTML, break out of its code block, or forge Laman's own markers (HTML comments).

const ZWSP = '\u200b';

/** One line: control characters removed, whitespace collapsed, at most `max` characters. */
export function plainText(text: string, max = 300): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** Breaks what GitHub would act on even as text: mentions, team mentions, autolinks, markers. */
function defang(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZWSP}`)
    .replace(/:\/\//g, `:/${ZWSP}/`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`)
    .replace(/<!--/g, `<!${ZWSP}--`)
    .replace(/-->/g, `--${ZWSP}>`);
}

/** Text shown as Markdown prose: defanged, then every Markdown and HTML character escaped. */
export function escapeInline(text: string, max = 300): string {
  return defang(plainText(text, max))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+\-.!|~])/g, '\\$1');
}

/** Lines shown verbatim in a fenced block whose fence is longer than any backtick run inside. */
export function codeBlock(lines: readonly string[], maxLines = 50): string {
  const shown = lines.slice(0, maxLines).map((line) => defang(plainText(line, 500)));
  if (lines.length > maxLines) shown.push(`… ${lines.length - maxLines} baris lagi tidak ditampilkan`);
  const longest = Math.max(0, ...shown.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((run) => run.length))));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${shown.join('\n') || '(tidak ada bukti tambahan)'}\n${fence}`;
}

/**
 * Lighter escaping for the site's own settings (deploy/renewals.json, changed by reviewed pull
 * requests): no HTML, links, images, emphasis or mentions, but ordinary punctuation stays as is.
 */
export function escapeText(text: string, max = 300): string {
  return defang(plainText(text, max))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]!|~])/g, '\\$1');
}
