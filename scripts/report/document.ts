// The report as a document: sections of paragraphs, fields, tables, lists and charts, in
// Indonesian, with every figure already written out. markdown.ts and pdf.ts only lay it
// out, so the issue and the PDF always say the same. Pure. Text here is plain: whatever
// came from records or GitHub is escaped by the renderer that needs it.
import { formatDateTime, formatDay, formatDuration, formatNumber, formatPercent } from '../status/format.ts';
import type { DayAvailability } from '../status/uptime.ts';
import type { Letterhead } from '../archive/sheet.ts';
import { monthName } from './month.ts';
import { BACKUP_KINDS, checkName, FRESHNESS_SUBJECTS, scenarioName, SEVERITIES, STATUS_NAMES } from './names.ts';
import type { BackupRecord } from '../records/types.ts';
import type { Report, Source } from './types.ts';

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'fields'; rows: Array<[string, string]> }
  /** widths: relative column widths (the PDF scales them to the page). */
  | { kind: 'table'; header: string[]; rows: string[][]; widths: number[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'chart'; chart: 'availability' | 'response'; title: string; days: DayAvailability[] };

export interface Section {
  title: string;
  blocks: Block[];
}

export interface ReportDocument {
  /** "Laporan Situasi Website" */
  title: string;
  /** "November 2026" */
  period: string;
  /** "2026-11" */
  monthId: string;
  court: Letterhead;
  intro: string;
  sections: Section[];
  /** "3 Desember 2026": the day the report was made, in WIB. */
  signedOn: string;
  generatedAt: string;
}

export const REPORT_TITLE = 'Laporan Situasi Website';
const NO_DATA = 'tidak ada data';

export function reportTitle(report: Pick<Report, 'month'>): string {
  return `${REPORT_TITLE} — ${monthName(report.month)}`;
}

export function formatMs(ms: number | null): string {
  return ms === null ? NO_DATA : `${formatNumber(ms)} ms`;
}

export function formatBytes(bytes: number): string {
  const units = ['bita', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatNumber(value, unit ? 1 : 0)} ${units[unit]}`;
}

function unavailable(source: Source<unknown>): Block[] {
  return source.available ? [] : [{ kind: 'paragraph', text: `Bagian ini tidak dapat disusun: ${source.reason}.` }];
}

function when(iso: string | null | undefined): string {
  return iso ? formatDateTime(iso) : '-';
}

export function toDocument(report: Report): ReportDocument {
  const period = monthName(report.month);
  return {
    title: REPORT_TITLE,
    period,
    monthId: report.month.id,
    court: report.court,
    intro:
      `Laporan situasi, kondisi, permasalahan dan alternatif penyelesaian website ${report.court.nama} (${report.court.url}) ` +
      `untuk bulan ${period}, disampaikan kepada Sekretaris sesuai SOP Pemeliharaan Website (F5). ` +
      'Angka diambil dari catatan pemantauan, pencadangan dan pemindaian log di cabang pemantauan, arsip publikasi, dan issue insiden di GitHub. Waktu dalam WIB.',
    sections: [
      summary(report),
      availability(report),
      incidents(report),
      content(report),
      freshness(report),
      backups(report),
      renewals(report),
      activity(report),
      problems(report),
      notes(report),
    ].filter((s): s is Section => s !== undefined),
    signedOn: formatDay(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(report.generatedAt)), false),
    generatedAt: formatDateTime(report.generatedAt),
  };
}

function summary(r: Report): Section {
  const open = r.incidents.available ? r.incidents.value.filter((i) => i.openAtMonthEnd).length : 0;
  return {
    title: '1. Ringkasan',
    blocks: [
      {
        kind: 'fields',
        rows: [
          ['Ketersediaan situs', r.availability.ratio === null ? NO_DATA : `${formatPercent(r.availability.ratio)} dari ${formatNumber(r.availability.runs)} pemeriksaan`],
          ['Waktu respons', r.availability.meanMs === null ? NO_DATA : `rata-rata ${formatMs(r.availability.meanMs)}, p95 ${formatMs(r.availability.p95Ms)}`],
          ['Insiden', r.incidents.available ? `${r.incidents.value.length} insiden, ${open} masih terbuka pada akhir bulan` : 'tidak dibaca'],
          ['Konten terbit', r.content.available ? `${formatNumber(r.content.value.total)} perubahan konten dari ${formatNumber(r.content.value.pullRequests)} pull request` : 'tidak dibaca'],
          ['Pencadangan', `${r.backups.counts.create.total} kali (${r.backups.counts.create.failed} gagal); uji pemulihan ${r.backups.counts['restore-test'].total} kali`],
          ['Aktivitas mencurigakan', `${formatNumber(r.activity.detections)} deteksi dari ${formatNumber(r.activity.sources.length)} alamat dalam ${r.activity.scans} pemindaian`],
          ['Masalah yang perlu ditindaklanjuti', `${r.problems.length}`],
        ],
      },
    ],
  };
}

function availability(r: Report): Section {
  const a = r.availability;
  const blocks: Block[] = [];
  if (a.ratio === null) {
    blocks.push({ kind: 'paragraph', text: `Ketersediaan: ${NO_DATA}. Tidak ada catatan pemeriksaan ketersediaan untuk bulan ini.` });
    return { title: '2. Ketersediaan dan waktu respons', blocks };
  }
  blocks.push({
    kind: 'paragraph',
    text:
      `Situs tersedia ${formatPercent(a.ratio)} dari ${formatNumber(a.runs)} pemeriksaan. ` +
      `Waktu respons rata-rata ${formatMs(a.meanMs)}, persentil ke-95 ${formatMs(a.p95Ms)}. ` +
      `${a.daysBelowFull} hari dengan gangguan, ${a.daysWithoutData} hari tanpa data.`,
  });
  blocks.push({ kind: 'chart', chart: 'availability', title: 'Ketersediaan harian (%)', days: a.days });
  blocks.push({ kind: 'chart', chart: 'response', title: 'Waktu respons harian: rata-rata dan p95 (ms)', days: a.days });
  blocks.push({
    kind: 'table',
    header: ['Tanggal', 'Pemeriksaan', 'Ketersediaan', 'Rata-rata', 'p95'],
    widths: [3, 2, 2, 2, 2],
    rows: a.days.map((d) => [formatDay(d.day, false), String(d.runs), formatPercent(d.ratio), formatMs(d.meanMs), formatMs(d.p95Ms)]),
  });
  return { title: '2. Ketersediaan dan waktu respons', blocks };
}

function incidents(r: Report): Section {
  const title = '3. Insiden';
  if (!r.incidents.available) return { title, blocks: unavailable(r.incidents) };
  if (!r.incidents.value.length) return { title, blocks: [{ kind: 'paragraph', text: 'Tidak ada insiden bulan ini.' }] };
  return {
    title,
    blocks: [
      {
        kind: 'table',
        header: ['Nomor', 'Pemeriksaan', 'Judul', 'Mulai', 'Selesai', 'Durasi'],
        widths: [1.2, 2, 5, 2.6, 2.6, 2],
        rows: r.incidents.value.map((i) => [
          `#${i.number}`,
          checkName(i.check),
          i.title,
          when(i.openedAt),
          i.openAtMonthEnd ? 'masih terbuka' : when(i.closedAt),
          i.durationMinutes === null ? '-' : formatDuration(i.durationMinutes),
        ]),
      },
    ],
  };
}

