// Specification of corrections by the user (src/graph/edits/, docs/graph.md "Corrections (edits)"):
// each correction is an operation recorded in the graph, undone and redone exactly, carried by the
// graph JSON, and applied again when articles are added; one that cannot apply is reported, never lost.
import { beforeAll, describe, expect, it } from "vitest";
import { loadExtractor, type Extractor } from "../src/extraction/index.js";
import type { Claim, Entity, EntityKind, ExtractionResult, SourceDocument } from "../src/extraction/types.js";
import { addEdits, EditError, EditHistory, editsOf, parseEditsFile, replayEdits, type EditOp } from "../src/graph/edits/index.js";
import { claimsCSV, graphml } from "../src/graph/export/formats.js";
import { exportGraphJSON, GraphFormatError, importGraph } from "../src/graph/format.js";
import { buildGraph, claimsOf, createClaimGraph, mergeDocument, type ClaimGraph } from "../src/graph/model.js";

const NOW = () => new Date("2026-01-05T10:00:00.000Z");

function entity(key: string, label: string, aliases: string[] = [], extra: Partial<Entity> = {}): Entity {
  return { key, label, kind: key.slice(0, key.indexOf(":")) as EntityKind, aliases, mentions: 1, ...extra };
}

/** A document whose claims each cover one sentence of its text. */
function result(
  id: string,
  text: string,
  entities: Entity[],
  claims: { speaker: string; targets: string[]; sentence: string; addressee?: string; stance?: Claim["stance"] }[],
): ExtractionResult {
  return {
    document: { id, title: `Title ${id}`, date: null, source: `${id}.txt`, text },
    entities,
    claims: claims.map((c, i) => {
      const start = text.indexOf(c.sentence);
      if (start < 0) throw new Error(`not in text: ${c.sentence}`);
      return {
        id: `${id}#c${i + 1}`,
        speaker: c.speaker,
        stance: c.stance ?? "states",
        targets: c.targets,
        addressee: c.addressee ?? null,
        summary: c.sentence,
        quote: null,
        evidence: [{ doc: id, start, end: start + c.sentence.length, text: c.sentence }],
      };
    }),
  };
}

const TEXT_A = "Zelensky said the plan was vital. Peskov rejected the plan. Volodymyr Zelenskyy urged Russia to talk. Monday said nothing.";
const TEXT_B = "Volodymyr Zelenskyy said Russia must withdraw. Russia opposed the plan.";

/**
 * Two articles: "Zelensky" and "Volodymyr Zelenskyy" as two nodes (to merge), Peskov speaking for
 * the Kremlin, a false entity "Monday" (to delete), Russia addressed by Zelenskyy.
 */
function fixture(): ClaimGraph {
  return buildGraph([
    result(
      "a",
      TEXT_A,
      [
        entity("person:zelensky", "Zelensky", [], { kindGuessed: true }),
        entity("person:volodymyr-zelenskyy", "Volodymyr Zelenskyy", ["Zelenskyy", "President Zelenskyy"]),
        entity("person:dmitry-peskov", "Dmitry Peskov", ["Peskov"], { affiliations: [{ entity: "organization:kremlin", role: "spokesman" }] }),
        entity("organization:kremlin", "Kremlin"),
        entity("country:russia", "Russia"),
        entity("topic:plan", "plan"),
        entity("person:monday", "Monday", [], { kindGuessed: true }),
      ],
      [
        { speaker: "person:zelensky", targets: ["topic:plan"], sentence: "Zelensky said the plan was vital." },
        {
          speaker: "person:dmitry-peskov",
          targets: ["topic:plan", "person:zelensky"],
          sentence: "Peskov rejected the plan.",
          stance: "opposes",
          addressee: "person:zelensky",
        },
        {
          speaker: "person:volodymyr-zelenskyy",
          targets: ["country:russia"],
          sentence: "Volodymyr Zelenskyy urged Russia to talk.",
          stance: "demands",
          addressee: "country:russia",
        },
        { speaker: "person:monday", targets: ["topic:plan"], sentence: "Monday said nothing." },
      ],
    ),
    result(
      "b",
      TEXT_B,
      [entity("person:volodymyr-zelenskyy", "Volodymyr Zelenskyy", ["Zelenskyy"]), entity("country:russia", "Russia"), entity("topic:plan", "plan")],
      [
        { speaker: "person:volodymyr-zelenskyy", targets: ["country:russia"], sentence: "Volodymyr Zelenskyy said Russia must withdraw." },
        { speaker: "country:russia", targets: ["topic:plan"], sentence: "Russia opposed the plan.", stance: "opposes" },
      ],
    ),
  ]);
}

