// The query lexicon: the words a question may use for a stance, mapped to the contract's stances.
// A short list of its own (the cue table of CONTRACT.md with nouns and phrases: "call for", "in
// favor of", "put forward") comes first; every form of the extraction lexicon's cue verbs follows.
// "say" and its kin mean any stance: "what did Putin say" asks for everything Putin said.
// A few cues outside the contract's table are filed where extraction files them: warned -> states
// (an assessment), threatened and ultimatum -> demands, accused and vetoed -> opposes.
import { CUE_FORMS, VERB_CUES } from "../../extraction/lexicon/cues.js";
import { STANCES, type Stance } from "../../extraction/types.js";

/** A stance, or "any" for words such as "say" that ask for every stance. */
export type StanceWord = Stance | "any";

const VERBS: Record<StanceWord, string[]> = {
  any: [
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "talk", "talks", "talked",
    "speak", "speaks", "spoke", "speaking", "mention", "mentions", "mentioned", "comment", "comments",
    "commented", "think", "thinks", "thought", "claim", "claims", "claimed", "position", "positions",
    "stance", "stances", "view", "views", "argue", "argues", "argued",
  ],
  states: [
    "state", "states", "stated", "stating", "statement", "statements", "assert", "asserts", "asserted",
    "confirm", "confirms", "confirmed", "describe", "describes", "described", "indicate", "indicates",
    "indicated", "add", "adds", "added", "note", "notes", "noted", "report", "reports", "reported",
    "announce", "announces", "announced", "announcement", "announcements", "believe", "believes", "believed",
    "assess", "assesses", "assessed", "assessment", "assessments", "warn", "warns", "warned", "warning",
    "warnings", "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted", "expect",
    "expects", "expected", "predict", "predicts", "predicted", "insist that", "insisted that",
  ],
  proposes: [
    "propose", "proposes", "proposed", "proposing", "proposal", "proposals", "suggest", "suggests",
    "suggested", "suggesting", "suggestion", "suggestions", "offer", "offers", "offered", "offering",
    "float", "floats", "floated", "put forward", "puts forward", "putting forward", "plan", "plans",
    "planned", "idea", "ideas", "initiative", "initiatives", "recommend", "recommends", "recommended",
    "recommendation", "recommendations", "offer to", "offered to",
  ],
  demands: [
    "demand", "demands", "demanded", "demanding", "insist", "insists", "insisted", "insisting",
    "insist on", "insists on", "insisted on", "urge", "urges", "urged", "urging", "call for", "calls for",
    "called for", "calling for", "press for", "presses for", "pressed for", "pressing for", "push for",
    "pushes for", "pushed for", "want", "wants", "wanted", "ask", "asks", "asked", "ask for", "asks for",
    "asked for", "request", "requests", "requested", "require", "requires", "required", "seek", "seeks",
    "sought", "requirement", "requirements", "threaten", "threatens", "threatened", "threat", "threats",
    "ultimatum", "ultimatums", "call on", "calls on", "called on", "appeal for", "appeals for",
    "appealed for",
  ],
  supports: [
    "support", "supports", "supported", "supporting", "back", "backs", "backed", "backing", "endorse",
    "endorses", "endorsed", "endorsement", "agree", "agrees", "agreed", "agree with", "agrees with",
    "agreed with", "agree on", "agrees on", "agreed on", "welcome", "welcomes", "welcomed", "favor",
    "favors", "favored", "favour", "favours", "favoured", "approve", "approves", "approved", "approval",
    "in favor of", "in favour of", "share the view", "shares the view", "shared the view",
  ],
  opposes: [
    "oppose", "opposes", "opposed", "opposing", "opposition", "reject", "rejects", "rejected",
    "rejecting", "rejection", "refuse", "refuses", "refused", "refusal", "deny", "denies", "denied",
    "denial", "dismiss", "dismisses", "dismissed", "condemn", "condemns", "condemned", "condemnation",
    "object to", "objects to", "objected to", "objection", "objections", "criticize", "criticizes",
    "criticized", "criticise", "criticises", "criticised", "criticism", "against", "opposed to",
    "disagree with", "disagrees with", "disagreed with", "accuse", "accuses", "accused", "blame", "blames",
    "blamed", "veto", "vetoes", "vetoed", "decline", "declines", "declined", "turn down", "turns down",
    "turned down", "warn against", "warns against", "warned against",
  ],
  commits: [
    "commit", "commits", "committed", "commit to", "commits to", "committed to", "commitment",
    "commitments", "pledge", "pledges", "pledged", "pledging", "promise", "promises", "promised",
    "promising", "vow", "vows", "vowed", "agree to", "agrees to", "agreed to", "undertake", "undertakes", "undertook", "undertaking",
    "guarantee", "guarantees", "guaranteed", "will provide",
  ],
};

