// Stories: the documents of one graph grouped by the named actors they share and by their dates.
// Four dated story clusters of real articles merged into one graph come apart into their stories,
// even though Joe Biden and the United States speak in three of them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadExtractor } from "../src/extraction/index.js";
import { readInput } from "../src/extraction/input/index.js";
import { createClaimGraph, mergeExtraction, type ClaimGraph } from "../src/graph/model.js";
import { findStories } from "../src/graph/stories.js";

const clusters = join(import.meta.dirname, "fixtures", "clusters");
const names = readdirSync(clusters, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe("stories of a graph", () => {
  let graph: ClaimGraph;
  const clusterOf = new Map<string, string>();
  beforeAll(async () => {
    const extractor = await loadExtractor();
    graph = createClaimGraph();
    for (const name of names)
      for (const doc of readInput(`${name}.jsonl`, readFileSync(join(clusters, name, "corpus.jsonl"), "utf8")).documents) {
        mergeExtraction(graph, extractor.extract(doc));
        clusterOf.set(doc.id, name);
      }
  });

  it("never mixes two stories, and finds the four clusters as the four biggest stories", () => {
    const { stories } = findStories(graph);
    for (const s of stories) expect(new Set(s.documents.map((d) => clusterOf.get(d))).size).toBe(1);
    expect(new Set(stories.slice(0, 4).map((s) => clusterOf.get(s.documents[0]!))).size).toBe(4);
    // At most one article left on its own: NAFTA's of November 2017, eight months before the rest.
    expect(stories.length).toBeLessThanOrEqual(names.length + 1);
    expect(stories.slice(0, 4).reduce((n, s) => n + s.documents.length, 0)).toBeGreaterThanOrEqual(27);
  });

  it("names each story by its own actors, not by those all stories share", () => {
    const { stories } = findStories(graph);
    const all = stories.flatMap((s) => s.names);
    expect(all).not.toContain("United States");
    expect(all).toEqual(expect.arrayContaining(["United Auto Workers", "Canada", "Hamas"]));
  });

  it("gives each entity the story of most of its documents", () => {
    const s = findStories(graph);
    const fain = graph.findNode((_, a) => a.label === "Shawn Fain")!;
    const uaw = s.stories.find((st) => st.names.includes("United Auto Workers"))!;
    expect(s.byNode.get(fain)).toBe(uaw.index);
  });
});
