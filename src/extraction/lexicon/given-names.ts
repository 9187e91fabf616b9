// Given names and their usual gender, for telling people from other names ("Mary Barra" is a
// person, "Buick Enclave" is not known to be one) and for pronouns ("She said" after Mary Barra
// and Shawn Fain is Barra). Source: the name lists of gender-detection-from-name (MIT; English,
// Italian, Spanish, French, German and Turkish first names), read through its getGender.
import { getGender } from "gender-detection-from-name";
import { CAPITAL_THEN_LOWER } from "../text/letters.js";

export type Gender = "male" | "female";

/** The usual gender of a given name, or null when the lists do not know the name. */
export function genderOfGivenName(word: string): Gender | null {
  if (word.length < 2 || !CAPITAL_THEN_LOWER.test(word)) return null;
  let g = getGender(word);
  // ("Lucía" is in the lists as "Lucia".)
  if (g === "unknown" && /[^\x00-\x7f]/.test(word)) g = getGender(word.normalize("NFD").replace(/\p{M}/gu, ""));
  return g === "unknown" ? null : g;
}

/** Titles and honorifics that say who holds them: "Mrs", "spokeswoman", "King". */
const FEMALE_TITLES = new Set([
  "mrs",
  "mrs.",
  "ms",
  "ms.",
  "miss",
  "madam",
  "lady",
  "dame",
  "queen",
  "princess",
  "duchess",
  "spokeswoman",
  "chairwoman",
  "congresswoman",
  "businesswoman",
  "councilwoman",
  "sister",
  "baroness",
  "countess",
]);
const MALE_TITLES = new Set([
  "mr",
  "mr.",
  "sir",
  "lord",
  "king",
  "prince",
  "duke",
  "spokesman",
  "chairman",
  "congressman",
  "businessman",
  "councilman",
  "brother",
  "baron",
  "count",
  "sheikh",
  "emir",
  "sultan",
]);

/** The gender a title or honorific states, or null. */
export function genderOfTitle(word: string): Gender | null {
  const w = word.toLowerCase();
  return FEMALE_TITLES.has(w) ? "female" : MALE_TITLES.has(w) ? "male" : null;
}

/**
 * The usual English short forms of given names, for "Chuck Schumer" and "Charles Schumer" of two
 * outlets (a short form that begins the full name, "Chris", "Alex", needs no entry). Source: the
 * English diminutives of Wiktionary's "Appendix:English given names"; data only, no person's name.
 */
const SHORT_FORMS: Record<string, string> = {
  charles: "chuck charlie",
  william: "bill billy will",
  robert: "bob bobby rob",
  james: "jim jimmy",
  michael: "mike mick",
  joseph: "joe joey",
  thomas: "tom tommy",
  richard: "dick rick rich",
  edward: "ted ed eddie",
  theodore: "ted teddy",
  anthony: "tony",
  elizabeth: "liz beth betty",
  katherine: "kate kathy katie",
  catherine: "kate cathy",
  margaret: "maggie peggy meg",
  daniel: "dan danny",
  david: "dave",
  stephen: "steve",
  steven: "steve",
  andrew: "andy drew",
  nicholas: "nick",
  patricia: "pat patty",
  susan: "sue",
  deborah: "debbie deb",
  jennifer: "jen jenny",
  rebecca: "becky",
  frederick: "fred",
  gerald: "jerry",
  lawrence: "larry",
  matthew: "matt",
  peter: "pete",
  samuel: "sam",
  timothy: "tim",
  kenneth: "ken",
  ronald: "ron",
  donald: "don",
  gregory: "greg",
  jeffrey: "jeff",
  joshua: "josh",
  vincent: "vince",
  walter: "walt",
  henry: "hank harry",
  john: "jack johnny",
};
const SHORT_OF = new Map<string, Set<string>>();
for (const [full, shorts] of Object.entries(SHORT_FORMS)) for (const s of shorts.split(" ")) SHORT_OF.set(s, (SHORT_OF.get(s) ?? new Set()).add(full));

/** Whether two lowercase given names are one name, the one a usual short form of the other ("chuck", "charles"). */
export function shortFormOf(a: string, b: string): boolean {
  return !!SHORT_OF.get(a)?.has(b) || !!SHORT_OF.get(b)?.has(a);
}
