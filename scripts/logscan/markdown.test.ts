// The visitor-activity log as Markdown, read back with the GFM parser GitHub's rendering
// follows (micromark, through remark): Indonesian headings, and request strings from the
// log that show as the very text logged, never as HTML, links, emphasis or table cells.
import type { Nodes, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import type { LogscanReport } from '../records/types.ts';
import { literal, renderMarkdown } from './markdown.ts';
import { SCENARIOS } from './scenarios.ts';

const parse = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown);

function text(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(text).join('');
  return '';
}

const HOSTILE = [
  '"GET /cari/?q=a|b|c HTTP/1.1" → 404',
  '"GET /`id`/``x`` HTTP/1.1" → 404',
  '"GET /?q=<script>alert(document.cookie)</script> HTTP/1.1" → 200',
  '"GET /<img src=x onerror=alert(1)> HTTP/1.1" → 404',
  '"GET /[klik](https://jahat.example/)![g](https://jahat.example/g.png) HTTP/1.1" → 404',
  '"GET /*tebal*_miring_~~coret~~ www.jahat.example admin@jahat.example https://jahat.example $x^2$ HTTP/1.1" → 404',
  '"GET /&lt;b&gt;&#60;i&#62;\\|\\ HTTP/1.1" → 404, user agent "<!-- -->"',
  '"GET /\u202eexe.gpj\u0000\n# judul palsu\r\n| a | b | HTTP/1.1" → 400',
];

