// pribadi/telepon — mobile numbers: `08…`, `+62 8…` or `62 8…`, 10–13 digits in national
// form, spaces, dots or dashes between groups. Landlines (`(0271) 555-0100`) do not match
// because the digit after the 0 or 62 must be 8.
import { digitsOf, scanNumbers } from './digits.ts';
import { maskPhone } from './mask.ts';
import type { Candidate, PersonalDataAllowlist } from './types.ts';

const MOBILE = /(?:\+62[ .-]?|62[ .-]?|0)8\d+(?:[.-]\d+| \d{2,})*/g;

/** Digits in national form: `+62 812-3456-7890` → `081234567890`. */
export function nationalPhone(written: string): string {
  const digits = digitsOf(written);
  return digits.startsWith('62') ? '0' + digits.slice(2) : digits;
}

export function detectTelepon(text: string, allow: PersonalDataAllowlist): Candidate[] {
  const allowed = new Set((allow.phones ?? []).map(nationalPhone));
  return scanNumbers(text, MOBILE).flatMap((m): Candidate[] => {
    const national = nationalPhone(m.raw);
    if (national.length < 10 || national.length > 13 || allowed.has(national)) return [];
    const international = !m.raw.startsWith('0');
    return [{ rule: 'pribadi/telepon', offset: m.offset, length: m.length, masked: maskPhone(national, international) }];
  });
}
