// Finding attribution cues in a sentence: verbs of the cue lexicon (with their particles and
// light-verb objects), "according to", and possessive noun cues ("X's proposal").
import { ADJECTIVE_CUES, CUE_FORMS, NOUN_CUES, OBJECT_STANCE, VERB_CUES, type VerbCue } from "../lexicon/cues.js";
import type { Token } from "../nlp.js";
import { singular } from "../text/inflection.js";
import type { Stance } from "../types.js";
import { decideStance, type StanceFacts } from "./stance.js";
import { COPULAS, DETERMINERS, POSSESSIVES, TIME_ADVERBS, TIME_NOUNS } from "../lexicon/function-words.js";
import { CALENDAR_WORDS, FINDINGS_HEADS, GROUP_HEADS, PARTY_MEMBERS_BY_ADJECTIVE, POLLED_PARTICIPLES, TITLE_HEADS } from "../lexicon/roles.js";
import { UPPER_FIRST, LOWER_FIRST, LETTER_FIRST } from "../text/letters.js";

export interface CueHit {
  /** Token index of the cue word. */
  at: number;
  /** Last token index of the cue phrase (particle or light-verb object included). */
  last: number;
  stance: Stance;
  lemma: string;
  spec: VerbCue | null;
  kind: "verb" | "according" | "noun" | "adjective";
  /** The position noun after the verb that set its stance ("reiterated their opposition"). */
  object?: number;
  /** What set `stance`, for stance.ts: the cue word, its particle, its object (absent: the cue word alone). */
  facts?: StanceFacts;
}

/** The facts of a cue hit: those it carries, or its stance as the cue word's. */
export function cueFacts(hit: CueHit): StanceFacts {
  return hit.facts ?? { cue: hit.stance };
}

/**
 * A cue verb of a headline in title case, which wink reads as part of a name: "Conservative Icon
 * Ada Lee Endorses Tom Reyes", "Senator Refuses to Disavow the Endorsement". The word is the -s
 * form of a cue verb between capitalized words (or a cue verb's base form after "to"), and most
 * longer words of the sentence are capitalized.
 */
export function headlineVerbAt(tokens: Token[], i: number, from: number): boolean {
  const t = tokens[i]!;
  const c = t.text.charCodeAt(0);
  if (c < 65 || c > 90 || i <= from) return false;
  const lemma = CUE_FORMS.get(t.lower);
  if (!lemma || !VERB_CUES.has(lemma)) return false;
  const prev = tokens[i - 1]!;
  if (prev.lower === "to") {
    if (lemma !== t.lower || i - 2 < from || !headlineVerbAt(tokens, i - 2, from)) return false;
  } else {
    if (!/^[A-Z][a-z]+s$/.test(t.text) || lemma === t.lower || !UPPER_FIRST.test(prev.text) || prev.pos === "PUNCT") return false;
    const next = tokens[i + 1];
    if (!next || !(UPPER_FIRST.test(next.text) || ["to", "for", "on", "against", "with", "out"].includes(next.text))) return false;
  }
  // Title case: at least three words of four letters or more, and nearly all of them capitalized.
  let words = 0;
  let capitals = 0;
  for (let k = from; k < tokens.length && k < from + 30; k++) {
    const w = tokens[k]!.text;
    if (k > from && [".", "!", "?"].includes(w)) break;
    if (w.length < 4 || !LETTER_FIRST.test(w) || TITLE_CASE_LOWER.has(w)) continue;
    words++;
    if (UPPER_FIRST.test(w)) capitals++;
  }
  return words >= 3 && capitals >= words - 1 && capitals / words >= 0.8;
}

/** Short function words that title case leaves in lower case ("Calls for Audit after Report Reveals ..."). */
const TITLE_CASE_LOWER = new Set(["with", "after", "from", "over", "into", "about", "than", "amid", "onto", "upon", "before", "during", "while"]);

/** The cue lemma of a form: "insisting" -> "insist", "said" -> "say"; null when no cue has it. */
function verbLemma(word: string): string | null {
  return CUE_FORMS.get(word) ?? null;
}

function lemmaOf(t: Token): string {
  return CUE_FORMS.get(t.lower) ?? t.lower;
}

/** "is insisting", "has demanded": wink sometimes tags the participle after an auxiliary as a noun. */
function participleAfterAux(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return (t.pos === "NOUN" || t.pos === "ADJ") && /(?:ing|ed)$/.test(t.lower) && tokens[i - 1]?.pos === "AUX" && verbLemma(t.lower) !== null;
}

/**
 * Is a token tagged noun or adjective really the verb? "Moscow shares the view", "Kyiv demands
 * the return", "Maduro on Monday informed the EU": after a subject, before an object.
 */
