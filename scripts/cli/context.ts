// What every command receives: the world passed in, never read from globals.
import type { Writable } from 'node:stream';

export interface Context {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  now: () => Date;
}

export interface Command {
  /** The word after `laman`, e.g. "validate" or "bench build". */
  name: string;
  summary: string;
  /** Full usage text, shown by `laman help NAME` and on a usage error. */
  usage: string;
  run(args: string[], ctx: Context): Promise<number>;
}

/** A mistake in how the command was called: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A failure the user can act on: printed as is, without a stack, exit code 1. */
export class UserError extends Error {
  override name = 'UserError';
}
