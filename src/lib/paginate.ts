// Pagination for list pages: page 1 lives at the base URL, later pages at
// `<base>halaman/<n>/`, so a list never collides with an entry's own slug.

export interface Page<T> {
  items: T[];
  current: number;
  last: number;
  total: number;
  /** URLs of the neighbouring pages, when they exist. */
  prev?: string;
  next?: string;
  /** URL of every page, in order, for the numbered navigation. */
  urls: string[];
}

export function pageUrl(base: string, n: number): string {
  return n === 1 ? base : `${base}halaman/${n}/`;
}

/** The rest-parameter value for page n (`undefined` for page 1). */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : `halaman/${n}`;
}

export function paginate<T>(items: readonly T[], perPage: number, base: string): Page<T>[] {
  if (!base.endsWith('/')) throw new Error(`base "${base}" harus diakhiri "/"`);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const urls = Array.from({ length: last }, (_, i) => pageUrl(base, i + 1));
  return urls.map((_, i) => {
    const current = i + 1;
    return {
      items: items.slice(i * perPage, current * perPage),
      current,
      last,
      total: items.length,
      prev: current > 1 ? urls[i - 1] : undefined,
      next: current < last ? urls[i + 1] : undefined,
      urls,
    };
  });
}

/** Static paths for a paginated list: `{ params: { page }, props: { page } }`. */
export function paginatedPaths<T, P extends Record<string, string | undefined>>(
  items: readonly T[],
  perPage: number,
  base: string,
  params: P = {} as P,
) {
  return paginate(items, perPage, base).map((page) => ({
    params: { ...params, page: pageParam(page.current) },
    props: { page },
  }));
}
