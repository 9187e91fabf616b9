// Named-entity mentions without a trained NER: capitalized runs split into titles and names,
// the gazetteer, organization and place keywords, and the context of the run.
import {
  DEMONYM_OF,
  GAZETTEER,
  GAZETTEER_FIRST_WORDS,
  GAZETTEER_MAX_WORDS,
  GAZETTEER_PREFIXES,
  gazetteerEntryOf,
  type GazetteerEntry,
} from "../lexicon/gazetteer.js";
import {
  CALENDAR_WORDS,
  GENERIC_NOUNS,
  COMPANY_HEADS,
  FACILITY_KEYWORDS,
  GROUP_HEADS,
  HONORIFICS,
  LOCAL_SEATS,
  NUMBERED_PARTS,
  ORG_KEYWORDS,
  PARTY_ADJECTIVES,
  PARTY_MEMBER_NOUNS,
  PARTY_MEMBERS,
  PARTY_MEMBERS_BY_ADJECTIVE,
  PARTY_NICKNAMES,
  PEOPLE_NOUNS,
  PLACE_KEYWORDS,
  FEATURES_OF,
  PLACE_FIRST_WORDS,
  PLACE_OF_HEADS,
  SURNAME_MONTHS,
  TIME_ZONES,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  TOPIC_KEYWORDS,
} from "../lexicon/roles.js";
import { CUE_FORMS } from "../lexicon/cues.js";
import { headlineVerbAt } from "../attribution/cues.js";
import { GENERIC_ISSUE_HEADS, NAMED_ISSUES } from "../lexicon/issues.js";
import { singular } from "../text/inflection.js";
import { genderOfGivenName } from "../lexicon/given-names.js";
import { DETERMINERS, POSSESSIVES, TIME_ADVERBS, TIME_NOUNS } from "../lexicon/function-words.js";
import type { Token } from "../nlp.js";
import { CONTRACTION } from "../text/words.js";
import { bodyNameVariant } from "../text/names.js";
import { holidayEnd } from "../text/holidays.js";
import { shoutingEnd } from "../text/slogans.js";
import type { EntityKind } from "../types.js";
import {
  UPPER_FIRST,
  LOWER_FIRST,
  CAPITALIZED_WORD,
  CAPITAL_THEN_LOWER,
  LOWERCASE_ED_FORM,
  SHORT_LOWERCASE_SYLLABLE,
  SHORT_CAPITALIZED_PARTICLE,
} from "../text/letters.js";

export interface Mention {
  /** Token range [t0, t1) of the name itself (title excluded). */
  t0: number;
  t1: number;
  start: number;
  end: number;
  /** The surface name, e.g. "Zelenskyy", "Kyiv", "US". */
  text: string;
  kind: EntityKind;
  /** Canonical name when known: the gazetteer name, or the country a capital stands for. */
  canonical?: string;
  gazetteer?: GazetteerEntry;
  /** Title or role that precedes the name: "Ukrainian President", "Boeing spokesman". */
  role?: string;
  /** Start of the title, when there is one (the mention with its title starts here). */
  roleStart?: number;
  /** Token index where the title starts (set with roleStart). */
  roleT0?: number;
  /** A demonym used as an adjective ("Russian control"), not a name. */
  adjectival?: boolean;
  /** The kind is a guess: a lone capitalized word with nothing that says what it is ("Trump", "Stellantis"). */
  guessed: boolean;
}

/** Endings of surnames in many languages (Slavic, Romanian, Balkan, Nordic, Spanish, Italian, Armenian, Turkish, Georgian, German, Jewish). */
/** Adjectives of rank before a name that are not part of it: "Top White House officials", "Senior Hamas official X". */
/** Common nouns that some styles capitalize alone: "the Government", "the Opposition". */
const CAPITALIZED_DESCRIPTIONS = new Set(["government", "opposition", "administration"]);

const RANK_ADJECTIVES = new Set(["top", "senior", "former", "junior", "veteran", "leading"]);
/** What a person heads, named after them: "the Trump administration", "the Biden campaign". */
const PERSON_ORGANIZATIONS = new Set(["administration", "campaign", "cabinet", "government"]);
const NUMBER_WORDS = new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty"]);

export const SURNAME_ENDING =
  /\p{Ll}(?:ov|ova|ev|eva|sky|skyy|skiy|ski|ska|enko|chuk|yuk|escu|ić|vić|vic|sson|ini|elli|etti|yan|oglu|oğlu|wicz|shvili|adze|idze|ovich|evich|stein|baum)$/u;
const NAME_PARTICLES = new Set(["al", "el", "ad", "as", "ash", "an", "abu", "bin", "ibn", "ben", "bint"]);
// Words that open a sentence without naming anyone: time and discourse adverbs, ordinals that
// count arguments, quantifier pronouns. "None of the three countries' trade representatives ...",
// "Second, she pointed out that ...": never an organization called None or Second.
const SENTENCE_ADVERBS = new Set([
  "yesterday",
  "today",
  "tomorrow",
  "tonight",
  "indeed",
  "meanwhile",
  "however",
  "therefore",
  "still",
  "none",
  "neither",
  "either",
  "each",
  "both",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "firstly",
  "secondly",
  "thirdly",
  "finally",
  "lastly",
  "also",
  "instead",
  "then",
  "now",
  "later",
  "earlier",
  "overall",
  "additionally",
  "furthermore",
  "moreover",
  "separately",
  "nonetheless",
  "nevertheless",
  "ultimately",
  "eventually",
  "currently",
  "previously",
  "afterwards",
  "otherwise",
  "perhaps",
  // "Late Wednesday, ...", "Early on Monday", "Dear Members": words that open a sentence or a
  // letter before a time or a salutation's name.
  "late",
  "early",
  "dear",
]);
const CONNECTORS = new Set(["of", "for", "de", "du", "da", "del", "der", "van", "von", "al", "bin", "ibn", "la", "le", "los", "las", "di", "&", "and"]);
const OWNER_PRONOUNS = new Set(["his", "her", "their", "its", "our", "my", "your"]);
/** A connector of a name, not initials that spell one ("the DA", the Democratic Alliance). */
const isConnector = (t: Token) => CONNECTORS.has(t.lower) && !/^[A-Z]{2,}$/.test(t.text);
// (Not "on": "on Twitter", "on Monday", "on Capitol Hill" are as often no place as a place.)
const PLACE_PREPS = new Set(["in", "at", "near", "from", "to", "into", "across", "outside", "inside", "around", "towards", "toward", "via"]);

