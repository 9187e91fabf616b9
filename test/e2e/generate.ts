// A generated claims graph for speed measurements (scripts/perf-browser.ts).
import { ENTITY_KINDS, STANCES } from "../../src/extraction/types.js";
import { exportGraphJSON } from "../../src/graph/format.js";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadExtractor } from "../../src/extraction/index.js";
import { readInput } from "../../src/extraction/input/index.js";
import { createClaimGraph, mergeExtraction, type ClaimGraph } from "../../src/graph/model.js";
import { NEWS_SENTENCES } from "../fixtures/news-sentences.js";
import { ROOT } from "./harness.js";

/** A claims graph with a realistic shape: few speakers say most, popular topics attract most claims. */
export function generateGraph(nodes: number, edges: number, seed = 1): string {
  let s = seed;
  const rand = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
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
    const kind = i < nodes * 0.3 ? "person" : ENTITY_KINDS[1 + Math.floor(rand() * (ENTITY_KINDS.length - 1))]!;
    graph.addNode(`n${i}`, { label: `Entity ${i}`, kind, aliases: [], mentions: 1 + Math.floor(20 * rand() ** 4), docs: ["bench"] });
  }
  const speakers = Math.floor(nodes * 0.3);
  for (let e = 0; e < edges; e++) {
    const source = `n${Math.floor(speakers * rand() ** 2)}`;
    const target = `n${Math.floor(nodes * rand() ** 1.5)}`;
    const span = spans[e % spans.length]!;
    graph.addDirectedEdgeWithKey(`c${e}:0`, source, target, {
      stance: STANCES[Math.floor(rand() * STANCES.length)]!,
      claim: `c${e}`,
      summary: `claim ${e}`,
      quote: null,
      addressee: null,
      evidence: [{ doc: "bench", ...span }],
    });
  }
  return exportGraphJSON(graph);
}

/**
 * A story told over a year by one busy actor: `claims` claims of "Entity 0" on 50 issues, in 240
 * dated documents, to time the timeline view (scripts/perf-browser.ts).
 */
export function generateTimelineGraph(claims: number, seed = 7): string {
  let s = seed;
  const rand = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
  const graph = createClaimGraph();
  const docs = Array.from({ length: 240 }, (_, i) => {
    const text = `Entity 0 said that issue ${i % 50} mattered.`;
    const day = new Date(Date.UTC(2025, 0, 1 + Math.floor((i * 365) / 240))).toISOString().slice(0, 10);
    return { id: `d${i}`, title: `Generated article ${i}`, date: day, source: `d${i}`, text };
  });
  graph.setAttribute("documents", docs);
  graph.addNode("n0", { label: "Entity 0", kind: "organization", aliases: [], mentions: claims, docs: docs.map((d) => d.id) });
  for (let t = 1; t <= 50; t++) graph.addNode(`n${t}`, { label: `issue ${t}`, kind: "topic", aliases: [], mentions: 1, docs: ["d0"] });
  for (let c = 0; c < claims; c++) {
    const doc = docs[Math.floor(rand() * docs.length)]!;
    graph.addDirectedEdgeWithKey(`c${c}:0`, "n0", `n${1 + Math.floor(50 * rand() ** 2)}`, {
      stance: STANCES[Math.floor(rand() * STANCES.length)]!,
      claim: `c${c}`,
      summary: `position ${c % 97}`,
      quote: null,
      addressee: null,
      evidence: [{ doc: doc.id, start: 0, end: doc.text.length, text: doc.text }],
    });
  }
  return exportGraphJSON(graph);
}

/**
 * A graph of fifty articles: the repository's real articles (the four story clusters of 7 dated
 * articles, the holdout articles, the seed report: 37 documents) and 13 briefings assembled from the
 * attribution spec's news passages, extracted and merged as the page would.
 */
export async function repositoryArticlesGraph(): Promise<ClaimGraph> {
  const extractor = await loadExtractor();
  const graph = createClaimGraph();
  const fixtures = join(ROOT, "test", "fixtures");
  const files: [string, string][] = [
    ...readdirSync(join(fixtures, "clusters"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d): [string, string] => ["corpus.jsonl", readFileSync(join(fixtures, "clusters", d.name, "corpus.jsonl"), "utf8")]),
    ...readdirSync(join(fixtures, "holdout"))
      .filter((f) => f.endsWith(".txt"))
      .map((f): [string, string] => [f, readFileSync(join(fixtures, "holdout", f), "utf8")]),
    ...readdirSync(join(ROOT, "data", "articles")).map((f): [string, string] => [f, readFileSync(join(ROOT, "data", "articles", f), "utf8")]),
  ];
  for (const [name, text] of files) for (const doc of readInput(name, text).documents) mergeExtraction(graph, extractor.extract(doc));
  // Thirteen more, assembled from the attribution spec's news passages (each a realistic sentence
  // of copy), dated a week apart: fifty articles in all.
  const passages = NEWS_SENTENCES.filter((c) => !c.noClaims);
  for (let i = 0; i < 13; i++) {
    const body = passages.slice(i * 12, i * 12 + 12).map((c) => c.text.replace(/\n+/g, " "));
    const date = new Date(Date.UTC(2025, 0, 6 + 7 * i)).toISOString().slice(0, 10);
    const doc = { id: `briefing-${i + 1}`, title: `Briefing ${i + 1}`, date, source: `briefing-${i + 1}.txt`, text: `Briefing ${i + 1}\n${body.join("\n")}\n` };
    mergeExtraction(graph, extractor.extract(doc));
  }
  return graph;
}
