// pribadi/kk — family card number: NIK-shaped, told apart by a "KK"/"Kartu Keluarga" label
// shortly before it. The resolver in find.ts then drops the NIK finding for the same digits.
import { findLabels, labelBefore } from './context.ts';
import { maskDigits } from './mask.ts';
import { findNikShaped } from './nik.ts';
import type { Candidate } from './types.ts';

/** Largest gap, in characters, between the label and the number. */
export const KK_WINDOW = 50;

export function detectKk(text: string): Candidate[] {
  const labels = findLabels(text);
  return findNikShaped(text)
    .filter((m) => {
      const near = labelBefore(labels, text, m.offset);
      return near?.label === 'kk' && near.distance <= KK_WINDOW;
    })
    .map((m) => ({ rule: 'pribadi/kk', offset: m.offset, length: m.length, masked: maskDigits(m.digits) }));
}
