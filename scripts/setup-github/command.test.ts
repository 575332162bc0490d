// `laman setup-github` end to end, through main(), against the fake GitHub: every request and
// response is checked against GitHub's OpenAPI description.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestOctokit, startFakeGitHub, unpaced, type FakeGitHub, type TestOctokitInstance } from '../../tests/fake-github/index.ts';
import { createSetupGithubCommand, setupGithubCommand } from '../cli/commands/setup-github.ts';
import type { Command } from '../cli/context.ts';
import { main } from '../cli/main.ts';
import { createGitHubClient } from '../github/client.ts';
import { parsePolicy } from '../gate/policy.ts';
import { desiredLabels, RULESET_NAME } from './desired.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const repo = { owner: 'pn-contoh', repo: 'situs' };
const labels = desiredLabels(parsePolicy(readFileSync(path.join(root, 'cms/editorial.yml'), 'utf8')));

/**
 * The command with the client tests need: waits scaled to milliseconds and GitHub's
 * one-write-per-second pacing off. Read-only runs use the real command (clientFromEnv).
 */
const fastCommand = createSetupGithubCommand((env, log) =>
  createGitHubClient({ token: env.GITHUB_TOKEN ?? '', baseUrl: env.GITHUB_API_URL, retryAfterBaseValue: 10, scheduler: unpaced, log }),
);

let fake: FakeGitHub;
let admin: TestOctokitInstance;

interface Options {
  command?: Command;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

async function laman(args: string[], options: Options = {}) {
  const command = options.command ?? fastCommand;
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) => new Writable({ write: (chunk, _enc, done) => (append(chunk.toString()), done()) });
  const code = await main(
    ['setup-github', ...args],
    {
      cwd: options.cwd ?? root,
      env: options.env ?? { GITHUB_TOKEN: fake.tokenFor('admin'), GITHUB_API_URL: fake.url },
      stdout: sink((s) => (stdout += s)),
      stderr: sink((s) => (stderr += s)),
      now: () => new Date('2026-11-23T01:00:00Z'),
    },
    [{ name: command.name, summary: command.summary, load: async () => command }],
  );
  return { code, stdout, stderr };
}

const REPO = ['--repo', 'pn-contoh/situs'];
const writes = (since = 0) => fake.requests.slice(since).filter((r) => r.method !== 'GET');
const theRuleset = () => {
  const all = [...fake.state.rulesets.values()].filter((r) => r.name === RULESET_NAME);
  expect(all).toHaveLength(1);
  return all[0]!;
};
const createdLines = [...labels.map((l) => `label ${l.name}: dibuat`), `ruleset "${RULESET_NAME}": dibuat`];

