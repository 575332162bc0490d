// The benchmark's scan, run in a child process of its own so that its peak memory is the
// scan's alone: `node scripts/logscan/bench-child.ts FILE` prints one JSON line with the
// figures (scripts/bench/ops/logscan.ts reads it).
import { scanFiles } from './scan.ts';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node scripts/logscan/bench-child.ts FILE\n');
  process.exit(2);
}
const started = performance.now();
const outcome = await scanFiles({ files: [file], cwd: process.cwd(), stdin: process.stdin, now: new Date(), warn: (line) => process.stderr.write(`${line}\n`) });
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({
    lines: outcome.report.lines,
    seconds,
    // resourceUsage().maxRSS is in KiB.
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    detections: outcome.report.detections.length,
    evictedSources: outcome.evictedSources,
  })}\n`,
);
