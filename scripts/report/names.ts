// How the report names things for the Sekretaris, in Indonesian.
import { CHECKS, isCheckKind } from '../incidents/keys.ts';
import { SCENARIOS } from '../logscan/scenarios.ts';
import type { BackupRecord, CheckStatus, ScenarioId } from '../records/types.ts';
import type { Severity } from './types.ts';

/** The log scan's own Indonesian name; an id it does not know (a record from a newer version) as is. */
export function scenarioName(id: ScenarioId | string): string {
  return SCENARIOS.find((s) => s.id === id)?.name ?? id;
}

export const STATUS_NAMES: Record<CheckStatus, string> = { ok: 'baik', warn: 'perlu perhatian', fail: 'bermasalah', unknown: 'tidak diketahui' };

export const BACKUP_KINDS: Record<BackupRecord['kind'], string> = { create: 'Pencadangan', verify: 'Verifikasi', 'restore-test': 'Uji pemulihan' };

export const SEVERITIES: Record<Severity, string> = { tinggi: 'Tinggi', sedang: 'Sedang', rendah: 'Rendah' };

export const FRESHNESS_SUBJECTS: Record<string, string> = { 'informasi-wajib': 'Informasi berkala wajib (2-144)', berita: 'Berita', pengumuman: 'Pengumuman' };

/** The incident module's name of a check ("Sertifikat TLS"); an unknown one as is. */
export function checkName(check: string): string {
  return isCheckKind(check) ? CHECKS[check].name : check;
}
