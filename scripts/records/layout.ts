// Where the maintenance record keeps what on the records branch. One file per UTC day for the
// monitor (one JSON line per run, ~96 a day), one file per event for backups and log scans,
// one per month for reports, and the manifest of the release the monitor compares the live
// site with.
import type { BackupRecord } from './types.ts';

/** The branch of its own: the default branch accepts only reviewed pull requests. */
export const RECORDS_BRANCH = 'pemantauan';
export const README_PATH = 'README.md';
/** The build manifest of the release last published (written by `laman publish`). */
export const RELEASED_MANIFEST_PATH = 'rilis/laman-manifest.json';

function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** 2026-12-03T07:15:00.000Z → 20261203T071500Z: sortable, safe in any file system. */
export function compactTime(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

export function monitorPath(at: Date): string {
  return `monitor/${utcDay(at)}.jsonl`;
}

export function backupPath(record: Pick<BackupRecord, 'at' | 'kind'>): string {
  return `backup/${compactTime(new Date(record.at))}-${record.kind}.json`;
}

export function logscanPath(at: Date): string {
  return `logscan/${compactTime(at)}.json`;
}

export function reportPath(month: string, extension: 'md' | 'pdf'): string {
  return `laporan/${month}.${extension}`;
}

/** The UTC day a monitor file covers, or undefined for other paths. */
export function monitorDay(path: string): string | undefined {
  return /^monitor\/(\d{4}-\d{2}-\d{2})\.jsonl$/.exec(path)?.[1];
}

/** The time a backup or log-scan file name carries, or undefined. */
export function eventTime(path: string): Date | undefined {
  const m = /^(?:backup|logscan)\/(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/.exec(path);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
}

export function branchReadme(branch: string): string {
  return `# Catatan pemeliharaan situs (cabang \`${branch}\`)

Cabang ini diisi otomatis oleh alur kerja pemeliharaan Laman (SOP F), bukan oleh operator:

- \`monitor/YYYY-MM-DD.jsonl\`: satu baris JSON per pemeriksaan \`laman monitor\` (ketersediaan,
  waktu respons, kesegaran konten, integritas, TLS, domain, tautan, aturan cabang), per hari UTC;
- \`backup/\`: hasil pencadangan, verifikasi dan uji pemulihan (\`laman backup\`);
- \`logscan/\`: log aktivitas pengunjung yang mencurigakan (\`laman logscan\`);
- \`laporan/\`: laporan situasi bulanan untuk Sekretaris (\`laman report\`);
- \`${RELEASED_MANIFEST_PATH}\`: manifes build rilis terakhir, pembanding pemeriksaan integritas.

Cabang utama hanya menerima perubahan lewat pull request yang ditinjau; catatan otomatis
disimpan di sini agar riwayatnya tetap lengkap. Jangan menghapus cabang ini dan jangan
\`push --force\` ke cabang ini. Panduan: \`docs/pemantauan.md\`.
`;
}
