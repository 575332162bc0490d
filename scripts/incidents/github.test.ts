// The incident adapter against the fake GitHub (every request and response checked against
// GitHub's OpenAPI description), over several simulated monitor runs.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../tests/fake-github/index.ts';
import { unpaced } from '../../tests/fake-github/octokit.ts';
import { createGitHubClient, type GitHubClient } from '../github/client.ts';
import type { Finding } from '../records/types.ts';
import { listIncidents, readMaintenanceWindows, readOpenIncidents, syncIncidents } from './github.ts';

const repo = { owner: 'pn-contoh', repo: 'situs' };
const SITE = 'https://pn-contoh.go.id';
let fake: FakeGitHub;
let client: GitHubClient;
let clock = new Date('2026-12-05T13:00:00Z');
const log: string[] = [];

beforeAll(async () => {
  fake = await startFakeGitHub({ ...repo, users: [{ login: 'github-actions[bot]' }, { login: 'operator' }], now: () => clock });
  client = createGitHubClient({ token: fake.tokenFor('github-actions[bot]'), baseUrl: fake.url, retryAfterBaseValue: 10, scheduler: unpaced });
}, 30_000);
afterEach(() => fake.assertNoViolations());
afterAll(() => fake.close());

function down(path: string): Finding {
  return { check: 'availability', subject: `${SITE}${path}`, status: 'fail', summary: `${SITE}${path} tidak dapat diakses: HTTP 502`, evidence: [`HTTP 502 setelah 30 ms`] };
}
function up(path: string): Finding {
  return { check: 'availability', subject: `${SITE}${path}`, status: 'ok', summary: `${SITE}${path} dapat diakses`, evidence: [] };
}
function integrity(files: string[]): Finding {
  return files.length
    ? { check: 'integrity', subject: SITE, status: 'fail', summary: `${files.length} berkas berbeda dari rilis`, evidence: files }
    : { check: 'integrity', subject: SITE, status: 'ok', summary: 'semua berkas sama dengan rilis', evidence: [] };
}

async function run(minutes: number, findings: Finding[], dryRun = false) {
  clock = new Date(Date.parse('2026-12-05T13:00:00Z') + minutes * 60_000);
  return syncIncidents(client, repo, { findings, now: clock, site: SITE, dryRun, log: (l) => log.push(l) });
}

const incidentIssues = () => [...fake.state.issues.values()].filter((i) => i.labels.includes('insiden'));