/** The graph file's text: the same text is the same graph, to the order of nodes and edges. */
const file = (g: ClaimGraph) => exportGraphJSON(g);
const claim = (g: ClaimGraph, id: string) => claimsOf(g).find((c) => c.id === id);
const history = (g: ClaimGraph) => new EditHistory(g, { now: NOW, by: "analyst" });

describe("corrections on a node", () => {
  it("rename: a new label; the old one stays an alias, so the old name still finds the node", () => {
    const g = fixture();
    const op = history(g).apply({ op: "renameNode", node: "person:zelensky", label: "Zelensky (guess)" });
    expect(op).toEqual({
      op: "renameNode",
      node: { key: "person:zelensky", label: "Zelensky", kind: "person" },
      label: "Zelensky (guess)",
      at: "2026-01-05T10:00:00.000Z",
      by: "analyst",
    });
    expect(g.getNodeAttributes("person:zelensky")).toMatchObject({ label: "Zelensky (guess)", aliases: ["Zelensky"], edited: true });
  });

  it("change kind: the kind is set and no longer a guess", () => {
    const g = fixture();
    history(g).apply({ op: "setNodeKind", node: "person:monday", kind: "topic" });
    expect(g.getNodeAttribute("person:monday", "kind")).toBe("topic");
    expect(g.getNodeAttribute("person:monday", "kindGuessed")).toBeUndefined();
  });

  it("merge: claims, addressees, names and documents move to the node merged into; the merged node goes", () => {
    const g = fixture();
    history(g).apply({ op: "mergeNodes", node: "person:zelensky", into: "person:volodymyr-zelenskyy" });
    expect(g.hasNode("person:zelensky")).toBe(false);
    const z = g.getNodeAttributes("person:volodymyr-zelenskyy");
    expect(z.aliases).toContain("Zelensky");
    expect(z.mentions).toBe(3);
    expect(z.docs).toEqual(["a", "b"]);
    expect(claim(g, "a#c1")).toMatchObject({ speaker: "person:volodymyr-zelenskyy", targets: ["topic:plan"] });
    expect(claim(g, "a#c2")).toMatchObject({ targets: ["topic:plan", "person:volodymyr-zelenskyy"], addressee: "person:volodymyr-zelenskyy" });
    expect(g.getEdgeAttribute("a#c1:0", "edited")).toBe(true);
  });

  it("merge: affiliations move, and who spoke for the merged node speaks for the node merged into", () => {
    const g = fixture();
    history(g).apply({ op: "mergeNodes", node: "organization:kremlin", into: "country:russia" });
    expect(g.getNodeAttribute("person:dmitry-peskov", "affiliations")).toEqual([{ entity: "country:russia", role: "spokesman", docs: ["a"] }]);
  });

  it("merge: the same target twice in one claim becomes one edge", () => {
    const g = fixture();
    history(g).apply({ op: "mergeNodes", node: "topic:plan", into: "person:zelensky" });
    expect(claim(g, "a#c2")?.targets).toEqual(["person:zelensky"]);
  });

  it("split an alias off into a node of its own", () => {
    const g = fixture();
    const op = history(g).apply({ op: "splitAlias", node: "person:volodymyr-zelenskyy", alias: "President Zelenskyy" });
    expect(op).toMatchObject({ key: "person:president-zelenskyy", kind: "person" });
    expect(g.getNodeAttribute("person:volodymyr-zelenskyy", "aliases")).toEqual(["Zelenskyy"]);
    expect(g.getNodeAttributes("person:president-zelenskyy")).toMatchObject({ label: "President Zelenskyy", kind: "person", aliases: [] });
  });

  it("delete: the node, the edges of its claims, its place as addressee and the affiliations naming it go", () => {
    const g = fixture();
    history(g).apply({ op: "deleteNode", node: "person:zelensky" });
    history(g).apply({ op: "deleteNode", node: "organization:kremlin" });
    expect(g.hasNode("person:zelensky")).toBe(false);
    expect(claim(g, "a#c1")).toBeUndefined();
    expect(claim(g, "a#c2")).toMatchObject({ targets: ["topic:plan"], addressee: null });
    expect(g.getEdgeAttribute("a#c2:0", "edited")).toBe(true);
    expect(g.getNodeAttribute("person:dmitry-peskov", "affiliations")).toBeUndefined();
  });

  it("a node named by its label is found; one that is not in the graph is an EditError, and nothing changes", () => {
    const g = fixture();
    const before = file(g);
    expect((history(g).apply({ op: "deleteNode", node: { label: "Monday" } }) as { node: unknown }).node).toEqual({
      key: "person:monday",
      label: "Monday",
      kind: "person",
    });
    const g2 = fixture();
    expect(() => history(g2).apply({ op: "deleteNode", node: "person:nobody" })).toThrow(EditError);
    expect(file(g2)).toBe(before);
  });
});

