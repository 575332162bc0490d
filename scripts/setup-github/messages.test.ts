import { describe, expect, it } from 'vitest';
import { actionLine, explainGitHubError, failureMessage } from './messages.ts';

/** An error shaped like octokit's RequestError. */
function httpError(status: number, message: string, answered = true): Error {
  return Object.assign(new Error(message), { status, ...(answered ? { response: { data: { message } } } : {}) });
}

const repo = 'pn-contoh/situs';

describe('explainGitHubError', () => {
  it.each([
    [httpError(401, 'Bad credentials'), 'GitHub menolak token (401 Bad credentials); periksa GITHUB_TOKEN'],
    [httpError(403, 'Resource not accessible by personal access token'), /^token tidak punya hak yang cukup \(403 .*"Administration: write" dan "Issues: write"/],
    [httpError(403, 'API rate limit exceeded for user ID 1.'), /^batas laju \(rate limit\) GitHub habis/],
    [httpError(403, 'Upgrade to GitHub Pro or make this repository public to enable this feature.'), /^GitHub tidak menyediakan ruleset untuk repositori ini \(403 .*repositori publik$/],
    [httpError(404, 'Not Found'), 'tidak ditemukan (404): repositori pn-contoh/situs tidak ada, atau token tidak punya akses admin ke sana'],
    [httpError(422, 'Validation Failed'), 'GitHub menolak permintaan (422 Validation Failed)'],
    [httpError(502, 'Server Error'), 'GitHub sedang bermasalah (502 Server Error), juga setelah dicoba ulang; coba lagi nanti'],
    [httpError(500, 'connect ECONNREFUSED 127.0.0.1:9', false), 'GitHub tidak dapat dihubungi (connect ECONNREFUSED 127.0.0.1:9); periksa jaringan dan GITHUB_API_URL'],
    [httpError(418, "I'm a teapot"), "GitHub menjawab 418 (I'm a teapot)"],
  ])('%s', (error, expected) => {
    const message = explainGitHubError(error, repo);
    if (typeof expected === 'string') expect(message).toBe(expected);
    else expect(message).toMatch(expected);
  });

  it('leaves errors that are not GitHub answers to the caller', () => {
    expect(explainGitHubError(new TypeError('x is undefined'), repo)).toBeUndefined();
  });
});

describe('failureMessage', () => {
  it('says nothing was changed, or lists what was', () => {
    expect(failureMessage('membaca label', 'alasan', [])).toBe('gagal membaca label: alasan\nTidak ada yang diubah.');
    const label = { name: 'review/operator', color: 'c5def5', description: 'd' };
    expect(failureMessage('membuat ruleset "x"', 'alasan', [{ kind: 'create-label', label }])).toBe(
      'gagal membuat ruleset "x": alasan\nSudah diterapkan sebelum gagal: label review/operator: dibuat. Sisanya belum diterapkan: jalankan lagi perintah ini setelah masalahnya diatasi.',
    );
    expect(actionLine({ kind: 'update-label', currentName: 'Review/Operator', label, changes: ['nama', 'warna'] }, true)).toBe('label review/operator: akan diperbarui (nama, warna)');
  });
});
