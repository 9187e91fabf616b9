// The extract CLI as a user runs it: a child process on real files.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importGraph } from "../src/graph/format.js";
import { extract, root, tsx } from "./support/cli.js";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "claimgraph-cli-"));
  writeFileSync(join(dir, "talks.txt"), "Talks resume\nThe minister said on Monday that talks would resume.\n");
  writeFileSync(join(dir, "photo.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(dir, "empty.md"), "\n\n");
  mkdirSync(join(dir, "nested", "deeper"), { recursive: true });
  mkdirSync(join(dir, "nothing-here"));
  writeFileSync(join(dir, "nested", "deeper", "page.html"), "<title>Page</title><p>The spokesman said no.</p>");
  writeFileSync(join(dir, "nested", "feed.jsonl"), `${JSON.stringify({ title: "One", text: "A said B." })}\n{bad\n`);
  writeFileSync(join(dir, "nested", "gold.json"), "{}");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("extract CLI: help and usage", { timeout: 90_000 }, () => {
  it("explains its usage with --help and exits 0", () => {
    const r = extract("--help");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Usage: claimgraph extract \[options\] <inputs\.\.\.>/);
    expect(r.stdout).toMatch(/--out <file>/);
  });
  it("exits 2 with the usage when no input is named or an option is unknown", () => {
    expect(extract().code).toBe(2);
    const r = extract("--frobnicate", "x.txt");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/frobnicate/);
  });
});

describe("extract CLI: bad input", { timeout: 90_000 }, () => {
  it("refuses a binary file with a clear message and exits non-zero when nothing else is read", () => {
    const r = extract(join(dir, "photo.txt"));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/photo\.txt looks binary/);
    expect(r.stderr).toMatch(/nothing could be read/);
    expect(r.stdout).toBe("");
  });
  it("never reads a named pipe or a device (reading would block or never end), and says why", () => {
    const own = mkdtempSync(join(tmpdir(), "claimgraph-fifo-"));
    const fifos = join(own, "fifos");
    mkdirSync(fifos);
    execFileSync("mkfifo", [join(own, "feed.txt"), join(fifos, "a.txt")]);
    writeFileSync(join(fifos, "b.txt"), "Talks resume\nThe minister said on Monday that talks would resume.\n");
    const r = extract(join(own, "feed.txt"), fifos, "/dev/zero");
    rmSync(own, { recursive: true, force: true });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/feed\.txt is a named pipe \(FIFO\), not a file: not read/);
    expect(r.stderr).toMatch(/fifos\/a\.txt is a named pipe \(FIFO\), not a file: not read/);
    expect(r.stderr).toMatch(/\/dev\/zero is a device, not a file: not read/);
    expect(importGraph(r.stdout).getAttribute("documents")).toHaveLength(1);
  });
  it("reports a missing file", () => {
    const r = extract(join(dir, "missing.txt"));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/cannot read .*missing\.txt: no such file/);
  });
  it("reports an empty folder", () => {
    const r = extract(join(dir, "nothing-here"));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/no article files .* in folder .*nothing-here/);
  });
  it("reports an empty file", () => {
    const r = extract(join(dir, "empty.md"));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/empty\.md is empty/);
  });
});

