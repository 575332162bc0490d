// Dates must be plausible: a typo like 2062 instead of 2026 would pin an item to the top
// of every list for decades, and an announcement valid "until 2099" never expires.
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { topLevelRange } from '../../frontmatter/yaml.ts';
import { pointAt, report, ruleContext } from '../context.ts';
import { berita, type RuleExample } from './example.ts';

const DAY = 86_400_000;
/** How far ahead a publication date may lie (a scheduled announcement). */
export const MAX_DAYS_AHEAD = 30;
/** How long an announcement may stay valid. */
export const MAX_VALID_YEARS = 5;
export const EARLIEST_YEAR = 1900;

function asDate(value: unknown): Date | undefined {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

export const isianTanggal = lintRule<Root>('laman:isian/tanggal', (_tree, file) => {
  const { input, parsed, data, env } = ruleContext(file);
  if (!parsed || !data) return;
  const at = (field: string) => {
    const range = topLevelRange(parsed, field);
    return range ? pointAt(input.text, range.value?.[0] ?? range.key) : undefined;
  };
  const latest = new Date(env.now.getTime() + MAX_DAYS_AHEAD * DAY);
  for (const field of ['tanggal', 'diperbarui']) {
    const date = asDate(data[field]);
    if (!date) continue;
    if (date.getUTCFullYear() < EARLIEST_YEAR) {
      report(file, `${field} ${iso(date)} terlalu lampau: kemungkinan salah ketik tahun.`, `Periksa tahunnya; tulis tanggal sebagai TTTT-BB-HH.`, at(field));
    } else if (date > latest) {
      report(
        file,
        `${field} ${iso(date)} lebih dari ${MAX_DAYS_AHEAD} hari setelah hari ini (${iso(env.now)}): kemungkinan salah ketik tahun, dan tulisan akan tampil paling atas sampai tanggal itu.`,
        'Isi dengan tanggal terbit yang sebenarnya.',
        at(field),
      );
    }
  }
  const tanggal = asDate(data.tanggal);
  const hingga = asDate(data.berlaku_hingga);
  if (tanggal && hingga) {
    const limit = new Date(tanggal);
    limit.setUTCFullYear(limit.getUTCFullYear() + MAX_VALID_YEARS);
    if (hingga > limit) {
      report(
        file,
        `berlaku_hingga ${iso(hingga)} lebih dari ${MAX_VALID_YEARS} tahun setelah tanggal pengumuman: pengumuman akan terus tampil sebagai pengumuman aktif.`,
        'Isi dengan tanggal berakhirnya pengumuman, atau kosongkan bila tidak ada batas waktu.',
        at('berlaku_hingga'),
      );
    }
  }
});

const pengumuman = (fields: string) =>
  `---\njudul: Penerimaan Tenaga Honorer\ntanggal: 2026-10-01\nringkasan: Pengumuman penerimaan tenaga honorer tahun 2026.\nkategori: Rekrutmen\ntag: []\npenulis: Sekretariat\njenis: rekrutmen\n${fields}---\nIsi.\n`;

export const examples: RuleExample[] = [
  { name: 'date this year', text: berita('Isi.\n', { tanggal: '2026-11-20' }), expect: [] },
  { name: 'scheduled a week ahead', text: berita('Isi.\n', { tanggal: '2026-11-28' }), expect: [] },
  { name: 'year typo', text: berita('Isi.\n', { tanggal: '2062-11-20' }), expect: ['3:10'] },
  { name: 'ancient date', text: berita('Isi.\n', { tanggal: '1026-11-20' }), expect: ['3:10'] },
  { name: 'valid for a month', collection: 'pengumuman', text: pengumuman('berlaku_hingga: 2026-11-01\n'), expect: [] },
  { name: 'valid for a century', collection: 'pengumuman', text: pengumuman('berlaku_hingga: 2099-12-31\n'), expect: ['9:17'] },
];
