// Replaying corrections: `npx tsx scripts/bench-edits.ts` (also run by `npm run bench`).
// On the generated graph of 100,000 claims of scripts/bench-query.ts, 1,000 corrections of every
// kind (seeded) are recorded once (addEdits), then replayed on a fresh copy of the graph, as after
// a rebuild from the articles, and again on the corrected graph, as after new articles (nothing to
// redo). Goal (corrections issue): replaying 1,000 corrections on 100,000 claims in < 1 s.
import { pathToFileURL } from "node:url";
import { STANCES, ENTITY_KINDS } from "../src/extraction/types.js";
import { addEdits, replayEdits, type EditRequest } from "../src/graph/edits/index.js";
import { claimsOf } from "../src/graph/model.js";
import { random } from "../test/support/random.js";
import { BENCH_CLAIMS, generateGraph } from "./bench-query.js";

const GOAL_MS = 1000;
export const BENCH_EDITS = 1000;

/** 1,000 corrections of every kind on the generated graph, in proportions an editor might make. */
export function corrections(count: number, seed = 7): EditRequest[] {
  const { graph } = generateGraph(BENCH_CLAIMS);
  const rnd = random(seed);
  // rnd() < 1: an index of the list (none of the lists is empty).
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const claims = claimsOf(graph).map((c) => c.id);
  const persons = graph.filterNodes((_, a) => a.kind === "person");
  const nodes = graph.nodes();
  const docs = graph.getAttribute("documents").map((d) => d.id);
  // Nodes merged away or deleted are not named again (an editor would not see them).
  const gone = new Set<string>();
  const live = (list: readonly string[]) => {
    let k = pick(list);
    while (gone.has(k)) k = pick(list);
    return k;
  };
  const mix: [number, () => EditRequest][] = [
    [300, () => ({ op: "setClaimStance", claim: pick(claims), stance: pick(STANCES) })],
    [100, () => ({ op: "setClaimTargets", claim: pick(claims), targets: [live(nodes), live(nodes)] })],
    [100, () => ({ op: "setClaimAddressee", claim: pick(claims), addressee: rnd() < 0.3 ? null : live(persons) })],
    [50, () => ({ op: "setClaimSpeaker", claim: pick(claims), speaker: live(persons) })],
    [100, () => ({ op: "deleteClaim", claim: pick(claims) })],
    [150, () => ({ op: "renameNode", node: live(nodes), label: `Renamed ${Math.floor(rnd() * 1e6)}` })],
    [50, () => ({ op: "setNodeKind", node: live(nodes), kind: pick(ENTITY_KINDS) })],
    [
      80,
      () => {
        const node = live(persons);
        gone.add(node);
        return { op: "mergeNodes", node, into: live(persons) };
      },
    ],
    [
      20,
      () => {
        const node = live(persons);
        return { op: "splitAlias", node, alias: graph.getNodeAttribute(node, "aliases")[1] ?? "x" };
      },
    ],
    [
      40,
      () => {
        const node = live(nodes);
        gone.add(node);
        return { op: "deleteNode", node };
      },
    ],
    [10, () => ({ op: "deleteDocument", doc: pick(docs) })],
  ];
  const out: EditRequest[] = [];
  for (const [n, make] of mix) for (let i = 0; i < (n * count) / 1000; i++) out.push(make());
  // Interleaved, as an editor works.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Record the corrections, then time their replay; print a block and return the figures (ms). */
export async function runEditsBench(options: { edits?: number; runs?: number; print?: boolean } = {}): Promise<Record<string, number>> {
  const { edits = BENCH_EDITS, runs = 3, print = true } = options;
  const requests = corrections(edits);
  const recorded = generateGraph(BENCH_CLAIMS).graph;
  const t0 = performance.now();
  const added = addEdits(recorded, requests, { now: () => new Date("2026-01-01T00:00:00Z") });
  const recordMs = performance.now() - t0;
  const ops = added.added;

  let rebuiltMs = Infinity;
  let againMs = Infinity;
  let report = replayEdits(generateGraph(BENCH_CLAIMS).graph, ops);
  for (let run = 0; run < runs; run++) {
    // A fresh graph per run (generating it is not timed): the replay of a rebuild.
    const fresh = generateGraph(BENCH_CLAIMS).graph;
    const t = performance.now();
    report = replayEdits(fresh, ops);
    rebuiltMs = Math.min(rebuiltMs, performance.now() - t);
    // The same corrections again on the corrected graph: all already in effect.
    const t2 = performance.now();
    replayEdits(fresh, ops);
    againMs = Math.min(againMs, performance.now() - t2);
  }
  const results = {
    claims: BENCH_CLAIMS,
    edits: ops.length,
    record_ms: Math.round(recordMs),
    replay_rebuilt_ms: Math.round(rebuiltMs),
    replay_again_ms: Math.round(againMs),
    applied: report.applied,
    unchanged: report.unchanged,
    problems: report.problems.length,
    goal_met: rebuiltMs < GOAL_MS ? 1 : 0,
  };
  if (print)
    console.log(
      [
        "",
        `Corrections — ${ops.length.toLocaleString("en")} of every kind${added.known ? ` (${requests.length} asked, ${added.known} a repeat)` : ""} on the generated graph of ${BENCH_CLAIMS.toLocaleString("en")} claims (best of ${runs})`,
        `  recorded (addEdits, first time): ${recordMs.toFixed(0)} ms`,
        `  replayEdits on a fresh copy (as after a rebuild): ${rebuiltMs.toFixed(0)} ms — ${report.applied} applied, ${report.unchanged} already in effect, ${report.problems.length} cannot apply (what an earlier correction took away)`,
        `  replayEdits again on the corrected graph (as after new articles): ${againMs.toFixed(0)} ms`,
        `  goal: < ${GOAL_MS} ms for the replay — ${results.goal_met ? "met" : "NOT MET"}`,
        "",
      ].join("\n"),
    );
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runEditsBench().then(
    (r) => (process.exitCode = r.goal_met ? 0 : 1),
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
