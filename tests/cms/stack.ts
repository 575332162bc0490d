// Starts the stack an operator gets from `laman start`: the site and /admin/ (astro dev)
// plus decap-server in git mode, working in a fresh clone of this repository's HEAD in a
// temporary folder. Stops all of it afterwards and removes what it made.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';

export interface Stack {
  /** The site and the CMS, e.g. http://127.0.0.1:40123 (no trailing slash). */
  siteUrl: string;
  /** decap-server's API endpoint. */
  apiUrl: string;
  /** The CMS's git working copy (the clone `laman start` made). */
  cloneDir: string;
  /** The clone's branch that publishing merges into, as `laman start` reported it. */
  branch: string;
  /** Everything `laman start` and its children printed so far. */
  log(): string;
  /** SIGTERM, wait for the exit, kill what is left; then removes the temporary folder. */
  stop(): Promise<StopResult>;
}

export interface StopResult {
  /** How `laman start` ended. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Processes of its group still alive after it exited (killed with SIGKILL). */
  leftovers: number[];
}

/** Node that strips TypeScript (24+). Under `npm run`, `process.execPath` is the project's own `node` package. */
export function nodeBinary(): string {
  if (process.features.typescript) return process.execPath;
  return path.join(PROJECT_ROOT, 'node_modules', '.bin', 'node');
}

