// The public status page (pure): monitor runs and incidents in, the files of a self-contained
// static page out, keyed by their path under the site's root:
//   status/index.html   the page, in Bahasa Indonesia
//   status/status.css   its stylesheet (the CSP forbids inline styles)
//   status/respons.svg  the response-time chart of the last 7 days
//   status/status.json  the same figures for machines
// No script at all and no style attribute: the site's CSP (deploy/nginx/laman-site.conf)
// applies to /status/ unchanged. Every text from records or GitHub is escaped.
import { STATUS_CSS } from './css.ts';
import { escapeXml as e, formatDateTime, formatDay, formatDuration, formatNumber, formatPercent } from './format.ts';
import { buildStatusModel, DAY_LEVEL_LABELS, type CheckState, type DayLevel, type DayRow, type IncidentRow, type StatusInput, type StatusModel } from './model.ts';
import { responseChartSvg } from './svg.ts';

export type { IncidentSummary, StatusInput, StatusModel } from './model.ts';

export const STATUS_DIR = 'status';
export const STATUS_FILES = {
  html: `${STATUS_DIR}/index.html`,
  css: `${STATUS_DIR}/status.css`,
  svg: `${STATUS_DIR}/respons.svg`,
  json: `${STATUS_DIR}/status.json`,
} as const;

const PERIOD = '7 hari terakhir';

export function renderStatusPage(input: StatusInput): Map<string, string | Uint8Array> {
  const model = buildStatusModel(input);
  const svg = responseChartSvg({ points: model.response.points, from: new Date(model.response.from), to: new Date(model.response.to), periodLabel: PERIOD });
  return new Map<string, string | Uint8Array>([
    [STATUS_FILES.html, pageHtml(model, chartAlt(svg))],
    [STATUS_FILES.css, STATUS_CSS],
    [STATUS_FILES.svg, svg],
    [STATUS_FILES.json, `${JSON.stringify(statusJson(model), null, 2)}\n`],
  ]);
}

/** status.json: the current state and the daily figures; the chart's individual points stay in the SVG. */
export function statusJson(m: StatusModel): Omit<StatusModel, 'response'> {
  const { response: _points, ...rest } = m;
  return rest;
}

/** The chart's <title> and <desc>, as the image's alternative text (already XML-escaped there). */
function chartAlt(svg: string): string {
  const title = /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1] ?? '';
  const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
  return `${title}. ${desc}`;
}

/** Only an http(s) address becomes a link. */
function safeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined; // not a URL: the name is shown without a link
  }
}

const time = (iso: string) => `<time datetime="${e(iso)}">${e(formatDateTime(iso))}</time>`;
const ms = (value: number | null) => (value === null ? '–' : `${formatNumber(value)} ms`);

