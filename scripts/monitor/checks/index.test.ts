import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GitHubClient } from '../../github/client.ts';
import { parseMonitorConfig, resolveMonitorConfig } from '../config.ts';
import { dueChecks, runChecks } from './index.ts';

const NOW = new Date('2026-11-23T01:00:00Z');
const config = (file: object = {}) => resolveMonitorConfig(parseMonitorConfig(JSON.stringify(file)), 'https://pn-contoh.go.id/');
const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe('dueChecks', () => {
  it.each([
    ['first run: every check', {}, {}, ['availability', 'integrity', 'freshness', 'tls', 'domain', 'links', 'ruleset']],
    ['links and domain ran an hour ago: not again', {}, { links: '2026-11-23T00:00:00Z', domain: '2026-11-23T00:00:00Z' }, ['availability', 'integrity', 'freshness', 'tls', 'ruleset']],
    ['links ran 23 h 58 min ago (a drifting schedule): due', {}, { links: '2026-11-22T01:02:00Z', domain: '2026-11-23T00:00:00Z' }, ['availability', 'integrity', 'freshness', 'tls', 'links', 'ruleset']],
    ['disabled checks are left out', { integrity: { enabled: false }, links: { enabled: false }, ruleset: { enabled: false } }, {}, ['availability', 'freshness', 'tls', 'domain']],
  ])('%s', (_name, file, lastRun, expected) => {
    expect(dueChecks(config(file), NOW, lastRun)).toEqual(expected);
  });

  it('`only` runs exactly the named checks, due or not', () => {
    expect(dueChecks(config({ links: { enabled: false } }), NOW, { links: NOW.toISOString() }, ['links', 'freshness'])).toEqual(['freshness', 'links']);
  });
});

describe('runChecks', () => {
  it('a check that throws becomes an unknown finding with the error; the other checks still report', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'laman-checks-'));
    dirs.push(root);
    const logged: string[] = [];
    const findings = await runChecks({
      config: config(),
      root, // no cms/editorial.yml here: the ruleset check throws
      now: () => NOW,
      only: ['freshness', 'ruleset'],
      github: { client: {} as GitHubClient, repo: { owner: 'pn-contoh', repo: 'situs' } },
      log: (line) => logged.push(line),
    });
    expect(findings.map((f) => [f.check, f.subject, f.status])).toEqual([
      ['freshness', 'berita', 'fail'],
      ['freshness', 'pengumuman', 'fail'],
      ['freshness', 'informasi-wajib', 'warn'],
      ['ruleset', 'ruleset:pn-contoh/situs', 'unknown'],
    ]);
    const ruleset = findings[3]!;
    expect(ruleset.summary).toMatch(/^pemeriksaan ruleset gagal dijalankan: ENOENT/);
    expect(ruleset.evidence[0]).toContain('editorial.yml');
    expect(logged.some((l) => l.startsWith('ruleset: pemeriksaan gagal'))).toBe(true);
  });
});
