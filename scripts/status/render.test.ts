// The status page as a visitor reads it: the numbers shown for 90 generated days (up, partly
// down, down, no data), the incident list with a hostile title, the chart as well-formed SVG,
// and nothing the site's CSP would block (no script, no inline style).
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { IncidentSummary } from '../incidents/types.ts';
import type { Finding, MonitorRun } from '../records/types.ts';
import { renderStatusPage, STATUS_FILES } from './render.ts';

const NOW = new Date('2026-12-03T07:05:00Z'); // Kamis, 3 Desember 2026 14.05 WIB
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Midnight WIB of today. */
const TODAY = Date.parse('2026-12-03T00:00:00+07:00');

function availability(up: boolean, ms: number): Finding {
  return {
    check: 'availability',
    subject: 'https://pn-contoh.go.id/',
    status: up ? 'ok' : 'fail',
    summary: up ? 'https://pn-contoh.go.id/ menjawab HTTP 200' : 'https://pn-contoh.go.id/ tidak dapat diakses: HTTP 503',
    evidence: [],
    ...(up ? { responseMs: ms } : {}),
  };
}

const ok = (check: Finding['check'], subject: string): Finding => ({ check, subject, status: 'ok', summary: `${subject} baik`, evidence: [] });

/**
 * Hourly runs. Monitoring started 60 days ago (days 89…61 before today have no data);
 * 10 days ago 6 of 24 runs were down, 5 days ago 1 of 24; today has runs 00.00–14.00 WIB.
 */
function generatedRuns(lastRun: (at: number) => Finding[] = () => []): MonitorRun[] {
  const runs: MonitorRun[] = [];
  for (let t = TODAY - 60 * DAY; t <= NOW.getTime(); t += HOUR) {
    const daysAgo = Math.floor((TODAY + DAY - 1 - t) / DAY);
    const hour = Math.floor((t - (TODAY - daysAgo * DAY)) / HOUR);
    const down = (daysAgo === 10 && hour < 6) || (daysAgo === 5 && hour === 3);
    const findings = [availability(!down, 200 + (hour % 4) * 50), ok('tls', 'pn-contoh.go.id'), ok('integrity', 'https://pn-contoh.go.id/')];
    runs.push({ at: new Date(t).toISOString(), findings });
  }
  const last = runs.at(-1)!;
  last.findings.push(...lastRun(Date.parse(last.at)));
  return runs;
}

const INCIDENTS: IncidentSummary[] = [
  {
    number: 12,
    url: 'https://github.com/pn-contoh/situs/issues/12',
    title: 'Halaman berubah: <img src=x onerror=alert(1)> & "kutip"',
    key: 'integrity:https://pn-contoh.go.id/',
    check: 'integrity',
    openedAt: '2026-12-03T05:00:00Z',
    closedAt: null,
    durationMinutes: null,
  },
  {
    number: 9,
    url: 'https://github.com/pn-contoh/situs/issues/9',
    title: 'Situs tidak dapat diakses',
    key: 'availability:https://pn-contoh.go.id/',
    check: 'availability',
    openedAt: '2026-11-22T17:00:00Z',
    closedAt: '2026-11-22T23:00:00Z',
    durationMinutes: 360,
  },
  {
    number: 2,
    url: 'https://github.com/pn-contoh/situs/issues/2',
    title: 'Insiden lama di luar 90 hari',
    key: 'tls:pn-contoh.go.id',
    check: 'tls',
    openedAt: '2026-08-01T00:00:00Z',
    closedAt: '2026-08-01T01:30:00Z',
    durationMinutes: 90,
  },
];

function render(runs: MonitorRun[], incidents: IncidentSummary[] = INCIDENTS, extra: { incidentsNote?: string } = {}) {
  const files = renderStatusPage({ runs, incidents, now: NOW, siteName: 'Pengadilan Negeri <Contoh>', siteUrl: 'https://pn-contoh.go.id', ...extra });
  const text = (key: string) => {
    const value = files.get(key);
    if (typeof value !== 'string') throw new Error(`${key} tidak ada`);
    return value;
  };
  return { files, html: text(STATUS_FILES.html), svg: text(STATUS_FILES.svg), css: text(STATUS_FILES.css), json: JSON.parse(text(STATUS_FILES.json)) as Record<string, unknown> };
}

/** Parses XML strictly; returns the elements' names and texts. */
function parseXml(xml: string): { elements: string[]; texts: string[]; attributes: string[] } {
  const parser = new SaxesParser({ xmlns: true });
  const out = { elements: [] as string[], texts: [] as string[], attributes: [] as string[] };
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    out.elements.push(tag.local);
    out.attributes.push(...Object.keys(tag.attributes));
  });
  parser.on('text', (text) => out.texts.push(text));
  parser.write(xml).close();
  return out;
}

