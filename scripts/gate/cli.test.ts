// `laman gate --snapshot` over the recorded snapshots in tests/fixtures/gate/.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gateCommand } from '../cli/commands/gate.ts';
import { main } from '../cli/main.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => `tests/fixtures/gate/${name}.json`;

async function gate(args: string[], cwd = root) {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) => new Writable({ write: (chunk, _enc, done) => (append(chunk.toString()), done()) });
  const code = await main(['gate', ...args], {
    cwd,
    env: {},
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    now: () => {
      throw new Error('the gate must not read the clock');
    },
  }, [{ name: gateCommand.name, summary: gateCommand.summary, load: async () => gateCommand }]);
  return { code, stdout, stderr };
}

describe('laman gate --snapshot', () => {
  it('prints the Indonesian summary of a routine chain and exits 0 on success', async () => {
    const r = await gate(['--snapshot', fixture('routine-success')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('**Status: lengkap.**');
    expect(r.stdout).toContain('- [x] **Penanggung Jawab Informasi** (`review/penanggung-jawab`): @dedi, 2026-11-23 08.40 WIB');
  });

  it('exits 0 while pending and names who is awaited', async () => {
    const r = await gate(['--snapshot', fixture('special-awaiting-ketua')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('**Menunggu Ketua:** menunggu @eka memasang label `review/ketua`, batas waktu 2026-11-23 09.10 WIB (**terlambat**)');
  });

  it('prints the decision as JSON and exits 1 on failure', async () => {
    const r = await gate(['--snapshot', fixture('attack-self-approval'), '--json']);
    expect(r.code).toBe(1);
    const decision = JSON.parse(r.stdout);
    expect(decision).toMatchObject({ state: 'failure', labelsToRemove: ['review/redaktur'], nextStage: { id: 'redaktur', holders: ['rara'] } });
    expect(decision.violations).toEqual([expect.objectContaining({ code: 'self-approval', label: 'review/redaktur', actor: 'budi', at: '2026-11-23T01:12:00.000Z' })]);
    expect(decision.stages.map((s: { id: string; approvedBy?: string }) => [s.id, s.approvedBy ?? null])).toEqual([
      ['operator', 'oki'],
      ['redaktur', null],
      ['editor', null],
      ['penanggung-jawab', null],
      ['ketua', null],
    ]);
  });

  it('fails a mixed pull request and leaves one outside content/ alone', async () => {
    const mixed = await gate(['--snapshot', fixture('mixed-paths'), '--json']);
    expect(mixed.code).toBe(1);
    expect(JSON.parse(mixed.stdout).violations[0].code).toBe('mixed-paths');
    const outside = await gate(['--snapshot', fixture('outside')]);
    expect(outside.code).toBe(0);
    expect(outside.stdout).toContain('di luar rantai penyuntingan');
  });

  it('reports an invalid base policy with file:line, exit 1', async () => {
    const r = await gate(['--snapshot', fixture('invalid-policy')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/kebijakan penyuntingan di cabang main tidak valid:\ncms\/editorial\.yml:\d+: tahap\.2\.pemegang: tahap "editor" harus punya/);
  });

  it('reports an invalid snapshot, exit 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'laman-gate-'));
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ pr: { number: 1 }, labelEvents: [], commits: [], files: [], teams: {}, now: 'kemarin', policyText: '' }));
    writeFileSync(path.join(dir, 'not.json'), '{');
    const bad = await gate(['--snapshot', 'bad.json'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('snapshot tidak valid:');
    expect(bad.stderr).toContain('bad.json: now: waktu harus ISO 8601');
    expect(bad.stderr).toContain('bad.json: commits: pull request paling sedikit punya satu commit');
    const not = await gate(['--snapshot', 'not.json'], dir);
    expect(not).toMatchObject({ code: 1 });
    expect(not.stderr).toContain('not.json: bukan JSON yang valid');
  });

  it('is a usage error without --snapshot, with a missing file or an unknown option (exit 2)', async () => {
    expect((await gate([])).code).toBe(2);
    expect((await gate(['--snapshot', 'tidak-ada.json'])).stderr).toContain('berkas snapshot tidak ditemukan: tidak-ada.json');
    expect((await gate(['--pr', '1'])).code).toBe(2); // no --repo and no GITHUB_REPOSITORY
    expect((await gate(['--repo', 'a/b', '--pr', '1'])).stderr).toContain('GITHUB_TOKEN tidak diisi');
  });
});
