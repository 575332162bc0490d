// Raw HTML is limited to a few harmless inline tags: anything else (script, iframe,
// style, forms, event handlers) could run code or break the page layout and
// accessibility, and escapes the review of the Markdown text.
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { visit } from 'unist-util-visit';
import { pointAt, report, ruleContext } from '../context.ts';
import { berita, type RuleExample } from './example.ts';

/** Tag → the attributes it may carry. */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
  br: [],
  sup: [],
  sub: [],
  abbr: ['title'],
  kbd: [],
  mark: [],
  small: [],
  s: [],
  del: [],
  ins: [],
  u: [],
};

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
const ATTR = /([^\s=>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g;

/** Problems in one raw HTML fragment, with their offsets inside it. */
export function htmlProblems(html: string): { offset: number; problem: string }[] {
  const problems: { offset: number; problem: string }[] = [];
  const stripped = html.replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length));
  if (/<!(?!--)|<\?/.test(stripped)) {
    problems.push({ offset: Math.max(0, stripped.search(/<!(?!--)|<\?/)), problem: 'deklarasi atau instruksi HTML' });
  }
  for (const match of stripped.matchAll(TAG)) {
    if (match[1]) continue; // a closing tag: its opening tag is reported
    const name = match[2]!.toLowerCase();
    const allowed = ALLOWED_HTML[name];
    if (!allowed) {
      problems.push({ offset: match.index, problem: `tag <${name}>` });
      continue;
    }
    for (const attr of (match[3] ?? '').matchAll(ATTR)) {
      const attrName = attr[1]!.toLowerCase();
      if (!allowed.includes(attrName)) problems.push({ offset: match.index, problem: `atribut "${attrName}" pada <${name}>` });
    }
  }
  return problems;
}

export const htmlMentah = lintRule<Root>('laman:html/mentah', (tree, file) => {
  const { input } = ruleContext(file);
  visit(tree, 'html', (node) => {
    const start = node.position?.start.offset;
    if (start === undefined) return;
    for (const { offset, problem } of htmlProblems(input.text.slice(start, node.position!.end.offset))) {
      report(
        file,
        `HTML ${problem} tidak diizinkan di isi tulisan: kode HTML dapat menjalankan skrip atau merusak tampilan dan aksesibilitas halaman.`,
        `Tulis dengan Markdown (judul ##, **tebal**, daftar, tabel, tautan). HTML yang boleh: ${Object.keys(ALLOWED_HTML).map((t) => `<${t}>`).join(', ')}.`,
        pointAt(input.text, start + offset),
      );
    }
  });
});

export const examples: RuleExample[] = [
  { name: 'allowed inline tags', text: berita('H<sub>2</sub>O, m<sup>2</sup> dan <abbr title="Pelayanan Terpadu Satu Pintu">PTSP</abbr>.<br>\n<!-- catatan redaksi -->\n'), expect: [] },
  { name: 'script block', text: berita('Isi.\n\n<script>alert(1)</script>\n'), expect: ['11:1'] },
  { name: 'event handler on an allowed tag', text: berita('Teks <mark onmouseover="alert(1)">penting</mark>.\n'), expect: ['9:6'] },
  { name: 'iframe embed', text: berita('<iframe src="https://www.youtube.com/embed/x"></iframe>\n'), expect: ['9:1'] },
];
