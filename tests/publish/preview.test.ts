// `laman preview` on the fake GitHub: the status Decap CMS turns into "Lihat pratinjau".
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { previewCommand } from '../../scripts/cli/commands/preview.ts';
import { main } from '../../scripts/cli/main.ts';
import { GATE, REPO, type Court } from '../gate/scenario.ts';
import { berita } from '../gate/steps.ts';
import { useCourt } from '../gate/use-court.ts';

let court: Court;
useCourt((started) => {
  court = started;
});

async function laman(args: string[], env: Record<string, string | undefined>) {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) => new Writable({ write: (chunk, _enc, done) => (append(chunk.toString()), done()) });
  const code = await main(['preview', ...args], { cwd: process.cwd(), env, stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)), now: court.now }, [
    { name: previewCommand.name, summary: previewCommand.summary, load: async () => previewCommand },
  ]);
  return { code, stdout, stderr };
}

describe('laman preview', { timeout: 60_000 }, () => {
  it('puts a deploy status on the pull request\'s head commit, which Decap finds by its context', async () => {
    const pr = await berita(court);
    const env = { GITHUB_TOKEN: court.fake.tokenFor(GATE), GITHUB_API_URL: court.fake.url, GITHUB_REPOSITORY: 'pengadilan/situs' };
    const url = 'https://github.com/pengadilan/situs/actions/runs/42';
    expect((await laman(['--pr', String(pr), '--url', url, '--state', 'pending'], env)).code).toBe(0);
    const done = await laman(['--pr', String(pr), '--url', url], env);
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/^status deploy\/pratinjau: success pada [0-9a-f]{7} → https:\/\/github\.com\/pengadilan\/situs\/actions\/runs\/42\n$/);

    // What Decap's GitHub backend does: the combined status of the branch, the first context containing "deploy".
    const { data: pull } = await court.as('ani').rest.pulls.get({ ...REPO, pull_number: pr });
    const { data } = await court.as('ani').rest.repos.getCombinedStatusForRef({ ...REPO, ref: pull.head.ref });
    const deploy = data.statuses.find((s) => s.context.includes('deploy'));
    expect(deploy).toMatchObject({ state: 'success', target_url: url, description: expect.stringContaining('Pratinjau situs siap') });
  });

  it('refuses a missing pull request number, a non-https address and an unknown state (exit 2)', async () => {
    const env = { GITHUB_TOKEN: court.fake.tokenFor(GATE), GITHUB_API_URL: court.fake.url, GITHUB_REPOSITORY: 'pengadilan/situs' };
    expect((await laman(['--url', 'https://x.test/'], env)).code).toBe(2);
    expect((await laman(['--pr', '1', '--url', 'http://pratinjau.test/'], env)).code).toBe(2);
    expect((await laman(['--pr', '1', '--url', 'https://x.test/', '--state', 'selesai'], env)).code).toBe(2);
  });
});
