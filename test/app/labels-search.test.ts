// What the graph labels and how search ranks, without a browser: the story's important actors
// labelled first, no two labels overlapping, generic words unlabelled; whole words before letters
// inside a word, near spellings suggested; one arrow per claim.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importGraph } from "../../src/graph/format.js";
import type { ClaimGraph } from "../../src/graph/model.js";
import { isMinorTopic, labelPriorities, labelText, placeLabels, type LabelCandidate } from "../../src/app/labels.js";
import { searchNodes } from "../../src/app/search.js";
import { secondaryClaimEdges } from "../../src/app/style.js";

const seed = (): ClaimGraph => importGraph(readFileSync(new URL("../../data/graph.json", import.meta.url), "utf8"));
const measure = (t: string) => t.length * 7;

describe("label priority", () => {
  it("puts the speakers with most claims first and leaves generic topics unlabelled", () => {
    const g = seed();
    const p = labelPriorities(g);
    const ranked = [...p].sort((a, b) => b[1] - a[1]).map(([k]) => g.getNodeAttribute(k, "label"));
    expect(ranked[0]).toBe("Volodymyr Zelenskyy");
    // Putin, a speaker, before words of a single claim ("control", "missile").
    expect(p.get("person:vladimir-putin")!).toBeGreaterThan(Math.max(p.get("topic:control") ?? -1, 0));
    expect(isMinorTopic(g, "topic:talks")).toBe(true);
    expect(p.get("topic:talks")).toBeLessThan(0);
    expect(isMinorTopic(g, "topic:security-guarantees")).toBe(false);
  });
});

describe("label placement", () => {
  const at = (node: string, x: number, y: number, priority: number, label = node): LabelCandidate => ({ node, x, y, size: 5, label, priority });
  it("places by priority and leaves out a label that would overlap one placed", () => {
    const placed = placeLabels(
      [at("minor", 100, 100, 1, "economic zone"), at("Putin", 102, 101, 10, "Vladimir Putin"), at("far", 100, 300, 0)],
      { width: 800, height: 600 },
      measure,
    );
    expect(placed.map((l) => l.node)).toEqual(["Putin", "far"]);
  });
  it("gives one of the busiest speakers a label a few lines away, joined by a line, where its node's four sides are taken", () => {
    const LEAD = 10_000;
    const placed = placeLabels(
      [at("a", 100, 100, LEAD + 3, "Benjamin Netanyahu"), at("b", 104, 100, LEAD + 2, "United States"), at("c", 102, 100, LEAD + 1, "Shawn Fain")],
      { width: 800, height: 600 },
      measure,
    );
    expect(placed.map((l) => l.node).sort()).toEqual(["a", "b", "c"]);
    expect(placed.find((l) => l.node === "c")!.leader).toBe(true);
    // An ordinary label gets no such place.
    expect(
      placeLabels(
        [at("a", 100, 100, 3, "Benjamin Netanyahu"), at("b", 104, 100, 2, "United States"), at("c", 102, 100, 1, "Shawn Fain")],
        { width: 800, height: 600 },
        measure,
      ).length,
    ).toBeLessThan(3);
  });
  it("no two placed labels overlap, whatever the crowd", () => {
    const crowd = Array.from({ length: 300 }, (_, i) => at(`n${i}`, (i * 37) % 500, (i * 53) % 400, i % 17, `Entity number ${i}`));
    const placed = placeLabels(crowd, { width: 500, height: 400 }, measure);
    for (const a of placed)
      for (const b of placed)
        if (a !== b)
          expect(
            a.box.x < b.box.x + b.box.width && b.box.x < a.box.x + a.box.width && a.box.y < b.box.y + b.box.height && b.box.y < a.box.y + a.box.height,
          ).toBe(false);
  });
  it("a label that would run past the right edge goes left of its node, never cut off", () => {
    const l = placeLabels([at("nato", 790, 100, 5, "North Atlantic Treaty Organization")], { width: 800, height: 600 }, measure)[0]!;
    expect(l.left).toBe(true);
    expect(l.box.x + l.box.width).toBeLessThanOrEqual(800);
    expect(labelText("North Atlantic Treaty Organization and partners").length).toBeLessThanOrEqual(32);
  });
});

describe("search", () => {
  it("ranks whole words and word starts, not letters inside a word: 'US' is the United States, not Russia", () => {
    const hits = searchNodes(seed(), "US").map((h) => h.label);
    expect(hits[0]).toBe("United States");
    expect(hits).not.toContain("Russia");
  });
  it("suggests near spellings when nothing matches: 'Zelenskiy' -> Volodymyr Zelenskyy", () => {
    const [hit] = searchNodes(seed(), "Zelenskiy");
    expect(hit).toMatchObject({ label: "Volodymyr Zelenskyy", fuzzy: true });
  });
  it("still finds a name from letters inside a word when the query is long enough", () => {
    expect(searchNodes(seed(), "lensk")[0]!.label).toBe("Volodymyr Zelenskyy");
  });
});

describe("one arrow per claim", () => {
  it("a claim about several entities keeps one edge drawn by default", () => {
    const g = seed();
    const secondary = secondaryClaimEdges(g);
    const claims = new Set<string>();
    g.forEachEdge((_, a) => claims.add(a.claim));
    expect(g.size - secondary.size).toBe(claims.size);
  });
});

describe("a fresh graph of several stories starts with each story in its own region", () => {
  it("seeds the nodes of two stories around two distant centres", async () => {
    const { createClaimGraph } = await import("../../src/graph/model.js");
    const { seedPositions } = await import("../../src/app/layout.js");
    const g = createClaimGraph();
    const docs = ["a1", "a2", "b1", "b2"].map((id) => ({ id, title: id, date: "2025-01-01", source: id, text: "" }));
    g.setAttribute("documents", docs);
    const add = (key: string, label: string, docIds: string[]) => g.addNode(key, { label, kind: "person", aliases: [], mentions: 1, docs: docIds });
    add("p1", "Anna Albescu", ["a1", "a2"]);
    add("p2", "Boris Brandt", ["a1", "a2"]);
    add("p3", "Carla Castillo", ["b1", "b2"]);
    add("p4", "David Dimitrov", ["b1", "b2"]);
    for (let i = 0; i < 10; i++) {
      add(`a${i}`, `Topic A ${i}`, ["a1"]);
      add(`b${i}`, `Topic B ${i}`, ["b1"]);
    }
    seedPositions(g);
    const centre = (keys: string[]) =>
      keys.map((k) => g.getNodeAttributes(k)).reduce((c, a) => ({ x: c.x + a.x! / keys.length, y: c.y + a.y! / keys.length }), { x: 0, y: 0 });
    const a = centre(["p1", "p2", ...Array.from({ length: 10 }, (_, i) => `a${i}`)]);
    const b = centre(["p3", "p4", ...Array.from({ length: 10 }, (_, i) => `b${i}`)]);
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(20);
  });
});
