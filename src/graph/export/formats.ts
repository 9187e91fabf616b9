// The one list of export formats, for the page's Export menu and `claimgraph export --format F`.
// Each writer yields the file in pieces, so the CLI can stream a large graph to disk and the page
// can hand the pieces to a Blob without ever building one huge string.
import writeGexf from "graphology-gexf/browser/writer.js";
import { claimsOf, type ClaimGraph, type EdgeAttributes, type NodeAttributes } from "../model.js";
import { graphJSONChunks } from "../format.js";
import { KIND_COLORS, STANCE_COLORS } from "../palette.js";

export type ExportFormatId = "json" | "gexf" | "graphml" | "csv" | "cypher";

export interface ExportFormat {
  id: ExportFormatId;
  /** What the page's menu says. */
  label: string;
  extension: string;
  mime: string;
  /** The file, in pieces. */
  write(graph: ClaimGraph): Iterable<string>;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: "json", label: "Graph JSON", extension: "json", mime: "application/json", write: (g) => graphJSONChunks(g, 2) },
  { id: "gexf", label: "GEXF (Gephi)", extension: "gexf", mime: "application/xml", write: (g) => [gexf(g)] },
  { id: "graphml", label: "GraphML (yEd, Cytoscape, NetworkX)", extension: "graphml", mime: "application/xml", write: graphml },
  { id: "csv", label: "Claims CSV", extension: "csv", mime: "text/csv;charset=utf-8", write: (g) => [claimsCSV(g)] },
  { id: "cypher", label: "Neo4j (Cypher script)", extension: "cypher", mime: "text/plain;charset=utf-8", write: cypher },
];

export function exportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.id === id);
}

// ---------------------------------------------------------------- shared helpers

/** XML 1.0 allows no control characters but tab and line breaks: an article may hold some. */
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const xmlSafe = (s: string) => s.replace(XML_INVALID, "");
const xmlText = (s: string) => xmlSafe(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** What an edge says, flattened for formats of plain attributes. */
function edgeFields(graph: ClaimGraph, a: EdgeAttributes, documents: Map<string, { title: string | null; date: string | null; source: string }>) {
  const doc = documents.get(a.evidence[0]?.doc ?? "");
  const label = (key: string | null) => (key && graph.hasNode(key) ? graph.getNodeAttribute(key, "label") : "");
  return {
    stance: a.stance,
    claim: a.claim,
    summary: a.summary,
    quote: a.quote ?? "",
    addressee: label(a.addressee),
    evidence: a.evidence.map((e) => e.text).join(" … "),
    document: doc?.title ?? a.evidence[0]?.doc ?? "",
    source: doc?.source ?? "",
    date: doc?.date ?? "",
    /** "true" for a claim the user corrected (graph/edits/). */
    edited: a.edited === true ? "true" : "false",
  };
}

const documentsOf = (graph: ClaimGraph) => new Map(graph.getAttribute("documents").map((d) => [d.id, { title: d.title, date: d.date, source: d.source }]));

const nodeSize = (a: NodeAttributes) => 4 + Math.sqrt(a.mentions) * 2;

// ---------------------------------------------------------------- GEXF 1.3 (Gephi)

/** GEXF 1.3 with the viz namespace Gephi reads (colours, sizes, positions) and each claim's fields. */
export function gexf(graph: ClaimGraph): string {
  const documents = documentsOf(graph);
  return writeGexf(graph, {
    version: "1.3",
    formatNode: (_key: string, a: NodeAttributes) => ({
      label: xmlSafe(a.label),
      attributes: { kind: a.kind, mentions: a.mentions, aliases: xmlSafe(a.aliases.join("; ")) },
      viz: { color: KIND_COLORS[a.kind], x: a.x ?? 0, y: a.y ?? 0, size: nodeSize(a) },
    }),
    formatEdge: (_key: string, a: EdgeAttributes) => {
      const f = edgeFields(graph, a, documents);
      return {
        label: a.stance,
        attributes: Object.fromEntries(Object.entries(f).map(([k, v]) => [k, xmlSafe(v)])),
        viz: { color: STANCE_COLORS[a.stance] },
      };
    },
  });
}

// ---------------------------------------------------------------- GraphML

const NODE_KEYS = ["label", "kind", "mentions", "aliases", "x", "y", "color"] as const;
const EDGE_KEYS = ["stance", "claim", "summary", "quote", "addressee", "evidence", "document", "source", "date", "edited", "color"] as const;

/** GraphML (graphml.graphdrawing.org): one <data> per attribute, declared once as a <key>. */
export function* graphml(graph: ClaimGraph): Generator<string> {
  const documents = documentsOf(graph);
  const num = new Set(["mentions", "x", "y"]);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const k of NODE_KEYS) yield `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${num.has(k) ? "double" : "string"}"/>\n`;
  for (const k of EDGE_KEYS) yield `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>\n`;
  yield '  <graph id="claimgraph" edgedefault="directed">\n';
  const data = (prefix: string, k: string, v: string | number | undefined) =>
    v === undefined || v === "" ? "" : `<data key="${prefix}_${k}">${xmlText(String(v))}</data>`;
  for (const { node, attributes: a } of graph.nodeEntries()) {
    const values: Record<(typeof NODE_KEYS)[number], string | number | undefined> = {
      label: a.label,
      kind: a.kind,
      mentions: a.mentions,
      aliases: a.aliases.join("; "),
      x: a.x,
      y: a.y,
      color: KIND_COLORS[a.kind],
    };
    yield `    <node id="${xmlText(node)}">${NODE_KEYS.map((k) => data("n", k, values[k])).join("")}</node>\n`;
  }
  for (const { edge, attributes: a, source, target } of graph.edgeEntries()) {
    const values = { ...edgeFields(graph, a, documents), color: STANCE_COLORS[a.stance] };
    yield `    <edge id="${xmlText(edge)}" source="${xmlText(source)}" target="${xmlText(target)}">${EDGE_KEYS.map((k) => data("e", k, values[k])).join("")}</edge>\n`;
  }
  yield "  </graph>\n</graphml>\n";
}

