// The incident issue's body: built once when the incident opens; afterwards only the machine
// section "Status terakhir" (between its markers) is rewritten, so the operator's ticks and
// notes elsewhere stay as they left them. The marker on the first line identifies the
// incident, whatever the title has become.
import { createHash } from 'node:crypto';
import type { CheckKind, Finding } from '../records/types.ts';
import { parseChecklist, renderChecklist } from './checklist.ts';
import { CHECKS } from './keys.ts';
import { codeBlock, escapeInline } from './markdown.ts';
import { wibAndUtc } from './time.ts';

const STATUS_START = /<!-- laman:status( [^>]*)? -->/;
const STATUS_END = '<!-- /laman:status -->';
const MARKER = /<!-- laman:insiden key=(\S+) since=(\S+) -->/;

function encodeKey(key: string): string {
  return key.replace(/[%\s>]/g, (c) => encodeURIComponent(c));
}

export function incidentMarker(key: string, since: string): string {
  return `<!-- laman:insiden key=${encodeKey(key)} since=${since} -->`;
}

/** The key and start of the incident a body belongs to, or undefined for any other issue. */
export function parseIncidentMarker(body: string | null | undefined): { key: string; since: string } | undefined {
  const match = MARKER.exec(body ?? '');
  if (!match || Number.isNaN(Date.parse(match[2] ?? ''))) return undefined;
  return { key: decodeURIComponent(match[1] ?? ''), since: match[2] ?? '' };
}

/**
 * What identifies the evidence, so that a comment is posted only when it changes (other files
 * defaced, another URL down): subjects, summaries and evidence lines of the failing findings,
 * with timings and sizes removed (they vary on every run).
 */
export function evidenceFingerprint(failing: readonly Finding[]): string {
  const text = [...failing]
    .sort((a, b) => a.subject.localeCompare(b.subject))
    .flatMap((f) => [`${f.subject}\t${f.summary}`, ...f.evidence])
    .map((line) => line.replace(/\d+(?:[.,]\d+)?\s*(?:ms|s|detik|menit|KB|kB|MB|B|bita)\b/g, '#'))
    .join('\n');
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Evidence lines of all failing findings, one block (grouped availability has several URLs). */
export function evidenceLines(failing: readonly Finding[]): string[] {
  if (failing.length === 1) return failing[0]?.evidence.length ? [...(failing[0]?.evidence ?? [])] : [failing[0]?.summary ?? ''];
  return failing.flatMap((f) => [`${f.subject}: ${f.summary}`, ...f.evidence.map((e) => `  ${e}`)]);
}

export interface StatusInfo {
  runs: number;
  evidence: string;
}

export function parseStatus(body: string): StatusInfo {
  const match = STATUS_START.exec(body);
  const attrs = match?.[1] ?? '';
  const runs = Number(/runs=(\d+)/.exec(attrs)?.[1] ?? '1');
  return { runs: Number.isFinite(runs) && runs > 0 ? runs : 1, evidence: /evidence=([0-9a-f]+)/.exec(attrs)?.[1] ?? '' };
}

export interface StatusInput {
  now: Date;
  runs: number;
  evidence: string;
  summary: string;
  /** Checklist progress read from the body as the operator left it. */
  done: number;
  total: number;
}

export function renderStatus(input: StatusInput): string {
  return [
    `<!-- laman:status runs=${input.runs} evidence=${input.evidence} -->`,
    `- Pemeriksaan terakhir: ${wibAndUtc(input.now.toISOString())}`,
    `- Hasil terakhir: masih gagal: ${escapeInline(input.summary)}`,
    `- Jumlah pemeriksaan yang gagal sejak awal insiden: ${input.runs}`,
    `- Langkah penanganan yang sudah dicentang: ${input.done} dari ${input.total}`,
    '',
    '_Bagian ini diperbarui otomatis oleh `laman monitor` pada setiap pemeriksaan; ubahan di dalamnya akan ditimpa._',
    STATUS_END,
  ].join('\n');
}

/** The body with its status section replaced (or appended if an edit removed it). */
export function replaceStatus(body: string, status: string): string {
  const start = STATUS_START.exec(body);
  const end = body.indexOf(STATUS_END);
  if (!start || end < start.index) return `${body.trimEnd()}\n\n## Status terakhir\n\n${status}\n`;
  return body.slice(0, start.index) + status + body.slice(end + STATUS_END.length);
}

/** A hint per check: the first thing worth knowing before touching anything. */
const FIRST_STEP: Record<CheckKind, string> = {
  availability: 'Periksa apakah server, layanan web (nginx/Apache) dan koneksi berjalan; bila server di penyedia hosting, periksa status layanan penyedia.',
  integrity: 'Jangan menyunting berkas langsung di server. Amankan bukti dulu (berkas yang berubah), cari celah masuknya, lalu terbitkan ulang situs dari Git dengan `laman publish`.',
  tls: 'Perbarui atau pasang ulang sertifikat di server (mis. certbot renew) dan pastikan rantai sertifikat lengkap.',
  domain: 'Hubungi pengelola domain (PANDI/registrar) dan periksa faktur perpanjangan di `deploy/renewals.json`.',
  freshness: 'Minta operator menerbitkan konten yang tertunda melalui CMS dan rantai penyuntingan.',
  links: 'Perbaiki atau hapus tautan yang rusak melalui CMS (pull request yang ditinjau).',
  ruleset: 'Kembalikan aturan cabang dengan `laman setup-github`, lalu periksa siapa yang mengubahnya di log audit GitHub.',
};

export interface OpenBodyInput {
  key: string;
  check: CheckKind;
  site: string;
  now: Date;
  failing: readonly Finding[];
}

export function renderIncidentBody(input: OpenBodyInput): string {
  const since = input.now.toISOString();
  const summary = input.failing.map((f) => `- ${escapeInline(f.summary)}`).join('\n');
  const fingerprint = evidenceFingerprint(input.failing);
  const checklist = renderChecklist();
  const items = parseChecklist(checklist);
  return [
    incidentMarker(input.key, since),
    '## Apa yang terjadi',
    '',
    summary,
    '',
    `- Pemeriksaan: ${CHECKS[input.check].name} (\`${input.check}\`)`,
    `- Situs: ${escapeInline(input.site)}`,
    `- Sejak: ${wibAndUtc(since)} (pemeriksaan pertama yang gagal)`,
    '',
    '## Bukti',
    '',
    codeBlock(evidenceLines(input.failing)),
    '',
    '## Langkah penanganan (SOP F5–F7, SOP 004)',
    '',
    `Langkah pertama: ${FIRST_STEP[input.check]}`,
    '',
    'Centang setiap langkah setelah dikerjakan; Laman tidak mengubah daftar ini.',
    '',
    checklist,
    '',
    'Isu ini ditutup otomatis, dengan durasi gangguan, saat pemeriksaan kembali normal. Selama ' +
      'pemeliharaan terencana, umumkan jendela pemeliharaan (isu berlabel `pemeliharaan`, lihat docs/insiden.md) agar tidak dibuka insiden.',
    '',
    '## Status terakhir',
    '',
    renderStatus({ now: input.now, runs: 1, evidence: fingerprint, summary: input.failing[0]?.summary ?? '', done: 0, total: items.length }),
    '',
  ].join('\n');
}
