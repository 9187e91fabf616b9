// Specification of the claims graph (CONTRACT.md): entities are nodes, each claim is one edge
// from the speaker to each target, and merging documents resolves the same entity across them.
import { describe, expect, it } from "vitest";
import type { Claim, Entity, EntityKind, ExtractionResult, Stance } from "../src/extraction/types.js";
import {
  buildGraph,
  claimsOf,
  createClaimGraph,
  FORMAT,
  mergeDocument,
  MergeError,
  mergeExtraction,
  normalizeName,
  resolveEntity,
} from "../src/graph/model.js";
import { buildQueryIndex } from "../src/graph/query/index.js";

function entity(key: string, label: string, aliases: string[] = [], mentions = 1): Entity {
  return { key, label, kind: key.slice(0, key.indexOf(":")) as EntityKind, aliases, mentions };
}

/** A document whose claims each cover one sentence of `text` (evidence offsets are exact). */
function result(
  id: string,
  text: string,
  entities: Entity[],
  claims: { speaker: string; stance?: Stance; targets: string[]; sentence: string; addressee?: string; quote?: string; cue?: string }[],
): ExtractionResult {
  return {
    document: { id, title: null, date: null, source: `${id}.txt`, text },
    entities,
    claims: claims.map((c, i): Claim => {
      const start = text.indexOf(c.sentence);
      if (start < 0) throw new Error(`not in text: ${c.sentence}`);
      return {
        id: `${id}#c${i + 1}`,
        speaker: c.speaker,
        stance: c.stance ?? "states",
        targets: c.targets,
        addressee: c.addressee ?? null,
        summary: c.sentence.replace(/^.*? said /, ""),
        quote: c.quote ?? null,
        evidence: [{ doc: id, start, end: start + c.sentence.length, text: c.sentence }],
        ...(c.cue ? { cue: c.cue } : {}),
      };
    }),
  };
}

const TEXT_A = "Volodymyr Zelenskyy said security guarantees were vital. Zelenskyy urged Russia to agree to a ceasefire.";
const DOC_A = result(
  "a",
  TEXT_A,
  [
    entity("person:volodymyr-zelenskyy", "Volodymyr Zelenskyy", ["Zelenskyy", "Ukrainian President Volodymyr Zelenskyy"], 2),
    entity("country:russia", "Russia"),
    entity("topic:security-guarantees", "security guarantees"),
    entity("topic:ceasefire", "ceasefire"),
  ],
  [
    {
      speaker: "person:volodymyr-zelenskyy",
      targets: ["topic:security-guarantees"],
      sentence: "Volodymyr Zelenskyy said security guarantees were vital.",
      cue: "said",
    },
    {
      speaker: "person:volodymyr-zelenskyy",
      stance: "demands",
      targets: ["country:russia", "topic:ceasefire"],
      addressee: "country:russia",
      sentence: "Zelenskyy urged Russia to agree to a ceasefire.",
      cue: "urged",
    },
  ],
);

// Another article: the same person under another key (its extractor only saw the surname form
// as a label), the same country, and a person named Georgia next to the country Georgia.
const TEXT_B = "Zelenskyy said Russia must withdraw. Georgia Meloni said Georgia backed the plan.";
const DOC_B = result(
  "b",
  TEXT_B,
  [
    entity("person:zelenskyy", "Zelenskyy", ["Ukraine's president"]),
    entity("country:russia", "Russia", ["Moscow"]),
    entity("person:georgia-meloni", "Georgia Meloni", ["Georgia"]),
    entity("country:georgia", "Georgia"),
    entity("topic:plan", "plan"),
  ],
  [
    { speaker: "person:zelenskyy", stance: "demands", targets: ["country:russia"], sentence: "Zelenskyy said Russia must withdraw." },
    {
      speaker: "person:georgia-meloni",
      stance: "supports",
      targets: ["country:georgia", "topic:plan"],
      sentence: "Georgia Meloni said Georgia backed the plan.",
    },
  ],
);

describe("an empty claims graph", () => {
  it("is a directed multigraph that allows self loops, tagged with the format and no documents", () => {
    const g = createClaimGraph();
    expect(g.type).toBe("directed");
    expect(g.multi).toBe(true);
    expect(g.allowSelfLoops).toBe(true);
    expect(g.getAttributes()).toEqual({ format: FORMAT, documents: [] });
  });
});

