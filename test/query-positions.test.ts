// Positions on an issue: each speaker's stance side by side, and the conflicts between speakers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ExtractionResult, Stance } from "../src/extraction/types.js";
import { importGraph } from "../src/graph/format.js";
import { buildGraph } from "../src/graph/model.js";
import { buildQueryIndex, contestedIssues, disagreementsBetween, MAX_LISTED_CONFLICTS, positionsOn } from "../src/graph/query/index.js";

const seed = buildQueryIndex(importGraph(readFileSync(join(import.meta.dirname, "fixtures", "seed-graph.json"), "utf8")));

/** A graph of one document: each claim [speaker, stance, target, summary] about topics and people. */
function graphOf(claims: [string, Stance, string, string][]) {
  let text = "";
  const keys = new Set(claims.flatMap(([s, , t]) => [s, t]));
  const result: ExtractionResult = {
    document: { id: "d", title: null, date: null, source: "d.txt", text: "" },
    entities: [...keys].map((key) => ({ key, label: key.split(":")[1]!, kind: key.startsWith("person:") ? "person" : "topic", aliases: [], mentions: 1 })),
    claims: claims.map(([speaker, stance, target, summary], i) => {
      const start = text.length;
      text += summary + ". ";
      return {
        id: `d#c${i}`,
        speaker,
        stance,
        targets: [target],
        addressee: null,
        summary,
        quote: null,
        evidence: [{ doc: "d", start, end: start + summary.length, text: summary }],
      };
    }),
  };
  result.document.text = text;
  return buildQueryIndex(buildGraph([result]));
}

describe("positions: the seed's Donbas", () => {
  it("puts Zelenskyy's proposal and Putin's demand side by side, with evidence, as a conflict", () => {
    const donbas = positionsOn(seed, "place:donbas");
    expect(donbas.speakers.map((s) => s.label)).toEqual(["Volodymyr Zelenskyy", "Vladimir Putin"]);
    expect(donbas.positions.map((p) => [p.speaker.label, p.stance, p.claims[0]!.summary])).toEqual([
      ["Volodymyr Zelenskyy", "proposes", "turn Donbas into a demilitarized free economic zone"],
      ["Vladimir Putin", "demands", "full Russian control of Donbas"],
    ]);
    expect(donbas.positions[1]!.claims[0]!.evidence[0]!.text).toMatch(/insisted on full Russian control/);
    expect(donbas.conflicts.map((c) => c.kind)).toEqual(["competing"]);
  });
  it("flags the competing demands on security guarantees, and no conflict for mere statements", () => {
    const guarantees = positionsOn(seed, "topic:security-guarantees");
    expect(guarantees.conflicts.map((c) => [c.a.speaker.label, c.b.speaker.label])).toEqual([["Ukraine", "Volodymyr Zelenskyy"]]);
    expect(positionsOn(seed, "topic:peace-talks").conflicts).toEqual([]);
  });
  it("lists every issue of two speakers or more, the disputed first", () => {
    const issues = contestedIssues(seed);
    expect(issues.map((i) => i.issue.label)).toEqual(["security guarantees", "Donbas", "Donald Trump", "peace talks", "Russia"]);
    expect(contestedIssues(seed, { conflictsOnly: true }).map((i) => i.issue.label)).toEqual(["security guarantees", "Donbas"]);
  });
});

