// Issue 13: claimgraph's explorer beside Gephi Lite, in the same headless Chromium, on the same
// graphs with the same node positions (a seeded ForceAtlas2 run here, in Node, so that neither app
// lays anything out):
//   1. first frame: navigation start -> the first frame on screen after WebGL drew the graph (the
//      same signal for both apps: a hook on the WebGL draw calls, see DRAW_HOOK);
//   2. frames per second while the mouse drags the graph around for 3 s, no layout running.
// Gephi Lite is not part of this repository: build it elsewhere (docs/bench-gephi-lite.md) and give
// its build folder. Not part of `npm test`.
// Usage: npm run bench:gephi-lite -- --gephi-lite /tmp/gephi-lite/packages/gephi-lite/build [--runs 5] [--json]
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { Browser, Page } from "playwright-core";
import { buildApp, CHROMIUM, hasChromium, launch, OUTPUT, ROOT, serve } from "../test/e2e/harness.js";
import { generateGraph } from "../test/e2e/generate.js";
import { exportGraphJSON, importGraph } from "../src/graph/format.js";
import { gexf } from "../src/graph/export/formats.js";
import { panFps } from "./pan-fps.js";

const HOW_TO_BUILD = `Gephi Lite is not part of this repository. Build it outside, e.g.:
  git clone https://github.com/gephi/gephi-lite /tmp/gephi-lite && cd /tmp/gephi-lite
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install      # (npm ci if its lock file is in sync)
  npm run build                                       # preconstruct build + the gephi-lite workspace build
then: npm run bench:gephi-lite -- --gephi-lite /tmp/gephi-lite/packages/gephi-lite/build [--runs 5] [--json]
(see docs/bench-gephi-lite.md)`;

const argValue = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const gephiDir = argValue("gephi-lite");
const RUNS = Number(argValue("runs") ?? 5);
const ITERATIONS = Number(argValue("iterations") ?? 300);
const asJSON = process.argv.includes("--json");
const VIEWPORT = { width: 1400, height: 860 };

type App = "claimgraph" | "gephiLite";
interface Run {
  app: App;
  firstFrameMs: number;
  fpsPanning: number;
  /** claimgraph only: its own "graph-drawn" mark, as scripts/perf-browser.ts reports it. */
  ownMarkMs?: number;
  /** The drag ended in a selection (taken for a click): that run did not only pan. */
  selectedByDrag?: boolean;
}

/**
 * The same "graph drawn" signal for both apps (both draw with sigma 3 on WebGL): count the items
 * (instances, else vertices) that each WebGL context draws since its last clear; the first time
 * one context has drawn at least NEED of them on a canvas of real size (Gephi Lite renders into
 * a 1-px hidden container until it is ready), note the time and the next animation frame (the
 * first frame on screen with the graph).
 */
const DRAW_HOOK = (need: number) => `(() => {
  window.__draw = { first: null, frame: null };
  const need = ${need};
  const tally = new WeakMap();
  for (const P of [window.WebGLRenderingContext && WebGLRenderingContext.prototype, window.WebGL2RenderingContext && WebGL2RenderingContext.prototype]) {
    if (!P) continue;
    const clear = P.clear;
    P.clear = function (mask) { tally.set(this, 0); return clear.call(this, mask); };
    const wrap = (name, countOf) => {
      const f = P[name];
      if (!f) return;
      P[name] = function (...args) {
        const r = f.apply(this, args);
        if (window.__draw.first === null && this.drawingBufferWidth > 100 && this.drawingBufferHeight > 100) {
          const n = (tally.get(this) || 0) + countOf(args);
          tally.set(this, n);
          if (n >= need) {
            window.__draw.first = performance.now();
            requestAnimationFrame(() => { window.__draw.frame = performance.now(); });
          }
        }
        return r;
      };
    };
    wrap("drawArraysInstanced", (a) => a[3]);
    wrap("drawElementsInstanced", (a) => a[4]);
    wrap("drawArrays", (a) => a[2]);
    wrap("drawElements", (a) => a[1]);
  }
})();`;

/** A fixed layout: seeded random start, then ForceAtlas2 for ITERATIONS iterations. */
function withPositions(json: string, seed = 13): { json: string; gexf: string; nodes: number; edges: number } {
  const graph = importGraph(json);
  let s = seed;
  const rand = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
  graph.forEachNode((key) => graph.mergeNodeAttributes(key, { x: rand() * 1000, y: rand() * 1000 }));
  forceAtlas2.assign(graph, {
    iterations: ITERATIONS,
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 1000 },
  });
  return { json: exportGraphJSON(graph), gexf: gexf(graph), nodes: graph.order, edges: graph.size };
}

