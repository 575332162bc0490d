// Building the site: the content check (stops on errors), Astro, Pagefind. Shared by
// `laman build` and `laman publish`.
import path from 'node:path';
import { contentDir } from '../../src/schema/collections.ts';
import { buildTime } from '../../src/lib/build-time.ts';
import { createFileCheckers } from '../check/checkers.ts';
import { runCheck } from '../check/engine.ts';
import { formatHuman } from '../check/output/human.ts';
import { binPath, toolEnv } from '../lib/project.ts';
import { run } from '../lib/run.ts';
import { UserError } from '../cli/context.ts';

export interface BuildSiteOptions {
  root: string;
  env: Record<string, string | undefined>;
  /** Output folder (absolute). */
  out: string;
  /** Human output (check findings and progress lines). */
  write: (text: string) => void;
  /** Errors of the content check, printed before the build stops. */
  writeError: (text: string) => void;
  /** Prefix of progress lines, e.g. "laman build". */
  label: string;
}

/** Checks every content file, then builds and indexes the site; a content error stops everything. */
export async function buildSite({ root, env, out, write, writeError, label }: BuildSiteOptions): Promise<{ files: number }> {
  // The same checks as on every pull request, again right before publishing.
  const report = await runCheck({
    root,
    contentDir: contentDir(env),
    paths: [],
    fix: false,
    dryRun: false,
    now: buildTime(env),
    checkers: createFileCheckers({ cacheDir: path.resolve(root, env.LAMAN_CACHE_DIR ?? 'node_modules/.cache/laman') }),
  });
  const errors = report.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    writeError(formatHuman(report));
    throw new UserError(`${errors.length} kesalahan pada konten; situs tidak dibangun. Perbaiki kesalahan di atas (npx laman check).`);
  }
  if (report.findings.length) write(formatHuman(report));
  write(`${label}: ${report.files} berkas konten diperiksa, tidak ada kesalahan\n`);
  const toolsEnv = toolEnv(env);
  write(`${label}: membangun situs (Astro)\n`);
  await run(process.execPath, [binPath('astro'), 'build', '--outDir', out], { cwd: root, env: toolsEnv });
  write(`${label}: membuat indeks pencarian (Pagefind)\n`);
  await run(process.execPath, [binPath('pagefind'), '--site', out], { cwd: root, env: toolsEnv });
  return { files: report.files };
}
