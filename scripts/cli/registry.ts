// Every `laman` command, in the order `laman help` lists them.
import type { Command } from './context.ts';
import { buildCommand } from './commands/build.ts';
import { sampleAssetsCommand } from './commands/sample-assets.ts';
import { startCommand } from './commands/start.ts';
import { validateCommand } from './commands/validate.ts';

export const COMMANDS: readonly Command[] = [startCommand, buildCommand, validateCommand, sampleAssetsCommand];