describe("positions: conflict rules", () => {
  it("supports against opposes is an opposite-stance conflict", () => {
    const idx = graphOf([
      ["person:a", "supports", "topic:plan", "backs the plan"],
      ["person:b", "opposes", "topic:plan", "rejects the plan"],
    ]);
    const c = positionsOn(idx, "topic:plan").conflicts[0]!;
    expect(c.kind).toBe("opposite");
    expect(c.reason).toBe('opposite stances: a supports "backs the plan" while b opposes "rejects the plan"');
  });
  it("opposing what another proposes, demands or commits to is opposite too", () => {
    for (const stance of ["proposes", "demands", "commits"] as const) {
      const idx = graphOf([
        ["person:a", stance, "topic:plan", "the plan"],
        ["person:b", "opposes", "topic:plan", "no plan"],
      ]);
      expect(
        positionsOn(idx, "topic:plan").conflicts.map((c) => c.kind),
        stance,
      ).toEqual(["opposite"]);
    }
  });
  it("different proposals or demands by different speakers compete; the same proposal does not", () => {
    const idx = graphOf([
      ["person:a", "proposes", "topic:zone", "a demilitarized zone"],
      ["person:b", "demands", "topic:zone", "full control"],
      ["person:c", "proposes", "topic:zone", "a demilitarized zone"],
    ]);
    const conflicts = positionsOn(idx, "topic:zone").conflicts;
    expect(conflicts.map((c) => [c.kind, c.a.speaker.label, c.b.speaker.label])).toEqual([
      ["competing", "a", "b"],
      ["competing", "b", "c"],
    ]);
  });
  it("one speaker never conflicts with itself, and statements never conflict", () => {
    const idx = graphOf([
      ["person:a", "supports", "topic:plan", "yes"],
      ["person:a", "opposes", "topic:plan", "no"],
      ["person:b", "states", "topic:plan", "the plan exists"],
    ]);
    expect(positionsOn(idx, "topic:plan").conflicts).toEqual([]);
  });
  it("a claim naming many entities in passing counts for its first target only", () => {
    let text = "";
    const claim = (id: string, speaker: string, stance: Stance, targets: string[]) => {
      const start = text.length;
      text += `${id} text. `;
      return {
        id,
        speaker,
        stance,
        targets,
        addressee: null,
        summary: id,
        quote: null,
        evidence: [{ doc: "d", start, end: start + id.length + 5, text: `${id} text` }],
      };
    };
    const claims = [
      claim("d#1", "person:a", "demands", ["topic:deal", "topic:us", "topic:russia", "topic:france"]),
      claim("d#2", "person:b", "demands", ["topic:gas", "topic:russia", "topic:france", "topic:uk"]),
      claim("d#3", "person:c", "proposes", ["topic:deal"]),
    ];
    const keys = [...new Set(claims.flatMap((c) => [c.speaker, ...c.targets]))];
    const idx = buildQueryIndex(
      buildGraph([
        {
          document: { id: "d", title: null, date: null, source: "d", text },
          entities: keys.map((key) => ({ key, label: key.split(":")[1]!, kind: key.startsWith("person:") ? "person" : "topic", aliases: [], mentions: 1 })),
          claims,
        },
      ]),
    );
    expect(positionsOn(idx, "topic:russia").speakers).toHaveLength(2);
    expect(positionsOn(idx, "topic:russia").conflicts).toEqual([]);
    expect(positionsOn(idx, "topic:deal").conflicts.map((c) => c.kind)).toEqual(["competing"]);
  });
  it("lists at most MAX_LISTED_CONFLICTS conflicts but counts them all", () => {
    const claims: [string, Stance, string, string][] = [];
    for (let i = 0; i < 12; i++) claims.push([`person:o${i}`, "opposes", "topic:plan", `no ${i}`], [`person:s${i}`, "supports", "topic:plan", `yes ${i}`]);
    claims.push(["person:o0", "supports", "topic:plan", "yes after all"]); // not against itself
    for (let i = 0; i < 15; i++) claims.push([`person:p${i}`, "proposes", "topic:zone", i < 13 ? `zone ${i}` : "zone 0"]);
    const idx = graphOf(claims);
    const plan = positionsOn(idx, "topic:plan");
    expect(plan.conflicts).toHaveLength(MAX_LISTED_CONFLICTS);
    expect(plan.conflictCount).toBe(12 * 13 - 1);
    // 15 proposals, of which p0, p13 and p14 propose the same thing: C(15,2) - C(3,2) pairs compete.
    expect(positionsOn(idx, "topic:zone").conflictCount).toBe(105 - 3);
  });
  it("disagreements between two sides keep only their common targets and their own conflicts", () => {
    const idx = graphOf([
      ["person:a", "supports", "topic:plan", "yes"],
      ["person:b", "opposes", "topic:plan", "no"],
      ["person:c", "opposes", "topic:plan", "never"],
      ["person:a", "states", "topic:weather", "sunny"],
      ["person:c", "states", "topic:weather", "rainy"],
    ]);
    const issues = disagreementsBetween(idx, ["person:a"], ["person:b"]);
    expect(issues.map((i) => i.issue.label)).toEqual(["plan"]);
    expect(issues[0]!.speakers.map((s) => s.label)).toEqual(["a", "b"]);
    expect(issues[0]!.conflicts.map((c) => [c.a.speaker.label, c.b.speaker.label])).toEqual([["a", "b"]]);
  });
});
