// Specification of the extraction pipeline on short articles (src/extraction/pipeline.ts):
// coreference, metonyms, boilerplate, quotations, topics, and the invariants every result keeps
// (exact evidence offsets, a target and a summary per claim, unique claim ids).
// Sentence-level attribution patterns and stances are specified in attribution-spec.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { loadExtractor, type Extractor } from "../src/extraction/index.js";
import type { Claim, Entity, ExtractionResult } from "../src/extraction/types.js";
import { ENTITY_KINDS, STANCES } from "../src/extraction/types.js";

let extractor: Extractor;
beforeAll(async () => {
  extractor = await loadExtractor();
});

function extract(text: string, id = "doc"): ExtractionResult {
  return extractor.extract({ id, title: null, date: null, source: `${id}.txt`, text });
}

/** The claims of a text as [speaker key, stance] pairs, in order. */
const who = (r: ExtractionResult) => r.claims.map((c) => [c.speaker, c.stance]);
const entityOf = (r: ExtractionResult, key: string): Entity | undefined => r.entities.find((e) => e.key === key);
/** The claim whose evidence contains `words`. */
function claimAt(r: ExtractionResult, words: string): Claim {
  const c = r.claims.find((x) => x.evidence[0]!.text.includes(words));
  if (!c) throw new Error(`no claim with evidence containing "${words}": ${JSON.stringify(r.claims.map((x) => x.evidence[0]!.text))}`);
  return c;
}

// A wire-style article: headline, byline, dateline, reported speech, quotes over several sentences
// and paragraphs, pronouns, titles, metonyms and a teaser that repeats the lead paragraph.
const ARTICLE = [
  "Ukraine Seeks Long-Term Security Guarantees",
  "By Jane Doe",
  "Audio By Carbonatix",
  "World",
  "Ukrainian President Volodymyr Zelenskyy said these security guarantees must last for decades. Read more […]",
  "KYIV (Reuters) - Ukrainian President Volodymyr Zelenskyy said these security guarantees must last for decades.",
  "“We will not accept a frozen conflict. We need real guarantees,” Zelenskyy told reporters in Kyiv on Monday.",
  "“Our people deserve peace,",
  "“and our partners know it,” he added.",
  "The Kremlin said the guarantees were unacceptable. Russian forces launched strikes on Kyiv overnight, Ukrainian officials said.",
  "Foreign Minister Sergei Lavrov urged Washington to drop the sanctions. He said Moscow was ready for talks.",
  "US officials said the proposal for a demilitarized zone was worth discussing.",
  "Boeing announced a new contract offer on Monday. The company said the offer included higher wages for machinists in Seattle.",
  "Emmanuel Macron and Olaf Scholz said they backed the plan. Both men said Europe must pay for the reconstruction of Ukraine.",
].join("\n");

