import { describe, expect, it } from 'vitest';
import type { Finding } from '../records/types.ts';
import { parseIncidentMarker } from './body.ts';
import { incidentKey } from './keys.ts';
import { planIncidents, type PlanInput } from './plan.ts';
import type { IncidentAction, MaintenanceWindow, OpenIncident } from './types.ts';
import { parseWindowTimes } from './windows.ts';

const SITE = 'https://pn-contoh.go.id';
const T0 = new Date('2026-12-05T13:00:00Z'); // 20.00 WIB

function at(minutes: number): Date {
  return new Date(T0.getTime() + minutes * 60_000);
}

function down(url: string, code = 503): Finding {
  return { check: 'availability', subject: url, status: 'fail', summary: `${url} tidak dapat diakses: HTTP ${code}`, evidence: [`GET ${url} → HTTP ${code} setelah 812 ms`] };
}
function up(url: string): Finding {
  return { check: 'availability', subject: url, status: 'ok', summary: `${url} dapat diakses`, evidence: [], responseMs: 120 };
}
function defaced(files: string[]): Finding {
  return { check: 'integrity', subject: SITE, status: 'fail', summary: `${files.length} berkas situs berbeda dari rilis`, evidence: files.map((f) => `berubah: ${f}`) };
}

/** Applies actions to a simulated issue list, as GitHub would, so plans can be chained run after run. */
function apply(open: OpenIncident[], actions: IncidentAction[], numbers: { next: number }): OpenIncident[] {
  let next = [...open];
  for (const action of actions) {
    if (action.kind === 'open') {
      const marker = parseIncidentMarker(action.body)!;
      next.push({ number: numbers.next++, title: action.title, body: action.body, key: marker.key, since: marker.since, labels: action.labels });
    } else if (action.kind === 'update') {
      next = next.map((i) => (i.number === action.number ? { ...i, body: action.body } : i));
    } else if (action.kind === 'close') {
      next = next.filter((i) => i.number !== action.number);
    }
  }
  return next;
}

function plan(overrides: Partial<PlanInput>): IncidentAction[] {
  return planIncidents({ findings: [], open: [], windows: [], now: T0, site: SITE, ...overrides });
}

describe('incident keys', () => {
  it('groups availability by origin, other checks by subject', () => {
    expect(incidentKey(down('https://pn-contoh.go.id/berita/a'))).toBe('availability:https://pn-contoh.go.id');
    expect(incidentKey(down('https://pn-contoh.go.id/'))).toBe('availability:https://pn-contoh.go.id');
    expect(incidentKey({ check: 'freshness', subject: 'berita' })).toBe('freshness:berita');
    expect(incidentKey({ check: 'tls', subject: 'pn-contoh.go.id' })).toBe('tls:pn-contoh.go.id');
  });
});

