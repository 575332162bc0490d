// Nearby words: which label ("NIK", "No. KK", "NPWP", "rekening") comes last before a number.
// The nearest label wins, so in a form like "No. KK: …  NIK: …" each number gets its own.

export type ContextLabel = 'nik' | 'kk' | 'npwp' | 'rekening';

const WORD_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const WORD_AFTER = String.raw`(?![\p{L}\p{N}_])`;

const LABEL_PATTERNS: Readonly<Record<ContextLabel, string>> = {
  nik: String.raw`NIK|nomor\s+induk\s+kependudukan`,
  kk: String.raw`KK|kartu\s+keluarga`,
  npwp: String.raw`NPWP|nomor\s+pokok\s+wajib\s+pajak`,
  // "no rek", "No. Rek.", "norek", "rek.", "rekening", "nomor rekening"
  rekening: String.raw`rekening|no\.?\s?rek\.?|norek|rek\.`,
};

export interface LabelHit {
  label: ContextLabel;
  /** Offset just after the label. */
  end: number;
}

export interface LabelBefore {
  label: ContextLabel;
  /** Characters between the end of the label and the number. */
  distance: number;
  /** The text between them, e.g. `: ` or ` BRI a.n. PENGGUGAT `. */
  between: string;
}

/** Every label in `text`, sorted by where it ends. */
export function findLabels(text: string): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const [label, source] of Object.entries(LABEL_PATTERNS) as [ContextLabel, string][]) {
    const pattern = new RegExp(`${WORD_BEFORE}(?:${source})${WORD_AFTER}`, 'giu');
    for (const m of text.matchAll(pattern)) hits.push({ label, end: m.index + m[0].length });
  }
  return hits.sort((a, b) => a.end - b.end);
}

/** The label nearest before `offset`, if any; `labels` comes from `findLabels(text)`. */
export function labelBefore(labels: readonly LabelHit[], text: string, offset: number): LabelBefore | undefined {
  let low = 0;
  let high = labels.length; // first index whose end > offset
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((labels[mid]?.end ?? Infinity) <= offset) low = mid + 1;
    else high = mid;
  }
  const hit = labels[low - 1];
  if (hit === undefined) return undefined;
  return { label: hit.label, distance: offset - hit.end, between: text.slice(hit.end, offset) };
}
