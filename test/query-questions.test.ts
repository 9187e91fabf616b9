// Questions in plain English, on the seed graph (hand-made from the gold annotation of one article).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importGraph } from "../src/graph/format.js";
import { ask, buildQueryIndex, type QueryAnswer } from "../src/graph/query/index.js";

const seed = buildQueryIndex(importGraph(readFileSync(join(import.meta.dirname, "fixtures", "seed-graph.json"), "utf8")));
const Q = (question: string) => ask(seed, question);
const ids = (a: QueryAnswer) => a.claims.map((c) => c.id.replace("seed-media-line#", ""));
const claimsOf = (a: QueryAnswer) => {
  expect(a.kind, `${a.input}: ${a.message}`).toBe("claims");
  return a.kind === "claims" ? a : (undefined as never);
};

describe("questions: who <stance> what", () => {
  it("'who proposed what' lists every proposal", () => {
    const a = claimsOf(Q("who proposed what"));
    expect(a.query).toEqual({ stance: "proposes" });
    expect(ids(a)).toEqual(["c12"]);
    expect(a.claims[0]!.speaker.label).toBe("Volodymyr Zelenskyy");
    expect(a.pattern).toBe("?who -proposes-> ?what");
  });
  it("'who demands what' lists every demand in graph order", () => {
    expect(ids(Q("who demands what"))).toEqual(["c2", "c6", "c7", "c13"]);
  });
  it("reads any verb form or noun of the lexicon as its stance", () => {
    for (const q of ["who has proposed what?", "Who suggests what", "who made proposals", "proposals", "Show me who proposed what"])
      expect(claimsOf(Q(q)).query.stance, q).toBe("proposes");
    for (const q of ["who insisted on what", "who urged what", "who calls for what", "who is pressing for what", "demands"])
      expect(claimsOf(Q(q)).query.stance, q).toBe("demands");
  });
  it("'who said what' asks for every stance", () => {
    const a = claimsOf(Q("who said what"));
    expect(a.query.stance).toBeUndefined();
    expect(a.claims).toHaveLength(15);
  });
});

describe("questions: who opposes / supports X", () => {
  it("'who supports X' finds the supporters of a target named by an alias", () => {
    const a = claimsOf(Q("who supports the negotiations"));
    expect(a.query).toMatchObject({ stance: "supports", target: ["topic:peace-talks"] });
    expect(a.claims.map((c) => c.speaker.label)).toEqual(["Dmitry Peskov"]);
  });
  it("'who opposes X' with no opponent explains what the target has instead", () => {
    const a = claimsOf(Q("who opposes Donbas"));
    expect(a.claims).toEqual([]);
    expect(a.message).toMatch(/No claim matches stance opposes, target Donbas/);
    expect(a.message).toMatch(/Donbas is the target of 2 claims \(proposes 1, demands 1\)/);
  });
  it("'who is against X' is opposes", () => {
    expect(claimsOf(Q("who is against the peace talks")).query.stance).toBe("opposes");
  });
  it("'who urged X' takes X as the addressee", () => {
    expect(ids(Q("who urged Trump"))).toEqual(["c6", "c7"]);
  });
});

describe("questions: what did X <stance>", () => {
  it("'what did Zelenskyy propose' is Zelenskyy's proposals", () => {
    const a = claimsOf(Q("What did Zelenskyy propose?"));
    expect(a.query).toEqual({ stance: "proposes", speaker: ["person:volodymyr-zelenskyy"] });
    expect(ids(a)).toEqual(["c12"]);
  });
  it("reads names case- and accent-insensitively, by alias or surname", () => {
    for (const q of [
      "what did ZELENSKYY propose",
      "what did Zelénskyy propose",
      "what did Zelensky propose",
      "what did Volodymyr Zelenskyy propose",
      "what did the Ukrainian President propose",
    ])
      expect(ids(Q(q)), q).toEqual(["c12"]);
  });
  it("'what does X want' and 'what are X's demands' are X's demands", () => {
    expect(ids(Q("what does Putin want"))).toEqual(["c13"]);
    expect(ids(Q("what are Putin's demands?"))).toEqual(["c13"]);
    expect(ids(Q("which demands did Putin make"))).toEqual(["c13"]);
    expect(ids(Q("demands by Putin"))).toEqual(["c13"]);
    expect(ids(Q("Putin's demands"))).toEqual(["c13"]);
  });
  it("'what did X say' is every claim of X, whatever the stance", () => {
    const a = claimsOf(Q("what did Peskov say"));
    expect(a.query).toEqual({ speaker: ["person:dmitry-peskov"] });
    expect(ids(a)).toEqual(["c14", "c15"]);
  });
  it("'what was proposed for X' has no speaker", () => {
    expect(claimsOf(Q("what was proposed for Donbas")).query).toEqual({ stance: "proposes", target: ["place:donbas"] });
  });
  it("'what did X and Y say' takes both speakers", () => {
    expect(ids(Q("what did Putin and Peskov say"))).toEqual(["c13", "c14", "c15"]);
  });
});

