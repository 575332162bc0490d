// The ruleset check against the fake GitHub (every request checked against GitHub's OpenAPI description).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestOctokit, startFakeGitHub, unpaced, type FakeGitHub } from '../../../tests/fake-github/index.ts';
import { parsePolicy } from '../../gate/policy.ts';
import { createGitHubClient } from '../../github/client.ts';
import { DEFAULT_REQUIRED_CHECKS, desiredState, GITHUB_ACTIONS_APP_ID, RULESET_NAME } from '../../setup-github/desired.ts';
import { setupGitHub } from '../../setup-github/run.ts';
import { parseMonitorConfig, resolveMonitorConfig } from '../config.ts';
import { rulesetCheck } from './ruleset.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const repo = { owner: 'pn-contoh', repo: 'situs' };
let fake: FakeGitHub;

const client = () => createGitHubClient({ token: fake.tokenFor('admin'), baseUrl: fake.url, retryAfterBaseValue: 10, scheduler: unpaced });
const run = () =>
  rulesetCheck.run({
    config: resolveMonitorConfig(parseMonitorConfig('{}'), 'https://pn-contoh.go.id/'),
    root,
    now: () => new Date('2026-11-23T01:00:00Z'),
    fetch,
    sleep: async () => {},
    log: () => {},
    github: { client: client(), repo },
  });

describe('ruleset drift', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    fake = await startFakeGitHub({ ...repo, users: [{ login: 'admin' }] });
    const policy = parsePolicy(readFileSync(path.join(root, 'cms/editorial.yml'), 'utf8'));
    const desired = desiredState(policy, { requiredChecks: DEFAULT_REQUIRED_CHECKS, statusAppId: GITHUB_ACTIONS_APP_ID });
    await setupGitHub({ octokit: client(), repo, desired, mode: 'apply' });
  }, 30_000);

  afterEach(async () => {
    try {
      fake.assertNoViolations();
    } finally {
      await fake.close();
    }
  });

  it('is ok when labels and ruleset match, and writes nothing', async () => {
    const before = fake.requests.length;
    const [finding] = await run();
    expect(finding).toMatchObject({ check: 'ruleset', subject: 'ruleset:pn-contoh/situs', status: 'ok', evidence: [] });
    expect(fake.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('fails with the drift lines as evidence when the ruleset was disabled and given a bypass', async () => {
    const admin = createTestOctokit({ baseUrl: fake.url, token: fake.tokenFor('admin') }).octokit;
    const id = [...fake.state.rulesets.values()].find((r) => r.name === RULESET_NAME)!.id;
    await admin.rest.repos.updateRepoRuleset({ ...repo, ruleset_id: id, enforcement: 'disabled', bypass_actors: [{ actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always' }] });
    const [finding] = await run();
    expect(finding).toMatchObject({ subject: 'ruleset:pn-contoh/situs', status: 'fail', summary: '2 ketidaksesuaian di pn-contoh/situs; perbaiki dengan: npx laman setup-github --repo pn-contoh/situs' });
    expect(finding!.evidence).toEqual(
      [expect.stringContaining(`ruleset "${RULESET_NAME}": dinonaktifkan (enforcement: disabled), seharusnya active`), expect.stringContaining('ada bypass actor: RepositoryRole #5 (always)')],
    );
  });
});

describe('ruleset without GitHub', () => {
  it('without GitHub access the state is unknown', async () => {
    const [finding] = await rulesetCheck.run({
      config: resolveMonitorConfig(parseMonitorConfig('{}'), 'https://pn-contoh.go.id/'),
      root,
      now: () => new Date(),
      fetch,
      sleep: async () => {},
      log: () => {},
    });
    expect(finding).toMatchObject({ status: 'unknown', subject: 'ruleset' });
  });
});
