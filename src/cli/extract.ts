// `claimgraph extract <files or folders...> [--out graph.json] [--into graph.json] [--pretty]` (program.ts)
// Reads articles, extracts claims, prints the graph JSON (CONTRACT.md) or writes it to --out.
import { loadExtractor, type Extractor } from "../extraction/index.js";
import { InputError, readInput } from "../extraction/input/index.js";
import type { SourceDocument } from "../extraction/types.js";
import { GraphFormatError, importGraph } from "../graph/format.js";
import { createClaimGraph, mergeDocument, type ClaimGraph } from "../graph/model.js";
import { collectFiles, fileErrorReason, readTextFile } from "./files.js";
import { writeGraph } from "./write-graph.js";

/** The options of `claimgraph extract` (program.ts declares them). */
export interface ExtractOptions {
  out?: string;
  /** Add to this graph file (written back to it unless --out names another). */
  into?: string;
  pretty?: boolean;
  quiet?: boolean;
}

export const EXTRACT_HELP = `
Inputs
  files      .txt (kept verbatim), .md/.markdown, .html/.htm (the story found by
             Mozilla Readability), .jsonl/.ndjson (one {"title","date","url","text"}
             object per line), .json (one such object or a list of them); another
             extension is sniffed from the content
  folders    walked recursively for .txt .md .markdown .html .htm .jsonl .ndjson

Unreadable, empty or binary files, pipes and devices are skipped with a message on
standard error. Exit status: 0 when at least one article was read (or, with --into,
when the graph was written), 1 when none could be, 2 for a usage error.

Examples
  claimgraph extract data/articles --out data/graph.json
  claimgraph extract today/ --into graph.json     # add a day's articles to a graph
`;

/** Progress lines only pay off for more than a handful of files. */
const PROGRESS_FROM = 5;
const DOC_PROGRESS_EVERY = 100;

/** `claimgraph extract inputs... [options]`: read, extract, merge, write; returns the exit status. */
export async function runExtract(positionals: string[], values: ExtractOptions): Promise<number> {
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const info = values.quiet ? () => {} : say;

  const { files, problems } = await collectFiles(positionals);
  problems.forEach((p) => say(`skipped: ${p}`));

  // --into: the graph grows; its entities are what new articles resolve to, and an article it
  // already holds is skipped with a message (the same text or the same address).
  let graph = createClaimGraph();
  if (values.into) {
    const existing = await readGraphIfAny(values.into, say);
    if (existing === "invalid") return 1;
    if (existing) graph = existing;
    else info(`${values.into} does not exist yet: a new graph will be written there`);
  }
  const before = { documents: graph.getAttribute("documents").length, order: graph.order };
  // The model is loaded only once there is something to extract from.
  let extractor: Extractor | undefined;
  let documents = 0;
  let claims = 0;
  let skipped = problems.length;
  const started = performance.now();
  for (const [i, file] of files.entries()) {
    let docs: SourceDocument[];
    try {
      const read = readInput(file, await readTextFile(file));
      read.warnings.forEach((w) => say(`skipped: ${w}`));
      docs = read.documents;
    } catch (err) {
      skipped++;
      say(`skipped: ${err instanceof InputError ? err.message : `cannot read ${file}: ${fileErrorReason(err)}`}`);
      continue;
    }
    extractor ??= await loadExtractor();
    let fileClaims = 0;
    for (const [j, doc] of docs.entries()) {
      try {
        const report = mergeDocument(graph, extractor.extract(doc));
        if (report.duplicateOf) {
          skipped++;
          say(`skipped: ${doc.source}${docs.length > 1 ? ` (${doc.title ?? doc.id})` : ""} is already in the graph as ${report.duplicateOf} (same text or same address)`);
          continue;
        }
        fileClaims += report.claims;
        documents++;
      } catch (err) {
        say(`skipped: extraction failed on ${doc.source} (${(err as Error).message})`);
      }
      // A JSON-lines file may hold thousands of articles: show progress inside it too.
      if (docs.length >= DOC_PROGRESS_EVERY && (j + 1) % DOC_PROGRESS_EVERY === 0 && j + 1 < docs.length)
        info(`[${i + 1}/${files.length}] ${file}: ${j + 1}/${docs.length} articles, ${fileClaims} claims so far`);
    }
    claims += fileClaims;
    if (files.length >= PROGRESS_FROM || docs.length >= DOC_PROGRESS_EVERY)
      info(`[${i + 1}/${files.length}] ${file}: ${docs.length > 1 ? `${docs.length} articles, ` : ""}${fileClaims} claims`);
  }

  const target = values.out ?? values.into ?? null;
  if (!documents && !(values.into && values.out)) {
    say(values.into ? `extract: nothing new to add, ${values.into} is unchanged` : "extract: nothing could be read, no graph written");
    return values.into && files.length ? 0 : 1;
  }
  try {
    await writeGraph(graph, target, values.pretty ? 2 : 0);
  } catch (err) {
    say(`extract: cannot write ${target ?? "the graph"}: ${fileErrorReason(err)}`);
    return 1;
  }
  if (values.into) info(`${values.into}: ${before.documents} articles before, ${graph.getAttribute("documents").length} now; ${graph.order - before.order} new entities`);
  const seconds = (performance.now() - started) / 1000;
  info(
    `${documents} article${documents === 1 ? "" : "s"}, ${claims} claims, ${graph.order} entities, ${graph.size} edges` +
      `${skipped ? `, ${skipped} skipped` : ""} in ${seconds.toFixed(1)} s${target ? ` -> ${target}` : ""}`,
  );
  return 0;
}

/** The graph in `path`, null when there is no such file, "invalid" (after saying why) when it cannot be read. */
async function readGraphIfAny(path: string, say: (line: string) => void): Promise<ClaimGraph | null | "invalid"> {
  let text: string;
  try {
    text = await readTextFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    say(`extract: cannot read ${path}: ${err instanceof InputError ? err.message : fileErrorReason(err)}`);
    return "invalid";
  }
  try {
    return importGraph(text);
  } catch (err) {
    say(`extract: ${path} is not a graph to add to: ${err instanceof GraphFormatError ? err.message : String(err)}`);
    return "invalid";
  }
}
