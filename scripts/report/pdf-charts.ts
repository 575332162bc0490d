// The report's two charts, drawn with pdf-lib primitives (rectangles and lines): daily
// availability as bars, and daily mean and p95 response time as two lines. Days without
// a measurement are left as gaps with a grey mark on the axis, never drawn as 0.
import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatNumber } from '../status/format.ts';
import type { DayAvailability } from '../status/uptime.ts';
import { sanitise } from '../archive/winansi.ts';
import { GREY, INK, NAVY } from '../lib/pdf-page.ts';

const GREEN = rgb(0.18, 0.55, 0.3);
const AMBER = rgb(0.85, 0.6, 0.1);
const RED = rgb(0.75, 0.15, 0.15);
const ORANGE = rgb(0.9, 0.45, 0.1);
const LIGHT = rgb(0.85, 0.85, 0.85);

export const CHART_HEIGHT = 170;
const TITLE = 16;
const AXIS_LEFT = 34;
const AXIS_BOTTOM = 18;

interface Frame {
  page: PDFPage;
  font: PDFFont;
  /** Plot area. */
  x: number;
  y: number;
  width: number;
  height: number;
  slot: number;
}

function frame(page: PDFPage, font: PDFFont, bold: PDFFont, title: string, left: number, top: number, width: number, days: number): Frame {
  page.drawText(sanitise(title, bold), { x: left, y: top - 11, size: 9.5, font: bold, color: NAVY });
  const x = left + AXIS_LEFT;
  const height = CHART_HEIGHT - TITLE - AXIS_BOTTOM - 10;
  const y = top - TITLE - height - 4;
  const plotWidth = width - AXIS_LEFT - 4;
  page.drawLine({ start: { x, y }, end: { x: x + plotWidth, y }, thickness: 0.6, color: INK });
  page.drawLine({ start: { x, y }, end: { x, y: y + height }, thickness: 0.6, color: INK });
  return { page, font, x, y, width: plotWidth, height, slot: plotWidth / Math.max(1, days) };
}

function yTick(f: Frame, fraction: number, label: string): void {
  const y = f.y + fraction * f.height;
  f.page.drawLine({ start: { x: f.x, y }, end: { x: f.x + f.width, y }, thickness: 0.3, color: LIGHT });
  f.page.drawText(label, { x: f.x - 4 - f.font.widthOfTextAtSize(label, 7), y: y - 2.5, size: 7, font: f.font, color: GREY });
}

function dayTicks(f: Frame, days: readonly DayAvailability[]): void {
  days.forEach((d, i) => {
    const n = Number(d.day.slice(8, 10));
    const cx = f.x + (i + 0.5) * f.slot;
    if (n === 1 || n % 5 === 0) {
      const label = String(n);
      f.page.drawText(label, { x: cx - f.font.widthOfTextAtSize(label, 7) / 2, y: f.y - 10, size: 7, font: f.font, color: GREY });
    }
    if (d.ratio === null) f.page.drawRectangle({ x: cx - 1.5, y: f.y - 3, width: 3, height: 3, color: GREY });
  });
}

/** Bars of each day's availability; the scale starts at 90% (or lower, when a day was worse) so 99% and 100% look different. */
export function drawAvailabilityChart(page: PDFPage, fonts: { regular: PDFFont; bold: PDFFont }, title: string, days: readonly DayAvailability[], left: number, top: number, width: number): void {
  const f = frame(page, fonts.regular, fonts.bold, title, left, top, width, days.length);
  const worst = Math.min(1, ...days.map((d) => d.ratio ?? 1));
  const floor = worst >= 0.9 ? 0.9 : Math.max(0, Math.floor(worst * 10) / 10);
  const steps = 4;
  for (let i = 0; i <= steps; i++) {
    const value = floor + ((1 - floor) * i) / steps;
    yTick(f, i / steps, `${formatNumber(value * 100, 1)}%`);
  }
  days.forEach((d, i) => {
    if (d.ratio === null) return;
    const h = Math.max(1, ((d.ratio - floor) / (1 - floor)) * f.height);
    const color = d.ratio >= 1 ? GREEN : d.ratio >= 0.99 ? AMBER : RED;
    page.drawRectangle({ x: f.x + i * f.slot + f.slot * 0.15, y: f.y, width: f.slot * 0.7, height: Math.min(f.height, h), color });
  });
  dayTicks(f, days);
  legend(f, [
    ['100%', GREEN],
    ['99% sampai < 100%', AMBER],
    ['< 99%', RED],
    ['tidak ada data', GREY],
  ]);
}

/** The daily mean and p95 response times as lines; a day without data breaks the line. */
export function drawResponseChart(page: PDFPage, fonts: { regular: PDFFont; bold: PDFFont }, title: string, days: readonly DayAvailability[], left: number, top: number, width: number): void {
  const f = frame(page, fonts.regular, fonts.bold, title, left, top, width, days.length);
  const peak = Math.max(0, ...days.map((d) => d.p95Ms ?? d.meanMs ?? 0));
  const max = niceCeiling(peak);
  for (let i = 0; i <= 4; i++) yTick(f, i / 4, formatNumber((max * i) / 4));
  const series = (pick: (d: DayAvailability) => number | null, color: typeof NAVY) => {
    let previous: { x: number; y: number } | undefined;
    days.forEach((d, i) => {
      const value = pick(d);
      if (value === null) {
        previous = undefined;
        return;
      }
      const point = { x: f.x + (i + 0.5) * f.slot, y: f.y + (Math.min(value, max) / max) * f.height };
      if (previous) page.drawLine({ start: previous, end: point, thickness: 1.2, color });
      page.drawCircle({ x: point.x, y: point.y, size: 1.4, color });
      previous = point;
    });
  };
  series((d) => d.p95Ms, ORANGE);
  series((d) => d.meanMs, NAVY);
  dayTicks(f, days);
  legend(f, [
    ['rata-rata', NAVY],
    ['p95', ORANGE],
  ]);
}

function legend(f: Frame, items: ReadonlyArray<readonly [string, ReturnType<typeof rgb>]>): void {
  let x = f.x;
  const y = f.y - 22;
  for (const [label, color] of items) {
    f.page.drawRectangle({ x, y, width: 7, height: 7, color });
    f.page.drawText(label, { x: x + 10, y: y + 0.5, size: 7, font: f.font, color: INK });
    x += 10 + f.font.widthOfTextAtSize(label, 7) + 14;
  }
}

/** 1, 2, 5 × 10^n at or above the value (100 for no data). */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 100;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}