describe("buildGraph: nodes", () => {
  const g = buildGraph([DOC_A]);

  it("has one node per entity, keyed by the entity key", () => {
    expect(g.nodes().sort()).toEqual(DOC_A.entities.map((e) => e.key).sort());
  });

  it("gives each node its label, kind, aliases, mentions and the documents that mention it", () => {
    expect(g.getNodeAttributes("person:volodymyr-zelenskyy")).toEqual({
      label: "Volodymyr Zelenskyy",
      kind: "person",
      aliases: ["Zelenskyy", "Ukrainian President Volodymyr Zelenskyy"],
      mentions: 2,
      docs: ["a"],
    });
  });

  it("does not call the kind `type` (sigma reserves it)", () => {
    g.forEachNode((_, a) => expect(a).not.toHaveProperty("type"));
  });

  it("records the document, with its full text, in the graph attributes", () => {
    expect(g.getAttribute("documents")).toEqual([DOC_A.document]);
  });

  it("drops aliases that only repeat the label or another alias after normalization", () => {
    const doc = result("n", "x", [entity("person:ann-lee", "Ann Lee", ["ann lee", "Lee", "Lee’s", "LEE"])], []);
    expect(buildGraph([doc]).getNodeAttribute("person:ann-lee", "aliases")).toEqual(["Lee"]);
  });
});

describe("buildGraph: edges", () => {
  const g = buildGraph([DOC_A]);
  const edgesOf = (claim: string) => g.filterEdges((_, a) => a.claim === claim);

  it("turns a claim into one edge per target, all sharing the claim id", () => {
    expect(edgesOf("a#c1")).toHaveLength(1);
    expect(edgesOf("a#c2")).toHaveLength(2);
    expect(g.size).toBe(3);
  });

  it("keys the edges `claim:index` in target order", () => {
    expect(edgesOf("a#c2")).toEqual(["a#c2:0", "a#c2:1"]);
    expect(g.target("a#c2:0")).toBe("country:russia");
    expect(g.target("a#c2:1")).toBe("topic:ceasefire");
  });

  it("always draws the edge from the speaker", () => {
    for (const e of g.edges()) expect(g.source(e)).toBe("person:volodymyr-zelenskyy");
  });

  it("carries stance, summary, quote, addressee, evidence and cue on every edge of the claim", () => {
    for (const e of edgesOf("a#c2"))
      expect(g.getEdgeAttributes(e)).toEqual({
        stance: "demands",
        claim: "a#c2",
        summary: DOC_A.claims[1]!.summary,
        quote: null,
        addressee: "country:russia",
        evidence: DOC_A.claims[1]!.evidence,
        cue: "urged",
      });
  });

  it("has evidence whose text is the document text at its offsets", () => {
    g.forEachEdge((_, a) => {
      for (const ev of a.evidence) expect(TEXT_A.slice(ev.start, ev.end)).toBe(ev.text);
    });
  });

  it("omits the cue attribute when the claim has none", () => {
    const doc = result(
      "q",
      "Lee said no.",
      [entity("person:lee", "Lee"), entity("topic:no", "no")],
      [{ speaker: "person:lee", targets: ["topic:no"], sentence: "Lee said no." }],
    );
    expect(buildGraph([doc]).getEdgeAttributes("q#c1:0")).not.toHaveProperty("cue");
  });

  it("keeps a direct quote on the edge", () => {
    const doc = result(
      "q",
      "“We stay,” Lee said.",
      [entity("person:lee", "Lee"), entity("topic:stay", "stay")],
      [{ speaker: "person:lee", targets: ["topic:stay"], sentence: "“We stay,” Lee said.", quote: "We stay" }],
    );
    expect(buildGraph([doc]).getEdgeAttribute("q#c1:0", "quote")).toBe("We stay");
  });

  it("draws a target listed twice only once", () => {
    const doc = result(
      "d",
      "Lee said taxes.",
      [entity("person:lee", "Lee"), entity("topic:taxes", "taxes")],
      [{ speaker: "person:lee", targets: ["topic:taxes", "topic:taxes"], sentence: "Lee said taxes." }],
    );
    expect(buildGraph([doc]).size).toBe(1);
  });

  it("skips a claim whose speaker or targets are not entities of the document", () => {
    const doc = result(
      "d",
      "Lee said taxes. Kim said no.",
      [entity("person:lee", "Lee")],
      [
        { speaker: "person:lee", targets: ["topic:unknown"], sentence: "Lee said taxes." },
        { speaker: "person:kim", targets: ["person:lee"], sentence: "Kim said no." },
      ],
    );
    const g2 = createClaimGraph();
    expect(mergeExtraction(g2, doc)).toBe(0);
    expect(g2.size).toBe(0);
  });

  it("mergeExtraction returns the number of claims added", () => {
    expect(mergeExtraction(createClaimGraph(), DOC_A)).toBe(2);
  });
});

