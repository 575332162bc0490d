// pribadi/email — a practical address pattern (not RFC 5322); the court's own addresses
// and domains are allowlisted.
import { maskEmail } from './mask.ts';
import type { Candidate, PersonalDataAllowlist } from './types.ts';

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const EMAIL = new RegExp(`(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@(?:${LABEL}\\.)+([A-Za-z]{2,})(?![A-Za-z0-9-])`, 'g');

/** "Top-level domains" that are really file extensions: `logo@2x.png` is an image name. */
const FILE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif', 'pdf']);

function normalise(value: string): string {
  return value.trim().toLowerCase().replace(/^[@.]+/, '');
}

export function detectEmail(text: string, allow: PersonalDataAllowlist): Candidate[] {
  const emails = new Set((allow.emails ?? []).map(normalise));
  const domains = (allow.emailDomains ?? []).map(normalise).filter((d) => d !== '');
  return [...text.matchAll(EMAIL)].flatMap((m): Candidate[] => {
    const address = m[0];
    if (FILE_EXTENSIONS.has((m[1] ?? '').toLowerCase())) return [];
    const lower = address.toLowerCase();
    const domain = lower.slice(lower.lastIndexOf('@') + 1);
    if (emails.has(lower) || domains.some((d) => domain === d || domain.endsWith('.' + d))) return [];
    return [{ rule: 'pribadi/email', offset: m.index, length: address.length, masked: maskEmail(address) }];
  });
}