function taggedAsVerbElsewhere(tokens: Token[], i: number, subjectEndsAt: (k: number) => boolean): boolean {
  const t = tokens[i]!;
  // "with Governor Andrew Bailey warning that ...": an -ing form after a name, before "that".
  if (t.pos === "NOUN" && /ing$/.test(t.lower) && verbLemma(t.lower) && subjectEndsAt(i - 1) && tokens[i + 1]?.lower === "that") return true;
  // "Six in 10 say he is decisive", "61 percent call him honest": a plain "say" or "call"
  // tagged as a noun after a share or a plural.
  if (
    t.pos === "NOUN" &&
    (t.lower === "say" || t.lower === "call") &&
    (tokens[i - 1]?.pos === "NUM" || /s$/.test(tokens[i - 1]?.lower ?? "") || SHARE_BEFORE.test(tokens[i - 1]?.lower ?? "")) &&
    ["PRON", "DET", "SCONJ", "PROPN"].includes(tokens[i + 1]?.pos ?? "")
  )
    return true;
  // "a majority of farmers support the water tax", "two-thirds support a ban": a plain verb
  // of position tagged as a noun after a plural or a share, before its object.
  if (
    t.pos === "NOUN" &&
    PLAIN_POSITION_VERBS.has(t.lower) &&
    (SHARE_BEFORE.test(tokens[i - 1]?.lower ?? "") ||
      (/s$/.test(tokens[i - 1]?.lower ?? "") && (tokens[i - 1]!.pos === "NOUN" || subjectEndsAt(i - 1))) ||
      // "students polled support", "4 in 10 want": a group of respondents, a share as a ratio.
      (POLLED_PARTICIPLES.has(tokens[i - 1]?.lower ?? "") && tokens[i - 2]?.pos === "NOUN") ||
      (tokens[i - 1]?.pos === "NUM" && tokens[i - 2]?.lower === "in" && tokens[i - 3]?.pos === "NUM")) &&
    ["DET", "PROPN", "PRON", "ADJ", "NOUN", "NUM"].includes(tokens[i + 1]?.pos ?? "") &&
    // "the party's voters support base is shrinking": a compound noun subject.
    !(tokens[i + 1]!.pos === "NOUN" && ["AUX", "VERB"].includes(tokens[i + 2]?.pos ?? ""))
  )
    return true;
  // "The senator cast her rival as", "The council regards the tax as": a verdict verb with "as" after
  // its object, tagged as a noun after the subject.
  if (
    t.pos === "NOUN" &&
    VERB_CUES.get(verbLemma(t.lower) ?? "")?.as &&
    (subjectEndsAt(i - 1) || tokens[i - 1]?.pos === "PROPN" || tokens[i - 1]?.pos === "NOUN") &&
    ["DET", "PRON", "PROPN"].includes(tokens[i + 1]?.pos ?? "") &&
    tokens.slice(i + 2, i + 9).some((x) => x.lower === "as")
  )
    return true;
  // "The reports show C", "C, the polls show": a verb of findings tagged as a noun after its document.
  if (
    t.pos === "NOUN" &&
    VERB_CUES.get(verbLemma(t.lower) ?? "")?.findings &&
    FINDINGS_HEADS.has(singular(tokens[i - 1]?.lower ?? "")) &&
    tokens[i - 1]!.pos === "NOUN" &&
    (["DET", "PROPN", "PRON", "SCONJ", "NUM", "ADJ"].includes(tokens[i + 1]?.pos ?? "") || [".", ","].includes(tokens[i + 1]?.text ?? ""))
  )
    return true;
  // "Gwen shot back": a verb that is a cue only with its particle, tagged as a noun after a name.
  const particles = t.pos === "NOUN" ? VERB_CUES.get(verbLemma(t.lower) ?? "")?.only : undefined;
  if (particles && t.lower !== verbLemma(t.lower) && particles.includes(tokens[i + 1]?.lower ?? "") && tokens[i + 1]!.pos !== "NOUN" && subjectEndsAt(i - 1))
    return true;
  if ((t.pos !== "NOUN" && t.pos !== "ADJ") || !/(?:s|ed)$/.test(t.lower) || !verbLemma(t.lower)) return false;
  // "..., Lang notes.", "Cook notes that ...": a verb of speech tagged as a noun after a name,
  // before "that", a colon or a quotation, or closing a trailing attribution.
  if (t.pos === "NOUN" && VERB_CUES.get(verbLemma(t.lower)!)?.reporting && subjectEndsAt(i - 1) && tokens[i + 1]) {
    const after = tokens[i + 1]!.text;
    if (after === "that" || after === ":" || after === "“" || after === '"') return true;
    let m = i - 1;
    while (m > 0 && subjectEndsAt(m - 1) && tokens[m - 1]!.pos === "PROPN") m--;
    while (m > 0 && tokens[m - 1]!.pos === "PROPN") m--;
    const trailing = [",", "”", '"', "—"].includes(tokens[m - 1]?.text ?? "");
    if (trailing && (after === "." || after === "," || after === "!" || after === "?")) return true;
  }
  // "The ad claims “...”", "The new filing states that": a verb of speech in -s tagged as a noun
  // after a noun phrase that opens the clause, before "that", a colon, a quotation or a name.
  if (
    t.pos === "NOUN" &&
    /s$/.test(t.lower) &&
    VERB_CUES.get(verbLemma(t.lower)!)?.reporting &&
    opensClauseWithNoun(tokens, i - 1) &&
    ["that", ":", "“", '"'].includes(tokens[i + 1]?.text ?? "")
  )
    return true;
  // "The alliance claims the carrier's management had refused to negotiate": a verb of speech in
  // -s tagged as a noun after a body or a name that opens the clause, before a clause of its own.
  if (
    t.pos === "NOUN" &&
    /[^s]s$/.test(t.lower) &&
    VERB_CUES.get(verbLemma(t.lower)!)?.reporting &&
    (subjectEndsAt(i - 1) ||
      (i > 0 && GROUP_HEADS.has(tokens[i - 1]!.lower) && !/s$/.test(tokens[i - 1]!.lower) && opensClauseWithNoun(tokens, i - 1, true))) &&
    ["DET", "PROPN", "PRON"].includes(tokens[i + 1]?.pos ?? "") &&
    finiteVerbWithin(tokens, i + 2, i + 8)
  )
    return true;
  // "The ad slams Kasich", "The new memo backs the plan": a verb of position in -s tagged as a
  // noun after a noun phrase that opens the clause, before its object.
  if (
    t.pos === "NOUN" &&
    /s$/.test(t.lower) &&
    verbLemma(t.lower) !== t.lower &&
    (VERB_CUES.get(verbLemma(t.lower) ?? "")?.stance ?? "states") !== "states" &&
    !VERB_CUES.get(verbLemma(t.lower)!)!.only &&
    opensClauseWithNoun(tokens, i - 1) &&
    ["PROPN", "DET"].includes(tokens[i + 1]?.pos ?? "")
  )
    return true;
  if (t.pos === "ADJ" && !/ed$/.test(t.lower)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next) return false;
  const afterSubject = subjectEndsAt(i - 1) || /^(?:he|she|it|they)$/i.test(prev.text) || (prev.pos === "PROPN" && /ed$/.test(t.lower)) || prev.pos === "ADV";
  const objectLike = ["DET", "PROPN", "SCONJ", "ADP", "PRON", "NUM"].includes(next.pos) || next.lower === "that";
  // "informed parliament": a bare noun object after a named subject.
  return afterSubject && (objectLike || (next.pos === "NOUN" && /ed$/.test(t.lower) && subjectEndsAt(i - 1)));
}

