// The backup's pure pieces: config parsing, target selection, restic arguments, restic's
// failures, and the comparisons a restore relies on.
import { describe, expect, it } from 'vitest';
import { parseBackupConfig, selectTargets } from './config.ts';
import { compareRefs } from './git.ts';
import { compareWithManifest } from './manifest.ts';
import { classifyFailure, resticEnv } from './restic.ts';
import { checkArgs, resticRepository, retentionArgs, targetLabel } from './targets.ts';

const config = parseBackupConfig(
  JSON.stringify({ targets: [{ name: 'lokal', type: 'directory', path: '/mnt/cadangan' }, { name: 'kantor', type: 'rclone', remote: 'sftp-kantor:laman' }] }),
);

describe('deploy/backup.json', () => {
  it('fills in the default retention and read-back', () => {
    expect(config.retention).toEqual({ daily: 7, weekly: 4, monthly: 12, yearly: 0 });
    expect(config.read_data).toBe('all');
  });

  it.each([
    [{ targets: [] }, 'targets: targets harus berisi paling sedikit satu tujuan cadangan'],
    [{ targets: [{ name: 'a', type: 'directory', path: 'relatif' }] }, 'targets.0.path: path harus path absolut'],
    [{ targets: [{ name: 'a', type: 'rclone', remote: 'tanpa-titik-dua' }] }, 'targets.0.remote: remote harus "nama-remote:path"'],
    [{ targets: [{ name: 'a', type: 'ftp', path: '/x' }] }, 'targets.0.type: type harus "directory" atau "rclone"'],
    [{ targets: [{ name: 'a', type: 'directory', path: '/x' }, { name: 'a', type: 'directory', path: '/y' }] }, 'targets.1.name: nama tujuan "a" dipakai dua kali'],
    [{ targets: [{ name: 'a', type: 'directory', path: '/x' }], read_data: 'sebagian' }, 'read_data: read_data harus "all"'],
  ])('rejects %j in Indonesian', (data, message) => {
    expect(() => parseBackupConfig(JSON.stringify(data))).toThrow(message);
  });

  it('says so when the file is not JSON', () => {
    expect(() => parseBackupConfig('{', 'deploy/backup.json')).toThrow('deploy/backup.json: bukan JSON yang valid');
  });

  it('selects targets by name or number and names the ones that exist', () => {
    expect(selectTargets(config, undefined)).toHaveLength(2);
    expect(selectTargets(config, 'kantor')[0]!.name).toBe('kantor');
    expect(selectTargets(config, '1')[0]!.name).toBe('lokal');
    expect(() => selectTargets(config, 'lain')).toThrow('yang ada: 1. lokal, 2. kantor');
  });
});

describe('restic arguments', () => {
  it('names repositories and labels targets', () => {
    expect(config.targets.map(resticRepository)).toEqual(['/mnt/cadangan', 'rclone:sftp-kantor:laman']);
    expect(config.targets.map(targetLabel)).toEqual(['directory:/mnt/cadangan', 'rclone:sftp-kantor:laman']);
  });

  it('turns a retention policy into forget flags, leaving zero counts out', () => {
    expect(retentionArgs({ daily: 7, weekly: 4, monthly: 12, yearly: 0 })).toEqual(['--tag', 'laman', '--group-by', 'host', '--keep-daily', '7', '--keep-weekly', '4', '--keep-monthly', '12']);
    expect(retentionArgs({ daily: 1, weekly: 0, monthly: 0, yearly: 2 })).toEqual(['--tag', 'laman', '--group-by', 'host', '--keep-daily', '1', '--keep-yearly', '2']);
  });

  it('reads all data or the configured subset', () => {
    expect(checkArgs('all')).toEqual(['--read-data']);
    expect(checkArgs('10%')).toEqual(['--read-data-subset=10%']);
  });

  it('passes the key only as RESTIC_PASSWORD and drops any other RESTIC_ variable', () => {
    const env = resticEnv({ PATH: '/usr/bin', RESTIC_REPOSITORY: '/lain', RESTIC_PASSWORD_FILE: '/kunci', LAMAN_BACKUP_KEY: 'k' }, 'k');
    expect(env.RESTIC_PASSWORD).toBe('k');
    expect(env.RESTIC_REPOSITORY).toBeUndefined();
    expect(env.RESTIC_PASSWORD_FILE).toBeUndefined();
  });
});

describe("restic's failures", () => {
  it.each([
    ['Fatal: wrong password or no key found\n', 'wrong-key'],
    ['Fatal: unable to open config file: stat /x/config: no such file or directory\nIs there a repository at the following location?\n/x\n', 'missing'],
    ['Fatal: unable to open config file: <config/> does not exist\nIs there a repository at the following location?\nrclone:r:x\n', 'missing'],
    ['Fatal: unable to open config file: Stat: permission denied\n', 'other'],
    ['unable to create lock in backend: repository is already locked exclusively by PID 1\n', 'locked'],
    ['Fatal: unable to open repository at rclone:r:x: error talking HTTP to rclone: unexpected EOF\n', 'unreachable'],
  ] as const)('%j is %s', (stderr, kind) => {
    expect(classifyFailure(stderr)).toBe(kind);
  });
});

describe('restore comparisons', () => {
  const want = [
    { path: 'a', size: 3, sha256: 'aa' },
    { path: 'b', size: 3, sha256: 'bb' },
    { path: 'c', size: 3, sha256: 'cc' },
  ];
  it('names missing, truncated, altered and unexpected files', () => {
    expect(compareWithManifest(want, [{ path: 'b', size: 1, sha256: 'xx' }, { path: 'c', size: 3, sha256: 'dd' }, { path: 'd', size: 1, sha256: 'ee' }])).toEqual([
      'a: hilang dari hasil pemulihan',
      'b: ukuran 1 bita, seharusnya 3 bita (terpotong atau rusak)',
      'c: isi berubah (SHA-256 dd…, seharusnya cc…)',
      'd: ada di hasil pemulihan tetapi tidak tercatat di MANIFEST.json',
    ]);
    expect(compareWithManifest(want, want)).toEqual([]);
  });

  it('names missing, moved and unexpected refs', () => {
    const refs = [
      { name: 'refs/heads/main', oid: '1'.repeat(40) },
      { name: 'refs/heads/arsip', oid: '2'.repeat(40) },
    ];
    expect(compareRefs(refs, [{ name: 'refs/heads/main', oid: '3'.repeat(40) }, { name: 'refs/tags/x', oid: '1'.repeat(40) }])).toEqual([
      'ref refs/heads/main menunjuk 333333333333, seharusnya 111111111111',
      'ref refs/heads/arsip hilang dari repositori yang dipulihkan',
      'ref refs/tags/x ada di repositori yang dipulihkan tetapi tidak tercatat di MANIFEST.json',
    ]);
  });
});
