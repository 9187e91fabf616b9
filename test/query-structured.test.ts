// Structured queries, names and the index, on small graphs built in the test with buildGraph().
import { describe, expect, it } from "vitest";
import type { Claim, Entity, EntityKind, ExtractionResult, Stance } from "../src/extraction/types.js";
import { buildGraph } from "../src/graph/model.js";
import { ask, buildQueryIndex, queryIndexFor, resolveName, runQuery, suggestNames, toCSV } from "../src/graph/query/index.js";

type ClaimSpec = [speaker: string, stance: Stance, targets: string[], summary: string, addressee?: string];

/** One document whose text is the claims' summaries, each the evidence of its claim. */
function article(id: string, date: string | null, entities: [key: string, label: string, aliases?: string[]][], claims: ClaimSpec[]): ExtractionResult {
  let text = "";
  const built: Claim[] = claims.map(([speaker, stance, targets, summary, addressee], i) => {
    const start = text.length;
    text += summary + ". ";
    return {
      id: `${id}#c${i + 1}`,
      speaker,
      stance,
      targets,
      addressee: addressee ?? null,
      summary,
      quote: null,
      evidence: [{ doc: id, start, end: start + summary.length, text: summary }],
    };
  });
  const ents: Entity[] = entities.map(([key, label, aliases = []]) => ({ key, label, kind: key.split(":")[0] as EntityKind, aliases, mentions: 1 }));
  return { document: { id, title: `Title of ${id}`, date, source: `${id}.txt`, text }, entities: ents, claims: built };
}

const PEOPLE: [string, string, string[]?][] = [
  ["person:ana-lopez", "Ana López", ["Lopez"]],
  ["person:ben-okafor", "Ben Okafor"],
  ["person:chen-wei", "Chen Wei"],
  ["topic:tariff", "tariff", ["import tariff"]],
  ["topic:budget", "budget"],
];

const graph = buildGraph([
  article("a1", "2025-03-01", PEOPLE, [
    ["person:ana-lopez", "proposes", ["topic:tariff"], "a ten percent import tariff", "person:ben-okafor"],
    ["person:ben-okafor", "opposes", ["topic:tariff"], "any new tariff"],
    ["person:chen-wei", "supports", ["topic:tariff", "topic:budget"], "the tariff and the budget"],
  ]),
  article("a2", "2025-04-15", PEOPLE, [
    ["person:ana-lopez", "demands", ["topic:budget"], "a balanced budget"],
    ["person:ben-okafor", "commits", ["topic:budget"], "to pass the budget by May", "person:chen-wei"],
  ]),
  article("a3", null, PEOPLE, [["person:chen-wei", "states", ["person:ana-lopez"], "Lopez is right"]]),
]);
const index = buildQueryIndex(graph);
const key = (name: string) => resolveName(index.names, name);
const ids = (q: Parameters<typeof runQuery>[1]) => runQuery(index, q).map((c) => c.id);

describe("structured queries: each condition", () => {
  it("no condition returns every claim in graph order", () => {
    expect(ids({})).toEqual(["a1#c1", "a1#c2", "a1#c3", "a2#c1", "a2#c2", "a3#c1"]);
  });
  it("speaker, stance, target, addressee and document", () => {
    expect(ids({ speaker: "person:ana-lopez" })).toEqual(["a1#c1", "a2#c1"]);
    expect(ids({ stance: "opposes" })).toEqual(["a1#c2"]);
    expect(ids({ target: "topic:budget" })).toEqual(["a1#c3", "a2#c1", "a2#c2"]);
    expect(ids({ addressee: "person:chen-wei" })).toEqual(["a2#c2"]);
    expect(ids({ document: "a2" })).toEqual(["a2#c1", "a2#c2"]);
  });
  it("a list of values means any of them, in graph order", () => {
    expect(ids({ stance: ["commits", "proposes"] })).toEqual(["a1#c1", "a2#c2"]);
    expect(ids({ speaker: ["person:chen-wei", "person:ana-lopez"] })).toEqual(["a1#c1", "a1#c3", "a2#c1", "a3#c1"]);
  });
  it("conditions combine", () => {
    expect(ids({ speaker: "person:ana-lopez", target: "topic:budget", stance: ["demands", "states"], document: "a2" })).toEqual(["a2#c1"]);
    expect(ids({ speaker: "person:ana-lopez", stance: "opposes" })).toEqual([]);
  });
  it("a date range keeps dated claims within it, partial dates included", () => {
    expect(ids({ from: "2025-04" })).toEqual(["a2#c1", "a2#c2"]);
    expect(ids({ to: "2025-03-31" })).toEqual(["a1#c1", "a1#c2", "a1#c3"]);
    expect(ids({ from: "2025", to: "2025" })).toHaveLength(5);
  });
  it("results carry labels, summary, evidence, documents and the edges to highlight", () => {
    const c = runQuery(index, { stance: "proposes" })[0]!;
    expect(c).toMatchObject({
      speaker: { key: "person:ana-lopez", label: "Ana López" },
      targets: [{ key: "topic:tariff", label: "tariff" }],
      addressee: { key: "person:ben-okafor", label: "Ben Okafor" },
      summary: "a ten percent import tariff",
      documents: [{ id: "a1", title: "Title of a1", date: "2025-03-01" }],
      date: "2025-03-01",
      edges: ["a1#c1:0"],
    });
    expect(c.evidence[0]!.text).toBe("a ten percent import tariff");
  });
  it("a query does not hand out the index's own lists", () => {
    runQuery(index, { stance: "opposes" }).push(runQuery(index, {})[0]!);
    expect(ids({ stance: "opposes" })).toEqual(["a1#c2"]);
  });
});