/** "The ad", "The new filing", "A third ad": a determiner, adjectives and a lowercase noun ending at k, opening the clause. */
function opensClauseWithNoun(tokens: Token[], k: number, adjective = false): boolean {
  // ("The union claims": wink may tag the head an adjective before a word it reads as a noun.)
  if ((tokens[k]?.pos !== "NOUN" && !(adjective && tokens[k]?.pos === "ADJ")) || !LOWER_FIRST.test(tokens[k]!.text)) return false;
  let d = k - 1;
  while (d >= 0 && d > k - 6 && (tokens[d]!.pos === "ADJ" || tokens[d]!.pos === "NUM" || tokens[d]!.text === "-" || tokens[d]!.pos === "ADV")) d--;
  const det = tokens[d];
  if (!det || !["the", "a", "an", "this", "that", "one", "another"].includes(det.lower)) return false;
  const before = tokens[d - 1];
  return !before || [".", ",", ";", ":", "—", "–", "”", '"', "and", "but"].includes(before.lower) || UPPER_FIRST.test(det.text);
}

/**
 * The cue hits of tokens [from, to), in order. `subjectEndsAt(k)`: a name ends at token k
 * (used to read noun-tagged verbs).
 */
/** Agent nouns of a position: "X, a supporter of Y", "X is a longtime critic of Y". */
export const AGENT_POSITION_NOUNS = new Map<string, Stance>([
  ...["supporter", "backer", "proponent", "advocate", "champion", "defender"].map((n) => [n, "supports"] as const),
  ...["critic", "opponent", "foe", "detractor"].map((n) => [n, "opposes"] as const),
]);