const REPORT: LogscanReport = {
  at: '2026-11-21T12:00:00.000Z',
  files: ['/var/log/nginx/access.log', 'akses|<b>.log.gz'],
  lines: 123_456,
  malformed: 3,
  from: '2026-11-20T17:00:00.000Z',
  to: '2026-11-21T04:59:59.000Z',
  detections: [
    { scenario: 'sensitive-files', ip: '203.0.113.9', count: 1234, firstSeen: '2026-11-21T01:00:00.000Z', lastSeen: '2026-11-21T01:05:00.000Z', samples: HOSTILE.slice(0, 5) },
    { scenario: 'xss', ip: '<b>203.0.113.10</b>|x', count: 3, firstSeen: '2026-11-21T02:00:00.000Z', lastSeen: '2026-11-21T02:00:01.000Z', samples: HOSTILE.slice(5) },
  ],
  topSources: [
    { ip: '203.0.113.9', requests: 1500, scenarios: ['sensitive-files'] },
    { ip: '<b>203.0.113.10</b>|x', requests: 3, scenarios: ['xss'] },
    { ip: '10.0.0.1', requests: 2, scenarios: [] },
  ],
};

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(REPORT);
  const tree = parse(markdown);

  it('has the Indonesian headings of the visitor-activity log', () => {
    const headings: string[] = [];
    visit(tree, 'heading', (h) => void headings.push(`${'#'.repeat(h.depth)} ${text(h)}`));
    expect(headings).toEqual([
      '# Log aktivitas pengunjung',
      '## Ringkasan per skenario',
      '## Sumber teramai',
      '## Deteksi',
      '### 1. 203.0.113.9: Pencarian berkas sensitif (sensitive-files)',
      '### 2. <b>203.0.113.10</b>|x: Percobaan XSS (cross-site scripting) (xss)',
      '## Tindak lanjut',
    ]);
  });

  it('states the scan in WIB with Indonesian number formatting', () => {
    expect(markdown).toContain('- Waktu pemindaian: 2026-11-21 19:00:00 WIB');
    expect(markdown).toContain('- Periode log: 2026-11-21 00:00:00 WIB s.d. 2026-11-21 11:59:59 WIB');
    expect(markdown).toContain('- Baris dibaca: 123.456');
    expect(markdown).toContain('- Deteksi: 2 dari 2 alamat IP');
    expect(markdown).toContain('- Pertama terlihat: 2026-11-21 08:00:00 WIB');
  });

  it('keeps every table row to its columns, whatever the log held', () => {
    const tables: Table[] = [];
    visit(tree, 'table', (t) => void tables.push(t));
    expect(tables).toHaveLength(2);
    const [summary, sources] = tables as [Table, Table];
    expect(summary.children).toHaveLength(SCENARIOS.length + 1);
    expect(summary.children.every((row) => row.children.length === 5)).toBe(true);
    expect(text(summary.children.find((row) => text(row.children[1]!) === 'sensitive-files')!)).toContain('1.234');
    expect(sources.children.map((row) => row.children.map(text))).toEqual([
      ['Alamat IP', 'Permintaan', 'Skenario terdeteksi'],
      ['203.0.113.9', '1.500', 'sensitive-files'],
      ['<b>203.0.113.10</b>|x', '3', 'xss'],
      ['10.0.0.1', '2', '–'],
    ]);
  });

  it('shows each hostile sample as the text logged: no HTML, link, image or emphasis', () => {
    const kinds = new Set<string>();
    visit(tree, (node) => void kinds.add(node.type));
    const emphasis: string[] = [];
    visit(tree, 'emphasis', (e) => void emphasis.push(text(e)));
    expect(emphasis).toEqual(['combined']); // The report's own words, not the log's.
    for (const kind of ['html', 'link', 'image', 'strong', 'delete', 'inlineMath', 'math', 'linkReference', 'imageReference', 'footnoteReference', 'code', 'thematicBreak']) {
      expect(kinds, kind).not.toContain(kind);
    }
    const samples: string[] = [];
    visit(tree, 'list', (list, _index, parent) => {
      if (parent?.type === 'listItem' && text(parent).startsWith('Contoh permintaan:')) samples.push(...list.children.map(text));
    });
    // Controls and bidi overrides show as \u escapes rather than acting on the text.
    expect(samples).toEqual(HOSTILE.map((s) => s.replace(/[\u0000-\u001f\u202e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)));
  });

  it('keeps a table row whole whatever the source address field holds', () => {
    const ips = ['a|b', 'a\\|b', 'a\\\\|b', '|', '`|`', 'www.jahat.example', '<img src=x>', 'x\\', ' a ', '`'];
    const sources = ips.map((ip, i) => ({ ip, requests: 10 - i, scenarios: [] }));
    const table = parse(renderMarkdown({ ...REPORT, detections: [], topSources: sources })).children.filter((n): n is Table => n.type === 'table')[1]!;
    expect(table.children.slice(1).map((row) => row.children.length)).toEqual(ips.map(() => 3));
    // Exactly as logged, except one backslash more before a "|" after an odd run of them.
    expect(table.children.slice(1).map((row) => text(row.children[0]!))).toEqual(['a|b', 'a\\\\|b', 'a\\\\|b', '|', '`|`', 'www.jahat.example', '<img src=x>', 'x\\', ' a ', '`']);
  });

  it('names the files as given, escaped', () => {
    const files = tree.children.find((n) => n.type === 'list' && text(n).includes('Berkas log'));
    expect(text(files!)).toContain('Berkas log: /var/log/nginx/access.log, akses|<b>.log.gz');
  });

  it('says when nothing was found, and notes --since and let-go sources', () => {
    const empty = renderMarkdown(
      { at: '2026-11-21T12:00:00.000Z', files: ['-'], lines: 0, malformed: 0, detections: [], topSources: [] },
      { since: new Date('2026-11-20T17:00:00Z'), skipped: 12, evictedSources: 3 },
    );
    expect(empty).toContain('- Periode log: tidak ada baris log');
    expect(empty).toContain('- Hanya baris sejak 2026-11-21 00:00:00 WIB (12 baris lebih lama dilewati)');
    expect(empty).toContain('3 alamat yang paling lama tidak terlihat dilepas dari pemantauan');
    expect(empty).toContain('## Sumber teramai\n\nTidak ada permintaan.');
    expect(empty).toContain('## Deteksi\n\nTidak ada aktivitas mencurigakan terdeteksi.');
    expect(empty).not.toContain('Tindak lanjut');
  });
});

describe('literal', () => {
  it.each([
    ['a|b', '`a|b`'],
    ['`x`', '`` `x` ``'],
    ['a ``` b', '````a ``` b````'],
    [' a ', '`  a  `'],
    [' a', '` a`'],
    ['<script>', '`<script>`'],
    ['baris\nbaru\u202e', '`baris\\u000abaru\\u202e`'],
    ['', '(kosong)'],
  ])('%j → %j', (input, output) => {
    expect(literal(input)).toBe(output);
  });

  it('escapes "|" in a table cell', () => {
    expect(literal('a|b', { table: true })).toBe('`a\\|b`');
  });
});
