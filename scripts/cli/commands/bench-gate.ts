// `laman bench gate`: API requests per editorial-gate run against the number of label events.
import { formatGateBench } from '../../bench/gate/report.ts';
import { runGateBench } from '../../bench/gate/run.ts';
import { UsageError, type Command } from '../context.ts';
import { parseOptions } from '../options.ts';

const DEFAULT_EVENTS = [5, 100, 250, 500, 1000];

export const benchGateCommand: Command = {
  name: 'bench gate',
  summary: 'Benchmark the API requests of one editorial-gate run against the label events on a pull request',
  usage: `Usage: laman bench gate [--events N,N,…]

Starts the fake GitHub (tests/fake-github), opens one content pull request per count,
gives it that many label events (labels added and removed in bulk, then the routine
chain Operator → Redaktur → Editor → Penanggung Jawab), and runs the real gate twice:
the first run writes the comment, status and Decap label; the second has nothing to
change. Prints a table of the requests each run made, the pages of events read, the
writes of the second run (must be 0) and its wall time, then the requests per 100 extra
events (the aim: a constant number plus one per 100 events).

Options:
  --events N,N,…  label-event counts to measure (default: ${DEFAULT_EVENTS.join(',')})
`,
  async run(args, ctx) {
    const { values } = parseOptions({ args, options: { events: { type: 'string' } } });
    const counts = values.events === undefined ? DEFAULT_EVENTS : values.events.split(',').map((v) => v.trim());
    const events = counts.map((v) => {
      if (typeof v === 'number') return v;
      if (!/^\d+$/.test(v) || Number(v) < 5 || Number(v) > 20_000) throw new UsageError(`--events: each count must be a whole number from 5 to 20000, got "${v}"`);
      return Number(v);
    });
    const rows = await runGateBench(events, (line) => ctx.stderr.write(`${line}\n`));
    ctx.stdout.write(formatGateBench(rows));
    return rows.some((r) => r.secondRunWrites > 0) ? 1 : 0;
  },
};
