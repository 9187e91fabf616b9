// Files out and in: the export formats shared with the CLI (graph JSON, GEXF, GraphML, claims CSV,
// Neo4j) and a PNG image; import goes through importGraph's validation so a bad file never
// replaces the graph.
import { exportFormat, type ExportFormatId } from "../graph/export/formats.js";
import { importGraph } from "../graph/format.js";
import type { ClaimGraph } from "../graph/model.js";
import type { Renderer } from "./renderer.js";

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

/** What the Export menu offers: the shared formats (graph/export/formats.ts) and a PNG of the view. */
export type ExportKind = ExportFormatId | "png";

export async function exportAs(kind: ExportKind, graph: ClaimGraph, renderer: Renderer, filtered: string | null): Promise<void> {
  const format = exportFormat(kind);
  if (format) {
    // The pieces go to the Blob as they are: a big graph never becomes one string.
    download(new Blob([...format.write(graph)], { type: format.mime }), `claimgraph.${format.extension}`);
    return;
  }
  const { exportPNG } = await import("./png-export.js");
  download(await exportPNG(renderer.sigma, graph, { labelPriority: renderer.labelPriority, filtered }), "claimgraph.png", "image/png");
}

/** Read a graph file; throws GraphFormatError (with the problems) for anything invalid. */
export async function readGraphFile(file: File): Promise<ClaimGraph> {
  return importGraph(await file.text());
}
