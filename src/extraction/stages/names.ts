// Stage 2, mentions: the names of each sentence (entities/mentions.ts), and indexes of them by
// token for the stages after.
import type { MentionsAt } from "../attribution/subjects.js";
import { findMentions, SURNAME_ENDING, type Mention } from "../entities/mentions.js";
import { GAZETTEER, US_STATES } from "../lexicon/gazetteer.js";
import { genderOfGivenName } from "../lexicon/given-names.js";
import { ARTICLES } from "../lexicon/function-words.js";
import { ORG_KEYWORDS, PEOPLE_NOUNS, TITLE_HEADS, TITLE_MODIFIERS } from "../lexicon/roles.js";
import { singular } from "../text/inflection.js";
import type { DocumentText } from "./read.js";
import { dictionaryTag } from "../nlp.js";

/** The document's names: per sentence, in text order, and by token. */
export interface DocumentNames {
  /** Per sentence, the first token of its body (after a dateline). */
  bodyFrom: number[];
  /** Per sentence, its mentions (none in boilerplate). */
  mentions: Mention[][];
  /** Every mention, in text order. */
  all: Mention[];
  /** Token k is part of a name (or of a dateline): no topic is made of it. */
  isName: (k: number) => boolean;
  startingAt: (Mention | undefined)[];
  endingAt: (Mention | undefined)[];
}

export function findNames(doc: DocumentText): DocumentNames {
  const { text, tokens, sentences } = doc;
  const bodyFrom: number[] = [];
  const mentions: Mention[][] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    let k = s.t0;
    while (k < s.t1 && tokens[k]!.start < s.bodyStart) k++;
    bodyFrom.push(k);
    mentions.push(s.boilerplate ? [] : findMentions(text, tokens, k, s.t1));
  }
  // "Cook said", "Lang notes": a surname (or given name) that opens a sentence where wink
  // misreads it is known from the article's full names ("Peter Cook"); those sentences are read again.
  const surnames = new Set<string>();
  for (let i = 0; i < mentions.length; i++)
    for (const m of mentions[i]!)
      if (m.kind === "person" && m.t1 - m.t0 >= 2) {
        surnames.add(tokens[m.t1 - 1]!.text);
        surnames.add(tokens[m.t0]!.text); // "Gwen shot back": a given name alone
        surnames.add(tokens[m.t1 - 1]!.text.toUpperCase()); // "TRUMP: ..." in a transcript
      }
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const k = bodyFrom[i]!;
    if (s.boilerplate || k >= s.t1) continue;
    // ("Tanguy's National Rally party", "Marine Le Pen's National Rally": a person's possessive
    // before a body's name, which the first reading glued into one name.)
    let owner = false;
    for (let j = k; j + 1 < s.t1 && !owner; j++) owner = (tokens[j + 1]!.lower === "'s" || tokens[j + 1]!.lower === "’s") && surnames.has(tokens[j]!.text);
    if (!owner && (!surnames.has(tokens[k]!.text) || mentions[i]![0]?.t0 === k)) continue;
    mentions[i] = findMentions(text, tokens, k, s.t1, surnames);
  }
  dropCommonWordsAtStart(tokens, mentions, bodyFrom);
  surnamesThatNamePlaces(tokens, mentions);
  namesWithNothingOfAPerson(tokens, mentions);
  bodiesByTheirStaff(tokens, mentions);
  namesInBrackets(tokens, mentions);
  townsBeforeStates(tokens, mentions);
  namesKnownAs(tokens, mentions);
  bareKeywordsInTitles(tokens, mentions);
  adjectivesBeforeNouns(tokens, mentions);
  // (Array.prototype.flat is slow in V8; these loops run once per article.)
  const all: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const ms = mentions[i]!;
    for (let k = 0; k < ms.length; k++) all.push(ms[k]!);
  }
  const isNameToken = new Uint8Array(tokens.length);
  // (A person's title is part of the name: "Minister for Europe and Foreign Affairs" is no topic.)
  for (let i = 0; i < all.length; i++) isNameToken.fill(1, all[i]!.roleT0 ?? all[i]!.t0, all[i]!.t1);
  // "MEXICO CITY —", "BEIJING (Reuters) -": a dateline says where the story was filed, no topic.
  for (let i = 0; i < sentences.length; i++) isNameToken.fill(1, sentences[i]!.t0, bodyFrom[i]);
  // Mentions by first and last token, for the whole document (sentences see their own part).
  const startingAt: (Mention | undefined)[] = new Array(tokens.length);
  const endingAt: (Mention | undefined)[] = new Array(tokens.length);
  for (let i = 0; i < all.length; i++) {
    const m = all[i]!;
    startingAt[m.t0] = m;
    endingAt[m.t1 - 1] = m;
  }
  return { bodyFrom, mentions, all, isName: (k) => isNameToken[k] === 1, startingAt, endingAt };
}

