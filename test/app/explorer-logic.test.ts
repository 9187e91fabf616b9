// The explorer's logic without a browser: search, evidence sentences, filters, links, layout start,
// parallel edges and the CSV export.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importGraph } from "../../src/graph/format.js";
import { buildGraph, type ClaimGraph } from "../../src/graph/model.js";
import { computeHidden } from "../../src/app/filters.js";
import { selectionFromHash, selectionToHash, viewFromHash, viewToHash } from "../../src/app/hash.js";
import { seedPositions } from "../../src/app/layout.js";
import { byStance, groupClaims } from "../../src/app/panel.js";
import { edgeCurvatures, nodeSize } from "../../src/app/style.js";
import { searchNodes } from "../../src/app/search.js";
import { emptyFilters } from "../../src/app/state.js";
import { fold, sentenceAround } from "../../src/app/text.js";

const seed = (): ClaimGraph => importGraph(readFileSync(new URL("../../data/graph.json", import.meta.url), "utf8"));

function tiny(): ClaimGraph {
  const text = "Anna Weiß said the plan works. Bob rejected the plan. Anna proposed a vote.";
  const ev = (s: string) => ({ doc: "d", start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  return buildGraph([
    {
      document: { id: "d", title: "T", date: "2025-01-02", source: "d.txt", text },
      entities: [
        { key: "person:anna-weiss", label: "Anna Weiß", kind: "person", aliases: ["Weiß"], mentions: 2 },
        { key: "person:bob", label: "Bob", kind: "person", aliases: [], mentions: 1 },
        { key: "topic:plan", label: "plan", kind: "topic", aliases: [], mentions: 2 },
      ],
      claims: [
        {
          id: "d#c1",
          speaker: "person:anna-weiss",
          stance: "states",
          targets: ["topic:plan"],
          addressee: null,
          summary: "the plan works",
          quote: null,
          evidence: [ev("Anna Weiß said the plan works")],
        },
        {
          id: "d#c2",
          speaker: "person:bob",
          stance: "opposes",
          targets: ["topic:plan"],
          addressee: null,
          summary: "rejected the plan",
          quote: null,
          evidence: [ev("Bob rejected the plan")],
        },
        {
          id: "d#c3",
          speaker: "person:anna-weiss",
          stance: "proposes",
          targets: ["topic:plan", "person:bob"],
          addressee: null,
          summary: "a vote",
          quote: null,
          evidence: [ev("Anna proposed a vote")],
        },
      ],
    },
  ]);
}

describe("search: accent- and case-insensitive over labels and aliases", () => {
  it('"zelensky" finds Volodymyr Zelenskyy first', () => {
    expect(searchNodes(seed(), "zelensky")[0]!.label).toBe("Volodymyr Zelenskyy");
  });
  it("matches inside a name and ignores accents both ways", () => {
    expect(searchNodes(tiny(), "WEISS").map((h) => h.node)).toEqual(["person:anna-weiss"]);
    expect(searchNodes(tiny(), "weiß")[0]!.node).toBe("person:anna-weiss");
    expect(fold("Kyïv")).toBe("kyiv");
  });
  it("skips hidden nodes and returns nothing for an empty query", () => {
    expect(searchNodes(tiny(), "bob", 8, new Set(["person:bob"]))).toEqual([]);
    expect(searchNodes(tiny(), "  ")).toEqual([]);
  });
});

describe("evidence: the sentence around a claim span", () => {
  it("splits the sentence around the span", () => {
    const text = "First one. Zelenskyy has proposed a zone, while Putin insisted. Next.";
    const start = text.indexOf("Zelenskyy");
    const s = sentenceAround(text, start, start + "Zelenskyy has proposed a zone".length);
    expect(s).toEqual({ before: "", span: "Zelenskyy has proposed a zone", after: ", while Putin insisted." });
  });
  it("stops at line breaks (headlines and paragraphs)", () => {
    const text = "Headline without a period\nBy Staff\nHe said it would work, officials added";
    const start = text.indexOf("He said");
    expect(sentenceAround(text, start, start + 7).before).toBe("");
    expect(sentenceAround(text, start, start + 7).after).toBe(" it would work, officials added");
  });
});

describe("filters: what is hidden", () => {
  it("a hidden stance hides its edges only", () => {
    const g = tiny();
    const f = emptyFilters();
    f.hiddenStances.add("opposes");
    const h = computeHidden(g, f);
    expect([...h.edges]).toEqual(["d#c2:0"]);
    expect(h.nodes.size).toBe(0);
  });
  it("a hidden kind hides its nodes and every edge touching them", () => {
    const f = emptyFilters();
    f.hiddenKinds.add("topic");
    const h = computeHidden(tiny(), f);
    expect([...h.nodes]).toEqual(["topic:plan"]);
    expect([...h.edges].sort()).toEqual(["d#c1:0", "d#c2:0", "d#c3:0"]);
  });
  it("a hidden document hides what only it mentions", () => {
    const f = emptyFilters();
    f.hiddenDocs.add("d");
    const h = computeHidden(tiny(), f);
    expect(h.nodes.size).toBe(3);
    expect(h.edges.size).toBe(4);
  });
});

describe("panel: claims grouped back from edges", () => {
  it("one claim with two targets is one entry, grouped by stance in the contract's order", () => {
    const g = tiny();
    const claims = groupClaims(g, g.outEdges("person:anna-weiss"));
    expect(claims.map((c) => [c.claim, c.targets])).toEqual([
      ["d#c1", ["topic:plan"]],
      ["d#c3", ["topic:plan", "person:bob"]],
    ]);
    expect(byStance(claims).map(([s]) => s)).toEqual(["states", "proposes"]);
  });
  it("one claim that two outlets' copies of a wire story carry is one entry with the evidence of both", () => {
    const sentence = "Anna Weiß said on Monday that the plan for the northern ports works and must be signed.";
    const copy = (id: string, text: string) => {
      const start = text.indexOf(sentence);
      return {
        document: { id, title: id, date: "2025-01-02", source: `${id}.txt`, text },
        entities: [
          { key: "person:anna-weiss", label: "Anna Weiß", kind: "person" as const, aliases: [], mentions: 1 },
          { key: "topic:plan", label: "plan", kind: "topic" as const, aliases: [], mentions: 1 },
        ],
        claims: [
          {
            id: `${id}#c1`,
            speaker: "person:anna-weiss",
            stance: "states" as const,
            targets: ["topic:plan"],
            addressee: null,
            summary: "the plan works",
            quote: null,
            evidence: [{ doc: id, start, end: start + sentence.length, text: sentence }],
          },
        ],
      };
    };
    const g = buildGraph([copy("wire", sentence), copy("outlet", `BERLIN - ${sentence}`)]);
    const claims = groupClaims(g, g.outEdges("person:anna-weiss"));
    expect(claims).toHaveLength(1);
    expect([...claims[0]!.attrs.evidence, ...claims[0]!.copies].map((e) => e.doc)).toEqual(["wire", "outlet"]);
  });
});

describe("links: the selection in the URL hash", () => {
  it("round-trips node and edge keys with any character", () => {
    for (const sel of [
      { type: "node", key: "person:volodymyr-zelenskyy" },
      { type: "edge", key: "doc#c1:0 &=x" },
    ] as const)
      expect(selectionFromHash(selectionToHash(sel))).toEqual(sel);
    expect(selectionFromHash("")).toBeNull();
  });
  it("carries what the filters hide, and ignores unknown stances and kinds", () => {
    const filters = emptyFilters();
    filters.hiddenStances.add("demands");
    filters.hiddenKinds.add("topic");
    filters.hiddenDocs.add("doc,with:odd chars");
    const hash = viewToHash({ type: "node", key: "person:a" }, filters);
    expect(viewFromHash(hash)).toEqual({ selection: { type: "node", key: "person:a" }, filters });
    const odd = viewFromHash("#hide=stance:shouts&hide=kind:planet&hide=stance:opposes");
    expect([...odd.filters.hiddenStances]).toEqual(["opposes"]);
    expect(odd.filters.hiddenKinds.size).toBe(0);
  });
  it("carries the date range, the declutter filters and the colouring; refuses what is no date", () => {
    const filters = emptyFilters();
    Object.assign(filters, { from: "2025-05-01", to: "2025-06", hideMinor: true, minClaims: 3, colorBy: "story" });
    const hash = viewToHash(null, filters);
    expect(hash).toBe("#color=story&hide=minor&min=3&from=2025-05-01&to=2025-06");
    expect(viewFromHash(hash).filters).toEqual(filters);
    expect(viewFromHash("#from=yesterday&min=-2").filters).toEqual(emptyFilters());
  });
});

describe("layout: starting positions", () => {
  it("places every node, never all at the same point", () => {
    const g = seed();
    seedPositions(g);
    const points = new Set(g.mapNodes((_, a) => `${a.x},${a.y}`));
    expect(g.everyNode((_, a) => Number.isFinite(a.x) && Number.isFinite(a.y))).toBe(true);
    expect(points.size).toBe(g.order);
  });
  it("puts a new node next to a placed neighbour and keeps existing positions", () => {
    const g = tiny();
    g.setNodeAttribute("person:anna-weiss", "x", 100);
    g.setNodeAttribute("person:anna-weiss", "y", 100);
    g.setNodeAttribute("topic:plan", "x", -100);
    g.setNodeAttribute("topic:plan", "y", -100);
    seedPositions(g);
    expect(g.getNodeAttributes("person:anna-weiss")).toMatchObject({ x: 100, y: 100 });
    const bob = g.getNodeAttributes("person:bob");
    expect(Math.hypot(bob.x! - 100, bob.y! - 100)).toBeLessThan(Math.hypot(bob.x! - 300, bob.y! - 300));
  });
});

describe("drawing: sizes and parallel edges", () => {
  it("parallel edges between the same nodes get different curvatures", () => {
    const g = tiny();
    const c = edgeCurvatures(g);
    const parallel = g.edges("person:anna-weiss", "topic:plan").map((e) => c.get(e));
    expect(new Set(parallel).size).toBe(parallel.length);
  });
  it("in big graphs, lone edges are straight and parallel or reverse edges stay curved", () => {
    const g = tiny();
    const c = edgeCurvatures(g, true);
    expect(c.get("d#c2:0")).toBe(0); // Bob -> plan, alone
    expect(c.get("d#c3:1")).toBe(0); // Anna -> Bob, alone
    expect(g.edges("person:anna-weiss", "topic:plan").every((e) => c.get(e)! > 0)).toBe(true);
  });
  it("node size grows with mentions and degree, within bounds", () => {
    expect(nodeSize(10, 5)).toBeGreaterThan(nodeSize(1, 1));
    expect(nodeSize(10000, 10000)).toBeLessThanOrEqual(24);
  });
});
