// Files out and in: graph JSON (the contract), GEXF for Gephi, a CSV of claims, a PNG image;
// import goes through importGraph's validation so a bad file never replaces the graph.
import { exportGraphJSON, importGraph } from "../graph/format.js";
import { claimsOf, type ClaimGraph, type EdgeAttributes, type NodeAttributes } from "../graph/model.js";
import { KIND_COLORS, STANCE_COLORS } from "./colors.js";
import type { ClaimSigma } from "./renderer.js";

function csvCell(value: string): string {
  // A leading = + - @ would be run as a formula by spreadsheets: keep it text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per claim: who, stance, about whom, the summary and the evidence with its document. */
export function claimsCSV(graph: ClaimGraph): string {
  const docs = new Map(graph.getAttribute("documents").map((d) => [d.id, d]));
  const label = (key: string | null) => (key && graph.hasNode(key) ? graph.getNodeAttribute(key, "label") : "");
  const rows = [["claim", "speaker", "stance", "targets", "addressee", "summary", "quote", "evidence", "document", "date"]];
  for (const c of claimsOf(graph)) {
    const ev = c.evidence[0];
    const doc = ev ? docs.get(ev.doc) : undefined;
    rows.push([
      c.id,
      label(c.speaker),
      c.stance,
      c.targets.map(label).join("; "),
      label(c.addressee),
      c.summary,
      c.quote ?? "",
      c.evidence.map((e) => e.text).join(" … "),
      doc?.title ?? ev?.doc ?? "",
      doc?.date ?? "",
    ]);
  }
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** GEXF 1.2 for Gephi; the writer is loaded on first use (it is not needed to show the graph). */
export async function graphGEXF(graph: ClaimGraph): Promise<string> {
  // The writer alone: the package's browser entry also loads a parser that needs DOMParser.
  const { default: writeGexf } = await import("graphology-gexf/browser/writer.js");
  return writeGexf(graph, {
    formatNode: (_key: string, a: NodeAttributes) => ({
      label: a.label,
      attributes: { kind: a.kind, mentions: a.mentions, aliases: a.aliases.join("; ") },
      viz: { color: KIND_COLORS[a.kind], x: a.x ?? 0, y: a.y ?? 0, size: 4 + Math.sqrt(a.mentions) * 2 },
    }),
    formatEdge: (_key: string, a: EdgeAttributes) => ({
      label: a.stance,
      attributes: { stance: a.stance, claim: a.claim, summary: a.summary, evidence: a.evidence.map((e) => e.text).join(" … ") },
      viz: { color: STANCE_COLORS[a.stance] },
    }),
  } as never);
}

export function download(content: Blob | string, fileName: string, type = "application/octet-stream"): void {
  const blob = typeof content === "string" ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export type ExportKind = "json" | "gexf" | "csv" | "png";

export async function exportAs(kind: ExportKind, graph: ClaimGraph, sigma: ClaimSigma): Promise<void> {
  if (kind === "json") download(exportGraphJSON(graph, 2), "claimgraph.json", "application/json");
  else if (kind === "gexf") download(await graphGEXF(graph), "claimgraph.gexf", "application/xml");
  else if (kind === "csv") download(claimsCSV(graph), "claims.csv", "text/csv;charset=utf-8");
  else {
    const { downloadAsPNG } = await import("@sigma/export-image");
    await downloadAsPNG(sigma as never, { fileName: "claimgraph", backgroundColor: "#ffffff" });
  }
}

/** Read a graph file; throws GraphFormatError (with the problems) for anything invalid. */
export async function readGraphFile(file: File): Promise<ClaimGraph> {
  return importGraph(await file.text());
}
