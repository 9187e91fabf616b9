// Topics: the issues a claim is about, as canonical noun phrases. "these security guarantees",
// "the guarantees" and "US-backed security guarantees" all become "security guarantees": within a
// document, phrases that share a head noun take the most frequent multi-word form.
import { CUE_FORMS } from "./lexicon/cues.js";
import { GENERIC_ISSUE_HEADS, ISSUE_HEAD_SYNONYM, ISSUE_PHRASE_SYNONYM } from "./lexicon/issues.js";
import { BLOC_NOUNS, CALENDAR_WORDS, GENERIC_NOUNS, PERSON_ROLE_HEADS, PLACE_OF_HEADS, TITLE_HEADS } from "./lexicon/roles.js";
import type { Token } from "./nlp.js";
import { singular } from "./text/inflection.js";
import { holidayEnd } from "./text/holidays.js";
import { shoutingEnd } from "./text/slogans.js";
import { MODALS, SUBORDINATORS, TIME_ADVERBS, TIME_NOUNS } from "./lexicon/function-words.js";

export { singular };

export interface TopicPhrase {
  /** Lemma of the head noun: the key that groups phrases of one document. */
  head: string;
  /** The phrase without determiners and vague modifiers, lowercase except proper words. */
  form: string;
  start: number;
  end: number;
  /** Only judging adjectives modify the head ("robust dialogue", "productive talks"): no kind of its own. */
  judged: boolean;
}

/** Prefixes of a role's name: "co-chair", "vice-president", "ex-minister". */
const ROLE_PREFIX = /^(?:co|vice|deputy|ex|acting|interim)-/;

/** Modifiers that do not change what the topic is. */
const VAGUE = new Set([
  "current",
  "new",
  "such",
  "other",
  "latest",
  "further",
  "more",
  "much",
  "many",
  "several",
  "some",
  "recent",
  "previous",
  "possible",
  "longer",
  "first",
  "second",
  "third",
  "final",
  "initial",
  "same",
  "whole",
  "entire",
  "various",
  "certain",
  "major",
  "key",
  "main",
  "important",
  "significant",
  "strong",
  "big",
  "huge",
  "large",
  "small",
  "long",
  "short",
  "own",
  "next",
  "last",
  "past",
  "early",
  "late",
  "full",
  "complete",
  "real",
  "actual",
  "precise",
  "unresolved",
  "heavy",
  "good",
  "bad",
  "best",
  "worst",
  "great",
  "serious",
  "any",
  "no",
  "every",
  "each",
  "both",
  "all",
  "few",
  "less",
  "least",
  "most",
  "very",
  "only",
  "so-called",
  "follow-up",
  "existing",
  "largest",
  "biggest",
  "smallest",
  "highest",
  "lowest",
  "top",
  "leading",
  "main",
  "former",
  "current",
]);

/**
 * Degree and judgement: "sweeping spending cuts" and "deep spending cuts" are the spending cuts, so
 * they leave the name of a topic of two words or more; before a lone noun they stay ("sweeping
 * concessions"), which alone would often be too generic to be a topic.
 */
const DEGREE = new Set([
  "sweeping",
  "deep",
  "massive",
  "drastic",
  "steep",
  "modest",
  "meaningful",
  "substantial",
  "dramatic",
  "sizable",
  "sizeable",
  "hefty",
  "slight",
  "sharp",
  "severe",
  "harsh",
  "draconian",
  "radical",
  "unprecedented",
  // Verdicts on an action: "disruptive industrial action", "damaging strike action".
  "disruptive",
  "damaging",
  "crippling",
  "devastating",
  "reckless",
  "irresponsible",
  // Verdicts on an offer or a demand: "competitive wage increases", "better job security".
  "fair",
  "fairer",
  "better",
  "competitive",
  "reasonable",
  "realistic",
  "decent",
  "generous",
  "adequate",
  "acceptable",
  "unacceptable",
  "unfair",
  "unworkable",
  "unaffordable",
  "unsustainable",
  // Verdicts on a plan: "the contentious 2025 budget", "controversial pension reform".
  "contentious",
  "controversial",
  "divisive",
  "unpopular",
  "ambitious",
  // Its state, not which one it is: "proposed electricity tax hikes", "planned job cuts".
  "proposed",
  "planned",
  "mooted",
]);
const NP_POS = new Set(["NOUN", "ADJ", "PROPN", "NUM"]);

