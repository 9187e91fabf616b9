// Completions for a query bar: entity names (labels, aliases, surnames) and stance words for the
// words before the caret, and example questions for an empty bar. Pure, so the page only draws them.
import { STANCES } from "../../extraction/types.js";
import { normalizeName } from "../model.js";
import type { QueryIndex } from "./claims.js";

export interface Completion {
  /** What the list shows, e.g. "Volodymyr Zelenskyy". */
  label: string;
  /** A hint beside it: "person · 10 claims", "stance", "example". */
  detail: string;
  kind: "entity" | "stance" | "example";
  /** The text that replaces input[from, to). */
  text: string;
  from: number;
  to: number;
}

// The verbs offered while typing a question: the common cues, each for its stance.
const QUESTION_VERBS: [string, string][] = [
  ["proposed", "proposes"],
  ["propose", "proposes"],
  ["demanded", "demands"],
  ["demand", "demands"],
  ["supports", "supports"],
  ["support", "supports"],
  ["opposes", "opposes"],
  ["oppose", "opposes"],
  ["promised", "commits"],
  ["promise", "commits"],
  ["said", "any stance"],
  ["say", "any stance"],
  ["urged", "demands"],
  ["insisted", "demands"],
  ["rejected", "opposes"],
  ["backed", "supports"],
  ["pledged", "commits"],
  ["suggested", "proposes"],
  ["stated", "states"],
  ["disagree", "positions"],
];

const VERB_EXPECTED = new Set(["who", "has", "have", "had", "did", "does", "do", "is", "are", "was", "were"]);

const EXAMPLES = ["who proposed what", "who demands what", "conflicts", "?who -proposes-> ?what"];

/** Completions for the text before `caret`, best first. */
export function complete(index: QueryIndex, input: string, caret = input.length, max = 8): Completion[] {
  const before = input.slice(0, caret);
  if (!before.trim()) return examples(index, caret, max);

  // In a pattern's arrow: "?who -pro" -> "-proposes->".
  const arrow = /(^|\s)-([a-z|]*)$/i.exec(before);
  if (arrow) {
    const typed = arrow[2]!.split("|").pop()!.toLowerCase();
    const from = caret - typed.length;
    return STANCES.filter((s) => s.startsWith(typed)).map((s) => ({ label: s, detail: "stance", kind: "stance" as const, text: `${s}->`, from, to: caret }));
  }

  const words = [...before.matchAll(/[^\s"|?]+/g)];
  if (!words.length || /\s$/.test(before)) return [];
  const out: Completion[] = [];
  const seen = new Set<string>();
  // The longest run of trailing words that starts a name wins: "Volodymyr Zel" before "Zel".
  for (let k = Math.min(4, words.length); k >= 1 && out.length < max; k--) {
    const first = words[words.length - k]!;
    const from = first.index!;
    const typed = normalizeName(before.slice(from));
    if (!typed) continue;
    for (const hit of entitiesStartingWith(index, typed)) {
      if (seen.has(hit.key) || out.length >= max) continue;
      seen.add(hit.key);
      const label = index.names.labels.get(hit.key) ?? hit.key;
      const kind = index.graph.hasNode(hit.key) ? index.graph.getNodeAttribute(hit.key, "kind") : "entity";
      const shown = hit.name === normalizeName(label) ? label : `${label} (${hit.original})`;
      out.push({ label: shown, detail: `${kind} · ${hit.claims} claim${hit.claims === 1 ? "" : "s"}`, kind: "entity", text: label, from, to: caret });
    }
    if (k === 1) {
      const verbs: Completion[] = [];
      for (const [verb, stance] of QUESTION_VERBS)
        if (verb.startsWith(typed) && verb !== typed) verbs.push({ label: verb, detail: stance, kind: "stance", text: verb, from, to: caret });
      // Right after "who" or an auxiliary a verb is expected: verbs first.
      const previous = words.length > 1 ? words[words.length - 2]![0].toLowerCase() : "";
      if (VERB_EXPECTED.has(previous)) out.unshift(...verbs);
      else out.push(...verbs);
      out.splice(max);
    }
  }
  return out;
}

interface NameHit {
  key: string;
  name: string;
  original: string;
  claims: number;
}

/** Entities with a name (or a word of a name) starting with `typed`, the most discussed first. */
function entitiesStartingWith(index: QueryIndex, typed: string): NameHit[] {
  const hits = new Map<string, NameHit & { rank: number }>();
  for (const [name, keys] of index.names.names) {
    // A prefix of the whole name ranks above a prefix of a later word ("Putin" for "pu").
    const rank = name.startsWith(typed) ? 0 : name.includes(` ${typed}`) ? 1 : -1;
    if (rank < 0) continue;
    for (const key of keys.keys()) {
      const claims = (index.bySpeaker.get(key)?.length ?? 0) + (index.byTarget.get(key)?.length ?? 0);
      const current = hits.get(key);
      if (current && current.rank <= rank) continue;
      hits.set(key, { key, name, original: originalName(index, key, name), claims, rank });
    }
  }
  return [...hits.values()].sort((a, b) => a.rank - b.rank || b.claims - a.claims || a.name.localeCompare(b.name));
}

/** The alias as written in the graph ("Zelensky"), for a normalized name. */
function originalName(index: QueryIndex, key: string, normalized: string): string {
  if (!index.graph.hasNode(key)) return normalized;
  const a = index.graph.getNodeAttributes(key);
  return [a.label, ...(a.aliases ?? [])].find((n) => normalizeName(n) === normalized) ?? normalized;
}

function examples(index: QueryIndex, caret: number, max: number): Completion[] {
  const top = [...index.bySpeaker].sort((a, b) => b[1].length - a[1].length).map(([k]) => index.names.labels.get(k) ?? k);
  const issue = [...index.byTarget].sort((a, b) => b[1].length - a[1].length).map(([k]) => index.names.labels.get(k) ?? k)[0];
  const questions = [
    ...EXAMPLES.slice(0, 2),
    ...(top[0] ? [`what did ${top[0]} propose`] : []),
    ...(top[0] && top[1] ? [`where do ${top[0]} and ${top[1]} disagree`] : []),
    ...(issue ? [`positions on ${issue}`] : []),
    ...EXAMPLES.slice(2),
  ];
  return questions.slice(0, max).map((q) => ({ label: q, detail: "example", kind: "example" as const, text: q, from: 0, to: caret }));
}