/** Every word that can be a cue: most tokens are none, and are skipped with one lookup. */
const CUE_TRIGGERS = new Set<string>([
  "according",
  // "..., as per the Saudi Foreign Ministry": the same as "according to".
  "per",
  // "Lynch: No outside influence on the probe": a headline's colon (drafts.ts).
  ":",
  ...CUE_FORMS.keys(),
  ...ADJECTIVE_CUES.keys(),
  ...AGENT_POSITION_NOUNS.keys(),
  ...[...NOUN_CUES.keys()].flatMap((n) => [n, `${n}s`, `${n}es`, n.replace(/y$/, "ies")]),
]);

/** Whether tokens [from, to) hold any word that can be a cue: most narrative sentences hold none. */
export function mayHaveCues(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (CUE_TRIGGERS.has(tokens[i]!.lower)) return true;
    // "— Name (@handle) March 10, 2018": the signature of an embedded post (drafts.ts, signatureDraft).
    if (tokens[i]!.text.charCodeAt(0) === 64 && tokens[i - 1]?.text === "(") return true;
  }
  return false;
}

export function findCues(tokens: Token[], from: number, to: number, subjectEndsAt: (k: number) => boolean): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (!CUE_TRIGGERS.has(t.lower)) continue;
    if (t.lower === "according" && tokens[i + 1]?.lower === "to") {
      hits.push({ at: i, last: i + 1, stance: "states", lemma: "according", spec: null, kind: "according" });
      continue;
    }
    if (t.lower === "per") {
      if (tokens[i - 1]?.lower === "as" && i - 1 >= from && tokens[i + 1]?.pos !== "NUM")
        hits.push({ at: i - 1, last: i, stance: "states", lemma: "according", spec: null, kind: "according" });
      continue;
    }
    const adjective = ADJECTIVE_CUES.get(t.lower);
    // "The second-largest rail union voted in favor of the contract".
    if (adjective && t.lower.startsWith("favo") && tokens[i - 1]?.lower === "in" && i - 2 >= from && /^vot(?:e|es|ed|ing)$/.test(tokens[i - 2]!.lower)) {
      hits.push({ at: i - 2, last: tokens[i + 1]?.lower === "of" ? i + 1 : i, stance: adjective.stance, lemma: "vote", spec: null, kind: "adjective" });
      continue;
    }
    if (adjective && afterBe(tokens, i, from)) {
      const nextWord = tokens[i + 1]?.lower ?? "";
      const inFavour = t.lower.startsWith("favo") && tokens[i - 1]?.lower === "in";
      if ((adjective.next.length === 0 || adjective.next.includes(nextWord)) && (!t.lower.startsWith("favo") || inFavour)) {
        hits.push({ at: i, last: adjective.next.length ? i + 1 : i, stance: adjective.stance, lemma: t.lower, spec: null, kind: "adjective" });
        continue;
      }
    }
    const isVerb =
      t.pos === "VERB" ||
      taggedAsVerbElsewhere(tokens, i, subjectEndsAt) ||
      participleAfterAux(tokens, i) ||
      (t.pos === "PROPN" && headlineVerbAt(tokens, i, from));
    if (isVerb) {
      if (hyphenatedAdjective(tokens, i)) continue;
      const lemma = lemmaOf(t);
      const spec = VERB_CUES.get(lemma);
      if (!spec) continue;
      // ("What they're saying: In a statement, X said": a section's label, as some sites head quotations.)
      if (tokens[i + 1]?.text === ":" && ((i - 3 >= from && tokens[i - 3]!.lower === "what") || (i - 2 >= from && tokens[i - 2]!.lower === "what"))) continue;
      // ("the statement read.", "The letter reads:": only a text reads; "she had read, and rejected," does not.)
      if (lemma === "read" && !READING_TEXTS.has(tokens[i - 1]?.lower ?? "")) continue;
      const hit = verbHit(tokens, i, to, lemma, spec);
      if (hit) hits.push(hit);
      if (hit?.object !== undefined) i = hit.object;
      continue;
    }
    // "a fierce supporter of the deal", "a longtime critic of the tariff": who someone is by their position.
    const agent = AGENT_POSITION_NOUNS.get(t.lower);
    if (agent && (tokens[i + 1]?.lower === "of" || (tokens[i + 1]?.lower === "for" && t.lower.startsWith("advocate")))) {
      hits.push({ at: i, last: i + 1, stance: agent, lemma: t.lower, spec: null, kind: "noun" });
      continue;
    }
    const noun = t.pos === "NOUN" ? nounCue(t) : null;
    // "the objections of X", "the demands of the union": a position noun with its agent after "of".
    const ofAgent = !!noun && NOUN_CUES.get(noun) !== "states" && tokens[i + 1]?.lower === "of" && tokens[i - 1]?.lower === "the";
    if (noun && (ofAgent || isPossessedNoun(tokens, i, NOUN_CUES.get(noun) !== "states", subjectEndsAt))) {
      hits.push({ at: i, last: i, stance: NOUN_CUES.get(noun)!, lemma: noun, spec: null, kind: "noun" });
    }
  }
  return hits;
}