const OPENING_MARKS = new Set(["“", '"', "”", "'", "’", "(", "["]);
const TIME_DETERMINERS = new Set(["next", "last", "this", "that", "each", "every", "past", "coming"]);
const TIMES_OF_DAY = new Set(["midnight", "noon", "midday", "dawn", "dusk", "twilight", "daybreak", "nightfall"]);

/**
 * Nouns that a set phrase holds, with the words that must stand before and after them: "in order
 * to", "on condition of anonymity", "with (full) respect for", "in terms of", "on behalf of", "in
 * light of", "look forward to".
 */
const SET_PHRASE_NOUNS = new Map<string, { before: readonly string[]; after: readonly string[] }>([
  ["order", { before: ["in"], after: ["to", "that", "for"] }],
  // "bargain in good faith", "on the eve of", "in a nutshell", "it gives me great pleasure", "take
  // into account", "a step in the right direction", "6 a.m. local time".
  ["faith", { before: ["good", "bad"], after: [] }],
  ["eve", { before: ["the"], after: ["of"] }],
  ["nutshell", { before: ["a"], after: [] }],
  ["pleasure", { before: ["great", "my", "a"], after: [] }],
  ["account", { before: ["into"], after: [] }],
  ["direction", { before: ["right", "wrong"], after: [] }],
  ["time", { before: ["local"], after: [] }],
  ["condition", { before: ["on"], after: ["of", "that"] }],
  ["anonymity", { before: ["of"], after: [] }],
  ["respect", { before: ["with", "in", "full", "due", "all"], after: ["to", "for", "of"] }],
  ["terms", { before: ["in"], after: ["of"] }],
  ["behalf", { before: ["on", "in"], after: ["of"] }],
  ["light", { before: ["in"], after: ["of"] }],
  ["look", { before: [], after: ["forward"] }],
  ["way", { before: ["by"], after: ["of"] }],
  ["regard", { before: ["with", "in"], after: ["to"] }],
  ["figure", { before: [], after: ["out"] }],
  ["credit", { before: ["take", "takes", "took", "taking", "claim", "claimed", "claiming"], after: ["for", "."] }],
  ["sense", { before: ["economic", "financial", "political", "good", "no", "any", "more", "little", "much"], after: [] }],
  // "the ball is in the district's court", "in my power", "turn the tide", "come back to the table".
  ["ball", { before: ["the", "'", "‘", "“", '"'], after: ["is", "was", "remains", "now"] }],
  ["court", { before: ["'s", "’s", "their", "our", "your", "his", "her", "its"], after: [] }],
  ["power", { before: ["my", "our", "their", "his", "her", "its"], after: [".", ",", "to", "so"] }],
  ["tide", { before: ["the"], after: [] }],
  ["table", { before: ["the"], after: [".", ",", "with", "and", "to", "for", "’", "'", "”", '"'] }],
]);

function setPhraseNoun(tokens: Token[], k: number): boolean {
  const phrase = SET_PHRASE_NOUNS.get(tokens[k]!.lower);
  if (!phrase) return false;
  const before = tokens[k - 1]?.lower ?? "";
  const after = tokens[k + 1]?.lower ?? "";
  // ("on condition of anonymity": the noun after "of" when "condition" comes before it.)
  if (tokens[k]!.lower === "anonymity") return before === "of" && tokens[k - 2]?.lower === "condition";
  return (phrase.before.length === 0 || phrase.before.includes(before)) && (phrase.after.length === 0 || phrase.after.includes(after));
}
/**
 * "open to talks", "a return to sanctions": after "to", a form in -s is no infinitive but a plural
 * noun that wink tagged as a verb ("to discuss", "to focus" end in -ss, -us).
 */
function pluralAfterTo(tokens: Token[], k: number): boolean {
  return tokens[k]!.pos === "VERB" && /[^su]s$/.test(tokens[k]!.lower) && tokens[k - 1]?.lower === "to";
}

const AMOUNT_WORDS = new Set(["%", "percent", "per", "cent", "million", "billion", "trillion", "bn", "m"]);
const CURRENCY = new Set(["$", "€", "£", "¥"]);