describe("corrections on a claim (every edge of the claim, marked edited)", () => {
  it("stance", () => {
    const g = fixture();
    history(g).apply({ op: "setClaimStance", claim: "a#c2", stance: "supports" });
    expect(g.getEdgeAttributes("a#c2:0")).toMatchObject({ stance: "supports", edited: true });
    expect(g.getEdgeAttributes("a#c2:1")).toMatchObject({ stance: "supports", edited: true });
    expect(g.getEdgeAttribute("a#c1:0", "edited")).toBeUndefined();
  });

  it("speaker", () => {
    const g = fixture();
    history(g).apply({ op: "setClaimSpeaker", claim: "a#c2", speaker: "organization:kremlin" });
    expect(claim(g, "a#c2")).toMatchObject({ speaker: "organization:kremlin", targets: ["topic:plan", "person:zelensky"] });
  });

  it("targets: kept ones keep their edge, new ones get the claim's next key", () => {
    const g = fixture();
    history(g).apply({ op: "setClaimTargets", claim: "a#c2", targets: ["topic:plan", "country:russia"] });
    expect(claim(g, "a#c2")?.targets).toEqual(["topic:plan", "country:russia"]);
    expect(g.hasEdge("a#c2:0") && g.target("a#c2:0")).toBe("topic:plan");
    expect(g.target("a#c2:1")).toBe("country:russia");
  });

  it("addressee, and none", () => {
    const g = fixture();
    const h = history(g);
    h.apply({ op: "setClaimAddressee", claim: "a#c1", addressee: "country:russia" });
    expect(claim(g, "a#c1")?.addressee).toBe("country:russia");
    h.apply({ op: "setClaimAddressee", claim: "a#c1", addressee: null });
    expect(claim(g, "a#c1")?.addressee).toBeNull();
  });

  it("delete", () => {
    const g = fixture();
    history(g).apply({ op: "deleteClaim", claim: "a#c2" });
    expect(claim(g, "a#c2")).toBeUndefined();
    expect(g.hasNode("person:dmitry-peskov")).toBe(true);
  });

  it("the operation records where the claim stands, so a rebuilt graph can check the id", () => {
    const g = fixture();
    const op = history(g).apply({ op: "deleteClaim", claim: "b#c2" });
    expect(op).toMatchObject({ claim: "b#c2", span: { doc: "b", start: TEXT_B.indexOf("Russia opposed"), end: TEXT_B.length } });
  });
});

