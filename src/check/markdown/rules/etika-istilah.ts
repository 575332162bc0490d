// The court's writing-ethics word list (pengaturan: etika_penulisan): terms reviewers
// want avoided, each with the preferred wording. A warning: the Redaktur decides.
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { visit } from 'unist-util-visit';
import type { EthicsTerm } from '../../context.ts';
import { topLevelRange } from '../../frontmatter/yaml.ts';
import { pointAt, report, ruleContext } from '../context.ts';
import { berita, type RuleExample } from './example.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as a whole-word, case-insensitive pattern; any run of spaces matches a space. */
const phrase = (s: string) => escape(s.trim()).replace(/\s+/g, '\\s+');

/** Occurrences of the terms in `text`: offset, length and term, skipping the term's exceptions. */
export function findTerms(text: string, terms: readonly EthicsTerm[]): { offset: number; length: number; term: EthicsTerm }[] {
  const found: { offset: number; length: number; term: EthicsTerm }[] = [];
  for (const term of terms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${phrase(term.hindari)}(?![\\p{L}\\p{N}])`, 'giu');
    const exceptions = (term.kecuali ?? []).map((k) => new RegExp(`(?<![\\p{L}\\p{N}])${phrase(k)}(?![\\p{L}\\p{N}])`, 'giu'));
    const excused: [number, number][] = [];
    for (const ex of exceptions) for (const m of text.matchAll(ex)) excused.push([m.index, m.index + m[0].length]);
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      if (excused.some(([a, b]) => a <= m.index && end <= b)) continue;
      found.push({ offset: m.index, length: m[0].length, term });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

export const etikaIstilah = lintRule<Root>('laman:etika/istilah', (tree, file) => {
  const { input, env, parsed } = ruleContext(file);
  const terms = env.settings.ethics;
  if (!terms.length || input.collection === 'pengaturan') return;
  const ranges: [number, number][] = [];
  if (parsed) {
    for (const field of ['judul', 'ringkasan']) {
      const value = topLevelRange(parsed, field)?.value;
      if (value) ranges.push(value);
    }
  }
  visit(tree, 'text', (node) => {
    const { start, end } = node.position ?? {};
    if (start?.offset !== undefined && end?.offset !== undefined) ranges.push([start.offset, end.offset]);
  });
  for (const [from, to] of ranges) {
    for (const { offset, length, term } of findTerms(input.text.slice(from, to), terms)) {
      const word = input.text.slice(from + offset, from + offset + length);
      report(
        file,
        `istilah "${word}" sebaiknya tidak dipakai${term.alasan ? `: ${term.alasan.replace(/[.\s]+$/, '')}` : ' (daftar etika penulisan pengadilan)'}.`,
        `Gunakan "${term.saran}". Daftar istilah diatur di Pengaturan Situs (etika_penulisan).`,
        pointAt(input.text, from + offset),
      );
    }
  }
});

export const examples: RuleExample[] = [
  { name: 'neutral wording', text: berita('Terdakwa hadir didampingi penasihat hukum.\n'), expect: [] },
  { name: 'allowed phrase containing the term', text: berita('Sosialisasi bagi pelaku usaha mikro.\n'), expect: [] },
  { name: 'term inside another word', text: berita('Pelakunya belum diketahui; napiun bukan kata.\n'), expect: [] },
  { name: 'term in body', text: berita('Majelis hakim mendengar keterangan pelaku.\n'), expect: ['9:36'] },
  { name: 'term in title, any case', text: berita('Isi.\n', { judul: 'Sidang Perdana Pelaku Pencurian' }), expect: ['2:23'] },
  { name: 'term split over lines', text: berita('Pendampingan bagi orang\ngila di jalanan.\n'), expect: ['9:19'] },
];
