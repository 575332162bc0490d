// Every message an operator reads from `laman backup`, in one list: what happened, why, what to do.
import { UserError } from '../cli/context.ts';
import type { BackupTarget } from './config.ts';
import { targetLabel } from './targets.ts';

/** A backup failure the operator can act on: printed without a stack, exit 1. */
export class BackupError extends UserError {
  override name = 'BackupError';
}

const where = (t: BackupTarget) => `Tujuan cadangan "${t.name}" (${targetLabel(t)})`;

export const messages = {
  noKey: () =>
    'LAMAN_BACKUP_KEY tidak diisi: cadangan dienkripsi dengan kunci itu dan tanpa kunci tidak dapat dibuat atau dibuka.\n' +
    'Di GitHub Actions isi secret LAMAN_BACKUP_KEY; di komputer sendiri: export LAMAN_BACKUP_KEY=… (salinan tercetak kunci disimpan di brankas, lihat docs/backup.md).',
  noRestic: () => 'restic tidak terpasang: pencadangan memerlukannya. Pasang dengan: apt-get install -y restic rclone',
  wrongKey: (t: BackupTarget) =>
    `${where(t)}: kunci salah. Repositori cadangan ada, tetapi LAMAN_BACKUP_KEY ini tidak dapat membukanya.\n` +
    'Periksa secret LAMAN_BACKUP_KEY terhadap salinan tercetak di brankas. Repositori TIDAK dibuat ulang: cadangan lama tetap utuh.',
  missing: (t: BackupTarget) =>
    `${where(t)}: repositori cadangan tidak ditemukan. Periksa path/remote di deploy/backup.json, atau buat cadangan pertama dengan: laman backup create`,
  notEmptyNotRepo: (t: BackupTarget) =>
    `${where(t)}: folder sudah berisi berkas lain tetapi bukan repositori restic (tidak ada berkas config). Repositori tidak dibuat di sana agar tidak menimpa apa pun; pilih folder kosong atau periksa apakah berkas config terhapus.`,
  unreachable: (t: BackupTarget, detail: string) =>
    `${where(t)}: tidak dapat dihubungi (${detail}). Periksa koneksi, nama remote rclone dan pengaturannya (RCLONE_CONFIG_<NAMA>_*), lalu coba lagi.`,
  locked: (t: BackupTarget, detail: string) =>
    `${where(t)}: repositori sedang dikunci oleh proses lain (${detail}). Tunggu proses itu selesai; kunci yang tertinggal dapat dihapus dengan: restic -r … unlock`,
  resticFailed: (t: BackupTarget, step: string, detail: string) => `${where(t)}: restic ${step} gagal: ${detail}`,
  noSnapshot: (t: BackupTarget, which: string) =>
    `${where(t)}: snapshot "${which}" tidak ada. Daftar snapshot: restic -r … snapshots (atau buat cadangan: laman backup create)`,
  checkFailed: (t: BackupTarget, detail: string) =>
    `${where(t)}: pemeriksaan integritas restic menemukan kerusakan (${detail}, di bawah). Buat cadangan baru segera dan, bila perlu memulihkan, pilih tujuan lain atau snapshot yang lolos verifikasi.`,
  shallow: (dir: string) =>
    `${dir} adalah clone dangkal (shallow): riwayat Git tidak lengkap sehingga tidak dapat dicadangkan utuh. Ambil seluruh riwayat dulu (git fetch --unshallow, atau actions/checkout dengan fetch-depth: 0).`,
  siteMismatch: (dir: string, summary: string) =>
    `Situs ${dir} tidak cocok dengan laman-manifest.json miliknya sendiri (${summary}); situs yang berubah setelah dibangun tidak dicadangkan. Bangun ulang situs (laman build/publish) lalu coba lagi.`,
  siteMissing: (dir: string) => `Folder situs ${dir} tidak ada. Bangun situs dulu (laman build) atau tunjuk foldernya dengan --site DIR.`,
  restoreNotEmpty: (dir: string) => `${dir} tidak kosong: pemulihan hanya ke folder kosong atau yang belum ada, agar tidak ada yang tertimpa.`,
  notRestored: (t: BackupTarget, count: number) =>
    `${where(t)}: snapshot tidak utuh (${count} masalah di atas); tidak ada yang dipulihkan. Pulihkan dari snapshot lain (--snapshot ID) atau tujuan lain (--target NAMA).`,
} as const;
