// `npm run eval` as a user runs it, on a tiny inline gold set (never ../shared).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scoreArticle, type Gold } from "../src/cli/score.js";

const root = join(import.meta.dirname, "..");
// The project's own tsx, as `npx tsx` would find it, without npx's start-up time.
const tsx = join(root, "node_modules", ".bin", "tsx");
let dir: string;

const text = "Talks stall\nThe minister, Anna Berg, said the talks had stalled. Union leaders rejected the offer.\n";
const gold: Gold = {
  doc: "talks",
  entities: [
    { name: "Anna Berg", type: "person", aliases: ["the minister"] },
    { name: "union", type: "group", aliases: ["Union leaders"] },
    { name: "talks", type: "topic" },
    { name: "offer", type: "topic" },
  ],
  claims: [
    { speaker: "Anna Berg", stance: "states", targets: ["talks"], evidence: "The minister, Anna Berg, said the talks had stalled." },
    { speaker: "union", stance: "opposes", targets: ["offer"], evidence: "Union leaders rejected the offer." },
  ],
};
const at = (s: string) => ({ doc: "talks", start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
const graph = {
  options: { type: "directed", multi: true, allowSelfLoops: true },
  attributes: { format: "claimgraph/1", documents: [{ id: "talks", title: null, date: null, source: "talks.txt", text }] },
  nodes: [
    { key: "person:anna-berg", attributes: { label: "Anna Berg", kind: "person", aliases: [], mentions: 1 } },
    { key: "topic:talks", attributes: { label: "talks", kind: "topic", aliases: [], mentions: 1 } },
  ],
  edges: [{ key: "c1:0", source: "person:anna-berg", target: "topic:talks", attributes: { stance: "states", claim: "c1", evidence: [at("Anna Berg, said")] } }],
};

function evalCli(...args: string[]) {
  const r = spawnSync(tsx, ["scripts/eval.ts", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "claimgraph-eval-"));
  writeFileSync(join(dir, "talks.txt"), text);
  writeFileSync(join(dir, "talks.json"), JSON.stringify(gold));
  writeFileSync(join(dir, "no-gold.txt"), "An article without gold is not scored.");
  writeFileSync(join(dir, "graph.json"), JSON.stringify(graph));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("eval CLI", { timeout: 90_000 }, () => {
  it("scores a given graph exactly as the scoring module does, per article and as a mean", () => {
    const r = evalCli(dir, "--graph", join(dir, "graph.json"), "--json");
    expect(r.code).toBe(0);
    const [article, mean] = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(article).toEqual(scoreArticle(text, gold, graph).result);
    expect(article).toMatchObject({ doc: "talks", precision: 1, recall: 0.5 });
    expect(mean).toMatchObject({ doc: "mean", articles: 1, recall: 0.5 });
  });
  it("prints the scorer's line and, with --verbose, what was missed", () => {
    const r = evalCli(dir, "--graph", join(dir, "graph.json"), "--verbose");
    expect(r.stdout).toContain("MISSED   union opposes | Union leaders rejected the offer.");
    expect(r.stdout).toContain("talks: attribution P 1 R 0.5 F1 0.667 | stance 1 | targets 1 (precision 1) | entities 1");
    expect(r.stdout).toMatch(/^mean of 1: attribution P 1 R 0\.5 F1 0\.667/m);
  });
  it("extracts the articles itself when no graph is given, and writes the graphs on request", () => {
    const out = join(dir, "graphs");
    const r = evalCli(dir, "--write-graphs", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^talks: attribution P [\d.]+ R [\d.]+ F1 [\d.]+/m);
    expect(readdirSync(out)).toEqual(["talks.graph.json"]);
  });
  it("fails with a message when the folder holds no article with gold", () => {
    const empty = join(dir, "empty");
    mkdirSync(empty);
    writeFileSync(join(empty, "lonely.txt"), "No gold beside me.");
    const r = evalCli(empty);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no X\.txt with a gold X\.json/);
  });
});