function content(r: Report): Section {
  const title = '4. Konten terbit dan waktu pemeriksaan';
  if (!r.content.available) return { title, blocks: unavailable(r.content) };
  const c = r.content.value;
  const blocks: Block[] = [];
  if (!c.categories.length) blocks.push({ kind: 'paragraph', text: 'Tidak ada konten yang terbit bulan ini (arsip publikasi tidak memuat catatan bulan ini).' });
  else {
    blocks.push({
      kind: 'table',
      header: ['Koleksi', 'Terbit baru', 'Diubah', 'Dihapus', 'Jumlah'],
      widths: [3, 2, 2, 2, 2],
      rows: [...c.categories.map((k) => [k.koleksi, String(k.ditambah), String(k.diubah), String(k.dihapus), String(k.total)]), ['Jumlah', '', '', '', String(c.total)]],
    });
  }
  blocks.push({ kind: 'paragraph', text: 'Waktu pemeriksaan per tahap rantai penyuntingan (SOP E): dari persetujuan tahap sebelumnya sampai persetujuan tahap itu, sekali per pull request, dibandingkan dengan waktu baku di cms/editorial.yml.' });
  if (!c.stages.available) blocks.push(...unavailable(c.stages));
  else {
    blocks.push({
      kind: 'table',
      header: ['Tahap', 'Pull request', 'Median', 'Terlama', 'Waktu baku', 'Melebihi'],
      widths: [3.4, 1.8, 2.2, 2.2, 2, 1.6],
      rows: c.stages.value.map((s) => [
        s.nama,
        String(s.count),
        s.medianMinutes === null ? NO_DATA : formatDuration(s.medianMinutes),
        s.maxMinutes === null ? NO_DATA : formatDuration(s.maxMinutes),
        formatDuration(s.slaHours * 60),
        String(s.overSla),
      ]),
    });
  }
  return { title, blocks };
}

