// Stage 6, targets: what each claim is about. The entities named in its content (not the speaker,
// what it speaks for, the channel, the scene), who it was said to, then its issues among the noun
// phrases of the content (targets.ts, topics.ts): one topic entity per issue of the document.
import type { Draft } from "../attribution/drafts.js";
import type { Mention } from "../entities/mentions.js";
import { entityKey, type DocEntity, type EntityRegistry } from "../entities/registry.js";
import { BROADCASTER_INITIALS, GAZETTEER, MEDIA_NAME_WORDS, PLATFORMS } from "../lexicon/gazetteer.js";
import { ATTITUDE_NOUNS } from "../lexicon/issues.js";
import { BLOC_NOUNS, OWN_BODY_HEADS, PEOPLE_NOUNS } from "../lexicon/roles.js";
import type { Token } from "../nlp.js";
import { peopleGroup } from "../resolution/groups.js";
import { describedOrganization, describedPerson } from "../resolution/speakers.js";
import { singular } from "../text/inflection.js";
import type { Sentence } from "../text/structure.js";
import { claimTopics, DocumentIssues, isGeneric } from "../targets.js";
import { canonicalTopics, topicPhrases, type TopicPhrase } from "../topics.js";
import type { Entity } from "../types.js";
import type { DocumentNames } from "./names.js";
import type { DocumentText } from "./read.js";
import type { Pending } from "./resolving.js";
import { firstEndingAfter, tokenRange } from "./spans.js";
import { hasWords } from "../text/words.js";
import { LOWER_FIRST } from "../text/letters.js";

export interface Targets {
  /** Per claim, the entity keys it is about (at least one). */
  keys: string[][];
  /** The document's topic entities. */
  topics: Entity[];
}

/** Heads of the names of bodies: a phrase ending in one names a body, even in lowercase. */
const BODY_HEADS = new Set(["committee", "council", "board", "commission", "caucus", "panel", "tribunal"]);

