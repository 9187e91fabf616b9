// `npm run eval -- <folder> [--verbose] [--json] [--write-graphs DIR] [--graph FILE] [--check-with score.mjs]`
// Extracts every X.txt that has a gold X.json beside it and scores it with the shared scorer's rules.
// `npm run eval -- CLUSTER... [--verbose] [--json]`: story clusters (a folder with corpus.jsonl,
// gold/ and entities.json, as ../shared/eval/GUIDE.md lays them out), each extracted into one
// graph as `npm run extract -- CLUSTER/corpus.jsonl` does, and scored as multi-score.mjs scores it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { isDeepStrictEqual, parseArgs } from "node:util";
import { clusterGraph, readCluster } from "../src/cli/cluster-files.js";
import { formatClusterScore, scoreCluster } from "../src/cli/cluster-score.js";
import { formatScore, meanScores, scoreArticle, type ArticleScore, type Gold, type GraphData } from "../src/cli/score.js";
import { loadExtractor } from "../src/extraction/index.js";
import { readArticles } from "../src/extraction/input/index.js";
import { exportGraph } from "../src/graph/format.js";
import { buildGraph } from "../src/graph/model.js";

const USAGE = `Usage: npm run eval -- <folder> [options]

Extracts every X.txt of the folder that has a gold X.json beside it (format:
../shared/eval/GUIDE.md) and prints, per article and as a mean, attribution
precision, recall and F1, stance accuracy, target recall and entity recall,
with the rules of the shared scorer (score.mjs).

With story-cluster folders (corpus.jsonl, gold/, entities.json), each cluster
is extracted into one graph and scored as ../shared/eval/multi-score.mjs
scores it: per-article claims, and actors in one node, speakers consistent
across articles, kinds, false merges and node inflation.

Options
  -v, --verbose          also print MISSED / EXTRA / STANCE / NO ENTITY lines
                         (clusters: MISSED / EXTRA / ENTITY lines)
      --targets          also print, per matched claim, the targets that differ
                         from the gold ones (TARGETS lines)
      --json             one JSON object per article, then the mean, instead of text
      --write-graphs DIR write each article's graph to DIR/X.graph.json
      --graph FILE       score this graph for every article instead of extracting
      --check-with FILE  run this score.mjs on each graph and fail unless its
                         figures and lines equal ours
  -h, --help             show this help

Example
  npm run eval -- ../shared/eval/dev --verbose
`;

function fail(message: string, code = 2): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(code);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        verbose: { type: "boolean", short: "v", default: false },
        json: { type: "boolean", default: false },
        targets: { type: "boolean", default: false },
        "write-graphs": { type: "string" },
        graph: { type: "string" },
        "check-with": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (err) {
    return fail(`${(err as Error).message}\n\n${USAGE}`);
  }
})();
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const print = (line: string) => process.stdout.write(line + "\n");
if (!positionals.length) fail(`name a folder\n\n${USAGE}`);
for (const f of positionals) if (!existsSync(f)) fail(`no such folder: ${f}`);
const isCluster = (f: string) => existsSync(join(f, "corpus.jsonl")) && existsSync(join(f, "gold")) && existsSync(join(f, "entities.json"));
// A folder of clusters stands for each of them: `npm run eval -- test/fixtures/clusters`.
const clustersIn = (f: string) =>
  isCluster(f)
    ? [f]
    : readdirSync(f)
        .map((d) => join(f, d))
        .filter(isCluster);
if (positionals.every((f) => clustersIn(f).length > 0)) {
  await evalClusters(positionals.flatMap(clustersIn));
  process.exit(process.exitCode ?? 0);
}
if (positionals.length !== 1) fail(`name one folder of articles (or only story-cluster folders)\n\n${USAGE}`);
const folder = positionals[0]!;

/** Each cluster: its corpus extracted into one graph as the CLI does it, then the cluster figures. */
async function evalClusters(dirs: string[]) {
  const extractor = await loadExtractor();
  for (const dir of dirs) {
    const { name, corpus, articles, entities } = readCluster(dir);
    const t0 = performance.now();
    const data = clusterGraph(extractor, corpus);
    const seconds = (performance.now() - t0) / 1000;
    if (values["write-graphs"]) {
      mkdirSync(values["write-graphs"], { recursive: true });
      writeFileSync(join(values["write-graphs"], `${name}.graph.json`), JSON.stringify(data, null, 1) + "\n");
    }
    const r = scoreCluster(name, articles, entities, data);
    if (values.json) {
      const { perArticle, details: _details, ...figures } = r;
      print(JSON.stringify({ ...figures, seconds, perArticle: perArticle.map((a) => ({ slug: a.slug, ...a.score.result })) }));
      continue;
    }
    if (values.verbose) r.details.forEach((d) => print(d));
    if (values.targets) for (const a of r.perArticle) a.score.targetDetails.forEach((d) => print(`${a.slug}: ${d}`));
    formatClusterScore(r).forEach((l) => print(l));
  }
}

const articles = readdirSync(folder)
  .filter((f) => f.endsWith(".txt") && existsSync(join(folder, f.replace(/\.txt$/, ".json"))))
  .sort()
  .map((f) => ({ name: f.replace(/\.txt$/, ""), text: join(folder, f), gold: join(folder, f.replace(/\.txt$/, ".json")) }));
if (!articles.length) fail(`no X.txt with a gold X.json beside it in ${folder}`, 1);

const fixedGraph = values.graph ? (JSON.parse(readFileSync(values.graph, "utf8")) as GraphData) : null;
const extractor = fixedGraph ? null : await loadExtractor();
const graphsDir = values["write-graphs"];
if (graphsDir) mkdirSync(graphsDir, { recursive: true });
const checkDir = values["check-with"] ? mkdtempSync(join(tmpdir(), "claimgraph-eval-")) : null;

