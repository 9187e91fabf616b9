// The extraction pipeline for one document: tokens -> sentences and quotations -> entity
// mentions -> attribution drafts -> speakers resolved (coreference) -> targets, topics, summaries.
import type { Extractor } from "./index.js";
import { mayHaveCues } from "./attribution/cues.js";
import { draftsOf, type Draft } from "./attribution/drafts.js";
import type { MentionsAt } from "./attribution/subjects.js";
import { findMentions, type Mention } from "./entities/mentions.js";
import { EntityRegistry, entityKey, type DocEntity } from "./entities/registry.js";
import { decideStance, type StanceFacts } from "./attribution/stance.js";
import { BROADCASTER_INITIALS, MEDIA_NAME_WORDS, PLATFORMS } from "./lexicon/gazetteer.js";
import { tokenize, type Token } from "./nlp.js";
import { affiliationsOfSentence } from "./resolution/affiliations.js";
import { DiscourseMemory } from "./resolution/discourse.js";
import { describedOrganization, describedPerson, resolveSpeakerRef, type SpeakerContext } from "./resolution/speakers.js";
import { singular } from "./text/inflection.js";
import { paragraphsOf, quotesOf, sentencesOf, type Paragraph, type Quote, type Sentence } from "./text/structure.js";
import { claimTopics, DocumentIssues, isGeneric } from "./targets.js";
import { canonicalTopics, topicPhrases, type TopicPhrase } from "./topics.js";
import type { Claim, Entity, Evidence, ExtractionResult, SourceDocument, Stance } from "./types.js";

export async function createExtractor(): Promise<Extractor> {
  return { extract: extractDocument };
}

/** A claim on its way out: speaker and targets as document entities, spans as offsets. */
interface Pending {
  speaker: DocEntity;
  stance: Stance;
  /** What decided `stance` (attribution/stance.ts). */
  facts: StanceFacts;
  addressee: DocEntity | null;
  contentStart: number;
  contentEnd: number;
  evStart: number;
  evEnd: number;
  quote: Quote | null;
  cue: string;
  targets: DocEntity[];
  draft: Draft | null;
  sentence: Sentence;
}