describe("questions: what did X say about Y / to Y", () => {
  it("'about Y' is a target", () => {
    const a = claimsOf(Q("what did Zelenskyy say about security guarantees"));
    expect(a.query).toEqual({ speaker: ["person:volodymyr-zelenskyy"], target: ["topic:security-guarantees"] });
    expect(ids(a)).toEqual(["c1", "c5", "c6", "c7", "c9"]);
  });
  it("'to Y' is the addressee", () => {
    const a = claimsOf(Q("what did Zelenskyy say to Trump?"));
    expect(a.query).toEqual({ speaker: ["person:volodymyr-zelenskyy"], addressee: ["person:donald-trump"] });
    expect(ids(a)).toEqual(["c6", "c7"]);
  });
  it("'what did X tell Y' is the addressee too", () => {
    expect(ids(Q("what did Zelenskyy tell Trump"))).toEqual(["c6", "c7"]);
  });
  it("a stance and a target together: 'what did X demand about Y'", () => {
    expect(ids(Q("what did Zelenskyy demand about the security guarantees"))).toEqual(["c6", "c7"]);
  });
  it("'who said what about X' and 'who said what to Y'", () => {
    expect(ids(Q("who said what about Donbas"))).toEqual(["c12", "c13"]);
    expect(ids(Q("who said what to Trump"))).toEqual(["c6", "c7"]);
  });
});

describe("questions: where do X and Y disagree", () => {
  it("finds Donbas between Zelenskyy and Putin, and names the common target without conflict", () => {
    const a = Q("where do Zelenskyy and Putin disagree?");
    expect(a.kind).toBe("positions");
    if (a.kind !== "positions") return;
    expect(a.issues.map((i) => i.issue.label)).toEqual(["Donbas"]);
    expect(a.issues[0]!.conflicts).toHaveLength(1);
    expect(a.issues[0]!.conflicts[0]!.kind).toBe("competing");
    expect(a.message).toMatch(/disagree on Donbas\. Both also take positions on Russia/);
    expect(ids(a)).toEqual(["c12", "c13"]);
  });
  it("accepts other wordings", () => {
    for (const q of [
      "where does Zelenskyy disagree with Putin",
      "Zelenskyy vs Putin",
      "disagreements between Putin and Zelenskyy",
      "do Zelenskyy and Putin disagree",
    ]) {
      const a = Q(q);
      expect(a.kind, q).toBe("positions");
      if (a.kind === "positions")
        expect(
          a.issues.map((i) => i.issue.label),
          q,
        ).toEqual(["Donbas"]);
    }
  });
  it("says so when the two sides share no target", () => {
    const a = Q("where do Peskov and Trump disagree");
    expect(a.kind).toBe("positions");
    expect(a.claims).toEqual([]);
    expect(a.message).toMatch(/take no position on a common target/);
  });
});

describe("questions: positions on X", () => {
  it("'positions on Donbas' sets Zelenskyy's proposal against Putin's demand", () => {
    const a = Q("positions on Donbas");
    expect(a.kind).toBe("positions");
    if (a.kind !== "positions") return;
    const donbas = a.issues[0]!;
    expect(donbas.positions.map((p) => [p.speaker.label, p.stance])).toEqual([
      ["Volodymyr Zelenskyy", "proposes"],
      ["Vladimir Putin", "demands"],
    ]);
    expect(donbas.conflicts[0]!.reason).toMatch(/demilitarized free economic zone.*full Russian control/);
  });
  it("a bare name asks for the positions on it", () => {
    const a = Q("security guarantees");
    expect(a.kind === "positions" && a.issues[0]!.issue.key).toBe("topic:security-guarantees");
  });
  it("'conflicts' lists the contested issues, 'positions' every issue of two speakers or more", () => {
    const conflicts = Q("conflicts");
    const positions = Q("positions");
    expect(conflicts.kind === "positions" && conflicts.issues.map((i) => i.issue.label)).toEqual(["security guarantees", "Donbas"]);
    expect(positions.kind === "positions" && positions.issues.length).toBe(5);
  });
  it("explains an issue nobody takes a position on", () => {
    expect(Q("positions on Florida").message).toBe("Nobody takes a position on Florida.");
  });
});

