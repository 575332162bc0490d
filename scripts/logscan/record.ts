// A log scan on the records branch (logscan/<iso-compact>.json), read by the monthly report.
import { logscanPath } from '../records/layout.ts';
import { appendAndPush } from '../records/store.ts';
import type { LogscanReport } from '../records/types.ts';

/** Commits the report and pushes the branch to origin when the checkout has one (the workflow's case). */
export async function recordLogscan(repoDir: string, env: Record<string, string | undefined>, report: LogscanReport, now: Date): Promise<string> {
  return appendAndPush({
    push: true,
    repoDir,
    env,
    files: [{ path: logscanPath(new Date(report.at)), content: `${JSON.stringify(report, null, 2)}\n`, mode: 'replace' }],
    message: `Log aktivitas pengunjung: ${report.lines} baris, ${report.detections.length} deteksi`,
    now,
  });
}