// extractDocument builds its arrays from literals with push, not with map() or filter(): in
// Node 20's V8, an array that an inlined map() creates has another hidden class than the one the
// same map() creates in the interpreter, and the optimized code then deoptimized again on every
// article (seen on the results of map, filter and sort chains; up to a third slower).
export function extractDocument(document: SourceDocument): ExtractionResult {
  const text = document.text;
  const { tokens } = tokenize(text);
  const paragraphs = paragraphsOf(text);
  const sentences = tokens.length ? sentencesOf(text, tokens, paragraphs) : [];
  const quotes = quotesOf(text, paragraphs);
  const registry = new EntityRegistry();
  const memory = new DiscourseMemory();

  const bodyFrom: number[] = [];
  const mentions: Mention[][] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    let k = s.t0;
    while (k < s.t1 && tokens[k]!.start < s.bodyStart) k++;
    bodyFrom.push(k);
    mentions.push(s.boilerplate ? [] : findMentions(text, tokens, k, s.t1));
  }
  // (Array.prototype.flat is slow in V8; these loops run once per article.)
  const allMentions: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const ms = mentions[i]!;
    for (let k = 0; k < ms.length; k++) allMentions.push(ms[k]!);
  }
  registry.learnPersons(allMentions);

  const pending: Pending[] = [];
  const isNameToken = new Uint8Array(tokens.length);
  for (let i = 0; i < allMentions.length; i++) isNameToken.fill(1, allMentions[i]!.t0, allMentions[i]!.t1);
  // "MEXICO CITY —", "BEIJING (Reuters) -": a dateline says where the story was filed, no topic.
  for (let i = 0; i < sentences.length; i++) isNameToken.fill(1, sentences[i]!.t0, bodyFrom[i]);
  const nameTokens = { has: (k: number) => isNameToken[k] === 1 };
  // Mentions by first and last token, for the whole document (sentences see their own part).
  const mentionStartingAt: (Mention | undefined)[] = new Array(tokens.length);
  const mentionEndingAt: (Mention | undefined)[] = new Array(tokens.length);
  for (let i = 0; i < allMentions.length; i++) {
    const m = allMentions[i]!;
    mentionStartingAt[m.t0] = m;
    mentionEndingAt[m.t1 - 1] = m;
  }
  const mentionEntity = new Map<Mention, DocEntity>();
  const speakerContext: SpeakerContext = { registry, memory, tokens, text, mentionEntity, mentionStartingAt: (k) => mentionStartingAt[k] };

  sentences.forEach((sentence, si) => {
    if (sentence.boilerplate) return;
    const ms = mentions[si]!;
    const from = bodyFrom[si]!;
    if (from >= sentence.t1) return;
    const drafts = mayHaveCues(tokens, from, sentence.t1)
      ? draftsOf({
          tokens,
          from,
          to: sentence.t1,
          mentionEndingAt: new SentenceMentions(mentionEndingAt, from, sentence.t1),
          mentionStartingAt: new SentenceMentions(mentionStartingAt, from, sentence.t1),
          text,
          sentence,
          quotes: quotesNear(quotes, tokens[from]!.start - 1, tokens[sentence.t1 - 1]!.end + 1),
        })
      : [];
    const speaking = new Set<Mention>();
    // Speakers and addressees: a capital in either role stands for its country ("urged Moscow to").
    for (let i = 0; i < drafts.length; i++) {
      const d = drafts[i]!;
      for (let k = 0; k < d.subject.refs.length; k++) {
        const r = d.subject.refs[k]!;
        if (r.type === "mention") speaking.add(r.mention);
      }
      if (d.addressee?.type === "mention") speaking.add(d.addressee.mention);
    }
    ms.forEach((m, k) => {
      // "… Association (ACEA)": the short form in brackets is the same organization.
      const prev = ms[k - 1];
      const bracketed = prev && tokens[m.t0 - 1]?.text === "(" && prev.t1 === m.t0 - 1 && tokens[m.t1]?.text === ")" && prev.kind === "organization";
      const owner = bracketed ? mentionEntity.get(prev) : undefined;
      if (owner) {
        registry.addAlias(owner, m.text);
        owner.mentions++;
        mentionEntity.set(m, owner);
      } else mentionEntity.set(m, registry.resolve(m, speaking.has(m)));
    });
    affiliationsOfSentence(ms, (m) => mentionEntity.get(m), tokens, text);

    const resolved = new Map<Draft, Pending[]>();
    for (let i = 0; i < drafts.length; i++) {
      const d = drafts[i]!;
      const speakers: DocEntity[] = [];
      const hostClaims = d.host ? resolved.get(d.host) : undefined;
      if (hostClaims) for (let k = 0; k < hostClaims.length; k++) speakers.push(hostClaims[k]!.speaker);
      else {
        for (let k = 0; k < d.subject.refs.length; k++) {
          const found = resolveSpeakerRef(speakerContext, d.subject.refs[k]!, tokens[d.subject.t0]!.start);
          for (let f = 0; f < found.length; f++) speakers.push(found[f]!);
        }
      }
      const addressee = d.addressee ? (resolveSpeakerRef(speakerContext, d.addressee, tokens[d.addressee.t0]!.start, speakers[0])[0] ?? null) : null;
      const list: Pending[] = [];
      const distinct = unique(speakers);
      memory.noteSpeakers(distinct, !d.nestedIn && /\b(?:statement|communiqu[eé]|declaration)\b/i.test(text.slice(tokens[d.cue.at]!.start, d.sentence.end)));
      for (let k = 0; k < distinct.length; k++) {
        const speaker = distinct[k]!;
        // "He said he urged Trump ...": a nested cue of the same speaker sharpens the outer claim.
        // So does the country of a body that speaks for it: "A State Department spokesperson said
        // the United States supported the proposal" (a person's own country stays a speaker of
        // its own: "Zelenskyy said Russia has shown no willingness").
        const host = d.nestedIn
          ? resolved.get(d.nestedIn)?.find((p) => p.speaker === speaker || (p.speaker.kind === "organization" && p.speaker.affiliatedWith.includes(speaker)))
          : undefined;
        if (host) {
          (host.facts.nested ??= []).push(d.stance);
          host.stance = decideStance(host.facts).stance;
          host.addressee ??= addressee;
          continue;
        }
        // Positions reported inside someone's statement count when they are positions of a
        // named actor ("Peskov said Moscow shares ..."); "he said the mayor accepted bribes" does not.
        // Nor what a demand asks of others: "Trump insists that Canada and Mexico agree to a
        // sunset clause" is Trump's demand, not a position of Canada and Mexico.
        if (d.nestedIn && (d.stance === "states" || !d.subject.refs.every((r) => r.type === "mention") || d.nestedIn.stance === "demands")) continue;
        registry.markSpoke(speaker, tokens[d.subject.t0]!.start);
        const facts = withContent(d, text, ownContentEnd(d, drafts, tokens), tokens);
        list.push({
          speaker,
          stance: decideStance(facts).stance,
          facts,
          addressee: addressee && addressee !== speaker ? addressee : null,
          contentStart: d.contentStart,
          contentEnd: d.contentEnd,
          evStart: d.evStart,
          evEnd: d.evEnd,
          quote: d.quote,
          cue: d.cueText,
          targets: [],
          draft: d,
          sentence,
        });
      }
      resolved.set(d, list);
      pending.push(...list);
    }
  });

  attachUnattributedQuotes(text, sentences, quotes, pending);

  // Targets: the entities named in the core of the content, then its issues (targets.ts).
  const isName = (k: number) => nameTokens.has(k);
  const issues = new DocumentIssues(text, tokens, sentences, isName);

  const phrasesOf = new Map<Pending, TopicPhrase[]>();
  pending.forEach((p, index) => {
    const [t0, t1] = tokenRange(tokens, p.contentStart, p.contentEnd);
    for (let k = firstEndingAfter(allMentions, p.contentStart); k < allMentions.length && allMentions[k]!.start < p.contentEnd; k++) {
      const m = allMentions[k]!;
      if (m.start < p.contentStart || m.end > p.contentEnd) continue;
      // The speakers themselves are not what they speak about ("proposed by Egypt and Qatar").
      if (p.draft && m.t0 >= p.draft.subject.t0 && m.t1 <= p.draft.subject.t1) continue;
      const e = mentionEntity.get(m);
      if (e && !p.targets.includes(e) && isTarget(tokens, m, e, p.speaker)) p.targets.push(e);
    }
    // "said he believed that the prime minister was referencing ...": a title alone in the
    // content is the one person of the story who holds it.
    for (let k = t0; k < t1; k++) {
      if (tokens[k]!.lower !== "the") continue;
      let h = k + 1;
      while (h < t1 && (tokens[h]!.pos === "NOUN" || tokens[h]!.pos === "ADJ") && /^\p{Ll}/u.test(tokens[h]!.text)) h++;
      if (h === k + 1 || tokens[h - 1]!.pos !== "NOUN" || nameTokens.has(h)) continue;
      const person = describedPerson(registry, tokens[h - 1]!.lower, p.speaker);
      if (person && !p.targets.includes(person)) p.targets.push(person);
    }
    // Who it was said to is what it is about, unless that is only the outlet that reported it.
    if (p.addressee && !p.targets.includes(p.addressee) && !isMedia(p.addressee) && !BOTH_SIDES.test(p.addressee.label)) p.targets.push(p.addressee);
    // "urged both sides to", "said both parties had shown flexibility": the two parties of the
    // dispute, the story's two most mentioned actors other than the speaker.
    if (BOTH_SIDES.test(text.slice(p.contentStart, p.contentEnd)) || (p.addressee && BOTH_SIDES.test(p.addressee.label))) {
      for (const e of registry.mostMentionedTwo((x) => x !== p.speaker && (x.kind === "organization" || x.kind === "country") && x.mentions > 1, p.evStart)) {
        if (!p.targets.includes(e)) p.targets.push(e);
      }
    }
    // "Zelenskyy proposed a free zone in Donbas, while Putin insisted on full control": a
    // contrasting clause is about the same places as the clause it answers.
    const before = pending[index - 1];
    if (before && before.sentence === p.sentence && /\b(?:while|whereas|but)\s*$/i.test(text.slice(Math.max(0, p.evStart - 12), p.evStart))) {
      for (let k = 0; k < before.targets.length; k++) {
        const e = before.targets[k]!;
        if (e.kind === "place" && e !== p.speaker && !p.targets.includes(e)) p.targets.push(e);
      }
    }
    phrasesOf.set(p, topicPhrases(text, tokens, t0, t1, isName));
  });
  const claimHeads = new Map<string, number>();
  const claimPhrases: TopicPhrase[] = [];
  for (const phrases of phrasesOf.values())
    for (let k = 0; k < phrases.length; k++) {
      const ph = phrases[k]!;
      claimHeads.set(ph.head, (claimHeads.get(ph.head) ?? 0) + 1);
      claimPhrases.push(ph);
    }
  // One label per issue within the document ("the guarantees" -> "security guarantees").
  const labelOf = canonicalTopics(claimPhrases);
  claimPhrases.sort((a, b) => a.start - b.start);
  issues.known(claimPhrases);
  const topics = new Map<string, Entity>();
  const topicByLabel = new Map<string, Entity>();
  const topicEntity = (label: string): Entity => {
    let t = topicByLabel.get(label);
    if (t) return t;
    const key = entityKey("topic", label);
    t = topics.get(key);
    if (!t) topics.set(key, (t = { key, label, kind: "topic", aliases: [], mentions: 0 }));
    topicByLabel.set(label, t);
    return t;
  };
  const topicOf = (ph: TopicPhrase) => topicEntity(labelOf.get(ph.form) ?? ph.form);

  // The story's issue: the specific topic its claims return to most ("the talks", "the bill").
  let mainHead = "";
  for (const [head, n] of claimHeads) if (n >= MAIN_TOPIC_MIN && n > (claimHeads.get(mainHead) ?? 0) && !GENERIC_TOPIC_HEADS.has(head)) mainHead = head;
  let mainPhrase: TopicPhrase | undefined;
  for (const ph of claimPhrases) if (ph.head === mainHead && (!mainPhrase || (isGeneric(mainPhrase) && !isGeneric(ph)))) mainPhrase = ph;
  if (mainPhrase && isGeneric(mainPhrase)) mainPhrase = undefined;

  const claims: Claim[] = [];
  const repeats = new RepeatedEvidence(text, paragraphs);
  for (let i = 0; i < pending.length; i++) {
    const p = pending[i]!;
    // An array literal, not targets.map(): V8 learns its element kind at the literal, whereas an
    // empty map() result changes kind on the first push and sent this loop into a deopt loop.
    const targetKeys: string[] = [];
    for (let k = 0; k < p.targets.length; k++) targetKeys.push(p.targets[k]!.key);
    // "the union", "the company", "the militant group", "the country" in the content: the
    // organization or country itself; "workers", "union members": people, a group.
    const own: TopicPhrase[] = [];
    for (const ph of phrasesOf.get(p) ?? []) {
      const entity = !ph.form.includes(" ")
        ? (describedOrganization(registry, ph.head, ph.start, p.speaker) ??
          (COUNTRY_NOUNS.has(ph.head) ? registry.mostMentioned((e) => e.kind === "country", ph.start) : null))
        : null;
      const people = !entity && isPeople(ph) ? registry.group(ph.form, "group", ph.start, false) : null;
      const found = entity ?? people;
      if (!found) own.push(ph);
      else if (found !== p.speaker && !targetKeys.includes(found.key)) targetKeys.push(found.key);
    }
    const antecedent = p.draft
      ? (relativeObject(text, tokens, p, isName) ?? objectPronounAntecedent(text, tokens, sentences, p.draft, isName, claimHeads))
      : null;
    const phrases = claimTopics(antecedent ? [antecedent, ...own] : own, issues, p.contentStart, MAX_TOPICS);
    for (let k = 0; k < phrases.length; k++) {
      const ph = phrases[k]!;
      const topic = topicOf(ph);
      topic.mentions++;
      if (ph.form !== topic.label && !topic.aliases.includes(ph.form)) topic.aliases.push(ph.form);
      if (!targetKeys.includes(topic.key)) targetKeys.push(topic.key);
    }
    // An assessment that names no topic of the story's own ("We are not there yet", "the bloc was
    // deeply disappointed", "means fewer fish") is about the story's issue, as annotators read it.
    const oneOff = phrases.length === 0 || (phrases.length === 1 && issues.headCount(phrases[0]!.head) <= 1);
    if (mainPhrase && p.stance === "states" && oneOff) {
      const main = topicOf(mainPhrase);
      if (!targetKeys.includes(main.key)) {
        main.mentions++;
        targetKeys.push(main.key);
      }
    }
    if (!targetKeys.length) {
      // Every claim is about something: fall back on the sentence's own topics.
      const [c0, c1] = tokenRange(tokens, p.contentStart, p.contentEnd);
      // The speaker's own words ("the foreign ministry said") are not what it speaks about.
      const subject = p.draft?.subject;
      const notTopic = (k: number) => isName(k) || (!!subject && k >= subject.t0 && k < subject.t1);
      let ph =
        topicPhrases(text, tokens, p.sentence.t0, p.sentence.t1, notTopic)[0] ??
        topicPhrases(text, tokens, c0, c1, notTopic, true)[0] ??
        topicPhrases(text, tokens, p.sentence.t0, p.sentence.t1, notTopic, true)[0];
      if (ph && isGeneric(ph)) ph = issues.antecedent(ph) ?? ph;
      // "to address auto workers": people, a group, as in the content's own targets above.
      const people = ph && isPeople(ph) ? registry.group(ph.form, "group", ph.start, false) : null;
      targetKeys.push(people && people !== p.speaker ? people.key : topicEntity(ph ? (labelOf.get(ph.form) ?? ph.form) : "statement").key);
    }
    const evText = text.slice(p.evStart, p.evEnd);
    claims.push({
      id: `${document.id}#c${claims.length + 1}`,
      speaker: p.speaker.key,
      stance: p.stance,
      targets: targetKeys,
      addressee: p.addressee?.key ?? null,
      summary: summarize(text, p),
      quote: p.quote ? cleanQuote(text.slice(p.quote.innerStart, p.quote.innerEnd)) : null,
      evidence: [{ doc: document.id, start: p.evStart, end: p.evEnd, text: evText }, ...repeats.of(document.id, p.evStart, evText)],
      cue: p.cue,
      why: { pattern: p.draft?.mode ?? "quote", stance: decideStance(p.facts).rules },
    });
  }

  const entities: Entity[] = [];
  const named = registry.entities();
  for (let k = 0; k < named.length; k++) entities.push(named[k]!);
  for (const t of topics.values()) {
    t.mentions = Math.max(1, t.mentions);
    entities.push(t);
  }
  return { document, entities, claims };
}

