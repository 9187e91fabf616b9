// Who holds the position: the subject of a cue, found by walking over the tokens around it
// (no parser): auxiliaries, adverbs, time phrases and appositions are skipped; names, pronouns
// and agentive noun phrases ("US officials", "the union") are subjects; coordination is kept.
import type { Mention } from "../entities/mentions.js";
import {
  CALENDAR_WORDS,
  COMPANY_HEADS,
  GROUP_HEADS,
  PARTY_MEMBER_NOUNS,
  PEOPLE_NOUNS,
  PERSON_ROLE_HEADS,
  POLLED_PARTICIPLES,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from "../lexicon/roles.js";
import type { Token } from "../nlp.js";
import { singular, verbBases } from "../text/inflection.js";
import { COORDINATORS, THIRD_PERSON_POSSESSIVES, TIME_ADVERBS, TIME_NOUNS } from "../lexicon/function-words.js";
import { UPPER_FIRST, LOWER_FIRST, LOWERCASE_WORD, LOWERCASE_ING_FORM, LOWERCASE_PLURAL } from "../text/letters.js";
import { GAZETTEER } from "../lexicon/gazetteer.js";
import { CUE_FORMS } from "../lexicon/cues.js";

export type SpeakerRef =
  | { type: "mention"; mention: Mention; t0: number; t1: number }
  | { type: "pronoun"; word: string; t0: number; t1: number }
  | { type: "np"; t0: number; t1: number; head: string; modifiers: Mention[]; determiner: string };

export interface Subject {
  refs: SpeakerRef[];
  /** Found through a relative pronoun: the cue is inside "X, which ..., " and its content ends with the clause. */
  relative?: boolean;
  /** A noun phrase beyond the lists ("The magazine", "Sixty percent"), accepted for a verb of speech. */
  loose?: boolean;
  /** Token range of the whole subject (all conjuncts). */
  t0: number;
  t1: number;
}

export interface SentenceView {
  tokens: Token[];
  /** First and past-last token of the sentence body. */
  from: number;
  to: number;
  mentionEndingAt: MentionsAt;
  mentionStartingAt: MentionsAt;
}

/** The mentions of a sentence by token index (where each one starts, or where it ends). */
export interface MentionsAt {
  get(k: number): Mention | undefined;
  has(k: number): boolean;
}

const STATEMENT_HEADS = new Set(["statement", "communique", "communiqué", "declaration"]);
/** Documents that speak for whoever issued them: "the Hamas response proposes". */
const DOCUMENT_HEADS = new Set([
  "response",
  "reply",
  "counterproposal",
  "counteroffer",
  "proposal",
  "plan",
  "letter",
  "statement",
  "draft",
  "document",
  "offer",
  "memo",
  "submission",
]);
const REPORT_NOUNS = new Set([
  "estimate",
  "report",
  "survey",
  "poll",
  "study",
  "analysis",
  "data",
  "figure",
  "statement",
  "document",
  "count",
  "tally",
  "assessment",
  "calculation",
  "forecast",
  "projection",
  "source",
  "result",
  "filing",
  "record",
  "article",
  "research",
  "transcript",
  "release",
  "memo",
]);
const SKIPPABLE_POS = new Set(["AUX", "ADV", "PART"]);
const SKIPPABLE_WORDS = new Set([
  "also",
  "not",
  "n't",
  "never",
  "no",
  "longer",
  "still",
  "again",
  "already",
  "now",
  "then",
  "repeatedly",
  "reportedly",
  "publicly",
  "previously",
  "recently",
  "earlier",
  "later",
  "today",
  "yesterday",
  "tonight",
  "separately",
  "further",
  "however",
  "meanwhile",
  "both",
  "all",
  "quickly",
  "strongly",
  "firmly",
  "flatly",
  "once",
  "twice",
  "officially",
]);
/** Verbs that pass their subject to a following "to" + cue: "appear to demand", "seek to assure". */
const RAISING = new Set([
  "understood",
  "believed",
  "thought",
  "known",
  "said",
  "reported",
  "expected",
  "likely",
  "set",
  "appear",
  "seem",
  "continue",
  "want",
  "plan",
  "try",
  "seek",
  "hope",
  "intend",
  "aim",
  "decide",
  "need",
  "have",
  "going",
  "use",
  "begin",
  "start",
  "threaten",
  "fail",
  "expect",
  "move",
  "vow",
  "promise",
  "refuse",
  "decline",
  "agree",
  "attempt",
  "wish",
  "prefer",
  "tend",
  "choose",
  "offer",
  "pledge",
  // "Members voted to reject the offer": the vote is the members' position on it.
  "vote",
]);
const GO_FORMS = /^(?:go|goes|going|went|gone)$/;
const TAKE_FORMS = /^(?:take|takes|taking|took|taken)$/;
/** Verbs whose manner is a cue after "by": "began by saying", "responded by calling". */
const BY_MEANS =
  /^(?:begin|begins|began|begun|beginning|start|starts|started|starting|open|opens|opened|conclude|concludes|concluded|concluding|end|ends|ended|close|closes|closed|respond|responds|responded|reply|replies|replied|react|reacts|reacted)$/;

/**
 * For the "to" at k before a cue: "went on to" (say), "taken to" (urging), "took to Twitter to"
 * (say), "went on national television to" (applaud); the token before the verb of going, or -1.
 */
function goingTo(tokens: Token[], k: number, from: number): number {
  const prev = tokens[k - 1]!;
  if (prev.lower === "on" && GO_FORMS.test(tokens[k - 2]!.lower)) return k - 3;
  if (TAKE_FORMS.test(prev.lower)) return k - 2;
  // A short noun phrase of the place: "Twitter", "social media", "national television".
  let p = k - 1;
  while (p > from && p >= k - 3 && (tokens[p]!.pos === "NOUN" || tokens[p]!.pos === "PROPN" || tokens[p]!.pos === "ADJ")) p--;
  if (p === k - 1 || p - 1 < from) return -1;
  const prep = tokens[p]!.lower;
  const verb = tokens[p - 1]!.lower;
  if ((prep === "to" && TAKE_FORMS.test(verb)) || (prep === "on" && GO_FORMS.test(verb))) return p - 2;
  // "used her victory speech to demand": the occasion the speaker used.
  if (USE_FORMS.test(tokens[p - 1]!.lower) && /^(?:his|her|their|its|the|a|an)$/.test(prep)) return p - 2;
  return -1;
}

/** Forms of the verbs that put out a text: "issued a statement", "released a joint statement", "put out a video". */
const PUBLISH_FORMS =
  /^(?:issue[sd]?|issuing|release[sd]?|releasing|publish(?:es|ed|ing)?|post(?:s|ed|ing)?|put|puts|putting|sen[dt]s?|sending|file[sd]?|filing|submit(?:s|ted|ting)?|lodge[sd]?|lodging)$/;
/** The texts a body puts out to speak: "a statement vowing to ...", "a letter urging ...". */
const STATEMENT_NOUNS = new Set([
  "statement",
  "communique",
  "communiqué",
  "letter",
  "note",
  "video",
  "declaration",
  "message",
  "update",
  "bulletin",
  "notice",
  "memo",
  "release",
  // ("lawmakers filed the suit saying they wanted ...": a filing speaks for who filed it.)
  "suit",
  "lawsuit",
  "complaint",
  "petition",
  "motion",
]);

/**
 * For the noun at k right before a participle cue: "issued a statement vowing to", "released a
 * joint letter urging", "put out a statement saying": the text speaks for whoever put it out, so
 * the subject is left of the verb. The token before that verb, or -1.
 */
function statementFrame(tokens: Token[], k: number, from: number): number {
  if (!STATEMENT_NOUNS.has(tokens[k]!.lower)) return -1;
  let p = k - 1;
  while (p > from && p >= k - 3 && (tokens[p]!.pos === "ADJ" || tokens[p]!.pos === "NOUN")) p--;
  if (tokens[p]?.lower !== "a" && tokens[p]?.lower !== "an" && tokens[p]?.lower !== "the" && !POSSESSIVE_WORDS.has(tokens[p]?.lower ?? "")) return -1;
  p--;
  if (tokens[p]?.lower === "out") p--;
  return p >= from && PUBLISH_FORMS.test(tokens[p]!.lower) ? p - 1 : -1;
}

/** Whether tokens [from, to) are a time phrase only: "early Friday morning", "on Monday". */
function onlyTimeWords(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (!TIME_WORDS.has(tokens[k]!.lower) && !TIME_MODIFIERS.has(tokens[k]!.lower) && !CALENDAR_WORDS.has(tokens[k]!.lower)) return false;
  return true;
}

const USE_FORMS = /^(?:use|uses|used|using)$/;
const JOIN_FORMS = /^(?:join|joins|joined|joining)$/;
const POSSESSIVE_WORDS = new Set(["his", "her", "their", "its", "our", "my"]);

/**
 * Where a participial phrase that ends at token k hangs on a plural noun ("voters [hoping for a
 * fresh face]", "states [heading to the polls Monday]"): the noun's index, or -1.
 */
function participialPhraseHead(view: SentenceView, k: number): number {
  const { tokens, from } = view;
  for (let p = k; p > from && p >= k - 8; p--) {
    const t = tokens[p]!;
    if (t.pos === "VERB" && LOWERCASE_ING_FORM.test(t.text)) {
      const noun = tokens[p - 1]!;
      // ("Officials attending the talks said": the plural may open the sentence, capitalized.)
      const plural = noun.pos === "NOUN" ? LOWERCASE_PLURAL.test(noun.text) : p - 1 === from && LOWERCASE_PLURAL.test(noun.lower);
      return p < k && plural ? p - 1 : -1;
    }
    if (!["ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"].includes(t.pos)) return -1;
  }
  return -1;
}

/** For the "in" at k before a cue: "is joining his deputy in pressing for"; the token before "join", or -1. */
function joiningIn(view: SentenceView, k: number): number {
  const { tokens, from } = view;
  let p = k - 1;
  const m = view.mentionEndingAt.get(p);
  if (m) p = (m.roleT0 ?? m.t0) - 1;
  else while (p > from && p >= k - 4 && ["NOUN", "ADJ", "PROPN", "DET", "PRON"].includes(tokens[p]!.pos)) p--;
  while (
    p > from &&
    p >= k - 8 &&
    !JOIN_FORMS.test(tokens[p]!.lower) &&
    LOWER_FIRST.test(tokens[p]!.text) &&
    (["NOUN", "ADJ", "DET"].includes(tokens[p]!.pos) || POSSESSIVE_WORDS.has(tokens[p]!.lower) || (tokens[p]!.pos === "VERB" && /ing$/.test(tokens[p]!.lower)))
  )
    p--;
  return p >= from && JOIN_FORMS.test(tokens[p]!.lower) ? p - 1 : -1;
}

/** Words of time a time phrase ends with: "on Thursday", "last week", "earlier today". */
const TIME_WORDS = new Set([...TIME_NOUNS, ...TIME_ADVERBS]);
const TIME_MODIFIERS = new Set([
  "on",
  "last",
  "this",
  "next",
  "late",
  "early",
  "earlier",
  "later",
  "in",
  "at",
  "of",
  "the",
  "a",
  "past",
  "over",
  "during",
  "ago",
  "recent",
  "for",
  "few",
]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "who", "which"]);
const APPOSITION_STARTS = new Set([
  "a",
  "an",
  "the",
  // ("Petro, himself a former rebel, announced": a reflexive before the description.)
  "himself",
  "herself",
  "itself",
  "themselves",
  "who",
  "which",
  "whose",
  "from",
  "including",
  "one",
  "his",
  "her",
  "its",
  "their",
  "whom",
  "said",
  "speaking",
  "according",
  "in",
  "at",
  "on",
  // "The SMART Transportation Division, or SMART-TD, said": a short name in apposition.
  "or",
]);

