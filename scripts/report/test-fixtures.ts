// Synthetic records for the report's tests: November 2026 at a court whose site was down
// ten hours on the 10th, with hostile text where outsiders can put it (incident titles,
// request samples, evidence lines).
import type { ArchiveRecord } from '../archive/record.ts';
import type { Letterhead } from '../archive/sheet.ts';
import type { BackupRecord, LogscanReport, MonitorRun } from '../records/types.ts';
import { parseMonth } from './month.ts';
import type { ReportData, StageStandard } from './types.ts';

export const NOVEMBER = parseMonth('2026-11')!;
export const NOW = new Date('2026-12-03T01:00:00Z');
export const COURT: Letterhead = {
  nama: 'Pengadilan Negeri Contoh',
  induk: 'Pengadilan Tinggi Contoh',
  alamat: 'Jalan Pahlawan Keadilan Nomor 12, Kota Contoh, Jawa Tengah 57199',
  kontak: 'Telepon kantor (0271) 555-0100 | Email info@pn-contoh.go.id',
  url: 'https://pn-contoh.go.id',
};
export const HOSTILE_TITLE = '[Insiden] Situs <img src=x onerror=alert(1)> @everyone | kolom';
export const HOSTILE_SAMPLE = 'GET /<script>alert(1)</script>?q=![x](http://evil.example/a.png) HTTP/1.1 → 404';
export const ATTACKER = '203.0.113.9';

/** One run per hour of November (WIB); down from 10 Nov 08:00 to 18:00 WIB. */
export function novemberRuns(): MonitorRun[] {
  const runs: MonitorRun[] = [];
  const downFrom = Date.parse('2026-11-10T08:00:00+07:00');
  const downTo = Date.parse('2026-11-10T18:00:00+07:00');
  for (let t = NOVEMBER.from.getTime(); t < NOVEMBER.to.getTime(); t += 3_600_000) {
    const down = t >= downFrom && t < downTo;
    const hour = new Date(t).getUTCHours();
    runs.push({
      at: new Date(t).toISOString(),
      findings: [
        down
          ? { check: 'availability', subject: 'https://pn-contoh.go.id/', status: 'fail', summary: 'HTTP 503', evidence: [] }
          : { check: 'availability', subject: 'https://pn-contoh.go.id/', status: 'ok', summary: 'HTTP 200', evidence: [], responseMs: 200 + hour * 10 },
      ],
    });
  }
  const last = runs.at(-1)!;
  last.findings.push(
    {
      check: 'freshness',
      subject: 'informasi-wajib',
      status: 'fail',
      summary: '1 informasi berkala wajib tidak diperbarui lebih dari 6 bulan (UU 14/2008 Pasal 9)',
      evidence: ['Laporan Keuangan: terakhir diperbarui 2026-01-15 (content/dokumen/laporan-keuangan.md)'],
    },
    { check: 'freshness', subject: 'berita', status: 'ok', summary: 'berita terbaru berumur 2 hari (batas 14 hari)', evidence: [] },
    { check: 'freshness', subject: 'pengumuman', status: 'ok', summary: 'pengumuman terbaru berumur 5 hari (batas 30 hari)', evidence: [] },
    { check: 'tls', subject: 'pn-contoh.go.id', status: 'warn', summary: 'sertifikat berakhir 20 hari lagi', evidence: [], expiresAt: '2026-12-20T00:00:00Z' },
  );
  return runs;
}

function approvals(start: string, minutes: number[]): ArchiveRecord['persetujuan'] {
  const stages = ['operator', 'redaktur', 'editor', 'penanggung-jawab'];
  const names = ['Operator', 'Redaktur', 'Editor', 'Penanggung Jawab Informasi'];
  let t = Date.parse(start);
  return stages.map((tahap, i) => {
    t += (minutes[i] ?? 0) * 60_000;
    return { tahap, nama: names[i]!, label: `review/${tahap}`, oleh: `orang${i}`, pada: new Date(t).toISOString() };
  });
}

function record(nomor: number, koleksi: string, waktu: string, pr: number, minutes: number[], perubahan: 'ditambah' | 'diubah' = 'ditambah'): ArchiveRecord {
  return {
    versi: 1,
    nomor,
    sebelumnya: nomor === 1 ? null : 'a'.repeat(64),
    waktu,
    zonaWaktu: 'Asia/Jakarta',
    item: { koleksi, slug: `item-${nomor}`, judul: `Item ${nomor}`, perubahan, path: `content/${koleksi}/item-${nomor}.md`, url: null },
    commit: 'b'.repeat(40),
    pullRequest: { nomor: pr, judul: `PR ${pr}`, penulis: 'ani', url: `https://github.com/pn-contoh/situs/pull/${pr}`, digabung: waktu },
    persetujuan: approvals(new Date(Date.parse(waktu) - 4 * 3_600_000).toISOString(), minutes),
    build: 'build-1',
    isi: { path: `content/${koleksi}/item-${nomor}.md`, sha256: 'c'.repeat(64), bytes: 100 },
    lampiran: [],
    lembar: { sha256: 'd'.repeat(64), bytes: 1000 },
  };
}

