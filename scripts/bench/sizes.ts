// Parses `--sizes 1000,4000`; returns an error message for anything else.

export const DEFAULT_SIZES = [1000, 4000] as const;

export function parseSizes(text: string): number[] | string {
  const parts = text.split(',').map((p) => p.trim());
  const bad = parts.find((p) => !/^[1-9]\d*$/.test(p) || !Number.isSafeInteger(Number(p)));
  if (bad !== undefined) return `--sizes must be whole numbers ≥ 1 separated by commas, got "${bad || text}"`;
  return [...new Set(parts.map(Number))];
}