function freshness(r: Report): Section {
  const title = '5. Kesegaran informasi wajib dan konten';
  if (!r.freshness.length) return { title, blocks: [{ kind: 'paragraph', text: `Kesegaran konten: ${NO_DATA} (tidak ada hasil pemeriksaan kesegaran bulan ini).` }] };
  const blocks: Block[] = [
    { kind: 'paragraph', text: 'Keadaan pada pemeriksaan terakhir bulan ini (informasi berkala wajib diperbarui paling singkat 6 bulan sekali, UU 14/2008 Pasal 9).' },
    {
      kind: 'table',
      header: ['Informasi', 'Keadaan', 'Keterangan', 'Diperiksa'],
      widths: [3, 2, 6, 3],
      rows: r.freshness.map((f) => [FRESHNESS_SUBJECTS[f.subject] ?? f.subject, STATUS_NAMES[f.status] ?? f.status, f.summary, when(f.at)]),
    },
  ];
  const mandatory = r.freshness.find((f) => f.subject === 'informasi-wajib');
  if (mandatory && mandatory.evidence.length) {
    blocks.push({ kind: 'paragraph', text: 'Rincian informasi berkala wajib:' }, { kind: 'list', items: mandatory.evidence });
  }
  return { title, blocks };
}

function backupLine(b: BackupRecord | null): string {
  return b ? `${when(b.at)} (${b.target}, ${formatNumber(b.files)} berkas, ${formatBytes(b.bytes)})` : 'tidak ada bulan ini';
}

function backups(r: Report): Section {
  const b = r.backups;
  const blocks: Block[] = [
    {
      kind: 'table',
      header: ['Kegiatan', 'Jumlah', 'Berhasil', 'Gagal'],
      widths: [4, 2, 2, 2],
      rows: (['create', 'verify', 'restore-test'] as const).map((k) => [BACKUP_KINDS[k], String(b.counts[k].total), String(b.counts[k].total - b.counts[k].failed), String(b.counts[k].failed)]),
    },
    {
      kind: 'fields',
      rows: [
        ['Pencadangan terakhir yang berhasil', backupLine(b.lastCreate)],
        ['Uji pemulihan terakhir yang berhasil', backupLine(b.lastRestoreTest)],
        ['Data baru yang diunggah', formatBytes(b.uploadedBytes)],
        ['Target', b.targets.length ? b.targets.join(', ') : '-'],
      ],
    },
  ];
  if (b.failures.length) {
    blocks.push({ kind: 'paragraph', text: 'Kegagalan:' });
    blocks.push({ kind: 'list', items: b.failures.map((f) => `${when(f.at)} ${BACKUP_KINDS[f.kind] ?? f.kind} ke ${f.target}: ${f.problems.join('; ') || 'tanpa keterangan'}`) });
  }
  return { title: '6. Pencadangan dan uji pemulihan', blocks };
}

