// pribadi/nik — Nomor Induk Kependudukan: province(2) regency(2) district(2) DDMMYY serial(4),
// women's day + 40. A 16-digit number that fails this structure (a register or account
// number) is not reported.
import { maskDigits } from './mask.ts';
import { scanNumbers, SIXTEEN_DIGITS, type NumberMatch } from './digits.ts';
import type { Candidate } from './types.ts';

const PROVINCES = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74,
  75, 76, 81, 82, 91, 92, 93, 94, 95, 96,
]);

/** Days per month; 29 February is allowed because the two-digit year says nothing of leap years. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function part(digits: string, from: number, length: number): number {
  return Number(digits.slice(from, from + length));
}

/** Whether 16 digits have the structure of a NIK (and of a KK number). */
export function isNikStructure(digits: string): boolean {
  if (!/^\d{16}$/.test(digits)) return false;
  if (!PROVINCES.has(part(digits, 0, 2))) return false;
  if (part(digits, 2, 2) === 0 || part(digits, 4, 2) === 0) return false;
  const rawDay = part(digits, 6, 2);
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  const month = part(digits, 8, 2);
  const daysInMonth = DAYS_IN_MONTH[month - 1];
  if (daysInMonth === undefined || day < 1 || day > daysInMonth) return false;
  return part(digits, 12, 4) !== 0;
}

/** Standalone 16-digit numbers with the NIK structure; shared with the KK rule. */
export function findNikShaped(text: string): NumberMatch[] {
  return scanNumbers(text, SIXTEEN_DIGITS).filter((m) => isNikStructure(m.digits));
}

export function detectNik(text: string): Candidate[] {
  return findNikShaped(text).map((m) => ({
    rule: 'pribadi/nik',
    offset: m.offset,
    length: m.length,
    masked: maskDigits(m.digits),
  }));
}
