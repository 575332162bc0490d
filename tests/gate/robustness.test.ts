// The gate under the conditions of a real repository: long histories (pagination), rate
// limits and server errors (retried; never a false success), two runs at once, overdue
// stages, unreadable files, and the `laman gate` command itself.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { gateCommand } from '../../scripts/cli/commands/gate.ts';
import { main } from '../../scripts/cli/main.ts';
import { judgePullRequest } from '../../scripts/gate/github/run.ts';
import { LABEL } from '../../scripts/gate/snapshot-builder.ts';
import { BERITA, GATE, REPO, type Court } from './scenario.ts';
import { ROUTINE, berita, steps } from './steps.ts';
import { useCourt } from './use-court.ts';

let court: Court;
useCourt((started) => {
  court = started;
});

const opsSince = (index: number, operationId: string) => court.fake.requests.slice(index).filter((r) => r.operationId === operationId);

describe('long histories and an unreliable API', { timeout: 90_000 }, () => {
  it('reads every label event past the first 100 (pagination) and still finds the chain', async () => {
    const pr = await berita(court);
    const ani = court.as('ani');
    for (let i = 0; i < 60; i++) {
      await ani.rest.issues.addLabels({ ...REPO, issue_number: pr, labels: ['catatan'] });
      await ani.rest.issues.removeLabel({ ...REPO, issue_number: pr, name: 'catatan' });
    }
    court.tick();
    await steps(court, pr, ROUTINE.slice(0, 3));
    // The Penanggung Jawab's approval is event 128: on the second page.
    await court.label('dedi', pr, LABEL.pj);
    const before = court.fake.requests.length;
    await court.gate(pr);
    expect(opsSince(before, 'issues/list-events').length).toBeGreaterThanOrEqual(2);
    expect((await court.status(pr))?.state).toBe('success');
  });

  it('waits out rate limits and retries server errors, then decides correctly', async () => {
    const pr = await berita(court);
    await steps(court, pr, ROUTINE.slice(0, 3));
    await court.label('dedi', pr, LABEL.pj);
    court.fake.failNext(1, 'rate-limit', { operationId: 'issues/list-events' });
    court.fake.failNext(1, 'secondary-rate-limit', { operationId: 'repos/create-commit-status' });
    court.fake.failNext(2, 'server-error', { operationId: 'pulls/list-files' });
    const before = court.fake.requests.length;
    await court.gate(pr);
    expect(court.fake.requests.slice(before).filter((r) => r.injected).map((r) => r.injected)).toEqual([
      'server-error',
      'server-error',
      'rate-limit',
      'secondary-rate-limit',
    ]);
    expect((await court.status(pr))?.state).toBe('success');
  });

  it('an API that keeps failing ends in an `error` status with the reason, never a success', async () => {
    const pr = await berita(court);
    await steps(court, pr, ROUTINE);
    expect((await court.status(pr))?.state).toBe('success');
    // A new commit voids the chain; then GitHub fails every read of the events.
    await court.push('ani', pr, { 'content/berita/susulan.md': BERITA('Susulan') });
    // The client tries 4 times (3 retries); every attempt fails.
    court.fake.failNext(4, 'server-error', { operationId: 'issues/list-events' });
    const outcome = await judgePullRequest({ octokit: court.as(GATE), repo: REPO, pr, now: court.now, dryRun: false, remind: false, log: () => {} });
    expect(outcome.error).toMatch(/^GitHub menjawab 502 pada GET .*\/issues\/\d+\/events.* setelah dicoba ulang/);
    expect(await court.status(pr)).toMatchObject({ state: 'error', description: expect.stringContaining('GitHub menjawab 502') });
    expect(court.fake.requests.filter((r) => r.injected === 'server-error' && r.operationId === 'issues/list-events').length).toBeGreaterThanOrEqual(4);
    // Once GitHub answers again, the gate judges the new commit.
    await court.gate(pr);
    expect((await court.status(pr))?.state).toBe('pending');
  });

  it('two gate runs at once leave one comment and the right status', async () => {
    const pr = await berita(court);
    await court.label('ani', pr, LABEL.operator);
    await Promise.all([court.gate(pr), court.gate(pr)]);
    expect(await court.stickyComments(pr)).toHaveLength(1);
    expect(await court.status(pr)).toEqual({ state: 'pending', description: 'Menunggu Redaktur (@budi atau @rara)' });
    const again = await court.gate(pr);
    expect(again.plans).toEqual([{ deleteComments: [], removeLabels: [], addLabels: [] }]);
  });
});