describe("names: labels, aliases, surnames, case and accents", () => {
  it("resolves a label, an alias and a surname to the same node", () => {
    for (const name of ["Ana López", "ana lopez", "ANA LOPEZ", "Lopez", "López", "López's", "the Lopez"])
      expect(key(name), name).toEqual({ ok: true, keys: ["person:ana-lopez"], text: expect.any(String) });
  });
  it("suggests the nearest names for a misspelled one", () => {
    expect(suggestNames(index.names, "Okafur")).toEqual(["Ben Okafor"]);
    expect(key("Chen Way")).toMatchObject({ ok: false, suggestions: ["Chen Wei"] });
    expect(key("Nobody At All")).toMatchObject({ ok: false, suggestions: [] });
  });
});

describe("questions on a small graph", () => {
  it("'who supports the import tariff' and 'who opposes tariff'", () => {
    expect(ask(graph, "who supports the import tariff").claims.map((c) => c.speaker.label)).toEqual(["Chen Wei"]);
    expect(ask(graph, "who opposes tariff").claims.map((c) => c.speaker.label)).toEqual(["Ben Okafor"]);
  });
  it("'what did Okafor promise' is a commitment", () => {
    expect(ask(graph, "what did Okafor promise").claims.map((c) => c.summary)).toEqual(["to pass the budget by May"]);
  });
  it("'what did Lopez say to Okafor' uses the addressee", () => {
    expect(ask(graph, "what did Lopez say to Okafor").claims.map((c) => c.id)).toEqual(["a1#c1"]);
  });
});

describe("questions: names that look like other words", () => {
  it("'May' is Theresa May, not an auxiliary verb", () => {
    const g = buildGraph([
      article(
        "m",
        null,
        [
          ["person:theresa-may", "Theresa May", ["May"]],
          ["topic:transition", "transition"],
        ],
        [["person:theresa-may", "proposes", ["topic:transition"], "a two-year transition"]],
      ),
    ]);
    const a = ask(g, "what did May propose");
    expect(a.kind === "claims" && a.query).toEqual({ stance: "proposes", speaker: ["person:theresa-may"] });
  });
  it("cues outside the contract's table: threatened is a demand, warned a statement, vetoed an opposition", () => {
    const stance = (q: string) => {
      const a = ask(graph, q);
      return a.kind === "claims" ? a.query.stance : a.message;
    };
    expect(stance("who threatened Lopez")).toBe("demands");
    expect(stance("who warned what")).toBe("states");
    expect(stance("who vetoed the budget")).toBe("opposes");
  });
  it("'Lopez's tariff' is the tariff: of names side by side, the last is the head", () => {
    const a = ask(graph, "who opposes Lopez's tariff");
    expect(a.kind === "claims" && a.query.target).toEqual(["topic:tariff"]);
  });
  it("nouns with make-like verbs, with or without a speaker", () => {
    const query = (q: string) => {
      const a = ask(graph, q);
      return a.kind === "claims" ? a.query : a.message;
    };
    expect(query("which proposals were made about the tariff")).toEqual({ stance: "proposes", target: ["topic:tariff"] });
    expect(query("who gave an ultimatum to Okafor")).toEqual({ stance: "demands", addressee: ["person:ben-okafor"] });
    expect(query("what commitments did Okafor make")).toEqual({ stance: "commits", speaker: ["person:ben-okafor"] });
  });
  it("a question with a verb it does not know says so", () => {
    expect(ask(graph, "who frobnicated Lopez").message).toMatch(/I know no stance verb in it: use said, proposed/);
  });
});

describe("the index of a graph", () => {
  it("is built once and reused while the graph does not change", () => {
    const g = buildGraph([article("x", null, PEOPLE, [["person:ana-lopez", "states", ["topic:budget"], "fine"]])]);
    const first = queryIndexFor(g);
    expect(queryIndexFor(g)).toBe(first);
    g.setNodeAttribute("person:ana-lopez", "x", 10); // layout and highlighting: no rebuild
    g.setEdgeAttribute("x#c1:0", "hidden", true);
    expect(queryIndexFor(g)).toBe(first);
    g.setNodeAttribute("person:ana-lopez", "label", "Ana Lopez-Garcia");
    const second = queryIndexFor(g);
    expect(second).not.toBe(first);
    expect(ask(g, "what did Ana Lopez-Garcia say").claims).toHaveLength(1);
    g.dropEdge("x#c1:0");
    expect(queryIndexFor(g).claims).toHaveLength(0);
  });
});

describe("export: CSV", () => {
  it("has a header, one row per claim, quoting and formula guard", () => {
    const g = buildGraph([article("q", "2025-01-01", PEOPLE, [["person:ana-lopez", "states", ["topic:budget"], '=SUM(A1), "quoted"']])]);
    const csv = toCSV(queryIndexFor(g).claims);
    const [header, row] = csv.trimEnd().split("\r\n");
    expect(header).toBe("speaker,speaks_for,stance,target,addressee,summary,quote,evidence,document,date,claim");
    expect(row).toBe(`Ana López,,states,budget,,"'=SUM(A1), ""quoted""",,"'=SUM(A1), ""quoted""",Title of q,2025-01-01,q#c1`);
  });
});
