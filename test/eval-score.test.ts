// The scoring rules of the shared scorer, on small inline articles.
import { describe, expect, it } from "vitest";
import { formatScore, meanScores, scoreArticle, type Gold, type GraphData } from "../src/cli/score.js";

const text = "Headline here\nAlice Smith said the deal is good. Bob Jones rejected the plan. Carol Diaz urged talks.";
const span = (s: string) => ({ doc: "d", start: text.indexOf(s), end: text.indexOf(s) + s.length });

const gold: Gold = {
  doc: "inline",
  scope: "Alice Smith said",
  scope_to_end: true,
  entities: [
    { name: "Alice Smith", type: "person", aliases: [] },
    { name: "Bob Jones", type: "person", aliases: ["Jones"] },
    { name: "Carol Diaz", type: "person" },
    { name: "the deal", type: "topic", aliases: ["deal"] },
    { name: "plan", type: "topic" },
    { name: "talks", type: "topic" },
  ],
  claims: [
    { speaker: "Alice Smith", stance: "supports", alt: ["states"], targets: ["the deal"], evidence: "Alice Smith said the deal is good." },
    { speaker: "Bob Jones", stance: "opposes", targets: ["plan"], evidence: "Bob Jones rejected the plan." },
    { speaker: "Carol Diaz", stance: "demands", targets: ["talks"], evidence: "Carol Diaz urged talks.", optional: true },
  ],
};

const node = (key: string, label: string, aliases: string[] = []) => ({ key, attributes: { label, aliases } });
const edge = (claim: string, source: string, target: string, stance: string, evidence: unknown) => ({
  key: `${claim}:${target}`,
  source,
  target,
  attributes: { claim, stance, evidence },
});

describe("scoring: attribution matching", () => {
  it("matches by overlapping evidence and speaker name; surnames count for persons", () => {
    const graph: GraphData = {
      nodes: [node("p:smith", "Smith"), node("p:jones", "Bob Jones"), node("t:deal", "deal"), node("t:plan", "the plan")],
      edges: [edge("c1", "p:smith", "t:deal", "states", [span("said the deal")]), edge("c2", "p:jones", "t:plan", "opposes", [span("rejected")])],
    };
    const { result } = scoreArticle(text, gold, graph);
    expect(result).toMatchObject({ gold: 2, system: 2, matched: 2, falsePositives: 0, precision: 1, recall: 1, f1: 1 });
    expect(result.stanceAccuracy).toBe(1); // "states" is an accepted alternative
    expect(result.targetRecall).toBe(1); // loose target match: "the plan" contains "plan"
  });

  it("counts a wrong speaker as both a miss and a false positive", () => {
    const graph: GraphData = {
      nodes: [node("p:jones", "Bob Jones"), node("t:deal", "deal")],
      edges: [edge("c1", "p:jones", "t:deal", "states", [span("Alice Smith said")])],
    };
    const { result, details } = scoreArticle(text, gold, graph);
    expect(result).toMatchObject({ matched: 0, falsePositives: 1, precision: 0, recall: 0, f1: 0 });
    expect(details).toContain("MISSED   Alice Smith supports | Alice Smith said the deal is good.");
    expect(details).toContain("EXTRA    Bob Jones states | Alice Smith said");
  });

  it("neither rewards nor punishes a match with an optional gold claim", () => {
    const graph: GraphData = {
      nodes: [node("p:diaz", "Carol Diaz"), node("t:talks", "talks")],
      edges: [edge("c3", "p:diaz", "t:talks", "demands", [span("urged talks")])],
    };
    const { result } = scoreArticle(text, gold, graph);
    expect(result).toMatchObject({ system: 1, matched: 0, optionalMatched: 1, falsePositives: 0, precision: 0, recall: 0 });
  });

  it("groups edges of one claim and scores the claim once", () => {
    const graph: GraphData = {
      nodes: [node("p:jones", "Jones"), node("t:plan", "plan"), node("t:deal", "deal")],
      edges: [
        edge("c2", "p:jones", "t:plan", "opposes", [span("Bob Jones rejected the plan.")]),
        edge("c2", "p:jones", "t:deal", "opposes", [span("Bob Jones rejected the plan.")]),
      ],
    };
    expect(scoreArticle(text, gold, graph).result).toMatchObject({ system: 1, matched: 1, precision: 1, recall: 0.5 });
  });
});

describe("scoring: scope, stance and malformed edges", () => {
  it("ignores claims outside the scope", () => {
    const graph: GraphData = {
      nodes: [node("p:smith", "Alice Smith"), node("t:x", "x")],
      edges: [edge("c0", "p:smith", "t:x", "states", [span("Headline")])],
    };
    expect(scoreArticle(text, gold, graph).result.system).toBe(0);
  });
  it("reports a stance outside the gold stance and its alternatives", () => {
    const graph: GraphData = {
      nodes: [node("p:jones", "Bob Jones"), node("t:plan", "plan")],
      edges: [edge("c2", "p:jones", "t:plan", "supports", [span("rejected the plan")])],
    };
    const { result, details } = scoreArticle(text, gold, graph);
    expect(result.stanceAccuracy).toBe(0);
    expect(details).toContain("STANCE   Bob Jones gold opposes got supports | Bob Jones rejected the plan.");
  });
  it("counts edges without valid evidence or stance as malformed", () => {
    const graph: GraphData = {
      nodes: [node("p:jones", "Bob Jones"), node("t:plan", "plan")],
      edges: [edge("c1", "p:jones", "t:plan", "opposes", [{ start: 5, end: 5 }]), edge("c2", "p:jones", "t:plan", "", [span("rejected")])],
    };
    expect(scoreArticle(text, gold, graph).result).toMatchObject({ system: 0, malformedEdges: 2 });
  });
  it("fails loudly when gold evidence is not in the text", () => {
    const broken: Gold = { ...gold, claims: [{ ...gold.claims[0]!, evidence: "not there" }] };
    expect(() => scoreArticle(text, broken, {})).toThrow(/gold evidence not in text/);
  });
});

describe("scoring: entity recall and reporting", () => {
  it("counts named gold entities (person, organization, country, place) found among the nodes", () => {
    const { result, details } = scoreArticle(text, gold, { nodes: [node("p:a", "Alice Smith"), node("p:j", "JONES")] });
    expect(result.entityRecall).toBe(0.667);
    expect(details).toEqual(expect.arrayContaining(["MISSED   Alice Smith supports | Alice Smith said the deal is good.", "NO ENTITY Carol Diaz"]));
  });
  it("prints the one-line summary of the shared scorer and means over articles", () => {
    const a = scoreArticle(text, gold, { nodes: [node("p:a", "Alice Smith")] });
    const b = scoreArticle(text, gold, { nodes: [node("p:a", "Alice Smith"), node("p:b", "Bob Jones"), node("p:c", "Carol Diaz")] });
    expect(formatScore(b.result)).toBe("inline: attribution P 0 R 0 F1 0 | stance 0 | targets 0 (precision 0) | entities 1");
    expect(meanScores([a, b]).entityRecall).toBe(0.667);
  });
});