/** Skip a time phrase ending at k ("on Thursday", "late on Thursday", "last week"); returns its start or k+1. */
function timePhraseStart(tokens: Token[], k: number, from: number): number {
  const t = tokens[k]!;
  const isTime = CALENDAR_WORDS.has(t.lower) || TIME_WORDS.has(t.lower) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(t.text);
  if (!isTime) return k + 1;
  let s = k;
  while (
    s - 1 >= from &&
    (TIME_MODIFIERS.has(tokens[s - 1]!.lower) || CALENDAR_WORDS.has(tokens[s - 1]!.lower) || /^\d/.test(tokens[s - 1]!.text) || tokens[s - 1]!.text === ",")
  ) {
    if (tokens[s - 1]!.text === "," && !CALENDAR_WORDS.has(tokens[s - 2]?.lower ?? "")) break;
    s--;
  }
  return s;
}

/**
 * Where a party tag that ends right before token k starts ("R-Calif." in "McCarthy, R-Calif.,",
 * "D-N.Y." in "Jeffries (D-N.Y.)"), or -1.
 */
export function partyTagBefore(tokens: Token[], k: number, from: number): number {
  let s = k - 1;
  while (s > from && s > k - 7 && tokens[s]!.text !== "-") s--;
  if (tokens[s]?.text !== "-" || !/^[RDI]$/.test(tokens[s - 1]?.text ?? "")) return -1;
  for (let j = s + 1; j < k; j++) if (!/^(?:[A-Z][A-Za-z]*\.?|\.)$/.test(tokens[j]!.text)) return -1;
  return s - 1;
}

/**
 * Whether tokens a..k-1 are a role owned by a name: "Florida’s former governor", "New Jersey’s
 * sitting governor" (a capitalized name of at most four words, its possessive, then lowercase words
 * without a verb, ending in a noun).
 */
function possessedRoleBetween(tokens: Token[], a: number, k: number): boolean {
  let p = a;
  while (p < k && p - a < 4 && /^\p{Lu}/u.test(tokens[p]!.text)) p++;
  if (p === a || p >= k || (tokens[p]!.lower !== "’s" && tokens[p]!.lower !== "'s") || k - p < 2) return false;
  for (let q = p + 1; q < k; q++) {
    const t = tokens[q]!;
    if (t.pos === "AUX" || (t.pos === "VERB" && !/(?:ing|ed)$/.test(t.lower))) return false;
    // ("Chandni Raina, India’s representative at COP29, objected": a place or body after the role.)
    if (t.pos === "ADP" && q > p + 1 && tokens[q - 1]!.pos === "NOUN") return true;
    if (!/^\p{Ll}/u.test(t.text)) return false;
  }
  return tokens[k - 1]!.pos === "NOUN";
}

/**
 * For a token at a closing comma or dash, the start of the apposition or relative clause it
 * closes ("Boeing, which ..., made", "Some EU countries, including A, B, and C, gave"), or -1.
 */
/** The first token of a list of places that ends with the mention at t0 ("Canberra, Beijing and Geneva"), or t0. */
function placeListStart(view: SentenceView, t0: number): number {
  const { tokens, from } = view;
  let s = t0;
  for (;;) {
    const c = tokens[s - 1];
    if (!c || s - 2 < from || (c.text !== "," && c.lower !== "and")) return s;
    const before = view.mentionEndingAt.get(s - 2);
    if (!before || (before.kind !== "place" && before.kind !== "country")) return s;
    s = before.t0;
  }
}

/** Common nouns that end a list of places: "Nairobi, Mombasa and other cities". */
const LISTED_PLACES = new Set(["city", "town", "region", "province", "state", "country", "capital", "area", "place", "county", "district"]);

/** Letters of a degree or licence after a name: "RN", "MD", "PhD", "Ph.D.", "Esq.", "Jr.". */
const CREDENTIAL = /^(?:[A-Z]{2,3}|Ph\.?D\.?|Esq\.?|Jr\.?|Sr\.?|[A-Z]\.[A-Z]\.)$/;
/** "Nancy Hagans, RN, president of the union, said": a credential after a person's name (not "Berea, OH,"). */
const credentialAt = (view: SentenceView, k: number) =>
  CREDENTIAL.test(view.tokens[k]?.text ?? "") &&
  view.tokens[k - 1]?.text === "," &&
  view.tokens[k + 1]?.text === "," &&
  view.mentionEndingAt.get(k - 2)?.kind === "person";

function appositionStart(tokens: Token[], k: number, from: number): number {
  const mark = tokens[k]!.text;
  // US congressional tags: ", R-Calif.," ", D-N.Y.," (their periods end no sentence).
  const tag = partyTagBefore(tokens, k, from);
  if (mark === "," && tag >= 0 && tokens[tag - 1]?.text === ",") return tag - 1;
  const dash = mark === "-" || mark === "—" || mark === "–";
  for (let s = k - 1; s > from; s--) {
    const w = tokens[s]!.text;
    // ("- the so-called 'frugal four' -": a hyphen inside a word closes nothing.)
    const hyphen = dash && tokens[s - 1]?.end === tokens[s]!.start && tokens[s + 1]?.start === tokens[s]!.end;
    if (dash ? w === mark && !hyphen : w === ",") {
      const first = tokens[s + 1];
      if (!first) return -1;
      if (dash) return s;
      // "Maria Santos, head of the delegation, said": a lowercase noun phrase between commas.
      const lowerNoun = LOWER_FIRST.test(first.text) && (first.pos === "NOUN" || first.pos === "ADJ");
      // US congressional tags: ", R-Texas," ", D-N.Y.,"
      const partyTag = /^[RDI]$/.test(first.text) && tokens[s + 2]?.text === "-";
      if (partyTag) return s;
      // "Pat Kane, RN, NYSNA executive director, said": a credential after a full name (two
      // capitalized words, where "in Berea, OH," is a place and its state).
      if (tokens[s + 2]?.text === "," && CREDENTIAL.test(first.text) && tokens[s - 1]?.pos === "PROPN" && tokens[s - 2]?.pos === "PROPN") return s;
      // "Charles Reppucci, Care New England Board of Directors Chairman, said": a capitalized
      // title that ends the apposition, after a full name.
      // ("Alex Caputo-Pearl, United Teachers Los Angeles president, said": a hyphenated surname.)
      if (
        !dash &&
        TITLE_HEADS.has(tokens[k - 1]!.lower) &&
        UPPER_FIRST.test(first.text) &&
        tokens[s - 1]?.pos === "PROPN" &&
        (tokens[s - 2]?.pos === "PROPN" || (tokens[s - 2]?.text === "-" && tokens[s - 3]?.pos === "PROPN"))
      )
        return s;
      // "Esther Perez Ruiz, IMF representative for Pakistan, said": a body's name before a
      // lowercase title, after a full name.
      const inside = tokens.slice(s + 1, k);
      if (
        !dash &&
        UPPER_FIRST.test(first.text) &&
        tokens[s - 1]?.pos === "PROPN" &&
        tokens[s - 2]?.pos === "PROPN" &&
        k - s <= 10 &&
        inside.some((x) => LOWER_FIRST.test(x.text) && TITLE_HEADS.has(x.lower)) &&
        !inside.some((x) => x.pos === "VERB" || x.pos === "AUX" || x.lower === "and")
      )
        return s;
      // "Nora Blake, celebrating a landslide at home, is pledging": a participial phrase.
      // ("The second-largest rail union, made up of engineers, voted", "X, based in Geneva, said":
      // a past participle with its preposition.)
      const participle =
        first.pos === "VERB" &&
        (LOWERCASE_ING_FORM.test(first.text) ||
          (/^(?:\p{Ll}+ed|made|known|led|held|run|set|built|founded)$/u.test(first.text) && ["ADP", "PART"].includes(tokens[s + 2]?.pos ?? "")) ||
          // ("Rutte, dubbed the Teflon Premier, said": a name given, with its article.)
          /^(?:dubbed|nicknamed|called|named|known)$/.test(first.text));
      if (
        participle ||
        APPOSITION_STARTS.has(first.lower) ||
        first.pos === "NUM" ||
        PERSON_ROLE_HEADS.has(first.lower) ||
        GROUP_HEADS.has(first.lower) ||
        lowerNoun
      )
        return s;
      // "Karin Nyman, Swedish press officer for SAS, said": a demonym before a lowercase role.
      if (GAZETTEER.get(first.text)?.via === "demonym" && LOWER_FIRST.test(tokens[s + 2]?.text ?? "") && tokens[s + 2]!.pos === "NOUN" && k - s <= 8) return s;
      // "Jeb Bush, Florida’s former governor, said": a role owned by a name ("New Jersey’s sitting governor").
      if (possessedRoleBetween(tokens, s + 1, k)) return s;
      // "France, however, remains ...": a parenthetical adverb.
      if (tokens[s + 2] === tokens[k] && (first.pos === "ADV" || first.pos === "CCONJ")) return s;
      // "Cruz, by contrast, wrote", "Huckabee, for his part, said": a short prepositional adverbial.
      // ("Fain, during a livestream Wednesday afternoon, called": a longer one without a verb.)
      if (first.pos === "ADP" && k - s >= 3 && (k - s <= 4 || (k - s <= 8 && !tokens.slice(s + 2, k).some((x) => x.pos === "VERB" || x.pos === "AUX"))))
        return s;
      // "X, he said, ..." : a parenthetical attribution is skipped like an apposition.
      if (SUBJECT_PRONOUNS.has(first.lower) && tokens[s + 2] && tokens[s + 3] === tokens[k]) return s;
      continue; // a comma inside a list: keep looking for the one that opens the apposition
    }
    // "Kerry Lane, star of television’s “Harbor,” thanked ...": a short quoted title inside the apposition.
    if (w === "”" && !dash) {
      let open = s - 1;
      while (open > from && open > s - 8 && tokens[open]!.text !== "“") open--;
      if (tokens[open]?.text === "“" && open > from) {
        s = open;
        continue;
      }
    }
    // (Started inside the closing mark: "television’s “Harbor,” thanked".)
    if (w === "“" && tokens[k + 1]?.text === "”" && k - s < 8) continue;
    if ([".", ";", ":", "“", "”", '"'].includes(w)) return -1;
  }
  return -1;
}

/**
 * The person before a role apposition that ends with the name starting at t0 ("Mathilde Panot,
 * the leader of the party France Unbowed"), or null.
 */
