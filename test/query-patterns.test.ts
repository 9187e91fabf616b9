// The pattern syntax: `subject -stances-> object [to:NAME in:DOC from:DATE until:DATE]`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importGraph } from "../src/graph/format.js";
import { ask, buildQueryIndex, isPattern, type QueryAnswer } from "../src/graph/query/index.js";

const seed = buildQueryIndex(importGraph(readFileSync(join(import.meta.dirname, "fixtures", "seed-graph.json"), "utf8")));
const P = (pattern: string) => ask(seed, pattern);
const ids = (a: QueryAnswer) => a.claims.map((c) => c.id.replace("seed-media-line#", ""));
const query = (a: QueryAnswer) => {
  expect(a.kind, `${a.input}: ${a.message}`).toBe("claims");
  return a.kind === "claims" ? a.query : {};
};

describe("patterns: recognizing one", () => {
  it("an arrow makes a pattern, a hyphen inside a name does not", () => {
    expect(isPattern("?who -proposes-> ?what")).toBe(true);
    expect(isPattern("Donbas <-demands- ?who")).toBe(true);
    expect(isPattern("?x --> ?y")).toBe(true);
    expect(isPattern("who opposes the 20-point proposal")).toBe(false);
  });
});

describe("patterns: slots and stances", () => {
  it("`?who -proposes-> ?what` is every proposal", () => {
    expect(query(P("?who -proposes-> ?what"))).toEqual({ stance: ["proposes"] });
    expect(ids(P("?who -proposes-> ?what"))).toEqual(["c12"]);
  });
  it("`Zelenskyy -demands|proposes-> ?x` takes several stances", () => {
    const a = P("Zelenskyy -demands|proposes-> ?x");
    expect(query(a)).toEqual({ speaker: ["person:volodymyr-zelenskyy"], stance: ["demands", "proposes"] });
    expect(ids(a)).toEqual(["c6", "c7", "c12"]);
  });
  it("`?x -opposes-> Donbas` with no match explains why", () => {
    const a = P("?x -opposes-> Donbas");
    expect(query(a)).toEqual({ stance: ["opposes"], target: ["place:donbas"] });
    expect(a.message).toMatch(/Donbas is the target of 2 claims/);
  });
  it("a backward arrow reads from the target: `Donbas <-demands- ?who`", () => {
    expect(ids(P("Donbas <-demands- ?who"))).toEqual(["c13"]);
  });
  it("`*`, `-->` and `-*->` mean any stance; verbs of the lexicon are stances", () => {
    expect(query(P("Peskov --> ?x"))).toEqual({ speaker: ["person:dmitry-peskov"] });
    expect(query(P("Peskov -*-> *"))).toEqual({ speaker: ["person:dmitry-peskov"] });
    expect(query(P("?who -urged|proposed-> ?what")).stance).toEqual(["demands", "proposes"]);
    expect(query(P("?who -calls for-> ?what")).stance).toEqual(["demands"]);
  });
  it("names in slots may be aliases, several with `|`, quoted, or node keys", () => {
    expect(query(P('Putin|Peskov --> "security guarantees"'))).toEqual({
      speaker: ["person:vladimir-putin", "person:dmitry-peskov"],
      target: ["topic:security-guarantees"],
    });
    expect(ids(P("person:vladimir-putin --> ?x"))).toEqual(["c13"]);
    expect(ids(P("?who -proposes-> demilitarized free economic zone"))).toEqual(["c12"]);
  });
});

describe("patterns: modifiers", () => {
  it("to: is the addressee", () => {
    expect(ids(P("?who --> ?what to:Trump"))).toEqual(["c6", "c7"]);
    expect(ids(P('Zelenskyy -demands-> ?x to:"Donald Trump"'))).toEqual(["c6", "c7"]);
  });
  it("in:, from: and until: restrict documents and dates", () => {
    expect(query(P("?who -demands-> ?x in:seed-media-line from:2025-12 until:2025-12-31"))).toEqual({
      stance: ["demands"],
      document: "seed-media-line",
      from: "2025-12",
      to: "2025-12-31",
    });
    expect(ids(P("?who -demands-> ?x from:2026"))).toEqual([]);
    expect(ids(P("?who -demands-> ?x before:2025-12-30"))).toEqual(["c2", "c6", "c7", "c13"]);
  });
});

describe("patterns: bare arrows", () => {
  it("`->` and `<-` between spaces mean any stance", () => {
    expect(query(P("Peskov -> ?x"))).toEqual({ speaker: ["person:dmitry-peskov"] });
    expect(query(P("Donbas <- ?who"))).toEqual({ target: ["place:donbas"] });
  });
});

describe("patterns: errors", () => {
  it("a pattern has one arrow", () => {
    expect(P("Zelenskyy -proposes-> ?x <-demands- Putin").message).toMatch(/A pattern has one arrow/);
  });
  it("an unknown name gets a did-you-mean", () => {
    const a = P("Zelenkyy -proposes-> ?x");
    expect(a.kind).toBe("error");
    expect(a.message).toBe('unknown name "Zelenkyy" (did you mean Volodymyr Zelenskyy?)');
  });
  it("an unknown stance gets a did-you-mean", () => {
    expect(P("?x -propose-> ?y").kind).toBe("claims");
    expect(P("?x -proposez-> ?y").message).toMatch(/unknown stance "proposez" \(did you mean (proposes|propose|proposed)\?\)/);
    expect(P("?x -frobnicates-> ?y").message).toMatch(/stances: states, proposes/);
  });
  it("an unknown document or a bad date is named", () => {
    expect(P("?x --> ?y in:nowhere").message).toMatch(/no document "nowhere"/);
    expect(P("?x --> ?y from:yesterday").message).toMatch(/expects a date/);
  });
});
