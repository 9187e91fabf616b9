// Cheap English inflection by rule. wink's lemmatizer is accurate but costs a call per token;
// grouping nouns and recognizing a short list of verbs needs only these rules.

/** A plural noun's singular: "guarantees" -> "guarantee", "parties" -> "party". */
export function singular(word: string): string {
  if (word.length <= 3 || /(?:ss|us|is|news)$/.test(word)) return word;
  // "longshoremen", "spokesmen", "women" (not "Yemen", "specimen", "acumen").
  if (/^(?:wo|[a-z-]{3,})men$/.test(word) && !/(?:speci|regi|abdo|acu|sta)men$/.test(word)) return `${word.slice(0, -3)}man`;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|sses|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

/** Candidate base forms of a verb form: "planned" -> plan, plann, planne; "tries" -> try. */
export function verbBases(word: string): string[] {
  const out = [word];
  const m = /^(.+?)(ies|ied|ing|ed|es|s|d)$/.exec(word);
  if (m) {
    const stem = m[1]!;
    if (m[2] === "ies" || m[2] === "ied") out.push(`${stem}y`);
    out.push(stem, `${stem}e`);
    if (/(.)\1$/.test(stem)) out.push(stem.slice(0, -1));
  }
  return out;
}
