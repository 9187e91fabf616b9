// The timelines of a story cluster's main actors against its gold `timeline.json` (GUIDE.md):
// `npm run eval:timeline -- test/fixtures/clusters [more cluster folders or parents]`.
// For each gold actor: its timeline in the graph the cluster's corpus makes, each gold position
// looked up among the actor's dated claims (same date, overlapping evidence), and whether the found
// ones are in the gold order with the gold stance; the changes flagged beside the gold's count.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { loadExtractor } from "../src/extraction/index.js";
import { readInput } from "../src/extraction/input/index.js";
import { buildGraph } from "../src/graph/model.js";
import { buildQueryIndex, resolveName, timelineOf, type ClaimResult } from "../src/graph/query/index.js";

interface GoldStep {
  date: string;
  article: string;
  stance: string;
  content: string;
  evidence: string;
}
interface GoldActor {
  actor: string;
  issue: string;
  sequence: GoldStep[];
  changes?: string[];
}

const words = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}% ]+/gu, " ")
      .split(/\s+/)
      .filter((w) => w.length > 2),
  );

/** Whether a claim states the gold position: the same date, and half the gold evidence's words in its evidence. */
function states(claim: ClaimResult, step: GoldStep): boolean {
  if (claim.date !== step.date) return false;
  const gold = words(step.evidence);
  const ours = words(claim.evidence.map((e) => e.text).join(" ") + " " + (claim.quote ?? ""));
  let shared = 0;
  for (const w of gold) if (ours.has(w)) shared++;
  return gold.size > 0 && shared / gold.size >= 0.5;
}

function clustersIn(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (existsSync(join(p, "timeline.json"))) out.push(p);
    else if (existsSync(p) && statSync(p).isDirectory())
      for (const d of readdirSync(p).sort()) if (existsSync(join(p, d, "timeline.json"))) out.push(join(p, d));
  }
  return out;
}

async function main(): Promise<void> {
  const dirs = clustersIn(process.argv.slice(2).length ? process.argv.slice(2) : ["test/fixtures/clusters"]);
  if (!dirs.length) throw new Error("no cluster with a timeline.json in the folders given");
  const extractor = await loadExtractor();
  const totals = { steps: 0, found: 0, stance: 0, ordered: 0, actors: 0, resolved: 0, gold_changes: 0, changes: 0 };
  for (const dir of dirs) {
    const graph = buildGraph(readInput("corpus.jsonl", readFileSync(join(dir, "corpus.jsonl"), "utf8")).documents.map((doc) => extractor.extract(doc)));
    const index = buildQueryIndex(graph);
    const gold = JSON.parse(readFileSync(join(dir, "timeline.json"), "utf8")) as { actors: GoldActor[] };
    console.log(`\n## ${dir.split("/").pop()}\n`);
    console.log("| actor | resolved to | dated claims | gold positions found | same stance | in order | changes flagged (gold) |");
    console.log("|---|---|---|---|---|---|---|");
    for (const actor of gold.actors) {
      totals.actors++;
      totals.steps += actor.sequence.length;
      totals.gold_changes += actor.changes?.length ?? 0;
      const match = resolveName(index.names, actor.actor);
      if (!match.ok) {
        console.log(`| ${actor.actor} | — (unknown) | 0 | 0/${actor.sequence.length} | – | – | 0 (${actor.changes?.length ?? 0}) |`);
        continue;
      }
      totals.resolved++;
      const t = timelineOf(index, { actors: match.keys });
      const claims = t.claims;
      const found = actor.sequence.map((step) => claims.findIndex((c) => states(c, step)));
      const hits = found.filter((i) => i >= 0);
      const sameStance = actor.sequence.filter((step, k) => {
        const i = found[k]!; // found has a slot per step
        return i >= 0 && claims[i]!.stance === step.stance;
      }).length;
      // In order: the found positions appear in the timeline in the gold's order.
      const ordered = hits.every((v, i) => i === 0 || v >= hits[i - 1]!);
      totals.found += hits.length;
      totals.stance += sameStance;
      totals.ordered += ordered ? 1 : 0;
      totals.changes += t.changes.length;
      const labels = match.keys.map((k) => index.names.labels.get(k) ?? k).join(" / ");
      console.log(
        `| ${actor.actor} | ${labels} | ${claims.length} | ${hits.length}/${actor.sequence.length} | ${sameStance}/${hits.length} | ${ordered ? "yes" : "no"} | ${t.changes.length} (${actor.changes?.length ?? 0}) |`,
      );
      for (const c of t.changes) console.error(`    ${dir.split("/").pop()}: ${c.kind}: ${c.reason.slice(0, 200)}`);
    }
  }
  console.log(
    `\nAll: ${totals.resolved}/${totals.actors} actors resolved; gold positions found ${totals.found}/${totals.steps} (${((100 * totals.found) / totals.steps).toFixed(0)}%), ` +
      `same stance ${totals.stance}/${totals.found}; timelines in gold order ${totals.ordered}/${totals.resolved}; changes flagged ${totals.changes} (gold ${totals.gold_changes}).`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
