// The `claimgraph` command line: one program with subcommands, its arguments parsed by commander
// (the maintained parser for Node programs). `bin/claimgraph` runs the built copy of this file
// (dist-cli/claimgraph.js, no TypeScript compiler at run time); `npm run extract -- ...` and
// `npm run query -- ...` run the same commands from the sources.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { normalizeDate } from "../extraction/input/dates.js";
import { EXTRACT_HELP, runExtract } from "./extract.js";
import { EXPORT_HELP, runExport } from "./export.js";
import { QUERY_HELP, runQuery, type Output } from "./query.js";

const processOutput: Output = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  columns: process.stdout.columns,
};

function program(io: Output, setStatus: (code: number) => void): Command {
  const cli = new Command("claimgraph")
    .description("News articles to a knowledge graph of who said, proposed, demanded, supported, opposed or promised what.")
    .version("0.1.0")
    .showHelpAfterError("(add --help for the options and examples)")
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride();

  cli
    .command("extract")
    .description("read articles (files or folders), extract their claims, and write the graph JSON")
    .argument("<inputs...>", "files or folders of articles")
    .option("-o, --out <file>", "write the graph to this file instead of standard output")
    .option("--into <graph>", "add the articles to this graph file (written back to it unless --out names another)")
    .option("-p, --pretty", "indent the JSON")
    .option("-q, --quiet", "no progress or summary on standard error (skipped files are still named)")
    .option("--edits <file>", "apply the corrections of this edits file (docs/edits.md) after extraction; those that cannot apply are named on standard error")
    .option(
      "--explain",
      "print, for each claim, the attribution pattern and the stance rules that read it (standard output; the graph goes only to --out or --into)",
    )
    .option("-j, --jobs <n>", "worker threads for extraction (default: cores - 1 on 4 cores or more for 512 KB of input, else none)", (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError("a whole number from 1 to 64");
      return n;
    })
    .option("--date <date>", "the articles' date (2025-05-11 or May 11, 2025): replaces a single article's, fills a feed's undated ones", (v) => {
      const date = normalizeDate(v);
      if (!date) throw new InvalidArgumentError("expects a date like 2025-05-11");
      return date;
    })
    .addHelpText("after", EXTRACT_HELP)
    .action(async (inputs: string[], options) => setStatus(await runExtract(inputs, options)));

  cli
    .command("query")
    .description("ask the graph a question or a pattern, or run a structured query")
    .argument("[words...]", '[graph.json] then the question, e.g. "who proposed what"')
    .option("--json", "the answer as JSON")
    .option("--csv", "the claims as CSV")
    .option("-n, --limit <n>", "rows shown in the table (0 for all)")
    .option("--positions <name>", "every speaker's position on NAME, conflicts flagged")
    .option("--issues", "every issue with positions of two or more speakers")
    .option("--conflicts", "only the issues with a conflict")
    .option("--speaker <name>", "structured query: the speaker")
    .addOption(new Option("--stance <stances>", "structured query: stances, comma-separated"))
    .option("--target <name>", "structured query: what the claim is about")
    .option("--addressee <name>", "structured query: who it was said to")
    .option("--doc <id>", "structured query: the document")
    .option("--from <date>", "structured query: from this date")
    .option("--to <date>", "structured query: until this date")
    .option("--timeline <actor>", "the actor's dated claims in date order, with its changes of position")
    .option("--issue <name>", "with --timeline: only the claims on this issue")
    .addHelpText("after", QUERY_HELP)
    .action(async (words: string[], options) => setStatus(await runQuery(words, options, io)));

  cli
    .command("export")
    .description("write a graph file in another format (GEXF, GraphML, CSV, Neo4j, graph JSON)")
    .argument("<graph>", "a graph JSON file")
    .requiredOption("-f, --format <format>", "json, gexf, graphml, csv or cypher")
    .option("-o, --out <file>", "write to this file instead of standard output")
    .addHelpText("after", EXPORT_HELP)
    .action(async (graph: string, options) => setStatus(await runExport(graph, options, (line) => io.err(`${line}\n`))));

  return cli;
}

/**
 * Run the command line `argv` (without the program name). Returns the exit status: 0, 1 when
 * nothing could be read or written, 2 for a usage error (commander's message says which).
 */
export async function runCli(argv: string[], io: Output = processOutput): Promise<number> {
  let status = 0;
  try {
    await program(io, (code) => (status = code)).parseAsync(argv, { from: "user" });
    return status;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end the program normally; anything else is a usage error.
      return err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.exitCode === 0 ? 0 : 2;
    }
    io.err(`claimgraph: ${(err as Error).stack ?? err}\n`);
    return 1;
  }
}