export function chooseTargets(
  doc: DocumentText,
  names: DocumentNames,
  pending: readonly Pending[],
  registry: EntityRegistry,
  mentionEntity: ReadonlyMap<Mention, DocEntity>,
): Targets {
  const { text, tokens, sentences } = doc;
  // The entities named in the core of the content, then its issues (targets.ts).
  const isName = names.isName;
  const peopleOf = (m: Mention): DocEntity | null => {
    const next = tokens[m.t1]!;
    if (next.pos !== "NOUN" || !(next.lower === "people" || (/s$/.test(next.lower) && PEOPLE_NOUNS.has(singular(next.lower))))) return null;
    const country = mentionEntity.get(m);
    // ("the Palestinian people" are the Palestinians, as the gazetteer names that people.)
    const plural = GAZETTEER.get(`${m.text}s`);
    const label = next.lower === "people" && plural?.via === "people" ? plural.name : `${m.text} ${next.lower}`;
    const group = registry.group(label, "group", m.start, false);
    if (country && !group.affiliatedWith.includes(country)) group.affiliatedWith.push(country);
    return group;
  };
  const issues = new DocumentIssues(text, tokens, sentences, isName);

  const phrasesOf = new Map<Pending, TopicPhrase[]>();
  // The entities each claim is about, by claim.
  const entityTargets: DocEntity[][] = [];
  pending.forEach((p, index) => {
    const targets: DocEntity[] = [];
    entityTargets.push(targets);
    const [t0, t1] = tokenRange(tokens, p.contentStart, p.contentEnd);
    for (let k = firstEndingAfter(names.all, p.contentStart); k < names.all.length && names.all[k]!.start < p.contentEnd; k++) {
      const m = names.all[k]!;
      if (m.start < p.contentStart || m.end > p.contentEnd) continue;
      // The speakers themselves are not what they speak about ("proposed by Egypt and Qatar").
      if (p.draft && m.t0 >= p.draft.subject.t0 && m.t1 <= p.draft.subject.t1) continue;
      // "in favour of the French people", "the American people deserve better": the people, a
      // group tied to its country, not the country's government.
      const people = m.adjectival && m.kind === "country" && m.t1 < t1 ? peopleOf(m) : null;
      const e = people ?? mentionEntity.get(m);
      if (e && !targets.includes(e) && isTarget(tokens, m, e, p.speaker)) targets.push(e);
    }
    // "said he believed that the prime minister was referencing ...": a title alone in the
    // content is the one person of the story who holds it.
    for (let k = t0; k < t1; k++) {
      if (tokens[k]!.lower !== "the") continue;
      let h = k + 1;
      while (h < t1 && (tokens[h]!.pos === "NOUN" || tokens[h]!.pos === "ADJ") && LOWER_FIRST.test(tokens[h]!.text)) h++;
      if (h === k + 1 || tokens[h - 1]!.pos !== "NOUN" || isName(h)) continue;
      const person = describedPerson(registry, tokens[h - 1]!.lower, p.speaker);
      if (person && !targets.includes(person)) targets.push(person);
    }
    // Who it was said to is what it is about, unless that is only the outlet that reported it.
    // ("“...,” Claes-Mikael Stahl told POLITICO": a body told once, and named nowhere else, is the
    // outlet that carried the words, whatever its name.)
    const outlet = !!p.addressee && p.draft?.cue.lemma === "tell" && p.addressee.kind === "organization" && p.addressee.mentions === 1;
    if (p.addressee && !outlet && !targets.includes(p.addressee) && !isMedia(p.addressee) && !BOTH_SIDES.test(p.addressee.label)) targets.push(p.addressee);
    // "urged both sides to", "said both parties had shown flexibility": the two parties of the
    // dispute, the story's two most mentioned actors other than the speaker.
    if (BOTH_SIDES.test(text.slice(p.contentStart, p.contentEnd)) || (p.addressee && BOTH_SIDES.test(p.addressee.label))) {
      for (const e of registry.mostMentionedTwo((x) => x !== p.speaker && (x.kind === "organization" || x.kind === "country") && x.mentions > 1, p.evStart)) {
        if (!targets.includes(e)) targets.push(e);
      }
    }
    // "Zelenskyy proposed a free zone in Donbas, while Putin insisted on full control": a
    // contrasting clause is about the same places as the clause it answers.
    const before = pending[index - 1];
    const beforeTargets = entityTargets[index - 1];
    if (before && beforeTargets && before.sentence === p.sentence && /\b(?:while|whereas|but)\s*$/i.test(text.slice(Math.max(0, p.evStart - 12), p.evStart))) {
      for (let k = 0; k < beforeTargets.length; k++) {
        const e = beforeTargets[k]!;
        if (e.kind === "place" && e !== p.speaker && !targets.includes(e)) targets.push(e);
      }
    }
    phrasesOf.set(p, withoutOwnBodies(text, withoutCueWord(tokens, p, topicPhrases(text, tokens, t0, t1, isName))));
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
    // ("the BMA's junior doctors committee", "the bargaining committee": a body named in lowercase
    // is an organization, not an issue.)
    const kind = BODY_HEADS.has(label.split(" ").pop() ?? "") && label.includes(" ") ? "organization" : "topic";
    const key = entityKey(kind, label);
    t = topics.get(key);
    if (!t) topics.set(key, (t = { key, label, kind, aliases: [], mentions: 0 }));
    topicByLabel.set(label, t);
    return t;
  };
  const topicOf = (ph: TopicPhrase) => topicEntity(labelOf.get(ph.form) ?? ph.form);
  // "the union", "the postal service", "the militant group", "the country": the body or country
  // the document named, another than the speaker if one fits, else the speaker itself (which
  // then is no target: what it speaks for).
  const describedEntity = (ph: TopicPhrase, speaker: DocEntity): DocEntity | null => {
    if (ph.form.includes(" ") && !isDescription(text, tokens, ph)) return null;
    const found =
      describedOrganization(registry, ph.head, ph.start, speaker) ??
      // (The speaker itself, only a body can be: no second look for a person's words.)
      (speaker.kind === "organization" ? describedOrganization(registry, ph.head, ph.start) : null) ??
      (COUNTRY_NOUNS.has(ph.head) ? (registry.mostMentioned((e) => e.kind === "country", ph.start) ?? registry.mainCountry()) : null);
    // (A description absorbed into the body it described has no mentions left and is no entity.)
    return found && found.mentions > 0 ? found : null;
  };

  // The story's issue: the specific topic its claims return to most ("the talks", "the bill").
  let mainHead = "";
  for (const [head, n] of claimHeads) if (n >= MAIN_TOPIC_MIN && n > (claimHeads.get(mainHead) ?? 0) && !GENERIC_TOPIC_HEADS.has(head)) mainHead = head;
  let mainPhrase: TopicPhrase | undefined;
  for (const ph of claimPhrases) if (ph.head === mainHead && (!mainPhrase || (isGeneric(mainPhrase) && !isGeneric(ph)))) mainPhrase = ph;
  if (mainPhrase && isGeneric(mainPhrase)) mainPhrase = undefined;

  const keys: string[][] = [];
  for (let i = 0; i < pending.length; i++) {
    const p = pending[i]!;
    // An array literal, not targets.map(): V8 learns its element kind at the literal, whereas an
    // empty map() result changes kind on the first push and sent this loop into a deopt loop.
    const targetKeys: string[] = [];
    const targets = entityTargets[i]!;
    for (let k = 0; k < targets.length; k++) targetKeys.push(targets[k]!.key);
    // "the union", "the company", "the militant group", "the country" in the content: the
    // organization or country itself; "workers", "union members": people, a group.
    const own: TopicPhrase[] = [];
    for (const ph of phrasesOf.get(p) ?? []) {
      const entity = describedEntity(ph, p.speaker);
      // ("Ukrainian farmers": the group of the demonym's, already among the targets.)
      const named = targets.some((e) => e.kind === "group" && e.label.endsWith(" " + ph.form));
      const people = !entity && !named && isPeople(ph) ? peopleGroup(registry, ph.form, ph.start) : null;
      if (named) continue;
      const found = entity ?? people;
      if (!found) own.push(ph);
      // ("the group would respond", said its leader: what the speaker speaks for is no target, as in isTarget.)
      else if (found !== p.speaker && !p.speaker.affiliatedWith.includes(found) && !targetKeys.includes(found.key)) targetKeys.push(found.key);
    }
    const antecedent = p.draft
      ? (relativeObject(text, tokens, p, isName) ?? objectPronounAntecedent(text, tokens, sentences, p.draft, isName, claimHeads))
      : null;
    const phrases = claimTopics(antecedent ? [antecedent, ...own] : own, issues, p.contentStart, MAX_TOPICS);
    for (let k = 0; k < phrases.length; k++) {
      const ph = phrases[k]!;
      // ("They will be told ...": what a pronoun stands for may be people, a group, as above.)
      const people = isPeople(ph) ? peopleGroup(registry, ph.form, ph.start) : null;
      if (people) {
        if (people !== p.speaker && !targetKeys.includes(people.key)) targetKeys.push(people.key);
        continue;
      }
      // ("The plan was rejected by the union", no union named: the speaker's own word is no issue.)
      // ("pressed the government to raise pay": the government is a target already, as a body.)
      if (namesSpeaker(ph.form, p.speaker) || targetKeys.includes(entityKey("group", ph.form)) || targetKeys.includes(entityKey("organization", ph.form)))
        continue;
      const topic = topicOf(ph);
      topic.mentions++;
      if (ph.form !== topic.label && !topic.aliases.includes(ph.form)) topic.aliases.push(ph.form);
      if (!targetKeys.includes(topic.key)) targetKeys.push(topic.key);
    }
    // An assessment that names no topic of the story's own ("We are not there yet", "the bloc was
    // deeply disappointed", "means fewer fish") is about the story's issue, as annotators read it.
    const oneOff = phrases.length === 0 || (phrases.length === 1 && issues.headCount(phrases[0]!.head) <= 1);
    if (mainPhrase && p.stance === "states" && oneOff) {
      // ("striking workers", the story's most named: people, a group.)
      const people = isPeople(mainPhrase) ? peopleGroup(registry, mainPhrase.form, mainPhrase.start) : null;
      const main = people ?? topicOf(mainPhrase);
      if (!targetKeys.includes(main.key) && main !== p.speaker) {
        if (!people) main.mentions++;
        targetKeys.push(main.key);
      }
    }
    if (!targetKeys.length) {
      // Every claim is about something: fall back on the sentence's own topics.
      const [c0, c1] = tokenRange(tokens, p.contentStart, p.contentEnd);
      // The speaker's own words ("the foreign ministry said") are not what it speaks about.
      const subject = p.draft?.subject;
      const notTopic = (k: number) => isName(k) || (!!subject && k >= subject.t0 && k < subject.t1);
      // A description is the body it describes ("the bloc was deeply disappointed": the EU),
      // unless that is the speaker itself ("the union has increased its demands", said the union).
      const first = (phrases: TopicPhrase[]) => phrases.find((ph) => describedEntity(ph, p.speaker) !== p.speaker);
      let ph =
        first(topicPhrases(text, tokens, p.sentence.t0, p.sentence.t1, notTopic)) ??
        first(topicPhrases(text, tokens, c0, c1, notTopic, true)) ??
        first(topicPhrases(text, tokens, p.sentence.t0, p.sentence.t1, notTopic, true)) ??
        // ("We will not be bullied," the senator told reporters: the story's issue, when it has one.)
        mainPhrase;
      if (ph && isGeneric(ph)) ph = issues.antecedent(ph) ?? ph;
      // "to address auto workers": people, a group, as in the content's own targets above.
      const found = ph ? (describedEntity(ph, p.speaker) ?? (isPeople(ph) ? peopleGroup(registry, ph.form, ph.start) : null)) : null;
      targetKeys.push(found && found !== p.speaker ? found.key : topicEntity(ph ? (labelOf.get(ph.form) ?? ph.form) : "statement").key);
    }
    keys.push(targetKeys);
  }
  const entities: Entity[] = [];
  for (const topic of topics.values()) {
    topic.mentions = Math.max(1, topic.mentions);
    entities.push(topic);
  }
  return { keys, topics: entities };
}

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

const BOTH_SIDES = /\b(?:(?:both|the two|either|neither) (?:sides?|parties|party)|the parties)\b/i;

/** How often claims must come back to a topic for it to be the story's issue. */
const MAIN_TOPIC_MIN = 3;

/**
 * The phrases of a claim less the attitude noun that makes it a claim: "renewed its call to the
 * ILA to begin negotiating" is about negotiating, not about a "call"; nor is "voiced his
 * opposition to automation" about "opposition", nor "the White House's refusal to intervene"
 * about a "refusal". A thing stays ("made an initial offer": the offer), and so does a cue with
 * words of its own ("Hamas's ceasefire proposal").
 */
/** Whether a topic's words are the speaker's own name: "union" for the group "union". */
function namesSpeaker(form: string, speaker: DocEntity): boolean {
  const f = form.toLowerCase();
  if (speaker.label.toLowerCase() === f) return true;
  for (let k = 0; k < speaker.aliases.length; k++) if (speaker.aliases[k]!.toLowerCase() === f) return true;
  return false;
}

/** The phrases without "his government", "their party": the speaker's own side is no issue. */
function withoutOwnBodies(text: string, phrases: TopicPhrase[]): TopicPhrase[] {
  return phrases.filter((ph) => !(OWN_BODY_HEADS.has(ph.head) && /\b(?:his|her|their|its|our|my)\s+$/i.test(text.slice(Math.max(0, ph.start - 7), ph.start))));
}

function withoutCueWord(tokens: Token[], p: Pending, phrases: TopicPhrase[]): TopicPhrase[] {
  const cue = p.draft?.cue;
  if (!cue) return phrases;
  const ends = new Set<number>();
  for (let k = cue.at; k <= cue.last; k++) ends.add(tokens[k]!.end);
  if (cue.object !== undefined) ends.add(tokens[cue.object]!.end);
  // ("Russia's demands for spending cuts": the possessed position names no issue of its own when the content has one.)
  const possessed = p.draft?.mode === "possessive" && phrases.some((ph) => !ends.has(ph.end));
  return phrases.filter((ph) => ph.form.includes(" ") || !ends.has(ph.end) || (!ATTITUDE_NOUNS.has(ph.head) && !possessed));
}

/**
 * "the kind of sunset clause the United States is reportedly seeking": a cue with no words
 * after it, in a relative clause, is about the noun phrase right before its subject.
 */
function relativeObject(text: string, tokens: Token[], p: Pending, isName: (k: number) => boolean): TopicPhrase | null {
  const subject = p.draft?.subject;
  if (!subject || hasWords(text, p.contentStart, p.contentEnd, 2)) return null;
  let end = subject.t0;
  while (end > p.sentence.t0 && (tokens[end - 1]!.pos === "PUNCT" || tokens[end - 1]!.lower === "that" || tokens[end - 1]!.lower === "which")) end--;
  if (end === subject.t0 && tokens[end - 1]?.pos !== "NOUN") return null;
  const phrases = topicPhrases(text, tokens, Math.max(p.sentence.t0, end - 6), end, isName);
  const last = phrases[phrases.length - 1];
  return last && last.end >= tokens[end - 1]!.end ? last : null;
}

/** Heads too vague to be a story's issue. */
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
  // ("told Morning Report": a programme's name of two capitals may have been read as a person's.)
  const person = e.kind === "person" && / /.test(e.label) && MEDIA_NAME_WORDS.test(e.label.split(" ").pop()!);
  return ((e.kind === "organization" || e.kind === "group") && (MEDIA_NAME_WORDS.test(e.label) || BROADCASTER_INITIALS.test(e.label))) || person;
}

