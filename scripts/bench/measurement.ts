// What one cold build reports: build-once.ts prints it as a JSON line, the parent parses it.

export interface BuildMeasurement {
  /** From the child process's start to the end of the build (includes loading Astro). */
  wallMs: number;
  /** The `build()` call alone. */
  buildMs: number;
  /** CPU time (user + system) of the child's main process: steadier than wall time on a busy machine. */
  cpuMs: number;
  /** process.resourceUsage().maxRSS: the child's peak resident set, in KB. */
  maxRssKb: number;
  pages: number;
}

/** Finds the measurement in a child's stdout: its last line that is a JSON object. */
export function parseMeasurement(stdout: string): BuildMeasurement | undefined {
  const line = stdout
    .split('\n')
    .map((l) => l.trim())
    .reverse()
    .find((l) => l.startsWith('{') && l.endsWith('}'));
  if (!line) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
  const m = value as Partial<BuildMeasurement>;
  const fields = [m.wallMs, m.buildMs, m.cpuMs, m.maxRssKb, m.pages];
  return fields.every((f) => typeof f === 'number' && Number.isFinite(f)) ? (m as BuildMeasurement) : undefined;
}
