// The table `laman bench gate` prints: API requests per gate run against the number of label
// events on the pull request. Pure.

export interface GateBenchRow {
  /** Label events on the pull request when the gate ran. */
  events: number;
  /** Requests of the first run (writes the comment, status and Decap label). */
  firstRun: number;
  /** Of which pages of issue events. */
  eventPages: number;
  /** Requests of a second run with nothing to change. */
  secondRun: number;
  /** Writes of the second run: must be 0. */
  secondRunWrites: number;
  /** Wall time of the second run against the local fake, milliseconds. */
  ms: number;
}

export function formatGateBench(rows: readonly GateBenchRow[]): string {
  const header = ['label events', 'requests, 1st run', 'event pages', 'requests, 2nd run', 'writes, 2nd run', '2nd run ms'];
  const body = rows.map((r) => [r.events, r.firstRun, r.eventPages, r.secondRun, r.secondRunWrites, r.ms].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
  const lines = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)];
  const base = rows[0];
  const last = rows[rows.length - 1];
  if (base && last && rows.length > 1) {
    const perHundred = ((last.secondRun - base.secondRun) / Math.max(last.events - base.events, 1)) * 100;
    lines.push('', `requests per 100 extra events (2nd run): ${perHundred.toFixed(2)} (aim: 1)`, `constant part (2nd run at ${base.events} events): ${base.secondRun} requests`);
  }
  return `${lines.join('\n')}\n`;
}