/** A port the kernel just handed out on 127.0.0.1 (free at that moment). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function distinctPorts(): Promise<[number, number]> {
  for (;;) {
    const [a, b] = [await freePort(), await freePort()];
    if (a !== b) return [a, b];
  }
}

async function answers(url: string, init?: RequestInit): Promise<Response | undefined> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(5_000) });
  } catch {
    return undefined;
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** PIDs still in a process group (the group leader itself may be gone); `[-pgid]` when alive but `ps` is missing. */
function groupMembers(pgid: number): Promise<number[]> {
  if (!groupAlive(pgid)) return Promise.resolve([]);
  return new Promise((resolve) => {
    const ps = spawn('ps', ['-e', '-o', 'pid=,pgid='], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    ps.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    ps.on('close', () =>
      resolve(
        out
          .split('\n')
          .map((line) => line.trim().split(/\s+/).map(Number))
          .filter(([pid, group]) => pid && group === pgid)
          .map(([pid]) => pid!),
      ),
    );
    ps.on('error', () => resolve(groupAlive(pgid) ? [-pgid] : []));
  });
}

/**
 * The environment of an operator's shell: without what vitest adds (VITEST=true makes
 * `astro dev` answer 404 to every page, NODE_ENV=test changes Vite's mode).
 */
export function userEnv(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  for (const key of Object.keys(env)) if (/^(__)?VITEST/.test(key) || key === 'TEST' || key === 'NODE_ENV') delete env[key];
  return env;
}

/** Astro's cache folder for a content folder other than content/ (see astro.config.mjs). */
function astroCacheDir(contentDir: string): string {
  return path.join(PROJECT_ROOT, 'node_modules', `.astro-${createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 12)}`);
}

/** The content folders the site may have read: the published view beside the clone (DIR-terbit), or the clone itself. */
function siteContentDirs(cloneDir: string): string[] {
  return [path.join(`${cloneDir}-terbit`, 'content'), path.join(cloneDir, 'content')];
}

export interface StartOptions {
  /** How long to wait for the site and decap-server to answer. */
  timeoutMs?: number;
}

export async function startStack({ timeoutMs = 90_000 }: StartOptions = {}): Promise<Stack> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'laman-cms-'));
  const cloneDir = path.join(tmp, 'clone');
  const [sitePort, cmsPort] = await distinctPorts();
  let output = '';
  // A process group of its own, so whatever `laman start` leaves behind can be found and ended.
  const child = spawn(
    nodeBinary(),
    [path.join(PROJECT_ROOT, 'scripts', 'laman.ts'), 'start', '--port', String(sitePort), '--cms-port', String(cmsPort), '--cms-dir', cloneDir],
    {
      cwd: PROJECT_ROOT,
      env: userEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  const apiUrl = `http://127.0.0.1:${cmsPort}/api/v1`;

  let stopped: Promise<StopResult> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      const result = await stopGroup(child);
      await rm(tmp, { recursive: true, force: true });
      for (const dir of siteContentDirs(cloneDir)) await rm(astroCacheDir(dir), { recursive: true, force: true });
      return result;
    })());

  try {
    const deadline = Date.now() + timeoutMs;
    let siteUp = false;
    let cmsUp = false;
    while (!(siteUp && cmsUp)) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`laman start berhenti (kode ${child.exitCode ?? child.signalCode})`);
      if (Date.now() > deadline) throw new Error(`laman start belum siap setelah ${timeoutMs / 1000} s`);
      if (!siteUp) siteUp = (await answers(`${siteUrl}/admin/`))?.status === 200;
      if (!cmsUp) {
        const info = await answers(apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'info' }) });
        cmsUp = info?.status === 200 && ((await info.json()) as { type?: string }).type === 'local_git';
      }
      if (!(siteUp && cmsUp)) await sleep(250);
    }
    const reported = /CMS bekerja di .+ \(cabang ([^,)]+)/.exec(output);
    if (!reported?.[1]) throw new Error('laman start tidak menyebut cabang CMS');
    return { siteUrl, apiUrl, cloneDir, branch: reported[1], log: () => output, stop };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- keluaran laman start ---\n${output.slice(-6000)}`, { cause: error });
  }
}

/** The site and /admin/ alone (`laman start --no-cms`): the CMS's backend comes from `env`, not decap-server. */
export interface SiteOnly {
  /** The site and the CMS, e.g. http://127.0.0.1:40123 (no trailing slash). */
  siteUrl: string;
  /** Everything `laman start` and its children printed so far. */
  log(): string;
  /** SIGTERM, wait for the exit, kill what is left; then removes Astro's cache for the content folder. */
  stop(): Promise<StopResult>;
}

export interface SiteOnlyOptions {
  /** The content folder the site shows (absolute), e.g. the content/ of a fake GitHub's seed repository. */
  contentDir: string;
  /**
   * The CMS settings, e.g. `{ LAMAN_CMS_REPO: 'pn-contoh/situs', LAMAN_CMS_API_URL: fake.url }`:
   * /admin/config.json is generated from them (cms/config/config.ts).
   */
  env: Record<string, string>;
  /** How long to wait for /admin/config.json to answer. */
  timeoutMs?: number;
}

/**
 * Ends `child` (the leader of its own process group) and whatever of the group is left,
 * giving children a moment to finish their own shutdown before calling them leftovers.
 */
async function stopGroup(child: ChildProcess): Promise<StopResult> {
  const pgid = child.pid!;
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await Promise.race([exited(child), sleep(15_000)]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await exited(child);
  const { exitCode: code, signalCode: signal } = child;
  let leftovers = await groupMembers(pgid);
  for (let i = 0; i < 20 && leftovers.length; i++) {
    await sleep(250);
    leftovers = await groupMembers(pgid);
  }
  if (leftovers.length) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  return { code, signal, leftovers };
}

/**
 * `laman start --no-cms` on a free port, showing `contentDir`, with `env` added to an
 * operator's environment: how /admin/ runs against a GitHub backend (LAMAN_CMS_API_URL
 * pointing at the fake GitHub) with no local_backend and no decap-server.
 */
export async function startSiteOnly({ contentDir, env, timeoutMs = 90_000 }: SiteOnlyOptions): Promise<SiteOnly> {
  const sitePort = await freePort();
  let output = '';
  const child = spawn(nodeBinary(), [path.join(PROJECT_ROOT, 'scripts', 'laman.ts'), 'start', '--no-cms', '--port', String(sitePort)], {
    cwd: PROJECT_ROOT,
    // A content folder of its own: Astro gives it a cache of its own (astro.config.mjs), so a
    // build of content/ running beside it (the e2e project) is never disturbed.
    env: { ...userEnv(), LAMAN_CMS_LOCAL: undefined, ...env, LAMAN_CONTENT_DIR: contentDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const siteUrl = `http://127.0.0.1:${sitePort}`;

  let stopped: Promise<StopResult> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      const result = await stopGroup(child);
      await rm(astroCacheDir(contentDir), { recursive: true, force: true });
      return result;
    })());

  try {
    const deadline = Date.now() + timeoutMs;
    while ((await answers(`${siteUrl}/admin/config.json`))?.status !== 200) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`laman start berhenti (kode ${child.exitCode ?? child.signalCode})`);
      if (Date.now() > deadline) throw new Error(`laman start belum siap setelah ${timeoutMs / 1000} s`);
      await sleep(250);
    }
    return { siteUrl, log: () => output, stop };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- keluaran laman start ---\n${output.slice(-6000)}`, { cause: error });
  }
}