/** "4.5% raise", "20 percent raise", "$1.5 trillion cap": a number that is an amount belongs to the issue. */
function isAmount(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (CURRENCY.has(t.text)) return tokens[k + 1]?.pos === "NUM";
  if (t.pos !== "NUM") return false;
  return AMOUNT_WORDS.has(tokens[k + 1]?.lower ?? "") || CURRENCY.has(tokens[k - 1]?.text ?? "");
}

/** Nouns of pay that wink tags as verbs after another noun: "hazard pay", "a wage freeze", "the fare hike". */
const COMPOUND_PAY_HEADS = new Set(["pay", "raise", "hike", "cut", "cuts", "increase", "freeze"]);

/** A head noun, or the noun that wink tags as a verb after an amount ("a 4.5% raise") or a noun ("hazard pay"). */
function isHeadNoun(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  // (A text cut after "a 20 per" has no head after the amount.)
  if (!t) return false;
  if (t.pos === "NOUN") return true;
  const prev = tokens[k - 1];
  // (Not "workers pay taxes": after a plural the word is the verb, and an object follows a verb.)
  if (
    t.pos === "VERB" &&
    COMPOUND_PAY_HEADS.has(t.lower) &&
    (prev?.pos === "NOUN" || COMPOUND_PAY_HEADS.has(prev?.lower ?? "")) &&
    !/s$/.test(prev!.lower) &&
    !/^(?:DET|PRON|NOUN|NUM|PROPN)$/.test(tokens[k + 1]?.pos ?? "")
  )
    return true;
  return t.pos === "VERB" && (tokens[k - 1]?.text === "%" || tokens[k - 1]?.lower === "percent" || isPerCent(tokens, k - 1));
}

/** Nouns that "pay" modifies: "pay rise", "pay deal", "pay offer", "pay claim". */
const PAID_NOUNS = new Set([
  "rise",
  "raise",
  "increase",
  "bump",
  "hike",
  "deal",
  "offer",
  "claim",
  "cut",
  "freeze",
  "award",
  "package",
  "settlement",
  "talks",
  "dispute",
  "parity",
  "gap",
]);

/** "pay" before a noun of pay, which wink tags as a verb after an adjective or an amount: "up-front pay rise". */
function isPayModifier(tokens: Token[], k: number): boolean {
  return tokens[k]?.lower === "pay" && PAID_NOUNS.has(tokens[k + 1]?.lower ?? "") && tokens[k - 1]?.pos !== "PRON" && tokens[k - 1]?.pos !== "AUX";
}

/** After the "cent" at c, the words of what the amount measures: a noun, an adjective and a noun, "pay", a hyphened compound. */
function afterCent(tokens: Token[], c: number): boolean {
  return (
    isHeadNoun(tokens, c + 1) || (tokens[c + 1]?.pos === "ADJ" && isHeadNoun(tokens, c + 2)) || isPayModifier(tokens, c + 1) || tokens[c + 2]?.text === "-"
  );
}

/** "cent" of "five per cent" (British "per cent" for "percent"). */
function isPerCent(tokens: Token[], k: number): boolean {
  return tokens[k]?.lower === "cent" && tokens[k - 1]?.lower === "per" && tokens[k - 2]?.pos === "NUM";
}

