// Every `laman` command, in the order `laman help` lists them.
import type { Command } from './context.ts';
import { benchBuildCommand } from './commands/bench-build.ts';
import { benchCheckCommand } from './commands/bench-check.ts';
import { buildCommand } from './commands/build.ts';
import { checkCommand } from './commands/check.ts';
import { cmsLoginCommand } from './commands/cms-login.ts';
import { fixtureCommand } from './commands/fixture.ts';
import { sampleAssetsCommand } from './commands/sample-assets.ts';
import { startCommand } from './commands/start.ts';
import { validateCommand } from './commands/validate.ts';

export const COMMANDS: readonly Command[] = [startCommand, buildCommand, validateCommand, checkCommand, cmsLoginCommand, fixtureCommand, sampleAssetsCommand, benchBuildCommand, benchCheckCommand];
