// Availability and response time of each configured URL. A URL fails only when every one of
// `attempts` tries fails (network error, timeout, HTTP >= 400), `retry_delay_ms` apart, so a
// single blip is no incident. Subject: the URL.
import pMap from 'p-map';
import type { Finding } from '../../records/types.ts';
import type { MonitorConfig } from '../config.ts';
import type { Check, CheckContext } from './context.ts';
import { httpGet, type HttpResult } from './http.ts';

export const availabilityCheck: Check = {
  kind: 'availability',
  subjects: ({ config }) => config.urls,
  // A few at a time: a court's small server should not see the monitor as a flood.
  run: (ctx) => pMap(ctx.config.urls, (url) => checkUrl(ctx, url), { concurrency: CONCURRENCY }),
};

const CONCURRENCY = 16;

export async function checkUrl(ctx: Pick<CheckContext, 'config' | 'fetch' | 'sleep'>, url: string): Promise<Finding> {
  const { attempts, retry_delay_ms: delay, timeout_ms: timeout } = ctx.config;
  const tries: HttpResult[] = [];
  for (let i = 0; i < attempts; i++) {
    if (i > 0) await ctx.sleep(delay);
    const result = await httpGet(ctx.fetch, url, timeout);
    tries.push(result);
    if (answered(result)) break;
  }
  return judge(url, tries, ctx.config);
}

function answered(r: HttpResult): boolean {
  return r.status !== undefined && r.status < 400;
}

export function attemptLine(r: HttpResult, index: number): string {
  return `percobaan ${index + 1}: ${r.status !== undefined ? `HTTP ${r.status}` : r.error} (${r.ms} ms)`;
}

/** The finding for one URL from its attempts (pure). */
export function judge(url: string, tries: readonly HttpResult[], config: Pick<MonitorConfig, 'slow_ms'>): Finding {
  const last = tries[tries.length - 1]!;
  const evidence = tries.map(attemptLine);
  if (!answered(last)) {
    const reason = last.status !== undefined ? `HTTP ${last.status}` : last.error;
    return { check: 'availability', subject: url, status: 'fail', summary: `${url} tidak dapat diakses: ${reason} (${tries.length} kali dicoba)`, evidence };
  }
  const retried = tries.length > 1 ? ` setelah ${tries.length} percobaan` : '';
  if (last.ms > config.slow_ms) {
    return {
      check: 'availability',
      subject: url,
      status: 'warn',
      summary: `${url} lambat: ${last.ms} ms (batas ${config.slow_ms} ms)${retried}`,
      evidence,
      responseMs: last.ms,
    };
  }
  return { check: 'availability', subject: url, status: 'ok', summary: `${url} dapat diakses: HTTP ${last.status}, ${last.ms} ms${retried}`, evidence, responseMs: last.ms };
}