describe("claimsOf", () => {
  it("groups the edges of each claim back into one record", () => {
    const claims = claimsOf(buildGraph([DOC_A]));
    expect(claims).toHaveLength(2);
    expect(claims[1]).toEqual({
      id: "a#c2",
      speaker: "person:volodymyr-zelenskyy",
      stance: "demands",
      targets: ["country:russia", "topic:ceasefire"],
      addressee: "country:russia",
      summary: DOC_A.claims[1]!.summary,
      quote: null,
      evidence: DOC_A.claims[1]!.evidence,
      edges: ["a#c2:0", "a#c2:1"],
    });
  });

  it("gives back the speaker, stance and targets of every extracted claim", () => {
    const claims = claimsOf(buildGraph([DOC_A]));
    expect(claims.map((c) => ({ id: c.id, speaker: c.speaker, stance: c.stance, targets: c.targets }))).toEqual(
      DOC_A.claims.map((c) => ({ id: c.id, speaker: c.speaker, stance: c.stance, targets: c.targets })),
    );
  });

  it("is empty for an empty graph", () => {
    expect(claimsOf(createClaimGraph())).toEqual([]);
  });
});

describe("the same claim in several outlets' copies of a wire story", () => {
  const WIRE = "Turkish Foreign Minister Mevlut Cavusoglu said on Tuesday that calls for a ceasefire were reasonable but Armenia must withdraw.";
  const copy = (id: string, text: string) =>
    result(
      id,
      text,
      [entity("person:mevlut-cavusoglu", "Mevlut Cavusoglu"), entity("topic:ceasefire", "ceasefire")],
      [{ speaker: "person:mevlut-cavusoglu", stance: "demands", targets: ["topic:ceasefire"], sentence: text.slice(text.indexOf("Turkish")) }],
    );
  it("keeps each document's claim and marks the later one as repeating the first, whatever the spacing and quotation marks", () => {
    const g = buildGraph([copy("reuters", WIRE), copy("outlet", `ANKARA — ${WIRE.replace(" on Tuesday", "  on Tuesday")}`)]);
    const claims = claimsOf(g);
    expect(claims.map((c) => c.id)).toEqual(["reuters#c1", "outlet#c1"]);
    expect(claims[0]!.repeats).toBeUndefined();
    expect(claims[1]!.repeats).toBe("reuters#c1");
  });
  it("is one claim with the evidence and documents of both in queries", () => {
    const g = buildGraph([copy("reuters", WIRE), copy("outlet", `(Reuters) - ${WIRE}`)]);
    const index = buildQueryIndex(g);
    expect(index.claims).toHaveLength(1);
    expect(index.claims[0]!.documents.map((d) => d.id)).toEqual(["reuters", "outlet"]);
    expect(index.claims[0]!.evidence.map((e) => e.doc)).toEqual(["reuters", "outlet"]);
    expect(index.byDocument.get("outlet")).toEqual(index.claims);
  });
  it("does not take a short common phrase for a copy", () => {
    const short = (id: string) =>
      result(
        id,
        "Cavusoglu said talks were good.",
        [entity("person:mevlut-cavusoglu", "Mevlut Cavusoglu"), entity("topic:talks", "talks")],
        [{ speaker: "person:mevlut-cavusoglu", targets: ["topic:talks"], sentence: "Cavusoglu said talks were good." }],
      );
    const claims = claimsOf(buildGraph([short("a"), short("b")]));
    expect(claims.every((c) => !c.repeats)).toBe(true);
  });
});

describe("normalizeName", () => {
  it("lowercases and strips accents, possessives and punctuation", () => {
    expect(normalizeName("Zelenskyy’s")).toBe("zelenskyy");
    expect(normalizeName("Recep Tayyip Erdoğan")).toBe("recep tayyip erdogan");
    expect(normalizeName("  U.S.-backed  ")).toBe("us backed");
  });
});