/** Texts whose words are quoted with "read": "the statement read", "the letter reads:". */
const READING_TEXTS = new Set([
  "statement",
  "letter",
  "memo",
  "message",
  "text",
  "declaration",
  "communique",
  "communiqué",
  "note",
  "post",
  "notice",
  "release",
  "sign",
  "banner",
  "placard",
  "tweet",
]);

/** Whether an auxiliary or a finite verb stands in tokens [from, to), before any clause break. */
function finiteVerbWithin(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === "AUX" || (t.pos === "VERB" && !/ing$/.test(t.lower))) return true;
    if (t.pos === "PUNCT" && t.text !== "'" && t.text !== "’") return false;
  }
  return false;
}

/** Prefixes that make a verb of a verb ("co-sponsored the bill", "re-stated"), not an adjective. */
const VERB_PREFIXES = new Set(["re", "co", "pre", "counter", "cross", "over", "under", "out", "de", "mis"]);

/**
 * "the so-called frugal four wanted", "the US-brokered deal", "a long-awaited offer": a participle
 * joined by a hyphen to the word before is an adjective, no one's words.
 */
function hyphenatedAdjective(tokens: Token[], i: number): boolean {
  const dash = tokens[i - 1];
  const before = tokens[i - 2];
  return !!dash && !!before && dash.text === "-" && dash.end === tokens[i]!.start && before.end === dash.start && !VERB_PREFIXES.has(before.lower);
}

/** "is opposed to", "are not ready to", "is firmly against", "is in favour of". */
function afterBe(tokens: Token[], i: number, from: number): boolean {
  for (let k = i - 1; k >= from && k >= i - 4; k--) {
    const w = tokens[k]!.lower;
    if (COPULAS.has(w) && w !== "being") return true;
    if (!(tokens[k]!.pos === "ADV" || w === "not" || w === "n't" || w === "in" || w === "still" || w === "also")) return false;
  }
  return false;
}

/**
 * "Theresa May's Florence speech": the noun follows a possessive within two tokens. A position
 * noun (not a statement) also follows a possessive pronoun or a demonym: "his support for the
 * union's demands", "tough American demands".
 */
function isPossessedNoun(tokens: Token[], i: number, position: boolean, subjectEndsAt: (k: number) => boolean): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = tokens[k]!.lower;
    if (w === "’s" || w === "'s" || ((w === "'" || w === "’") && /s$/.test(tokens[k - 1]?.text ?? ""))) return true;
    if (position && (w === "his" || w === "her" || w === "its" || w === "their")) return true;
    if (position && k === i - 1 && subjectEndsAt(k) && UPPER_FIRST.test(tokens[k]!.text) && DEMONYM_LIKE.test(tokens[k]!.text)) return true;
    // "Republican demands for work requirements": a party's adjective owns the position.
    if (position && k === i - 1 && k > 0 && !/^[.!?"“]$/.test(tokens[k - 1]!.text) && UPPER_FIRST.test(tokens[k]!.text) && PARTY_MEMBERS_BY_ADJECTIVE.has(w))
      return true;
    if (!["PROPN", "NOUN", "ADJ"].includes(tokens[k]!.pos)) return false;
  }
  return false;
}

/** A demonym's shape: "American", "Israeli", "Chinese", "Palestinian". */
const DEMONYM_LIKE = /(?:an|ian|ean|ese|ish|i|ic|ch)$/;

/** The noun-cue key of a noun ("remarks", "proposals" -> "proposal"), or null. */
function nounCue(t: Token): string | null {
  if (NOUN_CUES.has(t.lower)) return t.lower;
  const one = singular(t.lower);
  return NOUN_CUES.has(one) ? one : null;
}

/** "claimed victory", "claiming 41 percent of the vote": winning, not asserting. */
const CLAIMED_PRIZES = new Set([
  "victory",
  "victories",
  "win",
  "wins",
  "seat",
  "seats",
  "title",
  "titles",
  "crown",
  "percent",
  "share",
  "credit",
  "prize",
  "nomination",
  "delegates",
  "mantle",
  "lead",
  "responsibility",
]);

