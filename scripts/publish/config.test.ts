import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../lib/project.ts';
import { loadPublishConfig, parsePublishConfig } from './config.ts';

describe('deploy/publish.json', () => {
  it('the repository\'s own file is valid and publishes to GitHub Pages', async () => {
    expect(await loadPublishConfig(PROJECT_ROOT, {})).toMatchObject({ target: 'pages', keep_releases: 5, archive_branch: 'arsip' });
  });

  it('explains each mistake in Indonesian with the field', () => {
    expect(() => parsePublishConfig('{"target":"ftp"}')).toThrow(/deploy\/publish\.json: target: target harus salah satu dari pages, ssh, directory, none/);
    expect(() => parsePublishConfig('{"target":"ssh","ssh":{"destination":"pn-contoh.go.id","root":"var/www"}}')).toThrow(/ssh\.destination harus "pengguna@server"[\s\S]*ssh\.root harus path absolut/);
    expect(() => parsePublishConfig('{"target":')).toThrow(/bukan JSON yang valid/);
  });

  it('lets the environment override one run, and works without the file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'laman-config-'));
    try {
      expect(await loadPublishConfig(dir, {})).toEqual({ target: 'pages', keep_releases: 5, archive_branch: 'arsip' });
      await mkdir(path.join(dir, 'deploy'));
      await writeFile(path.join(dir, 'deploy/publish.json'), JSON.stringify({ target: 'ssh', ssh: { destination: 'deploy@pn.go.id', root: '/var/www/laman' } }));
      expect(await loadPublishConfig(dir, { LAMAN_SSH_PORT: '2222', LAMAN_KEEP_RELEASES: '3' })).toEqual({
        target: 'ssh',
        ssh: { destination: 'deploy@pn.go.id', port: 2222, root: '/var/www/laman' },
        keep_releases: 3,
        archive_branch: 'arsip',
      });
      expect((await loadPublishConfig(dir, { LAMAN_DEPLOY: 'directory', LAMAN_DEPLOY_DIR: '/srv/situs' })).directory).toBe('/srv/situs');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
