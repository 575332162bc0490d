import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRenewalsConfig, parseRenewalsConfig, parseReminderMarker, planRenewals, type Contract, type OpenReminder, type RenewalAction } from './renewals.ts';

const domain: Contract = {
  id: 'domain-utama',
  kind: 'domain',
  provider: 'PANDI',
  service: 'Domain pn-contoh.go.id',
  expires: '2027-01-31',
  invoice: 'INV/PANDI/2026/0012',
  contact: 'registrar@pandi.id, (021) 000000',
  subject: 'pn-contoh.go.id',
};
const hosting: Contract = { id: 'hosting', kind: 'hosting', provider: 'PT Awan', service: 'VPS situs', expires: '2027-01-10', invoice: 'AW-77', contact: 'cs@awan.example' };

/** 2027-01-01 08.00 WIB. */
const day = (d: string) => new Date(`${d}T01:00:00Z`);

/** Applies actions to simulated open reminders. */
function apply(open: OpenReminder[], actions: RenewalAction[], next: { n: number }): OpenReminder[] {
  let out = [...open];
  for (const a of actions) {
    if (a.kind === 'open') out.push({ number: next.n++, id: a.id, expires: a.expires, stage: a.stage, body: a.body });
    if (a.kind === 'remind') out = out.map((r) => (r.number === a.number ? { ...r, stage: parseReminderMarker(a.body)!.stage, body: a.body } : r));
    if (a.kind === 'close') out = out.filter((r) => r.number !== a.number);
  }
  return out;
}

