// Every message a deploy target prints or throws, in one place (Indonesian, for the court's
// IT officer): what happened, why, and what to do. Failures are DeployFailed errors.

/** A deploy that did not switch the live site; `code` names the failure for callers and tests. */
export class DeployFailed extends Error {
  override name = 'DeployFailed';
  readonly code: DeployFailure;
  constructor(code: DeployFailure, message: string) {
    super(message);
    this.code = code;
  }
}

export type DeployFailure =
  | 'bad-manifest'
  | 'bad-site'
  | 'current-not-symlink'
  | 'verify-failed'
  | 'live-release-damaged'
  | 'connection'
  | 'upload'
  | 'remote';

const UNCHANGED = 'situs yang tayang tidak diubah';

/** At most `max` names, then "dan N lainnya". */
export function someOf(names: readonly string[], max = 5): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown}, dan ${names.length - max} lainnya` : shown;
}

export const messages = {
  badManifest: (problems: readonly string[]) =>
    new DeployFailed('bad-manifest', `manifes build tidak dapat dipakai untuk deploy: ${someOf(problems)}; ${UNCHANGED}`),
  manifestFileMissing: (file: string) =>
    new DeployFailed('bad-site', `${file} tidak ada: deploy hanya menerima hasil build lengkap dengan manifesnya (laman publish menulisnya); ${UNCHANGED}`),
  manifestFileDiffers: (file: string, build: string) =>
    new DeployFailed('bad-site', `${file} bukan manifes build ${build} yang hendak dipasang (build di folder itu sudah berganti?); ${UNCHANGED}`),
  notRegular: (entries: readonly string[]) =>
    new DeployFailed('bad-site', `situs berisi ${someOf(entries)} yang bukan berkas biasa (symlink, soket, atau perangkat); situs hanya boleh berisi berkas dan folder; ${UNCHANGED}`),
  siteDiffers: (where: string, changed: readonly string[], added: readonly string[], missing: readonly string[]) => {
    const parts = [
      changed.length ? `isi berbeda: ${someOf(changed)}` : '',
      added.length ? `tidak ada di manifes: ${someOf(added)}` : '',
      missing.length ? `hilang: ${someOf(missing)}` : '',
    ].filter(Boolean);
    return new DeployFailed('verify-failed', `verifikasi gagal: ${where} tidak cocok dengan manifes build (${parts.join('; ')}); ${UNCHANGED}`);
  },
  remoteVerifyFailed: (where: string, detail: string) =>
    new DeployFailed('verify-failed', `verifikasi gagal: berkas yang diunggah ke ${where} tidak cocok dengan manifes build (${detail}); ${UNCHANGED}`),
  currentNotSymlink: (current: string) =>
    new DeployFailed(
      'current-not-symlink',
      `${current} ada tetapi bukan symlink: pindahkan situs lama ke tempat lain dulu (mis. mv current situs-lama), lalu deploy lagi (docs/deploy.md); ${UNCHANGED}`,
    ),
  liveReleaseDamaged: (release: string, detail: string) =>
    new DeployFailed(
      'live-release-damaged',
      `rilis ${release} yang sedang tayang tidak lagi cocok dengan manifesnya (${detail}): berkas di server diubah setelah deploy. Buat build baru (laman publish) untuk memulihkan situs dan periksa server; ${UNCHANGED}`,
    ),
  connection: (where: string, detail: string) =>
    new DeployFailed(
      'connection',
      `tidak dapat masuk ke ${where} lewat SSH (${detail}): periksa alamat, port, kunci deploy, dan known_hosts (kunci host harus tercantum); ${UNCHANGED}`,
    ),
  missingTool: (tool: string) =>
    new DeployFailed('connection', `${tool} tidak terpasang di mesin yang menjalankan deploy: apt-get install openssh-client rsync; ${UNCHANGED}`),
  upload: (where: string, detail: string) => new DeployFailed('upload', `unggah rsync ke ${where} gagal (${detail}); ${UNCHANGED}`),
  remote: (step: string, where: string, detail: string) => new DeployFailed('remote', `${step} di ${where} gagal (${detail}); ${UNCHANGED}`),
};

export const logLines = {
  start: (build: string, location: string) => `deploy build ${build} ke ${location}`,
  previous: (build: string | undefined) => (build ? `rilis yang tayang sekarang: ${build}` : 'belum ada rilis yang tayang'),
  foreignCurrent: (target: string) => `current menunjuk ke ${target}, bukan rilis Laman: diganti`,
  alreadyThere: (build: string) => `rilis ${build} sudah ada dan cocok dengan manifes: tidak perlu disalin ulang`,
  damagedReplaced: (build: string) => `rilis ${build} yang sudah ada tidak cocok dengan manifes: disalin ulang`,
  copying: (files: number) => `menyalin ${files} berkas`,
  uploading: (files: number, linkDest: string | undefined) =>
    `mengunggah ${files} berkas dengan rsync${linkDest ? ` (berkas yang sama dengan rilis ${linkDest} menjadi hard link)` : ''}`,
  verified: (files: number) => `${files} berkas cocok dengan SHA-256 di manifes`,
  switched: (build: string) => `current → releases/${build}`,
  pruned: (builds: readonly string[]) => `rilis lama dihapus: ${builds.join(', ')}`,
  pruneFailed: (detail: string) =>
    `PERINGATAN: rilis lama tidak dapat dihapus (${detail}); situs baru sudah tayang, hapus rilis lama secara manual (docs/deploy.md)`,
  cleanupFailed: (partial: string, detail: string) => `PERINGATAN: ${partial} tidak dapat dihapus (${detail}); deploy berikutnya menimpanya`,
};