function isNpToken(tokens: Token[], k: number, isName: (k: number) => boolean): boolean {
  const t = tokens[k]!;
  if (isName(k)) return false;
  // "negotiate with unions whilst they are unreasonable": a conjunction that wink takes for a noun.
  if (SUBORDINATORS.has(t.lower)) return false;
  // "the money automation may save": after a modal (not "the will of the people") comes a verb.
  if (MODALS.has(tokens[k - 1]?.lower ?? "") && tokens[k - 1]!.pos !== "NOUN" && tokens[k - 1]!.pos !== "PROPN") return false;
  // "a minimum salary of R12,500", "a Sh17 billion offer": an amount in shillings, rand or rupees.
  if (/^(?:K?Sh|KSh|Rs|Rp|R)\d[\d,.]*$/.test(t.text)) return false;
  // "at 12:01 a.m. today": a clock time is when, not what.
  if ((t.text === "a.m." || t.text === "p.m." || t.text === "a.m" || t.text === "p.m") && t.pos !== "PROPN") return false;
  if (t.text === "%" && tokens[k - 1]?.pos === "NUM") return true;
  // "a five per cent raise": the amount's words, one phrase with the raise.
  // ("a 15 per cent first year payment": an adjective may come first.)
  if ((isPerCent(tokens, k) && afterCent(tokens, k)) || (isPerCent(tokens, k + 1) && afterCent(tokens, k + 1))) return true;
  // ("a 13.75% cost-of-living increase", "state-of-the-art": words joined by hyphens are one.)
  if (tokens[k - 1]?.text === "-" && tokens[k - 1]!.end === t.start && tokens[k + 1]?.text === "-" && tokens[k + 1]!.start === t.end) return true;
  // ("a 15 per cent up-front pay rise": a particle hyphenated to a noun is one word with it.)
  if (
    t.pos === "ADP" &&
    tokens[k + 1]?.text === "-" &&
    tokens[k + 1]!.start === t.end &&
    tokens[k + 2]?.start === tokens[k + 1]!.end &&
    tokens[k + 2]!.pos === "NOUN"
  )
    return true;
  if (isPayModifier(tokens, k)) return true;
  // "in solidarity one minute after midnight": a number and a measure of time after a noun begin a time.
  if (t.pos === "NUM" && tokens[k - 1]?.pos === "NOUN" && MEASURE_HEADS.has(singular(tokens[k + 1]?.lower ?? ""))) return false;
  if (CURRENCY.has(t.text)) return tokens[k + 1]?.pos === "NUM";
  if (t.pos === "VERB" && isHeadNoun(tokens, k)) return true;
  // "next week", "last year": a time phrase is not part of the topic before it.
  // "Monday evening", "Wednesday night", "the June 5 meeting": a date is when, not what.
  // ("tomorrow morning", "shortly before midnight": times of day are when too.)
  if (TIMES_OF_DAY.has(t.lower)) return false;
  // "visited the picket line yesterday": "yesterday" is when (not "yesterday's vote").
  if (TIME_ADVERBS.has(t.lower) && tokens[k + 1]?.lower !== "'s" && tokens[k + 1]?.lower !== "’s") return false;
  if (
    TIME_NOUNS.has(t.lower) &&
    (TIME_DETERMINERS.has(tokens[k - 1]?.lower ?? "") || CALENDAR_WORDS.has(tokens[k - 1]?.lower ?? "") || TIME_ADVERBS.has(tokens[k - 1]?.lower ?? ""))
  )
    return false;
  // "in order to", "on condition of anonymity", "with full respect for": a set phrase's noun is no topic.
  if (setPhraseNoun(tokens, k)) return false;
  if (
    ((TIME_DETERMINERS.has(t.lower) || TIME_ADVERBS.has(t.lower)) && t.lower !== "that" && TIME_NOUNS.has(tokens[k + 1]?.lower ?? "")) ||
    (CALENDAR_WORDS.has(t.lower) && /^\p{Lu}/u.test(t.text))
  )
    return false;
  // "..., demands an end to": a cue verb in -s that wink tags as a noun, before a determiner.
  if (t.pos === "NOUN" && /s$/.test(t.lower) && CUE_FORMS.has(t.lower) && ["a", "an", "the"].includes(tokens[k + 1]?.lower ?? "")) return false;
  // "union members deserved record contracts": an -ed word that wink tags as an adjective or a
  // noun after a plural noun is the verb of the clause.
  if (
    (t.pos === "ADJ" || t.pos === "NOUN") &&
    t.lower.length > 4 &&
    /ed$/.test(t.lower) &&
    tokens[k - 1]?.pos === "NOUN" &&
    /[^s]s$/.test(tokens[k - 1]!.lower) &&
    !isName(k - 1)
  )
    return false;
  if (NP_POS.has(t.pos)) return !OPENING_MARKS.has(t.text[0]!);
  if (pluralAfterTo(tokens, k)) return true;
  // "demilitarized zone", "US-backed guarantees": participles inside a noun phrase.
  if (t.pos === "VERB" && /(?:ed|ing)$/.test(t.lower)) {
    const next = tokens[k + 1];
    const prev = tokens[k - 1];
    // ...but "workers wanted higher pensions": after a plural noun, a past form is the verb.
    if (prev?.pos === "NOUN" && /s$/.test(prev.lower) && /ed$/.test(t.lower)) return false;
    // After a comma or a subject, an -ed form is the sentence's verb ("..., expressed confidence").
    const modifierSlot =
      !prev ||
      ["DET", "ADJ", "ADP", "NUM"].includes(prev.pos) ||
      (prev.pos === "NOUN" && /ing$/.test(t.lower)) ||
      (prev.text === "-" && /(?:ed|ing)$/.test(t.lower) && prev.end === t.start);
    return !!next && (next.pos === "NOUN" || next.pos === "ADJ") && modifierSlot;
  }
  // Hyphenated compounds: "20-point", "two-year".
  return t.text === "-" && tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end;
}