/** A sentence's view of the document's mentions by token: nothing outside [from, to). */
export class SentenceMentions implements MentionsAt {
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
 * "New York Jets", "Nat Geo Wild", "Getty Images", "Sinn Fein": a name of two to four capitalized
 * words is a person's only with something of a person in the article: a given name the lists know,
 * a surname's ending, or a title on one of its mentions ("President Uhuru Kenyatta ... Uhuru
 * Kenyatta"). Without any, its kind is a guess, an organization's, which a person of another
 * article with that name still takes (graph/resolve.ts: a guessed kind gives way).
 */
function namesWithNothingOfAPerson(tokens: DocumentText["tokens"], mentions: Mention[][]): void {
  const titled = new Set<string>();
  let doubtful = false;
  for (const ms of mentions)
    for (const m of ms) {
      if (m.kind !== "person") continue;
      if (m.role) titled.add(m.text);
      else if (!personShaped(tokens, m)) doubtful = true;
    }
  if (!doubtful) return;
  for (const ms of mentions)
    for (const m of ms) {
      if (m.kind !== "person" || m.role || titled.has(m.text) || personShaped(tokens, m)) continue;
      m.kind = "organization";
      m.guessed = true;
    }
}

/**
 * A name of one word, or more than four, or with a given name in its first two words ("Actress
 * Nina Ford"), a surname's ending, or a title in apposition after it ("Wafula Chebukati, Chairman
 * of the Electoral Commission").
 */
function personShaped(tokens: DocumentText["tokens"], m: Mention): boolean {
  const n = m.t1 - m.t0;
  if (n < 2 || n > 4) return true;
  if (genderOfGivenName(tokens[m.t0]!.text) || genderOfGivenName(tokens[m.t0 + 1]!.text)) return true;
  if (SURNAME_ENDING.test(tokens[m.t1 - 1]!.text) || m.text.includes("-")) return true;
  // "Chaltu D. Contratto": a middle initial is a person's; so is a first one ("P. Nandalal Weerasinghe").
  for (let j = m.t0 + 1; j < m.t1 - 1; j++) if (/^\p{Lu}\.?$/u.test(tokens[j]!.text)) return true;
  if (/^\p{Lu}\.$/u.test(tokens[m.t0]!.text) && n >= 3) return true;
  let k = m.t1 + 1;
  if (tokens[m.t1]?.text !== ",") return false;
  while (tokens[k] && (ARTICLES.has(tokens[k]!.lower) || tokens[k]!.pos === "ADJ" || TITLE_MODIFIERS.has(tokens[k]!.lower))) k++;
  return TITLE_HEADS.has(tokens[k]?.lower ?? "");
}

/**
 * "Ayungin Shoal (Second Thomas Shoal)": a name of several words in brackets right after a place's
 * or a body's name is its other name, there and everywhere in the article (initials in brackets are
 * the registry's: entities/registry.ts).
 */
function namesInBrackets(tokens: DocumentText["tokens"], mentions: Mention[][]): void {
  let other: Map<string, Mention> | null = null;
  for (const ms of mentions)
    for (let k = 0; k + 1 < ms.length; k++) {
      const m = ms[k]!;
      const inner = ms[k + 1]!;
      if (tokens[m.t1]?.text !== "(" || inner.t0 !== m.t1 + 1 || tokens[inner.t1]?.text !== ")" || inner.t1 - inner.t0 < 2) continue;
      if ((m.kind !== "place" && m.kind !== "organization") || m.t1 - m.t0 < 2) continue;
      if (inner.kind !== m.kind && !inner.guessed && inner.kind !== "person") continue;
      (other ??= new Map()).set(inner.text, m);
    }
  if (other) nameEverywhere(mentions, other);
}

/** Every mention written as one of the other names (name -> the mention it names) becomes that entity. */
function nameEverywhere(mentions: Mention[][], other: ReadonlyMap<string, Mention>): void {
  for (const ms of mentions)
    for (const m of ms) {
      const first = other.get(m.text);
      if (!first || first === m) continue;
      m.canonical = first.canonical ?? first.text;
      m.kind = first.kind;
      m.guessed = false;
    }
}

/**
 * "Mohamed Hamdan Dagalo, commonly known as Hemedti", "Lula, as he is known": a name given as
 * another name of the person or body just named is that one, there and everywhere in the article.
 */
function namesKnownAs(tokens: DocumentText["tokens"], mentions: Mention[][]): void {
  let other: Map<string, Mention> | null = null;
  for (const ms of mentions)
    for (let k = 0; k + 1 < ms.length; k++) {
      const m = ms[k]!;
      const nick = ms[k + 1]!;
      let j = m.t1;
      if (tokens[j]?.text === ",") j++;
      if (/^(?:commonly|better|widely|popularly|also|more)$/.test(tokens[j]?.lower ?? "")) j++;
      const known = tokens[j]?.lower === "known" && tokens[j + 1]?.lower === "as";
      const nicknamed = tokens[j]?.lower === "nicknamed" || tokens[j]?.lower === "a.k.a." || tokens[j]?.lower === "aka";
      // ("The SMART Transportation Division, or SMART-TD, said": a body's short name in apposition.)
      const or =
        tokens[j]?.lower === "or" &&
        j === m.t1 + 1 &&
        nick.t0 === j + 1 &&
        tokens[nick.t1]?.text === "," &&
        m.kind === "organization" &&
        nick.text.length < m.text.length &&
        nick.text[0] === m.text[0];
      if (or) {
        (other ??= new Map()).set(nick.text, m);
        continue;
      }
      if (!known && !nicknamed) continue;
      if (nick.t0 !== j + (known ? 2 : 1) || m.kind === "place" || m.kind === "country" || nick.gazetteer) continue;
      (other ??= new Map()).set(nick.text, m);
    }
  if (other) nameEverywhere(mentions, other);
}

/**
 * "nurses in Grand Blanc, Mich., walked out", "Flint, Michigan": the name before a comma and a US
 * state is a town, a place, whatever its words guessed.
 */
function townsBeforeStates(tokens: DocumentText["tokens"], mentions: Mention[][]): void {
  for (const ms of mentions)
    for (let k = 0; k + 1 < ms.length; k++) {
      const m = ms[k]!;
      const state = ms[k + 1]!;
      if (state.t0 !== m.t1 + 1 || tokens[m.t1]?.text !== "," || !US_STATES.has(state.text) || m.role) continue;
      if (m.kind === "place" || m.kind === "country" || !m.guessed) continue;
      m.kind = "place";
      m.guessed = false;
    }
}

/**
 * "Trade minister Simon Birmingham said ... “...,” Birmingham said", "Senator Birmingham conceded":
 * a place's name that is the surname of a person the article names in full is that person, unless
 * a preposition of place puts it on the map ("exports from Birmingham").
 */
function surnamesThatNamePlaces(tokens: DocumentText["tokens"], mentions: Mention[][]): void {
  let lastNames: Set<string> | null = null;
  for (const ms of mentions)
    for (const m of ms)
      if (m.kind === "person" && m.t1 - m.t0 >= 2 && tokens[m.t1 - 1]!.pos === "PROPN") {
        const last = tokens[m.t1 - 1]!;
        // (Only names that are places' names matter; most articles have none.)
        if (GAZETTEER.get(last.text)?.kind === "place") (lastNames ??= new Set()).add(last.text);
      }
  if (!lastNames) return;
  for (const ms of mentions)
    for (const m of ms) {
      if (m.t1 - m.t0 !== 1 || m.kind !== "place" || !lastNames.has(m.text)) continue;
      if (!m.role && PLACE_PREPOSITIONS.has(tokens[m.t0 - 1]?.lower ?? "")) continue;
      m.kind = "person";
      m.gazetteer = undefined;
      m.canonical = undefined;
      m.guessed = false;
    }
}
const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "to", "near", "across", "around", "outside", "inside", "into", "of", "via"]);