function pageHtml(m: StatusModel, alt: string): string {
  const site = safeUrl(m.siteUrl);
  const name = e(m.siteName);
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Status Layanan — ${name}</title>
<meta name="description" content="${e(`Ketersediaan, waktu respons dan insiden situs ${m.siteName}, diperbarui otomatis.`)}">
<link rel="stylesheet" href="status.css">
<link rel="alternate" type="application/json" href="status.json">
</head>
<body>
<a class="lewati" href="#isi">Langsung ke isi</a>
<header class="kepala">
<div class="wadah">
${site ? `<a class="kepala-nama" href="${e(site)}">${name}</a>\n<a href="${e(site)}">Kembali ke situs</a>` : `<span class="kepala-nama">${name}</span>`}
</div>
</header>
<main id="isi" class="wadah">
<h1>Status Layanan Situs</h1>
<p class="meta">Diperbarui: ${time(m.generatedAt)}</p>
${summary(m)}
${checks(m.checks)}
${availability(m)}
${response(m, alt)}
${incidents(m.incidents, m.incidentsNote)}
</main>
<footer class="kaki">
<div class="wadah meta">
<p>Halaman ini dibuat otomatis oleh pemantauan Laman setiap kali pemeriksaan berjalan (pemeliharaan situs, SOP F). Semua waktu dalam WIB. Ketersediaan dihitung dari pemeriksaan yang berhasil dijalankan: pemeriksaan dihitung “tersedia” bila setiap alamat yang dipantau menjawab.</p>
<p>Data yang sama untuk mesin: <a href="status.json">status.json</a>.</p>
</div>
</footer>
</body>
</html>
`;
}

function summary(m: StatusModel): string {
  const last = m.lastRunAt ? `<p>Pemeriksaan terakhir: ${time(m.lastRunAt)}.</p>` : '<p>Pemantauan belum mencatat pemeriksaan apa pun.</p>';
  const stale = m.stale ? '<p class="usang">Perhatian: data pemantauan sudah lama tidak diperbarui, sehingga keadaan di atas mungkin tidak lagi berlaku.</p>' : '';
  return `<section class="ringkasan keadaan-${m.state}" aria-labelledby="ringkasan-judul">
<h2 class="sr-only">Ringkasan</h2>
<p id="ringkasan-judul" class="ringkasan-judul">${e(m.headline)}</p>
${last}${stale ? `\n${stale}` : ''}
</section>`;
}

function checks(states: CheckState[]): string {
  if (!states.length) return '';
  const items = states.map((c) => {
    const notes = c.notes.length ? `\n<ul>\n${c.notes.map((n) => `<li>${e(n.summary || n.subject)}</li>`).join('\n')}\n</ul>` : '';
    return `<li><strong>${e(c.label)}</strong>: <span class="label label-${c.status}">${e(c.statusLabel)}</span>${notes}</li>`;
  });
  return `<h2>Keadaan per pemeriksaan</h2>
<ul class="pemeriksaan">
${items.join('\n')}
</ul>`;
}

function dayText(d: DayRow): string {
  const when = formatDay(d.day);
  if (d.ratio === null) return `${when}: tidak ada data`;
  return `${when}: ${formatPercent(d.ratio)} tersedia (${formatNumber(d.up)} dari ${formatNumber(d.runs)} pemeriksaan), ${DAY_LEVEL_LABELS[d.level].toLowerCase()}`;
}

function availability(m: StatusModel): string {
  const strip = m.days.map((d) => `<li class="hari-${d.level}" title="${e(dayText(d))}"><span class="sr-only">${e(dayText(d))}</span></li>`).join('\n');
  const legend = (Object.keys(DAY_LEVEL_LABELS) as DayLevel[]).map((level) => `<li><span class="hari-${level}" aria-hidden="true"></span>${e(DAY_LEVEL_LABELS[level])}</li>`).join('\n');
  const counts = (Object.keys(DAY_LEVEL_LABELS) as DayLevel[])
    .map((level) => ({ level, n: m.days.filter((d) => d.level === level).length }))
    .filter((c) => c.n > 0)
    .map((c) => `${formatNumber(c.n)} hari ${DAY_LEVEL_LABELS[c.level].toLowerCase()}`)
    .join(', ');
  const rows = [...m.days]
    .reverse()
    .map((d) => `<tr><td>${e(formatDay(d.day))}</td><td class="angka-sel">${e(d.ratio === null ? 'tidak ada data' : formatPercent(d.ratio))}</td><td class="angka-sel">${formatNumber(d.up)} / ${formatNumber(d.runs)}</td><td>${e(DAY_LEVEL_LABELS[d.level])}</td></tr>`)
    .join('\n');
  const first = m.days[0];
  const last = m.days.at(-1);
  return `<h2>Ketersediaan</h2>
<dl class="angka">
<div><dt>30 hari terakhir</dt><dd>${e(formatPercent(m.uptime.days30))}</dd></div>
<div><dt>90 hari terakhir</dt><dd>${e(formatPercent(m.uptime.days90))}</dd></div>
</dl>
<h3 id="hari-judul">Ketersediaan per hari, ${formatNumber(m.days.length)} hari terakhir</h3>
<p class="meta">${e(counts || 'Belum ada data.')}</p>
<ol class="hari" aria-labelledby="hari-judul">
${strip}
</ol>
<div class="hari-sumbu meta" aria-hidden="true"><span>${e(first ? formatDay(first.day, false) : '')}</span><span>${e(last ? formatDay(last.day, false) : '')}</span></div>
<ul class="legenda" aria-label="Keterangan warna">
${legend}
</ul>
<details>
<summary>Tabel ketersediaan per hari</summary>
<div class="gulir">
<table>
<caption>Ketersediaan per hari (terbaru di atas)</caption>
<thead><tr><th scope="col">Tanggal</th><th scope="col">Tersedia</th><th scope="col">Berhasil / pemeriksaan</th><th scope="col">Keadaan</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>
</details>`;
}

function response(m: StatusModel, alt: string): string {
  const rows = [...m.response.days]
    .reverse()
    .map((d) => `<tr><td>${e(formatDay(d.day))}</td><td class="angka-sel">${formatNumber(d.up)}</td><td class="angka-sel">${e(ms(d.meanMs))}</td><td class="angka-sel">${e(ms(d.p95Ms))}</td></tr>`)
    .join('\n');
  return `<h2>Waktu respons</h2>
<figure>
<img src="respons.svg" width="720" height="280" alt="${alt}">
<figcaption>Waktu respons rata-rata tiap pemeriksaan, ${PERIOD} (garis terputus: tidak ada pengukuran).</figcaption>
</figure>
<div class="gulir">
<table>
<caption>Waktu respons per hari, ${PERIOD}</caption>
<thead><tr><th scope="col">Tanggal</th><th scope="col">Pengukuran</th><th scope="col">Rata-rata</th><th scope="col">Persentil ke-95</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>`;
}

function incidentDuration(i: IncidentRow): string {
  if (i.durationMinutes === null) return '–';
  return i.ongoing ? `${formatDuration(i.durationMinutes)} (masih berlangsung)` : formatDuration(i.durationMinutes);
}

function incidents(rows: IncidentRow[], note: string | null): string {
  const noted = note ? `\n<p class="usang">${e(note)}</p>` : '';
  if (!rows.length) return `<h2>Insiden 90 hari terakhir</h2>${noted || '\n<p>Tidak ada insiden dalam 90 hari terakhir.</p>'}`;
  const open = rows.filter((r) => r.ongoing).length;
  const body = rows
    .map(
      (i) =>
        `<tr><td>${e(i.title)}</td><td>${e(i.checkLabel)}</td><td>${time(i.openedAt)}</td><td>${i.closedAt ? time(i.closedAt) : '<strong>Masih berlangsung</strong>'}</td><td>${e(incidentDuration(i))}</td></tr>`,
    )
    .join('\n');
  return `<h2>Insiden 90 hari terakhir</h2>${noted}
<p>${formatNumber(rows.length)} insiden, ${open ? `${formatNumber(open)} masih berlangsung` : 'semuanya sudah selesai'}.</p>
<div class="gulir">
<table>
<caption>Insiden 90 hari terakhir (yang masih berlangsung di atas)</caption>
<thead><tr><th scope="col">Insiden</th><th scope="col">Pemeriksaan</th><th scope="col">Mulai</th><th scope="col">Selesai</th><th scope="col">Durasi</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
</div>`;
}
