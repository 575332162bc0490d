// The frontmatter (or settings file) must match its collection's schema: the very
// schemas the site is built with, so a file that passes here also builds.
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { parseEntry, schemaFindings } from '../../frontmatter/schema.ts';
import { report, ruleContext } from '../context.ts';
import { berita, type RuleExample } from './example.ts';

const HINT = 'Perbaiki isian ini di formulir CMS atau di bagian frontmatter (antara dua baris "---") berkas.';

export const isianSkema = lintRule<Root>('laman:isian/skema', (_tree, file) => {
  const { input, parsed } = ruleContext(file);
  if (!parsed) {
    const entry = parseEntry(input.text, input.collection);
    if (!entry.ok) report(file, entry.finding.message, HINT, { line: entry.finding.line, column: 1 });
    return;
  }
  for (const f of schemaFindings(input.file, parsed, input.collection)) {
    report(file, f.field ? `${f.field}: ${f.message}` : f.message, HINT, { line: f.line, column: 1 });
  }
});

export const examples: RuleExample[] = [
  { name: 'valid berita', text: berita('Isi berita.\n'), expect: [] },
  { name: 'cleared optional fields (as Decap CMS writes them)', text: berita('Isi.\n', { gambar: "''", alt_gambar: '' }), expect: [] },
  { name: 'empty required field', text: berita('Isi.\n', { judul: '""' }), expect: ['2:1'] },
  { name: 'missing judul', text: berita('Isi.\n', { judul: undefined }), expect: ['2:1'] },
  { name: 'bad date', text: berita('Isi.\n', { tanggal: '2026-13-45' }), expect: ['3:1'] },
  { name: 'unknown key', text: berita('Isi.\n', { penyunting: 'Budi' }), expect: ['8:1'] },
  { name: 'no frontmatter', text: '# Judul\n\nIsi.\n', expect: ['1:1'] },
  { name: 'broken YAML', text: '---\njudul: [tidak ditutup\n---\nIsi\n', expect: ['3:1'] },
];
