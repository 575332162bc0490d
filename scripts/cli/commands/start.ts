import { binPath, toolEnv } from '../../lib/project.ts';
import { run } from '../../lib/run.ts';
import type { Command } from '../context.ts';
import { parseOptions } from '../main.ts';

export const startCommand: Command = {
  name: 'start',
  summary: 'Run the site locally on 127.0.0.1 with live reload',
  usage: `Usage: laman start [--port N]

Serves the site from content/ at http://127.0.0.1:4321/ and reloads it when content
changes. Search needs the index from \`laman build\`; use \`laman preview\` to serve a build.

Options:
  --port N   port to listen on (default: 4321)
`,
  async run(args, ctx) {
    const { values } = parseOptions({ args, options: { port: { type: 'string', default: '4321' } } });
    await run(process.execPath, [binPath('astro'), 'dev', '--host', '127.0.0.1', '--port', values.port], { cwd: ctx.cwd, env: toolEnv(ctx.env) });
    return 0;
  },
};