describe("deleting a document", () => {
  it("its claims go, nodes left with no claim and no document go, the others lose it from their documents", () => {
    const g = fixture();
    history(g).apply({ op: "deleteDocument", doc: "a" });
    expect(g.getAttribute("documents").map((d) => d.id)).toEqual(["b"]);
    expect(claimsOf(g).map((c) => c.id)).toEqual(["b#c1", "b#c2"]);
    expect(g.nodes().sort()).toEqual(["country:russia", "person:volodymyr-zelenskyy", "topic:plan"]);
    expect(g.getNodeAttribute("person:volodymyr-zelenskyy", "docs")).toEqual(["b"]);
  });
});

describe("the edited mark in the exports", () => {
  it("the claims CSV has an edited column, GraphML an edited field", () => {
    const g = fixture();
    history(g).apply({ op: "setClaimStance", claim: "a#c1", stance: "proposes" });
    const rows = claimsCSV(g).trim().split("\r\n");
    expect(rows[0]!.split(",").pop()).toBe("edited");
    expect(rows[1]!.split(",").pop()).toBe("true");
    expect(rows[2]!.split(",").pop()).toBe("false");
    expect([...graphml(g)].join("")).toContain('<data key="e_edited">true</data>');
  });
});

/** One request of each kind, for the undo and redo specification. */
const EVERY_KIND = [
  { op: "renameNode", node: "person:zelensky", label: "Zelensky (guess)" },
  { op: "setNodeKind", node: "person:monday", kind: "topic" },
  { op: "mergeNodes", node: "person:zelensky", into: "person:volodymyr-zelenskyy" },
  { op: "mergeNodes", node: "organization:kremlin", into: "country:russia" },
  { op: "splitAlias", node: "person:volodymyr-zelenskyy", alias: "President Zelenskyy" },
  { op: "deleteNode", node: "person:zelensky" },
  { op: "deleteNode", node: "topic:plan" },
  { op: "setClaimStance", claim: "a#c2", stance: "supports" },
  { op: "setClaimSpeaker", claim: "a#c2", speaker: "country:russia" },
  { op: "setClaimTargets", claim: "a#c2", targets: ["country:russia"] },
  { op: "setClaimAddressee", claim: "a#c3", addressee: null },
  { op: "deleteClaim", claim: "a#c1" },
  { op: "deleteDocument", doc: "a" },
] as const;

describe("undo and redo", () => {
  for (const request of EVERY_KIND)
    it(`${request.op} ${JSON.stringify(request).slice(0, 80)}: undo gives back the same graph file, redo the corrected one`, () => {
      const g = fixture();
      const original = file(g);
      const h = history(g);
      expect(h.canUndo).toBe(false);
      expect(h.apply(request)).not.toBeNull();
      const corrected = file(g);
      expect(corrected).not.toBe(original);
      expect(h.canUndo).toBe(true);
      expect(h.undo()?.op).toBe(request.op);
      expect(file(g)).toBe(original);
      expect(h.canUndo).toBe(false);
      expect(h.canRedo).toBe(true);
      expect(h.redo()?.op).toBe(request.op);
      expect(file(g)).toBe(corrected);
    });

  it("many steps undone one by one, back to the original, and all redone", () => {
    const g = fixture();
    const files = [file(g)];
    const h = history(g);
    for (const request of [EVERY_KIND[0], EVERY_KIND[2], EVERY_KIND[3], EVERY_KIND[4], EVERY_KIND[7], EVERY_KIND[9], EVERY_KIND[12]]) {
      h.apply(request);
      files.push(file(g));
    }
    for (let i = files.length - 2; i >= 0; i--) {
      h.undo();
      expect(file(g)).toBe(files[i]);
    }
    expect(h.undo()).toBeNull();
    while (h.canRedo) h.redo();
    expect(file(g)).toBe(files[files.length - 1]);
    expect(editsOf(g)).toHaveLength(7);
  });

  it("a new correction after an undo drops what could be redone", () => {
    const g = fixture();
    const h = history(g);
    h.apply(EVERY_KIND[0]);
    h.undo();
    h.apply(EVERY_KIND[1]);
    expect(h.canRedo).toBe(false);
    expect(editsOf(g).map((e) => e.op)).toEqual(["setNodeKind"]);
  });

  it("a correction that changes nothing is not recorded", () => {
    const g = fixture();
    expect(history(g).apply({ op: "setClaimStance", claim: "a#c1", stance: "states" })).toBeNull();
    expect(g.getAttribute("edits")).toBeUndefined();
  });

  it("after the graph changed otherwise (an article added), the steps are forgotten; the corrections stay", () => {
    const g = fixture();
    const h = history(g);
    h.apply(EVERY_KIND[0]);
    mergeDocument(
      g,
      result(
        "c",
        "Russia said no.",
        [entity("country:russia", "Russia")],
        [{ speaker: "country:russia", targets: ["country:russia"], sentence: "Russia said no." }],
      ),
    );
    expect(h.canUndo).toBe(false);
    expect(h.undo()).toBeNull();
    expect(editsOf(g)).toHaveLength(1);
  });
});

