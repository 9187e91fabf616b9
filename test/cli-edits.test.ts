// `claimgraph extract --edits FILE` as a user runs it (docs/edits.md): corrections applied after
// extraction and recorded in the graph, applied again when --into adds articles, those that
// cannot apply named on standard error and kept.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editsOf } from "../src/graph/edits/index.js";
import { importGraph } from "../src/graph/format.js";
import { claimsOf } from "../src/graph/model.js";
import { extract } from "./support/cli.js";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "claimgraph-edits-"));
  mkdirSync(join(dir, "articles"));
  mkdirSync(join(dir, "later"));
  writeFileSync(join(dir, "articles", "a.txt"), "Strike goes on\nJames Smithers, the union leader, said on Monday that the strike would continue.\n");
  writeFileSync(
    join(dir, "articles", "b.txt"),
    "Offer rejected\nJed Smithers said the union would reject the offer from Acme Corp.\nSenator Bob Fakename said the strike hurt the city.\n",
  );
  writeFileSync(
    join(dir, "later", "c.txt"),
    "Talks fail\nJed Smithers told reporters that the talks had failed.\nSenator Bob Fakename said on Tuesday that the strike had to end.\n",
  );
  writeFileSync(
    join(dir, "edits.json"),
    JSON.stringify([
      { op: "mergeNodes", node: "Jed Smithers", into: "person:james-smithers" },
      { op: "deleteNode", node: "Bob Fakename", by: "desk" },
      { op: "setClaimStance", claim: "nowhere#c1", stance: "opposes" },
    ]),
  );
  writeFileSync(join(dir, "broken.json"), JSON.stringify([{ op: "mergeNodes", node: "Jed Smithers" }]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const speakerOf = (graph: ReturnType<typeof importGraph>, words: string) => claimsOf(graph).find((c) => c.evidence[0]!.text.includes(words))?.speaker;

describe("extract CLI: --edits", { timeout: 120_000 }, () => {
  it("applies the corrections after extraction, records them in the graph, names the one that cannot apply", () => {
    const out = join(dir, "graph.json");
    const r = extract(join(dir, "articles"), "--edits", join(dir, "edits.json"), "--out", out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /edits: .*edits\.json: edit 2 \(setClaimStance nowhere#c1 to opposes\) cannot apply: no claim nowhere#c1 in the graph; kept in the graph/,
    );
    expect(r.stderr).toMatch(/edits\.json: 2 applied, 0 already in effect, 1 cannot apply/);
    const graph = importGraph(readFileSync(out, "utf8"));
    expect(graph.hasNode("person:jed-smithers")).toBe(false);
    expect(graph.hasNode("person:bob-fakename")).toBe(false);
    expect(speakerOf(graph, "reject the offer")).toBe("person:james-smithers");
    expect(editsOf(graph).map((e) => e.op)).toEqual(["mergeNodes", "deleteNode", "setClaimStance"]);
    expect(editsOf(graph)[1]).toMatchObject({ node: { key: "person:bob-fakename", label: "Bob Fakename" }, by: "desk" });
  });

  it("with --into, the graph's corrections last: the merged name lands on its node, the deleted entity stays gone", () => {
    const out = join(dir, "grown.json");
    extract(join(dir, "articles"), "--edits", join(dir, "edits.json"), "--out", out);
    const r = extract(join(dir, "later"), "--into", out, "--edits", join(dir, "edits.json"));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/3 already recorded/);
    expect(r.stderr).toMatch(/correction 2 \(setClaimStance nowhere#c1 to opposes\) cannot apply/);
    const graph = importGraph(readFileSync(out, "utf8"));
    expect(graph.getAttribute("documents")).toHaveLength(3);
    expect(speakerOf(graph, "talks had failed")).toBe("person:james-smithers");
    expect(graph.hasNode("person:bob-fakename")).toBe(false);
    expect(speakerOf(graph, "had to end")).toBeUndefined();
    expect(editsOf(graph)).toHaveLength(3);
  });

  it("refuses an edits file that is not valid, naming the operation, before reading any article", () => {
    const r = extract(join(dir, "articles"), "--edits", join(dir, "broken.json"));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.json: edit 0 \(mergeNodes\): into must name a node/);
    expect(r.stdout).toBe("");
    expect(extract(join(dir, "articles"), "--edits", join(dir, "missing.json")).stderr).toMatch(/missing\.json: cannot read it/);
  });
});
