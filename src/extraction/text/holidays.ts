// Holidays: dates that look like names ("New Year's Eve", "Christmas Day").
import { CALENDAR_WORDS } from "../lexicon/roles.js";
import type { Token } from "../nlp.js";

/**
 * Holidays are dates, no names: "a New Year's Eve announcement", "on Christmas Eve", "New Year's
 * Day". Returns where the holiday that starts at token i ends, or i.
 */
export function holidayEnd(tokens: Token[], i: number, to: number): number {
  const t = tokens[i]!;
  // (Holidays are capitalized: most tokens are asked no more.)
  const c = t.text.charCodeAt(0);
  if (c < 65 || c > 90) return i;
  let e = i;
  if (t.lower === "new" && tokens[i + 1]?.lower === "year") {
    e = i + 2;
    if (/^['’]s$/.test(tokens[e]?.text ?? "")) e++;
  } else if (CALENDAR_WORDS.has(t.lower) && /^(?:Eve|Day)$/.test(tokens[i + 1]?.text ?? "")) e = i + 1;
  else return i;
  if (/^(?:Eve|Day)$/.test(tokens[e]?.text ?? "")) e++;
  return Math.min(e, to);
}
