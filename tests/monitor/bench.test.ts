import { describe, expect, it } from 'vitest';
import { benchMonitor } from '../../scripts/bench/ops/monitor.ts';

describe('benchMonitor', () => {
  it('checks every URL and file of the generated site against nginx and reports the wall time', async () => {
    const lines: string[] = [];
    const result = await benchMonitor({ urls: 20, log: (l) => lines.push(l) });
    expect(result).toMatchObject({ urls: 20, files: 22, server: 'nginx', problems: 0 });
    expect(result.seconds).toBeGreaterThan(0);
    expect(lines[0]).toMatch(/^monitor: 20 URL di http:\/\/127\.0\.0\.1:\d+ \(nginx\)$/);
  });
});
