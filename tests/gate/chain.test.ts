// The editorial gate end to end on the fake GitHub: real pull requests, labels applied by the
// people acting, the real adapter reading, deciding and writing. Every request and response
// is validated against GitHub's OpenAPI description.
import { describe, expect, it } from 'vitest';
import { LABEL } from '../../scripts/gate/snapshot-builder.ts';
import { BERITA, type Court } from './scenario.ts';
import { ROUTINE, berita, steps } from './steps.ts';
import { useCourt } from './use-court.ts';

let court: Court;
useCourt((started) => {
  court = started;
});

describe('the chain done right', { timeout: 60_000 }, () => {
  it('routine content completes at the Penanggung Jawab; Decap sees pending_publish; a second run changes nothing', async () => {
    const pr = await berita(court);
    await court.gate(pr);
    expect(await court.status(pr)).toMatchObject({ state: 'pending', description: 'Menunggu Operator (@ani atau @oki)' });

    for (const [i, step] of ROUTINE.entries()) {
      await steps(court, pr, [step]);
      expect((await court.status(pr))?.state).toBe(i === ROUTINE.length - 1 ? 'success' : 'pending');
    }
    expect(await court.labels(pr)).toEqual(['decap-cms/pending_publish', ...ROUTINE.map(([, l]) => l)].sort());
    const [sticky, ...more] = await court.stickyComments(pr);
    expect(more).toEqual([]);
    expect(sticky?.body).toContain('**Status: lengkap.**');
    expect(sticky?.body).toMatch(/- \[x\] \*\*Penanggung Jawab Informasi\*\* \(`review\/penanggung-jawab`\): @dedi, 2026-11-23 \d\d\.\d\d WIB/);

    const before = court.fake.requests.length;
    const again = await court.gate(pr);
    expect(again.plans).toEqual([{ deleteComments: [], removeLabels: [], addLabels: [] }]);
    expect(court.writesSince(before)).toEqual([]);
  });

  it('content that needs special attention waits for the Ketua after the Penanggung Jawab', async () => {
    const pr = await berita(court);
    // The special item arrives in a second commit, as when an operator adds it to a draft.
    await court.push('ani', pr, { 'content/berita/khusus.md': BERITA('Perkara anak').replace('perhatian_khusus: false', 'perhatian_khusus: true') });
    await steps(court, pr, ROUTINE);
    expect(await court.status(pr)).toEqual({ state: 'pending', description: 'Menunggu Ketua (@eka)' });
    expect(await court.labels(pr)).not.toContain('decap-cms/pending_publish');
    expect((await court.stickyComments(pr))[0]?.body).toContain('diperlukan karena `content/berita/khusus.md`: perhatian_khusus: true');
    await steps(court, pr, [['eka', LABEL.ketua]]);
    expect((await court.status(pr))?.state).toBe('success');
  });

  it('a dry run reads and decides but writes nothing', async () => {
    const pr = await berita(court);
    const before = court.fake.requests.length;
    const result = await court.gate(pr, { dryRun: true });
    expect(result.decision?.state).toBe('pending');
    expect(result.plans[0]?.status?.state).toBe('pending');
    expect(result.plans[0]?.comment?.kind).toBe('create');
    expect(court.writesSince(before)).toEqual([]);
    expect(await court.status(pr)).toBeUndefined();
  });
});

describe('approvals that stop counting', { timeout: 60_000 }, () => {
  it('a commit after the last approval voids the chain, even with a back-dated commit date; stale labels go, Decap goes back to pending_review', async () => {
    const pr = await berita(court);
    await steps(court, pr, ROUTINE);
    expect((await court.status(pr))?.state).toBe('success');

    // The commit claims to be from a year ago; the push log says when it really arrived.
    const sha = await court.push('ani', pr, { 'content/berita/tambahan.md': BERITA('Tambahan') }, { commitDate: '2025-01-01T00:00:00Z' });
    await court.gate(pr);
    expect(await court.status(pr)).toEqual({ state: 'pending', description: 'Menunggu Operator (@ani atau @oki)' });
    expect(await court.labels(pr)).toEqual(['decap-cms/pending_review']);
    const sticky = (await court.stickyComments(pr))[0]?.body ?? '';
    expect(sticky).toContain(`batal karena ada commit baru \`${sha.slice(0, 7)}\``);

    await steps(court, pr, ROUTINE);
    expect((await court.status(pr))?.state).toBe('success');
  });

  it('removing a label withdraws that approval and the later ones; re-adding counts from then', async () => {
    const pr = await berita(court);
    await steps(court, pr, ROUTINE.slice(0, 3));
    await court.unlabel('rara', pr, LABEL.redaktur);
    await court.gate(pr);
    expect(await court.status(pr)).toEqual({ state: 'pending', description: 'Menunggu Redaktur (@budi atau @rara)' });
    expect(await court.labels(pr)).toEqual(['decap-cms/draft', LABEL.operator]);

    await steps(court, pr, [['rara', LABEL.redaktur]]);
    expect((await court.status(pr))?.description).toBe('Menunggu Editor (@budi atau @citra)');
    await steps(court, pr, ROUTINE.slice(2));
    expect((await court.status(pr))?.state).toBe('success');
  });
});

describe('what the chain covers', { timeout: 60_000 }, () => {
  it('a pull request mixing content with code fails and asks to be split, whatever its labels', async () => {
    const pr = await court.openPr({
      author: 'ani',
      branch: 'campuran',
      files: { 'content/berita/campur.md': BERITA('Campur'), 'src/pages/index.astro': '---\n---\n<h1>Diubah</h1>\n' },
    });
    await steps(court, pr, ROUTINE);
    expect(await court.status(pr)).toEqual({ state: 'failure', description: 'Ditolak: konten dicampur dengan berkas lain; pecah pull request ini' });
    expect((await court.stickyComments(pr))[0]?.body).toContain('src/pages/index.astro');
  });

  it('a pull request outside content/ is left to code review, whatever its branch name', async () => {
    const pr = await court.openPr({ author: 'mallory', branch: 'cms/berita/menyamar', files: { 'src/pages/index.astro': '---\n---\n<h1>Kode</h1>\n' } });
    await court.gate(pr);
    expect(await court.status(pr)).toEqual({ state: 'success', description: 'Di luar rantai penyuntingan: tidak mengubah konten (tinjauan kode biasa berlaku)' });
  });

  it('a pull request that edits the policy is judged by the policy on the base branch', async () => {
    const policy = await court.as('ani').rest.repos.getContent({ owner: 'pengadilan', repo: 'situs', path: 'cms/editorial.yml' });
    const text = Buffer.from((policy.data as { content: string }).content, 'base64').toString('utf8');
    const opened = text.replace('teams: [pengadilan/redaktur]', 'logins: [mallory]\n      teams: [pengadilan/redaktur]');
    expect(opened).not.toBe(text);
    const pr = await court.openPr({ author: 'mallory', branch: 'cms/berita/kebijakan', files: { 'cms/editorial.yml': opened, 'content/berita/m.md': BERITA('M') } });
    await steps(court, pr, [['ani', LABEL.operator], ['mallory', LABEL.redaktur]]);
    expect((await court.status(pr))?.state).toBe('failure');
    const sticky = (await court.stickyComments(pr))[0]?.body ?? '';
    expect(sticky).toContain('@mallory');
    expect(await court.labels(pr)).toEqual([LABEL.operator]);
  });
});
