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
