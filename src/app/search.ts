// Search over labels and aliases, accent- and case-insensitive, matching anywhere in a name
// ("zelensky" finds "Volodymyr Zelenskyy", "kyiv" finds "Kyïv"). Word starts rank first.
import type { ClaimGraph } from "../graph/model.js";
import { fold } from "./text.js";

export interface SearchHit {
  node: string;
  label: string;
  /** The name that matched when it is an alias, for display. */
  matched: string;
  score: number;
}

export function searchNodes(graph: ClaimGraph, query: string, limit = 8, hidden?: Set<string>): SearchHit[] {
  const q = fold(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  graph.forEachNode((node, a) => {
    if (hidden?.has(node)) return;
    let best: SearchHit | null = null;
    for (const name of [a.label, ...a.aliases]) {
      const f = fold(name);
      const at = f.indexOf(q);
      if (at < 0) continue;
      // Exact name > word start > inside a word; labels beat aliases; big nodes break ties.
      let score = f === q ? 3 : at === 0 || f[at - 1] === " " ? 2 : 1;
      if (name === a.label) score += 0.5;
      score += Math.min(a.mentions, 50) / 1000;
      if (!best || score > best.score) best = { node, label: a.label, matched: name, score };
    }
    if (best) hits.push(best);
  });
  return hits.sort((x, y) => y.score - x.score || x.label.localeCompare(y.label)).slice(0, limit);
}