// ---------------------------------------------------------------- CSV of claims

function csvCell(value: string): string {
  // A leading = + - @ would be run as a formula by spreadsheets: keep it text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CLAIM_COLUMNS = [
  "claim",
  "speaker",
  "speaker_kind",
  "stance",
  "targets",
  "addressee",
  "summary",
  "quote",
  "evidence",
  "document",
  "source",
  "date",
  "edited",
] as const;

/**
 * One row per claim: who (and of what kind), stance, about whom, the summary, the evidence and
 * where it stands, and whether the user corrected it. A UTF-8 byte order mark first, so that spreadsheets read "’" and "é" right.
 */
export function claimsCSV(graph: ClaimGraph): string {
  const documents = documentsOf(graph);
  const label = (key: string | null) => (key && graph.hasNode(key) ? graph.getNodeAttribute(key, "label") : "");
  const rows: string[][] = [[...CLAIM_COLUMNS]];
  for (const c of claimsOf(graph)) {
    const doc = documents.get(c.evidence[0]?.doc ?? "");
    rows.push([
      c.id,
      label(c.speaker),
      graph.hasNode(c.speaker) ? graph.getNodeAttribute(c.speaker, "kind") : "",
      c.stance,
      c.targets.map(label).join("; "),
      label(c.addressee),
      c.summary,
      c.quote ?? "",
      c.evidence.map((e) => e.text).join(" … "),
      doc?.title ?? c.evidence[0]?.doc ?? "",
      doc?.source ?? "",
      doc?.date ?? "",
      c.edges.some((e) => graph.getEdgeAttribute(e, "edited") === true) ? "true" : "false",
    ]);
  }
  return "\ufeff" + rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

// ---------------------------------------------------------------- Neo4j (Cypher)

/** A Cypher literal: strings as double-quoted literals with JSON's escapes, which Cypher reads alike. */
const lit = (v: string | number | null) => (v === null ? "null" : typeof v === "number" ? String(v) : JSON.stringify(v));

const LABELS: Record<string, string> = { person: "Person", organization: "Organization", country: "Country", place: "Place", group: "Group", topic: "Topic" };

/** Rows per UNWIND: one statement per batch keeps the script fast to load and each statement small. */
const BATCH = 500;

/**
 * A Cypher script for Neo4j: every entity an `:Entity` node (with a second label for its kind),
 * every claim edge a `:CLAIM` relationship with its stance, summary, quote, evidence and document.
 * Load it with `cypher-shell -u neo4j -p PASSWORD -f graph.cypher` (docs/cli.md).
 */
export function* cypher(graph: ClaimGraph): Generator<string> {
  const documents = documentsOf(graph);
  yield "// claimgraph export. Load with: cypher-shell -u neo4j -p PASSWORD -f this-file.cypher\n";
  yield "CREATE CONSTRAINT claimgraph_entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;\n";
  for (const kind of Object.keys(LABELS)) {
    const nodes = graph.filterNodes((_, a) => a.kind === kind);
    for (let i = 0; i < nodes.length; i += BATCH) {
      const rows = nodes.slice(i, i + BATCH).map((key) => {
        const a = graph.getNodeAttributes(key);
        return `{key: ${lit(key)}, label: ${lit(a.label)}, kind: ${lit(a.kind)}, mentions: ${lit(a.mentions)}, aliases: [${a.aliases.map(lit).join(", ")}]}`;
      });
      yield `UNWIND [\n  ${rows.join(",\n  ")}\n] AS row\nMERGE (e:Entity {key: row.key}) SET e += row, e:${LABELS[kind]};\n`;
    }
  }
  const edges = graph.edges();
  for (let i = 0; i < edges.length; i += BATCH) {
    const rows = edges.slice(i, i + BATCH).map((edge) => {
      const f = edgeFields(graph, graph.getEdgeAttributes(edge), documents);
      const fields = Object.entries(f).map(([k, v]) => `${k}: ${lit(v)}`);
      return `{key: ${lit(edge)}, from: ${lit(graph.source(edge))}, to: ${lit(graph.target(edge))}, ${fields.join(", ")}}`;
    });
    const set = ["stance", "claim", "summary", "quote", "addressee", "evidence", "document", "source", "date", "edited"]
      .map((k) => `c.${k} = row.${k}`)
      .join(", ");
    yield `UNWIND [\n  ${rows.join(",\n  ")}\n] AS row\nMATCH (a:Entity {key: row.from}), (b:Entity {key: row.to})\nMERGE (a)-[c:CLAIM {key: row.key}]->(b) SET ${set};\n`;
  }
}
