// The report's month: "2026-11" read and checked, its boundaries in WIB (Asia/Jakarta,
// UTC+7 all year, no daylight saving), and how it is named for readers. Pure.

export interface ReportMonth {
  /** "2026-11" */
  id: string;
  /** Inclusive: the 1st at 00:00 WIB. */
  from: Date;
  /** Exclusive: the 1st of the next month at 00:00 WIB. */
  to: Date;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const WIB_OFFSET = '+07:00';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function monthOf(year: number, month: number): ReportMonth {
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return {
    id: `${year}-${pad(month)}`,
    from: new Date(`${year}-${pad(month)}-01T00:00:00${WIB_OFFSET}`),
    to: new Date(`${next.year}-${pad(next.month)}-01T00:00:00${WIB_OFFSET}`),
  };
}

/** "2026-11" → the month; undefined for anything else ("2026-13", "2026-1", "November"). */
export function parseMonth(text: string): ReportMonth | undefined {
  const m = MONTH.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 2000 || month < 1 || month > 12) return undefined;
  return monthOf(year, month);
}

/** The calendar month before the one `now` falls in, in WIB: the month a report run on the 1st covers. */
export function previousMonth(now: Date): ReportMonth {
  const [year = 0, month = 1] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit' })
    .format(now)
    .split('-')
    .map(Number);
  return month === 1 ? monthOf(year - 1, 12) : monthOf(year, month - 1);
}

/** "November 2026". */
export function monthName(month: ReportMonth): string {
  return new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', month: 'long', year: 'numeric' }).format(month.from);
}

/** True when the instant lies in the month. */
export function inMonth(month: ReportMonth, at: string | Date): boolean {
  const t = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return t >= month.from.getTime() && t < month.to.getTime();
}
