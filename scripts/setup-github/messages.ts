// The Indonesian messages setup-github prints, in one place: the lines for each change and
// the explanation of a GitHub failure (what happened, why, what to do).
import type { Action } from './drift.ts';

export const IN_SYNC = 'sudah sesuai';
export const DRY_RUN_NOTE = 'uji coba (--dry-run): tidak ada yang diubah';

/** "label review/redaktur: dibuat", or "…: akan dibuat" when only planned. */
export function actionLine(action: Action, planned: boolean): string {
  const verb = (done: string) => (planned ? `akan ${done}` : done);
  switch (action.kind) {
    case 'create-label':
      return `label ${action.label.name}: ${verb('dibuat')}`;
    case 'update-label':
      return `label ${action.label.name}: ${verb('diperbarui')} (${action.changes.join(', ')})`;
    case 'create-ruleset':
      return `ruleset "${action.body.name}": ${verb('dibuat')}`;
    case 'update-ruleset':
      return `ruleset "${action.body.name}": ${verb('diperbarui')} (${action.changes.join(', ')})`;
  }
}

export function driftSummary(count: number, repo: string): string {
  return `${count} ketidaksesuaian di ${repo}; perbaiki dengan: npx laman setup-github --repo ${repo}`;
}

interface HttpFailure {
  status: number;
  message: string;
  /** Absent when no answer came back (network failure). */
  response?: { data?: unknown };
}

function isHttpFailure(error: unknown): error is HttpFailure {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number';
}

/** Why a request failed and what the IT officer can do, or undefined for errors that are not GitHub's answers. */
export function explainGitHubError(error: unknown, repo: string): string | undefined {
  if (!isHttpFailure(error)) return undefined;
  const data = error.response?.data as { message?: unknown } | undefined;
  const said = typeof data?.message === 'string' ? data.message : error.message;
  if (!error.response) return `GitHub tidak dapat dihubungi (${said}); periksa jaringan dan GITHUB_API_URL`;
  const { status } = error;
  if (status === 401) return `GitHub menolak token (401 ${said}); periksa GITHUB_TOKEN`;
  if (status === 403 && /rate limit/i.test(said)) return `batas laju (rate limit) GitHub habis (403 ${said}); coba lagi nanti`;
  if (status === 403 && /upgrade to github|make this repository public/i.test(said)) {
    return `GitHub tidak menyediakan ruleset untuk repositori ini (403 ${said}): repositori privat memerlukan paket GitHub Team/Enterprise; situs pengadilan dapat memakai repositori publik`;
  }
  if (status === 403) {
    return `token tidak punya hak yang cukup (403 ${said}); setup-github memerlukan hak admin atas ${repo}: token fine-grained dengan izin "Administration: write" dan "Issues: write" (docs/setup-github.md)`;
  }
  if (status === 404) return `tidak ditemukan (404): repositori ${repo} tidak ada, atau token tidak punya akses admin ke sana`;
  if (status === 422) return `GitHub menolak permintaan (422 ${said})`;
  if (status >= 500) return `GitHub sedang bermasalah (${status} ${said}), juga setelah dicoba ulang; coba lagi nanti`;
  return `GitHub menjawab ${status} (${said})`;
}

/** The whole failure: which step failed, why, and what was already changed before it. */
export function failureMessage(step: string, reason: string, applied: readonly Action[]): string {
  const done = applied.length
    ? `Sudah diterapkan sebelum gagal: ${applied.map((a) => actionLine(a, false)).join('; ')}. Sisanya belum diterapkan: jalankan lagi perintah ini setelah masalahnya diatasi.`
    : 'Tidak ada yang diubah.';
  return `gagal ${step}: ${reason}\n${done}`;
}
