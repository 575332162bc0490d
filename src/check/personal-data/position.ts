// Offsets to 1-based line and column; a line ends at `\n` (so `\r\n` works too).

export interface Position {
  line: number;
  column: number;
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Returns a function that locates offsets in `text`, scanning the text only once. */
export function createLocator(text: string): (offset: number) => Position {
  const starts = lineStarts(text);
  return (offset) => {
    // Binary search for the last line start ≤ offset.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}