/** An opening quotation mark or bracket (a straight quote opens when a space precedes it). */
function isOpeningMark(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (/^[“‘([]$/.test(t.text)) return true;
  // ("'Union members are voting ...,' he said": a single straight mark opens the same way.)
  return (t.text === '"' || t.text === "'") && (k === 0 || tokens[k - 1]!.end < t.start) && tokens[k + 1]?.start === t.end;
}

function isCapitalized(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true; // A-Z
  if (c < 128) return c >= 48 && c <= 57 && /^[A-Z0-9.]{2,}$/.test(t.text) && /[A-Z]/.test(t.text);
  return UPPER_FIRST.test(t.text);
}

/**
 * "Boeing spokesman Doug Alder", "Leicester manager Graham Tovey": a proper noun before a
 * lowercase title and a name is the employer, even at the start of a sentence.
 */
function employerBeforeTitle(tokens: Token[], i: number): boolean {
  // "Shadow home secretary X", "Deputy prime minister X": the capital is part of the title.
  const t = tokens[i]!;
  if (t.pos !== "PROPN" || TITLE_MODIFIERS.has(t.lower) || TITLE_HEADS.has(t.lower) || HONORIFICS.has(t.lower)) return false;
  let j = i + 1;
  while (j < i + 4 && tokens[j] && LOWER_FIRST.test(tokens[j]!.text) && (TITLE_HEADS.has(tokens[j]!.lower) || TITLE_MODIFIERS.has(tokens[j]!.lower))) j++;
  return j > i + 1 && TITLE_HEADS.has(tokens[j - 1]!.lower) && !!tokens[j] && tokens[j]!.pos === "PROPN" && UPPER_FIRST.test(tokens[j]!.text);
}

const SPEECH_AFTER_NAME = new Set(["said", "says", "told", "added", "insisted", "warned", "argued", "stressed", "noted", "wrote", "tweeted"]);

/** "He" before a given name, after a title or inside a sentence: the Chinese surname, not the pronoun. */
function isSurnameHe(tokens: Token[], i: number, sentenceStart: number): boolean {
  const prev = tokens[i - 1];
  // "Vice Premier He said": right after a capitalized title, "He" is only ever the surname.
  if (prev && i > sentenceStart && TITLE_HEADS.has(prev.lower) && /^\p{Lu}/u.test(prev.text)) return true;
  const next = tokens[i + 1];
  if (!next || !CAPITALIZED_WORD.test(next.text) || next.pos === "VERB" || next.pos === "AUX" || CALENDAR_WORDS.has(next.lower)) return false;
  return (i > sentenceStart && !!prev && !/^[“"‘([«„]$/.test(prev.text)) || (!!prev && TITLE_HEADS.has(prev.lower));
}

/** Words that pages write in capitals as labels, no initials: "UPDATE:", "PHOTO", "WATCH", "LIVE". */
const PAGE_LABELS = new Set([
  "update",
  "photo",
  "photos",
  "video",
  "watch",
  "live",
  "breaking",
  "exclusive",
  "details",
  "read",
  "more",
  "note",
  "new",
  "latest",
  "opinion",
  "listen",
  "alert",
  "also",
]);

/** Whether the token can be part of a name run. */
function isNameToken(tokens: Token[], i: number, sentenceStart: number): boolean {
  const t = tokens[i]!;
  // "Vice Premier He Lifeng", "met He Lifeng on Friday": the Chinese surname He, not the pronoun,
  // after a title or inside a sentence, before a given name.
  if (t.text === "He" && t.pos === "PRON") return isSurnameHe(tokens, i, sentenceStart);
  if (!isCapitalized(t) || t.text.length < 2 || t.pos === "PRON") return false;
  // "“I’m not going to ...”", "It’s assumed": a contraction that wink keeps whole is no name.
  if (CONTRACTION.test(t.text)) return false;
  // "Conservative Icon Ada Lee Endorses Tom Reyes": the verb of a title-case headline.
  if ((t.pos === "PROPN" || t.pos === "VERB") && headlineVerbAt(tokens, i, sentenceStart)) return false;
  if (t.pos === "PUNCT" || t.pos === "SYM") return false;
  // "Sh17 billion", "R12,500", "Rs 500 crore", "N35,000": an amount in shillings, rand, rupees or naira, no name.
  if (
    /^(?:K?Sh|KSh|Rs|Rp|R|N)\d[\d,.]*$/.test(t.text) &&
    (/[\d][,.]\d/.test(t.text) ||
      /^(?:million|billion|bn|trillion|m|crore|lakh|per)$/i.test(tokens[i + 1]?.text ?? "") ||
      (tokens[i + 1]?.text === "," && tokens[i + 1]!.start === t.end && /^\d{3}$/.test(tokens[i + 2]?.text ?? "")))
  )
    return false;
  // "US$300b", "NZ$ 5 million": a dollar's country letters are a currency, no name.
  if (t.text.endsWith("$") || (tokens[i + 1]?.text === "$" && tokens[i + 1]!.start === t.end)) return false;
  if (CALENDAR_WORDS.has(t.lower)) {
    // "May" after a capitalized given name is a surname; alone it is a month, and a weekday is
    // never a name ("the Commerce Ministry Sunday said").
    const prev = tokens[i - 1];
    // ("President Jan Simpson", "Sen. April Ryan": after a title, a month's name before a
    // capitalized word is a given name.)
    const next = tokens[i + 1];
    if (prev && TITLE_HEADS.has(prev.lower) && UPPER_FIRST.test(prev.text) && next && CAPITALIZED_WORD.test(next.text) && !CALENDAR_WORDS.has(next.lower))
      return true;
    return (
      SURNAME_MONTHS.has(t.lower) &&
      !!prev &&
      i > sentenceStart &&
      CAPITALIZED_WORD.test(prev.text) &&
      prev.pos === "PROPN" &&
      !CALENDAR_WORDS.has(prev.lower) &&
      !ORG_KEYWORDS.has(prev.lower) &&
      !/^\d/.test(tokens[i + 1]?.text ?? "")
    );
  }
  if (TIME_ZONES.has(t.lower) && /^[A-Z]+$/.test(t.text)) return false;
  // "the United States' No. 2 trading partner": the abbreviation of "number".
  if (t.text === "No." && /^\d/.test(tokens[i + 1]?.text ?? "")) return false;
  // "R-Calif.", "D-N.Y.": the state of a party tag is no name of its own.
  if (tokens[i - 1]?.text === "-" && /^[RDI]$/.test(tokens[i - 2]?.text ?? "") && tokens[i - 1]!.start === tokens[i - 2]!.end) return false;
  if (t.text.length === 2 && t.text.charCodeAt(1) === 46 && !(tokens[i + 1] && CAPITAL_THEN_LOWER.test(tokens[i + 1]!.text))) return false;
  // "EVs", "SUVs", "CEOs": a plural abbreviation is a common noun.
  if (t.text.charCodeAt(t.text.length - 1) === 115 && /^[A-Z]{2,}s$/.test(t.text)) return false;
  // "Democratic lawmakers", "Republican votes": a party adjective before a noun is no name.
  if (PARTY_ADJECTIVES.has(t.lower) && tokens[i + 1] && LOWER_FIRST.test(tokens[i + 1]!.text) && tokens[i + 1]!.pos === "NOUN") return false;
  if (GAZETTEER.has(t.text)) return true;
  // "UPS said", "AMPTP members": letters in capitals are initials, whatever part of speech wink
  // guessed from the lowercase word ("ups"), unless the words around are capitals too (a phrase
  // shouted in capitals).
  if (
    /^[A-Z]{2,6}$/.test(t.text) &&
    !TIME_ZONES.has(t.lower) &&
    !PAGE_LABELS.has(t.lower) &&
    !/^[A-Z]{2,}$/.test(tokens[i + 1]?.text ?? "") &&
    !/^[A-Z]{2,}$/.test(tokens[i - 1]?.text ?? "")
  )
    return true;
  // "the Danish union 3F Transport", "3M said": a name that opens with a digit.
  if (/^\d{1,2}[A-Z]{1,3}$/.test(t.text))
    return !!tokens[i + 1] && (isCapitalized(tokens[i + 1]!) || tokens[i + 1]!.pos === "VERB" || tokens[i + 1]!.pos === "AUX");
  const atStart = i === sentenceStart || isOpeningMark(tokens, i - 1);
  if (atStart) {
    // wink tags sentence-initial capitals as proper nouns: "Territorial questions", "Yesterday we".
    const next = tokens[i + 1];
    if (SENTENCE_ADVERBS.has(t.lower) && !(next && isCapitalized(next) && next.pos === "PROPN" && !CALENDAR_WORDS.has(next.lower))) return false;
    // "Critics in Seoul", "Officials said": a plural common noun, not a name.
    // "Talks between ...", "Sanctions on ...": a plural common noun opening the sentence.
    if (/s$/.test(t.text) && next && LOWER_FIRST.test(next.text) && ["ADP", "DET", "ADV", "SCONJ"].includes(next.pos) && !GAZETTEER.has(t.text)) return false;
    // "Miners are adamant", "Nurses have voted": people in the plural before a verb.
    if (/s$/.test(t.lower) && PEOPLE_NOUNS.has(singular(t.lower)) && next && LOWER_FIRST.test(next.text) && (next.pos === "AUX" || next.pos === "VERB"))
      return false;
    // "Dockworkers represented by the ILA", "Nurses employed by the city": a plural common noun
    // that a participle and its agent describe.
    if (/[^s]s$/.test(t.text) && next && LOWERCASE_ED_FORM.test(next.text) && tokens[i + 2]?.lower === "by" && !GAZETTEER.has(t.text)) return false;
    if (
      (GROUP_HEADS.has(t.lower) || /^(?:thousands|hundreds|dozens|millions|scores|tens|many|several|some|most|few|others)$/.test(t.lower)) &&
      /s$/.test(t.lower) &&
      !GAZETTEER.has(t.text)
    )
      return false;
    if (next && LOWER_FIRST.test(next.text) && (next.pos === "NOUN" || next.pos === "PRON" || next.pos === "ADJ") && !employerBeforeTitle(tokens, i))
      return false;
    // "Hard-right Republicans", "Far-left groups": a hyphenated modifier opening the sentence.
    if (next?.text === "-" && next.start === t.end && /^\p{Ll}{3,}$/u.test(tokens[i + 2]?.text ?? "") && tokens[i + 2]!.start === next.end) return false;
    // "Bank of America said", "University of Michigan researchers": a body's keyword and "of" a name.
    if (next?.lower === "of" && ORG_KEYWORDS.has(t.lower) && tokens[i + 2] && isCapitalized(tokens[i + 2]!)) return true;
    // "Talks resumed", "Negotiators said": a generic noun opening the sentence is no name.
    if (!next || !isCapitalized(next) || next.pos !== "PROPN") {
      if (GENERIC_ISSUE_HEADS.has(singular(t.lower)) || GROUP_HEADS.has(t.lower)) return false;
    }
    // "Ford Motor Co. said", "Ford CEO Jim Farley": wink tags some names as verbs or nouns at the
    // start of a sentence; a capitalized proper noun right after makes the word part of a name.
    if (
      (t.pos === "VERB" || t.pos === "NOUN") &&
      next &&
      isCapitalized(next) &&
      next.pos === "PROPN" &&
      !/(?:ing|ed|ly)$/.test(t.lower) &&
      !TITLE_MODIFIERS.has(t.lower)
    )
      return true;
    // "Ford called the strike expansion ...", "Boeing said": a capital tagged as a verb right
    // before a verb of speech is the name of the one who speaks.
    if (
      (t.pos === "VERB" || t.pos === "NOUN") &&
      next?.pos === "VERB" &&
      CUE_FORMS.has(next.lower) &&
      /(?:ed|s)$/.test(next.lower) &&
      !/(?:ing|ed|ly|s)$/.test(t.lower) &&
      !GROUP_HEADS.has(t.lower) &&
      !GENERIC_ISSUE_HEADS.has(t.lower)
    )
      return true;
  }
  if (t.pos === "PROPN") return true;
  // "..., Cooper said": wink tags some surnames as verbs; before a speech verb it is a name.
  if (t.pos === "VERB" && i > sentenceStart && SPEECH_AFTER_NAME.has(tokens[i + 1]?.lower ?? "")) return true;
  // "..., Met Council officials disagreed": a capital inside a sentence that wink tags as a verb,
  // before a proper noun, opens a name.
  if (t.pos === "VERB" && i > sentenceStart && tokens[i + 1]?.pos === "PROPN" && isCapitalized(tokens[i + 1]!) && !/(?:ing|ly)$/.test(t.lower)) return true;
  // Capitalized common words count inside a sentence, not at its start ("The", "Territorial").
  if (i === sentenceStart || tokens[i - 1]?.text.match(/^[“"‘([«„]$/) || (tokens[i - 1]?.text === "'" && isOpeningMark(tokens, i - 1)))
    return TITLE_HEADS.has(t.lower) || HONORIFICS.has(t.lower);
  return t.pos === "NOUN" || t.pos === "ADJ" || TITLE_HEADS.has(t.lower);
}

/** The longest gazetteer name that starts at token i: grown word by word while it is a prefix of one. */
function gazetteerAt(text: string, tokens: Token[], i: number, limit: number): { entry: GazetteerEntry; t1: number } | null {
  if (!GAZETTEER_FIRST_WORDS.has(tokens[i]!.text)) return null;
  let best: { entry: GazetteerEntry; t1: number } | null = null;
  for (let k = 1; k <= Math.min(GAZETTEER_MAX_WORDS + 2, limit - i); k++) {
    // (The first word alone is the token's own text, whose hash the Set above has just computed.)
    const form = k === 1 ? tokens[i]!.text : text.slice(tokens[i]!.start, tokens[i + k - 1]!.end);
    const entry = GAZETTEER.get(form);
    if (entry) best = { entry, t1: i + k };
    if (!GAZETTEER_PREFIXES.has(form) && !form.endsWith("-")) break;
  }
  return best;
}

/** Find the mentions of named entities in the token range [from, to) of one sentence. */
/**
 * "Lang notes that", "Cook said", "Edwards instead argued": a word that opens the sentence
 * before a verb, which wink tags as a noun or takes for a plural, is the surname of a person the
 * article names in full elsewhere (`surnames`, see stages/names.ts).
 */
function knownSurnameAtStart(tokens: Token[], i: number, surnames: ReadonlySet<string> | undefined): boolean {
  if (!surnames?.has(tokens[i]!.text)) return false;
  // ("TRUMP:": a surname in capitals names its speaker only before a transcript's colon.)
  if (/^\p{Lu}{2,}$/u.test(tokens[i]!.text) && tokens[i + 1]?.text !== ":") return false;
  let k = i + 1;
  while (tokens[k]?.pos === "ADV" && LOWER_FIRST.test(tokens[k]!.text)) k++;
  const next = tokens[k];
  // ("Cross: No New Tolls on the Bridge": a headline's speaker before its colon.)
  if (!next || !LOWER_FIRST.test(next.text)) return k === i + 1 && (next?.text === "," || next?.text === ":" || next?.lower === "’s" || next?.lower === "'s");
  return next.pos === "VERB" || next.pos === "AUX" || CUE_FORMS.has(next.lower);
}

export function findMentions(text: string, tokens: Token[], from: number, to: number, surnames?: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  let i = from;
  while (i < to) {
    const possessive = commonPossessiveNameEnd(tokens, i, to, from);
    if (possessive > 0) {
      const lowers = lowerWords(tokens, i, possessive);
      const kind = classify(tokens, i, i, possessive, lowers, undefined, from);
      const m = newMention(
        tokens,
        i,
        possessive,
        text.slice(tokens[i]!.start, tokens[possessive - 1]!.end),
        kind === "place" || kind === "guess-place" ? "place" : "organization",
        undefined,
        undefined,
        undefined,
      );
      m.guessed = kind === "guess" || kind === "guess-place";
      out.push(m);
      i = possessive;
      continue;
    }
    // ("Jim Justice is the governor. Justice said ...": a surname of the article that is also a
    // title's word names the person, not a title.)
    if (i === from && TITLE_HEADS.has(tokens[i]!.lower) && knownSurnameAtStart(tokens, i, surnames)) {
      out.push(newMention(tokens, i, i + 1, tokens[i]!.text, "person", undefined, undefined, undefined));
      i++;
      continue;
    }
    if (isTicker(tokens, i)) {
      i += 3;
      continue;
    }
    // ("President Trump and his Administration", "her Government": a capitalized common noun after
    // a possessive pronoun is a description of someone's body, no name.)
    if (OWNER_PRONOUNS.has(tokens[i - 1]?.lower ?? "") && ORG_KEYWORDS.has(tokens[i]!.lower) && !(i + 1 < to && isNameToken(tokens, i + 1, from))) {
      i++;
      continue;
    }
    const holiday = holidayEnd(tokens, i, to);
    if (holiday > i) {
      i = holiday;
      continue;
    }
    const shout = shoutingEnd(tokens, i, to);
    if (shout > i) {
      i = shout;
      continue;
    }
    if (!isNameToken(tokens, i, from) && !(i === from && knownSurnameAtStart(tokens, i, surnames))) {
      // A multi-word gazetteer name may open a sentence: "Downing Street said".
      const c = tokens[i]!.text.charCodeAt(0);
      const g = (c >= 65 && c <= 90) || c > 127 ? gazetteerAt(text, tokens, i, to) : null;
      if (g && g.t1 - i > 1) {
        out.push(mention(text, tokens, i, g.t1, g.entry));
        i = g.t1;
        continue;
      }
      i++;
      continue;
    }
    // A multi-word gazetteer name wins even where wink mis-tags a word ("Red Cross", "White House").
    const g = gazetteerAt(text, tokens, i, to);
    if (g && g.t1 - i > 1 && (g.t1 >= to || !isNameToken(tokens, g.t1, from))) {
      out.push(mention(text, tokens, i, g.t1, g.entry));
      i = g.t1;
      continue;
    }
    // Extend the run over name tokens, connectors between capitals, and numbers after an org word.
    let j = i + 1;
    while (j < to) {
      const t = tokens[j]!;
      // ("Starbucks SBUX.O said": a stock ticker after the name is no part of it.)
      if (isTicker(tokens, j)) break;
      if (isNameToken(tokens, j, from)) j++;
      else if ((t.pos === "PROPN" || t.pos === "VERB") && headlineVerbAt(tokens, j, from)) break;
      // A capitalized word that wink tagged oddly continues a name: "Li Na", "Red Cross".
      else if (
        CAPITALIZED_WORD.test(t.text) &&
        !["DET", "ADP", "CCONJ", "SCONJ", "AUX", "PRON", "PART", "PUNCT"].includes(t.pos) &&
        !CALENDAR_WORDS.has(t.lower)
      )
        j++;
      else if (isConnector(t) && t.lower !== "and" && connectsName(tokens, j, to, from)) j++;
      else if (t.lower === "and" && joinsAcrossAnd(tokens, i, j, to, from)) j++;
      // "the Agreement on the Path to Normalization of Relations between Kosovo and Serbia", "the
      // Keeping Students in Class Act": a document's title goes on over its small words.
      else if (TITLE_SMALL_WORDS.has(t.lower) && documentTitleGoesOn(tokens, i, j, to, from)) j++;
      // "Bill 28", "Resolution 2334", "Article 5": a numbered document.
      // ("the Finance Bill 2024": the number after a document's word ends its name.)
      else if (/^\d+$/.test(t.text) && NUMBERED_DOCUMENTS.has(tokens[j - 1]!.lower) && (j === i + 1 || UPPER_FIRST.test(tokens[j - 1]!.text))) j++;
      // "the Limit, Save, Grow Act": a law whose short title is a list of words.
      else if (t.text === "," && listTitleEnd(tokens, j, to) > 0) j = listTitleEnd(tokens, j, to);
      // "the Rail, Maritime and Transport union", "the National Union of Rail, Maritime and
      // Transport Workers": a body named for a list of trades.
      else if (t.text === "," && listBodyEnd(tokens, i, j, to) > 0) j = listBodyEnd(tokens, i, j, to);
      // "Speaker of the House Kevin McCarthy", "Secretary of the Treasury X": a title goes on over "of the".
      else if (t.lower === "of" && tokens[j + 1]?.lower === "the" && TITLE_HEADS.has(tokens[j - 1]!.lower) && j + 2 < to && isNameToken(tokens, j + 2, from))
        j += 2;
      // Arabic and other name particles joined by a hyphen: "Khalid al-Mansouri", "Abd el-Fattah".
      else if (
        NAME_PARTICLES.has(t.lower) &&
        tokens[j + 1]?.text === "-" &&
        tokens[j + 2] &&
        UPPER_FIRST.test(tokens[j + 2]!.text) &&
        tokens[j + 1]!.start === t.end &&
        tokens[j + 2]!.start === tokens[j + 1]!.end
      )
        j += 3;
      // Hyphenated given names: "Kyung-ho", "Min-jae".
      else if (
        t.text === "-" &&
        SHORT_LOWERCASE_SYLLABLE.test(tokens[j + 1]?.text ?? "") &&
        tokens[j + 1]!.start === t.end &&
        t.start === tokens[j - 1]!.end &&
        CAPITALIZED_WORD.test(tokens[j - 1]!.text) &&
        !GAZETTEER.has(tokens[j - 1]!.text)
      )
        j += 2;
      // "Tigray People's Liberation Front", "Workers' Party": a possessive inside an organization's name.
      // ...but "China's Ministry of Commerce", "Ukraine's Defence Ministry": a known country or
      // place owns the body; two names, and the body is affiliated with it.
      else if (
        (t.lower === "'s" || t.lower === "’s" || ((t.text === "'" || t.text === "’") && /s$/.test(tokens[j - 1]!.text))) &&
        !GAZETTEER.has(text.slice(tokens[i]!.start, tokens[j - 1]!.end)) &&
        // ...nor a person the article names in full: "Tanguy's National Rally party".
        !surnames?.has(tokens[j - 1]!.text) &&
        // ...nor a company by its legal name: "Ford Motor Co.'s Chicago Assembly Plant".
        !CORPORATE_ENDINGS.has(tokens[j - 1]!.lower) &&
        orgNameFollows(tokens, j + 1, to, from)
      )
        j++;
      else if (
        (t.text === "'" || t.text === "’") &&
        /s$/.test(tokens[j - 1]!.text) &&
        j + 1 < to &&
        isNameToken(tokens, j + 1, from) &&
        t.start === tokens[j - 1]!.end
      )
        j++;
      else if (t.text === "-" && j + 1 < to && UPPER_FIRST.test(tokens[j + 1]!.text) && tokens[j]!.start === tokens[j - 1]!.end) j++;
      // "District 751", "Local 12": a number after a capitalized word of an organization's name.
      else if (
        t.pos === "NUM" &&
        /^\d+$/.test(t.text) &&
        UPPER_FIRST.test(tokens[j - 1]!.text) &&
        (lowerWords(tokens, i, j).some((w) => ORG_KEYWORDS.has(w)) || UNIT_WORDS.has(tokens[j - 1]!.lower))
      )
        j++;
      else break;
    }
    // "Maria Castellanos of New Mexico": a name, then where the person is from.
    for (let k = i + 2; k < j - 1; k++) {
      if (tokens[k]!.lower !== "of") continue;
      const g = gazetteerAt(text, tokens, k + 1, j);
      const plainBefore = !lowerWords(tokens, i, k).some((w) => ORG_KEYWORDS.has(w) || PLACE_KEYWORDS.has(w));
      if (g && g.t1 === j && g.entry.kind !== "organization" && plainBefore) {
        out.push(...splitRun(text, tokens, i, k, from), mention(text, tokens, k + 1, j, g.entry));
        i = j;
        break;
      }
      // "Robyn Blake Boose of CTU", "Michael Jordan of the Chicago Bulls": a person, then the body
      // she is of.
      // ("Bob Iger of Disney", "Ted Sarandos of Netflix": a full name of a known given name, then a
      // short name, is a person and her employer.)
      const fullName = k - i >= 2 && j - k <= 3 && !!genderOfGivenName(tokens[i]!.text);
      const body = (k + 2 === j && /^[A-Z]{2,6}$/.test(tokens[k + 1]!.text)) || lowerWords(tokens, k + 1, j).some((w) => ORG_KEYWORDS.has(w)) || fullName;
      const titleBefore = lowerWords(tokens, i, k).some((w) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w));
      if (plainBefore && body && !titleBefore && genderOfGivenName(tokens[i]!.text)) {
        out.push(...splitRun(text, tokens, i, k, from), ...splitRun(text, tokens, k + 1, j, from));
        i = j;
        break;
      }
    }
    if (i === j) continue;
    // "Article 5", "Section 230": a numbered part of a document, a topic with its number.
    if (j === i + 1 && NUMBERED_PARTS.has(tokens[i]!.lower) && tokens[j]?.pos === "NUM" && j < to && /^\d+(?:\.\d+)*[a-z]?$/.test(tokens[j]!.text)) {
      out.push(newMention(tokens, i, j + 1, text.slice(tokens[i]!.start, tokens[j]!.end), "topic", undefined, undefined, undefined));
      i = j + 1;
      continue;
    }
    // "Dan Glass, President of Local 332", "President of Teamsters Local 332": a title "of" a body
    // that no name follows is the body's apposition; the body is the name.
    const body = titleOfBody(tokens, i, j);
    if (body > 0) {
      out.push(...splitRun(text, tokens, body, j, from));
      i = j;
      continue;
    }
    out.push(...splitRun(text, tokens, i, j, from));
    i = j;
  }
  return refineMentions(text, tokens, out, from, to);
}

/**
 * The mentions of a sentence's capitalized runs, refined by their context: roles in lowercase
 * before a name, the organizations that people head ("the Trump administration"), party
 * factions, party initials, and adjectives of origin that name no one. (Apart from the main
 * loop: a rare path here, first taken after the JIT has optimized the code, now sends only this
 * function back to be recompiled, not findMentions with all it inlines.)
 */
function refineMentions(text: string, tokens: Token[], out: Mention[], from: number, to: number): Mention[] {
  for (let k = 0; k < out.length; k++) {
    const absorbed = attachLowercaseRole(text, tokens, out, k, from);
    if (absorbed) out.splice(k-- - 1, 1);
  }
  // "Health and Social Care Secretary Victoria Atkins", "Business and Trade Secretary X": a
  // capitalized title with "and" in it is one title; "Health" is no name of its own.
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (m.kind !== "person" || m.roleT0 === undefined || tokens[m.roleT0 - 1]?.lower !== "and") continue;
    // (The name before "and", past any mention inside the title: "Social Care" of "Social Care Secretary".)
    let b = k - 1;
    while (b >= 0 && out[b]!.t0 >= m.roleT0) b--;
    const before = out[b];
    // "Former Secretary of State and Democratic presidential frontrunner Hillary Clinton": a
    // whole title before "and" is her first title.
    if (!before || before.t1 < m.roleT0 - 1) {
      const start = titleEndingAt(tokens, m.roleT0 - 2, from);
      if (start >= 0) {
        m.role = text.slice(tokens[start]!.start, tokens[m.t0 - 1]!.end);
        m.roleStart = tokens[start]!.start;
        m.roleT0 = start;
      }
      continue;
    }
    if (before.t1 !== m.roleT0 - 1 || before.kind === "person" || before.gazetteer || before.role || before.t1 - before.t0 > 2) continue;
    // ("Trump and Vice President Mike Pence": a lone name before "and" a whole title is a list.)
    if (before.guessed && before.t1 - before.t0 === 1 && !TITLE_MODIFIERS.has(before.text.toLowerCase())) continue;
    m.role = text.slice(before.start, tokens[m.t0 - 1]!.end);
    m.roleStart = before.start;
    m.roleT0 = before.t0;
    out.splice(b, 1);
    k--;
  }
  // "the Organisation for Security and Co-Operation in Europe (OSCE)": a name whose initials the
  // brackets give is one name, though a place or a connector inside it split the run.
  glueNamesBeforeInitials(text, tokens, out, from);
  placesInLists(tokens, out);
  splitTitleFromName(text, tokens, out, from);
  splitPlaceFromName(text, tokens, out);
  titleInName(text, tokens, out);
  // "the International Association of Machinists and Aerospace Workers (IAM) District 751": the
  // union's numbered unit, named with the initials that the brackets give ("IAM District 751").
  for (const m of out) {
    if (m.kind !== "organization" || m.t1 - m.t0 !== 2 || !UNIT_WORDS.has(tokens[m.t0]!.lower) || !/^\d+$/.test(tokens[m.t0 + 1]!.text)) continue;
    const initials = tokens[m.t0 - 2];
    if (tokens[m.t0 - 1]?.text === ")" && initials && /^[A-Z]{2,6}$/.test(initials.text) && tokens[m.t0 - 3]?.text === "(")
      m.canonical = `${initials.text} ${m.text}`;
  }
  // "Ethiopia's Foreign Ministry said ... Egypt's Foreign Ministry issued a statement": each
  // country's ministry, named as "the Ethiopian Foreign Ministry" is, never one "Foreign Ministry"
  // of every country (a government body named without its country).
  // ("the Foreign Ministry in Addis Ababa": the country of the capital it sits in.)
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (m.kind !== "organization" || m.canonical || !bodyNameVariant(m.text)) continue;
    const before = out[k - 1];
    const after = out[k + 1];
    const country =
      before && before.t1 === m.t0 - 1 && /^['’]s$/.test(tokens[m.t0 - 1]!.text) && before.gazetteer?.kind === "country"
        ? before.gazetteer.name
        : after && after.t0 === m.t1 + 1 && tokens[m.t1]!.lower === "in" && after.gazetteer?.via === "capital"
          ? after.gazetteer.country
          : undefined;
    if (country) m.canonical = `${DEMONYM_OF.get(country) ?? country} ${m.text}`;
  }
  // "The Canadian Union of Public Employees local 3903 says": a numbered unit named in lowercase
  // after its union is that unit ("... Local 3903"), the union's part, as in "CUPE Local 3903".
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    const unit = tokens[m.t1];
    const number = tokens[m.t1 + 1];
    if (m.kind !== "organization" || m.t1 + 2 > to || !unit || !number || !UNIT_WORDS.has(unit.text) || !/^\d+$/.test(number.text)) continue;
    const name = `${m.canonical ?? m.text} ${unit.text[0]!.toUpperCase()}${unit.text.slice(1)} ${number.text}`;
    const whole = newMention(tokens, m.t0, m.t1 + 2, text.slice(m.start, number.end), "organization", undefined, undefined, undefined);
    whole.canonical = name;
    out[k] = whole;
  }
  // "CUPE 3903 said": initials and a number (no year) name the union's numbered unit.
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    const number = tokens[m.t1];
    if (m.kind !== "organization" || m.t1 - m.t0 !== 1 || !/^[A-Z]{2,6}$/.test(m.text) || !number || m.t1 >= to) continue;
    if (!/^\d{2,5}$/.test(number.text) || /^(?:19|20)\d\d$/.test(number.text)) continue;
    out[k] = newMention(tokens, m.t0, m.t1 + 1, text.slice(m.start, number.end), "organization", undefined, undefined, undefined);
  }
  // "the Trump administration", "the Biden campaign": the person's organization.
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    const next = tokens[m.t1];
    if (m.kind !== "person" && !(m.guessed && !m.text.includes(" "))) continue;
    if (!next || !PERSON_ORGANIZATIONS.has(next.lower) || m.t1 >= to) continue;
    out[k] = newMention(tokens, m.t0, m.t1 + 1, text.slice(m.start, next.end), "organization", undefined, undefined, undefined);
  }
  // "The administration of US President Donald Trump proposed": the person's administration, named
  // as news copy names it elsewhere ("the Trump administration").
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    const start = m.roleT0 ?? m.t0;
    if (m.kind !== "person" || tokens[start - 1]?.lower !== "of" || !PERSON_ORGANIZATIONS.has(tokens[start - 2]?.lower ?? "") || start - 2 < from) continue;
    const surname = m.text.split(/\s+/).pop()!;
    const org = newMention(tokens, m.t0, m.t1, `${surname} ${tokens[start - 2]!.lower}`, "organization", undefined, undefined, undefined);
    // (The country in the title, "US President", is no mention of its own here.)
    out.splice(k, 1, org);
    for (let j = k - 1; j >= 0 && out[j]!.t0 >= start; j--)
      if (out[j]!.adjectival || out[j]!.kind === "country") {
        out.splice(j, 1);
        k--;
      }
  }
  // "Hard-right Republicans", "far-left Democrats", "moderate Republicans": a faction of a party's
  // members is a group of its own (it may oppose what the party backs), named with its wing.
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (m.kind !== "group") continue;
    const wing = factionBefore(tokens, m.t0, from);
    if (wing < 0) continue;
    const label = `${text.slice(tokens[wing]!.start, tokens[m.t0 - 1]!.end).toLowerCase()} ${m.text}`;
    out[k] = newMention(tokens, wing, m.t1, label, "group", undefined, undefined, undefined);
  }
  // "the Socialists (PS)", "the Greens (EELV)": a party's members given the party's initials in
  // brackets are the party, a body, as any name so given is.
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (m.kind === "group" && !m.gazetteer && tokens[m.t1]?.text === "(" && /^[A-Z]{2,6}$/.test(tokens[m.t1 + 1]?.text ?? "") && tokens[m.t1 + 2]?.text === ")")
      out[k] = newMention(tokens, m.t0, m.t1, m.text, "organization", undefined, undefined, undefined);
  }
  // "Tigrayan forces", "Kurdish fighters": an unknown adjective of origin is not a name.
  // (A literal and push, not filter(): see the note above extractDocument in pipeline.ts.)
  const names: Mention[] = [];
  for (const m of out)
    if (
      !(
        m.t1 - m.t0 === 1 &&
        !m.gazetteer &&
        !m.role &&
        /(?:an|ese|ish|ous)$/.test(m.text) &&
        tokens[m.t1]?.pos === "NOUN" &&
        LOWER_FIRST.test(tokens[m.t1]!.text)
      ) &&
      !insideJoinedTitle(tokens, out, m)
    )
      names.push(m);
  return names;
}

