// The gate together with the ruleset `laman setup-github` creates: on the fake GitHub, which
// enforces branch rulesets, content reaches the default branch only by merging a pull request
// whose chain is complete. Decap's publish (a merge) is refused before that, and so is its
// fallback of writing the files straight onto the branch.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { desiredState } from '../../scripts/setup-github/desired.ts';
import { setupGitHub } from '../../scripts/setup-github/run.ts';
import { parsePolicy } from '../../scripts/gate/policy.ts';
import { STATUS_CONTEXT } from '../../scripts/gate/github/plan.ts';
import { BERITA, GATE, REPO, type Court } from './scenario.ts';
import { berita, ROUTINE, steps } from './steps.ts';
import { useCourt } from './use-court.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';

let court: Court;
useCourt(async (started) => {
  court = started;
  const policy = parsePolicy(await readFile(path.join(PROJECT_ROOT, 'cms/editorial.yml'), 'utf8'));
  // The CI checks are out of scope here: require the gate's status only, from GitHub Actions.
  const report = await setupGitHub({
    octokit: court.as(GATE),
    repo: REPO,
    desired: desiredState(policy, { requiredChecks: [STATUS_CONTEXT], statusAppId: 15368 }),
    mode: 'apply',
  });
  expect(report.inSync).toBe(false);
});

async function mainHas(file: string): Promise<boolean> {
  try {
    await court.as('ani').rest.repos.getContent({ ...REPO, path: file, ref: 'main' });
    return true;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}

/** What Decap does when a merge is refused: commit the entry's files onto main directly. */
async function forceWrite(file: string): Promise<unknown> {
  const ani = court.as('ani');
  const main = await ani.rest.git.getRef({ ...REPO, ref: 'heads/main' });
  const parent = await ani.rest.git.getCommit({ ...REPO, commit_sha: main.data.object.sha });
  const blob = await ani.rest.git.createBlob({ ...REPO, content: Buffer.from(BERITA('Paksa')).toString('base64'), encoding: 'base64' });
  const tree = await ani.rest.git.createTree({ ...REPO, base_tree: parent.data.tree.sha, tree: [{ path: file, mode: '100644', type: 'blob', sha: blob.data.sha }] });
  const commit = await ani.rest.git.createCommit({ ...REPO, message: 'Terbitkan', tree: tree.data.sha, parents: [parent.data.sha] });
  return ani.rest.git.updateRef({ ...REPO, ref: 'heads/main', sha: commit.data.sha, force: true });
}

describe('publishing only through the chain', { timeout: 90_000 }, () => {
  it('refuses the merge and every direct write until the chain is complete, then merges', async () => {
    const pr = await berita(court);
    const file = (await court.as('ani').rest.pulls.listFiles({ ...REPO, pull_number: pr })).data[0]!.filename;
    await steps(court, pr, ROUTINE.slice(0, 3));
    expect((await court.status(pr))?.state).toBe('pending');

    // Decap's "Terbitkan": the merge is refused…
    await expect(court.as('ani').rest.pulls.merge({ ...REPO, pull_number: pr })).rejects.toMatchObject({
      status: 405,
      message: expect.stringContaining('Required status check "laman/editorial" is expected.'),
    });
    // …and so is its fallback, and the contents API.
    await expect(forceWrite(file)).rejects.toMatchObject({ status: 422, message: expect.stringContaining('Changes must be made through a pull request.') });
    await expect(
      court.as('ani').rest.repos.createOrUpdateFileContents({ ...REPO, path: file, message: 'Terbitkan', content: Buffer.from('x').toString('base64'), branch: 'main' }),
    ).rejects.toMatchObject({ status: 422 });
    // GitHub's description gives this 422 no body; the fake answers as described.
    await expect(court.as('ani').rest.git.deleteRef({ ...REPO, ref: 'heads/main' })).rejects.toMatchObject({ status: 422 });
    expect(await mainHas(file)).toBe(false);

    // An operator posting the status herself does not count: only GitHub Actions' does.
    const { data } = await court.as('ani').rest.pulls.get({ ...REPO, pull_number: pr });
    await court.as('ani').rest.repos.createCommitStatus({ ...REPO, sha: data.head.sha, context: STATUS_CONTEXT, state: 'success', description: 'palsu' });
    await expect(court.as('ani').rest.pulls.merge({ ...REPO, pull_number: pr })).rejects.toMatchObject({ status: 405 });

    await steps(court, pr, ROUTINE.slice(3));
    expect((await court.status(pr))?.state).toBe('success');
    const merged = await court.as('ani').rest.pulls.merge({ ...REPO, pull_number: pr, sha: data.head.sha });
    expect(merged.data.merged).toBe(true);
    expect(await mainHas(file)).toBe(true);

    // A merged pull request is history: the gate leaves it alone.
    const before = court.fake.requests.length;
    expect((await court.gate(pr)).skipped).toBe(`pull request #${pr} sudah digabung`);
    expect(court.writesSince(before)).toEqual([]);
  });

  it('a commit pushed after the chain completed blocks the merge again until the chain is redone', async () => {
    const pr = await berita(court);
    await steps(court, pr, ROUTINE);
    await court.push('ani', pr, { 'content/berita/sisipan.md': BERITA('Sisipan') });
    // The new head has no status at all until the gate runs; then it is pending.
    await expect(court.as('ani').rest.pulls.merge({ ...REPO, pull_number: pr })).rejects.toMatchObject({ status: 405 });
    await court.gate(pr);
    await expect(court.as('ani').rest.pulls.merge({ ...REPO, pull_number: pr })).rejects.toMatchObject({ status: 405 });
    expect(await mainHas('content/berita/sisipan.md')).toBe(false);
  });
});
