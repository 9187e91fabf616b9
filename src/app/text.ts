// Text helpers shared by search and the panels.
import { foldName } from "../extraction/text/names.js";

/** Lowercase without accents or punctuation: "Zelenskyy’s" and "ZELENSKYY" compare equal (the graph's own folding). */
export const fold = foldName;

export interface SentenceSpan {
  /** Text before the claim span, inside the same sentence. */
  before: string;
  /** The claim span itself. */
  span: string;
  after: string;
}

/**
 * The sentence around a character range of a document, split around the range so the span can be
 * highlighted. Sentences end at . ! ? or a line break (articles put paragraphs and headlines on lines of their own); a bound keeps runaway "sentences" readable.
 */
export function sentenceAround(text: string, start: number, end: number, maxContext = 280): SentenceSpan {
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  let from = start;
  while (from > 0 && start - from < maxContext) {
    const prev = text[from - 1]!;
    if (prev === "\n") break;
    if (/[.!?]/.test(text[from - 2] ?? "") && /\s/.test(prev)) break;
    from--;
  }
  let to = end;
  while (to < text.length && to - end < maxContext) {
    const ch = text[to]!;
    if (ch === "\n") break;
    to++;
    if (/[.!?]/.test(ch) && (to === text.length || /[\s"”’]/.test(text[to]!))) {
      while (to < text.length && /["”’]/.test(text[to]!)) to++;
      break;
    }
  }
  const clean = (s: string) => s.replace(/\s+/g, " ");
  return {
    before: clean(text.slice(from, start)).replace(/^\s+/, ""),
    span: clean(text.slice(start, end)),
    after: clean(text.slice(end, to)).replace(/\s+$/, ""),
  };
}
