import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startDecapServer } from '../../../cms/local/decap-server.ts';
import { followPublished, openPublishedView } from '../../../cms/local/published-view.ts';
import { ensureWorkingCopy, WorkingCopyError } from '../../../cms/local/working-copy.ts';
import { binPath, toolEnv } from '../../lib/project.ts';
import { CommandFailed } from '../../lib/run.ts';
import { UsageError, UserError, type Command } from '../context.ts';
import { parseOptions } from '../options.ts';

function port(value: string, option: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 65535) throw new UsageError(`${option} harus nomor port 1–65535, bukan "${value}"`);
  return n;
}

/** Resolves when the first child exits; stops the others then. */
function supervise(children: ChildProcess[], names: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    let done = false;
    const stopAll = () => {
      for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    };
    const onSignal = () => stopAll();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    children.forEach((child, i) => {
      child.once('error', (error) => {
        stopAll();
        if (!done) reject(error);
        done = true;
      });
      child.once('exit', (code, signal) => {
        stopAll();
        if (done) return;
        done = true;
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        if (code === 0 || signal === 'SIGTERM' || signal === 'SIGINT') resolve(0);
        else reject(new CommandFailed(names[i] ?? 'proses', code, signal));
      });
    });
  });
}

export const startCommand: Command = {
  name: 'start',
  summary: 'Run the site and the CMS (local editorial workflow) on 127.0.0.1',
  usage: `Usage: laman start [--port N] [--cms-port N] [--cms-dir DIR] [--no-cms]

Serves the site at http://127.0.0.1:4321/ and the CMS at http://127.0.0.1:4321/admin/,
with decap-server (MODE=git) on 127.0.0.1:8081 as the CMS's local backend: drafts,
"Sedang Ditinjau", "Siap Terbit" and publishing all work without GitHub.

The CMS works in a clone of this repository (DIR, default .laman/cms/), never in your
checkout: each draft is a local branch cms/<collection>/<slug> there, and publishing
merges it into the clone's branch. The site shows that branch (a worktree in
DIR-terbit/ that follows it), so a published draft appears on it within a second and
unpublished drafts never do. The clone is made on the first start and kept (with its
drafts) afterwards; delete DIR to start again from your checkout's last commit.

Options:
  --port N       the site and /admin/ (default: 4321)
  --cms-port N   decap-server (default: 8081)
  --cms-dir DIR  the CMS's working copy (default: .laman/cms)
  --no-cms       only the site, from content/ (live reload of your own edits)
`,
  async run(args, ctx) {
    const { values } = parseOptions({
      args,
      options: {
        port: { type: 'string', default: '4321' },
        'cms-port': { type: 'string', default: '8081' },
        'cms-dir': { type: 'string', default: '.laman/cms' },
        'no-cms': { type: 'boolean', default: false },
      },
    });
    const sitePort = port(values.port, '--port');
    const astro = (env: Record<string, string | undefined>) =>
      spawn(process.execPath, [binPath('astro'), 'dev', '--host', '127.0.0.1', '--port', String(sitePort)], { cwd: ctx.cwd, env: toolEnv(env), stdio: 'inherit' });
    if (values['no-cms']) return supervise([astro(ctx.env)], ['astro dev']);

    const cmsPort = port(values['cms-port'], '--cms-port');
    const copy = await ensureWorkingCopy(ctx.cwd, path.resolve(ctx.cwd, values['cms-dir'])).catch((error: unknown) => {
      throw error instanceof WorkingCopyError ? new UserError(error.message) : error;
    });
    const view = await openPublishedView(copy.dir, copy.branch, `${copy.dir}-terbit`);
    await view.refresh();
    ctx.stdout.write(
      `laman start: CMS bekerja di ${path.relative(ctx.cwd, copy.dir) || '.'} (cabang ${copy.branch}${copy.created ? ', baru dibuat' : ''}).\n` +
        `laman start: situs http://127.0.0.1:${sitePort}/ · CMS http://127.0.0.1:${sitePort}/admin/\n`,
    );
    const server = startDecapServer({ repoDir: copy.dir, port: cmsPort, env: ctx.env });
    const stopFollowing = followPublished(
      view,
      1000,
      (commit) => ctx.stdout.write(`laman start: situs menampilkan ${copy.branch} ${commit.slice(0, 7)} (baru diterbitkan)\n`),
      (error) => ctx.stderr.write(`laman start: tampilan situs tidak dapat diperbarui: ${error.message}\n`),
    );
    const site = astro({
      ...ctx.env,
      // The published branch only: drafts never show on the local site.
      LAMAN_CONTENT_DIR: path.relative(ctx.cwd, path.join(view.dir, 'content')) || 'content',
      LAMAN_CMS_LOCAL: `http://127.0.0.1:${cmsPort}/api/v1`,
      LAMAN_CMS_BRANCH: copy.branch,
    });
    try {
      return await supervise([server, site], ['decap-server', 'astro dev']);
    } finally {
      stopFollowing();
    }
  },
};
