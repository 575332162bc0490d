import { afterEach, describe, expect, it } from 'vitest';
import { send, startServer, type TestServer } from '../../../tests/monitor/helpers/http-server.ts';
import { parseMonitorConfig, resolveMonitorConfig } from '../config.ts';
import { availabilityCheck } from './availability.ts';
import { freePort } from '../../../tests/helpers/nginx.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function context(urls: string[], extra: Record<string, unknown> = {}) {
  const config = resolveMonitorConfig(parseMonitorConfig(JSON.stringify({ urls, ...extra })), urls[0]!);
  const sleeps: number[] = [];
  return {
    sleeps,
    ctx: { config, root: '.', now: () => new Date('2026-11-23T01:00:00Z'), fetch, sleep: async (ms: number) => void sleeps.push(ms), log: () => {} },
  };
}

describe('availability', () => {
  it('is ok with the response time when the URL answers', async () => {
    server = await startServer((_req, res) => send(res, 200, '<h1>Beranda</h1>'));
    const { ctx, sleeps } = context([server.url]);
    const [finding] = await availabilityCheck.run(ctx);
    expect(finding).toMatchObject({ check: 'availability', subject: server.url, status: 'ok' });
    expect(finding!.responseMs).toBeGreaterThanOrEqual(0);
    expect(finding!.summary).toMatch(/dapat diakses: HTTP 200/);
    expect(sleeps).toEqual([]);
  });

  it('fails only when every attempt fails, waiting retry_delay_ms between attempts, with each attempt as evidence', async () => {
    server = await startServer((_req, res) => send(res, 503, 'pemeliharaan'));
    const { ctx, sleeps } = context([server.url], { attempts: 3, retry_delay_ms: 5000 });
    const [finding] = await availabilityCheck.run(ctx);
    expect(finding).toMatchObject({ status: 'fail', summary: `${server.url} tidak dapat diakses: HTTP 503 (3 kali dicoba)` });
    expect(finding!.evidence).toHaveLength(3);
    expect(finding!.evidence[2]).toMatch(/^percobaan 3: HTTP 503 \(\d+ ms\)$/);
    expect(sleeps).toEqual([5000, 5000]);
    expect(server.requests).toHaveLength(3);
  });

  it('a single blip is no incident: ok after a failed first attempt', async () => {
    let n = 0;
    server = await startServer((_req, res) => (++n === 1 ? send(res, 502, 'Bad Gateway') : send(res, 200, 'ok')));
    const { ctx } = context([server.url]);
    const [finding] = await availabilityCheck.run(ctx);
    expect(finding).toMatchObject({ status: 'ok' });
    expect(finding!.summary).toMatch(/setelah 2 percobaan/);
    expect(finding!.evidence[0]).toMatch(/^percobaan 1: HTTP 502/);
  });

  it('warns when slower than slow_ms', async () => {
    server = await startServer((_req, res) => setTimeout(() => send(res, 200, 'ok'), 150));
    const { ctx } = context([server.url], { slow_ms: 50 });
    const [finding] = await availabilityCheck.run(ctx);
    expect(finding).toMatchObject({ status: 'warn' });
    expect(finding!.summary).toMatch(/lambat: \d+ ms \(batas 50 ms\)/);
    expect(finding!.responseMs).toBeGreaterThanOrEqual(150);
  });

  it('fails on a refused connection and on a timeout, naming the cause', async () => {
    const refused = `http://127.0.0.1:${await freePort()}/`;
    server = await startServer(() => {}); // never answers
    const { ctx } = context([refused, server.url], { attempts: 2, retry_delay_ms: 0, timeout_ms: 300 });
    const [down, hung] = await availabilityCheck.run(ctx);
    expect(down).toMatchObject({ subject: refused, status: 'fail' });
    expect(down!.summary).toContain('koneksi ditolak');
    expect(down!.evidence).toHaveLength(2);
    expect(hung).toMatchObject({ subject: server.url, status: 'fail' });
    expect(hung!.summary).toContain('waktu habis setelah 300 ms');
  });
});