describe('incidents on GitHub over several monitor runs', () => {
  it('one issue per outage, updated while ongoing, closed on recovery with the duration', { timeout: 30_000 }, async () => {
    // A dry run writes nothing.
    const dry = await run(0, [down('/'), down('/berita/')], true);
    expect(dry.actions.map((a) => a.kind)).toEqual(['open']);
    expect(fake.state.issues.size).toBe(0);
    expect(log.at(-1)).toContain('[uji coba] membuka insiden');

    await run(0, [down('/'), down('/berita/'), integrity(['index.html'])]);
    expect(incidentIssues().map((i) => i.title).sort()).toEqual([
      '[Insiden] Perubahan tidak sah (defacement) terdeteksi: pn-contoh.go.id',
      '[Insiden] Situs tidak dapat diakses: pn-contoh.go.id',
    ]);
    expect(fake.state.labels.map((l) => [l.name, l.description])).toEqual(
      expect.arrayContaining([
        ['insiden', expect.stringContaining('Gangguan situs')],
        ['pemeliharaan', expect.stringContaining('Mulai:')],
        ['perpanjangan', expect.stringContaining('SOP F4')],
        ['insiden:ketersediaan', expect.stringContaining('Ketersediaan')],
      ]),
    );
    const outage = incidentIssues().find((i) => i.title.includes('tidak dapat diakses'))!;

    // The operator renames it and ticks a step; later runs still find it by its marker.
    outage.title = 'Server mati (ditangani Budi)';
    outage.body = outage.body!.replace('- [ ] **Analisis gangguan**', '- [x] **Analisis gangguan**');
    await run(15, [down('/'), down('/berita/'), integrity(['index.html', 'berita/index.html'])]);
    await run(30, [down('/'), down('/berita/'), integrity(['index.html', 'berita/index.html'])]);
    expect(incidentIssues()).toHaveLength(2);
    expect(outage.body).toContain('- [x] **Analisis gangguan**');
    expect(outage.body).toContain('Jumlah pemeriksaan yang gagal sejak awal insiden: 3');
    const defacement = incidentIssues().find((i) => i.title.includes('defacement'))!;
    const comments = (n: number) => [...fake.state.comments.values()].filter((c) => c.issue === n).map((c) => c.body);
    expect(comments(defacement.number)).toHaveLength(1);
    expect(comments(defacement.number)[0]).toContain('berita/index.html');
    expect(comments(outage.number)).toHaveLength(0);

    // Recovery of the site at 21.15 WIB: closed with the duration; the defacement stays open.
    await run(75, [up('/'), up('/berita/'), integrity(['index.html'])]);
    expect(outage.state).toBe('closed');
    expect(outage.state_reason).toBe('completed');
    expect(comments(outage.number).at(-1)).toContain('(durasi 1 jam 15 menit)');
    expect(defacement.state).toBe('open');
    expect((await readOpenIncidents(client, repo)).map((i) => i.number)).toEqual([defacement.number]);

    // The site goes down again: a new incident, not the closed one reopened.
    await run(90, [down('/')]);
    expect(incidentIssues().filter((i) => i.state === 'open')).toHaveLength(2);
    expect(incidentIssues()).toHaveLength(3);
    await run(100, [up('/'), integrity([])]);
    expect(incidentIssues().filter((i) => i.state === 'open')).toHaveLength(0);

    const summaries = await listIncidents(client, repo, { since: new Date('2026-12-01T00:00:00Z') });
    expect(summaries.map((s) => [s.check, s.durationMinutes])).toEqual([
      ['availability', 75],
      ['integrity', 100],
      ['availability', 10],
    ]);
    expect(summaries[0]).toMatchObject({ key: 'availability:https://pn-contoh.go.id', openedAt: '2026-12-05T13:00:00.000Z', title: 'Server mati (ditangani Budi)' });
    expect(summaries[0]?.url).toContain(`/issues/${outage.number}`);
  });

  it('a maintenance window suppresses new incidents; an unreadable one gets one comment', { timeout: 30_000 }, async () => {
    const operator = createGitHubClient({ token: fake.tokenFor('operator'), baseUrl: fake.url, scheduler: unpaced });
    const window = await operator.rest.issues.create({
      ...repo,
      title: 'Pemeliharaan server Sabtu malam',
      body: 'Migrasi ke server baru.\n\nMulai: 2026-12-12 20:00 WIB\nSelesai: 2026-12-12 23:00 WIB\n',
      labels: ['pemeliharaan'],
    });
    const broken = await operator.rest.issues.create({ ...repo, title: 'Pemeliharaan lain', body: 'Mulai: nanti malam', labels: ['pemeliharaan'] });
    const before = incidentIssues().length;
    clock = new Date('2026-12-12T13:30:00Z'); // 20.30 WIB
    const inside = await syncIncidents(client, repo, { findings: [down('/')], now: clock, site: SITE, dryRun: false, log: () => {} });
    expect(inside.actions.map((a) => a.kind)).toEqual(['window-format', 'suppress']);
    expect(incidentIssues()).toHaveLength(before);
    await syncIncidents(client, repo, { findings: [down('/')], now: clock, site: SITE, dryRun: false, log: () => {} });
    const notices = [...fake.state.comments.values()].filter((c) => c.issue === broken.data.number);
    expect(notices).toHaveLength(1);
    expect((await readMaintenanceWindows(client, repo)).map((w) => [w.number, w.formatNoticePosted]).sort()).toEqual([
      [window.data.number, false],
      [broken.data.number, true],
    ]);
    clock = new Date('2026-12-12T16:00:00Z'); // 23.00 WIB: the window is over
    const after = await syncIncidents(client, repo, { findings: [down('/')], now: clock, site: SITE, dryRun: false, log: () => {} });
    expect(after.actions.map((a) => a.kind)).toEqual(['open']);
    expect(incidentIssues()).toHaveLength(before + 1);
  });
});
