// The export formats (src/graph/export/formats.ts), shared by the page's Export menu and
// `claimgraph export`: each one read back by a standard reader where there is one.
import gexfReader from "graphology-gexf";
import graphmlReader from "graphology-graphml";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { claimsCSV, cypher, EXPORT_FORMATS, exportFormat, gexf, graphml } from "../src/graph/export/formats.js";
import { importGraph } from "../src/graph/format.js";
import { buildGraph, type ClaimGraph } from "../src/graph/model.js";

function tiny(): ClaimGraph {
  const text = 'Anna Weiß said the plan works. Bob rejected the plan. Anna proposed a vote, urging Bob "to act\u0007".';
  const ev = (s: string) => ({ doc: "d", start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const g = buildGraph([
    {
      document: { id: "d", title: "Talks & “votes”", date: "2025-01-02", source: "https://example.com/talks", text },
      entities: [
        { key: "person:anna-weiss", label: "Anna Weiß", kind: "person", aliases: ["Weiß"], mentions: 2 },
        { key: "person:bob", label: "Bob <b>", kind: "person", aliases: [], mentions: 1 },
        { key: "topic:plan", label: "plan", kind: "topic", aliases: [], mentions: 2 },
      ],
      claims: [
        {
          id: "d#c1",
          speaker: "person:anna-weiss",
          stance: "states",
          targets: ["topic:plan"],
          addressee: null,
          summary: "the plan works",
          quote: null,
          evidence: [ev("Anna Weiß said the plan works")],
        },
        {
          id: "d#c2",
          speaker: "person:bob",
          stance: "opposes",
          targets: ["topic:plan"],
          addressee: null,
          summary: "rejected the plan",
          quote: null,
          evidence: [ev("Bob rejected the plan")],
        },
        {
          id: "d#c3",
          speaker: "person:anna-weiss",
          stance: "proposes",
          targets: ["topic:plan", "person:bob"],
          addressee: "person:bob",
          summary: "a vote",
          quote: "to act\u0007",
          evidence: [ev('Anna proposed a vote, urging Bob "to act\u0007"')],
        },
      ],
    },
  ]);
  g.forEachNode((n, _a) => g.mergeNodeAttributes(n, { x: n.length, y: -n.length }));
  return g;
}

const text = (chunks: Iterable<string>) => [...chunks].join("");

describe("export formats", () => {
  it("one list for the page and the CLI: JSON, GEXF, GraphML, CSV, Neo4j", () => {
    expect(EXPORT_FORMATS.map((f) => f.id)).toEqual(["json", "gexf", "graphml", "csv", "cypher"]);
    expect(exportFormat("graphml")?.extension).toBe("graphml");
    expect(exportFormat("pdf")).toBeUndefined();
  });

  it("graph JSON imports back to the same graph", () => {
    const g = tiny();
    const back = importGraph(text(exportFormat("json")!.write(g)));
    expect(back.export()).toEqual(g.export());
  });

  it("GEXF is version 1.3 with the viz namespace Gephi reads, and graphology's GEXF parser reads it back with each claim's fields", () => {
    const g = tiny();
    const xml = gexf(g);
    expect(xml).toContain('version="1.3"');
    expect(xml).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(xml).not.toContain("1.1draft");
    const back = gexfReader.parse(MultiDirectedGraph, xml);
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(back.getNodeAttributes("person:anna-weiss")).toMatchObject({ label: "Anna Weiß", kind: "person", color: "#3b6fd8", x: 17, y: -17 });
    const edge = back.getEdgeAttributes("d#c3:1");
    expect(edge).toMatchObject({
      stance: "proposes",
      claim: "d#c3",
      summary: "a vote",
      quote: "to act",
      addressee: "Bob <b>",
      document: "Talks & “votes”",
      date: "2025-01-02",
      source: "https://example.com/talks",
    });
  });

  it("GraphML is read back by graphology's GraphML parser, with the claims' fields and no control character", () => {
    const g = tiny();
    const xml = text(graphml(g));
    expect(xml).not.toMatch(/\u0007/);
    const back = graphmlReader.parse(MultiDirectedGraph, xml);
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(back.getNodeAttributes("person:bob")).toMatchObject({ label: "Bob <b>", kind: "person", mentions: 1 });
    expect(back.getEdgeAttributes("d#c3:0")).toMatchObject({
      stance: "proposes",
      quote: "to act",
      evidence: 'Anna proposed a vote, urging Bob "to act"',
      document: "Talks & “votes”",
    });
    expect(back.source("d#c2:0")).toBe("person:bob");
  });

  it("the claims CSV starts with a byte order mark, has the speaker's kind and the document's address, and neutralises formulas", () => {
    const g = tiny();
    g.setNodeAttribute("person:bob", "label", "=HYPERLINK(1)");
    const csv = claimsCSV(g);
    expect(csv.startsWith("\ufeffclaim,speaker,speaker_kind,stance,targets,addressee,summary,quote,evidence,document,source,date,edited\r\n")).toBe(true);
    const rows = csv.trim().split("\r\n");
    expect(rows).toHaveLength(4);
    expect(rows[2]).toBe(
      "d#c2,'=HYPERLINK(1),person,opposes,plan,,rejected the plan,,Bob rejected the plan,Talks & “votes”,https://example.com/talks,2025-01-02,false",
    );
  });

  it("the Neo4j script creates each entity once, with its kind as a label, and each claim edge as a CLAIM relationship", () => {
    const script = text(cypher(tiny()));
    expect(script).toMatch(/^\/\/ claimgraph export\. Load with: cypher-shell/);
    expect(script).toContain("CREATE CONSTRAINT claimgraph_entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;");
    expect(script).toMatch(/MERGE \(e:Entity \{key: row\.key\}\) SET e \+= row, e:Person;/);
    expect(script).toMatch(/MERGE \(a\)-\[c:CLAIM \{key: row\.key\}\]->\(b\) SET c\.stance = row\.stance/);
    // Strings are JSON-escaped literals: quotes and control characters cannot break out.
    expect(script).toContain('label: "Bob <b>"');
    expect(script).toContain('evidence: "Anna proposed a vote, urging Bob \\"to act\\u0007\\""');
    expect(script.match(/;\n/g)).toHaveLength(4); // the constraint, the persons, the topics, the claims
  });
});