describe('laman setup-github against the fake GitHub', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    fake = await startFakeGitHub({ ...repo, users: [{ login: 'admin' }] });
    admin = createTestOctokit({ baseUrl: fake.url, token: fake.tokenFor('admin') }).octokit;
  }, 30_000);

  afterEach(async () => {
    try {
      fake.assertNoViolations();
    } finally {
      await fake.close();
    }
  });

  it('creates the five stage labels and the ruleset on a fresh repository; a second run writes nothing', async () => {
    const first = await laman(REPO);
    expect(first).toEqual({ code: 0, stdout: createdLines.map((l) => l + '\n').join(''), stderr: '' });
    expect(fake.state.labels.map(({ name, color, description }) => ({ name, color, description }))).toEqual(labels);
    expect(writes().map((r) => r.operationId)).toEqual([...labels.map(() => 'issues/create-label'), 'repos/create-repo-ruleset']);

    const ruleset = theRuleset();
    expect(ruleset).toMatchObject({
      target: 'branch',
      enforcement: 'active',
      bypass_actors: [],
      conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
    });
    expect(ruleset.rules).toEqual([
      { type: 'pull_request', parameters: expect.objectContaining({ required_approving_review_count: 0 }) },
      {
        type: 'required_status_checks',
        parameters: {
          do_not_enforce_on_create: false,
          // Only GitHub Actions (the gate's GITHUB_TOKEN, the CI job) may satisfy them.
          required_status_checks: [
            { context: 'laman/editorial', integration_id: 15368 },
            { context: 'test', integration_id: 15368 },
            { context: 'periksa-konten', integration_id: 15368 },
          ],
          strict_required_status_checks_policy: false,
        },
      },
      { type: 'deletion' },
      { type: 'non_fast_forward' },
    ]);

    const since = fake.requests.length;
    const second = await laman(REPO);
    expect(second).toEqual({ code: 0, stdout: 'sudah sesuai\n', stderr: '' });
    expect(fake.requests.length).toBeGreaterThan(since);
    expect(writes(since)).toEqual([]);
  });

  it('--check lists every drift on a fresh repository (exit 1), and nothing once set up (exit 0)', async () => {
    const env = { GITHUB_TOKEN: fake.tokenFor('admin'), GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: 'pn-contoh/situs' };
    const before = await laman(['--check'], { command: setupGithubCommand, env });
    expect(before.code).toBe(1);
    expect(before.stdout.trimEnd().split('\n')).toEqual([
      ...labels.map((l) => `label ${l.name}: belum ada`),
      expect.stringMatching(/^ruleset "laman: rantai penyuntingan": belum ada: cabang utama tidak dilindungi/),
      '6 ketidaksesuaian di pn-contoh/situs; perbaiki dengan: npx laman setup-github --repo pn-contoh/situs',
    ]);
    expect(writes()).toEqual([]);

    const json = await laman(['--check', '--json'], { command: setupGithubCommand, env });
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ repo: 'pn-contoh/situs', mode: 'check', inSync: false });
    expect(report.drifts.map((d: { code: string }) => d.code)).toEqual([...labels.map(() => 'label-missing'), 'ruleset-missing']);
    expect(report.actions).toContainEqual({ kind: 'create-ruleset', name: RULESET_NAME, changes: [] });

    expect((await laman([], { env })).code).toBe(0);
    const after = await laman(['--check'], { command: setupGithubCommand, env });
    expect(after).toEqual({ code: 0, stdout: 'sudah sesuai\n', stderr: '' });
    const afterJson = JSON.parse((await laman(['--check', '--json'], { command: setupGithubCommand, env })).stdout);
    expect(afterJson).toEqual({ repo: 'pn-contoh/situs', mode: 'check', inSync: true, drifts: [], actions: [] });
  });

  const tampering: { name: string; tamper: () => Promise<unknown>; drift: string; fixed: string }[] = [
    {
      name: 'a bypass actor added',
      tamper: () =>
        admin.rest.repos.updateRepoRuleset({ ...repo, ruleset_id: theRuleset().id, bypass_actors: [{ actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always' }] }),
      drift: `ruleset "${RULESET_NAME}": ada bypass actor: RepositoryRole #5 (always); seharusnya tidak ada`,
      fixed: `ruleset "${RULESET_NAME}": diperbarui (bypass dihapus)`,
    },
    {
      name: 'the ruleset disabled',
      tamper: () => admin.rest.repos.updateRepoRuleset({ ...repo, ruleset_id: theRuleset().id, enforcement: 'disabled' }),
      drift: `ruleset "${RULESET_NAME}": dinonaktifkan (enforcement: disabled), seharusnya active`,
      fixed: `ruleset "${RULESET_NAME}": diperbarui (diaktifkan)`,
    },
    {
      name: 'a label colour changed',
      tamper: () => admin.rest.issues.updateLabel({ ...repo, name: 'review/editor', color: 'ff0000' }),
      drift: `label review/editor: warna ff0000, seharusnya ${labels[2]!.color}`,
      fixed: 'label review/editor: diperbarui (warna)',
    },
    {
      name: 'a required check removed',
      tamper: () =>
        admin.rest.repos.updateRepoRuleset({
          ...repo,
          ruleset_id: theRuleset().id,
          rules: [
            { type: 'pull_request', parameters: { dismiss_stale_reviews_on_push: true, require_code_owner_review: false, require_last_push_approval: false, required_approving_review_count: 0, required_review_thread_resolution: false, allowed_merge_methods: ['merge', 'squash', 'rebase'] } },
            { type: 'required_status_checks', parameters: { required_status_checks: [{ context: 'test' }, { context: 'periksa-konten' }], strict_required_status_checks_policy: false } },
            { type: 'deletion' },
          ],
        }),
      drift: `ruleset "${RULESET_NAME}": pemeriksaan wajib "laman/editorial" tidak ada`,
      fixed: `ruleset "${RULESET_NAME}": diperbarui (pemeriksaan wajib, larangan force push)`,
    },
  ];

  it('--check names each drift made through the API (exit 1), and setup puts it right with one write', async () => {
    expect((await laman(REPO)).code).toBe(0);
    for (const { name, tamper, drift, fixed } of tampering) {
      await tamper();
      const check = await laman([...REPO, '--check'], { command: setupGithubCommand });
      expect(check.code, name).toBe(1);
      expect(check.stdout, name).toContain(drift);
      expect(check.stdout, name).toMatch(/^\d+ ketidaksesuaian di pn-contoh\/situs/m);

      const since = fake.requests.length;
      const fix = await laman(REPO);
      expect(fix, name).toEqual({ code: 0, stdout: `${fixed}\n`, stderr: '' });
      expect(writes(since), name).toHaveLength(1);
      expect((await laman([...REPO, '--check'], { command: setupGithubCommand })).code, name).toBe(0);
    }
    expect(theRuleset()).toMatchObject({ enforcement: 'active', bypass_actors: [] });
  });

  it('reports a required check any source may satisfy (a spoofable laman/editorial), unless --status-app none', async () => {
    expect((await laman([...REPO, '--status-app', 'none'])).code).toBe(0);
    const check = await laman([...REPO, '--check'], { command: setupGithubCommand });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('pemeriksaan wajib "laman/editorial" menerima status dari sumber mana pun');
    expect((await laman([...REPO, '--check', '--status-app', 'none'], { command: setupGithubCommand })).code).toBe(0);
    expect((await laman(REPO)).code).toBe(0);
    expect((await laman([...REPO, '--check'], { command: setupGithubCommand })).code).toBe(0);
    expect((await laman([...REPO, '--status-app', 'actions'])).code).toBe(2);
  });

  it('updates an existing stage label in place and leaves other labels and rulesets alone', async () => {
    await admin.rest.issues.createLabel({ ...repo, name: 'bug', color: 'd73a4a', description: 'Ada yang rusak' });
    const existing = await admin.rest.issues.createLabel({ ...repo, name: 'review/ketua', color: '000000' });
    const other = await admin.rest.repos.createRepoRuleset({ ...repo, name: 'lain', enforcement: 'active', rules: [{ type: 'required_linear_history' }] });
    const result = await laman(REPO);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('label review/ketua: diperbarui (warna, deskripsi)\n');
    expect(result.stdout).not.toContain('label review/ketua: dibuat');
    expect(fake.state.labels.find((l) => l.name === 'review/ketua')).toMatchObject({ id: existing.data.id, color: labels[4]!.color });
    expect(fake.state.labels.find((l) => l.name === 'bug')).toMatchObject({ color: 'd73a4a', description: 'Ada yang rusak' });
    expect(fake.state.rulesets.get(other.data.id)).toMatchObject({ name: 'lain', rules: [{ type: 'required_linear_history' }] });
    expect(fake.state.rulesets.size).toBe(2);
  });

  it('--require-check sets the required checks; --check against the default list reports the one missing', async () => {
    expect((await laman([...REPO, '--require-check', 'laman/editorial'])).code).toBe(0);
    expect(theRuleset().rules).toContainEqual({
      type: 'required_status_checks',
      parameters: { do_not_enforce_on_create: false, required_status_checks: [{ context: 'laman/editorial', integration_id: 15368 }], strict_required_status_checks_policy: false },
    });
    const check = await laman([...REPO, '--check'], { command: setupGithubCommand });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`ruleset "${RULESET_NAME}": pemeriksaan wajib "test" tidak ada`);
    expect((await laman([...REPO, '--check', '--require-check', 'laman/editorial'], { command: setupGithubCommand })).code).toBe(0);
  });

  it('--dry-run prints the plan and writes nothing', async () => {
    const result = await laman([...REPO, '--dry-run'], { command: setupGithubCommand });
    expect(result).toEqual({
      code: 0,
      stdout: [...labels.map((l) => `label ${l.name}: akan dibuat`), `ruleset "${RULESET_NAME}": akan dibuat`, 'uji coba (--dry-run): tidak ada yang diubah', ''].join('\n'),
      stderr: '',
    });
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(writes()).toEqual([]);
    expect(fake.state.labels).toEqual([]);
    expect(fake.state.rulesets.size).toBe(0);
  });

  it('--json reports the writes made, and the plan under --dry-run', async () => {
    const planned = JSON.parse((await laman([...REPO, '--dry-run', '--json'])).stdout);
    expect(planned).toMatchObject({ mode: 'dry-run', inSync: false, actions: expect.arrayContaining([{ kind: 'create-label', name: 'review/ketua', changes: [] }]) });
    expect(writes()).toEqual([]);
    await admin.rest.issues.createLabel({ ...repo, name: 'review/editor', color: '000000', description: labels[2]!.description });
    const result = await laman([...REPO, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ repo: 'pn-contoh/situs', mode: 'apply', inSync: false });
    expect(report.actions).toEqual([
      ...labels.map((l) => (l.name === 'review/editor' ? { kind: 'update-label', name: l.name, changes: ['warna'] } : { kind: 'create-label', name: l.name, changes: [] })),
      { kind: 'create-ruleset', name: RULESET_NAME, changes: [] },
    ]);
  });

  it('refuses to run without a token, in Indonesian, before any request (exit 1)', async () => {
    const result = await laman(REPO, { command: setupGithubCommand, env: { GITHUB_API_URL: fake.url } });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('GITHUB_TOKEN tidak diisi');
    expect(result.stderr).toContain('Administration: write');
    expect(fake.requests).toEqual([]);
  });

  it('reports a missing or invalid policy (exit 1)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'laman-setup-github-'));
    const missing = await laman(REPO, { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cms/editorial.yml tidak ditemukan');
    mkdirSync(path.join(dir, 'cms'));
    writeFileSync(path.join(dir, 'cms/editorial.yml'), 'versi: 2\n');
    const invalid = await laman(REPO, { cwd: dir });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/kebijakan penyuntingan tidak valid:\ncms\/editorial\.yml:1: versi: versi harus 1/);
    expect(fake.requests).toEqual([]);
  });

  it('fails clearly when GitHub keeps failing while reading, and claims nothing (exit 1)', async () => {
    fake.failNext(5, 'server-error');
    const result = await laman(REPO);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    // Before it: octokit's one line per failed attempt.
    expect(result.stderr).toMatch(
      /\nlaman setup-github: gagal membaca label dan ruleset pn-contoh\/situs: GitHub sedang bermasalah \(502 Server Error\), juga setelah dicoba ulang; coba lagi nanti\nTidak ada yang diubah\.\n$/,
    );
    // Three retries, then the run stops.
    expect(fake.requests.map((r) => [r.operationId, r.status])).toEqual(Array(4).fill(['issues/list-labels-for-repo', 502]));
  });

  it('fails clearly when a write keeps failing: names what was done, claims no success, and a rerun finishes', async () => {
    // Every attempt fails: the first and three retries.
    fake.failNext(4, 'server-error', { operationId: 'repos/create-repo-ruleset' });
    const result = await laman(REPO);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(labels.map((l) => `label ${l.name}: dibuat\n`).join(''));
    expect(result.stdout).not.toContain('ruleset');
    expect(result.stdout).not.toContain('sudah sesuai');
    expect(result.stderr).toContain(`gagal membuat ruleset "${RULESET_NAME}": GitHub sedang bermasalah (502`);
    expect(result.stderr).toContain(`Sudah diterapkan sebelum gagal: label review/operator: dibuat; label review/redaktur: dibuat;`);
    expect(result.stderr).toContain('Sisanya belum diterapkan');
    expect(fake.state.rulesets.size).toBe(0);

    const rerun = await laman(REPO);
    expect(rerun).toEqual({ code: 0, stdout: `ruleset "${RULESET_NAME}": dibuat\n`, stderr: '' });
  });

  it('explains a token without admin rights (403, not retried)', async () => {
    fake.failNext(1, { status: 403, body: { message: 'Resource not accessible by personal access token' } }, { operationId: 'repos/create-repo-ruleset' });
    const result = await laman(REPO);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`gagal membuat ruleset "${RULESET_NAME}": token tidak punya hak yang cukup (403 Resource not accessible by personal access token)`);
    expect(result.stderr).toContain('"Administration: write"');
    expect(fake.requests.filter((r) => r.operationId === 'repos/create-repo-ruleset')).toHaveLength(1);
  });

  it('explains a token GitHub does not know (401)', async () => {
    const result = await laman(['--check', ...REPO], { command: setupGithubCommand, env: { GITHUB_TOKEN: 'salah', GITHUB_API_URL: fake.url } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('gagal membaca label dan ruleset pn-contoh/situs: GitHub menolak token (401 Bad credentials); periksa GITHUB_TOKEN');
  });
});

describe('laman setup-github usage', () => {
  it.each([
    [['--repo', 'situs'], 'repositori tidak valid: "situs"'],
    [['--repo', 'a/b/c'], 'repositori tidak valid'],
    [[], '--repo OWNER/NAME wajib diisi'],
    [[...REPO, '--check', '--dry-run'], '--check dan --dry-run tidak dapat dipakai bersamaan'],
    [[...REPO, '--require-check', ' '], '--require-check memerlukan nama pemeriksaan'],
    [[...REPO, '--frobnicate'], "Unknown option '--frobnicate'"],
  ])('usage error for %j (exit 2)', async (args, message) => {
    // Nothing listens there: a request would fail with exit 1, not 2.
    const result = await laman(args, { command: setupGithubCommand, env: { GITHUB_TOKEN: 'x', GITHUB_API_URL: 'http://127.0.0.1:9' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: laman setup-github');
  });
});
