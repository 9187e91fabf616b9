// Stage 3, cues and drafts: each sentence's claim drafts. attribution/cues.ts finds the cues,
// attribution/drafts.ts the constructions of attribution/patterns.ts around them. A sentence's
// drafts depend on its own words and names only, never on what other sentences resolved.
import { mayHaveCues } from "../attribution/cues.js";
import { draftsOf, type Draft } from "../attribution/drafts.js";
import type { Quote } from "../text/structure.js";
import { SentenceMentions, type DocumentNames } from "./names.js";
import type { DocumentText } from "./read.js";
import { firstEndingAfter } from "./spans.js";

/** Per sentence, its drafts in text order (none for boilerplate or a sentence without a cue). */
export function draftSentences(doc: DocumentText, names: DocumentNames): Draft[][] {
  const { text, tokens, sentences, quotes } = doc;
  const out: Draft[][] = [];
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si]!;
    const from = names.bodyFrom[si]!;
    if (sentence.boilerplate || from >= sentence.t1 || !mayHaveCues(tokens, from, sentence.t1)) {
      out.push([]);
      continue;
    }
    out.push(
      draftsOf({
        tokens,
        from,
        to: sentence.t1,
        mentionEndingAt: new SentenceMentions(names.endingAt, from, sentence.t1),
        mentionStartingAt: new SentenceMentions(names.startingAt, from, sentence.t1),
        text,
        sentence,
        quotes: quotesNear(quotes, tokens[from]!.start - 1, tokens[sentence.t1 - 1]!.end + 1),
      }),
    );
  }
  return out;
}

/**
 * The quotations that overlap [from, to): what a sentence's drafts look at. Quotes are in text
 * order and never overlap, so both their starts and ends are sorted: a binary search finds the
 * first (firstEndingAfter), and a sentence never scans the document's other quotes.
 */
function quotesNear(quotes: readonly Quote[], from: number, to: number): Quote[] {
  const out: Quote[] = [];
  for (let i = firstEndingAfter(quotes, from); i < quotes.length && quotes[i]!.start < to; i++) out.push(quotes[i]!);
  return out;
}
