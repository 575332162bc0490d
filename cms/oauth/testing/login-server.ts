// Starts the real login handler on 127.0.0.1:0 for a test, with the real clock and
// randomness, and keeps its log entries.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULTS, type LoginConfig } from '../config.ts';
import { createLoginHandler, type RequestLog } from '../handler.ts';

export const CLIENT = { clientId: 'Ov23liUjiPnContoh', clientSecret: 'rahasia-uji-0123456789abcdef' };

export interface TestLogin {
  url: string;
  config: LoginConfig;
  logs: RequestLog[];
  close(): Promise<void>;
}

export interface TestLoginOptions {
  githubUrl: string;
  allowedOrigins: string[];
  /** Path of the callback; the other routes sit beside it (default /callback). */
  callbackPath?: string;
  /** Where browsers reach the handler, when a proxy sits in front (default: the handler itself). */
  publicUrl?: string;
  exchangeTimeoutMs?: number;
}

export async function startLogin(options: TestLoginOptions): Promise<TestLogin> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config: LoginConfig = {
    ...CLIENT,
    allowedOrigins: options.allowedOrigins,
    redirectUrl: `${options.publicUrl ?? url}${options.callbackPath ?? '/callback'}`,
    githubUrl: options.githubUrl,
    allowedScopes: [...DEFAULTS.allowedScopes],
    host: '127.0.0.1',
    port: 0,
    exchangeTimeoutMs: options.exchangeTimeoutMs ?? 2_000,
  };
  const logs: RequestLog[] = [];
  server.on('request', createLoginHandler(config, { fetch: globalThis.fetch, randomBytes, now: () => new Date(), log: (e) => logs.push(e) }));
  return {
    url,
    config,
    logs,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
