// The query CLI: `npm run query -- graph.json "question"`, its output and its exit status.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../src/cli/program.js";

const root = join(import.meta.dirname, "..");
const SEED = join(root, "test", "fixtures", "seed-graph.json");
let dir: string;

async function query(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(["query", ...args], { out: (t) => (stdout += t), err: (t) => (stderr += t), columns: 160 });
  return { code, stdout, stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "claimgraph-query-"));
  writeFileSync(join(dir, "invalid.json"), JSON.stringify({ attributes: { format: "claimgraph/1", documents: [] }, nodes: [], edges: [{ source: "x" }] }));
  writeFileSync(join(dir, "broken.json"), "{ not json");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("query CLI: what it reads", () => {
  it("takes a folder named first for the graph, not for a word of the question, and says how to build one", async () => {
    const r = await query(dir, "who said what");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read the graph .*: it is a folder \(to build a graph from the articles in it: npm run extract -- .* --out graph\.json\)/);
  });
});

describe("query CLI: answers", () => {
  it("prints a readable table for 'who proposed what'", async () => {
    const r = await query(SEED, "who proposed what");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Understood: stance proposes {3}\(pattern: \?who -proposes-> \?what\)/);
    expect(r.stdout).toMatch(/speaker\s+stance\s+target\s+summary\s+evidence\s+document/);
    expect(r.stdout).toMatch(/Volodymyr Zelenskyy\s+proposes\s+Donbas; demilitarized/);
    expect(r.stdout).toMatch(/\n1 claim\n/);
  });
  it("takes the question in several words without quotes", async () => {
    const r = await query(SEED, "what", "did", "Putin", "demand");
    expect(r.stdout).toMatch(/Vladimir Putin\s+demands\s+Donbas; Russia\s+full Russian control of Donbas/);
  });
  it("--json prints the claims", async () => {
    const r = await query(SEED, "who demands what", "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ kind: "claims", pattern: "?who -demands-> ?what", count: 4 });
    expect(json.claims.map((c: { id: string }) => c.id)).toEqual(["seed-media-line#c2", "seed-media-line#c6", "seed-media-line#c7", "seed-media-line#c13"]);
    expect(json.claims[0]).toHaveProperty("evidence.0.text");
  });
  it("--csv prints the claims as CSV", async () => {
    const r = await query(SEED, "?who -proposes-> ?what", "--csv");
    expect(r.stdout.split("\r\n")[0]).toBe("speaker,speaks_for,stance,target,addressee,summary,quote,evidence,document,date,claim");
    expect(r.stdout.split("\r\n")).toHaveLength(3);
  });
  it("--positions shows each actor's stance with evidence and flags conflicts", async () => {
    const r = await query(SEED, "--positions", "Donbas");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/■ Donbas — 2 speakers, 1 conflict/);
    expect(r.stdout).toMatch(/“while Vladimir Putin has insisted on full Russian control\.” \(seed-media-line\)/);
    expect(r.stdout).toMatch(/⚠ different proposals\/demands: Volodymyr Zelenskyy proposes vs Vladimir Putin demands/);
  });
  it("--issues and --conflicts list the contested issues", async () => {
    expect((await query(SEED, "--conflicts")).stdout).toMatch(/2 issues with conflicting positions/);
    expect((await query(SEED, "--issues")).stdout).toMatch(/5 issues with positions of two or more speakers/);
  });
  it("a structured query from options, names resolved like in questions", async () => {
    const r = await query(SEED, "--speaker", "zelensky", "--stance", "demands,proposed", "--json");
    expect(JSON.parse(r.stdout).claims).toHaveLength(3);
    expect((await query(SEED, "--speaker", "Zelenkyy")).stderr).toMatch(/did you mean Volodymyr Zelenskyy/);
  });
  it("an empty answer says why, and exits 0", async () => {
    const r = await query(SEED, "who opposes Donbas");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No claim matches stance opposes, target Donbas/);
  });
  it("limits the rows of a long table and says how many are left", async () => {
    const r = await query(SEED, "who said what", "--limit", "3");
    expect(r.stdout).toMatch(/15 claims, 3 shown/);
  });
});

describe("query CLI: errors and exit status", () => {
  it("--help explains the usage and exits 0", async () => {
    const r = await query("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: claimgraph query \[options\] \[words\.\.\.\]/);
    expect(r.stdout).toMatch(/\?who -proposes-> \?what/);
  });
  it("exits 1 for a missing file, naming it", async () => {
    const r = await query(join(dir, "missing.json"), "who proposed what");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read the graph .*missing\.json: no such file/);
  });
  it("exits 1 for an invalid graph or a file that is not JSON, with the problems", async () => {
    const invalid = await query(join(dir, "invalid.json"), "who proposed what");
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/Not a valid claimgraph file: edge 0: source "x" is not a node/);
    const broken = await query(join(dir, "broken.json"), "who proposed what");
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/the file is not JSON/);
  });
  it("exits 2 for a question it cannot understand, with what it understood", async () => {
    const r = await query(SEED, "what did Zelenkyy propose");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/I do not know "Zelenkyy": did you mean Volodymyr Zelenskyy\?/);
    expect(r.stderr).toMatch(/understood: what "Zelenkyy" proposes/);
  });
  it("exits 2 without a question or with an unknown option", async () => {
    expect((await query(SEED)).code).toBe(2);
    expect((await query(SEED, "who", "--frobnicate")).code).toBe(2);
    expect((await query(SEED, "who proposed what", "--limit", "many")).code).toBe(2);
  });
  it("runs as `npm run query` does, with the exit status of the process", () => {
    const run = (...args: string[]) => spawnSync("npx", ["tsx", "src/cli/claimgraph.ts", "query", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
    const ok = run(SEED, "who proposed what");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/Volodymyr Zelenskyy/);
    expect(run(join(dir, "missing.json"), "who").status).toBe(1);
  });
});

describe("claimgraph query: the same claim in several outlets", () => {
  it("prints a claim that two outlets' copies of a wire story carry once, with its words once and the number of its documents", async () => {
    const { formatTable } = await import("../src/cli/query.js");
    const ev = (doc: string) => ({ doc, start: 0, end: 20, text: "Cavusoglu said talks" });
    const claim = {
      id: "a#c1",
      speaker: { key: "person:c", label: "Mevlut Cavusoglu" },
      stance: "demands" as const,
      targets: [{ key: "topic:ceasefire", label: "ceasefire" }],
      addressee: null,
      summary: "calls for a ceasefire were reasonable",
      quote: null,
      evidence: [ev("reuters"), ev("outlet")],
      documents: [
        { id: "reuters", title: null, date: null },
        { id: "outlet", title: null, date: null },
      ],
      date: null,
      edges: ["a#c1:0", "b#c1:0"],
      order: 0,
    };
    const table = formatTable([claim], 200);
    expect(table.match(/Cavusoglu said talks/g)).toHaveLength(1);
    expect(table).toContain("2 documents");
  });
});
