// `claimgraph export graph.json --format F [--out FILE]`: a graph file in another format, from the
// list the page's Export menu uses (src/graph/export/formats.ts), written as a stream.
import { exportFormat, EXPORT_FORMATS } from "../graph/export/formats.js";
import { GraphFormatError, importGraph } from "../graph/format.js";
import { InputError } from "../extraction/input/index.js";
import { fileErrorReason, readTextFile } from "./files.js";
import { writeChunks } from "./write-graph.js";

export interface ExportOptions {
  format: string;
  out?: string;
}

export const EXPORT_HELP = `
Formats
${EXPORT_FORMATS.map((f) => `  ${f.id.padEnd(8)} ${f.label} (.${f.extension})`).join("\n")}

Examples
  claimgraph export graph.json --format gexf --out graph.gexf     # open in Gephi
  claimgraph export graph.json --format cypher --out graph.cypher
  cypher-shell -u neo4j -p PASSWORD -f graph.cypher                 # load into Neo4j
`;

/** Returns the exit status: 0 written, 1 the graph cannot be read or the file written, 2 an unknown format. */
export async function runExport(graphPath: string, options: ExportOptions, say: (line: string) => void): Promise<number> {
  const format = exportFormat(options.format);
  if (!format) {
    say(`export: unknown format "${options.format}"; one of ${EXPORT_FORMATS.map((f) => f.id).join(", ")}`);
    return 2;
  }
  let graph;
  try {
    graph = importGraph(await readTextFile(graphPath));
  } catch (err) {
    say(`export: cannot read ${graphPath}: ${err instanceof GraphFormatError || err instanceof InputError ? err.message : fileErrorReason(err)}`);
    return 1;
  }
  try {
    await writeChunks(format.write(graph), options.out ?? null);
  } catch (err) {
    say(`export: cannot write ${options.out ?? "the output"}: ${fileErrorReason(err)}`);
    return 1;
  }
  if (options.out) say(`${graph.order} entities, ${graph.size} edges -> ${options.out} (${format.label})`);
  return 0;
}