export const STAGES: StageStandard[] = [
  { id: 'redaktur', nama: 'Redaktur', slaHours: 0.5 },
  { id: 'editor', nama: 'Editor', slaHours: 0.5 },
  { id: 'penanggung-jawab', nama: 'Penanggung Jawab Informasi', slaHours: 0.5 },
  { id: 'ketua', nama: 'Ketua', slaHours: 0.5 },
];

export function novemberArchive(): ArchiveRecord[] {
  return [
    record(1, 'berita', '2026-11-02T03:00:00Z', 10, [0, 20, 40, 10]),
    // Two items of one pull request: reviewed once.
    record(2, 'berita', '2026-11-05T03:00:00Z', 11, [0, 30, 90, 20]),
    record(3, 'pengumuman', '2026-11-05T03:00:00Z', 11, [0, 30, 90, 20]),
    record(4, 'dokumen', '2026-11-20T03:00:00Z', 12, [0, 10, 60, 25], 'diubah'),
  ];
}

function backup(kind: BackupRecord['kind'], at: string, ok = true): BackupRecord {
  return { kind, at, snapshot: 'abc123', target: 'directory:/srv/cadangan', ok, files: 1200, bytes: 52_428_800, newBytes: 1_048_576, durationMs: 30_000, problems: ok ? [] : ['restic: repository terkunci'] };
}

export function novemberBackups(): BackupRecord[] {
  const out: BackupRecord[] = [];
  for (let day = 1; day <= 30; day++) out.push(backup('create', `2026-11-${String(day).padStart(2, '0')}T12:00:00Z`, day !== 14));
  out.push(backup('verify', '2026-11-08T20:00:00Z'), backup('verify', '2026-11-22T20:00:00Z'));
  return out;
}

export function novemberScans(): LogscanReport[] {
  const scan = (at: string, extra: LogscanReport['detections']): LogscanReport => ({
    at,
    files: ['/var/log/nginx/access.log'],
    lines: 50_000,
    malformed: 3,
    detections: [
      { scenario: 'sql-injection', ip: ATTACKER, count: 40, firstSeen: at, lastSeen: at, samples: [HOSTILE_SAMPLE] },
      ...extra,
    ],
    topSources: [{ ip: ATTACKER, requests: 400, scenarios: ['sql-injection'] }],
  });
  return [
    scan('2026-11-07T17:00:00Z', [{ scenario: 'sensitive-files', ip: ATTACKER, count: 12, firstSeen: '2026-11-07T10:00:00Z', lastSeen: '2026-11-07T10:05:00Z', samples: ['GET /.env HTTP/1.1 → 404'] }]),
    scan('2026-11-21T17:00:00Z', [{ scenario: 'probing-404', ip: '198.51.100.7', count: 60, firstSeen: '2026-11-21T01:00:00Z', lastSeen: '2026-11-21T01:10:00Z', samples: ['GET /wp-login.php HTTP/1.1 → 404'] }]),
  ];
}

export function novemberData(): ReportData {
  return {
    month: NOVEMBER,
    runs: novemberRuns(),
    incidents: {
      available: true,
      value: [
        { number: 41, url: 'https://github.com/pn-contoh/situs/issues/41', title: '[Insiden] Situs tidak dapat diakses: pn-contoh.go.id', key: 'availability:https://pn-contoh.go.id', check: 'availability', openedAt: '2026-11-10T01:00:00Z', closedAt: '2026-11-10T11:00:00Z', durationMinutes: 600 },
        { number: 45, url: 'https://github.com/pn-contoh/situs/issues/45', title: HOSTILE_TITLE, key: 'integrity:https://pn-contoh.go.id/', check: 'integrity', openedAt: '2026-11-29T02:00:00Z', closedAt: null, durationMinutes: null },
        // Before the month: left out.
        { number: 30, url: 'https://github.com/pn-contoh/situs/issues/30', title: 'lama', key: 'links:x', check: 'links', openedAt: '2026-10-01T00:00:00Z', closedAt: '2026-10-02T00:00:00Z', durationMinutes: 1440 },
      ],
    },
    archive: { available: true, value: novemberArchive() },
    stages: { available: true, value: STAGES },
    backups: novemberBackups(),
    renewals: {
      available: true,
      value: [
        { id: 'hosting-utama', kind: 'hosting', provider: 'PT Hosting Contoh', service: 'VPS situs', expires: '2026-12-15', invoice: 'INV/2025/118', contact: 'support@hosting.example' },
        { id: 'domain-utama', kind: 'domain', provider: 'PANDI', service: 'pn-contoh.go.id', expires: '2027-06-01', invoice: 'PNBP-2026', contact: 'pandi@example' },
      ],
    },
    logscans: novemberScans(),
    notes: [],
  };
}

export function emptyData(): ReportData {
  return {
    month: NOVEMBER,
    runs: [],
    incidents: { available: false, reason: 'tidak dibaca karena GITHUB_TOKEN tidak diisi' },
    archive: { available: true, value: [] },
    stages: { available: true, value: STAGES },
    backups: [],
    renewals: { available: true, value: [] },
    logscans: [],
    notes: [],
  };
}
