// Git data API: blobs, trees, commits and refs, on real git objects.

import { recordRefUpdate } from '../activity.ts';
import { checkDirectUpdate } from '../rules.ts';
import { bodyOf, HttpError, notFound, unprocessable, type FakeContext, type Handler } from '../context.ts';
import {
  deleteRef,
  flattenTree,
  isAncestor,
  isoSeconds,
  listRefs,
  listTree,
  objectType,
  readBlob,
  readCommit,
  resolveRef,
  resolveTree,
  updateRef,
  writeBlob,
  writeCommit,
  writeTree,
  ZERO_SHA,
  type GitPerson,
  type GitTreeEntry,
} from '../git.ts';
import { apiUrl, gitCommit, gitRef } from '../objects.ts';

interface TreeInput {
  base_tree?: string;
  tree: Array<{ path?: string; mode?: string; type?: string; sha?: string | null; content?: string }>;
}

interface CommitInput {
  message: string;
  tree: string;
  parents?: string[];
  author?: { name: string; email: string; date?: string };
  committer?: { name?: string; email?: string; date?: string };
}

export function defaultPerson(ctx: FakeContext, login: string): GitPerson {
  return { name: login, email: `${login}@users.noreply.fake-github.test`, date: isoSeconds(ctx.now()) };
}

export async function treeResponse(ctx: FakeContext, sha: string, recursive: boolean): Promise<Record<string, unknown>> {
  const entries = await listTree(ctx.dir, sha, recursive);
  return {
    sha,
    url: apiUrl(ctx, `/git/trees/${sha}`),
    tree: entries.map((e: GitTreeEntry) => ({
      path: e.path,
      mode: e.mode,
      type: e.type,
      sha: e.sha,
      ...(e.size === undefined ? {} : { size: e.size }),
      ...(e.type === 'commit' ? {} : { url: apiUrl(ctx, `/git/${e.type}s/${e.sha}`) }),
    })),
    truncated: false,
  };
}

/** Applies GitHub tree entries to a base tree and writes the result; returns the new tree sha. */
export async function buildTree(ctx: FakeContext, input: TreeInput): Promise<string> {
  let files = new Map<string, GitTreeEntry>();
  if (input.base_tree) {
    const type = await objectType(ctx.dir, input.base_tree);
    const tree = type === 'commit' ? (await readCommit(ctx.dir, input.base_tree))?.tree : input.base_tree;
    if (!tree || (type !== 'tree' && type !== 'commit')) throw unprocessable('base_tree is not a valid tree oid');
    files = await flattenTree(ctx.dir, tree);
  }
  const removePrefix = (path: string): void => {
    for (const key of [...files.keys()]) if (key === path || key.startsWith(`${path}/`)) files.delete(key);
  };
  for (const entry of input.tree) {
    const path = (entry.path ?? '').replace(/^\/+|\/+$/g, '');
    if (!path || !entry.mode || !entry.type) throw unprocessable('Must supply a valid tree.path, tree.mode and tree.type');
    if (entry.sha === null) {
      removePrefix(path);
      continue;
    }
    let sha: string;
    if (entry.content !== undefined) {
      if (entry.type !== 'blob') throw unprocessable('tree.content is only allowed for blobs');
      sha = await writeBlob(ctx.dir, Buffer.from(entry.content, 'utf8'));
    } else if (entry.sha) {
      const actual = await objectType(ctx.dir, entry.sha);
      if (actual !== entry.type) throw unprocessable(`tree.sha ${entry.sha} is not a valid ${entry.type}`);
      sha = entry.sha;
    } else {
      throw unprocessable('Must supply either tree.sha or tree.content');
    }
    removePrefix(path);
    if (entry.type === 'tree') {
      for (const [sub, e] of await flattenTree(ctx.dir, sha)) files.set(`${path}/${sub}`, { ...e, path: `${path}/${sub}` });
    } else {
      files.set(path, { mode: entry.mode, type: entry.type as GitTreeEntry['type'], sha, path });
    }
  }
  return writeTree(ctx.dir, files);
}

/** `heads/x` from the `{ref}` path parameter → `refs/heads/x`. */
function fullRef(ref: string | undefined): string {
  return `refs/${(ref ?? '').replace(/^refs\//, '')}`;
}

async function refResponse(ctx: FakeContext, ref: string): Promise<Record<string, unknown>> {
  const sha = await resolveRef(ctx.dir, ref);
  if (!sha) throw notFound();
  return gitRef(ctx, ref, sha, (await objectType(ctx.dir, sha)) ?? 'commit');
}

