// Other users' public profiles. Decap CMS looks up the author of a draft's pull request
// (`GET /users/{username}`) to show their name on the entry.

import { notFound, type Handler } from '../context.ts';
import { publicUser } from '../objects.ts';

export const usersHandlers: Record<string, Handler> = {
  'users/get-by-username': (ctx, req) => {
    const wanted = (req.params.username ?? '').toLowerCase();
    // The fake's users and the repository's owner exist; anyone else is 404, as on GitHub.
    const login = [...ctx.state.users.map((u) => u.login), ctx.state.owner].find((l) => l.toLowerCase() === wanted);
    if (!login) throw notFound();
    return { status: 200, body: publicUser(ctx, login) };
  },
};