describe("resolveEntity", () => {
  const g = buildGraph([DOC_A]);

  it("finds a node with the same key", () => {
    expect(resolveEntity(g, entity("country:russia", "Russian Federation"))).toBe("country:russia");
  });

  it("finds a node one of whose names is the entity's label", () => {
    expect(resolveEntity(g, entity("person:zelenskyy", "Zelenskyy"))).toBe("person:volodymyr-zelenskyy");
  });

  it("finds a node whose label is one of the entity's names", () => {
    expect(resolveEntity(g, entity("person:president-zelenskyy", "President Zelenskyy", ["Volodymyr Zelenskyy"]))).toBe("person:volodymyr-zelenskyy");
  });

  it("matches names regardless of case, accents and possessives", () => {
    expect(resolveEntity(g, entity("person:zelenskyy", "ZELENSKYY’s"))).toBe("person:volodymyr-zelenskyy");
  });

  it("does not match on two aliases alone", () => {
    const h = buildGraph([result("x", "x", [entity("person:ann-lee", "Ann Lee", ["Chair Lee"])], [])]);
    expect(resolveEntity(h, entity("person:bo-lee", "Bo Lee", ["Chair Lee"]))).toBeNull();
  });

  it("does not identify by lowercase or role aliases ('the president')", () => {
    const h = buildGraph([result("x", "x", [entity("person:ann-lee", "Ann Lee", ["the president", "The President"])], [])]);
    expect(resolveEntity(h, entity("person:president", "the president"))).toBeNull();
    expect(resolveEntity(h, entity("person:bo-kim", "Bo Kim", ["the president", "The President"]))).toBeNull();
  });

  it("never resolves a person to a non-person of the same name", () => {
    expect(resolveEntity(g, entity("organization:russia", "Russia"))).toBe("country:russia");
    expect(resolveEntity(g, entity("person:russia", "Russia"))).toBeNull();
  });

  it("never resolves a topic to a named entity", () => {
    expect(resolveEntity(g, entity("topic:russia", "Russia"))).toBeNull();
  });

  it("lets place, country and organization resolve to each other (Brussels as a place or the EU's voice)", () => {
    const h = buildGraph([result("x", "x", [entity("organization:european-union", "European Union", ["Brussels", "EU"])], [])]);
    expect(resolveEntity(h, entity("place:brussels", "Brussels"))).toBe("organization:european-union");
  });

  it("returns null for an unknown entity", () => {
    expect(resolveEntity(g, entity("person:ann-lee", "Ann Lee"))).toBeNull();
  });
});

describe("mergeExtraction across documents", () => {
  const merged = () => buildGraph([DOC_A, DOC_B]);

  it("lists both documents in the graph attributes", () => {
    expect(
      merged()
        .getAttribute("documents")
        .map((d) => d.id),
    ).toEqual(["a", "b"]);
  });

  it("resolves an entity with the same key to the same node and counts its mentions and documents", () => {
    const a = merged().getNodeAttributes("country:russia");
    expect(a.mentions).toBe(2);
    expect(a.docs).toEqual(["a", "b"]);
  });

  it("lists a document once on a node that two of its entities resolve to", () => {
    const c = result(
      "c",
      "Zelenskyy spoke. President Zelenskyy agreed.",
      [entity("person:zelenskyy", "Zelenskyy"), entity("person:president-zelenskyy", "Zelenskyy", ["President Zelenskyy"])],
      [],
    );
    const g = buildGraph([DOC_A, c]);
    expect(g.getNodeAttributes("person:volodymyr-zelenskyy")).toMatchObject({ mentions: 4, docs: ["a", "c"] });
  });

  it("finds a node by a name that a later document added to it", () => {
    // b adds "Moscow" to Russia; a third document's "Moscow" then resolves to Russia too.
    const c = result("c", "Moscow said no.", [entity("country:moscow", "Moscow")], []);
    const g = buildGraph([DOC_A, DOC_B, c]);
    expect(g.hasNode("country:moscow")).toBe(false);
    expect(g.getNodeAttribute("country:russia", "docs")).toEqual(["a", "b", "c"]);
  });

  it("adds the other document's names as aliases", () => {
    expect(merged().getNodeAttribute("country:russia", "aliases")).toContain("Moscow");
  });

  it("resolves a person under another key by a label/alias match (Zelenskyy -> Volodymyr Zelenskyy)", () => {
    const g = merged();
    expect(g.hasNode("person:zelenskyy")).toBe(false);
    expect(g.getNodeAttributes("person:volodymyr-zelenskyy")).toMatchObject({ mentions: 3, docs: ["a", "b"] });
    expect(g.source("b#c1:0")).toBe("person:volodymyr-zelenskyy");
  });

  it("keeps the first document's label and adds new surface forms as aliases", () => {
    const a = merged().getNodeAttributes("person:volodymyr-zelenskyy");
    expect(a.label).toBe("Volodymyr Zelenskyy");
    expect(a.aliases).toContain("Ukraine's president");
  });

  it("does not merge a person with a country of the same name", () => {
    const g = merged();
    expect(g.getNodeAttribute("person:georgia-meloni", "kind")).toBe("person");
    expect(g.getNodeAttribute("country:georgia", "kind")).toBe("country");
    expect(g.target("b#c2:0")).toBe("country:georgia");
    expect(g.source("b#c2:0")).toBe("person:georgia-meloni");
  });

  it("keeps all the claims of both documents", () => {
    expect(claimsOf(merged()).map((c) => c.id)).toEqual(["a#c1", "a#c2", "b#c1", "b#c2"]);
  });

  it("the order of the documents does not change which entities merge", () => {
    const ab = merged();
    const ba = buildGraph([DOC_B, DOC_A]);
    expect(ba.order).toBe(ab.order);
    expect(ba.size).toBe(ab.size);
  });

  it("is idempotent: the same document (id and text) again adds nothing", () => {
    const g = merged();
    const before = JSON.stringify(g.export());
    expect(mergeExtraction(g, DOC_A)).toBe(0);
    expect(JSON.stringify(g.export())).toBe(before);
  });

  it("renames a document whose id is taken by a different text, with its claims and evidence", () => {
    const g = buildGraph([DOC_A]);
    const other = result(
      "a",
      "Ann Lee said taxes must fall.",
      [entity("person:ann-lee", "Ann Lee"), entity("topic:taxes", "taxes")],
      [{ speaker: "person:ann-lee", targets: ["topic:taxes"], sentence: "Ann Lee said taxes must fall." }],
    );
    expect(mergeExtraction(g, other)).toBe(1);
    expect(g.getAttribute("documents").map((d) => d.id)).toEqual(["a", "a-2"]);
    const edge = g.getEdgeAttributes("a-2#c1:0");
    expect(edge.claim).toBe("a-2#c1");
    expect(edge.evidence[0]!.doc).toBe("a-2");
    expect(g.getNodeAttribute("person:ann-lee", "docs")).toEqual(["a-2"]);
  });

  it("numbers further clashes on (a-2, a-3)", () => {
    const g = buildGraph([DOC_A]);
    mergeExtraction(g, result("a", "one", [], []));
    mergeExtraction(g, result("a", "two", [], []));
    expect(g.getAttribute("documents").map((d) => d.id)).toEqual(["a", "a-2", "a-3"]);
  });

  it("maps the addressee to the resolved node", () => {
    const doc = result(
      "c",
      "Zelenskyy urged Moscow to talk.",
      [entity("person:zelenskyy", "Zelenskyy"), entity("country:russian-federation", "Russian Federation", ["Russia"])],
      [
        {
          speaker: "person:zelenskyy",
          stance: "demands",
          targets: ["country:russian-federation"],
          addressee: "country:russian-federation",
          sentence: "Zelenskyy urged Moscow to talk.",
        },
      ],
    );
    const g = buildGraph([DOC_A, doc]);
    expect(g.getEdgeAttribute("c#c1:0", "addressee")).toBe("country:russia");
    expect(g.target("c#c1:0")).toBe("country:russia");
  });
});

