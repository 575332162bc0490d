// Builds the sample site once (date pinned, so "active" and "out of date" are stable)
// and serves it with nginx for every e2e test file.
import { spawnSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';
import { startNginx, type NginxServer } from '../helpers/nginx.ts';

/** The date the e2e build pretends to be built on (the sample content is written for it). */
export const E2E_NOW = '2026-11-21T12:00:00Z';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    siteDir: string;
  }
}

let server: NginxServer | undefined;

export async function setup(project: TestProject) {
  const work = path.join(PROJECT_ROOT, 'tests', '.tmp', 'e2e');
  const siteDir = path.join(work, 'dist');
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const started = Date.now();
  process.stdout.write('e2e: membangun situs contoh…\n');
  const build = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'laman.ts'), 'build', '--out', siteDir], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, LAMAN_NOW: E2E_NOW, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) {
    throw new Error(`laman build gagal (kode ${build.status}):\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-4000)}`);
  }
  process.stdout.write(`e2e: situs dibangun dalam ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  server = await startNginx(siteDir, path.join(work, 'nginx'));
  project.provide('baseUrl', server.url);
  project.provide('siteDir', siteDir);
}

export async function teardown() {
  await server?.stop();
}