describe('planRenewals', () => {
  it('opens at 30 days, comments at 14, 7 and when expired, once each', () => {
    const next = { n: 1 };
    let open: OpenReminder[] = [];
    const run = (d: string) => {
      const actions = planRenewals({ contracts: [hosting], observed: [], open, now: day(d) });
      open = apply(open, actions, next);
      return actions;
    };
    expect(run('2026-12-01')).toEqual([]); // 40 days left
    const [opened] = run('2026-12-11'); // 30 days left
    expect(opened).toMatchObject({ kind: 'open', id: 'hosting', expires: '2027-01-10', stage: 30, title: '[Perpanjangan] Hosting: VPS situs (PT Awan) berakhir 2027-01-10', labels: ['perpanjangan'] });
    const body = opened?.kind === 'open' ? opened.body : '';
    expect(body).toContain('30 hari lagi');
    expect(body).toContain('AW-77');
    expect(body).toContain('cs@\u200bawan');
    expect(body).toMatch(/- \[ \] Siapkan faktur/);
    expect(body).toMatch(/- \[ \] Ajukan pembayaran/);
    expect(body).toMatch(/- \[ \] Konfirmasi ke penyedia/);
    expect(body).toMatch(/- \[ \] Perbarui `expires`.*deploy\/renewals\.json` lewat pull request/);
    expect(run('2026-12-12')).toEqual([]);
    expect(run('2026-12-27')).toMatchObject([{ kind: 'remind', stage: 14, comment: expect.stringContaining('Tinggal 14 hari') }]);
    expect(run('2026-12-28')).toEqual([]);
    expect(run('2027-01-03')).toMatchObject([{ kind: 'remind', stage: 7 }]);
    expect(run('2027-01-10')).toEqual([]); // the last day: still 7
    expect(run('2027-01-11')).toMatchObject([{ kind: 'remind', stage: 0, comment: expect.stringContaining('Sudah berakhir') }]);
    expect(run('2027-01-12')).toEqual([]);
    expect(open).toHaveLength(1);
  });

  it('a reminder first seen late starts at the right stage', () => {
    expect(planRenewals({ contracts: [hosting], observed: [], open: [], now: day('2027-01-05') })).toMatchObject([{ kind: 'open', stage: 7 }]);
  });

  it('RDAP later than the file: renewed, reminder closed, file to update', () => {
    const open: OpenReminder[] = [{ number: 9, id: 'domain-utama', expires: '2027-01-31', stage: 30, body: '' }];
    const actions = planRenewals({
      contracts: [domain],
      observed: [{ check: 'domain', subject: 'PN-contoh.go.id', expiresAt: '2028-01-31T00:00:00Z' }],
      open,
      now: day('2027-01-05'),
    });
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ kind: 'close', number: 9, id: 'domain-utama' });
    const comment = actions[0]?.kind === 'close' ? actions[0].comment : '';
    expect(comment).toContain('2028-01-31');
    expect(comment).toContain('`deploy/renewals.json` masih mencatat 2027-01-31');
  });

  it('file and RDAP disagree: both shown, reminders follow the check', () => {
    const [action] = planRenewals({ contracts: [domain], observed: [{ check: 'domain', subject: 'pn-contoh.go.id', expiresAt: '2027-01-20T10:00:00Z' }], open: [], now: day('2027-01-01') });
    expect(action).toMatchObject({ kind: 'open', expires: '2027-01-20', stage: 30 });
    const body = action?.kind === 'open' ? action.body : '';
    expect(body).toContain('menurut `deploy/renewals.json`: 2027-01-31');
    expect(body).toContain('menurut RDAP (data pendaftaran domain): 2027-01-20');
    expect(body).toContain('tidak sama');
  });

  it('an observed expiry without a contract gets reminders too', () => {
    const actions = planRenewals({ contracts: [domain], observed: [{ check: 'tls', subject: 'pn-contoh.go.id', expiresAt: '2027-01-15T23:59:59Z' }], open: [], now: day('2026-12-20') });
    expect(actions).toMatchObject([{ kind: 'open', id: 'tls:pn-contoh.go.id', expires: '2027-01-16', stage: 30 }]); // the domain (2027-01-31) is 42 days away
    expect(actions[0]?.kind === 'open' && actions[0].title).toBe('[Perpanjangan] Sertifikat TLS: pn-contoh.go.id berakhir 2027-01-16');
  });

  it('the file updated by pull request closes the old reminder and opens none while far away', () => {
    const open: OpenReminder[] = [{ number: 3, id: 'hosting', expires: '2027-01-10', stage: 7, body: '' }];
    const actions = planRenewals({ contracts: [{ ...hosting, expires: '2028-01-10' }], observed: [], open, now: day('2027-01-05') });
    expect(actions.map((a) => a.kind)).toEqual(['close']);
    expect(actions[0]?.kind === 'close' && actions[0].comment).not.toContain('masih mencatat');
  });
});

describe('deploy/renewals.json', () => {
  it('parses contracts and names the bad field in Indonesian', () => {
    expect(parseRenewalsConfig(JSON.stringify({ contracts: [domain, hosting] })).contracts).toHaveLength(2);
    expect(() => parseRenewalsConfig(JSON.stringify({ contracts: [{ ...hosting, expires: '2027-02-30' }] }))).toThrow(/contracts\.0\.expires: expires bukan tanggal/);
    expect(() => parseRenewalsConfig(JSON.stringify({ contracts: [{ ...hosting, kind: 'listrik' }] }))).toThrow(/kind harus salah satu dari connection, hosting, domain, certificate/);
    expect(() => parseRenewalsConfig(JSON.stringify({ contracts: [hosting, hosting] }))).toThrow(/id "hosting" sudah dipakai/);
    expect(() => parseRenewalsConfig('{ bukan json')).toThrow(/bukan JSON yang valid/);
  });

  it('the shipped example parses', async () => {
    const config = await loadRenewalsConfig(path.resolve(import.meta.dirname, '../..'));
    expect(config.contracts.map((c) => c.kind).sort()).toEqual(['connection', 'domain', 'hosting']);
  });

  it('a missing file is no contracts', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'laman-renewals-'));
    try {
      expect(await loadRenewalsConfig(dir)).toEqual({ contracts: [] });
      await mkdir(path.join(dir, 'deploy'));
      await writeFile(path.join(dir, 'deploy/renewals.json'), JSON.stringify({ contracts: [hosting] }));
      expect((await loadRenewalsConfig(dir)).contracts[0]?.id).toBe('hosting');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
