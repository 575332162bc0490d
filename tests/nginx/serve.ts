// Runs Debian's nginx on 127.0.0.1 with an `http { … }` block of the test's choosing, and
// builds the tiny hand-made releases the tests serve. The e2e tests' helper
// (tests/helpers/nginx.ts) serves one build through laman-site.conf alone; these tests
// need the log format, an HTTPS server and a `current` symlink, so they write their own
// configuration around the same deploy/nginx files.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';
import { findNginx } from '../helpers/nginx.ts';

export const DEPLOY = path.join(PROJECT_ROOT, 'deploy', 'nginx');

export interface RunningNginx {
  /** The configuration file nginx runs with. */
  conf: string;
  errorLog(): Promise<string>;
  stop(): Promise<void>;
}

/** `nginx -t`: its exit code and what it printed. */
export function testConf(work: string, conf: string): { status: number | null; output: string } {
  const run = spawnSync(findNginx(), ['-t', '-p', work, '-c', conf, '-e', path.join(work, 'error.log')], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Starts nginx and waits until it has bound its sockets (it writes the pid file then). */
export async function runNginx(work: string, conf: string): Promise<RunningNginx> {
  const checked = testConf(work, conf);
  if (checked.status !== 0) throw new Error(`nginx -t gagal:\n${checked.output}`);
  const pidFile = path.join(work, 'nginx.pid');
  const errorLog = () => readFile(path.join(work, 'error.log'), 'utf8').catch(() => '');
  const child: ChildProcess = spawn(findNginx(), ['-p', work, '-c', conf, '-e', path.join(work, 'error.log')], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !existsSync(pidFile); i++) {
    if (child.exitCode !== null) throw new Error(`nginx berhenti saat mulai (kode ${child.exitCode}): ${await errorLog()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!existsSync(pidFile)) {
    child.kill('SIGQUIT');
    throw new Error(`nginx tidak siap setelah 5 detik: ${await errorLog()}`);
  }
  return {
    conf,
    errorLog,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGQUIT');
      }),
  };
}

/** A 1×1 PNG. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Enough text that gzip (gzip_min_length 512) compresses it. */
const FILLER = 'Pengadilan Negeri Contoh melayani masyarakat pencari keadilan. '.repeat(40);

/**
 * A hand-made release as `laman publish` lays it out: `root/releases/<id>/`, with the files
 * every rule of laman-site.conf applies to. Each file names the release, so a test can
 * tell which one was served. `builtAt` is the files' modification time: nginx's ETag is
 * mtime and size, and a real build's files carry the time it ran.
 */
export async function makeRelease(root: string, id: string, builtAt: Date): Promise<string> {
  const dir = path.join(root, 'releases', id);
  const files: Record<string, string | Buffer> = {
    'index.html': `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Rilis ${id}</title></head><body><main><h1>Rilis ${id}</h1><p>${FILLER}</p></main></body></html>\n`,
    '404.html': `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Halaman tidak ditemukan</title></head><body><h1>404 ${id}</h1></body></html>\n`,
    'berita/index.html': `<!doctype html><title>Berita ${id}</title>\n`,
    [`_astro/situs.${id}.js`]: `// rilis ${id}\n${'document.documentElement.dataset.siap = "ya";\n'.repeat(40)}`,
    'js/situs.js': `// rilis ${id}, nama tetap\n`,
    'berkas/dokumen/a.pdf': `%PDF-1.4\n% rilis ${id}\n%%EOF\n`,
    'berkas/berita/foto.png': PNG,
    'favicon.png': PNG,
    'admin/index.html': `<!doctype html><title>CMS ${id}</title>\n`,
    'laman-manifest.json': `${JSON.stringify({ build: id, files: {} })}\n`,
  };
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
    await utimes(path.join(dir, name), builtAt, builtAt);
  }
  return dir;
}

/** Points `root/current` at a release the way a deploy does: a new symlink renamed over the old. */
export async function switchCurrent(root: string, id: string): Promise<void> {
  const next = path.join(root, `current.${id}.tmp`);
  await symlink(path.join('releases', id), next);
  await rename(next, path.join(root, 'current'));
}