/** A sentence's view of the document's mentions by token: nothing outside [from, to). */
class SentenceMentions implements MentionsAt {
  constructor(
    private readonly byToken: (Mention | undefined)[],
    private readonly from: number,
    private readonly to: number,
  ) {}
  get(k: number): Mention | undefined {
    return k >= this.from && k < this.to ? this.byToken[k] : undefined;
  }
  has(k: number): boolean {
    return this.get(k) !== undefined;
  }
}

/**
 * The same words repeated in the page's boilerplate (a teaser or standfirst that copies the first
 * paragraph) are evidence of the same claim: listed, but never a claim of their own.
 */
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

/**
 * "France and Italy backed them", "threatened to extend them": what an object pronoun right after
 * the cue stands for, among the noun phrases of the sentence before it and of the previous
 * sentence that agree in number; the one whose head recurs most in the document, else the nearest.
 */
function objectPronounAntecedent(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  d: Draft,
  isName: (k: number) => boolean,
  headCounts: Map<string, number>,
): TopicPhrase | null {
  let k = d.cue.last + 1;
  // "said it was not surprising": after a verb of speech, "it" opens the reported clause.
  if (d.cue.spec?.reporting && tokens[k]?.lower === "it") return null;
  // "threatened to extend them": the pronoun of the complement's verb.
  if (tokens[k]?.lower === "to" && tokens[k + 1]?.pos === "VERB") k += 2;
  const word = tokens[k]?.lower;
  if (word !== "it" && word !== "them") return null;
  const si = sentences.indexOf(d.sentence);
  const from = si > 0 ? sentences[si - 1]!.t0 : d.sentence.t0;
  const plural = word === "them";
  let best: TopicPhrase | null = null;
  let bestScore = -1;
  for (const ph of topicPhrases(text, tokens, from, k, isName)) {
    const last = ph.form.split(" ").pop() ?? "";
    if (/s$/.test(last) !== plural || ph.head === "statement") continue;
    // A phrase the document keeps coming back to, then an object over a prepositional complement
    // ("imposed tariffs on Chinese vehicles": tariffs), then the nearest.
    let j = firstEndingAfter(tokens, ph.start) - 1;
    while (j > from && (isName(j) || tokens[j]!.pos === "ADJ" || tokens[j]!.pos === "DET")) j--;
    const score = 2 * (headCounts.get(ph.head) ?? 0) + (tokens[j]?.pos === "ADP" ? 0 : 1);
    if (score >= bestScore) {
      best = ph;
      bestScore = score;
    }
  }
  return best;
}

