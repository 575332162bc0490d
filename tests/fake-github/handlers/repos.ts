// Repository, authenticated user, branches and comparisons.

import { HttpError, notFound, type Handler } from '../context.ts';
import { commitsBetween, mergeBase, readCommit, resolveCommitish, diffFiles } from '../git.ts';
import { apiUrl, htmlUrl, publicUser, repoCommit, repository } from '../objects.ts';
import { diffEntry } from './pulls.ts';

export const reposHandlers: Record<string, Handler> = {
  'repos/get': (ctx) => ({ status: 200, body: repository(ctx) }),

  'users/get-authenticated': (ctx, req) => ({ status: 200, body: publicUser(ctx, req.actor.login) }),

  'repos/get-branch': async (ctx, req) => {
    const branch = req.params.branch ?? '';
    const sha = await resolveCommitish(ctx.dir, `refs/heads/${branch}`);
    const commit = sha ? await readCommit(ctx.dir, sha) : undefined;
    if (!commit) throw new HttpError(404, 'Branch not found');
    return {
      status: 200,
      body: {
        name: branch,
        commit: repoCommit(ctx, commit),
        _links: { html: htmlUrl(ctx, `/tree/${branch}`), self: apiUrl(ctx, `/branches/${branch}`) },
        protected: false,
        protection: { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
        protection_url: apiUrl(ctx, `/branches/${branch}/protection`),
      },
    };
  },

  'repos/compare-commits': async (ctx, req) => {
    const base = await resolveCommitish(ctx.dir, req.params.base ?? '');
    const head = await resolveCommitish(ctx.dir, req.params.head ?? '');
    if (!base || !head) throw notFound();
    const mb = await mergeBase(ctx.dir, base, head);
    if (!mb) throw notFound();
    const ahead = await commitsBetween(ctx.dir, base, head);
    const behind = await commitsBetween(ctx.dir, head, base);
    const load = async (sha: string) => {
      const c = await readCommit(ctx.dir, sha);
      if (!c) throw notFound();
      return repoCommit(ctx, c);
    };
    const files = await diffFiles(ctx.dir, mb, head);
    const status =
      ahead.length === 0 && behind.length === 0
        ? 'identical'
        : behind.length === 0
          ? 'ahead'
          : ahead.length === 0
            ? 'behind'
            : 'diverged';
    const basehead = `${req.params.base}...${req.params.head}`;
    return {
      status: 200,
      body: {
        url: apiUrl(ctx, `/compare/${basehead}`),
        html_url: htmlUrl(ctx, `/compare/${basehead}`),
        permalink_url: htmlUrl(ctx, `/compare/${base}...${head}`),
        diff_url: htmlUrl(ctx, `/compare/${basehead}.diff`),
        patch_url: htmlUrl(ctx, `/compare/${basehead}.patch`),
        base_commit: await load(base),
        merge_base_commit: await load(mb),
        status,
        ahead_by: ahead.length,
        behind_by: behind.length,
        total_commits: ahead.length,
        commits: await Promise.all(ahead.map(load)),
        files: files.map((f) => diffEntry(ctx, head, f)),
      },
    };
  },
};
