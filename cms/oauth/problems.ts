// Every way a login can fail, with a stable name (logged), an HTTP status and the
// Indonesian message the court user sees in the popup and, through Decap, on the CMS
// login page: what happened, then what to do.

export type ProblemCode =
  | 'unsupported_provider'
  | 'scope_not_allowed'
  | 'state_missing'
  | 'state_mismatch'
  | 'code_missing'
  | 'access_denied'
  | 'github_authorize_error'
  | 'github_refused'
  | 'github_unreachable'
  | 'github_bad_answer'
  | 'internal_error';

export interface Problem {
  code: ProblemCode;
  /** Input to quote in the message (a provider, a scope, a GitHub error code); escaped on output. */
  detail?: string;
}

const RETRY = 'Tutup jendela ini, lalu klik lagi "Masuk dengan GitHub" di halaman CMS.';
const CALL_IT = 'Jika terus gagal, hubungi petugas TI.';

const PROBLEMS: Record<ProblemCode, { status: number; message: (detail: string) => string }> = {
  unsupported_provider: { status: 400, message: (d) => `Penyedia login "${d}" tidak didukung. CMS ini hanya menerima login dengan GitHub.` },
  scope_not_allowed: { status: 400, message: (d) => `Izin GitHub "${d}" tidak diizinkan untuk login CMS. Hubungi petugas TI untuk memeriksa konfigurasi CMS (auth_scope).` },
  state_missing: { status: 400, message: () => `Sesi login tidak ditemukan atau sudah kedaluwarsa (lebih dari 10 menit). ${RETRY}` },
  state_mismatch: { status: 400, message: () => `Sesi login tidak cocok dengan peramban ini, sehingga login dihentikan demi keamanan. ${RETRY}` },
  code_missing: { status: 400, message: () => `GitHub tidak mengirimkan kode login. ${RETRY}` },
  access_denied: { status: 400, message: () => `Login dibatalkan: akses ke GitHub tidak disetujui. Untuk mengelola konten, klik lagi "Masuk dengan GitHub" lalu setujui akses.` },
  github_authorize_error: { status: 400, message: (d) => `GitHub menolak permintaan login (${d}). Hubungi petugas TI untuk memeriksa pengaturan OAuth App di GitHub.` },
  github_refused: {
    status: 502,
    message: (d) =>
      d === 'bad_verification_code'
        ? `GitHub menolak kode login karena sudah dipakai atau kedaluwarsa (${d}). ${RETRY}`
        : `GitHub menolak menukar kode login (${d}). Hubungi petugas TI untuk memeriksa Client ID, Client Secret dan URL callback OAuth App.`,
  },
  github_unreachable: { status: 502, message: () => `Server login tidak dapat menghubungi GitHub. Coba lagi beberapa saat lagi. ${CALL_IT}` },
  github_bad_answer: { status: 502, message: () => `Jawaban GitHub tidak dapat dibaca. Coba lagi beberapa saat lagi. ${CALL_IT}` },
  internal_error: { status: 500, message: () => `Terjadi kesalahan pada server login. Coba lagi beberapa saat lagi. ${CALL_IT}` },
};

/** Quoted input is cut short: a hostile URL should not fill the popup. */
const MAX_DETAIL = 80;

export function describeProblem(problem: Problem): { status: number; message: string } {
  const entry = PROBLEMS[problem.code];
  const detail = problem.detail ?? '';
  const short = detail.length > MAX_DETAIL ? `${detail.slice(0, MAX_DETAIL)}…` : detail;
  return { status: entry.status, message: entry.message(short) };
}
