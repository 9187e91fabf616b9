// A generated claims graph for speed measurements (scripts/perf-browser.ts).
import { ENTITY_KINDS, STANCES } from "../../src/extraction/types.js";
import { exportGraphJSON } from "../../src/graph/format.js";
import { createClaimGraph } from "../../src/graph/model.js";

/** A claims graph with a realistic shape: few speakers say most, popular topics attract most claims. */
export function generateGraph(nodes: number, edges: number, seed = 1): string {
  let s = seed;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  const spans: { start: number; end: number; text: string }[] = [];
  let text = "";
  for (let i = 0; i < 200; i++) {
    const sentence = `Speaker ${i} said that the plan number ${i} would go ahead.`;
    spans.push({ start: text.length, end: text.length + sentence.length - 1, text: sentence.slice(0, -1) });
    text += sentence + " ";
  }
  const graph = createClaimGraph();
  graph.setAttribute("documents", [{ id: "bench", title: "Generated benchmark document", date: null, source: "bench", text }]);
  for (let i = 0; i < nodes; i++) {
    const kind = i < nodes * 0.3 ? "person" : ENTITY_KINDS[1 + Math.floor(rand() * (ENTITY_KINDS.length - 1))];
    graph.addNode(`n${i}`, { label: `Entity ${i}`, kind, aliases: [], mentions: 1 + Math.floor(20 * rand() ** 4), docs: ["bench"] });
  }
  const speakers = Math.floor(nodes * 0.3);
  for (let e = 0; e < edges; e++) {
    const source = `n${Math.floor(speakers * rand() ** 2)}`;
    const target = `n${Math.floor(nodes * rand() ** 1.5)}`;
    const span = spans[e % spans.length];
    graph.addDirectedEdgeWithKey(`c${e}:0`, source, target, {
      stance: STANCES[Math.floor(rand() * STANCES.length)],
      claim: `c${e}`,
      summary: `claim ${e}`,
      quote: null,
      addressee: null,
      evidence: [{ doc: "bench", ...span }],
    });
  }
  return exportGraphJSON(graph);
}