/**
 * "the postal service", "the militant group", "the Palestinian militant group": a description of
 * more than one word, "the" and adjectives before its head, as news copy names a body it named
 * before. Not with a noun before the head ("the health service", "the bus company"): that says
 * which one, and may be another.
 */
function isDescription(text: string, tokens: Token[], ph: TopicPhrase): boolean {
  if (!/\bthe\s+$/i.test(text.slice(Math.max(0, ph.start - 5), ph.start))) return false;
  const [t0, t1] = tokenRange(tokens, ph.start, ph.end);
  // ("the South American nation": an adjective of origin in capitals, as wink tags it.)
  for (let k = t0; k < t1 - 1; k++) if (tokens[k]!.pos !== "ADJ" && !/^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.text)) return false;
  return t1 - t0 > 1;
}

/** "the country's creditors", "the nation's debt", "to topple the government" (where no body is named so): the story's country. */
const COUNTRY_NOUNS = new Set(["country", "nation", "government"]);

/** "workers", "union members", "auto workers", "the employees": people named as a group, not an issue. */
function isPeople(ph: TopicPhrase): boolean {
  // ("developing nations", "small island states": a camp of countries; "the states" alone is no camp.)
  return /s$/.test(ph.form) && (PEOPLE_NOUNS.has(ph.head) || (BLOC_NOUNS.has(ph.head) && ph.form.includes(" ")));
}

