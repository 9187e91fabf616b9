// Specification of the graph file format (CONTRACT.md): export, import, and the validation that
// rejects a bad file with a GraphFormatError whose message says what is wrong.
import { describe, expect, it } from "vitest";
import type { ExtractionResult } from "../src/extraction/types.js";
import { exportGraph, exportGraphJSON, GraphFormatError, importGraph, validateGraphData } from "../src/graph/format.js";
import { buildGraph, claimsOf, FORMAT } from "../src/graph/model.js";
import { ask } from "../src/graph/query/index.js";

const TEXT = "Ann Lee said taxes must fall. Boeing urged Congress to act.";
const EV1 = "Ann Lee said taxes must fall.";
const EV2 = "Boeing urged Congress to act.";

function sample(): ExtractionResult {
  return {
    document: { id: "doc-a", title: "Taxes", date: "2025-01-02", source: "a.txt", text: TEXT },
    entities: [
      { key: "person:ann-lee", label: "Ann Lee", kind: "person", aliases: ["Lee"], mentions: 1 },
      { key: "organization:boeing", label: "Boeing", kind: "organization", aliases: [], mentions: 1 },
      { key: "organization:congress", label: "Congress", kind: "organization", aliases: [], mentions: 1 },
      { key: "topic:taxes", label: "taxes", kind: "topic", aliases: [], mentions: 1 },
    ],
    claims: [
      {
        id: "doc-a#c1",
        speaker: "person:ann-lee",
        stance: "demands",
        targets: ["topic:taxes"],
        addressee: null,
        summary: "taxes must fall",
        quote: null,
        evidence: [{ doc: "doc-a", start: 0, end: EV1.length, text: EV1 }],
        cue: "said",
      },
      {
        id: "doc-a#c2",
        speaker: "organization:boeing",
        stance: "demands",
        targets: ["organization:congress", "topic:taxes"],
        addressee: "organization:congress",
        summary: "Congress to act",
        quote: null,
        evidence: [{ doc: "doc-a", start: 30, end: 30 + EV2.length, text: EV2 }],
      },
    ],
  };
}

/** A fresh, valid exported graph as a plain object that a test may break. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function validData(): any {
  return JSON.parse(exportGraphJSON(buildGraph([sample()])));
}

/** The GraphFormatError that importing `data` throws (fails the test when none is thrown). */
function rejection(data: unknown): GraphFormatError {
  try {
    importGraph(data);
  } catch (err) {
    expect(err).toBeInstanceOf(GraphFormatError);
    return err as GraphFormatError;
  }
  throw new Error("importGraph accepted an invalid graph");
}

describe("export", () => {
  it("is graphology's serialization of a directed multigraph", () => {
    const data = exportGraph(buildGraph([sample()])) as { options: object };
    expect(data.options).toEqual({ type: "directed", multi: true, allowSelfLoops: true });
  });

  it("tags the file with the format and lists the documents with their full text", () => {
    const data = validData();
    expect(data.attributes.format).toBe(FORMAT);
    expect(data.attributes.documents).toEqual([sample().document]);
  });

  it("writes nodes with label, kind, aliases and mentions", () => {
    const node = validData().nodes.find((n: { key: string }) => n.key === "person:ann-lee");
    expect(node.attributes).toMatchObject({ label: "Ann Lee", kind: "person", aliases: ["Lee"], mentions: 1 });
  });

  it("writes edges from the speaker with stance, claim id, summary, quote, addressee and evidence", () => {
    const edge = validData().edges.find((e: { attributes: { claim: string } }) => e.attributes.claim === "doc-a#c2");
    expect(edge.source).toBe("organization:boeing");
    expect(edge.attributes).toMatchObject({
      stance: "demands",
      summary: "Congress to act",
      quote: null,
      addressee: "organization:congress",
      evidence: [{ doc: "doc-a", start: 30, end: 59, text: EV2 }],
    });
  });

  it("exportGraphJSON is compact by default and indents on request", () => {
    const g = buildGraph([sample()]);
    expect(exportGraphJSON(g)).not.toContain("\n");
    expect(exportGraphJSON(g, 2)).toContain('\n  "options"');
    expect(JSON.parse(exportGraphJSON(g, 2))).toEqual(exportGraph(g));
  });
});