/**
 * "Mail and parcels in the postal network will be delivered ...": a word that opens a sentence
 * and is a name only by the guess of its capital is a common noun when the article writes it in
 * lowercase elsewhere and never capitalized inside a sentence (the usual test of truecasers).
 */
function dropCommonWordsAtStart(tokens: DocumentText["tokens"], mentions: Mention[][], bodyFrom: readonly number[]): void {
  // (At the start of a sentence, of a quote that opens it, or after a colon: "What’s next: Officials ...".)
  const opensClause = (k: number, i: number) =>
    k === bodyFrom[i] || (k - 1 === bodyFrom[i] && /^[“"‘]$/.test(tokens[k - 1]!.text)) || tokens[k - 1]?.text === ":";
  const candidate = (ms: Mention[], i: number) => {
    const m = ms[0];
    return !!m && opensClause(m.t0, i) && m.t1 - m.t0 === 1 && m.guessed && !m.gazetteer && !m.role;
  };
  // (Most articles have no such word: the counts below are made only for those that do.)
  if (!mentions.some(candidate)) return;
  const opening = new Set<number>();
  for (const k of bodyFrom) opening.add(k);
  const lower = new Set<string>();
  const capitalInside = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!.text;
    const c = t.charCodeAt(0);
    if (c >= 97 && c <= 122) lower.add(t);
    else if (c >= 65 && c <= 90 && !opening.has(k) && !/^[“"‘(«„]$/.test(tokens[k - 1]?.text ?? "")) capitalInside.add(t.toLowerCase());
  }
  // ("York has suggested" after "York University said": a word of a longer name is that name's.)
  for (const ms of mentions) for (const m of ms) if (m.t1 - m.t0 > 1) for (let k = m.t0; k < m.t1; k++) capitalInside.add(tokens[k]!.lower);
  for (let i = 0; i < mentions.length; i++) {
    const ms = mentions[i]!;
    if (!candidate(ms, i)) continue;
    const word = tokens[ms[0]!.t0]!.lower;
    if (capitalInside.has(word)) continue;
    // ("Unable to find a compromise, ...", "Further flaring the dispute, ...": an adjective or an
    // adverb of the dictionary, never a name on its own.)
    // ("Hollywood said": before its verb, a subject all the same.) ("Officials from the three
    // countries will meet": people named by their common noun, a group of the sentence.)
    const next = tokens[ms[0]!.t1];
    const beforeVerb = !!next && (next.pos === "AUX" || (next.pos === "VERB" && !/ing$/.test(next.lower)));
    const tag = dictionaryTag(word);
    const people = /s$/.test(word) && PEOPLE_NOUNS.has(singular(word));
    if (lower.has(word) || (!beforeVerb && (tag === "ADJ" || tag === "ADV")) || people || commonWordByItsNeighbours(tokens, ms[0]!.t0))
      mentions[i] = ms.slice(1);
  }
}

/**
 * A capital that opens a sentence before what only a common word takes: "Unsurprisingly, ..."
 * (an adverb and its comma), "Picture: Reuters" (a label), "Footage of a ship", "Cooperation
 * between Russia and ..." (a noun and its preposition before lowercase words; a name with "of"
 * goes on in capitals: "Bank of America").
 */
/** Labels of a page's captions and boxes: "Picture: Reuters", "Watch: ...", "Update:" ("Halvorsen: No New Taxes" is a headline's speaker). */
const CAPTION_LABELS = new Set([
  "picture",
  "pictures",
  "photo",
  "photos",
  "image",
  "images",
  "video",
  "watch",
  "listen",
  "source",
  "credit",
  "credits",
  "update",
  "footage",
  "graphic",
  "related",
  "read",
  "see",
  "pictured",
  "above",
  "below",
  "top",
  "main",
]);

function commonWordByItsNeighbours(tokens: DocumentText["tokens"], k: number): boolean {
  const word = tokens[k]!;
  const next = tokens[k + 1];
  if (!next) return false;
  if (/ly$/.test(word.lower) && word.text.length > 5 && next.text === ",") return true;
  if (next.text === ":" && next.start === word.end && CAPTION_LABELS.has(word.lower)) return true;
  const after = tokens[k + 2];
  // ("More than 600 nurses", "Fewer than half": a quantity.)
  if (next.lower === "than" && /^(?:more|fewer|less|better|worse|rather|other)$/.test(word.lower)) return true;
  return next.lower === "between" || (next.lower === "of" && !!after && /^[a-z]/.test(after.text));
}

/** Houses of a legislature and other bodies that one word names in a country's news. */
const CHAMBERS = new Set(["senate", "parliament", "congress", "assembly", "cabinet", "government", "court", "house", "bundestag", "knesset", "duma"]);

/**
 * "Organization Secretary Santos Cerdán", "Committee Chair Ann Lee": a body's keyword alone inside
 * a person's title names no body ("Boeing spokesman X" keeps Boeing).
 */
function bareKeywordsInTitles(tokens: DocumentText["tokens"], mentions: Mention[][]): void {
  for (let i = 0; i < mentions.length; i++) {
    const ms = mentions[i]!;
    for (let k = 0; k + 1 < ms.length; k++) {
      const m = ms[k]!;
      const titled = ms[k + 1]!;
      const word = tokens[m.t0]!.lower;
      // ("Senate Speaker Elisabetta Casellati": a chamber is a body of its own.)
      if (m.t1 - m.t0 !== 1 || !ORG_KEYWORDS.has(word) || CHAMBERS.has(word) || titled.roleT0 === undefined || titled.roleT0 > m.t0) continue;
      mentions[i] = ms.filter((x) => x !== m);
      break;
    }
  }
}

const COMPASS_WORDS = new Set(["north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"]);

/**
 * "the South Asian nation", "a North Macedonian lakeside resort", "the Islamic nation": a
 * capitalized adjective of origin before a common noun, where the gazetteer knows no demonym,
 * names no one (the "Green party", a body's keyword after it, stays a name).
 */
function adjectivesBeforeNouns(tokens: DocumentText["tokens"], mentions: Mention[][]): void {
  for (let i = 0; i < mentions.length; i++) {
    const ms = mentions[i]!;
    const drop = ms.filter((m) => {
      const next = tokens[m.t1];
      if (!next || next.pos !== "NOUN" || !/^[a-z]/.test(next.text) || ORG_KEYWORDS.has(next.lower) || m.gazetteer || m.role || m.kind === "topic")
        return false;
      const last = tokens[m.t1 - 1]!.lower;
      if (!/(?:an|ese|ic|ish)$/.test(last) || m.t1 - m.t0 > 2) return false;
      return (m.t1 - m.t0 === 2 && COMPASS_WORDS.has(tokens[m.t0]!.lower)) || dictionaryTag(last) === "ADJ";
    });
    if (drop.length) mentions[i] = ms.filter((m) => !drop.includes(m));
  }
}

/** Plural nouns of the people and sites of a body, which no person has: "Kaiser Permanente executives". */
const STAFF_NOUNS = new Set([
  "executives",
  "employees",
  "workers",
  "staff",
  "facilities",
  "hospitals",
  "plants",
  "stores",
  "shareholders",
  "managers",
  "officials",
]);

/**
 * "Kaiser Permanente executives", "at Kaiser Permanente hospitals": a name that its staff or sites
 * follow is a body's, whatever a given name in it suggests ("Kaiser"), in every mention.
 */
function bodiesByTheirStaff(tokens: DocumentText["tokens"], mentions: Mention[][]): void {
  let bodies: Set<string> | null = null;
  for (const ms of mentions)
    for (const m of ms)
      if (m.kind === "person" && !m.role && m.t1 - m.t0 >= 2 && STAFF_NOUNS.has(tokens[m.t1]?.lower ?? "")) (bodies ??= new Set()).add(m.text);
  if (!bodies) return;
  for (const ms of mentions)
    for (const m of ms)
      if (m.kind === "person" && !m.role && bodies.has(m.text)) {
        m.kind = "organization";
        m.guessed = false;
      }
}