/**
 * Adjectives that judge rather than say which one ("robust dialogue", "productive talks", "tough
 * negotiations"): the degree words above and the usual verdicts on a negotiation.
 */
const JUDGING = new Set([
  ...DEGREE,
  ..."robust productive constructive fruitful candid frank tough difficult hard good positive useful serious successful intense intensive lengthy long-running marathon fresh renewed stalled frosty tense cordial friendly".split(
    " ",
  ),
]);

/** Only judging adjectives stand before the head at `last` (from `from`, the first word after vague ones). */
function isJudged(tokens: Token[], from: number, last: number): boolean {
  if (from >= last) return false;
  for (let k = from; k < last; k++) if (!JUDGING.has(tokens[k]!.lower)) return false;
  return true;
}

/** Who words are said to in public: "told reporters", "said to the crowd". */
const AUDIENCE_NOUNS = new Set(["reporter", "journalist", "audience", "crowd", "press", "media"]);

/**
 * Whether what modifies the head at `last` says which one it is: a noun, a name, an amount, a
 * hyphenated compound ("vote outcome", "debt-ceiling decision", "$1.5 trillion gap") or a
 * relational adjective, one made from a noun ("humanitarian effort", "bilateral issues",
 * "economic concerns"); not qualitative adjectives alone ("a sensitive stage", "a turning point",
 * "a difficult task"), which judge it.
 */
function hasNounModifier(tokens: Token[], from: number, last: number): boolean {
  // "each lasting 45 days", "two-thirds of the issues": a number measures a span or a share, it says no issue.
  const measure = MEASURE_HEADS.has(singular(tokens[last]!.lower));
  for (let k = from; k < last; k++) {
    const t = tokens[k]!;
    if (measure && (t.pos === "NUM" || t.text === "-")) continue;
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "NUM" || t.text === "-" || CURRENCY.has(t.text) || t.text === "%") return true;
    if (t.pos === "ADJ" && RELATIONAL_ADJECTIVE.test(t.lower)) return true;
    // ("paid sick days", "snow days": a kind of day, not a span of them.)
    // ("each lasting 45 days": a participle measures the span.)
    if (
      measure &&
      t.pos === "ADJ" &&
      !/ing$|^\d/.test(t.lower) &&
      !ORDINALS.has(t.lower) &&
      !VAGUE.has(t.lower) &&
      !DEGREE.has(t.lower) &&
      !TIME_QUALIFIERS.has(t.lower)
    )
      return true;
  }
  return false;
}

/** Adjectives that place or count a span of time ("the next few days", "the past two weeks"), saying no kind of it. */
const TIME_QUALIFIERS = new Set([
  "next",
  "last",
  "past",
  "previous",
  "coming",
  "few",
  "several",
  "many",
  "recent",
  "final",
  "first",
  "early",
  "late",
  "whole",
  "entire",
  "full",
  "additional",
  "extra",
  "long",
  "short",
  "same",
  "following",
  "other",
  "single",
]);

/**
 * Nouns that make a preposition with "in", "on", "by" or "with" before and "of" after: "in favour
 * of", "on behalf of", "in the wake of", "in the process of", "in the face of".
 */
const PREPOSITION_NOUNS = new Set(
  "favour favor behalf wake face process midst course light spite terms view case lieu absence presence support defence defense name part front place event way means charge".split(
    " ",
  ),
);

/** Whether the phrase [k, last] is the noun of a complex preposition ("in favour of", "on behalf of"). */
function inComplexPreposition(tokens: Token[], k: number, last: number): boolean {
  if (last !== k || tokens[last + 1]?.lower !== "of" || !PREPOSITION_NOUNS.has(tokens[last]!.lower)) return false;
  const before = tokens[k - 1]?.lower === "the" ? tokens[k - 2] : tokens[k - 1];
  return ["in", "on", "by", "with", "at"].includes(before?.lower ?? "");
}

/** What a body's members are: "member states", "member nations", "member countries". */
const MEMBER_BODIES = new Set(["state", "nation", "country", "government"]);

