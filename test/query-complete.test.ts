// Completions for the query bar: names, stance words and examples, computed without a DOM.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importGraph } from "../src/graph/format.js";
import { buildQueryIndex, complete } from "../src/graph/query/index.js";

const seed = buildQueryIndex(importGraph(readFileSync(join(import.meta.dirname, "fixtures", "seed-graph.json"), "utf8")));
const labels = (text: string) => complete(seed, text).map((c) => c.label);

describe("completions: entity names", () => {
  it("completes a surname or alias to the entity, replacing only the typed name", () => {
    const first = complete(seed, "what did zel")[0]!;
    expect(first).toMatchObject({ kind: "entity", text: "Volodymyr Zelenskyy", from: 9, to: 12 });
    expect(first.label).toBe("Volodymyr Zelenskyy (Zelenskyy)");
    expect(first.detail).toBe("person · 10 claims");
  });
  it("prefers the longest run of typed words that starts a name", () => {
    expect(complete(seed, "what did Volodymyr Ze")[0]).toMatchObject({ text: "Volodymyr Zelenskyy", from: 9 });
  });
  it("ranks the most discussed entities first", () => {
    expect(labels("positions on don")).toEqual(["Donald Trump", "Donbas"]);
  });
  it("offers nothing after a finished word", () => {
    expect(complete(seed, "who proposed ")).toEqual([]);
  });
});

describe("completions: stances and examples", () => {
  it("offers stance verbs first right after 'who'", () => {
    expect(labels("who pro").slice(0, 2)).toEqual(["proposed", "propose"]);
  });
  it("completes the stance inside a pattern's arrow", () => {
    expect(complete(seed, "?who -pro")).toEqual([{ label: "proposes", detail: "stance", kind: "stance", text: "proposes->", from: 6, to: 9 }]);
  });
  it("suggests example questions with names of the graph when the bar is empty", () => {
    const examples = labels("");
    expect(examples).toContain("who proposed what");
    expect(examples).toContain("what did Volodymyr Zelenskyy propose");
    expect(examples).toContain("?who -proposes-> ?what");
  });
});