export const gitDataHandlers: Record<string, Handler> = {
  'git/create-blob': async (ctx, req) => {
    const { content, encoding = 'utf-8' } = bodyOf<{ content: string; encoding?: string }>(req);
    if (encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'base64') {
      throw unprocessable(`encoding must be "utf-8" or "base64", not "${encoding}"`);
    }
    const sha = await writeBlob(ctx.dir, Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'));
    return { status: 201, body: { sha, url: apiUrl(ctx, `/git/blobs/${sha}`) } };
  },

  'git/get-blob': async (ctx, req) => {
    const sha = req.params.file_sha ?? '';
    if ((await objectType(ctx.dir, sha)) !== 'blob') throw notFound();
    const data = await readBlob(ctx.dir, sha);
    return {
      status: 200,
      body: {
        sha,
        node_id: Buffer.from(`04:Blob${sha}`).toString('base64'),
        size: data.length,
        url: apiUrl(ctx, `/git/blobs/${sha}`),
        // GitHub wraps base64 at 60 characters.
        content: (data.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n',
        encoding: 'base64',
      },
    };
  },

  'git/create-tree': async (ctx, req) => {
    const sha = await buildTree(ctx, bodyOf<TreeInput>(req));
    return { status: 201, body: await treeResponse(ctx, sha, false) };
  },

  'git/get-tree': async (ctx, req) => {
    // GitHub accepts a tree or commit sha, a branch name, or `branch:folder` (Decap uses the latter).
    const tree = await resolveTree(ctx.dir, req.params.tree_sha ?? '');
    if (!tree) throw notFound();
    const recursive = req.query.recursive !== undefined && !['0', 'false'].includes(req.query.recursive);
    return { status: 200, body: await treeResponse(ctx, tree, recursive) };
  },

  'git/create-commit': async (ctx, req) => {
    const input = bodyOf<CommitInput>(req);
    if ((await objectType(ctx.dir, input.tree)) !== 'tree') throw unprocessable('Tree SHA does not exist');
    const parents = input.parents ?? [];
    for (const parent of parents) {
      if ((await objectType(ctx.dir, parent)) !== 'commit') throw unprocessable('Parent SHA does not exist or is not a commit object');
    }
    const fallback = defaultPerson(ctx, req.actor.login);
    const author: GitPerson = input.author
      ? { name: input.author.name, email: input.author.email, date: input.author.date ?? fallback.date }
      : fallback;
    const committer: GitPerson = {
      name: input.committer?.name ?? author.name,
      email: input.committer?.email ?? author.email,
      date: input.committer?.date ?? author.date,
    };
    const sha = await writeCommit(ctx.dir, { tree: input.tree, parents, message: input.message, author, committer });
    const commit = await readCommit(ctx.dir, sha);
    if (!commit) throw new HttpError(500, 'commit vanished');
    return { status: 201, body: gitCommit(ctx, commit), headers: { location: apiUrl(ctx, `/git/commits/${sha}`) } };
  },

  'git/get-commit': async (ctx, req) => {
    const commit = await readCommit(ctx.dir, req.params.commit_sha ?? '');
    if (!commit) throw notFound();
    return { status: 200, body: gitCommit(ctx, commit) };
  },

  'git/get-ref': async (ctx, req) => ({ status: 200, body: await refResponse(ctx, fullRef(req.params.ref)) }),

  'git/list-matching-refs': async (ctx, req) => {
    const prefix = fullRef(req.params.ref);
    const refs = (await listRefs(ctx.dir)).filter((r) => r.ref.startsWith(prefix));
    return { status: 200, body: refs.map((r) => gitRef(ctx, r.ref, r.sha, r.type)) };
  },

  'git/create-ref': async (ctx, req) => {
    const { ref, sha } = bodyOf<{ ref: string; sha: string }>(req);
    if (!ref.startsWith('refs/') || ref.split('/').length < 3) {
      throw unprocessable(`${ref} is not a valid ref name.`);
    }
    if (!(await objectType(ctx.dir, sha))) throw unprocessable('Object does not exist');
    if (!(await updateRef(ctx.dir, ref, sha, ZERO_SHA))) throw unprocessable('Reference already exists');
    await recordRefUpdate(ctx, req.actor.login, ref, undefined, sha);
    return {
      status: 201,
      body: await refResponse(ctx, ref),
      headers: { location: apiUrl(ctx, `/git/${ref}`) },
    };
  },

  'git/update-ref': async (ctx, req) => {
    const ref = fullRef(req.params.ref);
    const { sha, force = false } = bodyOf<{ sha: string; force?: boolean }>(req);
    const current = await resolveRef(ctx.dir, ref);
    if (!current) throw unprocessable('Reference does not exist');
    if (!(await objectType(ctx.dir, sha))) throw unprocessable('Object does not exist');
    const fastForward = await isAncestor(ctx.dir, current, sha);
    if (!force && !fastForward) throw unprocessable('Update is not a fast forward');
    checkDirectUpdate(ctx, ref, { deletion: false, fastForward });
    if (!(await updateRef(ctx.dir, ref, sha, current))) throw new HttpError(409, 'Reference cannot be updated');
    await recordRefUpdate(ctx, req.actor.login, ref, current, sha);
    return { status: 200, body: await refResponse(ctx, ref) };
  },

  'git/delete-ref': async (ctx, req) => {
    const ref = fullRef(req.params.ref);
    const current = await resolveRef(ctx.dir, ref);
    if (!current) throw unprocessable('Reference does not exist');
    checkDirectUpdate(ctx, ref, { deletion: true, fastForward: false });
    await deleteRef(ctx.dir, ref);
    await recordRefUpdate(ctx, req.actor.login, ref, current, undefined);
    return { status: 204 };
  },
};