describe("questions: looser wordings", () => {
  it("yes-no questions read like what-questions", () => {
    expect(ids(Q("did Putin demand anything"))).toEqual(["c13"]);
    expect(ids(Q("has Zelenskyy proposed something?"))).toEqual(["c12"]);
  });
  it("'to whom' and 'about what' add no condition", () => {
    expect(claimsOf(Q("who proposed what to whom")).query).toEqual({ stance: "proposes" });
  });
  it("trailing words such as 'so far' and polite openings are ignored", () => {
    expect(ids(Q("what has Zelenskyy proposed so far"))).toEqual(["c12"]);
    expect(ids(Q("please show me who proposed what"))).toEqual(["c12"]);
  });
  it("'tell me about X' is the positions on X", () => {
    const a = Q("tell me about Donbas");
    expect(a.kind === "positions" && a.issues[0]!.issue.label).toBe("Donbas");
  });
  it("a bare speaker nobody talks about shows what it said", () => {
    const a = claimsOf(Q("Zelenskyy"));
    expect(a.claims).toHaveLength(10);
    expect(a.message).toBe("Nobody takes a position on Volodymyr Zelenskyy; these are the claims Volodymyr Zelenskyy makes.");
    expect(Q("Putin").message).toMatch(/Vladimir Putin is also the speaker of 1 claim: ask "what did Vladimir Putin say"/);
  });
});

describe("questions: dates and documents", () => {
  it("keeps claims of documents in a date range", () => {
    expect(ids(Q("what did Peskov say since 2025-12-01"))).toEqual(["c14", "c15"]);
    const a = claimsOf(Q("what did Putin say in 2024"));
    expect(a.claims).toEqual([]);
    expect(a.message).toMatch(/without the date range condition: 1 claim/);
  });
  it("reads a document by id", () => {
    expect(claimsOf(Q("who proposed what in document seed-media-line")).query.document).toBe("seed-media-line");
    expect(Q("who proposed what in document nowhere").kind).toBe("error");
  });
});

describe("questions it cannot understand", () => {
  it("suggests the closest name for an unknown one", () => {
    const a = Q("what did Zelenkyy propose?");
    expect(a.kind).toBe("error");
    expect(a.message).toBe('I do not know "Zelenkyy": did you mean Volodymyr Zelenskyy?');
    expect(a.understood).toBe('what "Zelenkyy" proposes');
    expect(a.kind === "error" && a.unknown[0]!.suggestions).toEqual(["Volodymyr Zelenskyy"]);
  });
  it("names the unknown part of a list only", () => {
    expect(Q("who opposes Putn and Zelensky").message).toBe('I do not know "Putn": did you mean Vladimir Putin?');
  });
  it("says what it recognized and gives examples with names of the graph", () => {
    const a = Q("is Zelenskyy happy about the weather");
    expect(a.kind).toBe("error");
    expect(a.understood).toMatch(/names: Volodymyr Zelenskyy/);
    expect(a.message).toMatch(/who proposed what/);
    expect(a.message).toMatch(/\?who -proposes-> \?what/);
  });
  it("never answers an empty question silently", () => {
    expect(Q("").message).toMatch(/Ask a question/);
    expect(Q("   ?  ").kind).toBe("error");
  });
  it("refuses a pasted paragraph at once, saying how long a question may be", () => {
    const started = performance.now();
    const a = Q(`what did ${"Zelenskyy said the plan was a trap. ".repeat(100)} say`);
    expect(performance.now() - started).toBeLessThan(50);
    expect(a.kind).toBe("error");
    expect(a.message).toMatch(/characters long; ask in at most 500/);
  });
});

describe("questions: one vocabulary with extraction", () => {
  it("asks with any verb the extractor files claims under, not only the words of the query's own list", () => {
    // "thanked" (supports) and "slammed" (opposes) are cue verbs of src/extraction/lexicon/cues.ts.
    expect(claimsOf(Q("who thanked whom")).query.stance).toBe("supports");
    expect(claimsOf(Q("who slammed Putin")).query.stance).toBe("opposes");
    // Light verbs stay out: "made" is a cue only with its object ("made an offer").
    expect(Q("who made what").kind).toBe("error");
  });
});
