// The attribution constructions of news copy, one row each: where the subject is, what the content
// and the evidence are, and the spec family (test/fixtures/news-sentences.ts) that pins it down.
// drafts.ts reads a sentence's cues and gives each claim the id of the row it matched; a claim
// carries that id (Claim.why.pattern), and `claimgraph extract --explain` prints the row.
// Where two cues of a sentence could both make a claim of one span, the earlier cue in the
// sentence wins and a later cue inside its content nests in it (drafts.ts, nestedIn).
import type { DraftMode } from "./drafts.js";

export interface AttributionPattern {
  id: DraftMode | "quote";
  /** A sentence of the construction, as news copy writes it. */
  example: string;
  /** Where the subject is found, relative to the cue. */
  subject: string;
  /** What the content of the claim is. */
  content: string;
  /** The spec family that tests it. */
  family: string;
}

export const ATTRIBUTION_PATTERNS: readonly AttributionPattern[] = [
  {
    id: "left",
    example: "Zelenskyy said security guarantees were vital. / Hamas has proposed a three-phase ceasefire.",
    subject:
      "left of the cue (its auxiliaries, adverbs and appositions skipped; also the verbs that pass their subject on: 'went on to', 'issued a statement vowing')",
    content: "right of the cue (after 'that', a colon, the addressee, when and where it was said)",
    family: "wire copy: X said (reported speech)",
  },
  {
    id: "trailing",
    example: "Security guarantees are vital, Zelenskyy said.",
    subject: "left of the cue, after the content",
    content: "the sentence before the attribution",
    family: "quote first: “Q,” X said / “Q,” said X",
  },
  {
    id: "inverted",
    example: "“We are not there yet,” said Kremlin spokesman Dmitry Peskov.",
    subject: "right of the cue",
    content: "the sentence before the cue (or the quotation)",
    family: "said X inversion (reported speech, speaker after the verb)",
  },
  {
    id: "parenthetical",
    example: "The talks, Peskov said, would continue next week.",
    subject: "left of the cue, inside commas",
    content: "the sentence around the parenthesis",
    family: "parenthetical attribution: X, he said, C",
  },
  {
    id: "according",
    example: "The deal is close, according to US officials.",
    subject: "right of 'according to'",
    content: "the rest of the sentence",
    family: "according to X",
  },
  {
    id: "continuation",
    example: "Barnier said he would not resign and insisted that the budget pass.",
    subject: "the subject of the claim before, in the same sentence",
    content: "right of the second cue",
    family: "withheld answers, threats and joint authors",
  },
  {
    id: "possessive",
    example: "Theresa May's proposal to extend the transition ... / the objections of two members of the Freedom Caucus",
    subject: "the possessor of the noun cue, or the agent after 'of'",
    content: "right of the noun cue",
    family: "nominal positions: X's proposal / plan / call / demand",
  },
  {
    id: "passive",
    example: "The plan was put forward by Norway. / The Green Party remains open to talks.",
    subject: "the agent after 'by', or the subject left of the copula",
    content: "the subject of the passive, or what follows the adjective",
    family: "passive attribution: proposed by / was quoted as saying / was rejected by",
  },
  {
    id: "signed",
    example: "We will likewise drop ours. FAIR! — Donald J. Trump (@realDonaldTrump) March 10, 2018",
    subject: "the name after the dash, before the handle in brackets and the date",
    content: "the paragraph before the dash (the embedded post's text)",
    family: "attribution recall (issue 10, third round): shares, parentheticals, noun phrases and headlines",
  },
  {
    id: "quote",
    example: "“We will not give up Donbas.” (after a claim of the same speaker)",
    subject: "the speaker of the claim just before",
    content: "the quotation",
    family: "quotes spanning several sentences: one attribution, one claim",
  },
];

/** The pattern of an id. */
export function patternOf(id: string): AttributionPattern | undefined {
  return ATTRIBUTION_PATTERNS.find((p) => p.id === id);
}
