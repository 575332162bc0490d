// Plain data of incidents (SOP F5–F7, SOP 004), maintenance windows and renewal reminders:
// what the planners read and what they decide. The GitHub side is in github.ts and
// renewals-github.ts.
import type { CheckKind } from '../records/types.ts';

/** An open incident issue, as the adapter read it back (only issues carrying Laman's marker). */
export interface OpenIncident {
  number: number;
  title: string;
  body: string;
  /** From the marker `<!-- laman:insiden key=… since=… -->`. */
  key: string;
  /** ISO 8601 UTC: the first failing run. */
  since: string;
  labels: string[];
}

/** An open issue labelled `pemeliharaan` (planned maintenance). */
export interface MaintenanceWindow {
  number: number;
  title: string;
  body: string;
  /** Laman already explained the expected format in a comment (marker found). */
  formatNoticePosted: boolean;
}

export type IncidentAction =
  | { kind: 'open'; key: string; check: CheckKind; title: string; body: string; labels: string[] }
  /** Rewrite the body's machine section ("Status terakhir"); the rest stays as the operator left it. */
  | { kind: 'update'; number: number; key: string; body: string }
  /** The evidence changed while the incident is open. */
  | { kind: 'comment'; number: number; key: string; body: string }
  /** Recovery: comment with the duration, then close as completed. */
  | { kind: 'close'; number: number; key: string; comment: string; durationMinutes: number }
  /** A failing check inside a maintenance window: nothing is written, only logged. */
  | { kind: 'suppress'; key: string; window: number; reason: string }
  /** A maintenance window issue whose times cannot be read: one explanatory comment. */
  | { kind: 'window-format'; number: number; body: string };

/** One incident for the monthly report. */
export interface IncidentSummary {
  number: number;
  url: string;
  title: string;
  key: string;
  check: string;
  openedAt: string;
  closedAt: string | null;
  durationMinutes: number | null;
}
