// Search over labels and aliases, accent- and case-insensitive ("zelensky" finds "Volodymyr
// Zelenskyy", "kyiv" finds "Kyïv"). Ranking: the whole name, then a whole word ("US" finds the
// United States by its alias "US", never Russia for the letters inside it), then a word start
// ("zel" finds Zelenskyy), then letters inside a word (only for queries of four letters or more,
// where they are rarely chance). A query that matches nothing gets the names a letter or two
// away: "Zelenskiy" -> Volodymyr Zelenskyy.
import type { ClaimGraph } from "../graph/model.js";
import { editDistance } from "../graph/query/names.js";
import { fold } from "./text.js";

export interface SearchHit {
  node: string;
  label: string;
  /** The name that matched when it is an alias, for display. */
  matched: string;
  score: number;
  /** Found by a near spelling ("did you mean"), not by the letters typed. */
  fuzzy?: boolean;
}

/** How well a folded name matches a folded query: 0 for no match. */
function matchScore(name: string, q: string): number {
  if (name === q) return 4;
  const at = name.indexOf(q);
  if (at < 0) return 0;
  const starts = (i: number) => i === 0 || name[i - 1] === " ";
  for (let i = at; i >= 0; i = name.indexOf(q, i + 1)) {
    const end = i + q.length;
    if (starts(i) && (end === name.length || name[end] === " ")) return 3; // a whole word
  }
  for (let i = at; i >= 0; i = name.indexOf(q, i + 1)) if (starts(i)) return 2; // a word start
  return q.length >= 4 ? 1 : 0; // inside a word
}

export function searchNodes(graph: ClaimGraph, query: string, limit = 8, hidden?: Set<string>): SearchHit[] {
  const q = fold(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  graph.forEachNode((node, a) => {
    if (hidden?.has(node)) return;
    let best: SearchHit | null = null;
    for (const name of [a.label, ...a.aliases]) {
      let score = matchScore(fold(name), q);
      if (!score) continue;
      // Labels beat aliases; big nodes break ties.
      if (name === a.label) score += 0.5;
      score += Math.min(a.mentions, 50) / 1000;
      if (!best || score > best.score) best = { node, label: a.label, matched: name, score };
    }
    if (best) hits.push(best);
  });
  if (!hits.length && q.length >= 4) return nearSpellings(graph, q, limit, hidden);
  return hits.sort((x, y) => y.score - x.score || x.label.localeCompare(y.label)).slice(0, limit);
}

/** Names (or words of names) within one edit per four letters of the query. */
function nearSpellings(graph: ClaimGraph, q: string, limit: number, hidden?: Set<string>): SearchHit[] {
  const budget = Math.max(1, Math.min(3, Math.floor(q.length / 4)));
  const hits: SearchHit[] = [];
  graph.forEachNode((node, a) => {
    if (hidden?.has(node)) return;
    let best: SearchHit | null = null;
    for (const name of [a.label, ...a.aliases]) {
      const folded = fold(name);
      for (const part of [folded, ...folded.split(" ")]) {
        if (Math.abs(part.length - q.length) > budget) continue;
        const d = editDistance(q, part, budget);
        if (d > budget) continue;
        const score = 1 - d / 10 + Math.min(a.mentions, 50) / 1000;
        if (!best || score > best.score) best = { node, label: a.label, matched: name, score, fuzzy: true };
      }
    }
    if (best) hits.push(best);
  });
  return hits.sort((x, y) => y.score - x.score || x.label.localeCompare(y.label)).slice(0, limit);
}
