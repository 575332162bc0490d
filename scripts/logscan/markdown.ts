// The SOP F3 "log aktivitas pengunjung" as Markdown (GitHub issues, the monthly report,
// files an officer opens). Everything taken from the log — request lines, IPs, file names —
// is hostile input: it is shown as code (literal()) so that it reads as the text logged and
// never becomes HTML, a link, an image or table structure.
import type { LogscanReport, ScenarioId } from '../records/types.ts';
import { describeThreshold, SCENARIOS, scenarioById } from './scenarios.ts';
import { formatWib } from './time.ts';

export interface RenderExtras {
  /** Sources dropped to keep memory bounded. */
  evictedSources?: number;
  /** Lines skipped as older than --since. */
  skipped?: number;
  since?: Date;
}

// Controls (a newline would end the list item or table row) and invisible or bidi
// characters (which could reorder what the officer reads) are shown as \u escapes.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Text from the log as an inline code span: shown exactly as logged, never HTML, a link, an
 * image or emphasis. Backslash escapes cannot do this: GFM turns "www.", "http://" and
 * "user@host" into links in plain text whatever is escaped, but never inside code.
 * In a table cell every "|" is escaped as GFM requires, so that it cannot end the cell;
 * an odd run of backslashes right before a "|" then shows one backslash more.
 */
export function literal(text: string, options: { table?: boolean } = {}): string {
  if (text === '') return '(kosong)';
  let shown = text.replace(UNSAFE_CHARACTERS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (options.table) shown = shown.replace(/(\\*)\|/g, (_, run: string) => `${run}${run.length % 2 ? '\\\\' : '\\'}|`);
  // A fence longer than any run of backticks inside. CommonMark takes one space off each end
  // when both ends have one: padding keeps such text, and text that starts or ends with a backtick.
  let longest = 0;
  for (const run of shown.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(shown) || (shown.startsWith(' ') && shown.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}

function number(n: number): string {
  return n.toLocaleString('id-ID');
}

function scenarioLabel(id: ScenarioId): string {
  return `${scenarioById(id).name} (\`${id}\`)`;
}

export function renderMarkdown(report: LogscanReport, extras: RenderExtras = {}): string {
  const out: string[] = [];
  out.push('# Log aktivitas pengunjung', '');
  out.push('Pemantauan aktivitas pengunjung situs (SOP F3), dari log akses server web.', '');
  out.push(`- Waktu pemindaian: ${formatWib(report.at)}`);
  out.push(`- Berkas log: ${report.files.map((f) => literal(f)).join(', ') || '(tidak ada)'}`);
  out.push(`- Periode log: ${report.from && report.to ? `${formatWib(report.from)} s.d. ${formatWib(report.to)}` : 'tidak ada baris log'}`);
  out.push(`- Baris dibaca: ${number(report.lines)}`);
  out.push(`- Baris rusak (bukan format log *combined*, dilewati): ${number(report.malformed)}`);
  if (extras.since) out.push(`- Hanya baris sejak ${formatWib(extras.since)} (${number(extras.skipped ?? 0)} baris lebih lama dilewati)`);
  out.push(`- Deteksi: ${number(report.detections.length)} dari ${number(new Set(report.detections.map((d) => d.ip)).size)} alamat IP`);
  if (extras.evictedSources) {
    out.push(
      '',
      `> Catatan: log ini memuat sangat banyak alamat IP. Agar memori tetap cukup, ${number(extras.evictedSources)} alamat yang paling lama tidak terlihat dilepas dari pemantauan di tengah pemindaian; jumlah permintaan pada tabel sumber teramai bisa kurang dari sebenarnya, dan serangan yang sangat lambat dari alamat itu bisa terlewat.`,
    );
  }

  out.push('', '## Ringkasan per skenario', '');
  out.push('| Skenario | Kode | Alamat IP | Permintaan cocok | Ambang (ember bocor per IP) |');
  out.push('| --- | --- | ---: | ---: | --- |');
  for (const scenario of SCENARIOS) {
    const found = report.detections.filter((d) => d.scenario === scenario.id);
    const requests = found.reduce((sum, d) => sum + d.count, 0);
    out.push(`| ${scenario.name} | \`${scenario.id}\` | ${number(found.length)} | ${number(requests)} | ${describeThreshold(scenario)} |`);
  }

  out.push('', '## Sumber teramai', '');
  if (!report.topSources.length) out.push('Tidak ada permintaan.');
  else {
    out.push('| Alamat IP | Permintaan | Skenario terdeteksi |', '| --- | ---: | --- |');
    for (const source of report.topSources) {
      out.push(`| ${literal(source.ip, { table: true })} | ${number(source.requests)} | ${source.scenarios.map((s) => `\`${s}\``).join(', ') || '–'} |`);
    }
  }

  out.push('', '## Deteksi', '');
  if (!report.detections.length) out.push('Tidak ada aktivitas mencurigakan terdeteksi.');
  report.detections.forEach((d, i) => {
    out.push(`### ${i + 1}. ${literal(d.ip)}: ${scenarioLabel(d.scenario)}`, '');
    out.push(`- Permintaan cocok: ${number(d.count)}`);
    out.push(`- Pertama terlihat: ${formatWib(d.firstSeen)}`);
    out.push(`- Terakhir terlihat: ${formatWib(d.lastSeen)}`);
    out.push('- Contoh permintaan:');
    for (const sample of d.samples) out.push(`  - ${literal(sample)}`);
    out.push('');
  });

  if (report.detections.length) {
    out.push('## Tindak lanjut', '');
    out.push('1. Periksa contoh permintaan: apakah ada jawaban 200 untuk alamat yang seharusnya tidak ada (tanda berkas bocor atau situs terubah)?');
    out.push('2. Blokir alamat IP yang menyerang di nginx (`deny ALAMAT;`) atau di firewall server, bila serangan berlanjut.');
    out.push('3. Laporkan situasi, masalah dan alternatif solusinya kepada Sekretaris / Penanggung Jawab Informasi (SOP F5).');
    out.push('4. Panduan: `docs/logscan.md`.');
  }
  return out.join('\n').trimEnd() + '\n';
}