describe("invariants of a result (a wire article of several paragraphs)", () => {
  let r: ExtractionResult;
  beforeAll(() => {
    r = extract(ARTICLE, "wire-1");
  });

  it("returns the document it was given", () => {
    expect(r.document.id).toBe("wire-1");
    expect(r.document.text).toBe(ARTICLE);
  });

  it("finds the claims of the body", () => {
    expect(r.claims.length).toBeGreaterThanOrEqual(12);
  });

  it("every evidence span is the document text at its offsets", () => {
    for (const c of r.claims)
      for (const ev of c.evidence) {
        expect(ev.doc).toBe("wire-1");
        expect(ev.start).toBeGreaterThanOrEqual(0);
        expect(ev.end).toBeGreaterThan(ev.start);
        expect(ARTICLE.slice(ev.start, ev.end)).toBe(ev.text);
      }
  });

  it("every claim has at least one target", () => {
    for (const c of r.claims) expect(c.targets.length, c.id).toBeGreaterThanOrEqual(1);
  });

  it("every claim has a short, non-empty summary without quotation marks", () => {
    for (const c of r.claims) {
      expect(c.summary.trim(), c.id).not.toBe("");
      expect(c.summary.length).toBeLessThanOrEqual(141);
      expect(c.summary).not.toMatch(/[“”"]/);
    }
  });

  it("claim ids are unique and numbered `docid#cN` in order", () => {
    expect(r.claims.map((c) => c.id)).toEqual(r.claims.map((_, i) => `wire-1#c${i + 1}`));
  });

  it("claims come in text order", () => {
    const starts = r.claims.map((c) => c.evidence[0]!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("every stance is one of the six", () => {
    for (const c of r.claims) expect(STANCES).toContain(c.stance);
  });

  it("speakers, targets and addressees are entities of the result", () => {
    const keys = new Set(r.entities.map((e) => e.key));
    for (const c of r.claims) {
      expect(keys.has(c.speaker), c.speaker).toBe(true);
      for (const t of c.targets) expect(keys.has(t), t).toBe(true);
      if (c.addressee) expect(keys.has(c.addressee), c.addressee).toBe(true);
    }
  });

  it("a speaker is not a target of its own claim", () => {
    for (const c of r.claims) expect(c.targets, c.id).not.toContain(c.speaker);
  });

  it("entity keys are unique and start with the entity's kind", () => {
    const keys = r.entities.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of r.entities) {
      expect(ENTITY_KINDS).toContain(e.kind);
      expect(e.key.startsWith(`${e.kind}:`), e.key).toBe(true);
      expect(e.mentions).toBeGreaterThanOrEqual(1);
      expect(e.aliases).not.toContain(e.label);
    }
  });

  it("is deterministic", () => {
    expect(extract(ARTICLE, "wire-1")).toEqual(r);
  });
});

describe("boilerplate", () => {
  it("headline, byline, audio credit and section label yield no claims and no entities", () => {
    const r = extract("Ukraine Seeks Long-Term US Security Guarantees\nBy Jane Doe\nAudio By Carbonatix\nWorld\nThe minister said the talks would resume.");
    expect(r.claims.map((c) => c.evidence[0]!.text)).toEqual(["The minister said the talks would resume."]);
    expect(r.entities.map((e) => e.label)).not.toContain("Jane Doe");
    expect(r.entities.map((e) => e.label)).not.toContain("Carbonatix");
  });

  it("a document of boilerplate only has no claims", () => {
    expect(extract("Zelenskyy Says Talks Went Well\nBy Jane Doe\nWorld").claims).toEqual([]);
  });

  it("an empty document has no claims and no entities", () => {
    expect(extract("")).toMatchObject({ claims: [], entities: [] });
  });

  it("a teaser that repeats a body sentence is a second evidence span of the same claim, not a claim of its own", () => {
    const body = "Zelenskyy said the proposal for a demilitarized zone was worth discussing with allies.";
    const text = `${body} Read more […]\n${body}`;
    const r = extract(text);
    expect(r.claims).toHaveLength(1);
    const [main, repeat] = r.claims[0]!.evidence;
    expect(main!.start).toBe(text.indexOf("\n") + 1);
    expect(repeat).toMatchObject({ start: 0, text: main!.text });
  });

  it("a repeated body paragraph is one claim, with the repeat as further evidence", () => {
    const line = "Prime Minister Keir Starmer said the budget would protect working people.";
    const r = extract(`${line}\n${line}`);
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]!.evidence.map((e) => e.start)).toEqual([0, line.length + 1]);
  });

  it("the dateline is not part of the evidence", () => {
    const r = extract("WASHINGTON (Reuters) - Senator Ann Lee said the talks were useful.");
    expect(r.claims[0]!.evidence[0]!.text).toBe("Senator Ann Lee said the talks were useful.");
  });
});

describe("coreference within a document", () => {
  it("a surname refers to the full name met earlier: 'Bryan Corliss ... Corliss said'", () => {
    const r = extract("Bryan Corliss, a union organizer, said the strike would continue.\nCorliss said the workers wanted higher pensions.");
    expect(who(r)).toEqual([
      ["person:bryan-corliss", "states"],
      ["person:bryan-corliss", "states"],
    ]);
    expect(entityOf(r, "person:bryan-corliss")).toMatchObject({ label: "Bryan Corliss", aliases: ["Corliss"], mentions: 2 });
  });

  it("a surname refers to the full name met later in the document", () => {
    const r = extract("Zelenskyy said the talks were productive.\nUkrainian President Volodymyr Zelenskyy said the allies must help.");
    expect(r.claims.map((c) => c.speaker)).toEqual(["person:volodymyr-zelenskyy", "person:volodymyr-zelenskyy"]);
  });

  it("labels that person with the full name", () => {
    const r = extract("Zelenskyy said the talks were productive.\nUkrainian President Volodymyr Zelenskyy said the allies must help.");
    expect(entityOf(r, "person:volodymyr-zelenskyy")?.label).toBe("Volodymyr Zelenskyy");
  });

  it("keeps the title and name as an alias: 'Ukrainian President Volodymyr Zelenskyy'", () => {
    const r = extract("Ukrainian President Volodymyr Zelenskyy said the talks were productive.");
    expect(entityOf(r, "person:volodymyr-zelenskyy")?.aliases).toContain("Ukrainian President Volodymyr Zelenskyy");
  });

  it("she refers to the last speaker, not to a person merely mentioned since", () => {
    const r = extract("Maria Lopez said the plan was dead. She met John Smith on Monday.\nShe said the government must resign.");
    expect(r.claims.map((c) => c.speaker)).toEqual(["person:maria-lopez", "person:maria-lopez"]);
  });

  it("he refers to the last speaker in the next sentence", () => {
    const r = extract(ARTICLE, "wire-1");
    expect(claimAt(r, "He said Moscow was ready").speaker).toBe("person:sergei-lavrov");
  });

  it("'he added' after a quote continued over two paragraphs is the speaker of the quote before", () => {
    const r = extract(ARTICLE, "wire-1");
    expect(claimAt(r, "Our people deserve peace").speaker).toBe("person:volodymyr-zelenskyy");
  });

  it("'the company' refers to the last company", () => {
    const r = extract("Boeing announced a new offer on Monday.\nThe company said the offer included higher wages.");
    expect(r.claims.at(-1)?.speaker).toBe("organization:boeing");
    expect(entityOf(r, "organization:boeing")?.aliases).toContain("company");
  });

  it("'both men' refers to the last pair of joint speakers: one claim each", () => {
    // ("said they backed the plan": "they" are the two who spoke, so the claim supports.)
    const r = extract("Emmanuel Macron and Olaf Scholz said they backed the plan.\nBoth men said Europe must act.");
    expect(who(r)).toEqual([
      ["person:emmanuel-macron", "supports"],
      ["person:olaf-scholz", "supports"],
      ["person:emmanuel-macron", "demands"],
      ["person:olaf-scholz", "demands"],
    ]);
  });

  it("'US officials' speak for the United States, kept as an alias", () => {
    const r = extract("US officials said the ceasefire would hold.");
    expect(r.claims[0]!.speaker).toBe("country:united-states");
    expect(entityOf(r, "country:united-states")).toMatchObject({ label: "United States", aliases: expect.arrayContaining(["US officials"]) });
  });

  it("'Ukrainian officials' speak for Ukraine", () => {
    const r = extract("Russia launched strikes on Kyiv, Ukrainian officials said.");
    expect(r.claims[0]!.speaker).toBe("country:ukraine");
  });

  it("an unnamed role is a speaker of its own: 'the minister'", () => {
    const r = extract("The minister said the talks would resume.");
    expect(entityOf(r, r.claims[0]!.speaker)).toMatchObject({ kind: "person", label: "minister" });
  });

  // A one-word name with a surname's ending is a person, so a later "he" finds it.
  it("a lone surname that is later 'he' is a person, and the 'he said' claim is kept", () => {
    const r = extract("Zelenskyy said these security guarantees were vital.\nHe said the guarantees must be legally binding.");
    expect(r.claims).toHaveLength(2);
    expect(entityOf(r, r.claims[0]!.speaker)?.kind).toBe("person");
  });

  // wink tokenizes "IAM" as "I" + "AM" (I am); nlp.ts joins capitals with no space between them.
  it("an acronym refers to the organization it abbreviates: 'the IAM'", () => {
    const r = extract("The International Association of Machinists said the offer was too low.\nThe IAM said workers would strike.");
    expect(r.claims.map((c) => c.speaker)).toEqual([
      "organization:international-association-of-machinists",
      "organization:international-association-of-machinists",
    ]);
  });

  // "Secretary of State" is a title that goes on over "of"; the name follows it.
  it("'Secretary of State Marco Rubio' is the person Marco Rubio", () => {
    const r = extract("Secretary of State Marco Rubio said the talks were useful.");
    expect(r.claims[0]!.speaker).toBe("person:marco-rubio");
  });
});

describe("institutions named in a title", () => {
  it("'Qatari foreign ministry spokesman X' gives the ministry as an organization, and X speaks", () => {
    const r = extract("Qatari foreign ministry spokesman Khalid al-Mansouri said gaps remained.");
    expect(entityOf(r, "organization:qatari-foreign-ministry")).toMatchObject({ label: "Qatari foreign ministry", kind: "organization" });
    expect(who(r)).toEqual([["person:khalid-al-mansouri", "states"]]);
  });

  it("a title without an institution ('Foreign Minister X') adds none", () => {
    const r = extract("Foreign Minister Anna Berg said gaps remained.");
    expect(r.entities.filter((e) => e.kind === "organization")).toEqual([]);
  });
});

describe("where a statement was posted", () => {
  it("a platform is an organization, but 'wrote on Telegram' names the channel, not a target", () => {
    const r = extract("Defence Minister Rustem Umerov wrote on Telegram that the exchange would take place on Friday.");
    expect(entityOf(r, "organization:telegram")).toMatchObject({ kind: "organization" });
    expect(r.claims[0]!.targets).not.toContain("organization:telegram");
  });
});

describe("addressees", () => {
  it("'appealed to both sides' is addressed; 'appealed the fine' is not", () => {
    expect(extract("The United Nations appealed to both sides to stop the fighting.").claims[0]!.addressee).toBe("group:both-sides");
    expect(extract("The United Nations said it would appeal the fine.").claims.every((c) => c.addressee === null)).toBe(true);
  });
});

describe("metonyms", () => {
  it("a capital that speaks is its country: 'Kyiv is pressing for' -> Ukraine, alias Kyiv", () => {
    const r = extract("Kyiv is pressing for security guarantees from Washington.");
    expect(who(r)).toEqual([["country:ukraine", "demands"]]);
    expect(entityOf(r, "country:ukraine")?.aliases).toContain("Kyiv");
  });

  it("a capital that is only talked about is a place: 'strikes on Kyiv'", () => {
    const r = extract("Russia launched strikes on Kyiv, Ukrainian officials said.");
    expect(r.claims[0]!.targets).toContain("place:kyiv");
    expect(r.claims[0]!.targets).toContain("country:russia");
  });

  it("the Kremlin and the White House speak as institutions of Russia and the United States", () => {
    const r = extract("The Kremlin said the talks were useful.\nThe White House said sanctions would stay.");
    expect(r.claims.map((c) => c.speaker)).toEqual(["organization:kremlin", "organization:white-house"]);
    expect(entityOf(r, "organization:kremlin")?.affiliations).toEqual([{ entity: "country:russia", role: "" }]);
    expect(entityOf(r, "organization:white-house")?.affiliations).toEqual([{ entity: "country:united-states", role: "" }]);
  });

  it("a capital as an addressee is the place named ('urged Washington')", () => {
    const r = extract(ARTICLE, "wire-1");
    const c = claimAt(r, "urged Washington");
    expect(c).toMatchObject({ speaker: "person:sergei-lavrov", stance: "demands" });
    expect(c.addressee).not.toBeNull();
    expect(c.targets).toContain(c.addressee);
  });
});

describe("quotations", () => {
  it("a quote of several sentences is one claim whose quote holds all of them", () => {
    const r = extract("“We will not accept a frozen conflict. We need real guarantees,” Ukrainian President Volodymyr Zelenskyy said.");
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]!.quote).toMatch(/^We will not accept a frozen conflict\. We need real guarantees/);
  });

  it("the evidence of a direct quote covers the quote and its attribution", () => {
    const text = "“We need real guarantees,” Ukrainian President Volodymyr Zelenskyy said.";
    expect(extract(text).claims[0]!.evidence[0]!.text).toBe(text);
  });

  it("reported speech has no quote", () => {
    expect(extract("Ukrainian President Volodymyr Zelenskyy said the talks were productive.").claims[0]!.quote).toBeNull();
  });

  it("a quotation continued over two paragraphs is one claim with evidence over both", () => {
    const text = "“Our people deserve peace,\n“and our partners know it,” Ukrainian President Volodymyr Zelenskyy said.";
    const r = extract(text);
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]!.evidence[0]!.text).toBe(text);
    expect(r.claims[0]!.quote).toContain("Our people deserve peace");
    expect(r.claims[0]!.quote).toContain("our partners know it");
  });

  // The continuation mark and the line break of the second paragraph are not part of the quote.
  it("a quotation continued over two paragraphs has no quotation mark or line break inside its quote", () => {
    const r = extract("“Our people deserve peace,\n“and our partners know it,” Ukrainian President Volodymyr Zelenskyy said.");
    expect(r.claims[0]!.quote).not.toMatch(/[“\n]/);
  });

  it("an unattributed quote after reported speech is a new claim of the same speaker, with its quote", () => {
    const r = extract(
      "Ukrainian President Volodymyr Zelenskyy said the talks were productive.\n“We will rebuild every city and every village in our country.”",
    );
    expect(r.claims).toHaveLength(2);
    expect(r.claims[1]).toMatchObject({ speaker: "person:volodymyr-zelenskyy", quote: expect.stringContaining("We will rebuild every city") });
  });

  it("a straight-quoted quotation is a quote too", () => {
    const r = extract('"We need real guarantees," Ukrainian President Volodymyr Zelenskyy said.');
    expect(r.claims[0]!.quote).toMatch(/^We need real guarantees/);
  });

  it("the summary of a quote has no quotation marks", () => {
    const r = extract("“We need real guarantees,” Ukrainian President Volodymyr Zelenskyy said.");
    expect(r.claims[0]!.summary).toBe("We need real guarantees");
  });
});

