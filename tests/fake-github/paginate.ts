// GitHub's page-based pagination: `per_page` (default 30, at most 100) and `page` (from 1),
// with a Link header carrying first/prev/next/last like api.github.com.

import type { FakeRequest, Reply } from './context.ts';

export function paginate<T>(req: FakeRequest, items: readonly T[], status = 200): Reply & { body: T[] } {
  const perPage = Math.min(Math.max(Number(req.query.per_page ?? 30) || 30, 1), 100);
  const page = Math.max(Number(req.query.page ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const body = items.slice((page - 1) * perPage, page * perPage);
  const link = (n: number, rel: string): string => {
    const url = new URL(req.url);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(n));
    return `<${url.href}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'));
  if (page < last) links.push(link(page + 1, 'next'));
  if (last > 1) links.push(link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return { status, body, headers: links.length > 0 ? { link: links.join(', ') } : {} };
}