/**
 * A cue word in a sense that reports nothing: "added 5,600 workers", "adds to her lead", "claiming
 * his third victory".
 */
/** What a post or share shows without saying: "posted a photo", "shared a video clip". */
const PICTURES = new Set(["photo", "photos", "photograph", "picture", "pictures", "image", "images", "video", "videos", "selfie", "clip", "clips", "footage"]);

function nonSpeechSense(tokens: Token[], i: number, to: number, lemma: string): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  if (lemma === "add") {
    const object = ["about", "nearly", "some", "roughly", "around", "almost", "over", "another", "more", "at", "least"].includes(next.lower)
      ? tokens[i + 2]
      : next;
    // ("UPS agreed to add air conditioning to its trucks": an infinitive with an object adds a thing.)
    const infinitiveWithObject = tokens[i - 1]?.lower === "to" && (next.pos === "NOUN" || next.pos === "DET" || next.pos === "ADJ");
    return (
      infinitiveWithObject ||
      next.lower === "to" ||
      next.lower === "up" ||
      next.lower === "another" ||
      next.lower === "more" ||
      object?.pos === "NUM" ||
      object?.text === "$"
    );
  }
  // "The CCMA's press release ... is telling.": an adjective, it tells no one anything.
  if (lemma === "tell" && tokens[i]!.lower === "telling" && /^(?:is|was|are|were|be)$/.test(tokens[i - 1]?.lower ?? "") && /^[.;,!?]$/.test(next.text))
    return true;
  // "Scholz dismissed his finance minister", "fired the coach": the person let go is no claim's object.
  if (lemma === "dismiss" || lemma === "fire" || lemma === "sack") {
    for (let k = i + 1; k < Math.min(to, i + 5); k++) {
      const w = tokens[k]!;
      if (TITLE_HEADS.has(w.lower) && tokens[k + 1]?.lower !== "'s" && tokens[k + 1]?.lower !== "’s") return true;
      if (!/^(?:DET|ADJ|NOUN|PRON)$/.test(w.pos)) break;
    }
  }
  // "all three leaders posted a photo of them", "shared a video": pictures, no words; "posted
  // his without comment" says nothing.
  if (lemma === "post" || lemma === "share" || lemma === "tweet") {
    for (let k = i + 1; k < Math.min(to, i + 4); k++) {
      const w = tokens[k]!.lower;
      if (PICTURES.has(w) || (w === "without" && /^comments?$/.test(tokens[k + 1]?.lower ?? ""))) return true;
      if (tokens[k]!.pos === "NOUN") break;
    }
  }
  // ", claiming his third victory": a participle after the main clause tells what was won ("is
  // claiming victory in the bracket" asserts it).
  if (lemma === "claim" && tokens[i - 1]?.text === "," && /ing$/.test(tokens[i]!.lower)) {
    for (let k = i + 1; k < Math.min(to, i + 5); k++) {
      if (CLAIMED_PRIZES.has(tokens[k]!.lower)) return true;
      if (!["DET", "ADJ", "NUM", "PRON", "PROPN"].includes(tokens[k]!.pos) && tokens[k]!.lower !== "his" && tokens[k]!.lower !== "her") return false;
    }
  }
  return false;
}

/** Verbs of position in their plain form, which wink tags as nouns after a plural ("voters support the ban"). */
/** The head of a share of a poll's respondents, right before its verb. */
const SHARE_BEFORE = /^(?:percent|%|half|third|thirds|quarters|three-quarters|two-thirds|majority|most)$/;
/** A passive before a verdict verb: "is regarded as" names no one who regards. */
const BE_FORMS_CUE = new Set(["is", "are", "was", "were", "be", "been", "being"]);
const PLAIN_POSITION_VERBS = new Set([
  "support",
  "oppose",
  "back",
  "favor",
  "favour",
  "reject",
  "want",
  "endorse",
  "prefer",
  "blast",
  "slam",
  "criticize",
  "criticise",
  "condemn",
  "denounce",
  "praise",
  "welcome",
  "accuse",
  "urge",
  "demand",
]);

/** "made clear", "made it clear", "made the case", "made the point": make as a verb of saying. */
const MAKE_CLEAR: VerbCue = { stance: "states", reporting: true };

