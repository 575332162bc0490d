// Shared steps of the gate scenarios: a Berita pull request, labels applied one by one with
// the gate run after each (as the workflow does), and the routine chain.
import { LABEL } from '../../scripts/gate/snapshot-builder.ts';
import { BERITA, type Court, type Person } from './scenario.ts';

let branches = 0;

/** A new Berita pull request by `author`, labelled decap-cms/draft as Decap does. */
export async function berita(court: Court, author: Person = 'ani', extra = '', options: { title?: string; body?: string } = {}): Promise<number> {
  branches += 1;
  const slug = `berita-${branches}`;
  return court.openPr({ author, branch: `cms/berita/${slug}`, files: { [`content/berita/${slug}.md`]: BERITA(`Berita ${branches}`, extra) }, decap: true, ...options });
}

/** Applies `list` one by one, running the gate after each like the workflow does. */
export async function steps(court: Court, pr: number, list: Array<[Person, string]>): Promise<void> {
  for (const [person, label] of list) {
    await court.label(person, pr, label);
    await court.gate(pr);
  }
}

export const ROUTINE: Array<[Person, string]> = [
  ['ani', LABEL.operator],
  ['rara', LABEL.redaktur],
  ['citra', LABEL.editor],
  ['dedi', LABEL.pj],
];

export function timings(court: Court): void {
  if (!process.env.GATE_TIMINGS) return;
  const byOp = new Map<string, number[]>();
  for (const r of court.fake.requests) byOp.set(r.operationId ?? '?', [...(byOp.get(r.operationId ?? '?') ?? []), r.ms]);
  for (const [op, ms] of byOp) console.log(op, ms.length, Math.max(...ms), ms.reduce((a, b) => a + b, 0));
}