/** The 90-day strip's items. */
const dayItems = (html: string) => [...(/<ol class="hari"[^>]*>([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '').matchAll(/<li class="hari-(\w+)"/g)].map((m) => m[1]);

describe('renderStatusPage', () => {
  const runs = generatedRuns();
  const page = render(runs);

  it('writes the four files of the page', () => {
    expect([...page.files.keys()].sort()).toEqual(['status/index.html', 'status/respons.svg', 'status/status.css', 'status/status.json']);
    expect(page.html).toContain('<link rel="stylesheet" href="status.css">');
    expect(page.html).toContain('<img src="respons.svg"');
  });

  it('shows 30- and 90-day uptime computed from the runs', () => {
    // 30 days: runs at or after now − 30 days; 7 of them down (6 ten days ago, 1 five days ago).
    const from30 = NOW.getTime() - 30 * DAY;
    const in30 = runs.filter((r) => Date.parse(r.at) >= from30 && Date.parse(r.at) < NOW.getTime()).length;
    const in90 = runs.filter((r) => Date.parse(r.at) < NOW.getTime()).length;
    const percent = (up: number, total: number) => `${(Math.floor((up / total) * 10000) / 100).toFixed(2).replace('.', ',')}%`;
    expect(page.html).toContain(`<div><dt>30 hari terakhir</dt><dd>${percent(in30 - 7, in30)}</dd></div>`);
    expect(page.html).toContain(`<div><dt>90 hari terakhir</dt><dd>${percent(in90 - 7, in90)}</dd></div>`);
    expect(percent(in30 - 7, in30)).toBe('99,02%');
    expect((page.json.uptime as { days30: number }).days30).toBeCloseTo((in30 - 7) / in30, 10);
  });

  it('shows 90 days as a strip whose every day has its text, not only a colour', () => {
    const days = dayItems(page.html);
    expect(days).toHaveLength(90);
    expect(days.filter((d) => d === 'kosong')).toHaveLength(29);
    expect(days.filter((d) => d === 'berat')).toHaveLength(1);
    expect(days.filter((d) => d === 'sebagian')).toHaveLength(1);
    expect(days.filter((d) => d === 'normal')).toHaveLength(59);
    expect(days.at(-1)).toBe('normal');
    expect(page.html).toContain('<span class="sr-only">Senin, 23 November 2026: 75,00% tersedia (18 dari 24 pemeriksaan), gangguan besar</span>');
    expect(page.html).toContain('<span class="sr-only">Sabtu, 28 November 2026: 95,83% tersedia (23 dari 24 pemeriksaan), gangguan sebagian</span>');
    expect(page.html).toContain('<span class="sr-only">Sabtu, 5 September 2026: tidak ada data</span>');
    expect(page.html).toContain('<span class="sr-only">Kamis, 3 Desember 2026: 100,00% tersedia (15 dari 15 pemeriksaan), normal</span>');
    expect(page.html).toContain('59 hari normal, 1 hari gangguan sebagian, 1 hari gangguan besar, 29 hari tidak ada data');
  });

  it('says all is well, when it was updated (WIB) and when the last check ran', () => {
    expect(page.html).toContain('<p id="ringkasan-judul" class="ringkasan-judul">Semua layanan normal</p>');
    expect(page.html).toContain('Diperbarui: <time datetime="2026-12-03T07:05:00.000Z">3 Desember 2026 14.05 WIB</time>');
    expect(page.html).toContain('Pemeriksaan terakhir: <time datetime="2026-12-03T07:00:00.000Z">3 Desember 2026 14.00 WIB</time>');
    expect(page.html).toContain('<strong>Ketersediaan situs</strong>: <span class="label label-ok">Normal</span>');
    expect(page.html).not.toContain('usang');
  });

  it('lists the incidents of 90 days, the ongoing one first, with start, end and duration', () => {
    const rows = [...(/<h2>Insiden 90 hari terakhir<\/h2>[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(page.html)?.[1] ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Keutuhan isi situs');
    expect(rows[0]).toContain('<strong>Masih berlangsung</strong>');
    expect(rows[0]).toContain('2 jam 5 menit (masih berlangsung)');
    expect(rows[1]).toContain('<td>Situs tidak dapat diakses</td><td>Ketersediaan situs</td><td><time datetime="2026-11-22T17:00:00Z">23 November 2026 00.00 WIB</time></td><td><time datetime="2026-11-22T23:00:00Z">23 November 2026 06.00 WIB</time></td><td>6 jam</td>');
    expect(page.html).toContain('2 insiden, 1 masih berlangsung.');
    expect(page.html).not.toContain('Insiden lama di luar 90 hari');
  });

  it('escapes hostile text from incident titles, check summaries and the site name', () => {
    const hostile = render(
      generatedRuns((at) => [
        { check: 'integrity', subject: 'https://pn-contoh.go.id/berita/', status: 'fail', summary: 'Berkas berubah: </li><script>alert(2)</script>', evidence: [] },
        { check: 'freshness', subject: 'berita', status: 'warn', summary: `Berita terbaru ${new Date(at).toISOString()} "lama" <b>`, evidence: [] },
      ]),
    );
    expect(hostile.html).toContain('<td>Halaman berubah: &lt;img src=x onerror=alert(1)&gt; &amp; &quot;kutip&quot;</td>');
    expect(hostile.html).toContain('Berkas berubah: &lt;/li&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(hostile.html).toContain('<title>Status Layanan — Pengadilan Negeri &lt;Contoh&gt;</title>');
    expect(hostile.html).not.toMatch(/<script|<img src=x|<b>/i);
    expect(hostile.html).toContain('<p id="ringkasan-judul" class="ringkasan-judul">Gangguan: Keutuhan isi situs</p>');
    expect(hostile.html).toContain('<strong>Kemutakhiran informasi</strong>: <span class="label label-warn">Perlu perhatian</span>');
  });

  it('has no script, no inline style and no event handler (the site’s CSP: script-src and style-src self)', () => {
    for (const text of [page.html, page.svg]) {
      expect(text).not.toMatch(/<script/i);
      expect(text).not.toMatch(/<style/i);
      expect(text).not.toMatch(/\sstyle\s*=/i);
      expect(text).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
      expect(text).not.toMatch(/javascript:/i);
    }
    expect(page.html).not.toMatch(/https?:\/\/(?!pn-contoh\.go\.id)/); // nothing loaded from elsewhere
    expect(page.css).not.toMatch(/@import|url\(/);
  });

  it('draws the response times as well-formed, labelled SVG', () => {
    const svg = parseXml(page.svg);
    expect(svg.elements[0]).toBe('svg');
    expect(svg.elements).toContain('title');
    expect(svg.elements).toContain('desc');
    expect(svg.elements).toContain('path');
    expect(svg.attributes).not.toContain('style');
    const texts = svg.texts.join('|');
    expect(texts).toContain('Waktu respons situs, 7 hari terakhir');
    expect(texts).toContain('Tanggal (WIB)');
    expect(texts).toContain('Waktu respons (milidetik)');
    expect(texts).toContain('3 Des');
    // 7 days of hourly runs (27 Nov 00.00 WIB to now): 6 × 24 + 15, less the one down run of 28 Nov.
    expect(texts).toContain('158 pengukuran, rata-rata');
    expect(texts).toContain('terendah 200 ms, tertinggi 350 ms');
    expect(page.html).toContain('alt="Waktu respons situs, 7 hari terakhir. Waktu respons rata-rata tiap pemeriksaan');
  });

  it('breaks the line where monitoring stopped for more than two hours', () => {
    const gappy = generatedRuns().filter((r) => {
      const t = Date.parse(r.at);
      return t < TODAY - 2 * DAY || t > TODAY - DAY;
    });
    expect(parseXml(render(gappy).svg).elements.filter((e) => e === 'path')).toHaveLength(2);
  });

  it('says so when there is no data at all, and still renders a valid page and chart', () => {
    const empty = render([], []);
    expect(empty.html).toContain('<p id="ringkasan-judul" class="ringkasan-judul">Belum ada data pemantauan</p>');
    expect(empty.html).toContain('<dd>tidak ada data</dd>');
    expect(dayItems(empty.html).filter((d) => d === 'kosong')).toHaveLength(90);
    expect(empty.html).toContain('Tidak ada insiden dalam 90 hari terakhir.');
    expect(parseXml(empty.svg).texts.join('|')).toContain('Belum ada data waktu respons');
    expect(empty.json.state).toBe('tanpa-data');
  });

  it('warns when the newest run is old, and when the incident list could not be read', () => {
    const old = render(
      generatedRuns().filter((r) => Date.parse(r.at) <= NOW.getTime() - 3 * HOUR),
      [],
      { incidentsNote: 'Daftar insiden tidak dapat dibaca saat halaman ini dibuat.' },
    );
    expect(old.html).toContain('data pemantauan sudah lama tidak diperbarui');
    expect(old.html).toContain('<p class="usang">Daftar insiden tidak dapat dibaca saat halaman ini dibuat.</p>');
    expect(old.html).not.toContain('Tidak ada insiden dalam 90 hari terakhir.');
    expect(old.json.stale).toBe(true);
  });

  it('keeps the machine-readable state small: no per-run points', () => {
    expect(page.json).toMatchObject({ state: 'normal', headline: 'Semua layanan normal', lastRunAt: '2026-12-03T07:00:00.000Z' });
    expect(page.json).not.toHaveProperty('response');
    expect((page.json.days as unknown[]).length).toBe(90);
    expect((page.json.incidents as unknown[]).length).toBe(2);
  });
});