const scores: ArticleScore[] = [];
let failures = 0;
let mismatches = 0;
let extractSeconds = 0;
let bytes = 0;

for (const article of articles) {
  // Read exactly as score.mjs reads it: a plain-text document keeps the file's text verbatim.
  const text = readFileSync(article.text, "utf8");
  let graph: GraphData;
  let score: ArticleScore;
  try {
    const gold = JSON.parse(readFileSync(article.gold, "utf8")) as Gold;
    if (fixedGraph) graph = fixedGraph;
    else {
      // A .txt file is one article (readArticles throws rather than return none).
      const doc = readArticles(basename(article.text), text)[0]!;
      const t0 = performance.now();
      const result = extractor!.extract(doc);
      extractSeconds += (performance.now() - t0) / 1000;
      bytes += text.length;
      // A JSON round trip, so that the scorer sees what a graph file holds.
      graph = JSON.parse(JSON.stringify(exportGraph(buildGraph([result])))) as GraphData;
    }
    if (graphsDir) writeFileSync(join(graphsDir, `${article.name}.graph.json`), JSON.stringify(graph, null, 1) + "\n");
    score = scoreArticle(text, gold, graph);
  } catch (err) {
    failures++;
    process.stderr.write(`eval: ${article.name}: ${(err as Error).message}\n`);
    continue;
  }
  scores.push(score);
  if (values.json) print(JSON.stringify(score.result));
  else {
    if (values.verbose) score.details.forEach((d) => print(d));
    if (values.targets) score.targetDetails.forEach((d) => print(d));
    print(formatScore(score.result));
    if (values.verbose) {
      const r = score.result;
      print(
        `  gold ${r.gold}, system ${r.system}, matched ${r.matched} (+${r.optionalMatched} optional), false positives ${r.falsePositives}, malformed edges ${r.malformedEdges}`,
      );
    }
  }
  if (checkDir) mismatches += checkAgainstScorer(values["check-with"]!, article, graph, score) ? 0 : 1;
}

/** Run the shared score.mjs on the same graph; true when its figures and lines equal ours. */
function checkAgainstScorer(scorer: string, article: (typeof articles)[number], graph: GraphData, ours: ArticleScore): boolean {
  const graphFile = join(checkDir!, `${article.name}.graph.json`);
  writeFileSync(graphFile, JSON.stringify(graph));
  const out = execFileSync(process.execPath, [scorer, "--text", article.text, "--gold", article.gold, "--graph", graphFile, "--json", "--verbose"], {
    encoding: "utf8",
  });
  // The last line is the JSON result; the detail lines before it may themselves hold newlines.
  const body = out.trimEnd();
  const cut = body.lastIndexOf("\n");
  const theirs = JSON.parse(body.slice(cut + 1));
  const theirLines = cut >= 0 ? body.slice(0, cut) : "";
  const ourLines = ours.details.join("\n");
  const same = isDeepStrictEqual(theirs, ours.result) && theirLines === ourLines;
  if (!same) {
    process.stderr.write(`check: ${article.name} differs from ${scorer}\n  theirs: ${JSON.stringify(theirs)}\n  ours:   ${JSON.stringify(ours.result)}\n`);
    if (theirLines !== ourLines) process.stderr.write(`  their lines:\n${theirLines}\n  our lines:\n${ourLines}\n`);
  }
  return same;
}

if (checkDir) rmSync(checkDir, { recursive: true, force: true });
if (scores.length) {
  const mean = meanScores(scores);
  if (values.json) print(JSON.stringify({ doc: "mean", articles: scores.length, ...mean }));
  else {
    print(formatScore({ doc: `mean of ${scores.length}`, ...mean }));
    const pooled = scores.reduce(
      (t, s) => ({ gold: t.gold + s.result.gold, matched: t.matched + s.result.matched, sys: t.sys + s.result.system - s.result.optionalMatched }),
      { gold: 0, matched: 0, sys: 0 },
    );
    const p = pooled.sys ? pooled.matched / pooled.sys : 0;
    const r = pooled.gold ? pooled.matched / pooled.gold : 0;
    const t = scores.reduce(
      (a, s) => ({ sys: a.sys + s.counts.tgtSys, sysHit: a.sysHit + s.counts.tgtSysHit, all: a.all + s.counts.tgtAll, hit: a.hit + s.counts.tgtHit }),
      { sys: 0, sysHit: 0, all: 0, hit: 0 },
    );
    print(
      `pooled over claims: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)} (${pooled.matched} of ${pooled.gold} gold claims found); targets R ${(t.all ? t.hit / t.all : 0).toFixed(3)} P ${(t.sys ? t.sysHit / t.sys : 0).toFixed(3)} (${(pooled.matched ? t.sys / pooled.matched : 0).toFixed(1)} per matched claim)`,
    );
    if (!fixedGraph && extractSeconds > 0)
      print(
        `extraction: ${(extractSeconds * 1000).toFixed(0)} ms for ${scores.length} articles, ${(bytes / 1e3).toFixed(0)} kB (the first call warms up; see npm run bench for throughput)`,
      );
  }
}
if (checkDir) {
  const verdict = mismatches
    ? `check: ${mismatches} article(s) differ from ${values["check-with"]}`
    : `check: all ${scores.length} articles give the same figures and lines as ${values["check-with"]}`;
  process.stderr.write(verdict + "\n");
}
process.exitCode = failures || mismatches ? 1 : 0;