/** Who hears a statement: "told media in Pristina", "told reporters in Doha". */
const AUDIENCE_NOUNS = new Set(["media", "reporters", "journalists", "press", "audience", "crowd", "supporters", "lawmakers", "parliament"]);

/** Prepositions of where something happened: "met in Doha", "rallied in Tel Aviv". */
const SCENE_PREPS = new Set(["in", "at", "near", "outside", "inside", "around", "throughout", "along", "down"]);

/**
 * A place named only as the scene of what happened ("told reporters in Doha", "spoke after
 * meeting Trump in Florida") is not what the claim is about; a country or a place that is itself
 * the issue ("control of Donbas", "troops in Donetsk") is.
 */
function isSceneOnly(tokens: Token[], m: Mention, e: DocEntity): boolean {
  if (e.kind !== "place" && e.kind !== "country") return false;
  // "shutting down ports from Maine to Texas": the ends of a range are its extent, not its issue.
  if (isRangeEnd(tokens, m)) return true;
  if (e.kind !== "place") return false;
  // "in suburban Detroit", "in northern Gaza": an adjective between the preposition and the place.
  let at = m.t0 - 1;
  if (tokens[at]?.pos === "ADJ" && LOWER_FIRST.test(tokens[at]?.text ?? "")) at--;
  // "in the Gaza Strip", "up and down the Atlantic and Gulf Coasts".
  if (tokens[at]?.lower === "the") at--;
  const prep = tokens[at]?.lower ?? "";
  const head = tokens[at - 1];
  // ("told media in Pristina", "told reporters in Doha": where the audience was.)
  return (
    SCENE_PREPS.has(prep) &&
    !(head && head.pos === "NOUN" && LOWER_FIRST.test(head.text) && !EVENT_NOUNS.has(singular(head.lower)) && !AUDIENCE_NOUNS.has(head.lower))
  );
}