/**
 * A role in lowercase before a name is its title too: "EU chief negotiator Michel Barnier",
 * "Boeing spokesman Doug Alder". A name or organization right before the role joins it.
 */
function attachLowercaseRole(text: string, tokens: Token[], mentions: Mention[], k: number, from: number): Mention | undefined {
  const m = mentions[k]!;
  let absorbed: Mention | undefined;
  if (m.role || m.gazetteer || m.kind !== "person") return;
  // The word right before the name must be a role ("negotiator", "chairman"); lowercase words
  // before it belong to the role too ("election commission chairman", "employers' representative").
  if (m.t0 - 1 < from || !/^[a-z-]+$/.test(tokens[m.t0 - 1]!.text)) return;
  if (!TITLE_HEADS.has(tokens[m.t0 - 1]!.lower) && !falseTitleBefore(tokens, m, from)) return;
  let s = m.t0 - 1;
  while (
    s - 1 >= from &&
    ((/^[a-z-]+$/.test(tokens[s - 1]!.text) && ["NOUN", "ADJ"].includes(tokens[s - 1]!.pos)) ||
      (["'", "’"].includes(tokens[s - 1]!.text) && /s$/.test(tokens[s - 2]?.text ?? "")))
  )
    s--;
  const before = mentions[k - 1];
  // "Mexico's economy secretary Ildefonso Guajardo": the possessor before the role is its owner.
  const possessor = before && (tokens[s - 1]?.lower === "'s" || tokens[s - 1]?.lower === "’s") && before.t1 === s - 1;
  // "said Minority leader Chuck Schumer", "Foreign minister X": a capitalized word of a title is
  // the title's, no organization "Minority" (the caller drops the mention).
  const word = before?.text.toLowerCase() ?? "";
  if (before && before.t1 === s && before.t1 - before.t0 === 1 && (TITLE_MODIFIERS.has(word) || PARTY_ADJECTIVES.has(word)) && !before.gazetteer) {
    s = before.t0;
    absorbed = before;
  } else if (before && (before.t1 === s || possessor)) s = before.roleT0 ?? before.t0;
  // "Republican senator Donald Trump", "Ukrainian negotiator Rustem Umerov": a party's or a
  // people's adjective before the role is part of it.
  else if (
    s - 1 >= from &&
    UPPER_FIRST.test(tokens[s - 1]!.text) &&
    (PARTY_ADJECTIVES.has(tokens[s - 1]!.lower) || GAZETTEER.get(tokens[s - 1]!.text)?.via === "demonym")
  )
    s--;
  m.role = text.slice(tokens[s]!.start, tokens[m.t0 - 1]!.end);
  m.roleStart = tokens[s]!.start;
  m.roleT0 = s;
  return absorbed;
}