describe("the log travels with the graph JSON", () => {
  it("export and import keep the corrections and the edited marks", () => {
    const g = fixture();
    const h = history(g);
    h.apply(EVERY_KIND[2]);
    h.apply(EVERY_KIND[7]);
    const back = importGraph(file(g));
    expect(editsOf(back)).toEqual(editsOf(g));
    expect(back.getEdgeAttribute("a#c2:0", "edited")).toBe(true);
    expect(file(back)).toBe(file(g));
  });

  it("a graph without corrections imports as before", () => {
    expect(editsOf(importGraph(file(fixture())))).toEqual([]);
  });

  it("a broken log is refused with messages that name the operation", () => {
    const data = JSON.parse(file(fixture()));
    data.attributes.edits = [
      { op: "renameNode", node: { key: "person:zelensky", label: "Zelensky" }, label: "Z", at: "2026-01-05T10:00:00Z" },
      { op: "mergeNodes", node: { key: "person:zelensky", label: "Zelensky" }, at: "yesterday" },
      { op: "explode" },
    ];
    data.edges[0].attributes.edited = "yes";
    expect(() => importGraph(data)).toThrow(GraphFormatError);
    try {
      importGraph(data);
    } catch (err) {
      const problems = (err as GraphFormatError).problems;
      expect(problems).toContain('attributes.edits: edit 1 (mergeNodes): at must be an ISO 8601 time, found "yesterday"');
      expect(problems).toContain("attributes.edits: edit 1 (mergeNodes): into must name a node: { key, label }");
      expect(problems.some((p) => p.startsWith('attributes.edits: edit 2: op is "explode", expected one of renameNode'))).toBe(true);
      expect(problems).toContain('edge "a#c1:0": edited must be true or false');
      expect(problems.join()).not.toMatch(/edit 0/);
    }
  });
});

