// Listening and stopping, for `laman cms-login`. The handler itself is in handler.ts.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LoginConfig } from './config.ts';
import { createLoginHandler, type LoginDeps, type RequestLog } from './handler.ts';

export interface RunningLogin {
  /** e.g. http://127.0.0.1:8787 */
  url: string;
  close(): Promise<void>;
}

export function listenLogin(config: LoginConfig, deps: LoginDeps): Promise<RunningLogin> {
  const server = createServer(createLoginHandler(config, deps));
  // A popup request is quick; do not let a slow client hold a socket.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      const { address, port } = server.address() as AddressInfo;
      const host = address.includes(':') ? `[${address}]` : address;
      resolve({
        url: `http://${host}:${port}`,
        // Stop taking requests, let a login in progress finish its exchange with GitHub
        // (at most exchangeTimeoutMs), then drop whatever is left.
        close: () =>
          new Promise<void>((done, fail) => {
            const force = setTimeout(() => server.closeAllConnections(), config.exchangeTimeoutMs + 1_000);
            server.close((error) => {
              clearTimeout(force);
              if (error) fail(error);
              else done();
            });
            server.closeIdleConnections();
          }),
      });
    });
  });
}

/** `2025-06-01T08:00:00.000Z GET /cms-login/callback 200 success 412ms` */
export function formatLogLine(entry: RequestLog): string {
  const error = entry.error ? ` (${entry.error})` : '';
  return `${entry.time.toISOString()} ${entry.method} ${entry.path} ${entry.status} ${entry.outcome} ${entry.durationMs}ms${error}\n`;
}
