// Recommended lengths for titles and summaries, tighter than the schema's hard limits:
// long titles wrap badly on phones and are cut off in search results; long summaries
// are cut off in lists and as the page description.
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { topLevelRange } from '../../frontmatter/yaml.ts';
import { pointAt, report, ruleContext } from '../context.ts';
import { berita, type RuleExample } from './example.ts';

export const LENGTHS = {
  judul: { min: 10, max: 100 },
  ringkasan: { min: 40, max: 250 },
} as const;

export const isianPanjang = lintRule<Root>('laman:isian/panjang', (_tree, file) => {
  const { input, parsed, data } = ruleContext(file);
  if (!parsed || !data || input.collection === 'pengaturan') return;
  for (const [field, { min, max }] of Object.entries(LENGTHS)) {
    const value = data[field];
    if (typeof value !== 'string' || !value.trim()) continue;
    const length = [...value.trim()].length;
    if (length >= min && length <= max) continue;
    const range = topLevelRange(parsed, field);
    const place = range ? pointAt(input.text, range.value?.[0] ?? range.key) : undefined;
    if (length > max) {
      report(
        file,
        `${field} terdiri dari ${length} karakter, lebih dari ${max} yang disarankan: ${field === 'judul' ? 'judul panjang terpotong di hasil penelusuran dan sulit dibaca di ponsel' : 'ringkasan panjang terpotong di daftar dan di hasil penelusuran'}.`,
        `Persingkat ${field} menjadi paling banyak ${max} karakter; rincian cukup di isi tulisan.`,
        place,
      );
    } else {
      report(
        file,
        `${field} hanya ${length} karakter, kurang dari ${min} yang disarankan: pembaca tidak mendapat gambaran isi tulisan.`,
        `Tulis ${field} yang menjelaskan isi tulisan, paling sedikit ${min} karakter.`,
        place,
      );
    }
  }
});

export const examples: RuleExample[] = [
  { name: 'lengths within range', text: berita('Isi.\n'), expect: [] },
  { name: 'title too long', text: berita('Isi.\n', { judul: 'Rapat '.repeat(20).trim() }), expect: ['2:8'] },
  { name: 'summary too short', text: berita('Isi.\n', { ringkasan: 'Rapat.' }), expect: ['4:12'] },
];
