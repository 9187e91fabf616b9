// What a claim is about among the noun phrases of its content: the issues of the document.
// - A generic head ("the talks", "the offer", "the deal") stands for the specific one the
//   document named before ("the Geneva talks", "the 4.5% wage offer") when it named one.
// - A bare noun named once, unless it is the object of the cue, is scene, not an issue.
// - The object of the cue and the phrases the article comes back to rank first.
// The entities a claim is about are chosen in pipeline.ts (isTarget).
import { GENERIC_ISSUE_HEADS, ISSUE_SYNONYMS } from "./lexicon/issues.js";
import type { Token } from "./nlp.js";
import type { Sentence } from "./text/structure.js";
import { singular } from "./text/inflection.js";
import { topicPhrases, type TopicPhrase } from "./topics.js";

/** The lead of an article, where it names its issues: a generic phrase may stand for one of them. */
const LEAD_SENTENCES = 2;

/** Body sentences from which an article's recurring nouns tell its issues (a news story has 8-30). */
const LONG_DOCUMENT = 6;

/**
 * The nouns of a whole document: how often each head recurs, and what a generic phrase stands
 * for. Counting is one pass over the tokens; the phrases of a sentence are read only when a
 * generic phrase after it asks for its antecedent.
 */
export class DocumentIssues {
  private readonly heads = new Map<string, number>();
  private readonly body: Sentence[] = [];
  private readonly phrasesOf: (TopicPhrase[] | undefined)[] = [];
  /**
   * Whether the document is long enough for recurrence to say what its issues are: in a text of
   * a few sentences every noun is named once.
   */
  readonly long: boolean;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    sentences: readonly Sentence[],
    private readonly isName: (k: number) => boolean,
  ) {
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!;
      if (s.boilerplate) continue;
      this.body.push(s);
      // A noun heads its phrase or modifies the next: either way the article names the thing.
      for (let k = s.t0; k < s.t1; k++) {
        const t = tokens[k]!;
        if (t.pos !== "NOUN" || isName(k)) continue;
        const head = singular(t.lower);
        this.heads.set(head, (this.heads.get(head) ?? 0) + 1);
      }
    }
    this.long = this.body.length >= LONG_DOCUMENT;
  }

  /** How many nouns of the document are this word (singular). */
  headCount(head: string): number {
    return this.heads.get(head) ?? 0;
  }

  /**
   * The noun phrases already read (those of the claims' contents, in text order): where
   * antecedents are looked for first, so that most documents read no sentence twice.
   */
  known(phrases: readonly TopicPhrase[]): void {
    for (const ph of phrases) {
      if (!isSpecific(ph)) continue;
      let list = this.specific.get(ph.head);
      if (!list) this.specific.set(ph.head, (list = []));
      list.push(ph);
    }
  }
  /** Specific phrases read so far by head, in text order. */
  private readonly specific = new Map<string, TopicPhrase[]>();

  /**
   * The specific phrase a generic one stands for ("the offer" -> "second contract offer"): the
   * nearest specific phrase before it whose head is the same or a synonym, among the phrases
   * read so far and those of the lead (where a story names its issues). Null when there is none
   * before it ("praised the agreement as a fair deal": the agreement is what is praised, not the
   * words that praise it).
   */
  antecedent(ph: TopicPhrase): TopicPhrase | null {
    const group = ISSUE_SYNONYMS.get(ph.head);
    const fits = (x: TopicPhrase) => x.end <= ph.start && isSpecific(x) && (x.head === ph.head || (!!group && group.has(x.head)));
    let best: TopicPhrase | null = null;
    for (const head of group ?? [ph.head]) {
      const list = this.specific.get(head);
      if (!list) continue;
      for (let k = 0; k < list.length && list[k]!.start < ph.start; k++)
        if (list[k]!.end <= ph.start && (!best || list[k]!.start > best.start)) best = list[k]!;
    }
    if (best) return best;
    for (let j = Math.min(LEAD_SENTENCES, this.body.length) - 1; j >= 0; j--) {
      if (this.body[j]!.start >= ph.start) continue;
      const phrases = (this.phrasesOf[j] ??= topicPhrases(this.text, this.tokens, this.body[j]!.t0, this.body[j]!.t1, this.isName));
      for (let k = phrases.length - 1; k >= 0; k--) if (fits(phrases[k]!)) return phrases[k]!;
    }
    return null;
  }
}

/**
 * A generic head alone ("talks", "the offer") or only judged ("robust dialogue", "productive
 * talks"), as opposed to an issue ("peace talks", "bilateral talks", "4.5% offer").
 */
export function isGeneric(ph: TopicPhrase): boolean {
  return GENERIC_ISSUE_HEADS.has(ph.head) && (!ph.form.includes(" ") || ph.judged);
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
    let ph = phrases[i]!;
    // "the offer": the specific offer named before, if any (a generic topic that stays generic
    // is an issue of this story only: graph/resolve.ts never joins it to another story's).
    if (isGeneric(ph)) ph = issues.antecedent(ph) ?? ph;
    // The object of the cue: the first phrase, right at the start of the content.
    const object = i === 0 && phrases[i]!.start - objectFrom <= 24;
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