/** The first token of a capitalized title that ends at token `end` ("Former Secretary of State"), or -1. */
function titleEndingAt(tokens: Token[], end: number, from: number): number {
  let k = end;
  let head = false;
  while (k >= from && k > end - 6) {
    const t = tokens[k]!;
    if (UPPER_FIRST.test(t.text)) head ||= TITLE_HEADS.has(t.lower);
    else if (t.lower !== "of" && t.lower !== "the") break;
    k--;
  }
  const start = k + 1;
  return head && start <= end && UPPER_FIRST.test(tokens[start]!.text) ? start : -1;
}

/**
 * Where the body's name starts in a run "Title of (the) Body" that ends the run, when the body is
 * unmistakably one (a numbered unit, or initials alone); else -1.
 */
function titleOfBody(tokens: Token[], i: number, j: number): number {
  if (!TITLE_HEADS.has(tokens[i]!.lower) || tokens[i + 1]?.lower !== "of") return -1;
  let b = i + 2;
  if (tokens[b]?.lower === "the") b++;
  if (j - b < 1) return -1;
  const unit = j - b >= 2 && /^\d+$/.test(tokens[j - 1]!.text) && UNIT_WORDS.has(tokens[j - 2]!.lower);
  const initials = /^[A-Z]{2,6}$/.test(tokens[b]!.text);
  // (Not "Chairman of Electoral Commission said": a whole title in apposition, attribution/subjects.ts.)
  return unit || (initials && j - b === 1) ? b : -1;
}

/** The legal endings of a company's name: "Ford Motor Co.", "Apple Inc.". */
const CORPORATE_ENDINGS = new Set(["co", "co.", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "llc", "ag", "sa", "gmbh", "corporation", "company"]);

/**
 * "Environment and Climate Minister Jane Doe", "Health and Social Care Secretary Victoria Atkins":
 * the portfolio after "and" in a person's joined title is part of the title, no body of its own
 * ("Bharatiya Kisan Union spokesperson Rakesh Tikait" keeps the union: no "and" before it).
 */
function insideJoinedTitle(tokens: Token[], out: readonly Mention[], m: Mention): boolean {
  if (m.kind === "person" || m.gazetteer) return false;
  for (const p of out) {
    if (p === m || p.kind !== "person" || p.roleT0 === undefined || p.roleT0 >= m.t0 || m.t1 > p.t0) continue;
    for (let k = p.roleT0; k < m.t0; k++) if (tokens[k]!.lower === "and") return true;
  }
  return false;
}

/**
 * A "false title" (the style guides' name for it): a lowercase noun that describes a person, put
 * before the full name with no article, is a title like "spokesman": "after Republican contender
 * Donald Trump told a town hall", "billionaire investor Warren Buffett said". An article before
 * the noun makes it a noun phrase of its own ("the letter Donald Trump sent") unless a capitalized
 * word leads the description ("the Republican contender Donald Trump"). Time words are no titles
 * ("Last week Donald Trump said").
 */
function falseTitleBefore(tokens: Token[], m: Mention, from: number): boolean {
  const noun = tokens[m.t0 - 1]!;
  if (noun.pos !== "NOUN" || (/s$/.test(noun.lower) && !/ss$/.test(noun.lower)) || m.t1 - m.t0 < 2) return false;
  if (TIME_NOUNS.has(noun.lower) || CALENDAR_WORDS.has(noun.lower) || TIME_ADVERBS.has(noun.lower) || GENERIC_NOUNS.has(noun.lower)) return false;
  if (GENERIC_ISSUE_HEADS.has(noun.lower) || !genderOfGivenName(tokens[m.t0]!.text)) return false;
  let s = m.t0 - 1;
  while (
    s - 1 >= from &&
    /^[a-z-]+$/.test(tokens[s - 1]!.text) &&
    (tokens[s - 1]!.pos === "NOUN" || tokens[s - 1]!.pos === "ADJ") &&
    !TIME_NOUNS.has(tokens[s - 1]!.lower)
  )
    s--;
  const before = tokens[s - 1];
  if (!before || s === from) return true;
  if (UPPER_FIRST.test(before.text)) return !DETERMINERS.has(before.lower);
  return !DETERMINERS.has(before.lower) && before.pos !== "NUM" && before.pos !== "DET" && before.pos !== "PRON";
}

/** Whether the capitalized words from k on end in an organization keyword ("Liberation Front"). */
/**
 * "Queen's Park", "the Women's March", "Children's Hospital", "the People's Party": a capitalized
 * common noun of people or a title, its possessive, and a capitalized word make one name (a
 * person's or a country's possessive before a name makes two). The end of the name, or -1.
 */
function commonPossessiveNameEnd(tokens: Token[], i: number, to: number, from: number): number {
  const t = tokens[i]!;
  const mark = tokens[i + 1];
  const next = tokens[i + 2];
  if (!mark || !next || i + 2 >= to || !UPPER_FIRST.test(t.text) || !CAPITALIZED_WORD.test(next.text)) return -1;
  if (!(mark.lower === "'s" || mark.lower === "’s" || ((mark.text === "'" || mark.text === "’") && /s$/.test(t.text))) || mark.start !== t.end) return -1;
  const lower = t.lower;
  if (!POSSESSOR_NOUNS.has(lower) && !PEOPLE_NOUNS.has(singular(lower)) && !TITLE_HEADS.has(lower)) return -1;
  let e = i + 3;
  while (e < to && isNameToken(tokens, e, from)) e++;
  return e;
}
/** Plurals that singular() leaves as they are, and crowns: "Women's March", "Queen's Park". */
const POSSESSOR_NOUNS = new Set(["women", "men", "children", "people", "veterans", "queen", "king", "prince", "saint"]);

function orgNameFollows(tokens: Token[], k: number, to: number, from: number): boolean {
  let e = k;
  while (e < to && isNameToken(tokens, e, from)) e++;
  return e > k && ORG_KEYWORDS.has(tokens[e - 1]!.lower);
}

/** Bodies named after those they gather: "Alliance of ...", "Federation of ...", "Association of ...". */
const GATHERING_BODIES = new Set([
  "alliance",
  "federation",
  "association",
  "council",
  "league",
  "union",
  "coalition",
  "confederation",
  "society",
  "guild",
  "chamber",
]);

/**
 * "United Food and Commercial Workers", "House Ways and Means Committee": "and" inside one
 * organization's name, whose last word is an organization keyword, when the words before "and"
 * (two or more) name nothing on their own. "Ford and General Motors", "Germany and France" are two.
 */
