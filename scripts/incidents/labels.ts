// The labels incidents, maintenance windows and renewal reminders use, with Indonesian
// descriptions (GitHub allows 100 characters).
import type { CheckKind } from '../records/types.ts';
import type { LabelSpec } from './issues-api.ts';
import { CHECKS, checkLabel, INCIDENT_LABEL, MAINTENANCE_LABEL, RENEWAL_LABEL } from './keys.ts';

export const BASE_LABELS: readonly LabelSpec[] = [
  { name: INCIDENT_LABEL, color: 'b60205', description: 'Gangguan situs yang dibuka otomatis oleh laman monitor (SOP F5–F7)' },
  { name: MAINTENANCE_LABEL, color: 'fbca04', description: 'Jendela pemeliharaan terencana: isi baris Mulai: dan Selesai:' },
  { name: RENEWAL_LABEL, color: '0e8a16', description: 'Pengingat perpanjangan koneksi, hosting, domain, sertifikat (SOP F4)' },
];

export function checkLabelSpec(check: CheckKind): LabelSpec {
  return { name: checkLabel(check), color: 'd93f0b', description: `Insiden pemeriksaan: ${CHECKS[check].name}` };
}
