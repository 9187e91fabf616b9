// Function words, one list per class, for every stage that reads them: determiners, possessives,
// the forms of "be", and the words of time. English grammar, not news style: complete lists.
const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** "the", "a", "an". */
export const ARTICLES = words("a an the");
/** The possessives of the third person, which point back to a speaker: "his", "her", "its", "their". */
export const THIRD_PERSON_POSSESSIVES = words("his her its their");
/** Possessive determiners: the third person's and "our". */
export const POSSESSIVES = words("his her its their our");
/** "this", "that", "these", "those". */
export const DEMONSTRATIVES = words("this that these those");
/** The determiners that open a noun phrase: articles, possessives, demonstratives. */
export const DETERMINERS = new Set([...ARTICLES, ...POSSESSIVES, ...DEMONSTRATIVES]);

/** The forms of "be", contracted ones included: "was proposed by", "is opposed to", "they're ready". */
export const BE_FORMS = words("is are was were be been being 's ’s 're ’re");
/** Copulas: "be" and "remain" ("The Green Party remains open to talks"). */
export const COPULAS = new Set([...BE_FORMS, "remain", "remains", "remained"]);

/** The modal verbs: the word after one is a verb ("the money automation may save", "what it will cost"). */
export const MODALS = words("can could may might must shall should will would");

/** Nouns of time: "last week", "Monday evening", "this quarter". */
export const TIME_NOUNS = words("week weeks month months year years weekend day days morning afternoon evening night quarter season time");
/** Adverbs of time: "said today", "earlier". */
export const TIME_ADVERBS = words("today yesterday tonight tomorrow earlier later");

/** Conjunctions that join two clauses or two predicates of one subject: "rejected the offer and urged ...". */
export const COORDINATORS = words("and but yet");

/**
 * Subordinating conjunctions, British forms included: they open a clause, never a noun phrase
 * (attribution/drafts.ts keeps those of time and condition apart: their clause is background).
 */
export const SUBORDINATORS = words("while whilst whereas although though because unless until amid amidst after before when once since whenever");
