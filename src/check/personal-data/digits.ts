// Helpers shared by the number rules: where a digit group starts and ends, and its digits.

/** A character that makes a digit group part of a longer word or code (`A3201…`, `…0001b`). */
const TOKEN_CHAR = /[\p{L}\p{N}_]/u;
/** Separators that glue digit groups into one longer number: `1.234`, `12-34`, `12/34`. */
const JOINER = /[./-]/;
const DIGIT = /\d/;

export interface NumberMatch {
  offset: number;
  length: number;
  /** The text as written, separators included: `3201 0112 0390 0001`. */
  raw: string;
  /** Digits only: `3201011203900001`. */
  digits: string;
}

export function digitsOf(raw: string): string {
  return raw.replace(/\D/g, '');
}

/**
 * Whether `text[start, end)` is a number on its own rather than a piece of a longer one:
 * no letter or digit touching it, no `.`/`-`/`/` leading to more digits, and, when the
 * match is grouped with spaces, no further space-separated group of three or more digits.
 */
export function isStandalone(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const beforeJoined = text[start - 2];
  if (before !== undefined) {
    if (TOKEN_CHAR.test(before)) return false;
    if (JOINER.test(before) && beforeJoined !== undefined && DIGIT.test(beforeJoined)) return false;
  }
  const after = text[end];
  const afterJoined = text[end + 1];
  if (after !== undefined) {
    if (TOKEN_CHAR.test(after)) return false;
    if (JOINER.test(after) && afterJoined !== undefined && DIGIT.test(afterJoined)) return false;
  }
  if (text.slice(start, end).includes(' ')) {
    if (/\d{3} $/.test(text.slice(Math.max(0, start - 4), start))) return false;
    if (/^ \d{3}/.test(text.slice(end, end + 4))) return false;
  }
  return true;
}

/** Every standalone match of a global `pattern` in `text`. */
export function scanNumbers(text: string, pattern: RegExp): NumberMatch[] {
  const found: NumberMatch[] = [];
  for (const m of text.matchAll(pattern)) {
    const offset = m.index;
    const raw = m[0];
    if (!isStandalone(text, offset, offset + raw.length)) continue;
    found.push({ offset, length: raw.length, raw, digits: digitsOf(raw) });
  }
  return found;
}

/**
 * Sixteen digits written contiguously, in 4-4-4-4 groups or in 6-6-4 groups, with one kind
 * of separator (space, dot or dash) throughout: `3201011203900001`, `3201 0112 0390 0001`,
 * `320101.120390.0001`. The shape of NIK, KK and the 16-digit NPWP.
 */
export const SIXTEEN_DIGITS = /\d{16}|\d{4}([ .-])\d{4}\1\d{4}\1\d{4}|\d{6}([ .-])\d{6}\2\d{4}/g;