async function newPage(browser: Browser, need: number) {
  const ctx = await browser.newContext({ viewport: VIEWPORT });
  // Nothing leaves the machine: a request to another host (fonts, analytics) fails at once, for both apps.
  await ctx.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => route.abort(),
  );
  const page = await ctx.newPage();
  await page.addInitScript(DRAW_HOOK(need));
  return { ctx, page };
}

const firstFrame = (page: Page) =>
  page
    .waitForFunction(`window.__draw && window.__draw.frame !== null`, undefined, { timeout: 180000 })
    .then(async () => Math.round((await page.evaluate(`window.__draw.frame`)) as number));

async function runClaimgraph(browser: Browser, url: string, file: string, need: number, shot: string): Promise<Run> {
  const { ctx, page } = await newPage(browser, need);
  try {
    await page.goto(`${url}?data=${file}`);
    const firstFrameMs = await firstFrame(page);
    await page.waitForFunction(() => performance.getEntriesByName("graph-drawn").length > 0, undefined, { timeout: 180000 });
    const ownMarkMs = Math.round(await page.evaluate(() => performance.getEntriesByName("graph-drawn")[0]!.startTime));
    await page.waitForSelector("body[data-ready]", { timeout: 180000 });
    await page.evaluate(`window.claimgraph.layout.stop()`);
    await page.waitForTimeout(500);
    const fpsPanning = +(await panFps(page, "#graph")).toFixed(1);
    const selectedByDrag = (await page.evaluate(`window.claimgraph.store.state.selection != null`)) as boolean;
    if (shot) await page.screenshot({ path: join(OUTPUT, `gephi-lite-bench-claimgraph-${shot}.png`) });
    return { app: "claimgraph", firstFrameMs, fpsPanning, ownMarkMs, ...(selectedByDrag && { selectedByDrag }) };
  } finally {
    await ctx.close();
  }
}

