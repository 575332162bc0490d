/**
 * The moment the site is built, which decides which pengumuman are active and which
 * information is out of date. `LAMAN_NOW` (ISO date) pins it for reproducible builds and tests.
 */
export function buildTime(env: Record<string, string | undefined>, clock: () => Date = () => new Date()): Date {
  const pinned = env.LAMAN_NOW;
  if (!pinned) return clock();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime())) throw new Error(`LAMAN_NOW="${pinned}" bukan tanggal yang valid (contoh: 2026-11-21)`);
  return date;
}