describe("replay: corrections re-applied after new articles (idempotent)", () => {
  it("on the corrected graph itself nothing changes", () => {
    const g = fixture();
    const h = history(g);
    for (const r of EVERY_KIND.slice(0, 5)) h.apply(r);
    const corrected = file(g);
    expect(replayEdits(g)).toEqual({ applied: 0, unchanged: 5, problems: [] });
    expect(file(g)).toBe(corrected);
  });

  it("on the graph rebuilt from the same articles, the corrected graph comes back", () => {
    const g = fixture();
    const h = history(g);
    for (const r of [
      EVERY_KIND[0],
      EVERY_KIND[1],
      EVERY_KIND[3],
      EVERY_KIND[4],
      EVERY_KIND[7],
      EVERY_KIND[9],
      EVERY_KIND[10],
      EVERY_KIND[11],
      EVERY_KIND[2],
      { op: "deleteNode", node: "person:monday" } as const,
    ])
      expect(h.apply(r)).not.toBeNull();
    const rebuilt = fixture();
    const report = replayEdits(rebuilt, editsOf(g));
    expect(report.problems).toEqual([]);
    rebuilt.setAttribute("edits", [...editsOf(g)]);
    const sorted = (x: ClaimGraph) => ({
      nodes: x
        .nodes()
        .sort()
        .map((k) => [k, x.getNodeAttributes(k)]),
      claims: claimsOf(x).sort((a, b) => a.id.localeCompare(b.id)),
    });
    expect(sorted(rebuilt)).toEqual(sorted(g));
  });

  it("an operation that can no longer apply is reported with why, and stays in the log", () => {
    const g = fixture();
    const h = history(g);
    h.apply({ op: "renameNode", node: "person:monday", label: "Monday Group" });
    h.apply({ op: "setClaimStance", claim: "b#c2", stance: "supports" });
    const rebuilt = buildGraph([]);
    rebuilt.setAttribute("edits", [...editsOf(g)]);
    const report = replayEdits(rebuilt);
    expect(report.problems.map((p) => [p.index, p.op.op, p.reason])).toEqual([
      [0, "renameNode", 'no node "Monday" (person:monday) in the graph'],
      [1, "setClaimStance", "no claim b#c2 in the graph"],
    ]);
    expect(editsOf(rebuilt)).toHaveLength(2);
  });

  it("a claim id that now names another claim is found by where the claim stood", () => {
    const g = fixture();
    const op = history(g).apply({ op: "setClaimStance", claim: "b#c2", stance: "supports" }) as EditOp;
    // The same articles, the claims of "b" numbered the other way round.
    const rebuilt = fixture();
    for (const e of rebuilt.edges()) {
      const a = rebuilt.getEdgeAttributes(e);
      if (a.claim.startsWith("b#")) rebuilt.setEdgeAttribute(e, "claim", a.claim === "b#c1" ? "b#c2" : "b#c1");
    }
    expect(replayEdits(rebuilt, [op]).applied).toBe(1);
    expect(claimsOf(rebuilt).find((c) => c.summary === "Russia opposed the plan.")?.stance).toBe("supports");
    expect(claimsOf(rebuilt).find((c) => c.summary.startsWith("Volodymyr Zelenskyy said"))?.stance).toBe("states");
  });
});

describe("an edits file (the CLI's --edits)", () => {
  it("reads a list, { edits }, or a graph file's attributes.edits, nodes by key or label, time optional", () => {
    const list = [{ op: "mergeNodes", node: "Zelensky", into: "person:volodymyr-zelenskyy" }];
    expect(parseEditsFile(JSON.stringify(list))).toEqual({ edits: list });
    expect(parseEditsFile(JSON.stringify({ edits: list }))).toEqual({ edits: list });
    expect(parseEditsFile(JSON.stringify({ attributes: { format: "claimgraph/1", documents: [] } }))).toEqual({ edits: [] });
    expect(parseEditsFile('[{"op":"deleteNode"}]')).toEqual({
      problems: ['edit 0 (deleteNode): node must name a node: a key, or { "key", "label" } (either may be left out)'],
    });
    expect(parseEditsFile("{")).toMatchObject({ problems: [expect.stringMatching(/^not JSON/)] });
  });

  it("addEdits applies and records new requests, skips those the log holds, keeps and reports those that cannot apply", () => {
    const g = fixture();
    const requests = [
      { op: "mergeNodes", node: "Zelensky", into: "Volodymyr Zelenskyy" },
      { op: "deleteNode", node: "person:nobody" },
      { op: "setClaimStance", claim: "x#c1", stance: "opposes" },
    ] as const;
    const first = addEdits(g, requests, { now: NOW });
    expect(first).toMatchObject({ applied: 1, unchanged: 1, known: 0 });
    expect(first.problems.map((p) => [p.index, p.reason])).toEqual([[2, "no claim x#c1 in the graph"]]);
    expect(editsOf(g)).toHaveLength(3);
    expect(editsOf(g)[0]).toEqual({
      op: "mergeNodes",
      node: { key: "person:zelensky", label: "Zelensky", kind: "person" },
      into: { key: "person:volodymyr-zelenskyy", label: "Volodymyr Zelenskyy", kind: "person" },
      at: "2026-01-05T10:00:00.000Z",
    });
    const again = addEdits(g, requests, { now: NOW });
    expect(again).toMatchObject({ applied: 0, known: 3, added: [] });
    expect(editsOf(g)).toHaveLength(3);
  });
});

