// The weekly restore test with --rebuild, as the `cadangan` workflow runs it: this project's
// own repository (a real Laman site: code, cms/, content/) is built the way the workflow
// builds it (`laman publish --target none --no-archive`: check, Astro, Pagefind, manifest),
// backed up, restored from the backup, built again from the restored commit, and every file
// of the new build must equal the backed-up site's laman-manifest.json.
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';
import { git, laman, writeConfig } from './support.ts';

let work: string;
let repo: string;
let config: string;

describe('laman backup restore-test --rebuild', () => {
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'laman-cadangan-ulang-'));
    repo = path.join(work, 'situs');
    git(work, 'clone', '--quiet', PROJECT_ROOT, repo);
    // The workflow installs the dependencies; borrow this checkout's.
    await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(repo, 'node_modules'), 'dir');
    config = path.join(work, 'backup.json');
    await writeConfig(config, [{ name: 'lokal', type: 'directory', path: path.join(work, 'cadangan') }]);
  }, 60_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('rebuilds the backed-up commit from the restored repository into a byte-identical site', { timeout: 240_000 }, async () => {
    const built = await laman(['publish', '--target', 'none', '--no-archive', '--no-push'], { cwd: repo });
    expect(built.code, built.stdout + built.stderr).toBe(0);
    const created = await laman(['backup', 'create', '--config', config, '--no-github'], { cwd: repo });
    expect(created.code, created.stdout + created.stderr).toBe(0);

    const tested = await laman(['backup', 'restore-test', '--rebuild', '--config', config, '--json'], { cwd: repo });
    expect(tested.code, tested.stdout + tested.stderr).toBe(0);
    const result = JSON.parse(tested.stdout) as { ok: boolean; targets: Array<{ problems: string[] }>; rebuilt: Array<{ files: number; changed: string[]; added: string[]; missing: string[] } | null> };
    expect(result.ok).toBe(true);
    expect(result.targets.map((t) => t.problems)).toEqual([[]]);
    expect(result.rebuilt).toEqual([expect.objectContaining({ changed: [], added: [], missing: [] })]);
    // The sample site: pages, assets, the Pagefind index.
    expect(result.rebuilt[0]!.files).toBeGreaterThan(100);
  });
});