function renewals(r: Report): Section {
  const title = '7. Perpanjangan layanan';
  const blocks: Block[] = [];
  if (!r.renewals.available) blocks.push(...unavailable(r.renewals));
  else if (!r.renewals.value.length) blocks.push({ kind: 'paragraph', text: 'Tidak ada kontrak koneksi, hosting atau domain yang berakhir dalam 60 hari setelah akhir bulan.' });
  else {
    blocks.push({
      kind: 'table',
      header: ['Layanan', 'Penyedia', 'Berakhir', 'Sisa hari', 'Faktur', 'Kontak'],
      widths: [3.5, 2.5, 2.2, 1.6, 2.2, 3],
      rows: r.renewals.value.map((c) => [c.what, c.provider, formatDay(c.expires, false), c.daysLeft < 0 ? 'sudah berakhir' : String(c.daysLeft), c.invoice || '-', c.contact || '-']),
    });
  }
  if (r.observedExpiries.length) {
    blocks.push({ kind: 'paragraph', text: 'Tanggal berakhir menurut pemeriksaan terakhir bulan ini (sertifikat TLS dan RDAP domain):' });
    blocks.push({
      kind: 'table',
      header: ['Pemeriksaan', 'Subjek', 'Berakhir', 'Sisa hari', 'Keadaan'],
      widths: [2.5, 4, 3, 1.6, 2.4],
      rows: r.observedExpiries.map((e) => [checkName(e.check), e.subject, when(e.expiresAt), String(e.daysLeft), STATUS_NAMES[e.status] ?? e.status]),
    });
  }
  return { title, blocks };
}

function activity(r: Report): Section {
  const a = r.activity;
  const title = '8. Aktivitas mencurigakan';
  if (!a.scans) return { title, blocks: [{ kind: 'paragraph', text: `Aktivitas pengunjung: ${NO_DATA} (tidak ada pemindaian log bulan ini).` }] };
  const blocks: Block[] = [{ kind: 'paragraph', text: `${a.scans} pemindaian log pengunjung, ${formatNumber(a.lines)} baris log, ${formatNumber(a.detections)} deteksi.` }];
  if (!a.detections) {
    blocks.push({ kind: 'paragraph', text: 'Tidak ada aktivitas mencurigakan yang terdeteksi.' });
    return { title, blocks };
  }
  blocks.push({
    kind: 'table',
    header: ['Skenario', 'Alamat sumber', 'Permintaan'],
    widths: [6, 2, 2],
    rows: a.scenarios.map((s) => [scenarioName(s.scenario), String(s.sources), formatNumber(s.requests)]),
  });
  blocks.push({
    kind: 'table',
    header: ['Alamat IP', 'Skenario', 'Permintaan', 'Pemindaian', 'Pertama', 'Terakhir', 'Contoh permintaan'],
    widths: [2.4, 3.2, 1.6, 1.6, 2.4, 2.4, 4],
    rows: a.sources.map((s) => [s.ip, s.scenarios.map(scenarioName).join(', '), formatNumber(s.requests), String(s.scans), when(s.firstSeen), when(s.lastSeen), s.samples.join(' | ') || '-']),
  });
  return { title, blocks };
}

function problems(r: Report): Section {
  const title = '9. Masalah dan usulan penyelesaian';
  if (!r.problems.length) return { title, blocks: [{ kind: 'paragraph', text: 'Tidak ada masalah terbuka yang memerlukan tindak lanjut.' }] };
  return {
    title,
    blocks: [
      {
        kind: 'table',
        header: ['No.', 'Tingkat', 'Bidang', 'Masalah', 'Usulan penyelesaian'],
        widths: [0.8, 1.4, 2.2, 5, 6],
        rows: r.problems.map((p, i) => [String(i + 1), SEVERITIES[p.severity], p.area, p.problem, p.proposal]),
      },
    ],
  };
}

function notes(r: Report): Section | undefined {
  const skipped: string[] = [];
  if (!r.incidents.available) skipped.push(`Insiden: ${r.incidents.reason}`);
  if (!r.content.available) skipped.push(`Arsip publikasi: ${r.content.reason}`);
  else if (!r.content.value.stages.available) skipped.push(`Kebijakan penyuntingan: ${r.content.value.stages.reason}`);
  if (!r.renewals.available) skipped.push(`Perpanjangan: ${r.renewals.reason}`);
  const items = [...skipped, ...r.notes];
  return items.length ? { title: 'Catatan sumber data', blocks: [{ kind: 'list', items }] } : undefined;
}