const BOTH_SIDES = /\b(?:both|the two|either|neither) (?:sides?|parties|party)\b/i;

/** How often claims must come back to a topic for it to be the story's issue. */
const MAIN_TOPIC_MIN = 3;
/** Heads too vague to be a story's issue. */
/**
 * "the kind of sunset clause the United States is reportedly seeking": a cue with no words
 * after it, in a relative clause, is about the noun phrase right before its subject.
 */
function relativeObject(text: string, tokens: Token[], p: Pending, isName: (k: number) => boolean): TopicPhrase | null {
  const subject = p.draft?.subject;
  if (!subject || text.slice(p.contentStart, p.contentEnd).trim().split(/\s+/).length > 1) return null;
  let end = subject.t0;
  while (end > p.sentence.t0 && (tokens[end - 1]!.pos === "PUNCT" || tokens[end - 1]!.lower === "that" || tokens[end - 1]!.lower === "which")) end--;
  if (end === subject.t0 && tokens[end - 1]?.pos !== "NOUN") return null;
  const phrases = topicPhrases(text, tokens, Math.max(p.sentence.t0, end - 6), end, isName);
  const last = phrases[phrases.length - 1];
  return last && last.end >= tokens[end - 1]!.end ? last : null;
}

const GENERIC_TOPIC_HEADS = new Set(["statement", "people", "time", "way", "thing", "part", "number", "year", "day", "week", "side", "country"]);

