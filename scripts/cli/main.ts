import { COMMANDS, type CommandEntry } from './registry.ts';
import { UsageError, UserError, type Context } from './context.ts';
import { CommandFailed } from '../lib/run.ts';

export function helpText(commands: readonly Pick<CommandEntry, 'name' | 'summary'>[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'laman — court website tooling (content, build, tests, benchmarks)',
    '',
    'Usage: laman <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `laman help <command>` for the options of one command.',
    '',
  ].join('\n');
}

/** Finds the longest command name that prefixes the arguments ("bench build" before "bench"). */
export function findCommand<T extends Pick<CommandEntry, 'name'>>(commands: readonly T[], argv: readonly string[]): { command: T; rest: string[] } | undefined {
  const sorted = [...commands].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const command of sorted) {
    const words = command.name.split(' ');
    if (words.every((w, i) => argv[i] === w)) return { command, rest: argv.slice(words.length) };
  }
  return undefined;
}

export async function main(argv: string[], ctx: Context, commands: readonly CommandEntry[] = COMMANDS): Promise<number> {
  const first = argv[0];
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    const topic = argv.slice(1);
    const found = topic.length ? findCommand(commands, topic) : undefined;
    ctx.stdout.write(found ? (await found.command.load()).usage.trimEnd() + '\n' : helpText(commands));
    return topic.length && !found ? 2 : 0;
  }
  const found = findCommand(commands, argv);
  if (!found) {
    ctx.stderr.write(`laman: unknown command "${argv.join(' ')}"\n\n${helpText(commands)}`);
    return 2;
  }
  const { rest } = found;
  const command = await found.command.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    ctx.stdout.write(command.usage.trimEnd() + '\n');
    return 0;
  }
  try {
    return await command.run(rest, ctx);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      ctx.stderr.write(`laman ${command.name}: ${(error as Error).message}\n\n${command.usage.trimEnd()}\n`);
      return 2;
    }
    if (error instanceof UserError || error instanceof CommandFailed) {
      ctx.stderr.write(`laman ${command.name}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
