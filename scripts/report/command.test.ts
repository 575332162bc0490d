// `laman report` end to end through main(): a real site repository with a records branch
// and an archive branch, incidents and the report issue on the fake GitHub (every request
// checked against GitHub's OpenAPI description).
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOctokit, startFakeGitHub, unpaced, type FakeGitHub } from '../../tests/fake-github/index.ts';
import { appendToArchive } from '../archive/store.ts';
import { item, makeSiteRepo, TEST_ENV } from '../archive/test-support.ts';
import { createReportCommand } from '../cli/commands/report.ts';
import { main } from '../cli/main.ts';
import { createGitHubClient } from '../github/client.ts';
import { incidentMarker } from '../incidents/body.ts';
import { backupPath, logscanPath, monitorPath } from '../records/layout.ts';
import { appendRecords } from '../records/store.ts';
import { ATTACKER, novemberBackups, novemberRuns, novemberScans } from './test-fixtures.ts';

const command = createReportCommand((env, log) => createGitHubClient({ token: env.GITHUB_TOKEN ?? '', baseUrl: env.GITHUB_API_URL, retryAfterBaseValue: 10, scheduler: unpaced, log }));
const NOW = new Date('2026-12-03T01:00:00Z');
let repoDir: string;
let fake: FakeGitHub;

async function laman(args: string[], env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) => new Writable({ write: (chunk, _enc, done) => (append(chunk.toString()), done()) });
  const code = await main(['report', ...args], { cwd: repoDir, env: { ...TEST_ENV, ...env }, stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)), now: () => NOW }, [
    { name: command.name, summary: command.summary, load: async () => command },
  ]);
  return { code, stdout, stderr };
}

const github = () => ({ GITHUB_TOKEN: fake.tokenFor('admin'), GITHUB_API_URL: fake.url, GITHUB_SERVER_URL: 'https://github.example', GITHUB_REPOSITORY: 'pn-contoh/situs' });
const git = (...args: string[]) => execFileSync('git', ['-C', repoDir, ...args], { env: TEST_ENV });

beforeAll(async () => {
  const site = await makeSiteRepo();
  repoDir = site.dir;
  await appendToArchive({ repoDir, items: [item(site.commit)], now: new Date('2026-11-23T03:00:00Z'), log: () => {}, env: TEST_ENV });
  const runs = novemberRuns();
  const byFile = new Map<string, string>();
  for (const run of runs) byFile.set(monitorPath(new Date(run.at)), (byFile.get(monitorPath(new Date(run.at))) ?? '') + JSON.stringify(run) + '\n');
  // A hand edit gone wrong: reported in the notes, never fatal.
  byFile.set('monitor/2026-11-15.jsonl', `${byFile.get('monitor/2026-11-15.jsonl') ?? ''}{ rusak\n`);
  await appendRecords({
    repoDir,
    env: TEST_ENV,
    files: [
      ...[...byFile].map(([p, content]) => ({ path: p, content, mode: 'append' as const })),
      ...novemberBackups().map((b) => ({ path: backupPath(b), content: JSON.stringify(b), mode: 'replace' as const })),
      ...novemberScans().map((s) => ({ path: logscanPath(new Date(s.at)), content: JSON.stringify(s), mode: 'replace' as const })),
    ],
    message: 'catatan November',
    now: NOW,
  });
  await mkdir(path.join(repoDir, 'deploy'), { recursive: true });
  await writeFile(
    path.join(repoDir, 'deploy/renewals.json'),
    JSON.stringify({ contracts: [{ id: 'hosting-utama', kind: 'hosting', provider: 'PT Hosting Contoh', service: 'VPS situs', expires: '2026-12-15', invoice: 'INV/2025/118', contact: 'support@hosting.example' }] }),
  );

  fake = await startFakeGitHub({ owner: 'pn-contoh', repo: 'situs', users: [{ login: 'admin' }], now: () => NOW });
  const { octokit } = createTestOctokit({ baseUrl: fake.url, token: fake.tokenFor('admin') });
  const repo = { owner: 'pn-contoh', repo: 'situs' };
  const closed = await octokit.rest.issues.create({ ...repo, title: '[Insiden] Situs tidak dapat diakses: pn-contoh.go.id', labels: ['insiden'], body: `${incidentMarker('availability:https://pn-contoh.go.id', '2026-11-10T01:00:00Z')}\nSitus mati.` });
  await octokit.rest.issues.update({ ...repo, issue_number: closed.data.number, state: 'closed' });
  await octokit.rest.issues.create({ ...repo, title: '[Insiden] Perubahan tidak sah <b>x</b>', labels: ['insiden'], body: `${incidentMarker('integrity:https://pn-contoh.go.id', '2026-11-29T02:00:00Z')}\nBerkas berubah.` });
  // Loading GitHub's OpenAPI description and rasterising the logo take a while on a loaded machine.
}, 60_000);