/** Topics per claim: enough to say what it is about, few enough to keep the graph readable. */
const MAX_TOPICS = 4;

/**
 * Whether an entity named in a claim's content is what the claim is about. Not the speaker, nor
 * what it speaks for ("Zelenskyy said Ukraine would ..." is about what Ukraine would do, not
 * about Ukraine), nor the channel ("wrote on Telegram", "in a Facebook post"), nor a place named
 * only as the scene ("told reporters in Doha"), nor "both sides" as words (their parties are added).
 */
function isTarget(tokens: Token[], m: Mention, e: DocEntity, speaker: DocEntity): boolean {
  if (e === speaker || speaker.affiliatedWith.includes(e) || speaker.affiliatedWith.some((a) => a.affiliatedWith.includes(e) && a.kind !== "country"))
    return false;
  if (PLATFORMS.has(m.text) && (CHANNEL_BEFORE.has(tokens[m.t0 - 1]?.lower ?? "") || CHANNEL_AFTER.test(tokens[m.t1]?.lower ?? ""))) return false;
  // "told the Seattle Times newspaper", "confirmed on NBC's 'Meet the Press'": the outlet that
  // carried the words, not a party to them.
  if (isMedia(e)) return false;
  if (BOTH_SIDES.test(e.label)) return false;
  return !isSceneOnly(tokens, m, e);
}

