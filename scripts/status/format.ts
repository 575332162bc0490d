// How the status page writes numbers, times and text (pure): Indonesian formats, times in
// WIB (Asia/Jakarta, UTC+7 all year), and HTML/XML escaping for everything that comes from
// records or GitHub (incident titles and check summaries may hold hostile text).

export const WIB = 'Asia/Jakarta';

// Formatters are costly to create and hold no state: made once.
const PERCENT = new Map<number, Intl.NumberFormat>();
const DAY_TIME = new Intl.DateTimeFormat('id-ID', { timeZone: WIB, day: 'numeric', month: 'long', year: 'numeric' });
const CLOCK = new Intl.DateTimeFormat('id-ID', { timeZone: WIB, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const WEEKDAY_DAY = new Intl.DateTimeFormat('id-ID', { timeZone: WIB, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const SHORT_DAY = new Intl.DateTimeFormat('id-ID', { timeZone: WIB, day: 'numeric', month: 'short' });
const ISO_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: WIB, year: 'numeric', month: '2-digit', day: '2-digit' });
const NUMBER = new Map<number, Intl.NumberFormat>();

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an HTML or SVG element or a quoted attribute; control characters other than tab and newline are dropped. */
export function escapeXml(value: string): string {
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** "99,95%": floored, never rounded up, so 99,999% does not read as a perfect 100,00%. */
export function formatPercent(ratio: number | null, digits = 2): string {
  if (ratio === null) return 'tidak ada data';
  const factor = 10 ** digits;
  const floored = Math.floor(ratio * 100 * factor) / factor;
  let format = PERCENT.get(digits);
  if (!format) PERCENT.set(digits, (format = new Intl.NumberFormat('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return `${format.format(floored)}%`;
}

export function formatNumber(value: number, digits = 0): string {
  let format = NUMBER.get(digits);
  if (!format) NUMBER.set(digits, (format = new Intl.NumberFormat('id-ID', { maximumFractionDigits: digits })));
  return format.format(value);
}

/** "3 Desember 2026 14.05 WIB". */
export function formatDateTime(at: Date | string): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(date.getTime())) return 'waktu tidak diketahui';
  return `${DAY_TIME.format(date)} ${CLOCK.format(date).replace(':', '.')} WIB`;
}

/** "Kamis, 3 Desember 2026" for a YYYY-MM-DD day (a calendar day, read at noon WIB). */
export function formatDay(day: string, withWeekday = true): string {
  const date = new Date(`${day}T12:00:00+07:00`);
  return (withWeekday ? WEEKDAY_DAY : DAY_TIME).format(date);
}

/** "3 Des": a short axis label. */
export function formatShortDay(at: Date): string {
  return SHORT_DAY.format(at).replace('.', '');
}

/** "2 hari 3 jam", "1 jam 5 menit", "kurang dari 1 menit". */
export function formatDuration(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  if (total < 1) return 'kurang dari 1 menit';
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  const parts = [days ? `${days} hari` : '', hours ? `${hours} jam` : '', mins && !days ? `${mins} menit` : ''].filter(Boolean);
  return parts.join(' ');
}

/** YYYY-MM-DD of an instant in WIB. */
export function wibDay(at: Date): string {
  return ISO_DAY.format(at);
}

/** Midnight WIB at the start of the day `daysBack` days before the WIB day of `at`. */
export function wibDayStart(at: Date, daysBack = 0): Date {
  const start = new Date(`${wibDay(at)}T00:00:00+07:00`);
  return new Date(start.getTime() - daysBack * 86_400_000);
}
