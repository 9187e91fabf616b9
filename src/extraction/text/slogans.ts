// Slogans in capitals: words on a placard or a banner, which name nothing and are no issue.
import type { Token } from "../nlp.js";

/** Function words that never stand in a name's capitals: "YOUR POLITICS ARE A DECLARATION OF WAR". */
const SHOUTED_FUNCTION_WORDS = new Set(["a", "the", "are", "is", "your", "our", "we", "no", "not", "to", "against", "for", "my", "you", "us", "stop", "too"]);
const ALL_CAPS_WORD = /^(?:[A-Z][A-Z'’-]*|A)$/;

/**
 * A slogan in capitals, as on a placard or a banner ("carrying placards reading “YOUR POLITICS ARE
 * A DECLARATION OF WAR AGAINST FARMERS”"): three capitalized words or more, among them a function
 * word, name nothing. Returns where the slogan that starts at token i ends, or i.
 */
export function shoutingEnd(tokens: Token[], i: number, to: number): number {
  const c = tokens[i]!.text.charCodeAt(0);
  if (c < 65 || c > 90) return i;
  if (!ALL_CAPS_WORD.test(tokens[i]!.text) || (i > 0 && ALL_CAPS_WORD.test(tokens[i - 1]!.text))) return i;
  let j = i;
  let functionWord = false;
  while (j < to && ALL_CAPS_WORD.test(tokens[j]!.text)) {
    if (SHOUTED_FUNCTION_WORDS.has(tokens[j]!.lower)) functionWord = true;
    j++;
  }
  return j - i >= 3 && functionWord ? j : i;
}
