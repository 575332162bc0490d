// pribadi/npwp — tax number: the legacy `99.999.999.9-999.999` anywhere, and 15 or 16 bare
// digits (16 also grouped like a NIK) when they are the first number after an "NPWP" label.
import { findLabels, labelBefore } from './context.ts';
import { scanNumbers, SIXTEEN_DIGITS } from './digits.ts';
import { maskDigits } from './mask.ts';
import type { Candidate } from './types.ts';

/** Largest gap, in characters, between the label and a bare number. */
export const NPWP_WINDOW = 40;

const LEGACY = /\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}/g;
const FIFTEEN_DIGITS = /\d{15}/g;

export function detectNpwp(text: string): Candidate[] {
  const labels = findLabels(text);
  const labelled = [...scanNumbers(text, SIXTEEN_DIGITS), ...scanNumbers(text, FIFTEEN_DIGITS)].filter((m) => {
    const near = labelBefore(labels, text, m.offset);
    return near?.label === 'npwp' && near.distance <= NPWP_WINDOW && !/\d/.test(near.between);
  });
  return [...scanNumbers(text, LEGACY), ...labelled].map((m) => ({
    rule: 'pribadi/npwp',
    offset: m.offset,
    length: m.length,
    masked: maskDigits(m.digits),
  }));
}