/**
 * Every stance word, normalized (lowercase, single spaces), to its stance: the words above (what a
 * question means by them, "say" asking for everything), then every form of every cue verb of the
 * extraction lexicon (lexicon/cues.ts), so that what extraction files as a claim a question can
 * ask for: a reporting verb added there ("joked", "thanked", "mocked") is askable without a
 * second list. Light verbs that are cues only with their object ("made an offer") are left out.
 */
export const STANCE_WORDS: ReadonlyMap<string, StanceWord> = (() => {
  const words = new Map<string, StanceWord>((Object.entries(VERBS) as [StanceWord, string[]][]).flatMap(([stance, list]) => list.map((w) => [w, stance] as const)));
  for (const [form, lemma] of CUE_FORMS) {
    const cue = VERB_CUES.get(lemma);
    if (cue && !cue.only && !words.has(form)) words.set(form, cue.stance);
  }
  return words;
})();

/** The stance of a word or phrase of a question ("proposed" -> proposes), or null. */
export function stanceOfWord(word: string): StanceWord | null {
  const key = word.toLowerCase().trim().replace(/\s+/g, " ");
  if (isStanceName(key)) return key;
  return STANCE_WORDS.get(key) ?? null;
}

function isStanceName(word: string): word is Stance {
  return (STANCES as readonly string[]).includes(word);
}

/** Stances of a word, "any" expanded to all of them. */
export function stancesOfWord(word: StanceWord): Stance[] {
  return word === "any" ? [...STANCES] : [word];
}

/** Stances that put something forward: two different ones on an issue compete, or change a position. */
export const PUTS_FORWARD: ReadonlySet<Stance> = new Set(["proposes", "demands", "commits"]);
/** Stances on the side of the issue; "opposes" is the other side, "states" is on neither. */
export const AGREES: ReadonlySet<Stance> = new Set(["supports", "proposes", "demands", "commits"]);

/**
 * Words of a claim that takes a position back, whatever its stance: "the district withdrew its 3%
 * offer", "the union dropped its demand for a four-day week", "Hamas backed away from the
 * proposal". The object must be a position: "demanding an Israeli withdrawal" or "will withdraw
 * its troops" takes nothing back.
 */
export const WITHDRAWAL =
  /\b(?:withdr[ae]w|withdrawn|withdraw(?:s|ing)?|retract\w*|rescind\w*|revok\w*|drop(?:s|ped|ping)?|abandon\w*|scrap(?:s|ped|ping)?|shelv\w*|walk(?:s|ed|ing)? back|back(?:s|ed|ing)? (?:away|off|down) from|revers\w*|pull(?:s|ed|ing)? back from|t(?:ake|akes|ook|aking) back)\s+(?:[\w%.$'’-]+\s+){0,4}?(?:offers?|proposals?|demands?|support|opposition|bids?|plans?|threats?|objections?|requests?|nominations?|endorsements?|backing|veto|ultimatums?|pledges?|promises?|commitments?|conditions?|preconditions?|claims?|stance|position|suggestions?)\b/i;
