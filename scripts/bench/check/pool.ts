// How many files the benchmark handles at once, in every run: `laman check`'s default.
export const CONCURRENCY = 4;