function verbHit(tokens: Token[], i: number, to: number, lemma: string, spec: VerbCue): CueHit | null {
  const next = tokens[i + 1];
  if (nonSpeechSense(tokens, i, to, lemma)) return null;
  const facts: StanceFacts = { cue: spec.stance };
  const hit = (last: number, object?: number): CueHit => ({
    at: i,
    last,
    stance: decideStance(facts).stance,
    lemma,
    spec,
    kind: "verb",
    facts,
    ...(object === undefined ? {} : { object }),
  });
  let last = i;
  // "made it clear that": the particle after the dummy object.
  if (lemma === "make" && next?.lower === "it" && tokens[i + 2]?.lower === "clear") {
    facts.particle = "states";
    return { ...hit(i + 2), spec: MAKE_CLEAR };
  }
  // "has come out against the transaction", "came out in favour of the bill": a stand taken.
  if (lemma === "come") {
    if (next?.lower !== "out") return null;
    const after = tokens[i + 2]?.lower;
    if (after === "against") facts.particle = "opposes";
    else if (after === "for" || (after === "in" && /^favou?r$/.test(tokens[i + 3]?.lower ?? ""))) facts.particle = "supports";
    else return null;
    return hit(after === "in" ? i + 3 : i + 2);
  }
  if (next && spec.never?.includes(next.lower)) return null;
  // Particles and prepositions that change the sense: "called for", "turned down", "warned against".
  // ("Canberra called this year for an inquiry", "called again on Monday for": a time phrase between.)
  const afterTime = spec.with && next && !spec.with[next.lower] ? particleAfterTime(tokens, i + 1, to, spec.with) : -1;
  if (next && spec.with?.[next.lower]) {
    facts.particle = spec.with[next.lower];
    last = i + 1;
  } else if (afterTime > 0) {
    facts.particle = spec.with![tokens[afterTime]!.lower];
    last = afterTime;
  } else if (spec.addressee && spec.with?.against) {
    // "warned India against", "warned them against": the addressee stands between.
    let k = i + 1;
    if (tokens[k]?.lower === "the") k++;
    while (k < to && k < i + 5 && (tokens[k]!.pos === "PROPN" || tokens[k]!.pos === "PRON")) k++;
    if (k > i + 1 && tokens[k]?.lower === "against") facts.particle = spec.with.against;
  }
  // "cast her rival as", "regards all of the toll as": "as" after the object, in the clause.
  if (spec.as) {
    let k = i + 1;
    while (k < to && k <= i + 10 && tokens[k]!.lower !== "as" && tokens[k]!.pos !== "PUNCT" && tokens[k]!.pos !== "VERB" && tokens[k]!.pos !== "AUX") k++;
    if (k === i + 1 || tokens[k]?.lower !== "as" || (tokens[i - 1]?.pos === "AUX" && BE_FORMS_CUE.has(tokens[i - 1]!.lower))) return null;
  }
  if (spec.only) {
    // Light verbs count only with their object: "made an offer", "gave an ultimatum", "shares the view".
    const object = objectWord(tokens, i + 1, to);
    const particle = next?.lower ?? "";
    // The object as written or as a singular: "talks" and "offer(s)" are both on the lists.
    const objectWordOf = !object
      ? ""
      : spec.only.includes(object.lower) || NOUN_CUES.has(object.lower) || OBJECT_STANCE[object.lower]
        ? object.lower
        : singular(object.lower);
    let matched = spec.only.includes(particle) ? particle : object && spec.only.includes(objectWordOf) ? objectWordOf : null;
    // A verb of speech limited to its reporting frame: "concluded this month that" (a time phrase
    // before "that"), "“...,” Kelly charged in her interview" (closing a quotation).
    if (!matched && spec.reporting) {
      const after = tokens[timePhraseEnd(tokens, i + 1, to)]?.lower ?? "";
      if (after !== particle && spec.only.includes(after)) matched = after;
      else if (closesQuotation(tokens, i)) matched = particle;
    }
    if (!matched || (spec.done?.includes(matched) && !/ed$/.test(tokens[i]!.lower))) return null;
    // "made a point of visiting": no point was made; "made the point that" asserts one.
    if (matched === "point" && object && tokens[object.i + 1]?.lower !== "that") return null;
    if (matched === particle && !spec.with?.[particle]) last = i + 1;
    // "made clear that", "made the case that": reported speech follows, as after "said".
    if (lemma === "make" && (matched === "clear" || matched === "case" || matched === "point")) {
      spec = MAKE_CLEAR;
      facts.cue = "states";
    }
    // ("Russia has put forward several conditions for the extension": conditions put forward are demands.)
    if (lemma === "put" && matched === "forward") {
      const what = objectWord(tokens, i + 2, to);
      const noun = what ? singular(what.lower) : "";
      if (noun === "condition" || noun === "precondition" || NOUN_CUES.get(noun) === "demands") facts.object = "demands";
    }
    if (object && spec.only?.includes(objectWordOf)) {
      last = object.i;
      if (OBJECT_STANCE[objectWordOf]) facts.object = OBJECT_STANCE[objectWordOf];
      // "made an offer" proposes; "issued a call" demands: the object's own stance when it has one.
      else if (NOUN_CUES.has(objectWordOf) && lemma !== "share" && lemma !== "express") facts.object = NOUN_CUES.get(objectWordOf)!;
    }
  }
  if (spec.objectStance && !spec.only) {
    const object = objectWord(tokens, i + 1, to);
    const word = object ? (OBJECT_STANCE[object.lower] ? object.lower : singular(object.lower)) : "";
    // The content starts at the object ("their opposition to the clause"), which is no cue of its own.
    if (object && (OBJECT_STANCE[word] || (NOUN_CUES.has(word) && NOUN_CUES.get(word) !== "states"))) {
      facts.object = OBJECT_STANCE[word] ?? NOUN_CUES.get(word)!;
      return hit(last, object.i);
    }
  }
  return hit(last);
}

