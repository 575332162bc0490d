// pribadi/rekening — bank account: the first group of 8–20 digits after a label such as
// "rekening", "No. Rek.", "norek" (an amount or a date further on is not taken for it).
import { findLabels, labelBefore } from './context.ts';
import { scanNumbers } from './digits.ts';
import { maskDigits } from './mask.ts';
import type { Candidate } from './types.ts';

/** Largest gap, in characters, between the label and the number. */
export const REKENING_WINDOW = 40;

/** Digits with dots or dashes inside (`0123-01-000123-30-1`), or spaces before groups of 2+. */
const DIGIT_GROUP = /\d+(?:[.-]\d+| \d{2,})*/g;
const DATE_LIKE = /^(?:\d{4}[.-]\d{1,2}[.-]\d{1,2}|\d{1,2}[.-]\d{1,2}[.-]\d{4})$/;
const YEAR_RANGE = /^(?:19|20)\d{2}-(?:19|20)\d{2}$/;
const MONEY_BEFORE = /Rp\.?\s?$/i;

export function detectRekening(text: string): Candidate[] {
  const labels = findLabels(text);
  return scanNumbers(text, DIGIT_GROUP)
    .filter((m) => {
      if (m.digits.length < 8 || m.digits.length > 20) return false;
      if (DATE_LIKE.test(m.raw) || YEAR_RANGE.test(m.raw)) return false;
      if (MONEY_BEFORE.test(text.slice(Math.max(0, m.offset - 4), m.offset))) return false;
      const near = labelBefore(labels, text, m.offset);
      return near?.label === 'rekening' && near.distance <= REKENING_WINDOW && !/\d/.test(near.between);
    })
    .map((m) => ({ rule: 'pribadi/rekening', offset: m.offset, length: m.length, masked: maskDigits(m.digits) }));
}
