// Everything a content rule may look at besides the file itself. Plain data, so the
// same rules run in the CLI and in the CMS.
import type { PersonalDataAllowlist } from './personal-data/index.ts';
import type { CollectionName } from '../schema/collections.ts';
import type { SiteIndex } from './site-index.ts';

export interface EthicsTerm {
  hindari: string;
  saran: string;
  alasan?: string | undefined;
  kecuali?: readonly string[] | undefined;
}

export interface CheckSettings {
  /** The court's name: the only author a published PDF may carry. */
  court: string;
  /** The court's own phone numbers and e-mail, which are not personal data. */
  allowlist: PersonalDataAllowlist;
  ethics: readonly EthicsTerm[];
}

/** One content file to check. */
export interface EntryInput {
  /** Display path (relative to the project root). */
  file: string;
  /** Path inside the content folder ("berita/foo.md"). */
  contentPath: string;
  collection: CollectionName;
  text: string;
}

export interface CheckEnvironment {
  settings: CheckSettings;
  index: SiteIndex;
  /** The clock, for "far in the future" rules. */
  now: Date;
}

/** Settings when `situs.yml` itself is missing or invalid: check everything else strictly. */
export const EMPTY_SETTINGS: CheckSettings = { court: '', allowlist: {}, ethics: [] };

/** Reads the check settings out of parsed `situs.yml` data, tolerating any shape. */
export function settingsFromPengaturan(data: unknown): CheckSettings {
  if (!data || typeof data !== 'object') return EMPTY_SETTINGS;
  const d = data as Record<string, unknown>;
  const phones: string[] = [];
  if (Array.isArray(d.telepon)) {
    for (const t of d.telepon) if (t && typeof t === 'object' && typeof (t as { nomor?: unknown }).nomor === 'string') phones.push((t as { nomor: string }).nomor);
  }
  const darurat = d.kontak_darurat as { telepon?: unknown } | undefined;
  if (typeof darurat?.telepon === 'string') phones.push(darurat.telepon);
  const email = typeof d.email === 'string' ? d.email : undefined;
  let domain: string | undefined;
  if (typeof d.url_situs === 'string') {
    try {
      domain = new URL(d.url_situs).hostname.replace(/^www\./, '');
    } catch {
      domain = undefined;
    }
  }
  const ethics: EthicsTerm[] = [];
  if (Array.isArray(d.etika_penulisan)) {
    for (const t of d.etika_penulisan) {
      const term = t as Partial<Record<keyof EthicsTerm, unknown>> | null;
      if (term && typeof term.hindari === 'string' && typeof term.saran === 'string' && term.hindari.trim()) {
        ethics.push({
          hindari: term.hindari.trim(),
          saran: term.saran,
          alasan: typeof term.alasan === 'string' ? term.alasan : undefined,
          kecuali: Array.isArray(term.kecuali) ? term.kecuali.filter((k): k is string => typeof k === 'string') : [],
        });
      }
    }
  }
  return {
    court: typeof d.nama === 'string' ? d.nama : '',
    allowlist: { phones, emails: email ? [email] : [], emailDomains: domain ? [domain] : [] },
    ethics,
  };
}