function joinsAcrossAnd(tokens: Token[], i: number, j: number, to: number, from: number): boolean {
  let e = j + 1;
  // (wink tags some capitalized words of names as verbs: "Ways and Means".)
  while (e < to && (isNameToken(tokens, e, from) || (CAPITALIZED_WORD.test(tokens[e]!.text) && !CALENDAR_WORDS.has(tokens[e]!.lower)))) e++;
  if (e === j + 1) return false;
  if (j - i < 2) return oneWordBeforeAnd(tokens, i, e);
  // "the Office of Management and Budget (OMB)": the acronym after it spells the whole name.
  if (tokens[e]?.text === "(" && tokens[e + 2]?.text === ")" && tokens[e + 1]!.text === initials(tokens, i, e)) return true;
  // "International Association of Machinists and Aerospace Workers", "Department of Health and
  // Human Services": "X of Y and Z", whose Z ends in a plural keyword, is one body's name.
  let of = -1;
  for (let k = i + 1; k < j; k++) if (tokens[k]!.lower === "of") of = k;
  // "Department of Health and Social Care", "Ministry of Culture and Sport": a government body
  // "of" two fields is one body, unless what follows "and" is a body of its own ("... and Central Bank").
  if (of === i + 1 && BODY_HEADS.has(tokens[i]!.lower)) {
    let own = false;
    for (let k = j + 1; k < e; k++) if (ORG_KEYWORDS.has(tokens[k]!.lower) || GAZETTEER.has(tokens[k]!.text)) own = true;
    if (!own) return true;
  }
  // "Port of New York and New Jersey", "Port Authority of New York and New Jersey": a port is of
  // the places it serves.
  if (of > i && tokens[i]!.lower === "port") {
    let places = true;
    for (let k = j + 1; k < e && places; k++) if (ORG_KEYWORDS.has(tokens[k]!.lower)) places = false;
    if (places) return true;
  }
  // ("Alliance of Motion Picture and Television Producers": a body "of" the makers it gathers.)
  const last = tokens[e - 1]!.lower;
  const makers = /s$/.test(last) && (PEOPLE_NOUNS.has(singular(last)) || COMPANY_HEADS.has(singular(last))) && GATHERING_BODIES.has(tokens[i]!.lower);
  if (of > 0 && of < j - 1 && /s$/.test(last) && (ORG_KEYWORDS.has(last) || makers)) {
    let plain = true;
    for (let k = of + 1; k < j; k++) if (ORG_KEYWORDS.has(tokens[k]!.lower) || GAZETTEER.has(tokens[k]!.text)) plain = false;
    if (plain) return true;
  }
  // ("Treasury Danny Alexander and Cabinet Office minister Francis Maude": a person's given name
  // before "and" makes two names.)
  for (let k = i; k < j; k++)
    if (
      ORG_KEYWORDS.has(tokens[k]!.lower) ||
      GAZETTEER.has(tokens[k]!.text) ||
      !isCapitalized(tokens[k]!) ||
      (k + 1 < j && genderOfGivenName(tokens[k]!.text) && isCapitalized(tokens[k + 1]!))
    )
      return false;
  return ORG_KEYWORDS.has(tokens[e - 1]!.lower) || tokens[e - 1]!.lower === "project";
}

/** Singular heads of an institution's name: "the Monitoring and Coordination Committee". */
const INSTITUTION_ENDS = new Set([
  "committee",
  "commission",
  "council",
  "fund",
  "department",
  "ministry",
  "agency",
  "authority",
  "board",
  "office",
  "institute",
  "foundation",
  "bureau",
  "tribunal",
  "project",
]);

/**
 * "the Monitoring and Coordination Committee", "the Climate and Transformation Fund": after "the",
 * one common word, "and", and a name that ends with an institution's head are one body's name.
 * A word that names something of its own stays apart ("the Ford and General Motors plants").
 */
function oneWordBeforeAnd(tokens: Token[], i: number, e: number): boolean {
  const word = tokens[i]!;
  return (
    tokens[i - 1]?.lower === "the" &&
    INSTITUTION_ENDS.has(tokens[e - 1]!.lower) &&
    !ORG_KEYWORDS.has(word.lower) &&
    !GAZETTEER.has(word.text) &&
    !genderOfGivenName(word.text) &&
    !/^[A-Z]{2,}$/.test(word.text)
  );
}

/** Documents known by a number: "Bill 28", "Resolution 2334", "Article 5", "Proposition 22". */
const NUMBERED_DOCUMENTS = new Set([
  "bill",
  "resolution",
  "article",
  "section",
  "proposition",
  "amendment",
  "chapter",
  "title",
  "clause",
  "directive",
  "regulation",
]);

/** A stock ticker at token k: "SBUX.O", "VOW3.DE" (capitals, a glued period, an exchange's letters). */
function isTicker(tokens: Token[], k: number): boolean {
  const dot = tokens[k + 1];
  const exchange = tokens[k + 2];
  return (
    /^[A-Z\d]{2,6}$/.test(tokens[k]!.text) &&
    dot?.text === "." &&
    dot.start === tokens[k]!.end &&
    !!exchange &&
    /^[A-Z]{1,2}$/.test(exchange.text) &&
    exchange.start === dot.end
  );
}

/** The small words inside a document's title: "Treaty on the Non-Proliferation of Nuclear Weapons". */
const TITLE_SMALL_WORDS = new Set(["on", "to", "between", "for", "of", "the", "a", "and", "in"]);

/**
 * Whether the capitalized run [i, j) is a document's title that goes on over the small word at j:
 * it opens with a document's keyword ("Agreement on ...", "Declaration on Missing Persons") and a
 * name's word follows the small words (a date does not: "the Agreement on Friday"), or the words
 * after the small ones end with a keyword ("Keeping Students in Class Act").
 */
function documentTitleGoesOn(tokens: Token[], i: number, j: number, to: number, from: number): boolean {
  // (Small words follow names all the time: look for a document's keyword first, cheaply.)
  const opens = TOPIC_KEYWORDS.has(tokens[i]!.lower);
  // ("the Hollywood Basic Agreement and Videotape Agreement": two titles, each complete.)
  if (!opens && (tokens[j]!.lower === "and" || TOPIC_KEYWORDS.has(tokens[j - 1]!.lower))) return false;
  if (!opens) {
    let e = j + 1;
    while (e < to && e < j + 8 && !TOPIC_KEYWORDS.has(tokens[e]!.lower)) e++;
    if (e >= to || e >= j + 8) return false;
  }
  let k = j;
  while (k < to && k < j + 3 && TITLE_SMALL_WORDS.has(tokens[k]!.lower)) k++;
  const word = (x: number) => isNameToken(tokens, x, from) || (CAPITALIZED_WORD.test(tokens[x]!.text) && tokens[x]!.pos !== "PRON");
  if (k >= to || !word(k) || CALENDAR_WORDS.has(tokens[k]!.lower)) return false;
  if (opens && tokens[j]!.lower !== "in") return true;
  let e = k;
  while (e < to && e < k + 4 && word(e)) e++;
  return TOPIC_KEYWORDS.has(tokens[e - 1]!.lower) && e - k >= 2;
}

/**
 * Where a short title written as a list ends ("Limit, Save, Grow Act", "Tax Cuts and Jobs Act"
 * is joined by "and" elsewhere): from the comma at `j`, capitalized words and commas up to a
 * capitalized law or plan keyword within a few words; 0 when the list is no title.
 */
function listTitleEnd(tokens: Token[], j: number, to: number): number {
  for (let k = j + 1; k < Math.min(to, j + 8); k++) {
    const t = tokens[k]!;
    if (t.text === ",") continue;
    if (!CAPITALIZED_WORD.test(t.text)) return 0;
    if (TOPIC_KEYWORDS.has(t.lower) && tokens[k - 1]!.text !== ",") return k + 1;
  }
  return 0;
}

/**
 * Where a body's name that lists trades ends, from the comma at `j` after one word ("Rail, Maritime
 * and Transport union", "... of Rail, Maritime and Transport Workers"): single capitalized words
 * and commas, "and", capitalized words, and then a body's keyword or a lowercase "union"; 0 when
 * the list names no body (a list of countries is a list).
 */
function listBodyEnd(tokens: Token[], i: number, j: number, to: number): number {
  const opener = tokens[j - 2]?.lower;
  if (opener !== "the" && opener !== "of") return 0;
  if (GAZETTEER.has(tokens[j - 1]!.text)) return 0;
  let k = j + 1;
  let and = false;
  while (k < to && k < j + 10) {
    const w = tokens[k]!;
    if (!CAPITALIZED_WORD.test(w.text) || GAZETTEER.has(w.text)) return 0;
    k++;
    if (and) break;
    if (tokens[k]?.text === ",") k++;
    if (tokens[k]?.lower === "and") {
      and = true;
      k++;
    }
  }
  if (!and) return 0;
  while (k < to && CAPITALIZED_WORD.test(tokens[k]!.text) && !GAZETTEER.has(tokens[k]!.text)) k++;
  if (ORG_KEYWORDS.has(tokens[k - 1]!.lower) && UPPER_FIRST.test(tokens[k - 1]!.text)) return k;
  return tokens[k]?.lower === "union" ? k : 0;
}

/** The first word of a government body's name before "of": "Department of ...", "Ministry of ...". */
const BODY_HEADS = new Set(["department", "ministry", "office", "bureau", "secretariat", "commission", "agency"]);

/** The initials of the capitalized words of tokens [i, e): "Office of Management and Budget" -> "OMB". */
function initials(tokens: Token[], i: number, e: number): string {
  let out = "";
  for (let k = i; k < e; k++) if (UPPER_FIRST.test(tokens[k]!.text)) out += tokens[k]!.text[0];
  return out;
}

/** "von der Leyen", "Bank of England": connectors (one or two) followed by a name word. */
function connectsName(tokens: Token[], j: number, to: number, from: number): boolean {
  // ("SAG-AFTRA & AMPTP confirmed": two bodies by their initials; "Procter & Gamble" is one.)
  if (tokens[j]!.text === "&" && /^[A-Z]{3,}$/.test(tokens[j - 1]?.text ?? "") && /^[A-Z]{3,}$/.test(tokens[j + 1]?.text ?? "")) return false;
  if (j + 1 < to && isNameToken(tokens, j + 1, from)) return true;
  return j + 2 < to && isConnector(tokens[j + 1]!) && tokens[j + 1]!.lower !== "and" && isNameToken(tokens, j + 2, from);
}

/**
 * The lowercase words of tokens [from, to). A literal and push, not slice().map(): the array that
 * map() makes has another hidden class when map() is inlined, and splitRun, which reads this
 * array everywhere, was optimized and thrown away again nine times in one pass over the bench corpus.
 */
function lowerWords(tokens: Token[], from: number, to: number): string[] {
  const words: string[] = [];
  for (let k = from; k < to; k++) words.push(tokens[k]!.lower);
  return words;
}