describe("export/import round trip", () => {
  it("importing an exported graph and exporting it again gives the identical file", () => {
    const json = exportGraphJSON(buildGraph([sample()]));
    expect(exportGraphJSON(importGraph(json))).toBe(json);
  });

  it("keeps every node, edge and claim", () => {
    const g = buildGraph([sample()]);
    const back = importGraph(exportGraphJSON(g));
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(claimsOf(back)).toEqual(claimsOf(g));
  });

  it("accepts the parsed object as well as the JSON text", () => {
    const data = validData();
    expect(exportGraph(importGraph(data))).toEqual(data);
  });

  it("keeps layout and style attributes (x, y, size, color) and other extra attributes", () => {
    const data = validData();
    Object.assign(data.nodes[0].attributes, { x: 1.5, y: -2, size: 7, color: "#ff0000", community: 3 });
    data.edges[0].attributes.color = "#00ff00";
    const g = importGraph(JSON.stringify(data));
    expect(g.getNodeAttributes(data.nodes[0].key)).toMatchObject({ x: 1.5, y: -2, size: 7, color: "#ff0000", community: 3 });
    expect(g.getEdgeAttribute(data.edges[0].key, "color")).toBe("#00ff00");
  });

  it("fills in optional node attributes that a hand-written file leaves out", () => {
    const data = validData();
    for (const n of data.nodes) {
      delete n.attributes.aliases;
      delete n.attributes.docs;
      delete n.attributes.mentions;
    }
    const g = importGraph(data);
    expect(g.getNodeAttributes("person:ann-lee")).toMatchObject({ aliases: [], docs: [], mentions: 1 });
  });

  it("accepts a file without options", () => {
    const data = validData();
    delete data.options;
    expect(importGraph(data).size).toBe(3);
  });
});

