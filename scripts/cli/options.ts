import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * parseArgs for commands: strict (unknown options and stray positionals are errors,
 * which `main` prints with the command's usage). Both are parseArgs' defaults.
 */
export function parseOptions<T extends ParseArgsConfig>(config: T) {
  return parseArgs(config);
}