describe("extract CLI: good input", { timeout: 90_000 }, () => {
  it("prints a graph JSON that importGraph accepts", () => {
    const r = extract(join(dir, "talks.txt"));
    expect(r.code, r.stderr).toBe(0);
    const graph = importGraph(r.stdout);
    const doc = graph.getAttribute("documents")[0]!;
    expect(doc).toMatchObject({ id: "talks", title: "Talks resume" });
    expect(doc.text).toBe(readFileSync(join(dir, "talks.txt"), "utf8"));
  });
  it("explains each claim with --explain: the attribution pattern and the stance rules, the graph only to --out", () => {
    writeFileSync(join(dir, "explain.txt"), "Talks\nMoscow did not accept the plan, Kremlin spokesman Dmitry Peskov said.\n");
    const out = join(dir, "explained.json");
    const r = extract(join(dir, "explain.txt"), "--explain", "--out", out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/explain#c\d+ {2}Russia opposes/);
    expect(r.stdout).toMatch(/pattern {2}left .*cue "did not accept"/);
    expect(r.stdout).toMatch(/stance {3}cue -> supports, negation -> opposes/);
    expect(r.stdout).toMatch(/pattern {2}trailing/);
    expect(importGraph(readFileSync(out, "utf8")).size).toBeGreaterThan(0);
    rmSync(join(dir, "explain.txt"));
  });
  it("says how many claims repeat another article's words (two outlets' copies of one wire story)", () => {
    const wire = "Foreign Minister Ann Wexley said on Tuesday that calls for a ceasefire in the region were reasonable.";
    mkdirSync(join(dir, "wire"));
    writeFileSync(join(dir, "wire", "a.txt"), `Ceasefire calls reasonable\n${wire}\n`);
    writeFileSync(join(dir, "wire", "b.txt"), `Minister: ceasefire calls are reasonable\nANKARA (Reuters) - ${wire}\n`);
    const r = extract(join(dir, "wire"), "--out", join(dir, "wire.json"));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/2 articles, 2 claims \(1 repeating another article's words\)/);
    rmSync(join(dir, "wire"), { recursive: true });
  });
  it("walks folders recursively, skips what it cannot read and writes --out", () => {
    const out = join(dir, "out", "graph.json");
    const r = extract(dir, "--out", out, "--pretty");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/skipped: .*photo\.txt looks binary/);
    expect(r.stderr).toMatch(/skipped: .*feed\.jsonl line 2: not valid JSON/);
    const text = readFileSync(out, "utf8");
    expect(text).toMatch(/^\{\n {2}"options"/);
    const ids = importGraph(text)
      .getAttribute("documents")
      .map((d) => d.id)
      .sort();
    expect(ids).toEqual(["feed-one", "page", "talks"]);
  });
  it("shows progress on stderr for many files", () => {
    const many = join(dir, "many");
    mkdirSync(many);
    for (let i = 1; i <= 5; i++) writeFileSync(join(many, `story-${i}.txt`), `Story ${i}\nAn official said ${i}.\n`);
    const r = extract(many, "--quiet");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    const loud = extract(many);
    expect(loud.stderr).toMatch(/\[1\/5\] .*story-1\.txt: \d+ claims/);
    expect(loud.stderr).toMatch(/\[5\/5\] .*story-5\.txt/);
    expect(loud.stderr).toMatch(/^5 articles, \d+ claims/m);
  });
});

describe("claimgraph: a growing graph and other formats", { timeout: 90_000 }, () => {
  const run = (...args: string[]) => {
    const r = spawnSync(tsx, ["src/cli/claimgraph.ts", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it("--into adds a day's articles to a graph: known entities are reused, an article already there is skipped", () => {
    const own = mkdtempSync(join(tmpdir(), "claimgraph-into-"));
    const graph = join(own, "graph.json");
    writeFileSync(join(own, "monday.txt"), "Talks resume\nVolodymyr Zelenskyy said on Monday that security guarantees were vital.\n");
    writeFileSync(join(own, "tuesday.txt"), "Zelensky again\nZelensky said on Tuesday that talks must go on.\n");
    expect(run("extract", join(own, "monday.txt"), "--into", graph).code).toBe(0);
    const first = importGraph(readFileSync(graph, "utf8"));
    const r = run("extract", join(own, "tuesday.txt"), join(own, "monday.txt"), "--into", graph);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/skipped: .*monday\.txt is already in the graph as monday/);
    expect(r.stderr).toMatch(/graph\.json: 1 articles before, 2 now/);
    const grown = importGraph(readFileSync(graph, "utf8"));
    expect(grown.getAttribute("documents").map((d) => d.id)).toEqual(["monday", "tuesday"]);
    // "Zelensky" of Tuesday is Monday's Volodymyr Zelenskyy.
    const zelensky = grown.filterNodes((_, a) => a.label === "Volodymyr Zelenskyy");
    expect(zelensky).toHaveLength(1);
    expect(grown.getNodeAttribute(zelensky[0], "docs")).toEqual(["monday", "tuesday"]);
    expect(grown.order).toBeGreaterThanOrEqual(first.order);
    // Nothing new: the file stays as it is.
    const again = run("extract", join(own, "tuesday.txt"), "--into", graph);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/nothing new to add, .*graph\.json is unchanged/);
    rmSync(own, { recursive: true, force: true });
  });

  it("export writes GEXF, GraphML, CSV and Cypher from a graph file, and names the formats on a wrong one", () => {
    const own = mkdtempSync(join(tmpdir(), "claimgraph-export-"));
    const seed = join(root, "test", "fixtures", "seed-graph.json");
    for (const [format, check] of [
      ["gexf", /<gexf[^>]*version="1\.3"/],
      ["graphml", /<graphml xmlns="http:\/\/graphml\.graphdrawing\.org\/xmlns"/],
      ["csv", /^\ufeffclaim,speaker,speaker_kind,stance/],
      ["cypher", /MERGE \(e:Entity \{key: row\.key\}\)/],
    ] as const) {
      const out = join(own, `g.${format}`);
      const r = run("export", seed, "--format", format, "--out", out);
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(out, "utf8")).toMatch(check);
    }
    const bad = run("export", seed, "--format", "pdf");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown format "pdf"; one of json, gexf, graphml, csv, cypher/);
    rmSync(own, { recursive: true, force: true });
  });
});

describe("the claimgraph binary", { timeout: 90_000 }, () => {
  it("is built JavaScript that node runs without a TypeScript compiler (npm install builds it)", () => {
    const bin = join(root, "dist-cli", "claimgraph.js");
    if (!existsSync(bin)) execFileSync("npm", ["run", "-s", "build:cli"], { cwd: root });
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(pkg.bin.claimgraph).toBe("dist-cli/claimgraph.js");
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    const r = spawnSync(process.execPath, [bin, "query", join(root, "test", "fixtures", "seed-graph.json"), "who proposed what"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Volodymyr Zelenskyy\s+proposes/);
  });
});

describe("claimgraph extract: a feed read as a stream, extracted in worker threads", { timeout: 120_000 }, () => {
  it("gives the same graph with --jobs 2 as with one thread, line numbers of bad lines included", () => {
    const own = mkdtempSync(join(tmpdir(), "claimgraph-jobs-"));
    const feed = join(own, "feed.jsonl");
    const lines: string[] = [];
    for (let i = 0; i < 40; i++)
      lines.push(
        JSON.stringify({
          title: `Story ${i}`,
          date: "2024-05-01",
          url: `https://example.com/${i}`,
          text: `Story ${i}\nMinister ${String.fromCharCode(65 + (i % 26))}. Smith said on day ${i} that talks would resume.\nThe union rejected offer number ${i}.`,
        }),
      );
    lines.splice(7, 0, "{not json");
    writeFileSync(feed, lines.join("\n") + "\n");
    const one = spawnSync(tsx, ["src/cli/claimgraph.ts", "extract", feed, "--jobs", "1", "--out", join(own, "one.json")], { cwd: root, encoding: "utf8" });
    const two = spawnSync(tsx, ["src/cli/claimgraph.ts", "extract", feed, "--jobs", "2", "--out", join(own, "two.json")], { cwd: root, encoding: "utf8" });
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(two.stderr).toMatch(/skipped: .*feed\.jsonl line 8: not valid JSON/);
    expect(readFileSync(join(own, "two.json"), "utf8")).toBe(readFileSync(join(own, "one.json"), "utf8"));
    expect(importGraph(readFileSync(join(own, "two.json"), "utf8")).getAttribute("documents")).toHaveLength(40);
    rmSync(own, { recursive: true, force: true });
  });
});
