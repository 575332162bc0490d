// The commits of a branch, optionally only those that touch a path. Decap CMS asks for each
// entry's newest commit this way (`GET /commits?path=…&sha=main`) to show who changed it last.

import { HttpError, type FakeContext, type Handler } from '../context.ts';
import { commitsTouching, readCommit, resolveCommitish, type GitCommitObject, type GitPerson } from '../git.ts';
import { repoCommit, simpleUser } from '../objects.ts';
import { paginate } from '../paginate.ts';

/** The fake's user behind a commit person: commits made through the API carry `<login>@users.noreply…`. */
function accountOf(ctx: FakeContext, person: GitPerson): string | undefined {
  const email = person.email.toLowerCase();
  return ctx.state.users.find((u) => `${u.login}@users.noreply.fake-github.test`.toLowerCase() === email)?.login;
}

/** GitHub's `author`/`committer` filter: a login or an email address. */
function matchesPerson(ctx: FakeContext, person: GitPerson, wanted: string | undefined): boolean {
  if (wanted === undefined) return true;
  const w = wanted.toLowerCase();
  return person.email.toLowerCase() === w || accountOf(ctx, person)?.toLowerCase() === w;
}

export const commitsHandlers: Record<string, Handler> = {
  'repos/list-commits': async (ctx, req) => {
    const start = req.query.sha ?? ctx.state.defaultBranch;
    const head = await resolveCommitish(ctx.dir, start);
    if (!head) throw new HttpError(404, `No commit found for SHA: ${start}`);
    const path = req.query.path?.replace(/^\/+|\/+$/g, '') || undefined;
    const commits: GitCommitObject[] = [];
    for (const sha of await commitsTouching(ctx.dir, head, { path, since: req.query.since, until: req.query.until })) {
      const commit = await readCommit(ctx.dir, sha);
      if (commit && matchesPerson(ctx, commit.author, req.query.author) && matchesPerson(ctx, commit.committer, req.query.committer)) {
        commits.push(commit);
      }
    }
    const page = paginate(req, commits);
    return {
      ...page,
      body: page.body.map((c) => {
        // The GitHub accounts behind the commit when the fake knows them; null otherwise, as on GitHub.
        const author = accountOf(ctx, c.author);
        const committer = accountOf(ctx, c.committer);
        return {
          ...repoCommit(ctx, c),
          author: author ? simpleUser(ctx, author) : null,
          committer: committer ? simpleUser(ctx, committer) : null,
        };
      }),
    };
  },
};