describe("corrections that last: new articles through the extraction", () => {
  let extractor: Extractor;
  beforeAll(async () => {
    extractor = await loadExtractor();
  });
  const doc = (id: string, text: string): SourceDocument => ({ id, title: null, date: null, source: `${id}.txt`, text: `Headline of ${id}\n${text}\n` });
  const merge = (g: ClaimGraph, d: SourceDocument) => mergeDocument(g, extractor.extract(d));
  const A = doc("a", "James Smithers, the union leader, said on Monday that the strike would continue. Smithers demanded a 5% raise from Acme Corp.");
  const B = doc("b", "Jed Smithers said the union would reject the offer from Acme Corp.");
  const C = doc("c", "Jed Smithers told reporters that the talks had failed.");
  const D = doc("d", "Senator Bob Fakename said the strike hurt the city.");
  const E = doc("e", "Senator Bob Fakename said on Tuesday that the strike had to end.");
  const speakerOf = (g: ClaimGraph, words: string) => claimsOf(g).find((c) => c.evidence[0]!.text.includes(words))?.speaker;

  it('after merging "Jed Smithers" into "James Smithers", a new article\'s "Jed Smithers" lands on that node', { timeout: 30_000 }, () => {
    const g = createClaimGraph();
    merge(g, A);
    merge(g, B);
    expect(g.hasNode("person:jed-smithers")).toBe(true);
    history(g).apply({ op: "mergeNodes", node: "Jed Smithers", into: "James Smithers" });
    merge(g, C);
    expect(g.hasNode("person:jed-smithers")).toBe(false);
    expect(speakerOf(g, "talks had failed")).toBe("person:james-smithers");
    expect(replayEdits(g)).toMatchObject({ applied: 0, problems: [] });
  });

  it("a deleted node that a new article brings back goes again on replay, with its claims", { timeout: 30_000 }, () => {
    const g = createClaimGraph();
    merge(g, A);
    merge(g, D);
    history(g).apply({ op: "deleteNode", node: "Bob Fakename" });
    merge(g, E);
    expect(g.hasNode("person:bob-fakename")).toBe(true);
    expect(replayEdits(g)).toMatchObject({ applied: 1, problems: [] });
    expect(g.hasNode("person:bob-fakename")).toBe(false);
    expect(speakerOf(g, "had to end")).toBeUndefined();
  });

  it("a graph rebuilt from the articles gets its corrections back by key or by name", { timeout: 30_000 }, () => {
    const g = createClaimGraph();
    [A, B, D].forEach((d) => merge(g, d));
    const h = history(g);
    h.apply({ op: "mergeNodes", node: "Jed Smithers", into: "James Smithers" });
    h.apply({ op: "renameNode", node: "James Smithers", label: "James 'Jed' Smithers" });
    h.apply({ op: "deleteNode", node: "Bob Fakename" });
    const rebuilt = createClaimGraph();
    [A, B, D, C].forEach((d) => merge(rebuilt, d));
    expect(replayEdits(rebuilt, editsOf(g))).toMatchObject({ applied: 3, problems: [] });
    expect(rebuilt.hasNode("person:jed-smithers")).toBe(false);
    expect(rebuilt.hasNode("person:bob-fakename")).toBe(false);
    expect(rebuilt.getNodeAttribute("person:james-smithers", "label")).toBe("James 'Jed' Smithers");
    expect(speakerOf(rebuilt, "talks had failed")).toBe("person:james-smithers");
  });
});
