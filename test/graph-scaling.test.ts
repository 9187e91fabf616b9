// Merging many articles takes time linear in their number, also when they are many stories that
// share generic words: each story has its own "talks" node, and the resolver must not weigh every
// namesake for every new article (20,000 short articles took 92 s before, 21-24 s after).
import { describe, expect, it } from "vitest";
import type { ExtractionResult } from "../src/extraction/types.js";
import { createClaimGraph, mergeDocument } from "../src/graph/model.js";

/** Article i: a story of its own (two people no other article names), about "talks" and "a deal". */
function article(i: number): ExtractionResult {
  const text = `Talks ${i}\nMinister Ann${i} Smith${i} said the talks would resume. Bob${i} Jones${i} rejected the deal.`;
  const s1 = "Minister Ann";
  const a = text.indexOf(s1);
  const b = text.indexOf(`Bob${i}`);
  const id = `a${i}`;
  return {
    document: { id, title: `Talks ${i}`, date: null, source: `https://example.com/${i}`, text },
    entities: [
      { key: `person:ann${i}-smith${i}`, label: `Ann${i} Smith${i}`, kind: "person", aliases: [`Smith${i}`], mentions: 1 },
      { key: `person:bob${i}-jones${i}`, label: `Bob${i} Jones${i}`, kind: "person", aliases: [], mentions: 1 },
      { key: "topic:talks", label: "talks", kind: "topic", aliases: [], mentions: 1 },
      { key: "topic:deal", label: "deal", kind: "topic", aliases: [], mentions: 1 },
    ],
    claims: [
      {
        id: `${id}#c1`,
        speaker: `person:ann${i}-smith${i}`,
        stance: "states",
        targets: ["topic:talks"],
        addressee: null,
        summary: "talks resume",
        quote: null,
        evidence: [{ doc: id, start: a, end: b - 1, text: text.slice(a, b - 1) }],
      },
      {
        id: `${id}#c2`,
        speaker: `person:bob${i}-jones${i}`,
        stance: "opposes",
        targets: ["topic:deal"],
        addressee: null,
        summary: "the deal",
        quote: null,
        evidence: [{ doc: id, start: b, end: text.length, text: text.slice(b) }],
      },
    ],
  };
}

function mergeMs(n: number): number {
  const results = Array.from({ length: n }, (_, i) => article(i));
  const graph = createClaimGraph();
  const t = performance.now();
  for (const r of results) mergeDocument(graph, r);
  return performance.now() - t;
}

describe("merging many articles", () => {
  it("takes at most about 2.5 times as long for twice the articles (checked over two doublings), with a node per story for generic topics", () => {
    mergeMs(500); // warm up
    const small = Math.min(mergeMs(2000), mergeMs(2000));
    const large = mergeMs(8000);
    expect(large / small).toBeLessThan(6.25);
  }, 60_000);
});
