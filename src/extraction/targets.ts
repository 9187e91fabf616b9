// What a claim is about among the noun phrases of its content: the issues of the document.
// - A generic head ("the talks", "the offer", "the deal") stands for the specific one the
//   document named before ("the Geneva talks", "the 4.5% wage offer") when it named one.
// - A bare noun named once, unless it is the object of the cue, is scene, not an issue.
// - The object of the cue and the phrases the article comes back to rank first.
// The entities a claim is about are chosen in pipeline.ts (isTarget).
import { GENERIC_ISSUE_HEADS, ISSUE_SYNONYMS } from "./lexicon/issues.js";
import type { Token } from "./nlp.js";
import type { Sentence } from "./text/structure.js";
import { topicPhrases, type TopicPhrase } from "./topics.js";

/** Body sentences from which an article's recurring nouns tell its issues (a news story has 8-30). */
const LONG_DOCUMENT = 6;

/** The noun phrases of a whole document: how often each head recurs, and what a generic phrase stands for. */
export class DocumentIssues {
  /** Every topic phrase of the document body, in text order. */
  readonly phrases: TopicPhrase[] = [];
  private readonly heads = new Map<string, number>();
  /**
   * Whether the document is long enough for recurrence to say what its issues are: in a text of
   * a few sentences every noun is named once.
   */
  readonly long: boolean;

  constructor(text: string, tokens: Token[], sentences: readonly Sentence[], isName: (k: number) => boolean) {
    let body = 0;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      if (s.boilerplate) continue;
      body++;
      const found = topicPhrases(text, tokens, s.t0, s.t1, isName);
      for (let k = 0; k < found.length; k++) {
        this.phrases.push(found[k]);
        this.heads.set(found[k].head, (this.heads.get(found[k].head) ?? 0) + 1);
      }
    }
    this.long = body >= LONG_DOCUMENT;
  }

  /** How many noun phrases of the document have this head. */
  headCount(head: string): number {
    return this.heads.get(head) ?? 0;
  }

  /**
   * The specific phrase a generic one stands for ("the offer" -> "second contract offer"): the
   * nearest specific phrase before it whose head is the same or a synonym. Null when the
   * document named none before ("praised the agreement as a fair deal": the agreement is what
   * is praised, not the words that praise it).
   */
  antecedent(ph: TopicPhrase): TopicPhrase | null {
    const group = ISSUE_SYNONYMS.get(ph.head);
    let before: TopicPhrase | null = null;
    for (const x of this.phrases) {
      if (x.end > ph.start) break;
      if (isSpecific(x) && (x.head === ph.head || (!!group && group.has(x.head)))) before = x;
    }
    return before;
  }
}

/** A generic head alone ("talks", "the offer"), as opposed to an issue ("peace talks", "4.5% offer"). */
export function isGeneric(ph: TopicPhrase): boolean {
  return GENERIC_ISSUE_HEADS.has(ph.head) && !ph.form.includes(" ");
}

export function isSpecific(ph: TopicPhrase): boolean {
  return !isGeneric(ph);
}

/** A topic candidate and why it is one. */
interface Scored {
  phrase: TopicPhrase;
  score: number;
}

/**
 * The issues a claim is about among the topic phrases of its content, at most `max`, in text
 * order: generic heads replaced by what they stand for; the object of the cue, recurring heads
 * and compounds ranked first. `objectFrom`: where the cue's object would start (the content's start).
 */
export function claimTopics(phrases: readonly TopicPhrase[], issues: DocumentIssues, objectFrom: number, max: number): TopicPhrase[] {
  const scored: Scored[] = [];
  for (let i = 0; i < phrases.length; i++) {
    let ph = phrases[i];
    // "the offer": the specific offer named before, if any (a generic topic that stays generic
    // is an issue of this story only: graph/resolve.ts never joins it to another story's).
    if (isGeneric(ph)) ph = issues.antecedent(ph) ?? ph;
    // The object of the cue: the first phrase, right at the start of the content.
    const object = i === 0 && phrases[i].start - objectFrom <= 24;
    const compound = ph.form.includes(" ");
    // A bare noun the article names once, not the object of the cue, is scene ("on the table",
    // "the job", "kids"), not an issue: one node less for every such word.
    if (issues.long && issues.headCount(ph.head) < 2 && !object && !compound) continue;
    scored.push({ phrase: ph, score: (object ? 3 : 0) + Math.min(issues.headCount(ph.head), 4) + (compound ? 1 : 0) });
  }
  // The best `max`, distinct, back in text order.
  const seen = new Set<string>();
  const chosen: Scored[] = [];
  for (const s of [...scored].sort((a, b) => b.score - a.score)) {
    if (seen.has(s.phrase.head + "|" + s.phrase.form)) continue;
    seen.add(s.phrase.head + "|" + s.phrase.form);
    chosen.push(s);
    if (chosen.length >= max) break;
  }
  const out: TopicPhrase[] = [];
  for (const s of scored) if (chosen.includes(s)) out.push(s.phrase);
  return out;
}
