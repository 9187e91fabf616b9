// The letter-class patterns that the passes test on nearly every token, defined once.
//
// Why constants: esbuild, which runs the code under tsx, builds the CLI and the page's worker,
// lowers a regular expression with a Unicode property escape (\p{Lu}) to `new RegExp(...)` for
// Node 20 and browser targets. Written inside a function, such a literal became a new RegExp
// object on every call: 430,000 of them per pass over the bench corpus. A module-level constant
// is built once. None of these has the g or y flag, so `test` keeps no state between calls.

/** Starts with an uppercase letter: "Kyiv", "EU", "Élysée". */
export const UPPER_FIRST = /^\p{Lu}/u;

/** Starts with a lowercase letter: "said", "éclair". */
export const LOWER_FIRST = /^\p{Ll}/u;

/** Starts with a letter of any case. */
export const LETTER_FIRST = /^\p{L}/u;

/** A capitalized word, capital then lowercase letters only: "Kyiv", "Mensah" (not "EU", "McCarthy"). */
export const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** A word of lowercase letters only: "said" (not "al-", "U.S."). */
export const LOWERCASE_WORD = /^\p{Ll}+$/u;

/** A capital and a lowercase letter first: "Mary", "Le Pen"'s "Le" (not "EU"). */
export const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;

/** Has a letter anywhere: a word, not a number or a mark. */
export const HAS_LETTER = /\p{L}/u;

/** Lowercase words by their ending: "heading", "represented", "states". */
export const LOWERCASE_ING_FORM = /^\p{Ll}+ing$/u;
export const LOWERCASE_ED_FORM = /^\p{Ll}+ed$/u;
export const LOWERCASE_PLURAL = /^\p{Ll}+s$/u;

/** One to four lowercase letters: the syllable after a hyphen in "Kyung-ho". */
export const SHORT_LOWERCASE_SYLLABLE = /^\p{Ll}{1,4}$/u;

/** A capital and one or two lowercase letters: a surname's particle, "Le", "Van", "De". */
export const SHORT_CAPITALIZED_PARTICLE = /^\p{Lu}\p{Ll}{1,2}$/u;
