// Stage 7, claims: each pending claim as the Claim the graph takes (types.ts): keys, a summary,
// the quote, the evidence (with its repeats in the page's furniture) and how it was read.
import type { Paragraph } from "../text/structure.js";
import type { Claim, Evidence, SourceDocument } from "../types.js";
import type { DocumentText } from "./read.js";
import type { Pending } from "./resolving.js";

export function assembleClaims(document: SourceDocument, doc: DocumentText, pending: readonly Pending[], targetKeys: readonly string[][]): Claim[] {
  const { text } = doc;
  const claims: Claim[] = [];
  const repeats = new RepeatedEvidence(text, doc.paragraphs);
  for (let i = 0; i < pending.length; i++) {
    const p = pending[i]!;
    const evText = text.slice(p.evStart, p.evEnd);
    claims.push({
      id: `${document.id}#c${claims.length + 1}`,
      speaker: p.speaker.key,
      stance: p.stance,
      targets: targetKeys[i]!,
      addressee: p.addressee?.key ?? null,
      summary: summarize(text, p),
      quote: p.quote ? cleanQuote(text.slice(p.quote.innerStart, p.quote.innerEnd)) : null,
      evidence: [{ doc: document.id, start: p.evStart, end: p.evEnd, text: evText }, ...repeats.of(document.id, p.evStart, evText)],
      cue: p.cue,
      why: { pattern: p.draft?.mode ?? "quote", stance: p.rules },
    });
  }
  return claims;
}

/**
 * Where a claim's evidence is repeated in page furniture: a teaser or standfirst that repeats the
 * lead ("Kyiv rejects the plan" over "Kyiv rejected the plan on Monday, officials said."). Only
 * boilerplate paragraphs of 40 characters or more can hold one, and only those of the first
 * REPEAT_WINDOW characters of such paragraphs are searched: teasers sit at the top of a page, and
 * a bound keeps the search linear in the document (a claim searches at most the window).
 */
class RepeatedEvidence {
  private readonly spans: { start: number; text: string }[] = [];
  private longest = 0;

  constructor(text: string, paragraphs: readonly Paragraph[]) {
    let budget = REPEAT_WINDOW;
    for (let i = 0; i < paragraphs.length && budget > 0; i++) {
      const p = paragraphs[i]!;
      if (!p.boilerplate || p.end - p.start < MIN_REPEAT) continue;
      this.spans.push({ start: p.start, text: text.slice(p.start, p.end) });
      this.longest = Math.max(this.longest, p.end - p.start);
      budget -= p.end - p.start;
    }
  }

  /** The other places of `evText` (at `start`) in boilerplate paragraphs. */
  of(doc: string, start: number, evText: string): Evidence[] {
    if (evText.length < MIN_REPEAT || evText.length > this.longest) return [];
    const out: Evidence[] = [];
    for (const span of this.spans) {
      if (span.text.length < evText.length) continue;
      for (let at = span.text.indexOf(evText); at >= 0; at = span.text.indexOf(evText, at + 1)) {
        if (span.start + at !== start) out.push({ doc, start: span.start + at, end: span.start + at + evText.length, text: evText });
      }
    }
    return out;
  }
}

const MIN_REPEAT = 40;
const REPEAT_WINDOW = 20_000;

/** The quoted words: no continuation marks or line breaks, no trailing comma. */
function cleanQuote(q: string): string {
  return q
    .replace(/\s*\n\s*[“"«„‘']?/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[,;:]$/, "");
}

const NEEDS_CLEANING = /[“”"«»„]|\s\s|[^\S ]/;

/** A short paraphrase: the content, without quotation marks, cut at a word boundary. */
function summarize(text: string, p: Pending): string {
  // The summary keeps at most 140 characters: clean only what can be kept.
  let s = text.slice(p.contentStart, Math.min(p.contentEnd, p.contentStart + 240));
  // Most contents have neither quotation marks nor runs of spaces: one test instead of two copies.
  if (NEEDS_CLEANING.test(s)) s = s.replace(/[“”"«»„]/g, "").replace(/\s+/g, " ");
  s = s.trim();
  // ("'Union members are voting ...,' Steve Murphy said": single marks of a quotation, not apostrophes.)
  if (s[0] === "'" || s[0] === "‘") s = s.slice(1);
  s = s.replace(/^(?:that|to|:)\s+/i, "").replace(/[.,;:!?]+$/, "");
  // "on full Russian control" reads as a position with its verb: "insisted on full Russian control".
  const verb = p.cue.split(/\s+/).pop() ?? "";
  if (/^(?:on|for|against|upon|in favou?r of)\s/i.test(s) && verb && !s.startsWith(verb)) s = `${verb} ${s}`;
  if (!s) s = text.slice(p.evStart, p.evEnd).replace(/\s+/g, " ").trim();
  if (s.length > 140) {
    const cut = s.lastIndexOf(" ", 137);
    s = `${s.slice(0, cut > 60 ? cut : 137)}…`;
  }
  return s;
}
