// The Markdown rules and the personal-data detector must run inside the CMS, in the
// browser: bundling them for the browser must succeed without any Node built-in.
import path from 'node:path';
import { build } from 'esbuild';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../scripts/lib/project.ts';

it('bundles checkEntry for the browser without Node APIs', async () => {
  const result = await build({
    stdin: {
      contents: "export { checkEntry } from './src/check/markdown/check-entry.ts'; export { findPersonalData } from './src/check/personal-data/index.ts';",
      resolveDir: PROJECT_ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  expect(result.errors).toEqual([]);
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.some((i) => i.includes(path.join('src', 'check', 'markdown', 'rules', 'pribadi-pengaburan.ts')))).toBe(true);
  expect(inputs.filter((i) => i.startsWith('node:') || /(^|\/)node_modules\/(sharp|pdf-lib|unpdf)\//.test(i))).toEqual([]);
});
