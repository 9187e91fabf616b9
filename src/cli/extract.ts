// `claimgraph extract <files or folders...> [--out graph.json] [--into graph.json] [--pretty]` (program.ts)
// Reads articles, extracts claims, prints the graph JSON (CONTRACT.md) or writes it to --out.
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { loadExtractor, type Extractor } from "../extraction/index.js";
import { InputError } from "../extraction/input/index.js";
import { addEdits, describeEdit, editsOf, parseEditsFile, replayEdits, type EditProblem, type EditRequest } from "../graph/edits/index.js";
import { GraphFormatError, importGraph } from "../graph/format.js";
import { consolidateGraph, createClaimGraph, mergeDocument, MergeError, type ClaimGraph } from "../graph/model.js";
import { explainResult } from "./explain.js";
import { collectFiles, fileErrorReason, readTextFile } from "./files.js";
import { ExtractPool } from "./pool.js";
import { processUnit, unitsOf, type Unit, type UnitResult } from "./units.js";
import { writeGraph } from "./write-graph.js";

/** The options of `claimgraph extract` (program.ts declares them). */
export interface ExtractOptions {
  out?: string;
  /** Add to this graph file (written back to it unless --out names another). */
  into?: string;
  pretty?: boolean;
  quiet?: boolean;
  /** Worker threads (default: one per core for inputs of 512 KB or more, else none). */
  jobs?: number;
  /** ISO date of the articles (program.ts checks it): replaces a single article's, fills a feed's undated ones. */
  date?: string;
  /** An edits file (docs/edits.md): corrections applied after extraction and recorded in the graph. */
  edits?: string;
  /** Print how each claim was read (pattern, stance rules) on standard output; the graph only goes to --out or --into. */
  explain?: boolean;
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

Dates
  Each article's date comes from the JSON "date" field, the page's metadata, or a
  date line among its first lines ("May 11, 2025"; "Sept. 13th" takes its year
  from the article's text, else from the file's modification day). --date 2025-05-11 gives it instead.

Corrections (--edits FILE, docs/edits.md)
  A JSON list of operations (renameNode, setNodeKind, mergeNodes, splitAlias,
  deleteNode, setClaimStance, setClaimSpeaker, setClaimTargets, setClaimAddressee,
  deleteClaim, deleteDocument), or a graph file whose corrections to carry over.
  They are applied after extraction and recorded in the graph; with --into, the
  graph's own corrections are applied again after the new articles. One that
  cannot apply is named on standard error and kept in the graph.

Examples
  claimgraph extract data/articles --out data/graph.json
  claimgraph extract statement.txt --date 2025-05-11 --into graph.json
  claimgraph extract today/ --into graph.json     # add a day's articles to a graph
  claimgraph extract data/articles --edits edits.json --out graph.json
`;

/** Progress lines only pay off for more than a handful of files. */
const PROGRESS_FROM = 5;
const DOC_PROGRESS_EVERY = 100;

/** `claimgraph extract inputs... [options]`: read, extract, merge, write; returns the exit status. */
export async function runExtract(positionals: string[], values: ExtractOptions): Promise<number> {
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const info = values.quiet ? () => {} : say;

  // The edits file is read first: a file that cannot be used stops the run before any work.
  let requests: EditRequest[] = [];
  if (values.edits) {
    const read = await readEditsFile(values.edits);
    if ("problems" in read) {
      read.problems.forEach((p) => say(`extract: ${values.edits}: ${p}`));
      say("extract: no graph written (fix the edits file, docs/edits.md)");
      return 1;
    }
    requests = read.edits;
  }

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
  // Units of work (units.ts) read as a stream, extracted in worker threads (or here, for one job),
  // merged here in input order: the graph is the same whatever the number of jobs.
  const jobs = values.jobs !== undefined ? values.jobs : await defaultJobs(files);
  const pool = jobs > 1 ? new ExtractPool(jobs) : null;
  let extractor: Extractor | undefined;
  const extractHere = async (unit: Unit): Promise<UnitResult> => {
    // The model is loaded only once there is something to extract from.
    if (unit.kind !== "unreadable") extractor ??= await loadExtractor();
    return processUnit(unit, (doc) => extractor!.extract(doc));
  };
  let documents = 0;
  /** Ids of the documents this run added. */
  const added: string[] = [];
  let claims = 0;
  let skipped = problems.length;
  const started = performance.now();
  // What is said of the file being merged: its articles and claims so far.
  let current = { index: -1, articles: 0, claims: 0 };
  const fileDone = () => {
    if (current.index < 0) return;
    if (files.length >= PROGRESS_FROM || current.articles >= DOC_PROGRESS_EVERY)
      info(
        `[${current.index + 1}/${files.length}] ${files[current.index]}: ${current.articles > 1 ? `${current.articles} articles, ` : ""}${current.claims} claims`,
      );
  };
  const merge = (unit: Unit, result: UnitResult) => {
    if (unit.fileIndex !== current.index) {
      fileDone();
      current = { index: unit.fileIndex, articles: 0, claims: 0 };
    }
    for (const line of result.skipped) {
      skipped++;
      say(`skipped: ${line}`);
    }
    for (const r of result.results) {
      const doc = r.document;
      if (values.explain)
        for (const line of [`# ${doc.source}${doc.title ? ` — ${doc.title}` : ""}`, ...explainResult(r), ""]) process.stdout.write(`${line}\n`);
      try {
        const report = mergeDocument(graph, r);
        if (report.duplicateOf) {
          skipped++;
          say(
            `skipped: ${doc.source}${unit.kind === "lines" ? ` (${doc.title ?? doc.id})` : ""} is already in the graph as ${report.duplicateOf} (same text or same address)`,
          );
          continue;
        }
        added.push(report.docId);
        current.claims += report.claims;
        current.articles++;
        claims += report.claims;
        documents++;
      } catch (err) {
        skipped++;
        say(`skipped: ${err instanceof MergeError ? err.message : `merging ${doc.source} failed (${(err as Error).message})`}`);
      }
    }
    // A JSON-lines feed may hold thousands of articles: progress inside it too, a run at a time.
    if (unit.kind === "lines" && current.articles >= DOC_PROGRESS_EVERY)
      info(`[${unit.fileIndex + 1}/${files.length}] ${unit.file}: ${current.articles} articles, ${current.claims} claims so far`);
  };
  try {
    const inFlight: { unit: Unit; result: Promise<UnitResult> }[] = [];
    for await (const unit of unitsOf(files, values.date)) {
      inFlight.push({ unit, result: pool ? pool.run(unit) : extractHere(unit) });
      // Read ahead at most two units per job: memory stays bounded by the graph.
      if (inFlight.length >= Math.max(1, jobs) * 2) {
        const next = inFlight.shift()!;
        merge(next.unit, await next.result);
      }
    }
    for (const next of inFlight) merge(next.unit, await next.result);
    fileDone();
  } finally {
    await pool?.close();
  }

  // The batch resolved again as a whole: which node an early article's "postal workers" is does
  // not depend on the order of the files (graph/resolve.ts, consolidation).
  if (added.length) {
    const joined = consolidateGraph(graph, added);
    if (joined) info(`resolution: ${joined} node${joined === 1 ? "" : "s"} joined to others once all articles were in`);
  }

  // Corrections: the graph's own again where articles came, then those of the edits file.
  const sayProblem = (where: string) => (p: EditProblem) =>
    say(`edits: ${where} ${p.index} (${describeEdit(p.op)}) cannot apply: ${p.reason}; kept in the graph`);
  if (documents && editsOf(graph).length) {
    const replay = replayEdits(graph);
    replay.problems.forEach(sayProblem("correction"));
    info(
      `edits: the graph's ${editsOf(graph).length} corrections applied again to the new articles (${replay.applied} changed the graph${replay.problems.length ? `, ${replay.problems.length} cannot apply` : ""})`,
    );
  }
  let corrected = false;
  if (values.edits) {
    const added = addEdits(graph, requests);
    added.problems.forEach(sayProblem(`${values.edits}: edit`));
    corrected = added.added.length > 0;
    info(
      `edits: ${values.edits}: ${added.applied} applied, ${added.unchanged} already in effect` +
        `${added.known ? `, ${added.known} already recorded` : ""}${added.problems.length ? `, ${added.problems.length} cannot apply` : ""}`,
    );
  }

  const target = values.out ?? values.into ?? null;
  if (!documents && !corrected && !(values.into && values.out)) {
    say(values.into ? `extract: nothing new to add, ${values.into} is unchanged` : "extract: nothing could be read, no graph written");
    return values.into && files.length ? 0 : 1;
  }
  try {
    // With --explain, standard output holds the explanations: the graph is written only to a file.
    if (!(values.explain && !target)) await writeGraph(graph, target, values.pretty ? 2 : 0);
  } catch (err) {
    say(`extract: cannot write ${target ?? "the graph"}: ${fileErrorReason(err)}`);
    return 1;
  }
  if (values.into)
    info(
      `${values.into}: ${before.documents} articles before, ${graph.getAttribute("documents").length} now; ${Math.max(0, graph.order - before.order)} new entities`,
    );
  const seconds = (performance.now() - started) / 1000;
  // (Claims that repeat another outlet's copy of a wire story word for word: shown as one claim.)
  const repeated = new Set<string>();
  graph.forEachEdge((_, a) => void (a.repeats && repeated.add(a.claim)));
  info(
    `${documents} article${documents === 1 ? "" : "s"}, ${claims} claims${repeated.size ? ` (${repeated.size} repeating another article's words)` : ""}, ${graph.order} entities, ${graph.size} edges` +
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

/** The corrections of an edits file, or why it cannot be used. */
async function readEditsFile(path: string): Promise<{ edits: EditRequest[] } | { problems: string[] }> {
  try {
    return parseEditsFile(await readTextFile(path));
  } catch (err) {
    return { problems: [`cannot read it: ${err instanceof InputError ? err.message : fileErrorReason(err)}`] };
  }
}

/** Inputs this large pay for the workers' start (each loads the model, about 0.3 s). */
const PARALLEL_FROM_BYTES = 512 * 1024;

/**
 * Workers only where they pay: for a large input on a machine of four cores or more, one per core
 * but one, which the main thread needs to merge. On two cores, two workers and the merging main
 * thread share two cores, and the run took as long as one thread alone (docs/cli.md).
 */
async function defaultJobs(files: readonly string[]): Promise<number> {
  const cores = availableParallelism();
  if (cores < 4) return 1;
  let bytes = 0;
  for (const f of files) {
    bytes += await stat(f).then(
      (s) => s.size,
      () => 0,
    );
    if (bytes >= PARALLEL_FROM_BYTES) return cores - 1;
  }
  return 1;
}