/** Words around a platform's name that make it the channel: "on Telegram", "its Telegram channel", "a Facebook post". */
const CHANNEL_BEFORE = new Set(["on", "via", "a", "an", "its", "his", "her", "their", "as"]);
const CHANNEL_AFTER = /^(?:post|video|livestream|message|statement|channel|account|page|feed|broadcast)s?$/;

/**
 * A news organization: "told the Seattle Times", "told CBC News" names the outlet, not a party;
 * so do the broadcasters and wire services known by their initials (NBC, CNN, AFP).
 */
function isMedia(e: DocEntity): boolean {
  return (e.kind === "organization" || e.kind === "group") && (MEDIA_NAME_WORDS.test(e.label) || BROADCASTER_INITIALS.test(e.label));
}

/** "the country's creditors", "the nation's debt": the story's country. */
const COUNTRY_NOUNS = new Set(["country", "nation"]);

/** "workers", "union members", "auto workers", "the employees": people named as a group, not an issue. */
function isPeople(ph: TopicPhrase): boolean {
  return /s$/.test(ph.form) && PEOPLE_HEADS.has(ph.head);
}
const PEOPLE_HEADS = new Set([
  "worker",
  "member",
  "employee",
  "teacher",
  "nurse",
  "doctor",
  "farmer",
  "pilot",
  "driver",
  "student",
  "parent",
  "voter",
  "citizen",
  "resident",
  "civilian",
  "protester",
  "demonstrator",
  "refugee",
  "migrant",
  "retiree",
  "pensioner",
  "consumer",
  "shareholder",
  "investor",
  "family",
  "miner",
  "machinist",
  "autoworker",
  "staff",
]);