describe('reminders and unreadable files', { timeout: 60_000 }, () => {
  it('an overdue stage gets one reminder that mentions who must act, and the checklist says so', async () => {
    const pr = await berita(court);
    await steps(court, pr, [ROUTINE[0]!]);
    court.tick(45); // the Redaktur has 30 minutes (SOP E step 4)
    await court.gate(pr, { remind: true });
    await court.gate(pr, { remind: true });
    const comments = await court.as('ani').paginate(court.as('ani').rest.issues.listComments, { ...REPO, issue_number: pr });
    const reminders = comments.filter((c) => (c.body ?? '').includes('**Pengingat:**'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.body).toContain('tahap **Redaktur** melewati batas waktu SOP E');
    expect(reminders[0]?.body).toContain('@budi atau @rara');
    expect((await court.stickyComments(pr))[0]?.body).toContain('**terlambat**');
  });

  it('a content file whose frontmatter cannot be read makes the Ketua required and is named', async () => {
    const pr = await court.openPr({ author: 'ani', branch: 'cms/berita/rusak', files: { 'content/berita/rusak.md': '---\njudul: [tidak ditutup\n---\nIsi.\n' } });
    await steps(court, pr, ROUTINE);
    expect(await court.status(pr)).toEqual({ state: 'pending', description: 'Menunggu Ketua (@eka)' });
    expect((await court.stickyComments(pr))[0]?.body).toContain('**Berkas yang tidak dapat dibaca**');
  });
});

describe('laman gate --repo --pr', { timeout: 60_000 }, () => {
  async function laman(args: string[], env: Record<string, string | undefined>) {
    let stdout = '';
    let stderr = '';
    const sink = (append: (s: string) => void) => new Writable({ write: (chunk, _enc, done) => (append(chunk.toString()), done()) });
    const code = await main(['gate', ...args], { cwd: process.cwd(), env, stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)), now: court.now }, [
      { name: gateCommand.name, summary: gateCommand.summary, load: async () => gateCommand },
    ]);
    return { code, stdout, stderr };
  }
  const env = () => ({ GITHUB_TOKEN: court.fake.tokenFor(GATE), GITHUB_API_URL: court.fake.url });

  it('prints the summary, or the decision as JSON, and exits 0 while pending', async () => {
    const pr = await berita(court);
    const dry = await laman(['--repo', 'pengadilan/situs', '--pr', String(pr), '--dry-run'], env());
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('**Menunggu Operator:** menunggu @ani atau @oki');
    expect(dry.stdout).toContain('[uji coba] yang akan diubah: status pending; komentar (baru)');
    expect(await court.status(pr)).toBeUndefined();

    const real = await laman(['--repo', 'pengadilan/situs', '--pr', String(pr), '--json'], env());
    expect(real.code).toBe(0);
    const json = JSON.parse(real.stdout) as { decision: { state: string; nextStage: { id: string } } };
    expect(json.decision).toMatchObject({ state: 'pending', nextStage: { id: 'operator' } });
    expect(real.stderr).toContain(`#${pr}: status laman/editorial: pending`);
    expect((await court.status(pr))?.state).toBe('pending');
  });

  it('reads team members with LAMAN_TEAMS_TOKEN and does everything else with GITHUB_TOKEN', async () => {
    const pr = await berita(court);
    const before = court.fake.requests.length;
    const r = await laman(['--repo', 'pengadilan/situs', '--pr', String(pr)], { ...env(), LAMAN_TEAMS_TOKEN: court.fake.tokenFor('eka') });
    expect(r.code).toBe(0);
    const made = court.fake.requests.slice(before);
    const actors = (teams: boolean) => new Set(made.filter((q) => (q.operationId === 'teams/list-members-in-org') === teams).map((q) => q.actor));
    expect(actors(true)).toEqual(new Set(['eka']));
    expect(actors(false)).toEqual(new Set([GATE]));
  });

  it('judges every open pull request with --all-open', async () => {
    const r = await laman(['--repo', 'pengadilan/situs', '--all-open', '--dry-run'], env());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ pull request terbuka dinilai\.$/m);
    expect(r.stdout).toMatch(/^#1: (pending|success|failure|outside)/m);
  });

  it('explains a missing token (exit 1) and a malformed --repo or --pr (exit 2)', async () => {
    const noToken = await laman(['--repo', 'pengadilan/situs', '--pr', '1'], { GITHUB_API_URL: court.fake.url });
    expect(noToken.code).toBe(1);
    expect(noToken.stderr).toContain('GITHUB_TOKEN tidak diisi');
    const badRepo = await laman(['--repo', 'pengadilan', '--pr', '1'], env());
    expect(badRepo.code).toBe(2);
    expect(badRepo.stderr).toContain('--repo harus berbentuk OWNER/NAME');
    const badPr = await laman(['--repo', 'pengadilan/situs', '--pr', 'satu'], env());
    expect(badPr.code).toBe(2);
    const mixed = await laman(['--snapshot', 'x.json', '--pr', '1'], env());
    expect(mixed.code).toBe(2);
  });
});
