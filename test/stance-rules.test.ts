// Specification of how a claim's stance is decided (src/extraction/attribution/stance.ts) and of
// the attribution patterns a claim records (attribution/patterns.ts): one ordered table of rules,
// every claim naming its pattern and the rules that set its stance.
import { beforeAll, describe, expect, it } from "vitest";
import { ATTRIBUTION_PATTERNS } from "../src/extraction/attribution/patterns.js";
import { decideStance, STANCE_RULES } from "../src/extraction/attribution/stance.js";
import { loadExtractor, type Extractor } from "../src/extraction/index.js";
import type { Claim } from "../src/extraction/types.js";
import { SPEC_FAMILIES } from "./fixtures/news-sentences.js";

let extractor: Extractor;
beforeAll(async () => {
  extractor = await loadExtractor();
});

function claimsOf(text: string): Claim[] {
  return extractor.extract({ id: "t", title: null, date: null, source: "t.txt", text: `Headline\n${text}\n` }).claims;
}
const rulesOf = (c: Claim) => c.why!.stance.map((r) => r.rule);

describe("stance rules: one table, walked in order", () => {
  it("has one row per rule id, each with an example sentence", () => {
    const ids = STANCE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of STANCE_RULES) expect(r.example.length, r.id).toBeGreaterThan(10);
    expect(ids[0]).toBe("cue");
  });
  it("starts from the cue word's stance and records every rule that changed it", () => {
    expect(decideStance({ cue: "states" })).toEqual({ stance: "states", rules: [{ rule: "cue", stance: "states" }] });
    expect(decideStance({ cue: "supports", negated: true }).rules.map((r) => r.rule)).toEqual(["cue", "negation"]);
    expect(decideStance({ cue: "supports", negated: true }).stance).toBe("opposes");
  });
  it("lets a particle, then an object, set the stance of the cue word: 'called for', 'made an offer'", () => {
    expect(decideStance({ cue: "states", particle: "demands" }).stance).toBe("demands");
    expect(decideStance({ cue: "states", particle: "demands", object: "proposes" }).stance).toBe("proposes");
  });
  it("flips support and opposition on negation, keeps other stances, and makes a refusal oppose", () => {
    expect(decideStance({ cue: "opposes", negated: true }).stance).toBe("supports");
    expect(decideStance({ cue: "proposes", negated: true }).stance).toBe("proposes");
    expect(decideStance({ cue: "proposes", refused: true }).stance).toBe("opposes");
  });
  it("lets only the first content rule count: 'insisted the offer was fair' states even with 'must' nowhere", () => {
    const content = (text: string, lemma = "say") => ({ text, lemma, reporting: true, subjunctive: false });
    expect(decideStance({ cue: "demands", content: content("the offer was fair", "insist") }).stance).toBe("states");
    expect(decideStance({ cue: "states", content: content("enrichment is a red line") }).stance).toBe("opposes");
    expect(decideStance({ cue: "states", content: content("Moscow must withdraw its troops") }).stance).toBe("demands");
    expect(decideStance({ cue: "states", content: content("We will match every dollar") }).stance).toBe("commits");
    // ("getting passengers where they need to go": a need inside a relative clause asks nothing of anyone.)
    expect(decideStance({ cue: "states", content: content("we are dedicated to getting passengers where they need to go safely") }).stance).toBe("states");
    // ("We want to send Vanessa a message": the speaker's own act, a warning, no demand.)
    expect(decideStance({ cue: "states", content: content("We want to send the board a message") }).stance).toBe("states");
  });
  it("makes agreeing to act a commitment, and agreeing to a thing support", () => {
    expect(
      decideStance({ cue: "supports", content: { text: "agreed to stop the looting", lemma: "agree", reporting: false, subjunctive: false, action: true } }),
    ).toEqual({
      stance: "commits",
      rules: [
        { rule: "cue", stance: "supports" },
        { rule: "agreed-action", stance: "commits" },
      ],
    });
    expect(
      decideStance({ cue: "supports", content: { text: "agreed to a ceasefire", lemma: "agree", reporting: false, subjunctive: false, action: false } }).stance,
    ).toBe("supports");
  });
  it("reads content only for reported speech: 'X proposed that ...' keeps its cue", () => {
    expect(decideStance({ cue: "proposes", content: { text: "Moscow must withdraw", lemma: "propose", reporting: false, subjunctive: false } }).stance).toBe(
      "proposes",
    );
  });
  it("gives a quotation with no cue of its own only the red-line rule", () => {
    const quote = (text: string) => decideStance({ cue: "states", content: { text, lemma: "", reporting: true, subjunctive: false, quoteOnly: true } }).stance;
    expect(quote("This is a red line for us")).toBe("opposes");
    expect(quote("They must leave now")).toBe("states");
  });
});

describe("stance rules on real sentences: each claim says which rules set its stance", () => {
  it.each([
    ["Moscow did not accept the plan, Kremlin spokesman Dmitry Peskov said.", "Russia", "opposes", ["cue", "negation"]],
    ["Hungary declined to endorse the statement.", "Hungary", "opposes", ["cue", "refusal"]],
    ["The union called for a ceasefire.", "union", "demands", ["cue", "particle"]],
    ["Canada and Mexico reiterated their opposition to the sunset clause.", "Canada", "opposes", ["cue", "object"]],
    ["Biden told federal agencies to prepare for a default.", "Biden", "demands", ["cue", "told-to"]],
    ["Iranian President Hasan Rouhani said enrichment was a red line.", "Rouhani", "opposes", ["cue", "red-line"]],
    ["Ukrainian President Volodymyr Zelenskyy said Russia must withdraw its troops.", "Zelenskyy", "demands", ["cue", "demand-content"]],
  ])("%s", (text, speakerWord, stance, rules) => {
    const claims = claimsOf(text);
    const claim = claims.find((c) => c.speaker.includes(speakerWord.toLowerCase()));
    expect(claim, JSON.stringify(claims.map((c) => c.speaker))).toBeDefined();
    expect(claim!.stance).toBe(stance);
    expect(rulesOf(claim!)).toEqual(rules);
  });
});

describe("attribution patterns: a table of constructions, each claim naming its row", () => {
  it("has one row per construction drafts.ts makes, each tested by a spec family", () => {
    const families = new Set(SPEC_FAMILIES.map((f) => f.family));
    for (const p of ATTRIBUTION_PATTERNS) expect(families.has(p.family), `${p.id}: ${p.family}`).toBe(true);
    expect(ATTRIBUTION_PATTERNS.map((p) => p.id).sort()).toEqual([
      "according",
      "continuation",
      "inverted",
      "left",
      "parenthetical",
      "passive",
      "possessive",
      "quote",
      "signed",
      "trailing",
    ]);
  });
  it.each([
    ["Zelenskyy said security guarantees were vital.", "left"],
    ["Security guarantees are vital, Zelenskyy said.", "trailing"],
    ["“We are not there yet,” said Kremlin spokesman Dmitry Peskov.", "inverted"],
    ["The deal is close, according to US officials.", "according"],
    ["The plan was put forward by Norway.", "passive"],
    ["Theresa May's proposal to extend the transition was rejected.", "possessive"],
  ])("%s -> %s", (text, pattern) => {
    expect(claimsOf(text).map((c) => c.why!.pattern)).toContain(pattern);
  });
});
