// Reads everything the month's report needs: monitor runs, backup events and log scans from
// the records branch, published items from the archive branch, the review standards from
// cms/editorial.yml, incidents from GitHub and contracts from deploy/renewals.json. Thin:
// each source is one call; a source that cannot be read becomes { available: false } with
// the reason, so the report says "not read" rather than showing zeros.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GitEnv } from '../archive/git.ts';
import { DEFAULT_BRANCH as ARCHIVE_BRANCH, padNomor } from '../archive/layout.ts';
import { findBranch, readArchive } from '../archive/read.ts';
import { parseRecord, type ArchiveRecord } from '../archive/record.ts';
import { OPERATOR_ID, parsePolicy, PolicyError, POLICY_PATH } from '../gate/policy.ts';
import type { IncidentSummary } from '../incidents/types.ts';
import { readBackupRecords, readLogscanReports, readMonitorRuns } from '../records/read.ts';
import { inMonth, type ReportMonth } from './month.ts';
import type { RenewalContract, ReportData, Source, StageStandard } from './types.ts';

export interface GatherOptions {
  repoDir: string;
  env: GitEnv;
  month: ReportMonth;
  /** The records branch (default: pemantauan). */
  recordsBranch?: string;
  archiveBranch?: string;
  /** Reads the incidents updated since the month's start; a string: why they are not read (no token, no repository). */
  incidents: ((since: Date) => Promise<IncidentSummary[]>) | string;
  renewals: () => Promise<RenewalContract[]>;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

export async function gatherReportData(options: GatherOptions): Promise<ReportData> {
  const { repoDir, env, month } = options;
  const notes: string[] = [];
  const period = { repoDir, env, from: month.from, to: month.to, onProblem: (line: string) => notes.push(line), ...(options.recordsBranch ? { branch: options.recordsBranch } : {}) };
  const [runs, backups, logscans] = [await readMonitorRuns(period), await readBackupRecords(period), await readLogscanReports(period)];

  let incidents: Source<IncidentSummary[]>;
  if (typeof options.incidents === 'string') incidents = { available: false, reason: options.incidents };
  else incidents = { available: true, value: await options.incidents(month.from) };

  let renewals: Source<RenewalContract[]>;
  try {
    renewals = { available: true, value: await options.renewals() };
  } catch (error) {
    renewals = { available: false, reason: message(error) };
  }

  return {
    month,
    runs,
    incidents,
    archive: await readPublished(repoDir, env, month, options.archiveBranch ?? ARCHIVE_BRANCH, notes),
    stages: await readStages(repoDir),
    backups,
    renewals,
    logscans,
    notes,
  };
}

/** Archive records whose archiving (publication) time lies in the month. */
async function readPublished(repoDir: string, env: GitEnv, month: ReportMonth, branch: string, notes: string[]): Promise<Source<ArchiveRecord[]>> {
  const at = await findBranch(repoDir, branch, env);
  if (!at) return { available: false, reason: `cabang arsip "${branch}" belum ada (belum ada publikasi lewat laman publish)` };
  const contents = await readArchive(repoDir, at, env, { recordsOnly: true });
  const records: ArchiveRecord[] = [];
  for (const [nomor, bytes] of [...contents.records.entries()].sort(([a], [b]) => a - b)) {
    const parsed = parseRecord(bytes, `catatan/${padNomor(nomor)}.json`);
    if (!parsed.ok) {
      notes.push(`arsip: ${parsed.message.split('\n')[0]} (dilewati; periksa dengan laman archive verify)`);
      continue;
    }
    if (inMonth(month, parsed.record.waktu)) records.push(parsed.record);
  }
  return { available: true, value: records };
}

/** The review stages after the Operator's submission, with their SOP E standard times. */
async function readStages(repoDir: string): Promise<Source<StageStandard[]>> {
  let text: string;
  try {
    text = await readFile(path.join(repoDir, POLICY_PATH), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { available: false, reason: `${POLICY_PATH} tidak ada di ${repoDir}` };
    throw error;
  }
  try {
    const policy = parsePolicy(text, POLICY_PATH);
    return {
      available: true,
      value: policy.tahap.filter((s) => s.id !== OPERATOR_ID).map((s) => ({ id: s.id, nama: s.nama, slaHours: s.sla_jam })),
    };
  } catch (error) {
    if (error instanceof PolicyError) return { available: false, reason: `${POLICY_PATH} tidak valid: ${message(error)}` };
    throw error;
  }
}