/** After a time phrase starting at k ("this month", "on Tuesday", "last week", "today"): the next token; else k. */
function timePhraseEnd(tokens: Token[], k: number, to: number): number {
  let e = k;
  if (["on", "this", "last", "earlier", "late", "early", "next"].includes(tokens[e]?.lower ?? "")) e++;
  if (e < to && (CALENDAR_WORDS.has(tokens[e]!.lower) || TIME_NOUNS.has(tokens[e]!.lower) || TIME_ADVERBS.has(tokens[e]!.lower))) return e + 1;
  return k;
}

/**
 * The cue closes a quotation, with only its subject between: "“...,” Kelly charged", "“...,” the
 * senator continued", "“...?” Mr. Lee charged".
 */
function closesQuotation(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (
    k >= 0 &&
    i - k <= 6 &&
    (/^\p{Lu}/u.test(tokens[k]!.text) ||
      ["the", "a", "an"].includes(tokens[k]!.lower) ||
      (tokens[k]!.pos === "NOUN" && /^\p{Ll}/u.test(tokens[k]!.text)) ||
      tokens[k]!.text === ".")
  )
    k--;
  if (k === i - 1 || k < 1) return false;
  return (tokens[k]!.text === "”" || tokens[k]!.text === '"') && [",", "?", "!"].includes(tokens[k - 1]!.text);
}

/** The head noun of the object that follows (skipping determiners, adjectives and numbers). */
function objectWord(tokens: Token[], from: number, to: number): Token | null {
  for (let k = from; k < Math.min(to, from + 6); k++) {
    const t = tokens[k]!;
    if (t.pos === "NOUN") {
      // Take the last noun of a compound: "an eight-day ultimatum", "a counter offer".
      let e = k;
      while (e + 1 < to && tokens[e + 1]!.pos === "NOUN") e++;
      // ("expressed his country's readiness": the noun the possessive owns.)
      if (/^['’]s$/.test(tokens[e + 1]?.text ?? "") && tokens[e + 2]?.pos === "NOUN") return objectWord(tokens, e + 2, to);
      return tokens[e]!;
    }
    // ("confirmed their backing": an -ing noun after a possessive, which wink tags as a verb.)
    if (t.pos === "VERB" && OBJECT_STANCE[t.lower] && POSSESSIVES.has(tokens[k - 1]?.lower ?? "")) return t;
    if (DETERMINERS.has(t.lower) || ["ADJ", "NUM", "PUNCT", "DET", "PROPN", "PART"].includes(t.pos)) continue;
    return null;
  }
  return null;
}

/** The index of a particle of `withs` after a short time phrase that starts at k ("this year for", "again on Monday for"), or -1. */
function particleAfterTime(tokens: readonly Token[], k: number, to: number, withs: Record<string, Stance>): number {
  const start = k;
  while (k < to && k < start + 4) {
    const t = tokens[k]!;
    if (withs[t.lower] && k > start) return k;
    const timeWord =
      TIME_NOUNS.has(t.lower) ||
      TIME_ADVERBS.has(t.lower) ||
      CALENDAR_WORDS.has(t.lower) ||
      t.lower === "this" ||
      t.lower === "last" ||
      t.lower === "again" ||
      t.lower === "repeatedly" ||
      t.lower === "publicly" ||
      (t.lower === "on" && CALENDAR_WORDS.has(tokens[k + 1]?.lower ?? ""));
    if (!timeWord) return -1;
    k++;
  }
  return -1;
}