/** Split a capitalized run into title, gazetteer names and the name proper, and classify it. */
function splitRun(text: string, tokens: Token[], i: number, j: number, sentenceStart: number): Mention[] {
  const whole = text.slice(tokens[i]!.start, tokens[j - 1]!.end);
  const lowers = lowerWords(tokens, i, j);

  // The whole run is known ("European Court of Justice", "New York").
  const known = GAZETTEER.get(whole) ?? GAZETTEER.get(whole.replace(/^The\s+/, ""));
  if (known && !lowers.some((w, k) => k > 0 && ORG_KEYWORDS.has(w) && !GAZETTEER.has(whole))) return [mention(text, tokens, i, j, known)];

  // "Mr Juncker and European Central Bank chief Mario Draghi", "Boris Johnson and European
  // Commission": a person's name before "and" is a name of its own ("Simon and Schuster", one
  // word before "and", stays whole).
  const and = lowers.indexOf("and");
  if (and >= 2 && and < lowers.length - 1 && (HONORIFICS.has(lowers[0]!) || genderOfGivenName(tokens[i]!.text)) && and <= 3)
    return [...splitRun(text, tokens, i, i + and, sentenceStart), ...splitRun(text, tokens, i + and + 1, j, sentenceStart)];

  // An organization keyword makes the run (after any leading title) an organization: "Seattle Times".
  let lastTitle = lastTitleIndex(lowers);
  // "Premier League", "Chief Rabbi's Office": a title word inside an organization's name.
  if (lastTitle >= 0 && lowers.slice(lastTitle + 1).some((w) => ORG_KEYWORDS.has(w)) && lastTitle === 0) lastTitle = -1;
  // "Jim Justice said", "Dan Bishop said": a given name, then a title's word with no name after
  // it, is a person's full name (the title word a surname).
  if (lastTitle === 1 && lowers.length === 2 && !HONORIFICS.has(lowers[0]!) && genderOfGivenName(tokens[i]!.text)) lastTitle = -1;
  const nameStart = lastTitle >= 0 ? i + lastTitle + 1 : i;
  const out: Mention[] = [];
  const role = lastTitle >= 0 ? text.slice(tokens[i]!.start, tokens[i + lastTitle]!.end) : undefined;

  const titleWord = (k: number) => TITLE_HEADS.has(lowers[k - i]!) || TITLE_MODIFIERS.has(lowers[k - i]!) || HONORIFICS.has(lowers[k - i]!);
  // The title proper is the run of title words that ends at its head ("Deputy Prime Minister");
  // a title word before other words of a name is the name's ("Amalgamated Transit Union Local
  // 1005 President": "Union" is the union's).
  let titleStart = i + lastTitle;
  // (Not back over a body's keyword with a name's words before it: "Chicago Teachers Union President".)
  while (
    lastTitle >= 0 &&
    titleStart - 1 >= i &&
    titleWord(titleStart - 1) &&
    !(ORG_KEYWORDS.has(lowers[titleStart - 1 - i]!) && titleStart - 2 >= i && !titleWord(titleStart - 2))
  )
    titleStart--;
  // ("Chicago Teachers Union President Stacy Davis Gates": a place's name opens the employer's
  // name when a body's keyword ends it.)
  const placeInEmployer = lastTitle >= 0 && titleStart - i >= 2 && lowers.slice(1, titleStart - i).some((w) => ORG_KEYWORDS.has(w));
  // Gazetteer names inside the title ("Ukrainian President ...", "US Deputy Secretary ...").
  pushGazetteerNames(text, tokens, placeInEmployer ? titleStart : i, nameStart, out);
  // "Ford CEO Jim Farley", "UAW President Shawn Fain", "House Speaker Kevin McCarthy": the
  // capitalized words before the title proper name the employer, an organization.
  // ("Foreign Affairs Minister Chrystia Freeland": a portfolio, not an employer.)
  if (lastTitle >= 0 && !(titleWord(i) && !placeInEmployer) && !PORTFOLIO_END.has(lowers[titleStart - 1 - i] ?? "")) {
    let e = i;
    while (
      e < titleStart &&
      (placeInEmployer || !GAZETTEER.has(tokens[e]!.text)) &&
      // ("IAM District 751 President Jon Hollis", "UAW Local 600 President": a unit's number;
      // "Canadian Union of Postal Workers President": a connector inside the body's name.)
      (UPPER_FIRST.test(tokens[e]!.text) ||
        (e > i && /^\d+$/.test(tokens[e]!.text) && UNIT_WORDS.has(lowers[e - i - 1]!)) ||
        (placeInEmployer && e > i && (lowers[e - i] === "of" || lowers[e - i] === "and") && UPPER_FIRST.test(tokens[e + 1]?.text ?? "")))
    )
      e++;
    if (e > i && e < nameStart && (TITLE_HEADS.has(lowers[e - i]!) || TITLE_MODIFIERS.has(lowers[e - i]!)) && !out.some((m) => m.t0 < e && m.t1 > i)) {
      // "Republican Reps. Ralph Norman", "Democratic Sen. X": the party, whose members they are.
      const members = e === i + 1 ? PARTY_MEMBERS_BY_ADJECTIVE.get(lowers[0]!) : undefined;
      const employer = newMention(
        tokens,
        i,
        e,
        text.slice(tokens[i]!.start, tokens[e - 1]!.end),
        members ? "group" : "organization",
        undefined,
        undefined,
        undefined,
      );
      if (members) employer.canonical = members;
      out.push(employer);
    }
  }

  if (nameStart >= j) {
    // Only a title: "the President", "Foreign Minister". Kept as a role mention for coreference.
    return out;
  }
  // "Secretary of State for South Asian Affairs": a title that continues, no name; but "Le Pen",
  // "Van Hollen", "De Gaulle" open with the particle of a surname.
  const particle =
    SHORT_CAPITALIZED_PARTICLE.test(tokens[nameStart]!.text) &&
    !["of", "for", "and"].includes(tokens[nameStart]!.lower) &&
    nameStart + 1 < j &&
    CAPITALIZED_WORD.test(tokens[nameStart + 1]!.text);
  // ("Ms von der Leyen", "Mr de Klerk": after a title, a surname may open with its particle in lower case.)
  const lowerParticle = lastTitle >= 0 && /^(?:von|van|der|den|de|da|di|du|le|la|al|bin|ibn|el)$/.test(tokens[nameStart]!.text) && nameStart + 1 < j;
  if ((isConnector(tokens[nameStart]!) && !(particle && lastTitle < 0) && !lowerParticle) || tokens[nameStart]!.text === "-") return out;

  // "Top White House officials", "Senior Hamas official": an adjective of rank with no title after it is no part of a name.
  if (lastTitle < 0 && j - i >= 2 && RANK_ADJECTIVES.has(lowers[0]!) && !ORG_KEYWORDS.has(lowers[1]!)) return splitRun(text, tokens, i + 1, j, sentenceStart);
  // "Republican Donald Trump", "Democratic President Joe Biden": a party adjective is part of the title.
  if (lastTitle < 0 && PARTY_ADJECTIVES.has(lowers[0]!) && j - i >= 3) {
    const rest = splitRun(text, tokens, i + 1, j, sentenceStart);
    const person = rest.find((m) => m.kind === "person" && m.t1 === j);
    if (person) {
      person.role = person.role ? `${tokens[i]!.text} ${person.role}` : tokens[i]!.text;
      person.roleStart = tokens[i]!.start;
      person.roleT0 = i;
      return rest;
    }
  }
  const name = text.slice(tokens[nameStart]!.start, tokens[j - 1]!.end);
  const nameLowers = lowers.slice(nameStart - i);
  const knownName = GAZETTEER.get(name);
  if (knownName) {
    out.push(mention(text, tokens, nameStart, j, knownName, role, role ? tokens[i]!.start : undefined));
    return out;
  }
  const kind = classify(tokens, i, nameStart, j, nameLowers, role, sentenceStart);
  if (kind === "description") {
    pushGazetteerNames(text, tokens, nameStart, j, out);
    return out;
  }
  if (kind === "split") {
    // A run of several gazetteer names ("Germany France"): one mention each.
    pushGazetteerNames(text, tokens, nameStart, j, out);
    return out;
  }
  const m = newMention(
    tokens,
    nameStart,
    j,
    name,
    kind === "guess" ? "organization" : kind === "guess-place" ? "place" : kind,
    undefined,
    role,
    role ? tokens[i]!.start : undefined,
  );
  m.guessed = kind === "guess" || kind === "guess-place";
  const members = PARTY_NICKNAMES.get(nameLowers[nameLowers.length - 1]!);
  if (members) m.canonical = nameLowers.length > 1 ? `${text.slice(m.start, tokens[j - 2]!.end)} ${members}` : members;
  out.push(m);
  return out;
}

/** One mention for each gazetteer name in tokens [from, to), added to `out`. */
function pushGazetteerNames(text: string, tokens: Token[], from: number, to: number, out: Mention[]): void {
  for (let k = from; k < to;) {
    const g = gazetteerAt(text, tokens, k, to);
    if (g) {
      out.push(mention(text, tokens, k, g.t1, g.entry));
      k = g.t1;
    } else k++;
  }
}

/** Plural nouns of people that follow a demonym: "American Workers", "Canadian Farmers". */
const PEOPLE_PLURALS = new Set([
  "workers",
  "farmers",
  "families",
  "employees",
  "citizens",
  "voters",
  "taxpayers",
  "consumers",
  "people",
  "patients",
  "students",
]);

/** Wings of a party: "hard-right", "far-left", "hardline", "moderate", "centrist". */
const WING_WORDS = new Set(["hardline", "hard-line", "moderate", "centrist", "progressive", "conservative", "mainstream", "rank-and-file"]);
const WING_SIDES = new Set(["right", "left", "line"]);
const WING_DEGREES = new Set(["hard", "far", "center", "centre", "ultra"]);

/** Where a party wing before the group mention at t0 starts ("Hard-right Republicans"), or -1. */
function factionBefore(tokens: Token[], t0: number, from: number): number {
  const a = tokens[t0 - 1];
  if (!a || t0 - 1 < from) return -1;
  if (WING_WORDS.has(a.lower)) return t0 - 1;
  if (WING_SIDES.has(a.lower) && tokens[t0 - 2]?.text === "-" && WING_DEGREES.has(tokens[t0 - 3]?.lower ?? "") && t0 - 3 >= from) return t0 - 3;
  return -1;
}

function mention(text: string, tokens: Token[], t0: number, t1: number, entry: GazetteerEntry, role?: string, roleStart?: number): Mention {
  // "the Americans proposed", "the Russians insist": with the article, a people is its country's
  // voice; without it ("Palestinians protested") the people itself.
  if (entry.via === "people" && entry.country && tokens[t0 - 1]?.lower === "the")
    entry = { name: entry.country, kind: "country", country: entry.country, via: "alias" };
  return newMention(tokens, t0, t1, text.slice(tokens[t0]!.start, tokens[t1 - 1]!.end), entry.kind, entry, role, roleStart);
}

/** The index of the token that starts at `start`, searching back from token `before`. */
function tokenIndexAt(tokens: Token[], start: number, before: number): number {
  let k = before;
  while (k > 0 && tokens[k]!.start > start) k--;
  return k;
}

/** Every mention has all the fields, in one order: one object shape keeps V8's code monomorphic. */
function newMention(
  tokens: Token[],
  t0: number,
  t1: number,
  text: string,
  kind: EntityKind,
  entry: GazetteerEntry | undefined,
  role: string | undefined,
  roleStart: number | undefined,
): Mention {
  return {
    t0,
    t1,
    start: tokens[t0]!.start,
    end: tokens[t1 - 1]!.end,
    text,
    kind,
    canonical: entry?.name,
    gazetteer: entry,
    role,
    roleStart,
    roleT0: roleStart === undefined ? undefined : tokenIndexAt(tokens, roleStart, t0),
    adjectival: entry?.via === "demonym",
    guessed: false,
  };
}

/** Index (in the run) of the last title word that is followed by a name, or -1. */
function lastTitleIndex(lowers: string[]): number {
  let last = -1;
  for (let k = 0; k < lowers.length; k++) {
    const w = lowers[k]!;
    if (TITLE_HEADS.has(w) || HONORIFICS.has(w)) last = k;
    else if (last >= 0 && !TITLE_MODIFIERS.has(w) && !CONNECTORS.has(w)) break;
  }
  // "Secretary-General", "Vice-President": a hyphenated title is one title.
  while (
    last >= 0 &&
    lowers[last + 1] === "-" &&
    last + 2 < lowers.length &&
    !CAPITALIZED_WORD.test(lowers[last + 2]!) &&
    (TITLE_HEADS.has(lowers[last + 2]!) || TITLE_MODIFIERS.has(lowers[last + 2]!) || lowers[last + 2] === "elect")
  )
    last += 2;
  // "Secretary of State Marco Rubio", "Minister of Foreign Affairs X": the title goes on over "of" + modifiers.
  while (last >= 0 && CONNECTORS.has(lowers[last + 1] ?? "") && lowers[last + 1] !== "and") {
    let k = last + 2;
    while (k < lowers.length && (TITLE_MODIFIERS.has(lowers[k]!) || lowers[k] === "affairs" || lowers[k] === "the")) k++;
    // "Speaker of the House Kevin McCarthy": one word of an institution, when a name of two or
    // more words follows it.
    // (Not "Governor of the Bank of England Andrew Bailey": there the institution's name goes on.)
    if (lowers[k - 1] === "the" && k + 2 < lowers.length && !CONNECTORS.has(lowers[k]!) && !CONNECTORS.has(lowers[k + 1]!)) k++;
    if (k === last + 2 || k >= lowers.length) break;
    last = k - 1;
  }
  return last;
}

/**
 * The shape of a word of a person's name: "Smith", "O'Neill", and the surnames with a capital
 * inside, after a prefix or a hyphen ("McCarthy", "MacArthur", "DeSantis", "LaHood", "Ocasio-Cortez").
 */
const SURNAME_SHAPE = /^(?:Mc|Mac|De|Di|Da|La|Le|Fitz|O['’]|D['’])?\p{Lu}[\p{Ll}'’.]+(?:['’-]\p{Lu}[\p{Ll}.]+)?$/u;

/**
 * Mentions that together spell the initials in brackets after them ("Organisation for Security
 * and Co-Operation in Europe (OSCE)"), joined into one mention in `out`: the shortest run of
 * capitalized words and connectors before the bracket whose initials are the bracket's letters.
 */
