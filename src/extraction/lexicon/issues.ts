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
talk negotiation discussion dialogue conversation round
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