function roleAppositionOwner(view: SentenceView, t0: number): SpeakerRef | null {
  const { tokens, from } = view;
  let c = t0 - 1;
  while (c > from && t0 - c < 12 && tokens[c]!.text !== "," && !/^[.;:“”"()]$/.test(tokens[c]!.text)) c--;
  if (tokens[c]?.text !== "," || !APPOSITION_DETERMINERS.has(tokens[c + 1]?.lower ?? "")) return null;
  let role = false;
  for (let k = c + 2; k < t0; k++) {
    if (PERSON_ROLE_HEADS.has(tokens[k]!.lower)) role = true;
    else if (role && tokens[k]!.lower === "of") {
      const person = view.mentionEndingAt.get(c - 1);
      return person && person.kind === "person" ? { type: "mention", mention: person, t0: person.t0, t1: person.t1 } : null;
    }
  }
  return null;
}
const APPOSITION_DETERMINERS = new Set(["the", "a", "an"]);

/** The noun phrase ending at token k, if its head is agentive ("US officials", "the union"). */
/** Prepositions after which a name says where people work or live: "pilots at United", "teachers in Chicago". */
const PLACE_PREPOSITIONS = new Set(["at", "in", "from"]);
/** Bodies named by a common noun that a place after them locates: "the union in Detroit", "the company in Seoul". */
const BODY_NOUNS_BEFORE_PLACE = new Set([
  "union",
  "company",
  "association",
  "federation",
  "council",
  "party",
  "group",
  "committee",
  "board",
  "firm",
  "ministry",
]);
/** Those who speak for the place after them: "officials in Kyiv", "diplomats in Brussels". */
/** What sits in a capital and speaks for its country: "the government in Cairo", "the authorities in Kyiv". */
const SEAT_HEADS = new Set(["government", "authorities", "administration", "regime", "leadership"]);
const VOICE_HEADS = new Set(["officials", "diplomats", "sources", "authorities", "negotiators", "leaders", "spokesmen", "representatives"]);

function agentiveNP(view: SentenceView, k: number): SpeakerRef | null {
  const { tokens, from } = view;
  const head = tokens[k]!;
  // "The left has promised", "the far-right warned", "the far right said": a political camp speaks
  // (resolution/speakers.ts finds the body of that wing).
  if (head.lower === "left" || head.lower === "right") {
    let s = k;
    let wing: string = head.lower;
    if (tokens[k - 1]?.text === "-" || tokens[k - 1]?.pos === "ADJ" || tokens[k - 1]?.pos === "ADV") {
      const degree = tokens[k - 1]?.text === "-" ? tokens[k - 2] : tokens[k - 1];
      if (degree && /^(?:far|hard|extreme|ultra)$/.test(degree.lower)) {
        wing = `far ${head.lower}`;
        s = tokens[k - 1]?.text === "-" ? k - 2 : k - 1;
      }
    }
    return s - 1 >= from && tokens[s - 1]?.lower === "the" ? { type: "np", t0: s - 1, t1: k + 1, head: wing, modifiers: [], determiner: "the" } : null;
  }
  // wink sometimes tags a plural after "to" as a verb: "according to sources close to ...".
  const taggedVerb =
    head.pos === "VERB" &&
    GROUP_HEADS.has(head.lower) &&
    /s$/.test(head.lower) &&
    ["to", "the", "two", "three", "several", "some"].includes(tokens[k - 1]?.lower ?? "");
  // ("the Qatari premier said": wink tags "premier" an adjective.)
  // ("The union claims the company had refused": and "union" before a verb it reads as a noun.)
  const taggedAdjective =
    head.pos === "ADJ" &&
    (PERSON_ROLE_HEADS.has(head.lower) || GROUP_HEADS.has(head.lower)) &&
    (["VERB", "AUX", "PUNCT"].includes(view.tokens[k + 1]?.pos ?? "PUNCT") || CUE_FORMS.has(view.tokens[k + 1]?.lower ?? ""));
  if (head.pos !== "NOUN" && head.pos !== "PROPN" && !taggedVerb && !taggedAdjective) return null;
  const lemma = singular(head.lower);
  // Agent nouns in the plural speak too: "carmakers", "exporters", "economists", "participants".
  // ("Dockworkers represented by ...": wink tags the capital opening a sentence a proper noun.)
  const agentPlural =
    (head.pos === "NOUN" || (head.pos === "PROPN" && k === from && !view.mentionEndingAt.has(k))) &&
    // ("Waterfront businessmen told NBR Online": -men plurals too.)
    /(?:ers|ors|ists|ants|ents|ians|smen|ssmen)$/.test(head.lower) &&
    head.lower.length > 6;
  // ("The jetmaker has offered": what the copy calls a company speaks for it.)
  if (
    !GROUP_HEADS.has(head.lower) &&
    !GROUP_HEADS.has(lemma) &&
    !PERSON_ROLE_HEADS.has(lemma) &&
    !COMPANY_HEADS.has(lemma) &&
    !agentPlural &&
    !PARTY_MEMBER_NOUNS.has(lemma) &&
    // ("Starbucks baristas", "nurses": people by their work, in the plural.)
    !(PEOPLE_NOUNS.has(lemma) && lemma !== head.lower)
  )
    return null;
  let s = k;
  const modifiers: Mention[] = [];
  while (s - 1 >= from) {
    const p = tokens[s - 1]!;
    const m = view.mentionEndingAt.get(s - 1);
    if (m) {
      modifiers.unshift(m);
      s = m.roleT0 ?? m.t0;
      // "Canadian and Mexican officials": coordinated demonyms are modifiers of one head.
      // ("the U.S. and Saudi joint statement": a country's name before "and" the same.)
      const other = m.adjectival && tokens[s - 1]?.lower === "and" ? view.mentionEndingAt.get(s - 2) : undefined;
      if (other?.adjectival || other?.gazetteer?.kind === "country") {
        modifiers.unshift(other);
        s = other.t0;
      }
      continue;
    }
    if (["NOUN", "ADJ", "NUM", "PROPN"].includes(p.pos) || (p.text === "-" && s - 2 >= from) || p.lower === "top" || p.lower === "senior") s--;
    // ("Colombia's National Liberation Army (ELN) rebels": the initials in brackets after the name.)
    else if (p.text === ")" && tokens[s - 3]?.text === "(" && view.mentionEndingAt.has(s - 2) && s - 4 >= from && view.mentionEndingAt.has(s - 4)) s -= 3;
    // "Developing nations rejected", "the striking workers said": a participle that opens the
    // phrase (not "unions representing workers": there a noun stands before it).
    // ("the state-owned company", "the federally owned company": a compound or an adverb before it.)
    else if (
      p.pos === "VERB" &&
      /(?:ing|ed)$/.test(p.lower) &&
      (s - 1 === from || ["DET", "ADJ", "ADV"].includes(tokens[s - 2]!.pos) || tokens[s - 2]!.text === "-")
    )
      s--;
    else if (p.pos === "ADV" && /ly$/.test(p.lower) && tokens[s]!.pos === "VERB" && /ed$/.test(tokens[s]!.lower)) s--;
    // Possessives inside the phrase: "the farmers' federation", "the Turkish president's office".
    else if ((p.text === "'" || p.text === "’") && /s$/.test(tokens[s - 2]?.text ?? "") && s - 2 >= from) s--;
    else if ((p.lower === "'s" || p.lower === "’s") && s - 2 >= from && ["NOUN", "PROPN"].includes(tokens[s - 2]!.pos)) s--;
    else break;
  }
  // "a measure farmers said would threaten their livelihood": "a" cannot open a plural, so a
  // relative clause without "that" begins at the plural's own words ("farmers").
  if ((tokens[s - 1]?.lower === "a" || tokens[s - 1]?.lower === "an") && lemma !== head.lower && /s$/.test(head.lower)) {
    for (let j = k - 1; j >= s; j--)
      if (tokens[j]!.pos === "NOUN" && !/s$/.test(tokens[j]!.lower) && !view.mentionEndingAt.has(j)) {
        return { type: "np", t0: j + 1, t1: k + 1, head: lemma, modifiers: modifiers.filter((m) => m.t0 > j), determiner: "" };
      }
  }
  let determiner = "";
  const d = tokens[s - 1];
  if (
    d &&
    s - 1 >= from &&
    ["the", "a", "an", "some", "both", "each", "all", "his", "her", "its", "their", "two", "several", "many", "other", "another"].includes(d.lower)
  ) {
    determiner = d.lower;
    s--;
  }
  return { type: "np", t0: s, t1: k + 1, head: lemma, modifiers, determiner };
}

/**
 * "the country's national postal service", "the union's national president": the noun phrase that
 * a possessor (an agentive noun phrase ending before "'s") opens, or null when no possessive follows.
 */
function possessedNP(view: SentenceView, owner: SpeakerRef): SpeakerRef | null {
  const { tokens, to } = view;
  const mark = tokens[owner.t1]?.lower;
  if (owner.type !== "np" || (mark !== "'s" && mark !== "’s")) return null;
  let h = owner.t1 + 1;
  while (h < to && h < owner.t1 + 5 && (tokens[h]!.pos === "ADJ" || tokens[h]!.pos === "NOUN") && LOWER_FIRST.test(tokens[h]!.text)) h++;
  const head = tokens[h - 1]!;
  if (h === owner.t1 + 1 || head.pos !== "NOUN") return null;
  return { type: "np", t0: owner.t0, t1: h, head: singular(head.lower), modifiers: [], determiner: owner.determiner };
}

/** "no", "not one", "not a single", "none of the" right before token t0. */
function negatedQuantifier(tokens: Token[], t0: number, from: number): boolean {
  const w = (k: number) => (k >= from ? tokens[k]!.lower : "");
  // ("something that neither party wanted".)
  if (w(t0 - 1) === "no" || w(t0 - 1) === "neither") return true;
  if (w(t0 - 1) === "one" && w(t0 - 2) === "not") return true;
  if (w(t0 - 1) === "single" && w(t0 - 2) === "a" && w(t0 - 3) === "not") return true;
  return (w(t0 - 1) === "of" && w(t0 - 2) === "none") || (w(t0 - 1) === "the" && w(t0 - 2) === "of" && w(t0 - 3) === "none");
}

/** One subject (name, pronoun or agentive noun phrase) ending at token k, or null. */
function subjectEndingAt(view: SentenceView, k: number): SpeakerRef | null {
  const { tokens } = view;
  // "And Putin said ...": nothing before the sentence's first word can be a subject.
  if (k < view.from || k >= view.to) return null;
  const m = view.mentionEndingAt.get(k);
  if (m && !m.adjectival) {
    let t0 = m.roleT0 !== undefined ? Math.max(view.from, m.roleT0) : m.t0;
    // "the main opposition Democratic Party": a lowercase description belongs to the subject.
    let d = t0;
    while (d - 1 >= view.from && LOWERCASE_WORD.test(tokens[d - 1]!.text) && (tokens[d - 1]!.pos === "ADJ" || tokens[d - 1]!.pos === "NOUN")) d--;
    if (d < t0 && tokens[d - 1]?.pos === "DET") t0 = d - 1;
    // "India's Commerce Minister Suresh Nair", "Israel's Benjamin Netanyahu": the possessor belongs to the subject.
    const poss = tokens[t0 - 1]?.lower;
    if ((poss === "'s" || poss === "’s") && t0 - 2 >= view.from) {
      const owner = view.mentionEndingAt.get(t0 - 2);
      if (owner) t0 = owner.t0;
    }
    return { type: "mention", mention: m, t0, t1: m.t1 };
  }
  const t = tokens[k]!;
  if (t.pos === "PRON" && SUBJECT_PRONOUNS.has(t.lower)) return { type: "pronoun", word: t.lower, t0: k, t1: k + 1 };
  // "The full Hamas response proposes", "the union's counterproposal calls for": a document of a
  // named organization speaks for it.
  if (DOCUMENT_HEADS.has(singular(t.lower))) {
    let s = k - 1;
    if (tokens[s]?.lower === "'s" || tokens[s]?.lower === "’s") s--;
    const owner = view.mentionEndingAt.get(s);
    if (owner && !owner.adjectival && (owner.kind === "organization" || owner.kind === "country" || owner.kind === "person")) {
      let t0 = owner.t0;
      while (t0 - 1 >= view.from && ["DET", "ADJ"].includes(tokens[t0 - 1]!.pos)) t0--;
      return { type: "mention", mention: owner, t0, t1: k + 1 };
    }
  }
  // "The (joint) statement said": the document speaks for those who issued it.
  if (STATEMENT_HEADS.has(t.lower)) {
    let s = k;
    if (tokens[s - 1]?.lower === "joint") s--;
    // ("the U.S. and Saudi joint statement added": those who issued it, named before it.)
    const modifiers: Mention[] = [];
    for (let m = view.mentionEndingAt.get(s - 1); m && (m.kind === "country" || m.kind === "organization");) {
      modifiers.unshift(m);
      s = m.t0;
      m = tokens[s - 1]?.lower === "and" && s - 2 >= view.from ? view.mentionEndingAt.get(s - 2) : undefined;
    }
    if (tokens[s - 1]?.lower === "the" && s - 1 >= view.from) return { type: "np", t0: s - 1, t1: k + 1, head: t.lower, modifiers, determiner: "the" };
  }
  // "the US and others": the named conjunct speaks.
  if ((t.lower === "others" || t.lower === "allies" || t.lower === "partners") && tokens[k - 1]?.lower === "and" && k - 2 >= view.from) {
    const named = view.mentionEndingAt.get(k - 2);
    if (named && !named.adjectival) return { type: "mention", mention: named, t0: named.t0, t1: named.t1 };
  }
  return agentiveNP(view, k);
}

const POSTMODIFIERS = new Map([
  ["familiar", "with"],
  ["close", "to"],
  ["briefed", "on"],
  ["involved", "in"],
  ["knowledgeable", "about"],
  ["privy", "to"],
  ["aware", "of"],
]);

/** "with direct knowledge of", "with firsthand knowledge of": what kind of knowledge a source has. */
const KNOWLEDGE_MODIFIERS = new Set(["knowledge", "direct", "firsthand", "first-hand", "intimate", "detailed", "personal", "inside", "deep"]);

/** "familiar with", "close to", "with knowledge", "with direct knowledge": the first two words of a postmodifier. */
export function isPostmodifier(a: string | undefined, b: string | undefined): boolean {
  return (a !== undefined && b !== undefined && POSTMODIFIERS.get(a) === b) || (a === "with" && KNOWLEDGE_MODIFIERS.has(b ?? ""));
}

/**
 * Where a postmodifier that says who a group is ends at token k starts: "familiar with the
 * matter", "close to the talks", "briefed on the plan", "with knowledge of the deal"; else -1.
 */
function postmodifierStart(tokens: Token[], k: number, from: number): number {
  for (let p = k - 1; p >= Math.max(from, k - 14); p--) {
    const t = tokens[p]!;
    if (isPostmodifier(t.lower, tokens[p + 1]?.lower)) return p;
    // ("a union seeking to organize the coffee chain's workforce said": a participle and its
    // infinitive after the head.)
    if (t.pos === "VERB" && /ing$/.test(t.lower) && tokens[p + 1]?.lower === "to" && tokens[p - 1]?.pos === "NOUN") return p;
    if (t.pos === "VERB" && tokens[p - 1]?.lower === "to" && tokens[p - 2]?.pos === "VERB" && /ing$/.test(tokens[p - 2]!.lower)) continue;
    // Only a noun phrase between the preposition and the verb ("involved in negotiating a
    // release-ceasefire deal between Israel and Hamas": a gerund, a hyphen and "and" too).
    const gerund = t.pos === "VERB" && /ing$/.test(t.lower) && tokens[p - 1]?.pos === "ADP";
    if (!["DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PART", "CCONJ"].includes(t.pos) && t.lower !== "'s" && t.lower !== "’s" && t.text !== "-" && !gerund)
      return -1;
  }
  return -1;
}

/** Nouns that describe a company by another one: "Chrysler parent Stellantis", "Jeep maker Stellantis". */
const COMPANY_DESCRIPTORS = new Set(["parent", "owner", "maker", "unit", "subsidiary", "rival", "operator", "affiliate"]);

/** Add conjuncts to the left: "A and B said", "A, B and C agreed". */
function withConjuncts(view: SentenceView, first: SpeakerRef): Subject {
  const refs = [first];
  let t0 = first.t0;
  // "Ford and Chrysler parent Stellantis said": a company described by another's name before it.
  const descriptor = view.tokens[t0 - 1];
  const owner = view.mentionEndingAt.get(t0 - 2);
  if (descriptor && COMPANY_DESCRIPTORS.has(descriptor.lower) && owner && owner.t0 >= view.from) t0 = owner.t0;
  for (;;) {
    if (view.tokens[t0 - 1]?.lower === "the" && t0 - 1 > view.from) t0--;
    const c = view.tokens[t0 - 1];
    // A list ends with "and": "A, B and C". A comma alone is an apposition or a clause break.
    const ok = c && t0 - 1 >= view.from && (c.lower === "and" || c.lower === "nor" || c.lower === "&" || (c.text === "," && refs.length > 1));
    if (!ok) break;
    // ("Methodist, North Memorial, Fairview, and Children's hospitals": a comma before "and".)
    const oxford = c.lower === "and" && view.tokens[t0 - 2]?.text === "," && refs.length === 1 ? 1 : 0;
    // ("Starbucks SBUX.O and a union": a stock ticker after the name.)
    const tk = view.tokens;
    const ticker =
      /^[A-Z]{1,2}$/.test(tk[t0 - 2]?.text ?? "") &&
      tk[t0 - 3]?.text === "." &&
      tk[t0 - 3]!.end === tk[t0 - 2]!.start &&
      /^[A-Z\d]{2,6}$/.test(tk[t0 - 4]?.text ?? "")
        ? 3
        : 0;
    const prev = subjectEndingAt(view, t0 - 2 - ticker - oxford);
    if (!prev || prev.type === "pronoun") break;
    // "In Mexico City, Freeland and Guajardo said": a name after a preposition before the comma is
    // where or when, an opening phrase, not the first of a list.
    const opener = view.tokens[prev.t0 - 1];
    if (c.text === "," && opener && prev.t0 - 1 >= view.from && opener.pos === "ADP") {
      // ("workers at Anglo American Platinum, Impala Platinum and Lonmin demanding": a list after
      // "at" says where the people before it work; they speak.)
      const people = /^(?:at|of|from)$/.test(opener.lower) && prev.t0 - 2 >= view.from ? agentiveNP(view, prev.t0 - 2) : null;
      if (people && /s$/.test(view.tokens[prev.t0 - 2]!.lower)) return { refs: [people], t0: people.t0, t1: first.t1 };
      break;
    }
    // "Opposition leader and Yesh Atid chair Yair Lapid welcomed": a title with no name of its
    // own before "and" a titled name is the same person's first title.
    if (
      c.lower === "and" &&
      refs.length === 1 &&
      first.type === "mention" &&
      first.mention.kind === "person" &&
      first.mention.role &&
      prev.type === "np" &&
      !prev.determiner &&
      PERSON_ROLE_HEADS.has(prev.head)
    )
      return { refs: [first], t0: prev.t0, t1: first.t1 };
    // "Rouhani and his top envoys": the entourage of a named speaker is not a second speaker.
    if (first.type === "np" && THIRD_PERSON_POSSESSIVES.has(first.determiner) && prev.type === "mention") {
      return { refs: [prev], t0: prev.t0, t1: first.t1 };
    }
    refs.unshift(prev);
    t0 = prev.t0;
  }
  return { refs, t0, t1: first.t1 };
}

/**
 * Add named conjuncts to the right: "proposed by Egypt and Qatar", "according to Lavrov and
 * Blinken", "said A, B and C". Only names: "according to Lavrov and the talks ..." stops.
 */
function withConjunctsRight(view: SentenceView, first: SpeakerRef): Subject {
  const { tokens, to } = view;
  const refs = [first];
  let t1 = first.t1;
  for (let k = t1; k + 1 < to;) {
    const c = tokens[k]!;
    if (c.lower !== "and" && c.text !== ",") break;
    let n = k + 1;
    if (tokens[n]!.lower === "the") n++;
    const m = view.mentionStartingAt.get(n);
    if (!m || m.adjectival || m.kind === "place") break;
    // "A, B and C": a comma continues the list only when an "and" closes it.
    if (c.text === ",") {
      let e = m.t1;
      while (e < to && tokens[e]!.text === "," && view.mentionStartingAt.has(e + 1)) e = view.mentionStartingAt.get(e + 1)!.t1;
      if (tokens[e]?.lower !== "and") break;
    }
    const ref = subjectEndingAt(view, m.t1 - 1);
    if (!ref || ref.type !== "mention" || ref.mention !== m) break;
    refs.push(ref);
    t1 = ref.t1;
    k = t1;
  }
  return { refs, t0: first.t0, t1 };
}

/**
 * "by the chair of the negotiations, Icelandic ambassador Einar Gunnarsson,": the person named in
 * apposition after a role phrase (and its "of" phrase) is who it is.
 */
function appositionAfter(view: SentenceView, k: number): SpeakerRef | null {
  const { tokens, to } = view;
  let e = k;
  if (tokens[e]?.lower === "of") {
    e++;
    while (e < to && ["DET", "ADJ", "NOUN", "PROPN"].includes(tokens[e]!.pos) && tokens[e]!.text !== ",") e++;
  }
  if (tokens[e]?.text !== ",") return null;
  // The name, after at most three role words: "Icelandic ambassador Einar Gunnarsson".
  for (let n = e + 1; n < Math.min(to, e + 5); n++) {
    const m = view.mentionStartingAt.get(n);
    if (m && m.kind === "person" && !m.adjectival && (m.roleStart ?? m.start) <= tokens[e + 1]!.start)
      return { type: "mention", mention: m, t0: m.t0, t1: m.t1 };
  }
  return null;
}

/** A name between commas right before the verb: ", Kenji Morita," or ", the Democratic Alliance,". */
function appositiveName(view: SentenceView, comma: number): Subject | null {
  const m = view.mentionEndingAt.get(comma - 1);
  if (!m || m.adjectival || m.kind === "place") return null;
  let s = m.roleT0 ?? m.t0;
  // "The co-chairs of the committee, Dr Rob Laurenson and Dr Vivek Trivedi, said": two names.
  const first = view.tokens[s - 1]?.lower === "and" ? view.mentionEndingAt.get(s - 2) : undefined;
  if (first && !first.adjectival && first.kind === "person" && m.kind === "person") {
    const s0 = first.roleT0 ?? first.t0;
    if (s0 - 1 > view.from && view.tokens[s0 - 1]!.text === ",")
      return {
        refs: [
          { type: "mention", mention: first, t0: s0, t1: first.t1 },
          { type: "mention", mention: m, t0: s, t1: m.t1 },
        ],
        t0: s0,
        t1: m.t1,
      };
  }
  if (view.tokens[s - 1]?.lower === "the") s--;
  if (s - 1 <= view.from || view.tokens[s - 1]!.text !== ",") return null;
  // ("Rothman, who is chairperson of the Knesset Constitution, Law and Justice Committee,
  // committed": the end of a body's name with a comma in it, no name in apposition.)
  const before = view.mentionEndingAt.get(s - 2);
  if (m.kind === "organization" && UPPER_FIRST.test(view.tokens[s - 2]?.text ?? "") && before?.kind !== "person" && !before?.adjectival) return null;
  // "Mykhailo Podolyak, an adviser to Ukraine's president, Volodymyr Zelenskiy, said": the name
  // names the role inside an apposition ("Ukraine's president"); the person it describes speaks.
  const outer = describedBefore(view, s - 1);
  if (outer) return outer;
  return { refs: [{ type: "mention", mention: m, t0: s, t1: m.t1 }], t0: s, t1: m.t1 };
}

/**
 * The person before an indefinite role apposition that ends at the comma `comma` and holds a
 * role of someone else ("Name, an adviser to X's president,"), or null.
 */
function describedBefore(view: SentenceView, comma: number): Subject | null {
  const { tokens } = view;
  for (let p = comma - 1; p > view.from && comma - p <= 10; p--) {
    if (tokens[p]!.text !== ",") continue;
    const opener = tokens[p + 1]!.lower;
    const ofOther = tokens.slice(p + 2, comma).some((t) => t.lower === "to" || t.lower === "of" || t.lower === "for");
    const person = view.mentionEndingAt.get(p - 1);
    if ((opener !== "a" && opener !== "an") || !ofOther || person?.kind !== "person") return null;
    const s0 = person.roleT0 ?? person.t0;
    return { refs: [{ type: "mention", mention: person, t0: s0, t1: person.t1 }], t0: s0, t1: person.t1 };
  }
  return null;
}

/**
 * "Workers at the company's cereal plants in Nebraska and Michigan walked out": before the
 * preposition at `prep`, a site ("the company's cereal plants") and, before another "at" or "in",
 * the people who work there; null when no people come before the site.
 */
function peopleBeforeSite(view: SentenceView, prep: number): SpeakerRef | null {
  const { tokens } = view;
  let k = prep - 1;
  const inPhrase = (t: Token) => ["NOUN", "ADJ", "DET", "PROPN", "NUM"].includes(t.pos) || /^['’]s$/.test(t.text) || t.text === "’" || t.text === "'";
  while (k > view.from && inPhrase(tokens[k]!)) k--;
  if (k >= prep - 1 || !["at", "in", "from"].includes(tokens[k]?.lower ?? "") || k - 1 < view.from) return null;
  const people = agentiveNP(view, k - 1);
  return people?.type === "np" ? people : null;
}

/** The person before ", <lowercase title> of [the]" that ends right before token t0 ("X, president of the CWA"), or null. */
function personBeforeRoleOf(view: SentenceView, t0: number): SpeakerRef | null {
  const { tokens } = view;
  let k = t0 - 1;
  if (tokens[k]?.lower === "the") k--;
  if (!["of", "for", "at"].includes(tokens[k]?.lower ?? "")) return null;
  let titled = false;
  k--;
  while (k > view.from && LOWER_FIRST.test(tokens[k]!.text) && (tokens[k]!.pos === "NOUN" || tokens[k]!.pos === "ADJ" || TITLE_HEADS.has(tokens[k]!.lower))) {
    if (TITLE_HEADS.has(tokens[k]!.lower)) titled = true;
    k--;
  }
  if (!titled || tokens[k]?.text !== ",") return null;
  const person = view.mentionEndingAt.get(k - 1);
  if (person?.kind !== "person") return null;
  const s0 = person.roleT0 ?? person.t0;
  return { type: "mention", mention: person, t0: s0, t1: person.t1 };
}

/**
 * "Roberto Basualdo of the opposition alliance Together for Change told Reuters": the person
 * named in full before "of" and the description and name of the body that ends right before
 * token t0; else null.
 */
function personOfBody(view: SentenceView, t0: number): SpeakerRef | null {
  const { tokens } = view;
  let k = t0 - 1;
  while (
    k > view.from &&
    k >= t0 - 8 &&
    tokens[k]!.lower !== "of" &&
    (UPPER_FIRST.test(tokens[k]!.text) ||
      /^(?:for|and|the|de|del|la)$/.test(tokens[k]!.lower) ||
      (LOWER_FIRST.test(tokens[k]!.text) && (tokens[k]!.pos === "NOUN" || tokens[k]!.pos === "ADJ")) ||
      // ("Lindner of the fiscally conservative Free Democrats (FDP) insisted".)
      (tokens[k]!.pos === "ADV" && /ly$/.test(tokens[k]!.lower)))
  )
    k--;
  if (tokens[k]?.lower !== "of") return null;
  const person = view.mentionEndingAt.get(k - 1);
  // ("Lindner of the fiscally conservative Free Democrats insisted": a lone name whose kind is a
  // guess is a person here, the registry's surname of a full name or a person of its own.)
  if (!person || person.t0 < view.from) return null;
  const lone = person.t1 === person.t0 + 1 && person.guessed;
  if (person.kind !== "person" && !lone) return null;
  return { type: "mention", mention: person, t0: person.roleT0 ?? person.t0, t1: person.t1 };
}

/** The name before "was among" / "were among" ("X was among the Republicans"), when the phrase at t0 follows it; else null. */
function memberAmong(view: SentenceView, t0: number): SpeakerRef | null {
  const { tokens } = view;
  let k = t0 - 1;
  if (tokens[k]?.lower === "the") k--;
  if (tokens[k]?.lower !== "among" || !/^(?:was|were|is|are)$/.test(tokens[k - 1]?.lower ?? "")) return null;
  let e = k - 2;
  // ("Hawley (R-Mo.) was": a party tag in brackets.)
  if (tokens[e]?.text === ")") while (e > view.from && tokens[e]!.text !== "(") e--;
  if (tokens[e]?.text === "(") e--;
  const m = view.mentionEndingAt.get(e);
  if (!m || m.adjectival || (m.kind !== "person" && m.kind !== "organization" && m.kind !== "country")) return null;
  const s0 = m.roleT0 ?? m.t0;
  return { type: "mention", mention: m, t0: s0, t1: m.t1 };
}

/** "Families of hostages", "leaders of the union": the agentive head before "of". */
function headBeforeOf(view: SentenceView, k: number): SpeakerRef | null {
  let s = k;
  const inPhrase = (t: Token) => ["NOUN", "ADJ", "DET", "NUM", "PROPN"].includes(t.pos) || (t.pos === "VERB" && /ed$/.test(t.lower));
  while (s - 1 >= view.from && inPhrase(view.tokens[s - 1]!) && view.tokens[s - 1]!.lower !== "of") s--;
  if (view.tokens[s - 1]?.lower !== "of" || s - 2 < view.from) return null;
  const head = agentiveNP(view, s - 2);
  return head ? { ...head, t1: k + 1 } : null;
}

/** Fractions after "a": "a third", "a quarter". */
const FRACTIONS = new Set(["third", "quarter", "fifth", "majority", "minority", "plurality"]);

/** Quantities that stand for a share of a group: "55 percent", "nearly half", "a third", "4 in 10". */
const SHARE_WORDS = new Set([
  "percent",
  "%",
  "half",
  "third",
  "thirds",
  "quarter",
  "quarters",
  "three-quarters",
  "two-thirds",
  "majority",
  "majorities",
  "plurality",
  "minority",
  "most",
  "many",
  "some",
  "few",
  "fewer",
  "more",
  "all",
  "one",
]);
/** Determiners that open a noun phrase that may speak: "the magazine", "a reporter", "another". */
const NP_DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "one",
  "another",
  "his",
  "her",
  "its",
  "their",
  "our",
  "some",
  "many",
  "several",
  "most",
  "other",
  "both",
  "all",
  "two",
  "three",
  "few",
]);
/** Heads that never speak, even with a determiner: times, places, abstract shells. */
const MUTE_HEADS = new Set([
  "time",
  "times",
  "day",
  "days",
  "week",
  "weeks",
  "month",
  "months",
  "year",
  "years",
  "way",
  "ways",
  "thing",
  "things",
  "fact",
  "idea",
  "question",
  "problem",
  "issue",
  "case",
  "point",
  "moment",
  "result",
  "end",
  "rest",
  "number",
  "lot",
  "part",
  "kind",
  "sort",
  "place",
  "race",
  "election",
  "campaign",
  "debate",
  "vote",
  "votes",
  "deal",
  "bill",
  "law",
  "plan",
  "move",
  "decision",
  "effort",
  "event",
]);

/**
 * A subject beyond the lists, for a verb of speech only: a noun phrase opened by a determiner ("The
 * magazine said", "A reporter asked", "The billionaire businessman says") or a share of a group
 * ("Sixty-six percent said", "Nearly half said", "more than 4 in 10 said"), ending at token k.
 */
function looseSubject(view: SentenceView, k: number): SpeakerRef | null {
  const { tokens, from } = view;
  const head = tokens[k];
  if (!head || k < from) return null;
  // "4 in 10", "three in four": a share written as a ratio.
  if (head.pos === "NUM" && tokens[k - 1]?.lower === "in" && tokens[k - 2]?.pos === "NUM" && k - 2 >= from) {
    let s = k - 2;
    while (
      s - 1 >= from &&
      ["more", "than", "less", "fewer", "about", "nearly", "almost", "roughly", "some", "only", "just", "over", "under"].includes(tokens[s - 1]!.lower)
    )
      s--;
    return { type: "np", t0: s, t1: k + 1, head: "share", modifiers: [], determiner: "" };
  }
  // ("a third", "a quarter": wink may tag the fraction as an adverb.)
  const fraction = (head.pos === "ADV" || head.pos === "ADJ") && FRACTIONS.has(head.lower) && tokens[k - 1]?.lower === "a";
  if (nominalPos(tokens, k) !== "NOUN" && !(head.pos === "PROPN" && SHARE_WORDS.has(head.lower)) && head.lower !== "%" && !fraction) return null;
  if (!/^[\p{Ll}%]/u.test(head.text) && !SHARE_WORDS.has(head.lower)) return null;
  if (MUTE_HEADS.has(head.lower) || CALENDAR_WORDS.has(head.lower)) return null;
  let s = k;
  while (s - 1 >= from) {
    const p = tokens[s - 1]!;
    if (view.mentionEndingAt.get(s - 1)) {
      const m = view.mentionEndingAt.get(s - 1)!;
      s = m.roleT0 ?? m.t0;
      continue;
    }
    if (["NOUN", "ADJ", "NUM", "PROPN"].includes(nominalPos(tokens, s - 1)) || (p.text === "-" && s - 2 >= from) || p.lower === "'s" || p.lower === "’s") s--;
    else break;
  }
  const d = tokens[s - 1];
  const share =
    SHARE_WORDS.has(head.lower) &&
    (s < k ||
      ["half", "third", "quarter", "majority", "plurality", "minority", "most", "two-thirds", "three-quarters"].includes(head.lower) ||
      (d && NP_DETERMINERS.has(d.lower)));
  if (share || (tokens[s]?.pos === "NUM" && tokens[s + 1]?.text !== "-")) {
    while (
      s - 1 >= from &&
      ["more", "than", "less", "fewer", "about", "nearly", "almost", "roughly", "some", "only", "just", "over", "a", "the", "mere", "another"].includes(
        tokens[s - 1]!.lower,
      )
    )
      s--;
    if (s - 1 >= from && tokens[s - 1]!.pos === "ADV") s--;
    return share || SHARE_WORDS.has(head.lower) ? { type: "np", t0: s, t1: k + 1, head: singular(head.lower), modifiers: [], determiner: "" } : null;
  }
  // "Advocates said", "Skywriters wrote": a plural noun opening the sentence.
  if (s === from && /s$/.test(head.lower) && head.pos === "NOUN")
    return { type: "np", t0: s, t1: k + 1, head: singular(head.lower), modifiers: [], determiner: "" };
  if (!d || s - 1 < from || !NP_DETERMINERS.has(d.lower)) return null;
  // "negotiations toward an agreement would continue", "with knowledge of the situation said": the
  // object of a preposition is no subject.
  if (s - 2 >= from && (tokens[s - 2]!.pos === "ADP" || tokens[s - 2]!.pos === "SCONJ")) return null;
  // "that" and "one" open a noun phrase only at the start of the clause: "said that the union ..." is no subject.
  if ((d.lower === "that" || d.lower === "one") && s - 1 > from && ![",", ";", "and", "but"].includes(tokens[s - 2]!.lower)) return null;
  return { type: "np", t0: s - 1, t1: k + 1, head: singular(head.lower), modifiers: [], determiner: d.lower };
}

/**
 * The part of speech of token k inside a noun phrase, where wink tags a noun as a verb ("An earlier
 * report", "lobbyists for stem cell grants") or an adjective as an adverb ("An earlier report").
 */
function nominalPos(tokens: Token[], k: number): string {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (t.pos === "VERB" && LOWERCASE_WORD.test(t.text) && !/(?:ed|ing)$/.test(t.lower) && !CUE_FORMS_OF_SPEECH.has(t.lower)) {
    if (prev && (prev.pos === "DET" || prev.pos === "ADJ" || (prev.pos === "ADV" && tokens[k - 2]?.pos === "DET"))) return "NOUN";
    if (next?.pos === "NOUN" && LOWER_FIRST.test(next.text)) return "NOUN";
  }
  if (t.pos === "ADV" && prev?.pos === "DET" && LOWERCASE_WORD.test(t.text) && next && (next.pos === "NOUN" || next.pos === "ADJ" || next.pos === "VERB"))
    return "ADJ";
  return t.pos;
}
/** Verbs that never head a noun phrase here: "the union said", not a noun "said". */
const CUE_FORMS_OF_SPEECH = new Set([
  "said",
  "say",
  "says",
  "told",
  "tell",
  "tells",
  "asked",
  "ask",
  "asks",
  "added",
  "add",
  "adds",
  "wrote",
  "write",
  "writes",
]);

const PP_PREPOSITIONS = new Set(["for", "in", "within", "at", "from", "with", "across", "among", "on", "around", "inside", "throughout"]);

/**
 * The speaker before a prepositional phrase that ends at token k: "advocates [for rail expansion]",
 * "a report [in a local paper]", "majorities of Democrats [in five states]".
 */
function headBeforePreposition(view: SentenceView, k: number): SpeakerRef | null {
  const { tokens, from } = view;
  let s = k;
  while (s - 1 >= from && ["NOUN", "ADJ", "DET", "NUM", "PROPN"].includes(nominalPos(tokens, s - 1)) && !PP_PREPOSITIONS.has(tokens[s - 1]!.lower) && k - s < 8)
    s--;
  if (s === k && !["NOUN", "PROPN"].includes(nominalPos(tokens, k))) return null;
  const prep = tokens[s - 1];
  if (!prep || s - 2 < from || !PP_PREPOSITIONS.has(prep.lower)) return null;
  const before = s - 2;
  const head = subjectEndingAt(view, before);
  if (head && head.type !== "pronoun" && !(head.type === "mention" && head.mention.kind === "place")) return { ...head, t1: k + 1 };
  const np = looseSubject(view, before);
  return np ? { ...np, t1: k + 1 } : null;
}

/** The subject of the cue at token j, to its left. `loose`: a verb of speech, whose subject may be any noun phrase. */
export function subjectLeftOf(view: SentenceView, j: number, loose = false): Subject | null {
  const { tokens, from } = view;
  let k = j - 1;
  while (k >= from) {
    const t = tokens[k]!;
    // "He’s predicting": the contracted auxiliary after a pronoun (not a possessive).
    const contracted = (t.lower === "’s" || t.lower === "'s") && t.pos === "AUX" && ["he", "she", "it"].includes(tokens[k - 1]?.lower ?? "");
    // "Fewer than a third sided with", "about a third said": a fraction that wink tags as an adverb.
    if (loose && t.pos !== "NOUN" && FRACTIONS.has(t.lower) && tokens[k - 1]?.lower === "a") {
      const share = looseSubject(view, k);
      if (share) return { refs: [share], t0: share.t0, t1: share.t1, loose: true };
    }
    // ("James Cleverly said": the last word of a name that wink tags as an adverb is the name's.)
    const skippablePos =
      SKIPPABLE_POS.has(t.pos) &&
      t.lower !== "to" &&
      (contracted || (t.lower !== "’s" && t.lower !== "'s")) &&
      !(t.pos === "ADV" && view.mentionEndingAt.has(k));
    if (SKIPPABLE_WORDS.has(t.lower) || (skippablePos && !SUBJECT_PRONOUNS.has(t.lower))) {
      k--;
      continue;
    }
    // "China firmly opposed the export controls and urged Washington to ...": a verb after a
    // conjunction shares the subject of the verb before it (drafts.ts, continuation); the noun
    // phrase before the conjunction is that verb's object, not a subject.
    if (COORDINATORS.has(t.lower) && t.pos === "CCONJ") return null;
    // "The party has in recent days reiterated": a time phrase between the auxiliary and the verb.
    {
      const start = timePhraseStart(tokens, k, from);
      if (start <= k && start - 1 >= from && tokens[start - 1]!.pos === "AUX") {
        k = start - 1;
        continue;
      }
    }
    // "The European Automobile Manufacturers' Association (ACEA) said": a name in brackets
    // after another is its short form; the subject is the name before it.
    // "Hakeem Jeffries (D-N.Y.) pointed out": a party tag in brackets is skipped.
    if (t.text === ")") {
      const tag = partyTagBefore(tokens, k, from);
      if (tag >= 0 && tokens[tag - 1]?.text === "(") {
        k = tag - 2;
        continue;
      }
    }
    if (t.text === ")") {
      let open = k - 1;
      while (open > from && tokens[open]!.text !== "(" && k - open < 8) open--;
      if (tokens[open]?.text !== "(") return null;
      k = open - 1;
      continue;
    }
    // "was quoted as saying"
    if (t.lower === "as" && tokens[k - 1]?.lower === "quoted") {
      k -= 2;
      continue;
    }
    // "appear to demand", "seek to assure", "voted overwhelmingly to reject" (adverbs between).
    if (t.lower === "to" && k - 1 >= from) {
      let v = k - 1;
      // ("voted overwhelmingly on Wednesday to reject": a time phrase too.)
      for (let step = 0; step < 3; step++) {
        while (v > from && v >= k - 4 && tokens[v]!.pos === "ADV" && /ly$/.test(tokens[v]!.lower)) v--;
        const time = timePhraseStart(tokens, v, from);
        if (time > v || time - 1 < from) break;
        v = time - 1;
      }
      if (verbBases(tokens[v]!.lower).some((b) => RAISING.has(b))) {
        k = v - 1;
        continue;
      }
    }
    // "went on to say", "has taken to urging", "took to Twitter to say", "went on television to
    // applaud": the verb of going there passes its subject to the cue.
    if (t.lower === "to" && k - 2 >= from) {
      const skip = goingTo(tokens, k, from);
      if (skip >= 0) {
        k = skip;
        continue;
      }
    }
    // "issued a statement vowing to bring down the government": the statement's author.
    if (/ing$/.test(tokens[j]!.lower) && (k === j - 1 || onlyTimeWords(tokens, k + 1, j))) {
      const skip = statementFrame(tokens, k, from);
      if (skip >= 0) {
        k = skip;
        continue;
      }
    }
    // "is joining his deputy in pressing for": the one who joins speaks too.
    if (t.lower === "in" && k - 2 >= from) {
      const skip = joiningIn(view, k);
      if (skip >= 0) {
        k = skip;
        continue;
      }
    }
    // "began by saying", "concluded by making it clear that": the cue says how it was done.
    if (t.lower === "by" && k - 1 >= from && BY_MEANS.test(tokens[k - 1]!.lower)) {
      k -= 2;
      continue;
    }
    // "cast doubts on the plan by insisting on ...": no subject right before "by"; the main
    // clause's subject is found by the drafts (sentenceSubject).
    if (t.lower === "by" && k === j - 1) return null;
    // "More than 4 in 10 said": a share, not a time phrase.
    if (loose && t.pos === "NUM" && tokens[k - 1]?.lower === "in" && tokens[k - 2]?.pos === "NUM") {
      const share = looseSubject(view, k);
      if (share) return { refs: [share], t0: share.t0, t1: share.t1, loose: true };
    }
    // "A news report published Monday said", "students polled said": a participle after the noun.
    if (
      (loose || POLLED_PARTICIPLES.has(t.lower)) &&
      t.pos === "VERB" &&
      /ed$/.test(t.lower) &&
      k - 1 >= from &&
      tokens[k - 1]!.pos === "NOUN" &&
      LOWER_FIRST.test(tokens[k - 1]!.text)
    ) {
      k--;
      continue;
    }
    // "A majority of voters hoping for a fresh face backed", "Majorities of Democrats in four
    // states heading to the polls Monday say": a participial phrase after a plural noun.
    {
      const head = participialPhraseHead(view, k);
      if (head >= 0) {
        const pp = headBeforePreposition(view, head);
        if (pp) return withConjuncts(view, pp);
        const inner = subjectLeftOf(view, head + 1, loose);
        return inner ? { ...inner, loose: inner.loose || loose } : null;
      }
    }
    // "Lorenzo Pike, 53, a bus driver, is backing": an age between commas.
    if (t.pos === "NUM" && /^\d{1,3}$/.test(t.text) && tokens[k - 1]?.text === "," && tokens[k + 1]?.text === "," && k - 2 >= from) {
      k -= 2;
      continue;
    }
    // ("Day said": a surname the article gives in full is no time word.)
    const ts = view.mentionEndingAt.get(k) ? k + 1 : timePhraseStart(tokens, k, from);
    if (ts <= k) {
      k = ts - 1;
      continue;
    }
    // "Kerry Lane, star of television’s “Harbor,” thanked": the apposition's comma inside the
    // closing mark of a short title.
    if (t.text === "”" && tokens[k - 1]?.text === "," && k - 1 > from) {
      let open = k - 2;
      while (open > from && open > k - 8 && tokens[open]!.text !== "“") open--;
      const before = tokens[open - 1];
      if (tokens[open]?.text === "“" && before && before.text !== "," && before.pos !== "PUNCT") {
        k--;
        continue;
      }
    }
    if (credentialAt(view, k)) {
      k -= 2;
      continue;
    }
    // ("James E. Fanale, M.D., said": the comma after the credential.)
    if (t.text === "," && credentialAt(view, k - 1)) {
      k -= 3;
      continue;
    }
    if (t.text === "," || t.text === "-" || t.text === "—" || t.text === "–") {
      // "Japan's trade minister, Kenji Morita, said": the name in apposition is the speaker.
      const named = t.text === "," ? appositiveName(view, k) : null;
      if (named) return named;
      const s = appositionStart(tokens, k, from);
      if (s < 0) return null;
      k = s - 1;
      continue;
    }
    // "Economists polled by Reuters expect": the agent of a participle is not the subject.
    // "The plan put forward by Washington calls for", "drawn up by France": the same with a particle.
    const byAgent = view.mentionEndingAt.get(k);
    // ("Dockworkers represented by the International Longshoremen's Association (ILA) have agreed".)
    const agentStart = byAgent ? byAgent.t0 - (tokens[byAgent.t0 - 1]?.lower === "the" ? 1 : 0) : -1;
    if (byAgent && tokens[agentStart - 1]?.lower === "by") {
      const particle = ["forward", "up", "out"].includes(tokens[agentStart - 2]?.lower ?? "") ? 1 : 0;
      const participle = tokens[agentStart - 2 - particle];
      if (participle && participle.pos === "VERB" && /(?:ed|en|wn|put|set)$/.test(participle.lower)) {
        k = agentStart - 3 - particle;
        continue;
      }
    }
    // "people familiar with the matter said", "sources close to the union said": the group
    // before the postmodifier speaks (the pipeline keeps the postmodifier in its label).
    const post = postmodifierStart(tokens, k, from);
    if (post > from) {
      const head = agentiveNP(view, post - 1);
      if (head) return { ...withConjuncts(view, head), t1: k + 1 };
    }
    let ref = subjectEndingAt(view, k);
    // "Mathilde Panot, the leader of the hard-left party France Unbowed (LFI), part of ..., welcomed":
    // a body named in a role apposition belongs to it; the person before it speaks.
    if (ref?.type === "mention") ref = roleAppositionOwner(view, ref.t0) ?? ref;
    // "Wafula Chebukati, Chairman of Electoral Commission said": a title in apposition that lost
    // its closing comma; the person before it speaks.
    if (ref?.type === "mention" && ref.mention.kind !== "person" && TITLE_HEADS.has(tokens[ref.t0]!.lower) && tokens[ref.t0 - 1]?.text === ",") {
      const person = view.mentionEndingAt.get(ref.t0 - 2);
      if (person?.kind === "person") ref = { type: "mention", mention: person, t0: person.t0, t1: person.t1 };
    }
    // "Sen. Josh Hawley (R-Mo.) was among the Republicans pledging to vote against the bill": one
    // of them, the one named before "was among", speaks.
    if (ref) ref = memberAmong(view, ref.t0) ?? ref;
    // "Brian Bryant, general vice president of the International Association of Machinists (IAM)
    // told Reuters": an apposition that lost its closing comma; the person before it speaks.
    if (ref?.type === "mention" && ref.mention.kind === "organization") ref = personBeforeRoleOf(view, ref.t0) ?? personOfBody(view, ref.t0) ?? ref;
    // "Matthias Schmidt, an independent European auto analyst said": the same with a described role.
    if (ref?.type === "np" && ["a", "an"].includes(ref.determiner) && tokens[ref.t0 - 1]?.text === ",") {
      const person = view.mentionEndingAt.get(ref.t0 - 2);
      if (person?.kind === "person" && person.t0 >= from) ref = { type: "mention", mention: person, t0: person.roleT0 ?? person.t0, t1: person.t1 };
    }
    // "The governors of five northern provinces": the head before "of" speaks.
    // ("Jesse Klaver, leader of the Green Left party also called": the person before the role, as above.)
    if (ref?.type === "np" && tokens[ref.t0 - 1]?.lower === "of") ref = personBeforeRoleOf(view, ref.t0) ?? headBeforeOf(view, k) ?? ref;
    // "Pilots at United Airlines rejected", "Teachers in Chicago voted": the people before "at" or
    // "in" speak, not the place or employer after it.
    // ("Australian officials in Canberra, Beijing and Geneva notified": a list of places.)
    // ("Demonstrators in Nairobi, Mombasa, Kisumu and other cities called": a list of places that
    // ends with a common noun of places.)
    if (ref?.type === "np" && LISTED_PLACES.has(ref.head) && /^(?:and|or)$/.test(tokens[ref.t0 - 1]?.lower ?? "")) {
      const first = view.mentionEndingAt.get(ref.t0 - 2);
      if (first && (first.kind === "place" || first.kind === "country")) {
        const s0 = placeListStart(view, first.t0);
        if (PLACE_PREPOSITIONS.has(tokens[s0 - 1]?.lower ?? "") && s0 - 2 >= from) {
          const people = agentiveNP(view, s0 - 2);
          if (people?.type === "np") return { refs: [people], t0: people.t0, t1: k + 1 };
        }
      }
    }
    const placesFrom = ref?.type === "mention" ? placeListStart(view, ref.t0) : -1;
    if (ref?.type === "mention" && PLACE_PREPOSITIONS.has(tokens[placesFrom - 1]?.lower ?? "") && placesFrom - 2 >= from) {
      const people = agentiveNP(view, placesFrom - 2);
      // ("Officials in Kyiv said" is Ukraine speaking, as "Ukrainian officials" is; officials in
      // three capitals are not three governments.)
      const voice = VOICE_HEADS.has(tokens[placesFrom - 2]!.lower) && placesFrom === ref.t0;
      // ("Samsung Electronics' biggest workers' union in South Korea said": a body, singular, too.)
      const head = tokens[placesFrom - 2]!.lower;
      // ("The Foreign Ministry in Cairo said": a body by its name, which the place locates.)
      const body = view.mentionEndingAt.get(placesFrom - 2);
      if (body?.kind === "organization") ref = { type: "mention", mention: body, t0: body.t0, t1: body.t1 };
      else if (people && people.type === "np" && (/s$/.test(head) || BODY_NOUNS_BEFORE_PLACE.has(head)) && !voice) ref = people;
      else if (!people && ref.mention.kind === "place") ref = peopleBeforeSite(view, placesFrom - 1) ?? ref;
    } else if (ref?.type === "mention" && ref.mention.kind === "place" && tokens[placesFrom - 1]?.lower === "on") {
      // ("Workers at the plant on Porter Street walked out": a street locates the site.)
      ref = peopleBeforeSite(view, placesFrom - 1) ?? ref;
    } else if (
      ref?.type === "mention" &&
      (ref.mention.kind === "place" || ref.mention.kind === "country") &&
      /^(?:throughout|across|around)$/.test(tokens[placesFrom - (tokens[placesFrom - 1]?.lower === "the" ? 2 : 1)]?.lower ?? "")
    ) {
      // ("Starbucks baristas at 50 locations throughout the US are starting a strike": the sites'
      // places locate the people.)
      ref = peopleBeforeSite(view, placesFrom - (tokens[placesFrom - 1]?.lower === "the" ? 2 : 1)) ?? ref;
    }
    // ("Nurses at the hospital said", "Teachers across the country say": people in the plural
    // before the place where they are speak, not the place.)
    if (ref?.type === "np" && /^(?:at|in|across|throughout|around|from)$/.test(tokens[ref.t0 - 1]?.lower ?? "") && ref.t0 - 2 >= from) {
      const people = agentiveNP(view, ref.t0 - 2);
      if (people?.type === "np" && /s$/.test(tokens[ref.t0 - 2]!.lower) && !/s$/.test(ref.head)) ref = people;
    }
    if (!ref && (t.pos === "NOUN" || t.pos === "PROPN")) ref = headBeforeOf(view, k);
    // "Some advocates for rail expansion said", "an earlier report in a local paper said", "his
    // rivals for the nomination have said": the head before a prepositional phrase speaks.
    if (!ref && loose) {
      const pp = headBeforePreposition(view, k);
      if (pp) return withConjuncts(view, pp);
    }
    if (!ref && loose) {
      const np = looseSubject(view, k);
      // "a statement posted on social media", "the report released in May": a participle after
      // the noun phrase modifies it.
      const next = tokens[j + 1];
      if (!np || (k === j - 1 && /ed$/.test(tokens[j]!.lower) && next && next.pos === "ADP" && next.lower !== "that")) return null;
      return { refs: [np], t0: np.t0, t1: np.t1, loose: true };
    }
    if (!ref) return null;
    // "Not one Republican should vote for this deal", "No Democrat will": nobody is the subject,
    // so nobody speaks (the words are a claim of whoever says them).
    if (negatedQuantifier(tokens, ref.t0, from)) return null;
    // "the Chamber of Commerce to the EU said": the name after a preposition modifies the one before.
    if (ref.type === "mention") {
      let p = ref.t0 - 1;
      if (tokens[p]?.lower === "the") p--;
      if (p > from && ["to", "in", "at", "from", "on", "of"].includes(tokens[p]!.lower)) {
        const head = subjectEndingAt(view, p - 1);
        // "the Chamber of Commerce to the EU", "Frank Delgado of Nevada": the head speaks.
        const kind = head?.type === "mention" ? head.mention.kind : null;
        const personFrom = kind === "person" && (tokens[p]!.lower === "of" || tokens[p]!.lower === "from");
        // "Critics in Seoul have accused": a group located by a place name.
        const groupIn = (head?.type === "np" && ref.mention.kind === "place") || (head?.type === "np" && !!ref.mention.gazetteer?.country);
        // ("The government in Cairo has long opposed": a capital's government is its country.)
        const seat = head?.type === "np" && tokens[p]!.lower === "in" && ref.mention.gazetteer?.via === "capital" && SEAT_HEADS.has(tokens[p - 1]?.lower ?? "");
        if (head && (kind === "organization" || personFrom || groupIn) && !seat) ref = head;
      }
    }
    // "The union that represents striking contract faculty at York University says": the name
    // ends a restrictive relative clause; the head before "that" speaks.
    if (ref.type === "mention" || ref.type === "np") ref = relativeClauseHead(view, ref.t0) ?? ref;
    // A relative pronoun stands for the name before it: "Boeing, which ...", "Putin, who ...",
    // "Copa-Cogeca, the EU's largest farm lobby, which ...".
    if (ref.type === "pronoun" && (ref.word === "who" || ref.word === "which")) {
      const before = tokens[k - 1]?.text === "," ? k - 2 : k - 1;
      let antecedent = before >= from ? subjectEndingAt(view, before) : null;
      if ((!antecedent || antecedent.type === "np") && tokens[k - 1]?.text === ",") {
        const s = appositionStart(tokens, k - 1, from);
        const named = s > from ? view.mentionEndingAt.get(s - 1) : undefined;
        if (named && !named.adjectival) antecedent = { type: "mention", mention: named, t0: named.t0, t1: named.t1 };
      }
      // "compared with 35 percent who say they trust", "voters who say": a verb of speech takes
      // any noun phrase before the relative pronoun.
      if (!antecedent && loose && before >= from) antecedent = looseSubject(view, before);
      return antecedent && antecedent.type !== "pronoun" ? { refs: [antecedent], t0: antecedent.t0, t1: antecedent.t1, relative: true } : null;
    }
    // "the US and others": keep the named conjunct.
    if (ref.type === "np" && ["other", "others"].includes(ref.head)) return null;
    return withConjuncts(view, ref);
  }
  return null;
}

/**
 * The head of a noun phrase whose restrictive relative clause ends at token `end` ("The union
 * that represents ... at York University"), or null: "that", "who" or "which" with a verb after
 * it and no comma or quotation mark between, and a noun phrase before it that can speak.
 */
function relativeClauseHead(view: SentenceView, end: number): SpeakerRef | null {
  const { tokens, from } = view;
  let verb = false;
  for (let k = end - 1; k > from && k >= end - 12; k--) {
    const t = tokens[k]!;
    if (t.text === "," || QUOTE_MARKS.test(t.text)) return null;
    if (t.pos === "VERB") verb = true;
    if (RELATIVE_WORDS.has(t.lower) && verb) {
      const head = subjectEndingAt(view, k - 1);
      return head && head.type !== "pronoun" ? head : null;
    }
    // "The union representing the 3,000 teachers announced", "Officials attending the talks
    // said": a participle after the head noun opens a reduced relative clause.
    if (t.pos === "VERB" && /ing$/.test(t.lower) && (tokens[k - 1]?.pos === "NOUN" || tokens[k - 1]?.pos === "PROPN")) {
      const head = subjectEndingAt(view, k - 1);
      return head && head.type === "np" ? head : null;
    }
  }
  return null;
}
const RELATIVE_WORDS = new Set(["that", "who", "which"]);
const OPENING_QUOTES = new Set(["“", "«", "„", '"']);
const QUOTE_MARKS = /^[“”"‘’«»„]$/;

/** The subject after a cue: "..., said Peskov", "according to officials", "proposed by Germany". */
/** Whether a person's name starts at token k or right after one more title word ("Speaker Kevin McCarthy"). */
/**
 * "said Ford CEO and President Jim Farley": a person whose titles, joined by "and", follow a
 * company's name that wink did not read as one (it tagged "Ford" a verb).
 */
function titledAfter(view: SentenceView, k: number, m: Mention): boolean {
  const { tokens } = view;
  const roleStart = m.roleT0 ?? m.t0;
  if (m.kind !== "person" || roleStart === m.t0 || roleStart > k + 4) return false;
  for (let e = k; e < roleStart; e++) if (!UPPER_FIRST.test(tokens[e]!.text) && tokens[e]!.lower !== "and") return false;
  return true;
}

function personNamedAfter(view: SentenceView, k: number): boolean {
  // "Ford CEO and President Jim Farley": a second title joined by "and" before the name.
  const { tokens } = view;
  if (tokens[k]?.lower === "and" && PERSON_ROLE_HEADS.has(tokens[k + 1]?.lower ?? "")) k += 2;
  for (let e = k; e < Math.min(view.to, k + 2); e++) if (view.mentionStartingAt.get(e)?.kind === "person") return true;
  return false;
}

/**
 * After a verb of speech only: any noun phrase opened by a determiner that closes the sentence or
 * clause ("“...,” says a narrator", "said the 52-year-old", "said a woman in the crowd" stops at
 * "woman"'s phrase only when nothing but punctuation follows).
 */
export function looseSubjectRightOf(view: SentenceView, j: number): Subject | null {
  const { tokens, to } = view;
  let k = j + 1;
  while (k < to && tokens[k]!.pos === "ADV") k++;
  const det = tokens[k];
  if (!det || k >= to || !["a", "an", "the", "one"].includes(det.lower)) return null;
  let e = k + 1;
  while (e < to && (tokens[e]!.pos === "ADJ" || tokens[e]!.pos === "NOUN" || tokens[e]!.pos === "NUM" || tokens[e]!.text === "-")) e++;
  const head = tokens[e - 1]!;
  // "said the 52-year-old": an age for the person named before.
  const age = head.lower === "old" && tokens[e - 2]?.text === "-" && tokens[e - 3]?.lower === "year" && tokens[e - 5]?.pos === "NUM";
  if (age && (e >= to || [".", ",", "!", "?", ";"].includes(tokens[e]!.text)))
    return { refs: [{ type: "np", t0: k, t1: e, head: "year-old", modifiers: [], determiner: det.lower }], t0: k, t1: e, loose: true };
  if (e === k + 1 || head.pos !== "NOUN" || !LOWER_FIRST.test(head.text) || MUTE_HEADS.has(head.lower) || CALENDAR_WORDS.has(head.lower)) return null;
  if (e < to && ![".", ",", "!", "?", ";"].includes(tokens[e]!.text)) return null;
  const ref: SpeakerRef = { type: "np", t0: k, t1: e, head: singular(head.lower), modifiers: [], determiner: det.lower };
  return { refs: [ref], t0: k, t1: e, loose: true };
}

export function subjectRightOf(view: SentenceView, j: number): Subject | null {
  const { tokens, to } = view;
  let k = j + 1;
  while (k < to && (SKIPPABLE_WORDS.has(tokens[k]!.lower) || tokens[k]!.pos === "ADV")) {
    // ("said, “Rhode Island deserves ...”": the quotation's words are no speaker.)
    if (OPENING_QUOTES.has(tokens[k]!.text)) return null;
    k++;
  }
  if (OPENING_QUOTES.has(tokens[k]?.text ?? "")) return null;
  if (/^[,:]$/.test(tokens[j + 1]?.text ?? "") && OPENING_QUOTES.has(tokens[j + 2]?.text ?? "")) return null;
  // Lowercase role words before a name: "said election commission chairman Rafael Soto".
  // ("said German carmaker Volkswagen", "said the Danish broadcaster DR": a nationality before the role.)
  const demonym = view.mentionStartingAt.get(k)?.adjectival ? view.mentionStartingAt.get(k)! : null;
  let r = demonym && /^[a-z]/.test(tokens[demonym.t1]?.text ?? "") ? demonym.t1 : k;
  const r0 = r;
  // ("said state-owned rail operator Deutsche Bahn": a hyphened compound is one modifier.)
  const hyphened = (i: number) => tokens[i]!.text === "-" || (tokens[i - 1]?.text === "-" && i > k);
  while (
    r < to &&
    r < k + 7 &&
    /^[a-z-]+$/.test(tokens[r]!.text) &&
    (tokens[r]!.pos === "NOUN" || tokens[r]!.pos === "ADJ" || tokens[r]!.pos === "DET" || hyphened(r))
  )
    r++;
  if (r > r0 && view.mentionStartingAt.has(r) && !view.mentionStartingAt.get(r)!.adjectival) k = r;
  // Names and determiners start the subject; find where it ends.
  const m = view.mentionStartingAt.get(k);
  // "according to GOP aides", "said Kremlin officials": the name modifies a group noun.
  // ...but "by House Speaker Kevin McCarthy": the role is the title of the name after it.
  // ("said Bharatiya Kisan Union spokesperson Rakesh Tikait", "AOSIS group president Cedric
  // Schuster": the name after the role is who spoke.)
  if (m && tokens[m.t1] && (GROUP_HEADS.has(tokens[m.t1]!.lower) || PERSON_ROLE_HEADS.has(tokens[m.t1]!.lower))) {
    let e = m.t1;
    while (e + 1 < to && (GROUP_HEADS.has(tokens[e + 1]!.lower) || PERSON_ROLE_HEADS.has(tokens[e + 1]!.lower))) e++;
    // ("according to ANC secretary-general Fikile Mbalula": a hyphenated title goes on.)
    while (e + 2 < to && tokens[e + 1]!.text === "-" && /^(?:general|elect|designate|in-chief|at-large)$/.test(tokens[e + 2]!.lower)) e += 2;
    const np = personNamedAfter(view, e + 1) ? null : agentiveNP(view, e);
    if (np) return { refs: [np], t0: np.t0, t1: np.t1 };
  }
  // "said PAT vice president, Jacque Dixon.", "said PPS bargaining team member, Dr. Renard Adams.":
  // a body's title, then a comma and the name of who holds it.
  if (m && !m.adjectival && m.kind === "organization") {
    let e = m.t1;
    while (e < to && e < m.t1 + 5 && /^[a-z-]+$/.test(tokens[e]!.text) && (tokens[e]!.pos === "NOUN" || tokens[e]!.pos === "ADJ")) e++;
    if (e > m.t1 && (PERSON_ROLE_HEADS.has(tokens[e - 1]!.lower) || tokens[e - 1]!.lower === "member") && tokens[e]?.text === ",") {
      let p = view.mentionStartingAt.get(e + 1);
      if (!p) for (let q = e + 2; q < e + 4 && !p; q++) p = view.mentionStartingAt.get(q);
      if (p?.kind === "person" && (p.roleT0 === undefined || p.roleT0 <= e + 1) && (p.t1 >= to || /^[.,;]$/.test(tokens[p.t1]!.text)))
        return { refs: [{ type: "mention", mention: p, t0: k, t1: p.t1 }], t0: k, t1: p.t1 };
    }
  }
  if (m) {
    let end = m.t1 - 1;
    // Prefer a role + name: "said Foreign Minister Sergei Lavrov".
    for (let e = k; e < Math.min(to, k + 8); e++) {
      const mm = view.mentionEndingAt.get(e);
      // ("according to ANC secretary-general Fikile Mbalula": a lowercase title between the body and the name.)
      const titledBetween =
        !!mm &&
        mm.kind === "person" &&
        mm.t0 > m.t1 &&
        tokens.slice(m.t1, mm.t0).every((x) => x.text === "-" || (LOWER_FIRST.test(x.text) && (TITLE_HEADS.has(x.lower) || TITLE_MODIFIERS.has(x.lower))));
      if (mm && ((mm.roleStart ?? mm.start) <= tokens[k]!.start + 1 || titledAfter(view, k, mm) || titledBetween) && !mm.adjectival) end = e;
    }
    const ref = subjectEndingAt(view, end);
    return ref ? withConjunctsRight(view, ref) : null;
  }
  if (tokens[k] && tokens[k]!.pos === "PRON" && SUBJECT_PRONOUNS.has(tokens[k]!.lower)) {
    return { refs: [{ type: "pronoun", word: tokens[k]!.lower, t0: k, t1: k + 1 }], t0: k, t1: k + 1 };
  }
  // "according to an estimate by the Anderson Economic Group": the author of a report.
  for (let e = k; e < Math.min(to - 1, k + 5); e++) {
    if (["by", "from", "of"].includes(tokens[e]!.lower) && e > k) {
      const by = view.mentionStartingAt.get(e + 1) ?? (tokens[e + 1]?.lower === "the" ? view.mentionStartingAt.get(e + 2) : undefined);
      if (by && !by.adjectival && REPORT_NOUNS.has(singular(tokens[e - 1]!.lower)))
        return { refs: [{ type: "mention", mention: by, t0: by.t0, t1: by.t1 }], t0: by.t0, t1: by.t1 };
    }
  }
  // "said the spokesman", "according to US officials": the longest agentive noun phrase.
  for (let e = Math.min(to - 1, k + 6); e >= k; e--) {
    const ref = agentiveNP(view, e);
    if (ref && ref.t0 <= k + 1 && ref.t0 >= k) {
      // "said the country's national postal service": the possessor's noun phrase speaks, not the possessor.
      const np = possessedNP(view, ref) ?? ref;
      const named = appositionAfter(view, np.t1);
      return named ? { refs: [named], t0: np.t0, t1: named.t1 } : { refs: [np], t0: np.t0, t1: np.t1 };
    }
    const mm = view.mentionEndingAt.get(e);
    if (mm && (mm.t0 <= k + 2 || titledAfter(view, k, mm)) && !mm.adjectival) {
      const r = subjectEndingAt(view, e);
      if (r) return { refs: [r], t0: r.t0, t1: r.t1 };
    }
  }
  // "according to a new poll", "according to campaign finance documents", "according to early
  // results of the exit polls": the report speaks (for whoever made it).
  for (let e = k; e < Math.min(to, k + 7); e++) {
    const t = tokens[e]!;
    if (t.pos === "NOUN" && REPORT_NOUNS.has(singular(t.lower)) && tokens[e + 1]?.pos !== "NOUN") {
      const modifiers: SpeakerRef[] = [];
      for (let m = k; m < e; m++) {
        const mm = view.mentionStartingAt.get(m);
        if (mm && !mm.adjectival && mm.kind === "organization" && mm.t1 <= e) modifiers.push({ type: "mention", mention: mm, t0: mm.t0, t1: mm.t1 });
      }
      // "a new Associated Press-GfK poll", "a Reuters/Ipsos survey": the organization that made it.
      if (modifiers.length === 1) return { refs: modifiers, t0: k, t1: e + 1 };
      const determiner = NP_DETERMINERS.has(tokens[k]!.lower) ? tokens[k]!.lower : "";
      return { refs: [{ type: "np", t0: k, t1: e + 1, head: singular(t.lower), modifiers: [], determiner }], t0: k, t1: e + 1 };
    }
    if (!["DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP"].includes(t.pos) && t.text !== "-" && t.text !== "/") break;
    if (t.pos === "ADP" && t.lower !== "of") break;
  }
  return null;
}
