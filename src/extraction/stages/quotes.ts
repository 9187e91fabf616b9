// Stage 5, quotations: a quotation with no attribution of its own belongs to the speaker quoted
// just before; a direct quote continues that claim (its evidence grows), after reported speech it
// is a new claim.
import { decideStance, type StanceFacts } from "../attribution/stance.js";
import type { DocumentText } from "./read.js";
import type { Pending } from "./resolving.js";
import { hasWords } from "../text/words.js";

/** The claims with the document's unattributed quotations attached: new objects, in text order. */
export function attachUnattributedQuotes(doc: DocumentText, claims: readonly Pending[]): Pending[] {
  const { text, sentences, quotes, paragraphs } = doc;
  // Paragraphs are lines: "\n\n" between two paragraphs leaves an empty one, which separates nothing.
  const adjacent = (a: number, b: number) => {
    if (b - a > 12) return false;
    for (let p = a + 1; p < b; p++) if (text.slice(paragraphs[p]!.start, paragraphs[p]!.end).trim()) return false;
    return true;
  };
  // Copies: a continued claim's evidence grows here, and the claims passed in stay as they were.
  const pending: Pending[] = [];
  for (let i = 0; i < claims.length; i++) pending.push({ ...claims[i]! });
  // One pass over the quotes in text order, with three cursors, so that a long document with
  // thousands of quotes and claims stays linear (a scan of every claim per quote did not):
  // - claims by where their evidence starts: the largest end among those that start before the
  //   quote ends says whether one overlaps it (ends only grow: an extended claim raises it);
  // - claims by where their evidence ends, entering `before` once the quotes pass that end: the
  //   claim right before a quote is the last to enter (the first of a tie, in claim order);
  // - sentences, whose starts and ends grow with the quotes.
  const byStart: number[] = [];
  for (let i = 0; i < pending.length; i++) byStart.push(i);
  byStart.sort((x, y) => pending[x]!.evStart - pending[y]!.evStart || x - y);
  const waiting = new EndHeap(pending);
  for (let i = 0; i < pending.length; i++) waiting.push(i);
  const before: number[] = [];
  let startCursor = 0;
  let overlapEnd = -1;
  let si = 0;
  let li = 0;
  for (const q of quotes) {
    while (startCursor < byStart.length && pending[byStart[startCursor]!]!.evStart < q.end)
      overlapEnd = Math.max(overlapEnd, pending[byStart[startCursor++]!]!.evEnd);
    if (overlapEnd > q.start) continue;
    while (si < sentences.length && sentences[si]!.end <= q.start) si++;
    const s = si < sentences.length && sentences[si]!.start <= q.start ? sentences[si] : undefined;
    if (!s || s.boilerplate) continue;
    // Only quotations that open the sentence: a scare quote inside narration is not speech.
    if (text.slice(s.bodyStart, q.start).trim()) continue;
    if (!hasWords(text, q.innerStart, q.innerEnd, 4)) continue;
    while (waiting.size && pending[waiting.peek()]!.evEnd <= q.start) before.push(waiting.pop());
    let b = before.length - 1;
    while (b > 0 && pending[before[b - 1]!]!.evEnd === pending[before[before.length - 1]!]!.evEnd) b--;
    const prev = b >= 0 ? pending[before[b]!] : undefined;
    if (!prev || !adjacent(prev.sentence.paragraph, s.paragraph)) continue;
    while (li < sentences.length && sentences[li]!.end < q.end) li++;
    const last = li < sentences.length && sentences[li]!.start < q.end ? sentences[li]! : s;
    // ("“... did not meet the committee's approval,” read a memo from Hollywood Teamsters": words
    // after the quotation in its sentence are an attribution of its own, read or not.)
    if (/[\p{L}\d]/u.test(text.slice(q.end, Math.max(q.end, last.end)))) continue;
    const between = text.slice(prev.evEnd, q.start);
    // ("Cruz called them on it:" and the quotation in the next paragraph: what the colon announced.)
    const announced = /^\s*:\s*$/.test(between);
    if ((prev.quote || announced) && !/[.!?]\s*\S+.*[.!?]/.test(between.trim()) && between.replace(/\n\s*\n/g, "\n").split(/\n/).length <= 2) {
      // (The claim's content is the quotation its colon announced, for its targets.)
      if (announced && !prev.quote) [prev.contentStart, prev.contentEnd, prev.quote] = [q.innerStart, q.innerEnd, q];
      if (last.end > prev.evEnd) {
        // Its evidence now reaches past this quote: it waits again to come before a later one.
        prev.evEnd = last.end;
        overlapEnd = Math.max(overlapEnd, last.end);
        waiting.push(before.splice(b, 1)[0]!);
      }
      continue;
    }
    // A question is no position of the speaker before it: "“Have you decided which bills those
    // are going to be yet?” host Chuck Todd asked", after Yellen spoke.
    if (/\?\s*$/.test(text.slice(q.innerStart, q.innerEnd))) continue;
    // A quotation with no cue of its own states, unless it draws a red line.
    const facts: StanceFacts = {
      cue: "states",
      content: { text: text.slice(q.innerStart, q.innerEnd), lemma: "", reporting: true, subjunctive: false, quoteOnly: true },
    };
    const decision = decideStance(facts);
    pending.push({
      ...prev,
      stance: decision.stance,
      facts,
      rules: decision.rules,
      addressee: null,
      contentStart: q.innerStart,
      contentEnd: q.innerEnd,
      evStart: s.bodyStart,
      evEnd: last.end,
      quote: q,
      cue: "",
      draft: null,
      sentence: s,
    });
    overlapEnd = Math.max(overlapEnd, last.end);
    waiting.push(pending.length - 1);
  }
  pending.sort((a, b) => a.evStart - b.evStart);
  return pending;
}

/** Indexes of claims, smallest evidence end first (then claim order): a binary heap. */
class EndHeap {
  private readonly items: number[] = [];
  constructor(private readonly pending: readonly Pending[]) {}
  get size(): number {
    return this.items.length;
  }
  peek(): number {
    return this.items[0]!;
  }
  private less(a: number, b: number): boolean {
    const d = this.pending[a]!.evEnd - this.pending[b]!.evEnd;
    return d < 0 || (d === 0 && a < b);
  }
  push(x: number): void {
    const h = this.items;
    let i = h.push(x) - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!this.less(h[i]!, h[up]!)) break;
      [h[i], h[up]] = [h[up]!, h[i]!];
      i = up;
    }
  }
  pop(): number {
    const h = this.items;
    const top = h[0]!;
    const end = h.pop()!;
    if (h.length) {
      h[0] = end;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}