describe("import validation", () => {
  it("the valid sample has no problems", () => {
    expect(validateGraphData(validData())).toEqual([]);
  });

  it("rejects text that is not JSON", () => {
    const err = rejection("{ not json");
    expect(err.message).toMatch(/not JSON/);
    expect(err.name).toBe("GraphFormatError");
  });

  it("rejects a top level that is not an object", () => {
    expect(rejection("[1, 2]").message).toMatch(/top level must be an object/);
  });

  it("rejects a wrong format tag and names both tags", () => {
    const data = validData();
    data.attributes.format = "other/2";
    const msg = rejection(data).message;
    expect(msg).toContain('attributes.format is "other/2"');
    expect(msg).toContain(`expected "${FORMAT}"`);
  });

  it("rejects a missing documents list", () => {
    const data = validData();
    delete data.attributes.documents;
    expect(rejection(data).message).toMatch(/attributes\.documents must be a list/);
  });

  it("rejects a document used twice", () => {
    const data = validData();
    data.attributes.documents.push({ ...data.attributes.documents[0] });
    expect(rejection(data).message).toContain('document id "doc-a" is used twice');
  });

  it("rejects an undirected or simple graph", () => {
    const undirected = validData();
    undirected.options.type = "undirected";
    expect(rejection(undirected).message).toContain('options.type is "undirected"');
    const simple = validData();
    simple.options.multi = false;
    expect(rejection(simple).message).toContain("options.multi is false");
  });

  it("rejects an unknown node kind and lists the kinds", () => {
    const data = validData();
    data.nodes[0].attributes.kind = "type";
    const msg = rejection(data).message;
    expect(msg).toContain(`node "${data.nodes[0].key}" has kind "type"`);
    expect(msg).toContain("person, organization, country, place, group, topic");
  });

  it("accepts affiliations that name other nodes, and round-trips them", () => {
    const data = validData();
    const lee = data.nodes.find((n: { key: string }) => n.key === "person:ann-lee");
    lee.attributes.affiliations = [{ entity: "organization:boeing", role: "spokeswoman", docs: ["doc-a"] }];
    lee.attributes.kindGuessed = false;
    expect(validateGraphData(data)).toEqual([]);
    expect(importGraph(data).getNodeAttribute("person:ann-lee", "affiliations")).toEqual([
      { entity: "organization:boeing", role: "spokeswoman", docs: ["doc-a"] },
    ]);
  });

  it("rejects an affiliation to a node the file does not have", () => {
    const data = validData();
    data.nodes[0].attributes.affiliations = [{ entity: "country:atlantis", role: "" }];
    expect(rejection(data).message).toContain('affiliation 0 names "country:atlantis", which is not a node');
  });

  it("rejects a node without a label", () => {
    const data = validData();
    data.nodes[0].attributes.label = "";
    expect(rejection(data).message).toContain(`node "${data.nodes[0].key}" has no label`);
  });

  it("rejects aliases that are not a list of strings", () => {
    const data = validData();
    data.nodes[0].attributes.aliases = "Lee";
    expect(rejection(data).message).toContain("aliases must be a list of strings");
  });

  it("rejects a duplicate node key", () => {
    const data = validData();
    data.nodes.push(structuredClone(data.nodes[0]));
    expect(rejection(data).message).toContain(`node "${data.nodes[0].key}" appears twice`);
  });

  it("rejects an unknown stance and lists the stances", () => {
    const data = validData();
    data.edges[0].attributes.stance = "claims";
    const msg = rejection(data).message;
    expect(msg).toContain(`edge "${data.edges[0].key}": stance "claims" is not one of`);
    expect(msg).toContain("states, proposes, demands, supports, opposes, commits");
  });

  it("rejects an edge without a claim id", () => {
    const data = validData();
    delete data.edges[0].attributes.claim;
    expect(rejection(data).message).toContain("claim id missing");
  });

  it("rejects an edge to a missing node", () => {
    const data = validData();
    data.edges[0].target = "topic:nowhere";
    expect(rejection(data).message).toContain(`edge "${data.edges[0].key}": target "topic:nowhere" is not a node`);
  });

  it("rejects an edge from a missing node", () => {
    const data = validData();
    data.edges[0].source = "person:nobody";
    expect(rejection(data).message).toContain('source "person:nobody" is not a node');
  });

  it("rejects an addressee that is not a node", () => {
    const data = validData();
    data.edges[0].attributes.addressee = "country:atlantis";
    expect(rejection(data).message).toContain('addressee "country:atlantis" is not a node');
  });

  it("rejects an edge without evidence", () => {
    const data = validData();
    data.edges[0].attributes.evidence = [];
    expect(rejection(data).message).toContain("evidence must be a non-empty list");
  });

  it("rejects evidence whose end is not after its start", () => {
    const data = validData();
    Object.assign(data.edges[0].attributes.evidence[0], { start: 10, end: 10 });
    expect(rejection(data).message).toContain("evidence 0 needs integers 0 <= start < end");
  });

  it("rejects evidence in an unknown document", () => {
    const data = validData();
    data.edges[0].attributes.evidence[0].doc = "doc-z";
    expect(rejection(data).message).toContain('evidence 0 names unknown document "doc-z"');
  });

  it("rejects evidence past the end of its document and gives the document's length", () => {
    const data = validData();
    Object.assign(data.edges[0].attributes.evidence[0], { start: 50, end: 500 });
    expect(rejection(data).message).toContain(`ends at 500, past the end of document "doc-a" (${TEXT.length} characters)`);
  });

  it("rejects evidence whose text does not match the document at its offsets", () => {
    const data = validData();
    data.edges[0].attributes.evidence[0].text = "Ann Lee said taxes must rise.";
    expect(rejection(data).message).toContain(`evidence 0 text does not match the document at 0-${EV1.length}`);
  });

  it("accepts evidence without a text copy when its offsets are in range", () => {
    const data = validData();
    delete data.edges[0].attributes.evidence[0].text;
    expect(validateGraphData(data)).toEqual([]);
  });

  it("fills in an evidence text, a summary and a quote that a file leaves out, so that queries and panels can read them", () => {
    const data = validData();
    const a = data.edges[0].attributes;
    delete a.evidence[0].text;
    delete a.summary;
    delete a.quote;
    delete data.attributes.documents[0].title;
    const graph = importGraph(data);
    const edge = graph.getEdgeAttributes(data.edges[0].key);
    expect(edge.evidence[0]!.text).toBe(EV1);
    expect(edge.summary).toBe(EV1);
    expect(edge.quote).toBeNull();
    expect(graph.getAttribute("documents")[0]!.title).toBeNull();
    expect(ask(graph, "who demands what").claims.length).toBeGreaterThan(0);
  });

  it("rejects a summary, quote or evidence text that is not a string, rather than let a reader crash on it", () => {
    const data = validData();
    data.edges[0].attributes.summary = 42;
    data.edges[1].attributes.quote = { text: "x" };
    data.edges[2].attributes.evidence[0].text = 7;
    data.attributes.documents[0].title = ["x"];
    data.nodes[0].attributes.docs = "doc-a";
    const err = rejection(data);
    expect(err.problems).toEqual([
      'document "doc-a": title must be a string or null',
      `node "${data.nodes[0].key}": docs must be a list of document ids`,
      `edge "${data.edges[0].key}": summary must be a string`,
      `edge "${data.edges[1].key}": quote must be a string or null`,
      `edge "${data.edges[2].key}": evidence 0 text must be a string`,
    ]);
  });

  it("lists every problem in `problems` and the first five in the message", () => {
    const data = validData();
    data.attributes.format = "x";
    for (const e of data.edges) e.attributes.stance = "maybe";
    data.nodes.push(structuredClone(data.nodes[0]), structuredClone(data.nodes[1]));
    const err = rejection(data);
    // The format, two duplicate nodes, and the stance of each of the three edges.
    expect(err.problems).toHaveLength(6);
    expect(err.message).toMatch(/^Not a valid claimgraph file: /);
    expect(err.message).toContain("(and 1 more problems)");
  });

  // Inputs graphology's import would refuse with its own error are caught by validation first.
  it("rejects a duplicate edge key with a GraphFormatError", () => {
    const data = validData();
    data.edges.push(structuredClone(data.edges[0]));
    expect(rejection(data).message).toContain(`edge "${data.edges[0].key}"`);
  });

  it("rejects an undirected edge with a GraphFormatError", () => {
    const data = validData();
    data.edges[0].undirected = true;
    expect(rejection(data).message).toMatch(/undirected/);
  });

  it("rejects evidence with a negative start", () => {
    const data = validData();
    Object.assign(data.edges[0].attributes.evidence[0], { start: -5, end: 4 });
    delete data.edges[0].attributes.evidence[0].text;
    expect(rejection(data).message).toMatch(/evidence 0/);
  });
});