/**
 * A place that opens or closes a range of places after a noun: "ports from Maine to Texas" say
 * which ports. (After a verb or an adverb the range is what is said: "We will be everywhere from
 * California to Massachusetts".)
 */
function isRangeEnd(tokens: Token[], m: Mention): boolean {
  const before = tokens[m.t0 - 1]?.lower;
  const capital = (k: number) => /^\p{Lu}/u.test(tokens[k]?.text ?? "");
  const afterNoun = (from: number) => tokens[from - 1]?.pos === "NOUN" && /^\p{Ll}/u.test(tokens[from - 1]!.text);
  if (before === "from") {
    if (!afterNoun(m.t0 - 1)) return false;
    // The other end: "to" and a capitalized word within the next few tokens.
    for (let k = m.t1; k < Math.min(tokens.length, m.t1 + 4); k++)
      if (tokens[k]!.lower === "to") return capital(k + 1) || (tokens[k + 1]?.lower === "the" && capital(k + 2));
    return false;
  }
  if (before !== "to" && !(before === "the" && tokens[m.t0 - 2]?.lower === "to")) return false;
  const to = before === "to" ? m.t0 - 1 : m.t0 - 2;
  for (let k = to - 1; k >= Math.max(0, to - 4); k--)
    if (tokens[k]!.lower === "from") return afterNoun(k) && (capital(k + 1) || (tokens[k + 1]?.lower === "the" && capital(k + 2)));
  return false;
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