/** Prepositions of where something happened: "met in Doha", "rallied in Tel Aviv". */
const SCENE_PREPS = new Set(["in", "at", "near", "outside", "inside", "around", "throughout"]);

/**
 * A place named only as the scene of what happened ("told reporters in Doha", "spoke after
 * meeting Trump in Florida") is not what the claim is about; a country or a place that is itself
 * the issue ("control of Donbas", "troops in Donetsk") is.
 */
function isSceneOnly(tokens: Token[], m: Mention, e: DocEntity): boolean {
  if (e.kind !== "place") return false;
  // "in suburban Detroit", "in northern Gaza": an adjective between the preposition and the place.
  let at = m.t0 - 1;
  if (tokens[at]?.pos === "ADJ" && /^\p{Ll}/u.test(tokens[at]?.text ?? "")) at--;
  const prep = tokens[at]?.lower ?? "";
  const head = tokens[at - 1];
  return SCENE_PREPS.has(prep) && !(head && head.pos === "NOUN" && /^\p{Ll}/u.test(head.text) && !EVENT_NOUNS.has(singular(head.lower)));
}

/** Nouns of events, after which "in X" says where they happened ("talks in Doha", "a rally in Tel Aviv"). */
const EVENT_NOUNS = new Set([
  "talk",
  "meeting",
  "summit",
  "rally",
  "protest",
  "conference",
  "interview",
  "speech",
  "visit",
  "session",
  "round",
  "briefing",
  "vote",
  "hearing",
  "news",
  "stop",
  "event",
  "appearance",
  "address",
  "forum",
  "dinner",
  "ceremony",
]);

/** The distinct items, in order (lists of a few speakers: a scan beats a Set). */
function unique<T>(xs: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < xs.length; i++) if (!out.includes(xs[i]!)) out.push(xs[i]!);
  return out;
}

