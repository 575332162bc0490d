// Runs every rule and keeps one finding per stretch of text: where findings overlap, the
// more specific rule wins (a NIK after "rekening" is reported as a NIK, not as an account).
import { detectEmail } from './email.ts';
import { detectKk } from './kk.ts';
import { PERSONAL_DATA_HINTS, PERSONAL_DATA_MESSAGES } from './messages.ts';
import { detectNik } from './nik.ts';
import { detectNpwp } from './npwp.ts';
import { createLocator } from './position.ts';
import { detectRekening } from './rekening.ts';
import { detectTelepon } from './telepon.ts';
import type { Candidate, PersonalDataAllowlist, PersonalDataFinding, PersonalDataRule } from './types.ts';

/** Most specific first. */
export const RULE_PRECEDENCE: readonly PersonalDataRule[] = [
  'pribadi/npwp',
  'pribadi/kk',
  'pribadi/nik',
  'pribadi/email',
  'pribadi/rekening',
  'pribadi/telepon',
];

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
}

/** Keeps, among overlapping candidates, the one whose rule comes first in RULE_PRECEDENCE. */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const rank = (c: Candidate) => RULE_PRECEDENCE.indexOf(c.rule);
  const kept: Candidate[] = [];
  for (const c of [...candidates].sort((a, b) => rank(a) - rank(b) || a.offset - b.offset)) {
    if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  }
  return kept.sort((a, b) => a.offset - b.offset || rank(a) - rank(b));
}

/** Personal data in `text` (Markdown or text extracted from a PDF), sorted by offset. */
export function findPersonalData(text: string, allow: PersonalDataAllowlist = {}): PersonalDataFinding[] {
  const candidates = [
    ...detectNpwp(text),
    ...detectKk(text),
    ...detectNik(text),
    ...detectEmail(text, allow),
    ...detectRekening(text),
    ...detectTelepon(text, allow),
  ];
  const locate = createLocator(text);
  return resolveOverlaps(candidates).map((c) => ({
    rule: c.rule,
    severity: 'error',
    offset: c.offset,
    length: c.length,
    ...locate(c.offset),
    masked: c.masked,
    message: PERSONAL_DATA_MESSAGES[c.rule](c.masked),
    hint: PERSONAL_DATA_HINTS[c.rule],
  }));
}
