// What a topic node may be: the issues of a story, not the generic words news copy uses for
// them. Sources: the heads that the annotation guide (shared/eval/GUIDE.md) says are never a
// topic alone ("talks", "agreement", "deal", "statement"), and the usual synonyms of news style
// for a negotiation's documents and meetings. All lowercase singulars.

const words = (s: string) => new Set(s.trim().split(/\s+/));

/**
 * Heads that name a negotiation's generic things: alone ("the talks", "the offer") they stand
 * for the specific one the document named ("the 20-point proposal", "the 4.5% offer") or are no
 * topic at all; with a modifier of their own ("peace talks", "contract offer") they are issues.
 */
export const GENERIC_ISSUE_HEADS = words(`
talk negotiation bargaining discussion dialogue conversation round
agreement deal accord pact settlement arrangement understanding compromise
offer proposal plan package bid counteroffer counterproposal idea initiative option
framework draft text document paper letter statement declaration communique
meeting summit session visit call conference gathering
bill legislation law measure act motion resolution vote
contract treaty
member side party country government leader official
issue matter question subject point topic concern problem
process effort move step decision position stance demand request condition term
situation development progress outcome result
support opposition objection rejection criticism backing approval endorsement commitment pledge promise
`);

/**
 * Nouns of an attitude, not of a thing: the position itself ("voiced his opposition to",
 * "renewed its call for", "the White House's refusal to intervene"), never what it is about.
 */
export const ATTITUDE_NOUNS = words(`
support opposition objection rejection refusal criticism condemnation backing approval endorsement
call appeal insistence concern disapproval denial
`);

/**
 * Generic heads that stand for one another: "the talks" after "the Geneva negotiations" is that
 * round, "the deal" after "the ceasefire agreement" that agreement, "the proposal" after "the
 * second contract offer" that offer.
 */
const SYNONYM_GROUPS = [
  "talk negotiation discussion dialogue round",
  "agreement deal accord pact settlement arrangement understanding compromise",
  "offer proposal plan package bid counteroffer counterproposal initiative",
  "framework draft text document paper",
  "bill legislation law measure act",
  "meeting summit session",
  "statement declaration communique",
];

/** A generic head -> the heads that may refer to the same thing (itself included). */
export const ISSUE_SYNONYMS = new Map<string, ReadonlySet<string>>();
for (const line of SYNONYM_GROUPS) {
  const group = words(line);
  for (const w of group) ISSUE_SYNONYMS.set(w, group);
}

/**
 * Heads that name the same kind of thing in news style, whatever the outlet's habit: with the
 * same modifier they are one issue of a story ("debt ceiling" and "debt limit", "peace deal" and
 * "peace agreement", "trade talks" and "trade negotiations", "tax hikes" and "tax increases", a
 * British "pay rise" and an American "pay raise"). Offers, proposals and plans are not
 * here: two proposals of one story are often two ("Biden's proposal", "the Egyptian proposal").
 */
const HEAD_SYNONYM_GROUPS = [
  "ceiling limit",
  "talk negotiation bargaining",
  "agreement deal accord pact",
  "strike walkout stoppage",
  "increase hike rise raise",
];

/**
 * Names of one thing in several words, by the name its issues are indexed under: a strike is
 * "industrial action", "strike action", "a walkout" or "a work stoppage" as outlets word it.
 */
export const ISSUE_PHRASE_SYNONYM = new Map<string, string>([
  ["industrial action", "strike"],
  ["strike action", "strike"],
  ["walkout", "strike"],
  ["work stoppage", "strike"],
  ["stoppage", "strike"],
]);

/** A head (singular) -> the first head of its group, the name its issues are indexed under. */
export const ISSUE_HEAD_SYNONYM = new Map<string, string>();
for (const line of HEAD_SYNONYM_GROUPS) {
  const [first, ...rest] = line.split(" ");
  ISSUE_HEAD_SYNONYM.set(first!, first!);
  for (const w of rest) ISSUE_HEAD_SYNONYM.set(w, first!);
}

/**
 * Diseases and other issues written like names ("COVID-19", "Ebola"), and the initials of issues
 * ("AI", "A.I.", "GDP", "VAT"): capitalized, yet topics, never an organization or a person.
 * Lowercase forms.
 */
export const NAMED_ISSUES = words(
  `covid covid-19 coronavirus sars-cov-2 ebola mpox zika h5n1 hiv aids cholera polio malaria measles
   ai a.i. gdp vat`,
);