/** Where and how words were said: "at a news conference", "on a conference call", "in an interview". */
const OCCASIONS = new Set([
  "meeting",
  "conference",
  "call",
  "interview",
  "briefing",
  "session",
  "speech",
  "address",
  "appearance",
  "livestream",
  "podcast",
  "hearing",
  "rally",
]);
const OCCASION_PREPOSITIONS = new Set(["in", "at", "on", "during"]);

/**
 * "told lawmakers on a conference call", "said at a news conference", "In a very constructive
 * meeting with Prime Minister Netanyahu today", "in a bulletin to members": the occasion or the
 * channel of the words, no topic ("called for an urgent meeting" keeps its meeting).
 */
function isOccasion(tokens: Token[], k: number, lemma: string): boolean {
  if (!OCCASIONS.has(lemma) && !MESSAGES.has(lemma)) return false;
  let p = k - 1;
  while (p >= 0 && k - p < 5 && (tokens[p]!.pos === "DET" || tokens[p]!.pos === "ADV" || tokens[p]!.pos === "ADJ")) p--;
  // ("told a regular news briefing", "addressed a rally": the occasion is who the words were told to.)
  return OCCASION_PREPOSITIONS.has(tokens[p]?.lower ?? "") || (OCCASIONS.has(lemma) && TELLING.has(tokens[p]?.lower ?? ""));
}
const TELLING = new Set(["told", "tell", "tells", "telling", "addressed", "address", "addresses", "addressing"]);

/** Writings that carry words to someone: "in a bulletin to members", "a letter to shareholders". */
const MESSAGES = new Set(["bulletin", "letter", "memo", "message", "email", "newsletter", "note", "notice"]);

/**
 * "pushed back in a bulletin to members Tuesday evening": those a message went to are its
 * audience, not what it is about (as "told reporters"); "according to a copy obtained by CNN":
 * the source of the words, not what they are about.
 */
function isAddressedBy(tokens: Token[], k: number): boolean {
  let p = k - 1;
  while (p >= 0 && k - p < 4 && (tokens[p]!.pos === "DET" || tokens[p]!.pos === "ADJ" || tokens[p]!.pos === "PRON")) p--;
  if (tokens[p]?.lower !== "to") return false;
  // "according to a copy obtained by CNN": the document the words come from.
  if (tokens[p - 1]?.lower === "according") return true;
  return MESSAGES.has(singular(tokens[p - 1]?.lower ?? ""));
}

/**
 * "Rep. Chip Roy (R-Texas)", "Sen. Chuck Schumer (D-N.Y.)": a member of Congress's party and
 * state, in brackets after the name, is who the person is, never what a claim is about.
 */
function isPartyAndState(tokens: Token[], k: number): boolean {
  return tokens[k - 1]?.text === "(" && /^[RDI]$/.test(tokens[k]!.text) && tokens[k + 1]?.text === "-";
}

/** Ranks that wink reads as nouns: "First, she said", "the latter". */
const ORDINALS = new Set(["first", "second", "third", "fourth", "fifth", "last", "latter", "former"]);

/** Heads that a number measures: spans of time and shares ("45 days", "two-thirds", "a half"). */
const MEASURE_HEADS = new Set([
  ...TIME_NOUNS,
  "hour",
  "minute",
  "decade",
  "half",
  "third",
  "quarter",
  "fifth",
  "percent",
  "amount",
  "dozen",
  "score",
  "hundred",
  "thousand",
  "million",
]);

/**
 * "the referee's decision", "the players' concerns": whose it is says which one it is. Not after a
 * name ("Trump's view", "Netanyahu's remarks"): there the owner is the target, already counted.
 */
function isPossessed(tokens: Token[], first: number, isName: (k: number) => boolean): boolean {
  const mark = tokens[first - 1];
  if (!mark || isName(first - 2)) return false;
  return mark.lower === "'s" || mark.lower === "’s" || ((mark.text === "'" || mark.text === "’") && /s$/.test(tokens[first - 2]?.lower ?? ""));
}

/** Endings of English relational adjectives: political, economic, humanitarian, monetary, nuclear, Chinese. */
const RELATIONAL_ADJECTIVE = /(?:al|ic|ian|ary|ar|ese)$/;

/**
 * Noun phrases of tokens [from, to) that can be topics. `isName(k)`: token k is part of a named
 * entity. `generic`: also accept generic heads ("the possibility"), for a claim with nothing better.
 */
