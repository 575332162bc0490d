// Before a command reads the records branch: take what origin has. A workflow's checkout holds
// only the default branch, so without this the status page, the renewals and the monthly
// report would read no history at all. Unlike syncRecords (used before an append, where the
// append is redone on top), this never drops local records that were not pushed yet.
import { git, GitError, gitText, isAncestor, resolveCommit, type GitEnv } from '../archive/git.ts';
import { RECORDS_BRANCH } from './layout.ts';
import { DEFAULT_REMOTE, RecordsError } from './store.ts';

export interface RefreshRecordsOptions {
  repoDir: string;
  env: GitEnv;
  branch?: string;
  remote?: string;
  log: (line: string) => void;
}

export type RefreshOutcome = 'no-remote' | 'absent-on-remote' | 'up-to-date' | 'fast-forwarded' | 'local-ahead' | 'diverged';

export async function refreshRecords(options: RefreshRecordsOptions): Promise<RefreshOutcome> {
  const { repoDir, env, log } = options;
  const branch = options.branch ?? RECORDS_BRANCH;
  const remote = options.remote ?? DEFAULT_REMOTE;
  if (!(await gitText(repoDir, ['remote'], { env })).split('\n').includes(remote)) return 'no-remote';
  const ref = `refs/heads/${branch}`;
  const tracking = `refs/remotes/${remote}/${branch}`;
  let listed: string;
  try {
    listed = await gitText(repoDir, ['ls-remote', '--heads', remote, ref], { env });
    if (listed.trim()) await git(repoDir, ['fetch', '--quiet', '--no-tags', remote, `+${ref}:${tracking}`], { env });
  } catch (error) {
    if (error instanceof GitError) throw new RecordsError(`cabang ${branch} tidak dapat diambil dari ${remote}: ${error.stderr.trim() || error.message}`);
    throw error;
  }
  if (!listed.trim()) return 'absent-on-remote';
  const theirs = (await resolveCommit(repoDir, tracking, env))!;
  const ours = await resolveCommit(repoDir, ref, env);
  if (ours === theirs) return 'up-to-date';
  if (!ours || (await isAncestor(repoDir, ours, theirs, env))) {
    await git(repoDir, ['update-ref', ref, theirs, ...(ours ? [ours] : [])], { env });
    return 'fast-forwarded';
  }
  if (await isAncestor(repoDir, theirs, ours, env)) return 'local-ahead';
  log(`PERINGATAN: cabang ${branch} di sini dan di ${remote} berbeda arah; yang dibaca adalah salinan di sini. Kirim atau buang catatan lokal lalu jalankan lagi.`);
  return 'diverged';
}
