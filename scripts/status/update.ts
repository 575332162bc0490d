// One status-page update, for `laman status-page` and the end of each `laman monitor` run:
// read 90 days of monitor runs from the records branch (unless given) and the incidents from
// GitHub (when a token and a repository are there), render, write the files to `out`, and
// with `publish` put them beside the site (publish.ts). I/O only; the page is render.ts.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentDir } from '../../src/schema/collections.ts';
import { readSettings } from '../../src/lib/settings-file.ts';
import type { IncidentSummary } from '../incidents/types.ts';
import { loadPublishConfig } from '../publish/config.ts';
import { readMonitorRuns } from '../records/read.ts';
import type { MonitorRun } from '../records/types.ts';
import { wibDayStart } from './format.ts';
import { publishStatusPage, type PublishStatusResult } from './publish.ts';
import { renderStatusPage, STATUS_DIR } from './render.ts';

/** Reads the incident issues opened or closed since a time (scripts/incidents/github.ts listIncidents, bound to a client and repository). */
export type IncidentSource = (since: Date) => Promise<IncidentSummary[]>;

export interface UpdateStatusPageOptions {
  /** The site repository: its content settings (site name and address), records branch and deploy/publish.json. */
  repoDir: string;
  env: Record<string, string | undefined>;
  now: Date;
  log: (line: string) => void;
  /** Where the page's files are written (index.html, status.css, respons.svg, status.json). */
  out: string;
  publish: boolean;
  dryRun?: boolean;
  /** The runs, when the caller has them already (the monitor); otherwise read from the records branch. */
  runs?: readonly MonitorRun[];
  /** undefined: no GitHub access, the page says the incident list is unavailable. */
  incidents?: IncidentSource;
}

export interface UpdateStatusPageResult {
  files: Map<string, string | Uint8Array>;
  runs: number;
  incidents: number;
  publish?: PublishStatusResult;
}

/** The first moment the page covers: midnight WIB 89 days ago (90 calendar days with today). */
export function statusPeriodStart(now: Date): Date {
  return wibDayStart(now, 89);
}

export async function updateStatusPage(options: UpdateStatusPageOptions): Promise<UpdateStatusPageResult> {
  const { now, log } = options;
  const from = statusPeriodStart(now);
  const runs =
    options.runs ??
    (await readMonitorRuns({ repoDir: options.repoDir, env: options.env, from, to: new Date(now.getTime() + 1), onProblem: (line) => log(`PERINGATAN: ${line}`) }));
  let incidents: IncidentSummary[] = [];
  let incidentsNote: string | undefined;
  if (!options.incidents) {
    incidentsNote = 'Daftar insiden tidak tersedia: pemantauan berjalan tanpa akses ke GitHub.';
    log('insiden tidak dibaca: GITHUB_TOKEN atau repositori (--repo, GITHUB_REPOSITORY) tidak ada; halaman dibuat tanpa daftar insiden');
  } else {
    try {
      incidents = await options.incidents(from);
    } catch (error) {
      // The page still tells availability and response times; it says the list is missing.
      incidentsNote = 'Daftar insiden tidak dapat dibaca saat halaman ini dibuat.';
      log(`PERINGATAN: insiden tidak dapat dibaca dari GitHub (${(error as Error).message}); halaman dibuat tanpa daftar insiden`);
    }
  }
  const settings = readSettings(path.resolve(options.repoDir, contentDir(options.env)));
  const files = renderStatusPage({
    runs,
    incidents,
    ...(incidentsNote ? { incidentsNote } : {}),
    now,
    siteName: settings.nama,
    siteUrl: settings.url_situs ?? '',
  });
  await writeOut(options.out, files);
  log(`halaman status ditulis ke ${options.out} (${runs.length} pemeriksaan, ${incidents.length} insiden)`);
  const result: UpdateStatusPageResult = { files, runs: runs.length, incidents: incidents.length };
  if (options.publish) {
    const config = await loadPublishConfig(options.repoDir, options.env);
    result.publish = await publishStatusPage(files, config, { log, cwd: options.repoDir, env: options.env, now, ...(options.dryRun ? { dryRun: true } : {}) });
  }
  return result;
}

/** Writes the page's files ("status/…" keys) into `out` without the status/ prefix. */
async function writeOut(out: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  for (const [key, content] of files) {
    const file = path.join(out, key.slice(STATUS_DIR.length + 1));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