describe("targets and topics", () => {
  it("'these security guarantees' and 'the guarantees' are one topic, 'security guarantees'", () => {
    const r = extract(
      "Ukrainian President Volodymyr Zelenskyy said these security guarantees were vital.\nUkrainian officials said the guarantees must be legally binding.",
    );
    expect(r.claims.map((c) => c.targets.filter((t) => t.startsWith("topic:")))).toEqual([["topic:security-guarantees"], ["topic:security-guarantees"]]);
    expect(entityOf(r, "topic:security-guarantees")).toMatchObject({ label: "security guarantees", kind: "topic", aliases: ["guarantees"], mentions: 2 });
  });

  it("entities named in the content are targets", () => {
    const r = extract("Chancellor Olaf Scholz said Germany would send tanks.");
    expect(r.claims[0]!.targets).toEqual(["country:germany", "topic:tanks"]);
  });

  it("the addressee is a target", () => {
    const r = extract("Ukrainian President Volodymyr Zelenskyy urged Donald Trump to back the plan.");
    expect(r.claims[0]).toMatchObject({ addressee: "person:donald-trump", stance: "demands" });
    expect(r.claims[0]!.targets).toEqual(["person:donald-trump", "topic:plan"]);
  });

  it("the outlet the words were said to is no target, whatever its name: 'told Newstalk ZB', 'told RNZ'", () => {
    const r = extract("ACT leader David Seymour told Newstalk ZB that the coalition talks were slow. Seymour told RNZ the deal was close.");
    expect(r.claims.map((c) => c.targets)).toEqual([["topic:coalition-talks"], ["topic:deal"]]);
  });

  it("a programme or site the words were said to is no target either: 'told Morning Report', 'told NBR Online'", () => {
    const r = extract("Port chief executive Tony Gibson told Morning Report on Friday the port would keep its plans.");
    expect(r.claims[0]!.targets).not.toContain("person:morning-report");
  });

  it("a day said as an adverb is no part of a topic: 'visited the picket line yesterday'", () => {
    const r = extract("Union president Dan Glass said O'Brien visited the picket line yesterday.");
    expect(r.claims[0]!.targets).toContain("topic:picket-line");
  });

  it("a town before a US state is a place, and a middle initial makes a person: 'Grand Blanc, Mich.', 'Chaltu D. Contratto'", () => {
    const r = extract("“We deserve safe staffing,” said Chaltu D. Contratto, a nurse in Grand Blanc, Mich., on Monday.");
    expect(r.claims[0]!.speaker).toBe("person:chaltu-d-contratto");
    expect(entityOf(r, "place:grand-blanc")?.kind).toBe("place");
    expect(entityOf(r, "place:michigan")?.aliases).toEqual(["Mich."]);
  });

  it("a first initial makes a person, and Canada's provinces and Australia's states are places: 'P. Nandalal Weerasinghe', 'Nova Scotia', 'Queensland'", () => {
    const r = extract("P. Nandalal Weerasinghe said the bank left rates unchanged. Officials in Nova Scotia, Manitoba and Queensland said the same.");
    expect(r.claims[0]!.speaker).toBe("person:p-nandalal-weerasinghe");
    for (const key of ["place:nova-scotia", "place:manitoba", "place:queensland"]) expect(entityOf(r, key)?.kind).toBe("place");
  });

  it("names that read as people are places or bodies by their words: 'Port Waikato', 'Fort Worth', 'Henry Ford Health'; 'More than' opens no name", () => {
    const r = extract(
      "More than 600 nurses walked out, the union said. Henry Ford Health said it would hire replacement nurses. The talks moved to Port Waikato and Fort Worth, Teamsters leader Dan Glass said.",
    );
    const kinds = Object.fromEntries(r.entities.map((e) => [e.label, e.kind]));
    expect(kinds).toMatchObject({ "Henry Ford Health": "organization", "Port Waikato": "place", "Fort Worth": "place" });
    expect(kinds).not.toHaveProperty("More");
  });

  it("countries joined by a hyphen are each a country, diseases are issues and saints' cities places: 'US-China', 'COVID-19', 'St. Paul'", () => {
    const r = extract(
      "The union in St. Paul said workers exposed to COVID-19 deserve hazard pay. Officials said the US-China talks and the Russia-Ukraine war hurt trade.",
    );
    const kinds = Object.fromEntries(r.entities.map((e) => [e.label, e.kind]));
    expect(kinds).toMatchObject({
      "St. Paul": "place",
      "COVID-19": "topic",
      "United States": "country",
      China: "country",
      Russia: "country",
      Ukraine: "country",
    });
    expect(r.claims[0]!.targets).toContain("topic:hazard-pay");
  });

  it("a description is a body only when its words are the body's: 'Sudan's armed forces' are not the Rapid Support Forces", () => {
    const r = extract("The Rapid Support Forces (RSF) said they would attend. Sudan’s armed forces said they sent a delegation to Jeddah on Friday evening.");
    expect(r.claims.map((c) => c.speaker)[1]).not.toBe("organization:rapid-support-forces");
  });

  it("a claim has at most four topics", () => {
    const r = extract(
      "The minister said the budget, the pension reform, the health service, the tax code, the border fence and the railway network needed money.",
    );
    expect(r.claims[0]!.targets.filter((t) => t.startsWith("topic:")).length).toBeLessThanOrEqual(4);
  });

  it("a claim with nothing named still has a topic", () => {
    const r = extract("“We will not give up,” Ukrainian President Volodymyr Zelenskyy said.");
    expect(r.claims[0]!.targets.length).toBeGreaterThanOrEqual(1);
  });
});