/** Index of the first span (sorted by position) that ends after `at`: binary search. */
function firstEndingAfter(spans: readonly { end: number }[], at: number): number {
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
function tokenRange(tokens: Token[], start: number, end: number): [number, number] {
  const a = firstEndingAfter(tokens, start);
  let b = a;
  while (b < tokens.length && tokens[b]!.start < end) b++;
  return [a, b];
}

/**
 * The draft's stance facts with what its content says (the content rules of attribution/stance.ts:
 * a red line opposes, what others must do demands, "we will ..." commits the speaker).
 */
function withContent(d: Draft, text: string, contentEnd: number, tokens: Token[]): StanceFacts {
  const content = {
    text: text.slice(d.contentStart, contentEnd),
    lemma: d.cue.lemma,
    reporting: !!d.cue.spec?.reporting || d.cue.kind === "according",
    subjunctive: d.cue.lemma === "insist" && subjunctive(tokens, d.contentStart, contentEnd),
  };
  return { ...d.facts, content };
}

/** "that any settlement respect ...": a bare verb after a singular subject asks for something. */
function subjunctive(tokens: Token[], start: number, end: number): boolean {
  for (let k = firstEndingAfter(tokens, start); k < tokens.length && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    if (t.pos === "AUX") return false;
    if (t.pos !== "VERB") continue;
    const prev = tokens[k - 1];
    return !/(?:s|ed|ing)$/.test(t.lower) && (prev?.pos === "PROPN" || (prev?.pos === "NOUN" && !/s$/.test(prev.lower)));
  }
  return false;
}

/** Where the claim's own words end: before the first position nested in it ("... which the EU insists must ..."). */
function ownContentEnd(d: Draft, drafts: Draft[], tokens: Token[]): number {
  let end = d.contentEnd;
  for (const n of drafts) if (n.nestedIn === d) end = Math.min(end, tokens[n.subject.t0]!.start);
  return end;
}

/**
 * Quotations with no attribution of their own belong to the speaker quoted just before:
 * a direct quote continues that claim; after reported speech it is a new claim.
 */
function attachUnattributedQuotes(text: string, sentences: Sentence[], quotes: Quote[], pending: Pending[]) {
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
    if (text.slice(q.innerStart, q.innerEnd).trim().split(/\s+/).length < 4) continue;
    while (waiting.size && pending[waiting.peek()]!.evEnd <= q.start) before.push(waiting.pop());
    let b = before.length - 1;
    while (b > 0 && pending[before[b - 1]!]!.evEnd === pending[before[before.length - 1]!]!.evEnd) b--;
    const prev = b >= 0 ? pending[before[b]!] : undefined;
    if (!prev || prev.sentence.paragraph < s.paragraph - 1) continue;
    while (li < sentences.length && sentences[li]!.end < q.end) li++;
    const last = li < sentences.length && sentences[li]!.start < q.end ? sentences[li]! : s;
    const between = text.slice(prev.evEnd, q.start);
    if (prev.quote && !/[.!?]\s*\S+.*[.!?]/.test(between.trim()) && between.split(/\n/).length <= 2) {
      if (last.end > prev.evEnd) {
        // Its evidence now reaches past this quote: it waits again to come before a later one.
        prev.evEnd = last.end;
        overlapEnd = Math.max(overlapEnd, last.end);
        waiting.push(before.splice(b, 1)[0]!);
      }
      continue;
    }
    // A quotation with no cue of its own states, unless it draws a red line.
    const facts: StanceFacts = {
      cue: "states",
      content: { text: text.slice(q.innerStart, q.innerEnd), lemma: "", reporting: true, subjunctive: false, quoteOnly: true },
    };
    pending.push({
      ...prev,
      stance: decideStance(facts).stance,
      facts,
      addressee: null,
      contentStart: q.innerStart,
      contentEnd: q.innerEnd,
      evStart: s.bodyStart,
      evEnd: last.end,
      quote: q,
      cue: "",
      targets: [],
      draft: null,
      sentence: s,
    });
    overlapEnd = Math.max(overlapEnd, last.end);
    waiting.push(pending.length - 1);
  }
  pending.sort((a, b) => a.evStart - b.evStart);
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

/** The quoted words: no continuation marks or line breaks, no trailing comma. */
function cleanQuote(q: string): string {
  return q
    .replace(/\s*\n\s*[“"«„]?/g, " ")
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