function glueNamesBeforeInitials(text: string, tokens: Token[], out: Mention[], from: number): void {
  for (let p = 0; p < out.length; p++) {
    const acronym = out[p]!;
    const open = acronym.t0 - 1;
    // ("the Kenya National Union of Teachers (Knut)": initials written as a word count too.)
    const initials = acronym.text.toUpperCase();
    if (tokens[open]?.text !== "(" || acronym.t1 - acronym.t0 !== 1 || !/^[A-Z][A-Za-z]{2,7}$/.test(acronym.text) || tokens[acronym.t1]?.text !== ")") continue;
    // Walk left over capitalized words, hyphens, connectors and at most three lowercase words
    // ("Rail Maritime and Transport workers union (RMT)"), collecting initials. ("Public and
    // Commercial Services Union (PCS)": a body's last keyword may have no letter of its own.)
    let letters = "";
    let start = -1;
    let lowercase = 0;
    let end = open;
    const keywordLast = ORG_KEYWORDS.has(tokens[open - 1]?.lower ?? "") && !initials.endsWith(tokens[open - 1]!.text[0]!.toUpperCase());
    for (let k = open - 1; k >= from && k >= open - 16; k--) {
      const t = tokens[k]!;
      if (k === open - 1 && keywordLast) {
        end = open;
        continue;
      }
      // ("Commission for Conciliation, Mediation and Arbitration (CCMA)": commas inside the name.)
      if (t.text === "-" || (t.text === "," && letters) || GLUE_CONNECTORS.has(t.lower)) continue;
      if (!UPPER_FIRST.test(t.text)) {
        if (letters || ++lowercase > 3 || t.pos !== "NOUN") break;
        continue;
      }
      if (!letters && !keywordLast) end = k + 1 + lowercase;
      if (tokens[k - 1]?.text === "-" && tokens[k - 1]!.start === tokens[k - 2]?.end) continue; // "Co-Operation": one word
      // ("Bakery, Confectionery, Tobacco Workers and Grain Millers International Union (BCTGM)":
      // the generic words of a union's name may have no letter in its initials.)
      if (!initials.endsWith(t.text[0]! + letters) && INITIAL_LESS_WORDS.has(t.lower)) continue;
      letters = t.text[0]! + letters;
      if (letters.length > initials.length) break;
      if (letters === initials) {
        start = k;
        break;
      }
    }
    if (start < 0) [start, end] = [wordsOfInitials(tokens, open, initials, from), open];
    if (start < 0) continue;
    const first = out.findIndex((m) => m.t1 > start);
    if (first < 0 || first >= p || out[first]!.t0 < start) continue;
    const name = text.slice(tokens[start]!.start, tokens[end - 1]!.end);
    const known = gazetteerEntryOf(name);
    const whole = known ? mention(text, tokens, start, end, known) : newMention(tokens, start, end, name, "organization", undefined, undefined, undefined);
    out.splice(first, p - first, whole);
    p = first + 1;
  }
}
/**
 * Where a name whose every word gives a letter of its initials starts before the bracket at
 * `open`, lowercase words too, as French names are written: "Confédération des syndicats
 * nationaux (CSN)", "Fédération autonome de l’enseignement (FAE)"; -1 when the letters do not agree.
 */
