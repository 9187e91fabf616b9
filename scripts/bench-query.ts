// Query latency on a generated graph of 100,000 claims: `npx tsx scripts/bench-query.ts`.
// The graph is built directly with the model's node and edge attributes (the contract's shape),
// with Zipf-distributed speakers and targets so that a few actors dominate, as in news.
// Goal (issue 4): median < 20 ms for "who proposed what" and for a single-speaker question.
import { pathToFileURL } from "node:url";
import { STANCES, type Stance } from "../src/extraction/types.js";
import { createClaimGraph, type ClaimGraph } from "../src/graph/model.js";
import { ask, buildQueryIndex, type QueryIndex } from "../src/graph/query/index.js";

export const BENCH_CLAIMS = 100_000;
const GOAL_MS = 20;

/** A small deterministic generator (mulberry32), so every run measures the same graph. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pick from 0..n-1 with probability proportional to 1 / (rank + 1). */
function zipf(n: number, rnd: () => number): () => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 0; i < n; i++) cumulative.push((sum += 1 / (i + 1)));
  return () => {
    const x = rnd() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const FIRST = ["Anna", "Boris", "Carla", "David", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kemal", "Lena", "Marco", "Nadia", "Omar", "Petra"];
const LAST = [
  "Albescu",
  "Brandt",
  "Castillo",
  "Dimitrov",
  "Eklund",
  "Fontaine",
  "Gruber",
  "Haddad",
  "Ivanova",
  "Jensen",
  "Kowalski",
  "Lindqvist",
  "Moreau",
  "Novak",
  "Okafor",
  "Petrov",
  "Quispe",
  "Rossi",
  "Sato",
  "Tanaka",
];
const TOPICS = [
  "tariff",
  "ceasefire",
  "budget",
  "pension reform",
  "border",
  "sanctions",
  "grain corridor",
  "energy price cap",
  "security guarantees",
  "referendum",
];
// Proposals are about one claim in six, as the stances are in the seed annotation.
const STANCE_WEIGHTS: [Stance, number][] = [
  ["states", 0.45],
  ["proposes", 0.15],
  ["demands", 0.15],
  ["supports", 0.1],
  ["opposes", 0.1],
  ["commits", 0.05],
];

export interface BenchGraph {
  graph: ClaimGraph;
  /** The label of the busiest speaker and of a mid-ranked one, for single-speaker questions. */
  topSpeaker: string;
  midSpeaker: string;
  topTopic: string;
}

export function generateGraph(claims = BENCH_CLAIMS, seed = 42): BenchGraph {
  const rnd = random(seed);
  const graph = createClaimGraph();
  const people = 2_000;
  const topics = 600;
  const docs = 2_000;
  const documents = Array.from({ length: docs }, (_, i) => ({
    id: `doc-${i}`,
    title: `Generated article ${i}`,
    date: `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
    source: `doc-${i}.txt`,
    text: "x".repeat(200),
  }));
  graph.setAttribute("documents", documents);
  const personKeys: string[] = [];
  for (let i = 0; i < people; i++) {
    const first = FIRST[i % FIRST.length];
    const last = `${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= FIRST.length * LAST.length ? `-${Math.floor(i / (FIRST.length * LAST.length))}` : ""}`;
    const key = `person:p${i}`;
    graph.addNode(key, { label: `${first} ${last}`, kind: "person", aliases: [last, `Minister ${last}`], mentions: 1, docs: [] });
    personKeys.push(key);
  }
  const topicKeys: string[] = [];
  for (let i = 0; i < topics; i++) {
    const key = `topic:t${i}`;
    graph.addNode(key, { label: `${TOPICS[i % TOPICS.length]} ${i}`, kind: "topic", aliases: [], mentions: 1, docs: [] });
    topicKeys.push(key);
  }
  const speaker = zipf(people, rnd);
  const target = zipf(people + topics, rnd);
  const stanceOf = () => {
    let x = rnd();
    for (const [s, w] of STANCE_WEIGHTS) if ((x -= w) < 0) return s;
    return STANCES[0];
  };
  for (let c = 0; c < claims; c++) {
    const from = personKeys[speaker()]!;
    const doc = `doc-${Math.floor(rnd() * docs)}`;
    const stance = stanceOf();
    const attrs = {
      stance,
      claim: `${doc}#c${c}`,
      summary: `generated ${stance} claim ${c}`,
      quote: rnd() < 0.3 ? `quote ${c}` : null,
      addressee: rnd() < 0.1 ? personKeys[speaker()]! : null,
      evidence: [{ doc, start: 0, end: 10, text: "xxxxxxxxxx" }],
    };
    const n = 1 + Math.floor(rnd() * rnd() * 3);
    const targets = new Set<string>();
    while (targets.size < n) {
      const t = target();
      targets.add(t < topics ? topicKeys[t]! : personKeys[t - topics]!);
    }
    [...targets].forEach((t, i) => graph.addDirectedEdgeWithKey(`${attrs.claim}:${i}`, from, t, attrs));
  }
  const label = (k: string) => graph.getNodeAttribute(k, "label");
  return { graph, topSpeaker: label(personKeys[0]!), midSpeaker: label(personKeys[150]!), topTopic: label(topicKeys[0]!) };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Median and 95th percentile of `runs` calls, after a few warm-up calls. */
function measure(index: QueryIndex, question: string, runs: number): { median: number; p95: number; results: number } {
  let results = 0;
  for (let i = 0; i < Math.min(5, runs); i++) results = ask(index, question).claims.length;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    ask(index, question);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95), results };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/**
 * Generate the 100,000-claim graph, time the index build and the questions, print a block of
 * results and return them as numbers (milliseconds unless the key says otherwise).
 */
export async function runQueryBench(options: { claims?: number; runs?: number; print?: boolean } = {}): Promise<Record<string, number>> {
  const { claims = BENCH_CLAIMS, runs = 100, print = true } = options;
  const t0 = performance.now();
  const bench = generateGraph(claims);
  const generated = performance.now() - t0;
  const t1 = performance.now();
  const index = buildQueryIndex(bench.graph);
  const indexMs = performance.now() - t1;

  // Positions views compare every position on an issue: slower, measured with fewer runs.
  const questions: [key: string, question: string, goal: boolean, runs?: number][] = [
    ["who_proposed_what", "who proposed what", true],
    ["single_speaker_propose", `what did ${bench.topSpeaker} propose`, true],
    ["shared_surname_propose", `what did ${bench.topSpeaker.split(" ")[1]} propose`, false],
    ["single_speaker_say", `what did ${bench.midSpeaker} say`, true],
    ["pattern_speaker_stances", `${bench.topSpeaker} -demands|proposes-> ?x`, false],
    ["who_opposes_topic", `who opposes ${bench.topTopic}`, false],
    ["unknown_name", `what did Zzyzx Quorble propose`, false],
    ["positions_top_topic", `positions on ${bench.topTopic}`, false, 10],
    ["disagreements", `where do ${bench.topSpeaker} and ${bench.midSpeaker} disagree`, false, 10],
    // Issue 12: the timeline of the busiest speaker (about 12,000 dated claims) in < 200 ms.
    ["timeline_top_speaker", `timeline of ${bench.topSpeaker}`, false, 10],
    ["who_changed_position", "who changed position", false, 5],
  ];
  const TIMELINE_GOAL_MS = 200;
  const results: Record<string, number> = { claims: index.claims.length, edges: bench.graph.size, entities: bench.graph.order, index_build_ms: round(indexMs) };
  const lines: string[] = [];
  let pass = true;
  for (const [key, question, goal, fewer] of questions) {
    const m = measure(index, question, Math.min(runs, fewer ?? runs));
    results[`${key}_median_ms`] = round(m.median);
    results[`${key}_p95_ms`] = round(m.p95);
    results[`${key}_results`] = m.results;
    if (goal && m.median >= GOAL_MS) pass = false;
    if (key === "timeline_top_speaker" && m.median >= TIMELINE_GOAL_MS) pass = false;
    lines.push(
      `  ${`"${question}"`.padEnd(52)} ${`${m.results.toLocaleString("en")} claims`.padStart(14)}   median ${m.median.toFixed(2).padStart(6)} ms   p95 ${m.p95.toFixed(2).padStart(6)} ms${goal ? "   (goal)" : ""}`,
    );
  }
  results.goal_met = pass ? 1 : 0;
  if (print) {
    const out = [
      "",
      `Query latency — generated graph: ${index.claims.length.toLocaleString("en")} claims, ${bench.graph.size.toLocaleString("en")} edges, ${bench.graph.order.toLocaleString("en")} entities (generated in ${(generated / 1000).toFixed(1)} s)`,
      `  index build, once per graph: ${indexMs.toFixed(0)} ms; each question below: ask() end to end (parse + query), ${runs} runs`,
      ...lines,
      `  goals: median < ${GOAL_MS} ms for "who proposed what" and single-speaker questions, < ${TIMELINE_GOAL_MS} ms for the timeline of the busiest speaker — ${pass ? "met" : "NOT MET"}`,
      "",
    ];
    console.log(out.join("\n"));
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runQueryBench().then(
    (r) => (process.exitCode = r.goal_met ? 0 : 1),
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