describe("a merge applies whole or not at all", () => {
  it("gives a document whose claim ids an imported graph already uses as edge keys the next free id, and adds all of it", () => {
    const g = buildGraph([DOC_A]);
    // A foreign graph's edge with the key that document b's first claim would take.
    g.addNode("person:someone", { label: "Someone", kind: "person", aliases: [], mentions: 1, docs: [] });
    g.addDirectedEdgeWithKey("b#c1:0", "person:someone", "country:russia", {
      stance: "states",
      claim: "b#c1",
      summary: "x",
      quote: null,
      addressee: null,
      evidence: [{ doc: "a", start: 0, end: 5, text: TEXT_A.slice(0, 5) }],
    });
    mergeExtraction(g, DOC_B);
    expect(g.getAttribute("documents").map((d) => d.id)).toEqual(["a", "b-2"]);
    expect(g.source("b-2#c1:0")).toBe("person:volodymyr-zelenskyy");
    expect(g.source("b#c1:0")).toBe("person:someone");
  });

  it("undoes everything it did when it fails half-way, and says which document failed", () => {
    const g = buildGraph([DOC_A]);
    const before = JSON.stringify(g.export());
    // A claim whose speaker resolves but whose evidence cannot be copied: the merge throws after
    // the document, nodes and the first claim's edges were added.
    const bad = structuredClone(DOC_B);
    (bad.claims[1] as { evidence: unknown }).evidence = null;
    expect(() => mergeDocument(g, bad)).toThrow(MergeError);
    expect(() => mergeDocument(g, bad)).toThrow(/could not add “b\.txt” \(.*\); nothing of it was added/);
    expect(JSON.stringify(g.export())).toBe(before);
    // The graph still merges as if nothing had happened.
    mergeExtraction(g, DOC_B);
    expect(JSON.stringify(g.export())).toBe(JSON.stringify(buildGraph([DOC_A, DOC_B]).export()));
  });
});
