// Small helpers on sorted spans and token ranges that several stages use.
import type { Token } from "../nlp.js";

/** The distinct items, in order (lists of a few speakers: a scan beats a Set). */
export function unique<T>(xs: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < xs.length; i++) if (!out.includes(xs[i]!)) out.push(xs[i]!);
  return out;
}

/** Index of the first span (sorted by position) that ends after `at`: binary search. */
export function firstEndingAfter(spans: readonly { end: number }[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens [a, b) that overlap the character range [start, end). */
export function tokenRange(tokens: Token[], start: number, end: number): [number, number] {
  const a = firstEndingAfter(tokens, start);
  let b = a;
  while (b < tokens.length && tokens[b]!.start < end) b++;
  return [a, b];
}
