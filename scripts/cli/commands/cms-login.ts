import { randomBytes } from 'node:crypto';
import { LoginConfigError, parseLoginConfig, type LoginConfig } from '../../../cms/oauth/config.ts';
import { formatLogLine, listenLogin } from '../../../cms/oauth/server.ts';
import { UserError, type Command } from '../context.ts';
import { parseOptions } from '../options.ts';

export const cmsLoginCommand: Command = {
  name: 'cms-login',
  summary: 'Serve the GitHub login for the CMS (Decap backend.base_url), behind nginx',
  usage: `Usage: laman cms-login

Serves the GitHub OAuth login that Decap CMS opens in a popup, on
LAMAN_OAUTH_HOST:LAMAN_OAUTH_PORT (default 127.0.0.1:8787), for nginx to proxy
(deploy/nginx/laman-cms-login.conf). Logs one line per request, without query strings
or tokens. Stops on SIGINT or SIGTERM. Setup: docs/cms-login.md.

Environment:
  LAMAN_OAUTH_CLIENT_ID      Client ID of the GitHub OAuth App (required)
  LAMAN_OAUTH_CLIENT_SECRET  its client secret (required)
  LAMAN_OAUTH_ORIGINS        CMS origins, comma-separated, e.g. https://pn-contoh.go.id (required)
  LAMAN_OAUTH_REDIRECT_URL   public URL of the callback, as registered in the OAuth App,
                             e.g. https://pn-contoh.go.id/cms-login/callback (required)
  LAMAN_GITHUB_URL           GitHub or GitHub Enterprise (default: https://github.com)
  LAMAN_OAUTH_SCOPES         scopes Decap may ask for (default: repo,public_repo)
  LAMAN_OAUTH_HOST           address to listen on (default: 127.0.0.1)
  LAMAN_OAUTH_PORT           port to listen on (default: 8787)
`,
  async run(args, ctx) {
    parseOptions({ args, options: {} });
    const config = loadConfig(ctx.env);
    const login = await listenLogin(config, {
      fetch: globalThis.fetch,
      randomBytes,
      now: ctx.now,
      log: (entry) => ctx.stdout.write(formatLogLine(entry)),
    }).catch((error: unknown) => {
      const code = (error as { code?: unknown }).code;
      if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
        throw new UserError(`cannot listen on ${config.host}:${config.port} (${code}); set LAMAN_OAUTH_HOST / LAMAN_OAUTH_PORT`);
      }
      throw error;
    });
    ctx.stdout.write(`laman cms-login: listening on ${login.url}; callback ${config.redirectUrl}; CMS origins ${config.allowedOrigins.join(', ')}\n`);
    const signal = await stopSignal();
    await login.close();
    ctx.stdout.write(`laman cms-login: stopped (${signal})\n`);
    return 0;
  },
};

function loadConfig(env: Record<string, string | undefined>): LoginConfig {
  try {
    return parseLoginConfig(env);
  } catch (error) {
    if (error instanceof LoginConfigError) throw new UserError(`${error.message}\nSee docs/cms-login.md.`);
    throw error;
  }
}

function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
