import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildId, compareManifests, computeManifest, writeManifest } from './manifest.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function site(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'laman-manifest-'));
  dirs.push(dir);
  for (const [p, c] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, p)), { recursive: true });
    await writeFile(path.join(dir, p), c);
  }
  return dir;
}

describe('the build manifest', () => {
  it('hashes every file with its size, sorted, and never lists itself', async () => {
    const dir = await site({ 'index.html': '<h1>Beranda</h1>', 'berita/a/index.html': 'a', '_astro/x.js': '' });
    const commit = '3f2a9c1d0b7e5a6b7c8d9e0f1a2b3c4d5e6f7a8b';
    const manifest = await computeManifest(dir, commit, new Date('2026-11-22T03:15:00.123Z'));
    await writeManifest(dir, manifest);
    const again = await computeManifest(dir, commit, new Date('2026-11-22T03:15:00.123Z'));
    expect(again).toEqual(manifest);
    expect(manifest.build).toBe('3f2a9c1d0b7e-20261122T031500Z');
    expect(Object.keys(manifest.berkas)).toEqual(['_astro/x.js', 'berita/a/index.html', 'index.html']);
    expect(manifest.berkas['_astro/x.js']).toEqual({ sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', bytes: 0 });
    expect(manifest.berkas['index.html']?.bytes).toBe(16);
  });

  it('tells changed, added and missing files apart', async () => {
    const a = await computeManifest(await site({ 'index.html': 'x', 'b.html': 'b' }), 'c'.repeat(40), new Date(0));
    const b = await computeManifest(await site({ 'index.html': 'judi online', 'c.html': 'c' }), 'c'.repeat(40), new Date(0));
    expect(compareManifests(a.berkas, b.berkas)).toEqual({ changed: ['index.html'], added: ['c.html'], missing: ['b.html'] });
  });

  it('formats the build id from the commit and the time', () => {
    expect(buildId('abcdef0123456789', new Date('2026-01-02T03:04:05Z'))).toBe('abcdef012345-20260102T030405Z');
  });
});