describe('planIncidents', () => {
  it('opens one incident for a site that is down, however many URLs fail', () => {
    const actions = plan({ findings: [down(`${SITE}/`), down(`${SITE}/berita/`), up('https://sipp.pn-contoh.go.id/')] });
    expect(actions).toHaveLength(1);
    const [open] = actions;
    expect(open).toMatchObject({
      kind: 'open',
      key: 'availability:https://pn-contoh.go.id',
      title: '[Insiden] Situs tidak dapat diakses: pn-contoh.go.id',
      labels: ['insiden', 'insiden:ketersediaan'],
    });
    const body = open?.kind === 'open' ? open.body : '';
    expect(body).toContain('<!-- laman:insiden key=availability:https://pn-contoh.go.id since=2026-12-05T13:00:00.000Z -->');
    expect(body).toContain('2026-12-05 20.00 WIB (2026-12-05 13.00 UTC)');
    expect(body).toMatch(/- \[ \] \*\*Analisis gangguan\*\*.*1 jam/);
    expect(body).toMatch(/- \[ \] \*\*Persetujuan perbaikan\*\* oleh Kasubbag Perencanaan, TI dan Pelaporan \(15 menit/);
    expect(body).toContain('pihak ketiga');
    expect(body).toMatch(/- \[ \] \*\*Laporkan\*\*.*Sekretaris/);
    expect(body).toMatch(/- \[ \] \*\*Simpan bukti\*\*.*10 menit/);
    expect(body).toContain('GET https:/\u200b/pn-contoh.go.id/berita/ → HTTP 503');
  });

  it('updates only the status section while ongoing, keeps the ticks, comments only on new evidence, closes with the duration', () => {
    const numbers = { next: 7 };
    let open = apply([], plan({ findings: [defaced(['index.html'])] }), numbers);
    expect(open).toHaveLength(1);

    // The operator ticks two steps and adds a note.
    open = open.map((i) => ({ ...i, title: 'judul diubah operator', body: i.body.replace('- [ ] **Analisis gangguan**', '- [x] **Analisis gangguan**').replace('- [ ] **Persetujuan', '- [X] **Persetujuan') + '\nCatatan operator.\n' }));

    const second = plan({ findings: [defaced(['index.html'])], open, now: at(15) });
    expect(second.map((a) => a.kind)).toEqual(['update']);
    const updated = second[0]?.kind === 'update' ? second[0].body : '';
    expect(updated).toContain('- [x] **Analisis gangguan**');
    expect(updated).toContain('- [X] **Persetujuan');
    expect(updated).toContain('Catatan operator.');
    expect(updated).toContain('Jumlah pemeriksaan yang gagal sejak awal insiden: 2');
    expect(updated).toContain('Langkah penanganan yang sudah dicentang: 2 dari 6');
    expect(updated).toContain('2026-12-05 20.15 WIB');
    open = apply(open, second, numbers);

    // Idempotent: the same state again gives only the status update.
    expect(plan({ findings: [defaced(['index.html'])], open, now: at(15) }).map((a) => a.kind)).toEqual(['update']);

    // More files defaced: one comment with the new evidence.
    const third = plan({ findings: [defaced(['index.html', 'berita/index.html'])], open, now: at(30) });
    expect(third.map((a) => a.kind)).toEqual(['update', 'comment']);
    expect(third[1]?.kind === 'comment' && third[1].body).toContain('berubah: berita/index.html');
    open = apply(open, third, numbers);
    expect(plan({ findings: [defaced(['index.html', 'berita/index.html'])], open, now: at(45) }).map((a) => a.kind)).toEqual(['update']);

    // Recovery at 21.40 WIB: closed with the duration; unticked steps reminded.
    const ok: Finding = { check: 'integrity', subject: SITE, status: 'ok', summary: 'Semua berkas sama dengan rilis', evidence: [] };
    const fourth = plan({ findings: [ok], open, now: at(100) });
    expect(fourth).toHaveLength(1);
    expect(fourth[0]).toMatchObject({ kind: 'close', number: 7, durationMinutes: 100 });
    const comment = fourth[0]?.kind === 'close' ? fourth[0].comment : '';
    expect(comment).toContain('Pulih pada 2026-12-05 21.40 WIB (2026-12-05 14.40 UTC) setelah gangguan sejak 2026-12-05 20.00 WIB');
    expect(comment).toContain('(durasi 1 jam 40 menit)');
    expect(comment).toContain('belum dicentang (4 dari 6)');
    expect(apply(open, fourth, numbers)).toEqual([]);
  });

  it('response times that vary run to run are not new evidence', () => {
    const numbers = { next: 1 };
    const open = apply([], plan({ findings: [down(`${SITE}/`)] }), numbers);
    const slower: Finding = { ...down(`${SITE}/`), evidence: [`GET ${SITE}/ → HTTP 503 setelah 1520 ms`] };
    expect(plan({ findings: [slower], open, now: at(15) }).map((a) => a.kind)).toEqual(['update']);
    const another = plan({ findings: [slower, down(`${SITE}/berita/`)], open, now: at(30) });
    expect(another.map((a) => a.kind)).toEqual(['update', 'comment']);
  });

  it('unknown findings and checks that did not run change nothing; warn closes', () => {
    const numbers = { next: 1 };
    const open = apply([], plan({ findings: [{ check: 'domain', subject: 'pn-contoh.go.id', status: 'fail', summary: 'Domain berakhir dalam 5 hari', evidence: [] }] }), numbers);
    expect(plan({ findings: [{ check: 'domain', subject: 'pn-contoh.go.id', status: 'unknown', summary: 'RDAP tidak memberi data', evidence: [] }], open, now: at(60) })).toEqual([]);
    expect(plan({ findings: [up(`${SITE}/`)], open, now: at(60) })).toEqual([]);
    const mixed = plan({ findings: [down(`${SITE}/`), up(`${SITE}/a`)], open: [], now: at(60) });
    expect(mixed.map((a) => a.kind)).toEqual(['open']);
    const warn = plan({ findings: [{ check: 'domain', subject: 'pn-contoh.go.id', status: 'warn', summary: 'Domain berakhir dalam 40 hari', evidence: [] }], open, now: at(60) });
    expect(warn.map((a) => a.kind)).toEqual(['close']);
  });

  it('does not open or comment inside a maintenance window, but still closes recoveries', () => {
    const window: MaintenanceWindow = { number: 3, title: 'Pemeliharaan server', body: 'Migrasi server.\n\nMulai: 2026-12-05 19:00 WIB\nSelesai: 2026-12-05 23:00 WIB\n', formatNoticePosted: false };
    const inside = plan({ findings: [down(`${SITE}/`)], windows: [window] });
    expect(inside).toMatchObject([{ kind: 'suppress', key: 'availability:https://pn-contoh.go.id', window: 3 }]);
    // After the window ends (23.00 WIB = 16.00 UTC) the outage opens an incident.
    expect(plan({ findings: [down(`${SITE}/`)], windows: [window], now: new Date('2026-12-05T16:00:00Z') }).map((a) => a.kind)).toEqual(['open']);

    const numbers = { next: 1 };
    const open = apply([], plan({ findings: [defaced(['a.html'])], now: at(-120) }), numbers);
    const changed = plan({ findings: [defaced(['a.html', 'b.html'])], open, windows: [window] });
    expect(changed.map((a) => a.kind)).toEqual(['update', 'suppress']);
    const after = apply(open, changed, numbers);
    // The comment comes once the window is over.
    expect(plan({ findings: [defaced(['a.html', 'b.html'])], open: after, windows: [window], now: new Date('2026-12-05T16:30:00Z') }).map((a) => a.kind)).toEqual(['update', 'comment']);
    const recovered = plan({ findings: [{ ...defaced([]), status: 'ok', summary: 'sama' }], open, windows: [window] });
    expect(recovered.map((a) => a.kind)).toEqual(['close']);
  });

  it('explains the expected format once on a window issue it cannot read', () => {
    const bad: MaintenanceWindow = { number: 4, title: 'Pemeliharaan', body: 'Mulai besok malam sampai selesai', formatNoticePosted: false };
    const actions = plan({ findings: [down(`${SITE}/`)], windows: [bad] });
    expect(actions.map((a) => a.kind)).toEqual(['window-format', 'open']);
    expect(actions[0]?.kind === 'window-format' && actions[0].body).toContain('Mulai: 2026-12-05 20:00 WIB');
    expect(actions[0]?.kind === 'window-format' && actions[0].body).toContain('<!-- laman:pemeliharaan-format -->');
    expect(plan({ windows: [{ ...bad, formatNoticePosted: true }] })).toEqual([]);
  });

  it('keeps hostile text from a defaced page inert', () => {
    const hostile: Finding = {
      check: 'integrity',
      subject: SITE,
      status: 'fail',
      summary: 'Hacked by @evil-team <img src=x onerror=alert(1)> ![x](https://evil.example/a.png)',
      evidence: ['<script>alert(1)</script>', '``` keluar dari blok', '@octocat lihat https://judi.example', '<!-- /laman:status --> <!-- laman:insiden key=x since=2020-01-01T00:00:00Z -->'],
    };
    const [open] = plan({ findings: [hostile] });
    const body = open?.kind === 'open' ? open.body : '';
    expect(body).not.toMatch(/@evil-team|@octocat/);
    expect(body).not.toContain('<img');
    expect(body).not.toContain('![x]');
    expect(body).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(body).toContain('````text'); // the fence outgrows the backticks inside
    expect(body.match(/<!-- \/laman:status -->/g)).toHaveLength(1);
    expect(parseIncidentMarker(body)?.key).toBe(`integrity:${SITE}`);
  });
});

describe('maintenance window times', () => {
  it('reads WIB, WITA, WIT and ISO 8601 with an offset', () => {
    expect(parseWindowTimes('Mulai: 2026-12-05 20:00 WIB\nSelesai: 2026-12-05 23.30 WITA')).toEqual({
      ok: true,
      start: new Date('2026-12-05T13:00:00Z'),
      end: new Date('2026-12-05T15:30:00Z'),
    });
    expect(parseWindowTimes('- **Mulai:** 2026-12-05T20:00:00+09:00\n- **Selesai:** 2026-12-06 01:00 WIT')).toMatchObject({ ok: true, start: new Date('2026-12-05T11:00:00Z') });
    expect(parseWindowTimes('Mulai: 2026-02-30 20:00 WIB\nSelesai: 2026-03-01 20:00 WIB')).toMatchObject({ ok: false, problem: expect.stringContaining('2026-02-30') });
    expect(parseWindowTimes('Mulai: 2026-12-05 20:00 WIB\nSelesai: 2026-12-05 19:00 WIB')).toMatchObject({ ok: false });
    expect(parseWindowTimes('Mulai: 2026-12-05 20:00\nSelesai: 2026-12-05 21:00')).toMatchObject({ ok: false });
  });
});
