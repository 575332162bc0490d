// `laman bench gate`: runs the real gate against the fake GitHub on pull requests with more
// and more label events and counts the API requests of each run. Noise events are made
// through the API as a person would (labels added and removed in bulk), then the routine
// chain is applied, so every run ends in the same decision.
import { GATE, startCourt } from '../../../tests/gate/scenario.ts';
import { berita, ROUTINE } from '../../../tests/gate/steps.ts';
import type { GateBenchRow } from './report.ts';

const REPO = { owner: 'pengadilan', repo: 'situs' };

export async function runGateBench(eventCounts: readonly number[], progress: (line: string) => void): Promise<GateBenchRow[]> {
  const court = await startCourt();
  try {
    const rows: GateBenchRow[] = [];
    for (const target of eventCounts) {
      const pr = await berita(court);
      const ani = court.as('ani');
      // The routine chain makes 4 events and Decap's draft label 1; the rest is noise.
      let noise = Math.max(target - ROUTINE.length - 1, 0);
      while (noise > 0) {
        const batch = Math.min(50, Math.ceil(noise / 2));
        const labels = Array.from({ length: batch }, (_, i) => `catatan-${i + 1}`);
        await ani.rest.issues.addLabels({ ...REPO, issue_number: pr, labels });
        await ani.rest.issues.removeAllLabels({ ...REPO, issue_number: pr });
        noise -= batch * 2;
      }
      await ani.rest.issues.addLabels({ ...REPO, issue_number: pr, labels: ['decap-cms/draft'] });
      for (const [person, label] of ROUTINE) await court.label(person, pr, label);
      const events = court.fake.state.issues.get(pr)?.events.length ?? 0;

      const first = court.fake.requests.length;
      await court.gate(pr);
      const second = court.fake.requests.length;
      const started = performance.now();
      await court.gate(pr);
      const ms = Math.round(performance.now() - started);
      const ours = (from: number, to?: number) => court.fake.requests.slice(from, to).filter((r) => r.actor === GATE);
      const row: GateBenchRow = {
        events,
        firstRun: ours(first, second).length,
        eventPages: ours(first, second).filter((r) => r.operationId === 'issues/list-events').length,
        secondRun: ours(second).length,
        secondRunWrites: ours(second).filter((r) => r.method !== 'GET').length,
        ms,
      };
      rows.push(row);
      progress(`${events} peristiwa label: ${row.secondRun} permintaan (${row.ms} ms)`);
    }
    court.fake.assertNoViolations();
    return rows;
  } finally {
    await court.close();
  }
}
