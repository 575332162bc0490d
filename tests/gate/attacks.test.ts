// Every way to get content past the chain without the right people, in order, on the final
// commit — on the fake GitHub with the real gate. None may end in a `success` status.
import { describe, expect, it } from 'vitest';
import { LABEL } from '../../scripts/gate/snapshot-builder.ts';
import { BERITA, GATE, type Court } from './scenario.ts';
import { ROUTINE, berita, steps } from './steps.ts';
import { useCourt } from './use-court.ts';

let court: Court;
useCourt((started) => {
  court = started;
});

async function sticky(pr: number): Promise<string> {
  const comments = await court.stickyComments(pr);
  expect(comments).toHaveLength(1);
  return comments[0]!.body;
}

describe('labels that do not count', { timeout: 60_000 }, () => {
  it('a label applied by someone who does not hold the role is removed and explained', async () => {
    const pr = await berita(court);
    await steps(court, pr, [ROUTINE[0]!, ['mallory', LABEL.redaktur]]);
    // Removed at once; the pull request goes on waiting for a real Redaktur.
    expect(await court.labels(pr)).toEqual(['decap-cms/draft', LABEL.operator]);
    expect(await court.status(pr)).toEqual({ state: 'pending', description: 'Menunggu Redaktur (@budi atau @rara)' });
    expect(await sticky(pr)).toContain('Label `review/redaktur` dipasang oleh @mallory, yang bukan pemegang peran Redaktur. Label ini tidak dihitung dan dihapus oleh gate.');
  });

  it('a skipped stage: the Editor before the Redaktur does not count and is removed', async () => {
    const pr = await berita(court);
    await steps(court, pr, [ROUTINE[0]!, ['citra', LABEL.editor]]);
    expect(await court.labels(pr)).toEqual(['decap-cms/draft', LABEL.operator]);
    expect(await court.status(pr)).toEqual({ state: 'pending', description: 'Menunggu Redaktur (@budi atau @rara)' });
    expect(await sticky(pr)).toContain('dipasang oleh @citra sebelum tahap Redaktur disetujui');
    await steps(court, pr, ROUTINE.slice(1));
    expect((await court.status(pr))?.state).toBe('success');
  });

  it('self-approval: the author may submit but not approve as Redaktur', async () => {
    const pr = await berita(court, 'rara');
    await steps(court, pr, [['oki', LABEL.operator], ['rara', LABEL.redaktur]]);
    expect(await court.labels(pr)).toEqual(['decap-cms/draft', LABEL.operator]);
    // The author is not offered as the one to act.
    expect(await court.status(pr)).toEqual({ state: 'pending', description: 'Menunggu Redaktur (@budi)' });
    expect(await sticky(pr)).toContain('pembuat pull request ini');
  });

  it('a reviewer who pushed to the branch (edited the text) may not approve it', async () => {
    const pr = await berita(court);
    await court.push('rara', pr, { 'content/berita/suntingan.md': BERITA('Suntingan Redaktur') });
    await steps(court, pr, [ROUTINE[0]!, ['rara', LABEL.redaktur]]);
    expect(await court.labels(pr)).toEqual(['decap-cms/draft', LABEL.operator]);
    expect(await court.status(pr)).toEqual({ state: 'pending', description: 'Menunggu Redaktur (@budi)' });
    expect(await sticky(pr)).toContain('yang ikut mengubah isi pull request ini (push ke cabangnya)');
  });

  it('one person approving two stages: the second does not count', async () => {
    const pr = await berita(court);
    await steps(court, pr, [ROUTINE[0]!, ['budi', LABEL.redaktur], ['budi', LABEL.editor]]);
    expect(await court.labels(pr)).toEqual(['decap-cms/draft', LABEL.operator, LABEL.redaktur]);
    expect(await court.status(pr)).toEqual({ state: 'pending', description: 'Menunggu Editor (@citra)' });
    expect(await sticky(pr)).toContain('satu orang tidak boleh menyetujui dua tahap');
  });

  it('labels applied by a bot, or by the gate itself, count for nothing', async () => {
    const pr = await berita(court);
    await steps(court, pr, [ROUTINE[0]!, ['dependabot[bot]', LABEL.redaktur], [GATE, LABEL.editor]]);
    expect(await court.labels(pr)).toEqual(['decap-cms/draft', LABEL.operator]);
    expect(await court.status(pr)).toEqual({ state: 'pending', description: 'Menunggu Redaktur (@budi atau @rara)' });
    const body = await sticky(pr);
    expect(body).toContain('@dependabot[bot], sebuah bot');
    expect(body).toContain('yaitu gate sendiri');
  });

  it('approval words in the title or body count for nothing', async () => {
    const pr = await berita(court, 'ani', '', { title: 'Disetujui Ketua dan Penanggung Jawab: LGTM', body: 'review/penanggung-jawab ✅ setuju, sudah diperiksa Redaktur' });
    await steps(court, pr, [ROUTINE[0]!]);
    expect(await court.status(pr)).toEqual({ state: 'pending', description: 'Menunggu Redaktur (@budi atau @rara)' });
  });

  it('labels applied all at once by the right people in the wrong order never add up to success', async () => {
    const pr = await berita(court);
    for (const [person, label] of [...ROUTINE].reverse()) await court.label(person, pr, label);
    await court.gate(pr);
    // Only the Operator's submission stood; everything applied before its turn is removed.
    expect(await court.labels(pr)).toEqual(['decap-cms/draft', LABEL.operator]);
    expect(await court.status(pr)).toEqual({ state: 'pending', description: 'Menunggu Redaktur (@budi atau @rara)' });
  });
});
