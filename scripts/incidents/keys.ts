// Which incident a finding belongs to, and how each check is named for operators. One site
// that is down is one incident however many of its URLs fail: availability is keyed by the
// URL's origin; every other check by its subject.
import type { CheckKind, Finding } from '../records/types.ts';
import { plainText } from './markdown.ts';

export const INCIDENT_LABEL = 'insiden';
export const MAINTENANCE_LABEL = 'pemeliharaan';
export const RENEWAL_LABEL = 'perpanjangan';

interface CheckInfo {
  /** Suffix of the per-check label: `insiden:<suffix>`. */
  label: string;
  /** Indonesian name, for bodies and reports. */
  name: string;
  /** Title after "[Insiden] ", followed by ": <subject>". */
  title: string;
}

export const CHECKS: Record<CheckKind, CheckInfo> = {
  availability: { label: 'ketersediaan', name: 'Ketersediaan situs', title: 'Situs tidak dapat diakses' },
  integrity: { label: 'integritas', name: 'Integritas berkas situs', title: 'Perubahan tidak sah (defacement) terdeteksi' },
  tls: { label: 'tls', name: 'Sertifikat TLS', title: 'Sertifikat TLS bermasalah atau segera berakhir' },
  domain: { label: 'domain', name: 'Pendaftaran domain', title: 'Pendaftaran domain bermasalah atau segera berakhir' },
  freshness: { label: 'kesegaran', name: 'Kesegaran konten', title: 'Konten tidak diperbarui' },
  links: { label: 'tautan', name: 'Tautan rusak', title: 'Tautan rusak di situs' },
  ruleset: { label: 'aturan-cabang', name: 'Aturan cabang GitHub', title: 'Aturan cabang GitHub berubah' },
};

export function isCheckKind(value: string): value is CheckKind {
  return Object.hasOwn(CHECKS, value);
}

export function checkLabel(check: CheckKind): string {
  return `${INCIDENT_LABEL}:${CHECKS[check].label}`;
}

/** The origin of an http(s) URL; undefined for other subjects (a host name, "berita", "owner/repo"…). */
function origin(subject: string): string | undefined {
  if (!URL.canParse(subject)) return undefined;
  const url = new URL(subject);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
}

/** `${check}:${subject}`; availability: `availability:<origin>` (https://pn-contoh.go.id). */
export function incidentKey(finding: Pick<Finding, 'check' | 'subject'>): string {
  if (finding.check === 'availability') return `availability:${origin(finding.subject) ?? finding.subject}`;
  return `${finding.check}:${finding.subject}`;
}

/** The check part of a key ("availability:https://…" → "availability"), or undefined. */
export function checkOfKey(key: string): CheckKind | undefined {
  const check = key.slice(0, key.indexOf(':'));
  return isCheckKind(check) ? check : undefined;
}

/** What the title names: the host of a URL subject, else the subject itself. */
export function subjectName(key: string): string {
  const subject = key.slice(key.indexOf(':') + 1);
  const found = origin(subject);
  return plainText(found ? new URL(found).host : subject, 120);
}

export function incidentTitle(check: CheckKind, key: string): string {
  return `[Insiden] ${CHECKS[check].title}: ${subjectName(key)}`;
}
