// Repository contents: read a file or directory at a ref; create or update a file with a commit.

import { recordRefUpdate } from '../activity.ts';
import { checkDirectUpdate } from '../rules.ts';
import { bodyOf, HttpError, notFound, unprocessable, type FakeContext, type Handler } from '../context.ts';
import {
  flattenTree,
  listPath,
  readBlob,
  readCommit,
  resolveCommitish,
  updateRef,
  writeBlob,
  writeCommit,
  writeTree,
  type GitPerson,
  type GitTreeEntry,
} from '../git.ts';
import { apiUrl, gitCommit, htmlUrl } from '../objects.ts';
import { defaultPerson } from './git-data.ts';

function contentEntry(ctx: FakeContext, ref: string, e: GitTreeEntry): Record<string, unknown> {
  const type = e.type === 'tree' ? 'dir' : e.type === 'commit' ? 'submodule' : e.mode === '120000' ? 'symlink' : 'file';
  const self = apiUrl(ctx, `/contents/${e.path}?ref=${encodeURIComponent(ref)}`);
  const gitUrl = e.type === 'commit' ? null : apiUrl(ctx, `/git/${e.type}s/${e.sha}`);
  const html = htmlUrl(ctx, `/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${e.path}`);
  return {
    type,
    size: e.size ?? 0,
    name: e.path.split('/').pop() ?? e.path,
    path: e.path,
    sha: e.sha,
    url: self,
    git_url: gitUrl,
    html_url: html,
    download_url: type === 'file' ? `${ctx.baseUrl}/_raw/${ctx.state.owner}/${ctx.state.repo}/${ref}/${e.path}` : null,
    _links: { self, git: gitUrl, html },
  };
}

export const contentsHandlers: Record<string, Handler> = {
  'repos/get-content': async (ctx, req) => {
    const ref = req.query.ref ?? ctx.state.defaultBranch;
    const commit = await resolveCommitish(ctx.dir, ref);
    if (!commit) throw new HttpError(404, `No commit found for the ref ${ref}`);
    const path = (req.params.path ?? '').replace(/^\/+|\/+$/g, '');
    if (path === '') {
      const entries = await listPath(ctx.dir, commit, '.');
      return { status: 200, body: entries.map((e) => contentEntry(ctx, ref, e)) };
    }
    const [entry] = await listPath(ctx.dir, commit, path);
    if (!entry || entry.path !== path) throw notFound();
    if (entry.type === 'tree') {
      const entries = await listPath(ctx.dir, commit, `${path}/`);
      return { status: 200, body: entries.map((e) => contentEntry(ctx, ref, e)) };
    }
    const base = contentEntry(ctx, ref, entry);
    if (entry.type !== 'blob') return { status: 200, body: base };
    const data = await readBlob(ctx.dir, entry.sha);
    if (entry.mode === '120000') return { status: 200, body: { ...base, target: data.toString('utf8') } };
    return {
      status: 200,
      body: {
        ...base,
        content: (data.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n',
        encoding: 'base64',
      },
    };
  },

  'repos/create-or-update-file-contents': async (ctx, req) => {
    const input = bodyOf<{
      message: string;
      content: string;
      sha?: string;
      branch?: string;
      committer?: { name: string; email: string; date?: string };
      author?: { name: string; email: string; date?: string };
    }>(req);
    const branch = input.branch ?? ctx.state.defaultBranch;
    const ref = `refs/heads/${branch}`;
    const parentSha = await resolveCommitish(ctx.dir, ref);
    if (!parentSha) throw new HttpError(404, `Branch ${branch} not found`);
    checkDirectUpdate(ctx, ref, { deletion: false, fastForward: true });
    const parent = await readCommit(ctx.dir, parentSha);
    if (!parent) throw notFound();
    const path = (req.params.path ?? '').replace(/^\/+|\/+$/g, '');
    const files = await flattenTree(ctx.dir, parent.tree);
    const existing = files.get(path);
    if (existing && input.sha !== existing.sha) {
      throw new HttpError(409, input.sha ? `${path} does not match ${input.sha}` : `"sha" wasn't supplied.`);
    }
    if (!existing && input.sha) throw unprocessable(`${path} does not exist, so "sha" must not be supplied`);
    const blob = await writeBlob(ctx.dir, Buffer.from(input.content, 'base64'));
    files.set(path, { mode: existing?.mode ?? '100644', type: 'blob', sha: blob, path });
    const tree = await writeTree(ctx.dir, files);
    const fallback = defaultPerson(ctx, req.actor.login);
    const person = (p?: { name: string; email: string; date?: string }): GitPerson =>
      p ? { name: p.name, email: p.email, date: p.date ?? fallback.date } : fallback;
    const author = person(input.author ?? input.committer);
    const sha = await writeCommit(ctx.dir, {
      tree,
      parents: [parentSha],
      message: input.message,
      author,
      committer: person(input.committer),
    });
    if (!(await updateRef(ctx.dir, ref, sha, parentSha))) throw new HttpError(409, `${branch} was updated concurrently`);
    await recordRefUpdate(ctx, req.actor.login, ref, parentSha, sha);
    const commit = await readCommit(ctx.dir, sha);
    if (!commit) throw notFound();
    const [entry] = await listPath(ctx.dir, sha, path);
    if (!entry) throw notFound();
    return {
      status: existing ? 200 : 201,
      body: { content: contentEntry(ctx, branch, entry), commit: gitCommit(ctx, commit) },
    };
  },
};
