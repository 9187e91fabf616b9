// Entity names a question may use: labels, aliases and surnames, matched case- and
// accent-insensitively through normalizeName; unknown names get "did you mean" suggestions.
import { normalizeName, type ClaimGraph } from "../model.js";

/** What a name in a question resolved to. */
export type NameMatch = { ok: true; keys: string[]; text: string } | { ok: false; text: string; suggestions: string[] };

// How strongly a name identifies a node: a label beats an alias, which beats a surname.
const Strength = { Label: 3, Alias: 2, Surname: 1 } as const;
type Strength = (typeof Strength)[keyof typeof Strength];

// Words that may precede or follow a name without being part of it ("the", "President").
const FILLER = new Set([
  "the",
  "a",
  "an",
  "any",
  "all",
  "of",
  "president",
  "prime",
  "minister",
  "pm",
  "mr",
  "mrs",
  "ms",
  "dr",
  "chancellor",
  "secretary",
  "general",
  "senator",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "leader",
  "king",
  "queen",
  "pope",
  "foreign",
  "defense",
  "defence",
  "state",
  "himself",
  "herself",
  "itself",
  "issue",
  "question",
  "topic",
  "matter",
  "subject",
]);

const ARTICLES = new Set(["the", "a", "an", "any", "all"]);

export interface NameIndex {
  /** Normalized name -> node keys with how strongly the name identifies each. */
  readonly names: ReadonlyMap<string, ReadonlyMap<string, Strength>>;
  /** Display label of each node key. */
  readonly labels: ReadonlyMap<string, string>;
  /** Longest normalized name, in words: bounds the n-grams searched in a phrase. */
  readonly longest: number;
}

export function buildNameIndex(graph: ClaimGraph): NameIndex {
  const names = new Map<string, Map<string, Strength>>();
  const labels = new Map<string, string>();
  let longest = 1;
  const add = (name: string, key: string, strength: Strength) => {
    const n = normalizeName(name);
    if (n.length < 2) return;
    let keys = names.get(n);
    if (!keys) names.set(n, (keys = new Map()));
    if ((keys.get(key) ?? 0) < strength) keys.set(key, strength);
    longest = Math.max(longest, n.split(" ").length);
  };
  graph.forEachNode((key, a) => {
    labels.set(key, a.label);
    add(a.label, key, Strength.Label);
    for (const alias of a.aliases ?? []) add(alias, key, Strength.Alias);
    if (a.kind === "person") {
      const words = normalizeName(a.label).split(" ");
      const surname = words[words.length - 1]!;
      if (words.length > 1 && surname.length > 2) add(surname, key, Strength.Surname);
    }
  });
  return { names, labels, longest };
}

/** Nodes named exactly `name` (normalized), the strongest matches only. */
export function lookupName(index: NameIndex, name: string): string[] {
  const keys = index.names.get(normalizeName(name));
  if (!keys) return [];
  const best = Math.max(...keys.values());
  return [...keys].filter(([, s]) => s === best).map(([k]) => k);
}

/**
 * Resolve a phrase of a question to entities: the phrase itself, the phrase without filler words
 * ("the", "President"), or the one name it contains when everything else is filler.
 */
export function resolveName(index: NameIndex, phrase: string, suggest = true): NameMatch {
  const text = normalizeName(phrase);
  const direct = lookupName(index, text);
  if (direct.length) return { ok: true, keys: direct, text };
  const words = text.split(" ").filter(Boolean);
  // Articles first ("the Ukrainian President" is an alias once "the" goes), then titles too.
  let a = 0;
  while (a < words.length - 1 && ARTICLES.has(words[a]!)) a++;
  if (a) {
    const keys = lookupName(index, words.slice(a).join(" "));
    if (keys.length) return { ok: true, keys, text };
  }
  const trimmed = trimFiller(words);
  if (trimmed.length && trimmed.length < words.length) {
    const keys = lookupName(index, trimmed.join(" "));
    if (keys.length) return { ok: true, keys, text };
  }
  // One known name inside filler words: "the Ukrainian President himself".
  for (let n = Math.min(index.longest, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const keys = lookupName(index, words.slice(i, i + n).join(" "));
      const rest = [...words.slice(0, i), ...words.slice(i + n)];
      if (keys.length && rest.every((w) => FILLER.has(w))) return { ok: true, keys, text };
    }
  }
  // Suggestions cost a pass over every name: parsers that try many readings ask only at the end.
  // Names side by side, "Boeing's offer" (normalized "boeing offer"): the last one is what the
  // phrase is about, as the head of an English noun phrase comes last.
  const head = lastOfNames(index, words);
  if (head) return { ok: true, keys: head, text };
  return { ok: false, text: phrase.trim(), suggestions: suggest ? suggestNames(index, trimmed.join(" ") || text) : [] };
}

/** The keys of the last name when the words are known names (and filler) from end to end, else null. */
function lastOfNames(index: NameIndex, words: readonly string[]): string[] | null {
  let last: string[] | null = null;
  let names = 0;
  for (let i = 0; i < words.length;) {
    if (FILLER.has(words[i]!)) {
      i++;
      continue;
    }
    let found = 0;
    for (let n = Math.min(index.longest, words.length - i); n >= 1 && !found; n--) {
      const keys = lookupName(index, words.slice(i, i + n).join(" "));
      if (keys.length) {
        last = keys;
        found = n;
      }
    }
    if (!found) return null;
    names++;
    i += found;
  }
  return names > 1 ? last : null;
}

function trimFiller(words: string[]): string[] {
  let start = 0;
  let end = words.length;
  while (start < end && FILLER.has(words[start]!)) start++;
  while (end > start && FILLER.has(words[end - 1]!)) end--;
  return words.slice(start, end);
}

/** Labels of the entities whose names are closest to `name` by edit distance, best first. */
export function suggestNames(index: NameIndex, name: string, max = 3): string[] {
  const wanted = normalizeName(name);
  if (!wanted) return [];
  const limit = Math.max(1, Math.min(3, Math.floor(wanted.length / 3)));
  const best = new Map<string, number>();
  for (const [candidate, keys] of index.names) {
    if (Math.abs(candidate.length - wanted.length) > limit) continue;
    const d = editDistance(wanted, candidate, limit);
    if (d > limit) continue;
    for (const key of keys.keys()) if ((best.get(key) ?? Infinity) > d) best.set(key, d);
  }
  return [...best]
    .sort((a, b) => a[1] - b[1] || index.labels.get(a[0])!.localeCompare(index.labels.get(b[0])!))
    .slice(0, max)
    .map(([key]) => index.labels.get(key)!);
}

/** Levenshtein distance, giving up (returning limit + 1) once every path costs more than `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}
