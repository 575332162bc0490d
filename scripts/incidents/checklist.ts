// The troubleshooting checklist of SOP F5–F7 and SOP 004 (server maintenance), with the SOPs'
// standard times, as GitHub task-list items. Operators tick them in the issue; Laman reads
// the ticks back (to report progress) and never rewrites them.

export const CHECKLIST_START = '<!-- laman:daftar-periksa -->';
export const CHECKLIST_END = '<!-- /laman:daftar-periksa -->';

export const CHECKLIST_ITEMS: readonly string[] = [
  '**Analisis gangguan**: pastikan penyebabnya dari bukti di atas dan dari log server (waktu baku 1 jam, SOP 004).',
  '**Persetujuan perbaikan** oleh Kasubbag Perencanaan, TI dan Pelaporan (15 menit, SOP 004).',
  '**Perbaikan**: perbaiki secara mandiri (2 jam, SOP F6), atau hubungi penyedia hosting/domain atau pihak ketiga (1 jam untuk menghubungi, penyelesaian 1–3 hari, SOP F7 dan SOP 004).',
  '**Periksa kembali**: situs dapat diakses dan pemeriksaan `laman monitor` berikutnya lulus (30 menit, SOP 004).',
  '**Laporkan** situasi, kondisi, permasalahan dan solusinya kepada Sekretaris / Penanggung Jawab Informasi (15 menit – 1 hari, SOP F5).',
  '**Simpan bukti** (tangkapan layar, log, berkas yang berubah) sebagai lampiran atau komentar di isu ini (10 menit, SOP 004).',
];

export function renderChecklist(): string {
  return [CHECKLIST_START, ...CHECKLIST_ITEMS.map((item) => `- [ ] ${item}`), CHECKLIST_END].join('\n');
}

export interface ChecklistItem {
  text: string;
  done: boolean;
}

/** The task-list items between the checklist markers (or anywhere in the body without them). */
export function parseChecklist(body: string): ChecklistItem[] {
  const start = body.indexOf(CHECKLIST_START);
  const end = body.indexOf(CHECKLIST_END);
  const part = start !== -1 && end > start ? body.slice(start, end) : body;
  const items: ChecklistItem[] = [];
  for (const line of part.split(/\r?\n/)) {
    const match = /^\s*[-*+]\s+\[([ xX])\]\s+(.*)$/.exec(line);
    if (match) items.push({ done: match[1] !== ' ', text: match[2] ?? '' });
  }
  return items;
}