function wordsOfInitials(tokens: Token[], open: number, initials: string, from: number): number {
  let letters = "";
  for (let k = open - 1; k >= from && k >= open - 12; k--) {
    const w = tokens[k]!.text.replace(/^[dl]['’]/i, "");
    if (ROMANCE_CONNECTORS.has(tokens[k]!.lower) || !w || tokens[k]!.pos === "PUNCT") continue;
    letters = w[0]!.toUpperCase() + letters;
    if (!initials.endsWith(letters)) return -1;
    if (letters === initials) return UPPER_FIRST.test(tokens[k]!.text) ? k : -1;
  }
  return -1;
}
const ROMANCE_CONNECTORS = new Set(["de", "des", "du", "la", "le", "les", "l'", "l’", "d'", "d’", "et", "y", "del", "di", "of", "for", "and", "the"]);
const BODY_CONNECTORS = new Set(["of", "for", "and", "&"]);
/** Words of a body's name that its initials may leave out. */
const INITIAL_LESS_WORDS = new Set(["international", "national", "workers", "employees", "union", "association", "federation", "council"]);
const GLUE_CONNECTORS = new Set(["for", "and", "of", "in", "on", "the", "&"]);

/**
 * "the Kharkov and Kherson regions", "atrocities in Bucha, Izium": a lone word whose kind is a
 * guess (or a surname's ending), listed beside a place, is a place too.
 */
function placesInLists(tokens: Token[], out: Mention[]): void {
  const lone = (m: Mention) => m.t1 - m.t0 === 1 && !m.role && !m.gazetteer && (m.guessed || m.kind === "person");
  const place = (m: Mention) => m.kind === "place" || (m.gazetteer?.kind === "place" && !m.adjectival);
  for (let round = 0; round < 2; round++)
    for (let k = 0; k + 1 < out.length; k++) {
      const a = out[k]!;
      const b = out[k + 1]!;
      if (b.t0 - a.t1 !== 1 || !LIST_LINKS.has(tokens[a.t1]!.lower)) continue;
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const)
        if (lone(x) && place(y)) {
          x.kind = "place";
          x.guessed = true;
        }
    }
}
const LIST_LINKS = new Set([",", "and", "or"]);

/**
 * "French Minister for Europe and Foreign Affairs Jean-Noël Barrot": a title too long for the
 * run's reading (a place and "and" inside it) leaves "Foreign Affairs Jean-Noël Barrot" as one
 * name. A known given name after the portfolio's last word starts the person; the words back to
 * the title's head are the role, and the names inside the title are no mentions of their own.
 */
function splitTitleFromName(text: string, tokens: Token[], out: Mention[], from: number): void {
  for (let p = 0; p < out.length; p++) {
    const m = out[p]!;
    if (m.kind !== "organization" || m.role || m.gazetteer || m.t1 - m.t0 < 3) continue;
    let g = m.t0 + 1;
    // ("President of the Supreme Court Esther Hayut": a body's name ends the title too.)
    while (g < m.t1 - 1 && !((PORTFOLIO_END.has(tokens[g - 1]!.lower) || TITLED_BODY_END.has(tokens[g - 1]!.lower)) && genderOfGivenName(tokens[g]!.text))) g++;
    if (g >= m.t1 - 1 || namesBody(tokens, m.t1)) continue;
    // Back to the title's head: "Minister for Europe and Foreign Affairs".
    let head = -1;
    for (let k = m.t0 - 1; k >= from && k >= m.t0 - 8; k--) {
      const w = tokens[k]!;
      if (TITLE_HEADS.has(w.lower) && UPPER_FIRST.test(w.text)) {
        head = k;
        break;
      }
      if (!(UPPER_FIRST.test(w.text) || CONNECTORS.has(w.lower) || w.lower === "and")) break;
    }
    // ("French Minister for ...": the demonym before the title is part of it, as in "Turkish Foreign Minister".)
    const roleStart = head < 0 ? m.t0 : GAZETTEER.get(tokens[head - 1]?.text ?? "")?.via === "demonym" ? head - 1 : head;
    const person = personAfterTitle(text, tokens, g, m, roleStart);
    // (The names inside the title, "Europe", are the portfolio's words.)
    let first = p;
    while (first > 0 && out[first - 1]!.t0 >= roleStart && !out[first - 1]!.adjectival) first--;
    out.splice(first, p - first + 1, person);
    p = first;
  }
}
/**
 * Titles that the name's run took in: a plural one shared by a pair ("Presidents Paul Kagame and
 * Félix Tshisekedi"), one that ends with a body's name. The name after the title is the person;
 * the title is its role.
 */
function titleInName(text: string, tokens: Token[], out: Mention[]): void {
  for (let p = 0; p < out.length; p++) {
    const m = out[p]!;
    if (m.kind !== "person" && m.kind !== "organization" && m.kind !== "group") continue;
    const first = tokens[m.t0]!;
    let g = -1;
    if (m.t1 - m.t0 >= 3 && /s$/.test(first.lower) && TITLE_HEADS.has(first.lower.slice(0, -1)) && UPPER_FIRST.test(first.text)) g = m.t0 + 1;
    // "President of the Supreme Court Esther Hayut": the end of the body's name in a title "of
    // the" body, then a full name.
    const titledOf =
      m.role !== undefined || (tokens[m.t0 - 1]?.lower === "the" && tokens[m.t0 - 2]?.lower === "of" && TITLE_HEADS.has(tokens[m.t0 - 3]?.lower ?? ""));
    if (g < 0 && titledOf)
      for (let k = m.t0 + 1; k <= m.t1 - 2; k++)
        if (
          (TITLED_BODY_END.has(tokens[k - 1]!.lower) ||
            GAZETTEER.has(tokens[k - 1]!.text) ||
            (k >= m.t1 - 3 && keywordBefore(tokens, m.t0, k) && !CONNECTORS.has(tokens[k - 1]!.lower) && !GAZETTEER.has(tokens[k]!.text))) &&
          genderOfGivenName(tokens[k]!.text)
        ) {
          g = k;
          break;
        }
    if (g < 0 || namesBody(tokens, m.t1)) continue;
    const roleStart = m.roleT0 ?? (m.role !== undefined ? m.t0 : tokens[m.t0 - 1]?.lower === "the" ? m.t0 - 3 : m.t0);
    out.splice(p, 1, personAfterTitle(text, tokens, g, m, roleStart));
  }
}

/** ("the general secretary of the Royal College of Nursing Pat Cullen": a body's keyword before the person's name.) */
function keywordBefore(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ORG_KEYWORDS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * Whether the name ending before token t1 ends in a body's keyword: "House Freedom Caucus" is a caucus of the House,
 * though "Freedom" is a given name; no person "Freedom Caucus" titled "House".
 */
function namesBody(tokens: Token[], t1: number): boolean {
  return ORG_KEYWORDS.has(tokens[t1 - 1]!.lower);
}

/** The person named from token g to the end of m, with the title from roleStart to g as its role. */
function personAfterTitle(text: string, tokens: Token[], g: number, m: Mention, roleStart: number): Mention {
  const person = newMention(
    tokens,
    g,
    m.t1,
    text.slice(tokens[g]!.start, m.end),
    "person",
    undefined,
    text.slice(tokens[roleStart]!.start, tokens[g - 1]!.end),
    tokens[roleStart]!.start,
  );
  person.roleT0 = roleStart;
  return person;
}

/**
 * "Germany Angela Merkel speaks during ..." (a photo caption), "Ukraine Volodymyr Zelenskyy": a
 * country's name glued to a full name that opens with a given name is two names.
 */
function splitPlaceFromName(text: string, tokens: Token[], out: Mention[]): void {
  for (let p = 0; p < out.length; p++) {
    const m = out[p]!;
    if (m.kind !== "person" || m.t1 - m.t0 < 3 || m.gazetteer) continue;
    // "Democrat Nancy Pelosi", "Republican Kevin McCarthy": the party's word is her title.
    if (PARTY_MEMBER_NOUNS.has(tokens[m.t0]!.lower) && !m.role && genderOfGivenName(tokens[m.t0 + 1]!.text)) {
      const person = newMention(
        tokens,
        m.t0 + 1,
        m.t1,
        text.slice(tokens[m.t0 + 1]!.start, m.end),
        "person",
        undefined,
        tokens[m.t0]!.text,
        tokens[m.t0]!.start,
      );
      person.roleT0 = m.t0;
      out.splice(p, 1, person);
      continue;
    }
    const first = GAZETTEER.get(tokens[m.t0]!.text);
    if (!first || (first.kind !== "country" && first.kind !== "place") || first.via === "demonym" || !genderOfGivenName(tokens[m.t0 + 1]!.text)) continue;
    const place = mention(text, tokens, m.t0, m.t0 + 1, first);
    const person = newMention(tokens, m.t0 + 1, m.t1, text.slice(tokens[m.t0 + 1]!.start, m.end), "person", undefined, undefined, undefined);
    out.splice(p, 1, place, person);
    p++;
  }
}

/** Whether a country's or a place's name (one or two words) starts at one of the tokens k..end-1. */
function placeNameInside(tokens: Token[], k: number, end: number): boolean {
  for (let j = k; j < end; j++) {
    const one = GAZETTEER.get(tokens[j]!.text);
    const two = j + 1 < end ? GAZETTEER.get(`${tokens[j]!.text} ${tokens[j + 1]!.text}`) : undefined;
    for (const g of [one, two]) if (g && (g.kind === "country" || g.kind === "place") && g.via !== "demonym") return true;
  }
  return false;
}

/** Last words of a minister's portfolio: "... Foreign Affairs", "... Trade and Development". */
const PORTFOLIO_END = new Set([
  "affairs",
  "development",
  "trade",
  "defence",
  "defense",
  "health",
  "justice",
  "security",
  "finance",
  "cooperation",
  "co-operation",
  // ("Research Minister", "Infrastructure Minister", "Education Secretary": a portfolio, no employer.)
  "research",
  "science",
  "education",
  "infrastructure",
  "transport",
  "energy",
  "environment",
  "agriculture",
  "economy",
  "labour",
  "labor",
  "housing",
  "interior",
  "culture",
  "tourism",
  "industry",
  "digital",
  "family",
  "immigration",
  "employment",
  "communications",
]);

/** Last words of a body's name inside a title before a name: "President of the Supreme Court Esther Hayut". */
const TITLED_BODY_END = new Set([
  "court",
  "committee",
  "office",
  "board",
  "council",
  "commission",
  "bank",
  "fund",
  "senate",
  "parliament",
  "assembly",
  "house",
]);

/** Facilities' words that are surnames too: "Chase Field" but "Sally Field". */
const SURNAME_FACILITIES = new Set(["field", "park", "line"]);

/** "City of ...", "Town of ...": the local government of the place named after "of". */
const LOCAL_BODIES = new Set(["city", "town", "county", "municipality", "village", "borough"]);

/** Numbered units of a union or party: "IAM District 751", "Local 12", "Lodge 2". */
const UNIT_WORDS = new Set(["district", "local", "lodge", "chapter", "branch"]);

function classify(
  tokens: Token[],
  runStart: number,
  t0: number,
  t1: number,
  lowers: string[],
  role: string | undefined,
  sentenceStart: number,
): EntityKind | "split" | "guess" | "guess-place" | "description" {
  const lastWord = lowers[lowers.length - 1]!;
  // "Ford Motor Co.'s Chicago Assembly", "GM's Fairfax Assembly": a company's plant.
  if (
    lowers.length >= 2 &&
    (lastWord === "assembly" || lastWord === "works") &&
    /^['’]s$/.test(tokens[runStart - 1]?.text ?? "") &&
    (CORPORATE_ENDINGS.has(tokens[runStart - 2]?.lower ?? "") || /^[A-Z]{2,5}$/.test(tokens[runStart - 2]?.text ?? ""))
  )
    return "place";
  // ("Workers exposed to COVID-19": a disease, an issue.)
  if (NAMED_ISSUES.has(lowers.join(""))) return "topic";
  // "the Green Left party", "the Law and Justice party": a name before a lowercase "party" is the party's.
  if (tokens[t1]?.lower === "party" && tokens[t1]!.text === "party" && !GAZETTEER.has(lowers.join(" "))) return "organization";
  // "the Pittsburgh-based company", "a London-based analyst": where something is based is a place.
  if (tokens[t1]?.text === "-" && tokens[t1]!.start === tokens[t1 - 1]!.end && tokens[t1 + 1]?.lower === "based" && !ORG_KEYWORDS.has(lastWord)) return "place";
  // "J.D. Vance said", "A.J. Smith": initials before a capitalized surname name a person ("U.S. Steel" is the gazetteer's).
  if (
    t1 - t0 === 2 &&
    /^(?:[A-Z]\.){2,3}$/.test(tokens[t0]!.text) &&
    !GAZETTEER.has(tokens[t0]!.text) &&
    /^\p{Lu}\p{Ll}+$/u.test(tokens[t0 + 1]!.text) &&
    !ORG_KEYWORDS.has(lastWord)
  )
    return "person";
  // "the Government said" (British style capitalizes it): the government, a description whose
  // country resolution/speakers.ts finds, as for "the government".
  if (lowers.length === 1 && CAPITALIZED_DESCRIPTIONS.has(lastWord) && tokens[t0 - 1]?.lower === "the") return "description";
  // "the California Republican", "the Vermont independent": a description of a person named
  // elsewhere, no name (resolution/speakers.ts finds who it is).
  if (lowers.length > 1 && PARTY_MEMBER_NOUNS.has(lastWord) && !role) return "description";
  // "Detroit Three", "Big Three": a number word after a name counts members, a group.
  if (lowers.length > 1 && NUMBER_WORDS.has(lastWord)) return "group";
  // "House Republicans", "Senate Democrats", "Tories": the members of a party, a group of people.
  // "the GOP", "House GOP": a party's nickname for its members (mention() names them "Republicans").
  if (PARTY_MEMBERS.has(lastWord) || PARTY_NICKNAMES.has(lastWord)) return "group";
  // "IAM District 751", "Teamsters Local 2010": a numbered unit of a union is an organization.
  if (lowers.length > 1 && /^\d+$/.test(lastWord) && UNIT_WORDS.has(lowers[lowers.length - 2]!)) return "organization";
  // "Brexit", "Grexit", "Frexit": a country's leaving, an issue.
  if (lowers.length === 1 && /^[a-z]{1,4}exit$/.test(lastWord)) return "topic";
  // "Fiscal Responsibility Act", "North American Free Trade Agreement": a named law or plan is a topic.
  if (TOPIC_KEYWORDS.has(lastWord) && lowers.length > 1) return "topic";
  // ("Agreement on the Path to Normalization of Relations between Kosovo and Serbia", "Bill 28", "Bill C-69".)
  if (TOPIC_KEYWORDS.has(lowers[0]!) && TITLE_SMALL_WORDS.has(lowers[1] ?? "")) return "topic";
  if (lowers.length > 1 && /\d/.test(lastWord) && (NUMBERED_DOCUMENTS.has(lowers[0]!) || NUMBERED_DOCUMENTS.has(lowers[lowers.length - 2]!))) return "topic";
  // "Chicago Assembly Plant": a facility, though "Assembly" names organizations elsewhere.
  // ("Sally Field", "Tony Park": a given name and a surname that is also a facility's word.)
  const surnameToo = lowers.length === 2 && SURNAME_FACILITIES.has(lastWord) && !!genderOfGivenName(tokens[t0]!.text);
  if (FACILITY_KEYWORDS.has(lastWord) && lowers.length > 1 && !surnameToo) return "place";
  // "American Workers", "Canadian Farmers" (a politician's capitals): a people's workers, a group,
  // where "United Auto Workers" is a union.
  if (lowers.length === 2 && GAZETTEER.get(tokens[t0]!.text)?.via === "demonym" && PEOPLE_PLURALS.has(lastWord)) return "group";
  if (lowers.length >= 3 && lowers[1] === "of" && FEATURES_OF.has(lowers[0]!)) return "place";
  // "the port of Nikolaev", "the city of Kherson": a place by what it is.
  if (lowers.length === 1 && tokens[runStart - 1]?.lower === "of" && PLACE_OF_HEADS.has(tokens[runStart - 2]?.lower ?? "")) return "place";
  if (lowers.some((w) => ORG_KEYWORDS.has(w) || w === "&")) return "organization";
  if (PLACE_KEYWORDS.has(lastWord) && lowers.length > 1) return "place";
  // "Port Waikato", "Fort Worth", "Mount Kenya" (not "Port of Montreal", an authority).
  if (lowers.length === 2 && PLACE_FIRST_WORDS.has(lowers[0]!)) return "place";
  // A capitalized plural of a common noun names no person: "the Atlantic and Gulf Coasts" are
  // places, "foreign owned Ocean Carriers" companies, a group. After a title, or a given name
  // that no lowercase modifier precedes, it is a surname ("Joan Rivers", "Sen. Jim Banks").
  const one = singular(lastWord);
  if (lowers.length > 1 && one !== lastWord && !role) {
    const modified = !!tokens[runStart - 1] && LOWER_FIRST.test(tokens[runStart - 1]!.text) && /^(?:ADJ|VERB)$/.test(tokens[runStart - 1]!.pos);
    const surname = !modified && !!genderOfGivenName(tokens[t0]!.text);
    if (!surname && PLACE_KEYWORDS.has(one)) return "place";
    if (!surname && (PEOPLE_NOUNS.has(one) || COMPANY_HEADS.has(one))) return "group";
  }
  // "for American Workers, in this case, our Longshoremen": people a possessive owns, a group.
  if (lowers.length === 1 && one !== lastWord && PEOPLE_NOUNS.has(one) && POSSESSIVES.has(tokens[runStart - 1]?.lower ?? "")) return "group";
  // The name's words without connectors and hyphens (and a lowercase word after a hyphen).
  const kept: number[] = [];
  lowers.forEach((w, k) => {
    if (!CONNECTORS.has(w) && w !== "-" && !(tokens[t0 + k - 1]?.text === "-" && LOWER_FIRST.test(tokens[t0 + k]!.text))) kept.push(t0 + k);
  });
  const words = kept.map((k) => lowers[k - t0]!);
  // ("US-China", "Russia-Ukraine", "U.S.-Saudi": names of the gazetteer joined by hyphens are each its own.)
  if (kept.length > 1 && kept.every((k) => GAZETTEER.has(tokens[k]!.text))) return "split";
  // "the City of Cornwall", "Town of Oakville": a local government, never a person "of" a place.
  if (lowers.length >= 3 && lowers[1] === "of" && LOCAL_BODIES.has(lowers[0]!)) return "organization";
  // "City Hall said": a local government's building, an organization though it reads like a name.
  if (LOCAL_SEATS.has(lowers.join(" "))) return "organization";
  if (role) return "person";
  const prev = tokens[runStart - 1];
  const next = tokens[t1];
  // "France Unbowed (LFI)", "National Rally (RN)": a name given its initials in brackets is a
  // body's, never a person's.
  if (next?.text === "(" && /^[A-Z]{2,6}$/.test(tokens[t1 + 1]?.text ?? "") && tokens[t1 + 2]?.text === ")") return "organization";
  // A role noun right after the name marks an organization: "Boeing spokesman Doug Alder".
  if (next && TITLE_HEADS.has(next.lower) && next.pos !== "PROPN") return "organization";
  // A role noun right before marks a person: "spokesman Doug Alder", "negotiator Michel Barnier".
  if (prev && TITLE_HEADS.has(prev.lower)) return "person";
  const personWord = (k: number) => {
    const w = tokens[t0 + k]?.text ?? "";
    // "Choo Kyung-ho": the hyphen and the lowercase syllable after it belong to the given name.
    return (
      SURNAME_SHAPE.test(w) ||
      // ("Alternative for Germany": "for", "of", "and" join the words of a body's name, never a person's.)
      (CONNECTORS.has(lowers[k]!) && !BODY_CONNECTORS.has(lowers[k]!)) ||
      NAME_PARTICLES.has(lowers[k]!) ||
      w === "-" ||
      (tokens[t0 + k - 1]?.text === "-" && SHORT_LOWERCASE_SYLLABLE.test(w))
    );
  };
  // "Opening Day", "Election Day": a day of the calendar named, an event ("Doris Day" has a given name).
  if (words.length >= 2 && TIME_NOUNS.has(lastWord) && !genderOfGivenName(tokens[t0]!.text)) return "topic";
  // "Air Canada", "Care New England": a place's name after a first word that is no given name
  // makes a body's name ("Michael Jordan" keeps his given name).
  // ("New Zealand First", "Canada Post": a country's name of two words before another word, likewise.)
  if (words.length >= 2 && !genderOfGivenName(tokens[t0]!.text) && placeNameInside(tokens, t0 + 1, t1)) return "organization";
  if (words.length >= 3 && t1 - t0 >= 3 && GAZETTEER.get(`${tokens[t0]!.text} ${tokens[t0 + 1]!.text}`)?.kind === "country") return "organization";
  if (words.length >= 2 && words.length <= 4 && lowers.every((_, k) => personWord(k))) return "person";
  if (/^[A-Z0-9.&-]{2,}$/.test(tokens[t0]!.text)) return "organization";
  // A lone name with a surname's ending: "Peskov", "Zelenskyy", "Kowalski", "Ionescu", "Petrović".
  if (words.length === 1 && SURNAME_ENDING.test(tokens[t0]!.text)) return "person";
  if (prev && PLACE_PREPS.has(prev.lower) && runStart > sentenceStart) return "guess-place";
  // "the northeastern province of Arauca", "the state of Jalisco": a place named by its kind.
  if (prev?.lower === "of" && words.length <= 3 && PLACE_KEYWORDS.has(tokens[runStart - 2]?.lower ?? "") && LOWER_FIRST.test(tokens[runStart - 2]!.text))
    return "place";
  return words.length > 4 ? "organization" : "guess";
}
