// `npm run extract -- <files or folders...> [--out graph.json] [--pretty]`
// Reads articles, extracts claims, prints the graph JSON (CONTRACT.md) or writes it to --out.
import { pathToFileURL } from "node:url";
import { parseCommandLine } from "./args.js";
import { loadExtractor, type Extractor } from "../extraction/index.js";
import { InputError, readInput } from "../extraction/input/index.js";
import type { SourceDocument } from "../extraction/types.js";
import { createClaimGraph, mergeDocument } from "../graph/model.js";
import { collectFiles, fileErrorReason, readTextFile } from "./files.js";
import { writeGraph } from "./write-graph.js";

const USAGE = `Usage: npm run extract -- <files or folders...> [options]

Reads news articles and builds the claims graph: who said, proposed, demanded,
supported, opposed or promised what, with the evidence for each claim.

Inputs
  files      .txt (kept verbatim), .md/.markdown, .html/.htm, .jsonl/.ndjson
             (one {"title","date","url","text"} object per line), .json (one
             such object or a list of them); another extension is sniffed
             from the content
  folders    walked recursively for .txt .md .markdown .html .htm .jsonl .ndjson

Options
  -o, --out FILE   write the graph JSON to FILE instead of standard output
  -p, --pretty     indent the JSON
  -q, --quiet      no progress or summary on standard error
  -h, --help       show this help

Unreadable, empty or binary files are skipped with a message on standard error.
Exit status: 0 when at least one article was read, 1 when none could be,
2 for a usage error.

Example
  npm run extract -- data/articles --out data/graph.json
`;

/** Progress lines only pay off for more than a handful of files. */
const PROGRESS_FROM = 5;
const DOC_PROGRESS_EVERY = 100;

export async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(
    "extract",
    argv,
    {
      out: { type: "string", short: "o" },
      pretty: { type: "boolean", short: "p", default: false },
      quiet: { type: "boolean", short: "q", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    USAGE,
    (t) => process.stderr.write(t),
  );
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!positionals.length) {
    process.stderr.write(`extract: name at least one file or folder\n\n${USAGE}`);
    return 2;
  }
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const info = values.quiet ? () => {} : say;

  const { files, problems } = await collectFiles(positionals);
  problems.forEach((p) => say(`skipped: ${p}`));

  // The model is loaded only once there is something to extract from.
  let extractor: Extractor | undefined;
  const graph = createClaimGraph();
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

  if (!documents) {
    say("extract: nothing could be read, no graph written");
    return 1;
  }
  try {
    await writeGraph(graph, values.out ?? null, values.pretty ? 2 : 0);
  } catch (err) {
    say(`extract: cannot write ${values.out ?? "the graph"}: ${fileErrorReason(err)}`);
    return 1;
  }
  const seconds = (performance.now() - started) / 1000;
  info(
    `${documents} article${documents === 1 ? "" : "s"}, ${claims} claims, ${graph.order} entities, ${graph.size} edges` +
      `${skipped ? `, ${skipped} skipped` : ""} in ${seconds.toFixed(1)} s${values.out ? ` -> ${values.out}` : ""}`,
  );
  return 0;
}

// Run when started as a program, not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err) => {
      process.stderr.write(`extract: ${(err as Error).stack ?? err}\n`);
      process.exitCode = 1;
    },
  );