export function topicPhrases(text: string, tokens: Token[], from: number, to: number, isName: (k: number) => boolean, generic = false): TopicPhrase[] {
  const out: TopicPhrase[] = [];
  let k = from;
  while (k < to) {
    // ("placards reading “YOUR POLITICS ARE A DECLARATION OF WAR”": a slogan is no issue.)
    // ("a New Year's Eve announcement": a holiday is when, no issue.)
    const slogan = Math.max(shoutingEnd(tokens, k, to), holidayEnd(tokens, k, to));
    if (slogan > k) {
      k = slogan;
      continue;
    }
    if (!isNpToken(tokens, k, isName)) {
      k++;
      continue;
    }
    let e = k;
    while (e + 1 < to && isNpToken(tokens, e + 1, isName)) e++;
    // The phrase ends at its last noun.
    // The phrase ends at its last noun (a capitalized word that is no name counts: "Talks between").
    let last = e;
    while (
      last >= k &&
      !isHeadNoun(tokens, last) &&
      !(tokens[last]!.pos === "PROPN" && !CALENDAR_WORDS.has(tokens[last]!.lower)) &&
      !pluralAfterTo(tokens, last)
    )
      last--;
    if (last >= k) {
      let first = k;
      // "US-backed guarantees": the hyphen and participle after a name belong to the name.
      if (tokens[first]!.text === "-") first += tokens[first + 1]?.pos === "VERB" ? 2 : 1;
      // ("long-term disability", "last-minute offer": the first word of a hyphenated compound is
      // part of it, never a vague or degree word of its own.)
      const compound = (k: number) => tokens[k + 1]?.text === "-" && tokens[k + 1]!.start === tokens[k]!.end;
      while (first < last && !compound(first) && (VAGUE.has(tokens[first]!.lower) || (tokens[first]!.pos === "NUM" && !isAmount(tokens, first)))) first++;
      const judged = first;
      while (first < last && !compound(first) && DEGREE.has(tokens[first]!.lower)) first++;
      // ...unless the head would stand alone: then the judgement is part of its name ("sweeping concessions").
      if (first === last) first = judged;
      const head = tokens[last]!;
      const lemma = singular(head.lower);
      // A generic head is fine with a modifier of its own: "four-day week", "defence spending target".
      // People are not topics: "the president", "leaders", "officials".
      // ("co-chairs", "vice-chairman": the role after the prefix.)
      const role = lemma.replace(ROLE_PREFIX, "");
      const person = PERSON_ROLE_HEADS.has(role) || TITLE_HEADS.has(head.lower) || (role !== lemma && TITLE_HEADS.has(role));
      // ("developing countries", "wealthier nations": a camp of countries, though "the country" is none.)
      const camp = BLOC_NOUNS.has(lemma) && lemma !== head.lower && first < last;
      const specific =
        !person &&
        ((!GENERIC_NOUNS.has(head.lower) && !GENERIC_NOUNS.has(lemma)) || camp || hasNounModifier(tokens, judged, last) || isPossessed(tokens, k, isName));
      // ("told reporters", "the crowd": the audience of the words is never what they are about.)
      // ("two-thirds of the issues", "First, ...": a share or a rank alone is no topic, even for a claim with nothing better.)
      const bare =
        (!specific && (MEASURE_HEADS.has(lemma) || ORDINALS.has(lemma))) ||
        inComplexPreposition(tokens, k, last) ||
        isOccasion(tokens, k, lemma) ||
        isAddressedBy(tokens, k) ||
        isPartyAndState(tokens, k) ||
        // ("Norway and Cuba, which act as guarantors of the process": the role the subject plays.)
        (tokens[k - 1]?.lower === "as" && /^(?:acts?|acted|acting|serves?|served|serving)$/.test(tokens[k - 2]?.lower ?? "")) ||
        // ("member nations gather every five years": the members of a body, who are no issue.)
        (last === first + 1 && tokens[first]!.lower === "member" && MEMBER_BODIES.has(lemma)) ||
        // ("the port of Nikolaev", "the city of Kherson": what the place is, named after "of".)
        (first === last && PLACE_OF_HEADS.has(lemma) && tokens[last + 1]?.lower === "of" && isName(last + 2));
      if ((generic || specific) && !bare && !AUDIENCE_NOUNS.has(lemma) && head.lower.replace(/[^\p{L}]/gu, "").length > 2) {
        // "productive bargaining", "a very robust dialogue": only judged, the head names it ("bargaining").
        const isJudgedOnly = isJudged(tokens, judged, last);
        let form = text.slice(tokens[isJudgedOnly && GENERIC_ISSUE_HEADS.has(lemma) ? last : first]!.start, head.end).replace(/\s+/g, " ");
        // Lowercase, but keep acronyms and mixed-case names: "EU", "iPhone".
        if (/[A-Z]/.test(form))
          form = form
            .split(" ")
            .map((w) => (/^[A-Z]{2,}|^[A-Z][a-z]+[A-Z]/.test(w) ? w : w.toLowerCase()))
            .join(" ");
        out.push({ head: lemma, form, start: tokens[first]!.start, end: head.end, judged: isJudgedOnly });
      }
    }
    // (Token e + 1, where there is one, was just found to be no part of a phrase: not asked again.)
    k = e + 2;
  }
  return out;
}

