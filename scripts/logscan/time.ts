// Times in the visitor-activity log are shown in WIB (Asia/Jakarta, UTC+7, no daylight
// saving), the zone of the court's officers; the JSON keeps ISO 8601 UTC.
const WIB_OFFSET_MS = 7 * 3_600_000;

/** 2026-11-21T05:00:00Z → "2026-11-21 12:00:00 WIB". */
export function formatWib(at: Date | string | number): string {
  const ms = new Date(at).getTime();
  return `${new Date(ms + WIB_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ')} WIB`;
}

/** The WIB calendar day, "2026-11-21". */
export function wibDay(at: Date | string | number): string {
  return new Date(new Date(at).getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** --since: an ISO 8601 date or date-time (WIB when it has no zone); undefined when it is not one. */
export function parseSince(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return undefined;
  // Without a zone the officer means WIB, whatever zone the machine runs in.
  const withZone = value.length === 10 ? `${value}T00:00:00+07:00` : /(?:Z|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value.replace(' ', 'T')}+07:00`;
  const date = new Date(withZone);
  if (Number.isNaN(date.getTime())) return undefined;
  // Date rolls 2026-02-31 over into March: a day the calendar does not have is refused.
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? date : undefined;
}