async function runGephiLite(browser: Browser, url: string, file: string, need: number, shot: string): Promise<Run> {
  const { ctx, page } = await newPage(browser, need);
  try {
    // Gephi Lite opens a remote file given as ?file=URL (src/core/Initialize.tsx).
    await page.goto(`${url}?file=${encodeURIComponent(file)}`);
    const firstFrameMs = await firstFrame(page);
    // Loaded: its title names the file (its own e2e test waits for the same).
    const name = file.split("/").pop();
    await page.waitForFunction(`document.title === "Gephi Lite - ${name}"`, undefined, { timeout: 180000 });
    // No layout runs unless the user starts one (its layout state starts "idle"); the panel's
    // button would say "Stop" while one runs.
    await page.waitForTimeout(500);
    const fpsPanning = +(await panFps(page, ".react-sigma")).toFixed(1);
    // A selection opens its panel, with a "Show in Data" button.
    const selectedByDrag = (await page.getByText("Show in Data").count()) > 0;
    if (shot) await page.screenshot({ path: join(OUTPUT, `gephi-lite-bench-gephi-lite-${shot}.png`) });
    return { app: "gephiLite", firstFrameMs, fpsPanning, ...(selectedByDrag && { selectedByDrag }) };
  } finally {
    await ctx.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main() {
  if (!gephiDir) {
    console.error(HOW_TO_BUILD);
    process.exit(1);
  }
  const gephiBuild = resolve(gephiDir);
  if (!existsSync(join(gephiBuild, "index.html"))) {
    console.error(`${gephiBuild}/index.html not found: give Gephi Lite's build folder.\n\n${HOW_TO_BUILD}`);
    process.exit(1);
  }
  if (!hasChromium) {
    console.error(`bench:gephi-lite needs ${CHROMIUM} (apt-get install chromium)`);
    process.exit(1);
  }
  // Gephi Lite is built for a base path (its config.ts: BASE_URL, "/gephi-lite/" by default): serve
  // its build under that path, from a temporary folder holding a link to it.
  const indexHtml = await readFile(join(gephiBuild, "index.html"), "utf8");
  const base = indexHtml.match(/<script[^>]+src="(\/[^"]*?)assets\//)?.[1] ?? "/";
  const gephiRoot = await mkdtemp(join(tmpdir(), "gephi-lite-root-"));
  if (base !== "/") await symlink(gephiBuild, join(gephiRoot, base.replace(/^\/|\/$/g, "")));

  const log = (m: string) => !asJSON && console.error(m);
  log("building claimgraph…");
  const dist = await buildApp("bench-dist");
  const claimgraph = await serve(dist);
  const gephi = await serve(base === "/" ? gephiBuild : gephiRoot);

  const sources: { name: string; label: string; json: () => Promise<string> }[] = [
    { name: "default", label: "default data (data/graph.json)", json: () => readFile(join(ROOT, "data", "graph.json"), "utf8") },
    { name: "1k", label: "1,000 nodes / 4,000 edges", json: async () => generateGraph(1000, 4000) },
    { name: "5k", label: "5,000 nodes / 20,000 edges", json: async () => generateGraph(5000, 20000) },
  ];
  const graphs: { name: string; label: string; nodes: number; edges: number; gexfBytes: number; jsonBytes: number }[] = [];
  for (const src of sources) {
    log(`laying out ${src.label} (ForceAtlas2, ${ITERATIONS} iterations, seeded)…`);
    const g = withPositions(await src.json());
    claimgraph.extra.set(`/graphs/${src.name}.json`, g.json);
    gephi.extra.set(`${base}graphs/${src.name}.gexf`, g.gexf);
    graphs.push({
      name: src.name,
      label: src.label.replace(/^default data/, `default data, ${g.nodes} nodes / ${g.edges} edges`),
      nodes: g.nodes,
      edges: g.edges,
      gexfBytes: g.gexf.length,
      jsonBytes: g.json.length,
    });
  }

  const browser = await launch();
  const results: { graph: string; nodes: number; edges: number; jsonBytes: number; gexfBytes: number; runs: Run[] }[] = [];
  try {
    for (const g of graphs) {
      const runs: Run[] = [];
      for (let r = 0; r < RUNS; r++) {
        const order: App[] = r % 2 === 0 ? ["claimgraph", "gephiLite"] : ["gephiLite", "claimgraph"];
        for (const app of order) {
          const shot = r === 0 ? g.name : "";
          const run =
            app === "claimgraph"
              ? await runClaimgraph(browser, claimgraph.url, `/graphs/${g.name}.json`, g.nodes, shot)
              : await runGephiLite(browser, `${gephi.url.replace(/\/$/, "")}${base}`, `${base}graphs/${g.name}.gexf`, g.nodes, shot);
          log(`${g.name} run ${r + 1} ${app}: ${JSON.stringify(run)}`);
          runs.push(run);
        }
      }
      results.push({ graph: g.label, nodes: g.nodes, edges: g.edges, jsonBytes: g.jsonBytes, gexfBytes: g.gexfBytes, runs });
    }
  } finally {
    await browser.close();
    await claimgraph.close();
    await gephi.close();
    await rm(gephiRoot, { recursive: true, force: true });
  }

  const summary = results.map((r) => {
    const of = (app: App) => r.runs.filter((x) => x.app === app);
    const cg = of("claimgraph"),
      gl = of("gephiLite");
    return {
      ...r,
      median: {
        claimgraph: {
          firstFrameMs: median(cg.map((x) => x.firstFrameMs)),
          fpsPanning: median(cg.map((x) => x.fpsPanning)),
          ownMarkMs: median(cg.map((x) => x.ownMarkMs!)),
        },
        gephiLite: { firstFrameMs: median(gl.map((x) => x.firstFrameMs)), fpsPanning: median(gl.map((x) => x.fpsPanning)) },
      },
    };
  });
  if (asJSON) {
    console.log(JSON.stringify({ runs: RUNS, layoutIterations: ITERATIONS, viewport: VIEWPORT, graphs: summary }, null, 2));
    return;
  }
  console.log(`\nMedians of ${RUNS} runs each (apps alternating), headless Chromium, ${VIEWPORT.width}x${VIEWPORT.height}:\n`);
  console.log("| graph | first frame, claimgraph / Gephi Lite | panning fps, claimgraph / Gephi Lite |");
  console.log("|---|---|---|");
  for (const s of summary)
    console.log(
      `| ${s.graph} | ${s.median.claimgraph.firstFrameMs} ms / ${s.median.gephiLite.firstFrameMs} ms | ${s.median.claimgraph.fpsPanning} / ${s.median.gephiLite.fpsPanning} |`,
    );
  console.log("\nRuns (first frame ms, fps):");
  for (const s of summary) {
    const list = (app: App) =>
      s.runs
        .filter((x) => x.app === app)
        .map((x) => `${x.firstFrameMs} ms ${x.fpsPanning} fps${x.selectedByDrag ? " (the drag selected something)" : ""}`)
        .join("; ");
    console.log(
      `- ${s.graph}: claimgraph ${list("claimgraph")} (its own graph-drawn mark, median ${s.median.claimgraph.ownMarkMs} ms); Gephi Lite ${list("gephiLite")}`,
    );
  }
}

await main();
