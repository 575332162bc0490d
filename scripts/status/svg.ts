// The response-time chart of the status page as a standalone SVG (pure): a line per stretch
// of consecutive measurements (a gap of more than two hours breaks the line, so missing
// monitoring never looks like a steady response), day ticks in WIB, Indonesian axis titles,
// and <title>/<desc> that say in words what the chart shows. Presentation attributes only:
// no <style>, no style="", no script, so the site's CSP (style-src 'self') holds.
import { escapeXml, formatDateTime, formatNumber, formatShortDay, wibDayStart } from './format.ts';

export interface ResponseChartInput {
  points: ReadonlyArray<{ at: string; ms: number }>;
  from: Date;
  to: Date;
  /** "7 hari terakhir". */
  periodLabel: string;
}

const WIDTH = 720;
const HEIGHT = 280;
const M = { left: 72, right: 16, top: 20, bottom: 56 };
const GAP_MS = 2 * 3_600_000;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Liberation Sans, Arial, sans-serif';
const COLOURS = { text: '#1d252c', muted: '#4a5561', grid: '#c9d3dc', line: '#0b5394', frame: '#4a5561' };

/** 1, 2, 2.5 or 5 × 10ⁿ, at least `value`. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 100;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value) ?? 10;
  return step * power;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function responseChartSvg(input: ResponseChartInput): string {
  const from = input.from.getTime();
  const to = Math.max(input.to.getTime(), from + 1);
  const points = input.points
    .map((p) => ({ t: Date.parse(p.at), ms: p.ms }))
    .filter((p) => Number.isFinite(p.t) && Number.isFinite(p.ms) && p.t >= from && p.t <= to)
    .sort((a, b) => a.t - b.t);
  const max = points.reduce((m, p) => Math.max(m, p.ms), 0);
  const top = niceCeiling(max * 1.1);
  const plotW = WIDTH - M.left - M.right;
  const plotH = HEIGHT - M.top - M.bottom;
  const x = (t: number) => round(M.left + ((t - from) / (to - from)) * plotW);
  const y = (ms: number) => round(M.top + plotH - (Math.min(ms, top) / top) * plotH);

  const title = `Waktu respons situs, ${input.periodLabel}`;
  const period = `${formatDateTime(input.from)} sampai ${formatDateTime(input.to)}`;
  const desc = points.length
    ? `Waktu respons rata-rata tiap pemeriksaan, ${period}: ${formatNumber(points.length)} pengukuran, rata-rata ${formatNumber(points.reduce((s, p) => s + p.ms, 0) / points.length)} ms, terendah ${formatNumber(Math.min(...points.map((p) => p.ms)))} ms, tertinggi ${formatNumber(max)} ms.`
    : `Belum ada pengukuran waktu respons, ${period}.`;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="grafik-judul grafik-keterangan" font-family="${FONT}" font-size="12">`,
    `<title id="grafik-judul">${escapeXml(title)}</title>`,
    `<desc id="grafik-keterangan">${escapeXml(desc)}</desc>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
  );

  // Horizontal grid and the millisecond scale.
  const ticks = 4;
  for (let i = 0; i <= ticks; i++) {
    const value = (top / ticks) * i;
    const ty = y(value);
    out.push(`<line x1="${M.left}" y1="${ty}" x2="${WIDTH - M.right}" y2="${ty}" stroke="${COLOURS.grid}" stroke-width="1"/>`);
    out.push(`<text x="${M.left - 8}" y="${round(ty + 4)}" text-anchor="end" fill="${COLOURS.muted}">${escapeXml(formatNumber(value))}</text>`);
  }
  // A tick at each midnight WIB.
  for (let day = wibDayStart(new Date(from)).getTime() + 86_400_000; day <= to; day += 86_400_000) {
    const tx = x(day);
    out.push(`<line x1="${tx}" y1="${M.top}" x2="${tx}" y2="${M.top + plotH}" stroke="${COLOURS.grid}" stroke-width="1" stroke-dasharray="3 3"/>`);
    out.push(`<text x="${tx}" y="${M.top + plotH + 18}" text-anchor="middle" fill="${COLOURS.muted}">${escapeXml(formatShortDay(new Date(day)))}</text>`);
  }
  out.push(`<line x1="${M.left}" y1="${M.top + plotH}" x2="${WIDTH - M.right}" y2="${M.top + plotH}" stroke="${COLOURS.frame}" stroke-width="1"/>`);
  out.push(`<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${M.top + plotH}" stroke="${COLOURS.frame}" stroke-width="1"/>`);
  // Axis titles.
  out.push(`<text x="${round(M.left + plotW / 2)}" y="${HEIGHT - 10}" text-anchor="middle" fill="${COLOURS.text}">Tanggal (WIB)</text>`);
  out.push(`<text x="16" y="${round(M.top + plotH / 2)}" text-anchor="middle" fill="${COLOURS.text}" transform="rotate(-90 16 ${round(M.top + plotH / 2)})">Waktu respons (milidetik)</text>`);

  // The measurements: one path per stretch without a gap; a lone measurement is a dot.
  const stretches: Array<typeof points> = [];
  for (const p of points) {
    const current = stretches.at(-1);
    const previous = current?.at(-1);
    if (current && previous && p.t - previous.t <= GAP_MS) current.push(p);
    else stretches.push([p]);
  }
  for (const stretch of stretches) {
    if (stretch.length === 1) {
      const [p] = stretch;
      out.push(`<circle cx="${x(p!.t)}" cy="${y(p!.ms)}" r="2.5" fill="${COLOURS.line}"/>`);
      continue;
    }
    const d = stretch.map((p, i) => `${i ? 'L' : 'M'}${x(p.t)} ${y(p.ms)}`).join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${COLOURS.line}" stroke-width="1.5" stroke-linejoin="round"/>`);
  }
  if (!points.length) {
    out.push(`<text x="${round(M.left + plotW / 2)}" y="${round(M.top + plotH / 2)}" text-anchor="middle" fill="${COLOURS.muted}" font-size="14">Belum ada data waktu respons</text>`);
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