afterAll(async () => {
  await fake?.close();
  if (repoDir) await rm(repoDir, { recursive: true, force: true });
});

describe('laman report', () => {
  it('refuses a month that does not exist, in Indonesian, with exit 2', async () => {
    const result = await laman(['--month', '2026-13']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--month harus berbentuk TTTT-BB dengan bulan 01 sampai 12');
    expect((await laman(['--month', '2027-05'])).stderr).toContain('belum dimulai');
  });

  it('writes Markdown and PDF for the previous month without GitHub, noting that incidents were not read', async () => {
    const result = await laman(['--out', 'keluar']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Laporan situasi website November 2026 ditulis:');
    const md = await readFile(path.join(repoDir, 'keluar/laporan-2026-11.md'), 'utf8');
    expect(md).toContain('98,61%');
    expect(md).toContain('tidak dibaca karena repositori GitHub tidak diketahui');
    expect(md).toContain('monitor/2026\\-11\\-15\\.jsonl:'); // the broken line, in the notes
    expect(md).toContain('| berita | 1 | 0 | 0 | 1 |'); // from the archive branch
    expect(md).toContain('VPS situs'); // deploy/renewals.json
    expect(md).toContain(ATTACKER.replace(/\./g, '\\.'));
    const pdf = await readFile(path.join(repoDir, 'keluar/laporan-2026-11.pdf'));
    const text = ((await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text as string).replace(/\s+/g, ' ');
    expect(text).toContain('PENGADILAN NEGERI CONTOH');
    expect(text).toContain('Bulan November 2026');
    expect(text).toContain('98,61%');
  });

  it('--post records the files on the records branch and opens one issue, updated on the next run', async () => {
    const first = await laman(['--month', '2026-11', '--post', '--json'], github());
    expect(first.code, first.stderr).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(summary).toMatchObject({ month: '2026-11', incidents: 2, issue: { action: 'create' } });
    expect(execFileSync('git', ['-C', repoDir, 'show', 'pemantauan:laporan/2026-11.pdf'], { env: TEST_ENV }).equals(await readFile(path.join(repoDir, 'laporan/laporan-2026-11.pdf')))).toBe(true);
    expect(git('show', 'pemantauan:laporan/2026-11.md').toString()).toBe(await readFile(path.join(repoDir, 'laporan/laporan-2026-11.md'), 'utf8'));

    const reports = () => [...fake.state.issues.values()].filter((i) => i.labels.includes('laporan'));
    expect(reports()).toHaveLength(1);
    const issue = reports()[0]!;
    expect(issue.title).toBe('Laporan situasi website — November 2026');
    expect(issue.body).toContain('<!-- laman:laporan bulan=2026-11 -->');
    expect(issue.body).toContain('https://github.example/pn-contoh/situs/blob/pemantauan/laporan/2026-11.pdf');
    expect(issue.body).toContain('masih terbuka');
    expect(issue.body).not.toContain('<b>');
    const incidentRows = issue.body!.split('\n').filter((l) => /^\| \\#\d+ \|/.test(l));
    expect(incidentRows).toHaveLength(2);

    // Next run, an hour later in the same state: the same issue, nothing new.
    const again = await laman(['--month', '2026-11', '--post', '--json'], github());
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).issue).toMatchObject({ number: issue.number, action: 'unchanged' });
    expect(reports()).toHaveLength(1);
    // A changed report (another contract) updates the body of that issue.
    await writeFile(path.join(repoDir, 'deploy/renewals.json'), JSON.stringify({ contracts: [] }));
    const changed = await laman(['--month', '2026-11', '--post', '--json'], github());
    expect(JSON.parse(changed.stdout).issue).toMatchObject({ number: issue.number, action: 'update' });
    expect(reports()).toHaveLength(1);
    expect(reports()[0]!.body).not.toContain('VPS situs');
    fake.assertNoViolations();
  });
});
