// Times in incident and reminder texts: the court's zone (WIB) first, UTC beside it.
import { formatTime } from '../gate/time.ts';

export const COURT_ZONE = 'Asia/Jakarta';

/** "2026-12-05 20.00 WIB (2026-12-05 13.00 UTC)". */
export function wibAndUtc(iso: string): string {
  return `${formatTime(iso, COURT_ZONE)} (${formatTime(iso, 'UTC')})`;
}

/** "1 jam 15 menit" (whole minutes, rounded down; never negative). */
export function durationText(minutes: number): string {
  const m = Math.max(0, Math.floor(minutes));
  return `${Math.floor(m / 60)} jam ${m % 60} menit`;
}

export function minutesBetween(fromIso: string, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - Date.parse(fromIso)) / 60_000));
}
