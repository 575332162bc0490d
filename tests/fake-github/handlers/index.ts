// Every operation the fake implements, by GitHub operationId.

import type { Handler } from '../context.ts';
import { activityHandlers } from './activity.ts';
import { commitsHandlers } from './commits.ts';
import { contentsHandlers } from './contents.ts';
import { gitDataHandlers } from './git-data.ts';
import { issuesHandlers } from './issues.ts';
import { pullsHandlers } from './pulls.ts';
import { reposHandlers } from './repos.ts';
import { rulesetsHandlers } from './rulesets.ts';
import { statusesHandlers } from './statuses.ts';
import { usersHandlers } from './users.ts';

export const handlers: Record<string, Handler> = {
  ...reposHandlers,
  ...gitDataHandlers,
  ...contentsHandlers,
  ...pullsHandlers,
  ...issuesHandlers,
  ...statusesHandlers,
  ...rulesetsHandlers,
  ...activityHandlers,
  ...commitsHandlers,
  ...usersHandlers,
};