/**
 * The label each topic form of one document takes: a bare head ("guarantees") takes the most
 * frequent two- or three-word form of that head ("security guarantees"), and so does a longer
 * form that only adds words to it ("long-term security guarantees"); a form with an amount of
 * its own ("4.5% raise") or other words keeps its own label, so that two offers stay two.
 * Returns form -> label for the forms that change.
 */
/** A form that ends with a phrase of ISSUE_PHRASE_SYNONYM: the words before it and the name it stands for. */
function phraseSynonym(form: string): { rest: string; name: string } | null {
  const lower = form.toLowerCase();
  for (const [phrase, name] of ISSUE_PHRASE_SYNONYM) {
    for (const p of [phrase, `${phrase}s`]) if (lower === p || lower.endsWith(` ${p}`)) return { rest: lower.slice(0, lower.length - p.length).trim(), name };
  }
  return null;
}

export function canonicalTopics(phrases: readonly TopicPhrase[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const p of phrases) {
    let m = counts.get(p.head);
    if (!m) counts.set(p.head, (m = new Map()));
    m.set(p.form, (m.get(p.form) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  // "debt ceiling" and "debt limit", "the talks" and "the negotiations" in one article: one issue,
  // under the form said more often.
  const bySynonym = new Map<string, Map<string, number>>();
  for (const p of phrases) {
    // ("industrial action", "strike action", "a walkout" beside "the strike": one strike.)
    const phrase = phraseSynonym(p.form);
    const head = phrase ? ISSUE_HEAD_SYNONYM.get(phrase.name) : ISSUE_HEAD_SYNONYM.get(p.head);
    if (!head) continue;
    const words = (phrase ? phrase.rest : p.form).split(" ");
    const key = phrase ? `${phrase.rest} ${head}` : words.slice(0, -1).join(" ") + " " + head;
    let m = bySynonym.get(key);
    if (!m) bySynonym.set(key, (m = new Map()));
    m.set(p.form, (m.get(p.form) ?? 0) + 1);
  }
  for (const forms of bySynonym.values()) {
    if (forms.size < 2) continue;
    // (The form said more often; of two said as often, the shorter: "strike" over "industrial action".)
    const best = [...forms].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]![0];
    for (const form of forms.keys()) if (form !== best) out.set(form, best);
  }
  for (const forms of counts.values()) {
    if (forms.size < 2) continue;
    // The head's main form: prefer two- and three-word forms without an amount, then frequency.
    let best = "";
    let bestScore = -1;
    for (const [form, n] of forms) {
      const words = form.split(" ").length;
      const score = n * 10 + (words >= 2 && words <= 3 && !/\d/.test(form) ? 15 : words > 3 ? 5 : 0);
      if (score > bestScore) {
        best = form;
        bestScore = score;
      }
    }
    const bestWords = best.split(" ");
    const bestCount = forms.get(best) ?? 0;
    for (const [form, n] of forms) {
      if (form === best) continue;
      const words = form.split(" ");
      // A bare head said more often than the longer form is an issue of its own ("ceasefire"
      // beside one "permanent ceasefire").
      const narrower = words.length === 1 && bestCount >= n;
      const wider = !/\d/.test(form) && bestWords.length > 1 && bestWords.every((w) => words.includes(w));
      if (narrower || wider) out.set(form, best);
    }
  }
  return out;
}