describe("wire article: who said what", () => {
  let r: ExtractionResult;
  beforeAll(() => {
    r = extract(ARTICLE, "wire-1");
  });

  it("attributes the lead sentence to Zelenskyy, once, with the teaser as a second span", () => {
    const c = claimAt(r, "these security guarantees must last for decades");
    expect(c.speaker).toBe("person:volodymyr-zelenskyy");
    expect(c.evidence.map((e) => e.text)).toEqual([c.evidence[0]!.text, c.evidence[0]!.text]);
    expect(c.evidence[1]!.start).toBe(ARTICLE.indexOf("Ukrainian President"));
    expect(r.claims.filter((x) => x.evidence[0]!.text.includes("must last for decades"))).toHaveLength(1);
  });

  it("attributes the two-sentence quote to Zelenskyy via the surname", () => {
    const c = claimAt(r, "We will not accept a frozen conflict");
    expect(c.speaker).toBe("person:volodymyr-zelenskyy");
    expect(c.quote).toContain("We need real guarantees");
  });

  it("gives the Kremlin's claim to the Kremlin and the officials' claim to Ukraine", () => {
    expect(claimAt(r, "The Kremlin said").speaker).toBe("organization:kremlin");
    expect(claimAt(r, "Ukrainian officials said").speaker).toBe("country:ukraine");
  });

  it("gives the company's claim to Boeing", () => {
    expect(claimAt(r, "The company said").speaker).toBe("organization:boeing");
  });

  it("gives 'both men' one claim each", () => {
    const speakers = r.claims.filter((c) => c.evidence[0]!.text.startsWith("Both men")).map((c) => c.speaker);
    expect(speakers).toEqual(["person:emmanuel-macron", "person:olaf-scholz"]);
  });
});
