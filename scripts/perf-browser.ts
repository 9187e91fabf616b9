// Speed of the explorer in Chromium, with the browser's own performance APIs:
//   1. first view of the default data: navigation start -> first drawn frame (performance mark);
//   2. a generated graph of 5,000 nodes and 20,000 edges: load time, the longest main-thread task
//      while ForceAtlas2 runs in its worker (PerformanceObserver "longtask"), and frames per second
//      while panning, during and after the layout;
//   3. the page's initial JavaScript, gzipped (what index.html loads before any user action);
//   4. adding articles: 50 articles in one batch, then one 5 MB paste: time to the added graph and
//      the longest main-thread task meanwhile (extraction runs in a worker; merging yields).
// Usage: npm run bench:browser [-- --nodes 5000 --edges 20000 --json --only-adding --only-timeline --only-views]
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildApp, hasChromium, launch, serve } from "../test/e2e/harness.js";
import { generateGraph, generateTimelineGraph, repositoryArticlesGraph } from "../test/e2e/generate.js";
import { exportGraphJSON } from "../src/graph/format.js";
import { NEWS_SENTENCES } from "../test/fixtures/news-sentences.js";
import { panFps } from "./pan-fps.js";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const NODES = arg("nodes", 5000);
const EDGES = arg("edges", 20000);
const asJSON = process.argv.includes("--json");
const onlyAdding = process.argv.includes("--only-adding");
const onlyTimeline = process.argv.includes("--only-timeline");
const onlyViews = process.argv.includes("--only-views");

/**
 * A graph opened as a user opens it: its first frame; with `settle`, the layout left to settle by
 * itself (seconds from the first frame) and the longest main-thread task meanwhile; then 3 s of
 * panning with the layout stopped (frames per second).
 */
async function measureView(url: string, browser: Awaited<ReturnType<typeof launch>>, path: string, settle: boolean, shot: string) {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  const page = await ctx.newPage();
  await page.addInitScript(LONGTASKS);
  await page.goto(`${url}?data=${path}`);
  await page.waitForSelector("body[data-ready]", { timeout: 120000 });
  await page.waitForFunction(() => performance.getEntriesByName("graph-drawn").length > 0);
  const drawn = await page.evaluate(() => performance.getEntriesByName("graph-drawn")[0]!.startTime);
  type W = {
    claimgraph: { layout: { isRunning(): boolean; stop(): void }; store: { graph: { order: number; size: number } } };
    __longtasks: { start: number; duration: number }[];
  };
  const out: Record<string, unknown> = await page.evaluate(() => {
    const g = (window as unknown as W).claimgraph.store.graph;
    return { nodes: g.order, edges: g.size };
  });
  out.firstFrameMs = Math.round(drawn);
  if (settle) {
    const t0 = Date.now();
    while ((await page.evaluate(() => (window as unknown as W).claimgraph.layout.isRunning())) && Date.now() - t0 < 60000) await page.waitForTimeout(100);
    out.layoutSettleSeconds = +((Date.now() - t0) / 1000).toFixed(1);
    const tasks = await page.evaluate(() => (window as unknown as W).__longtasks);
    out.longestTaskWhileLayoutRunsMs = Math.round(Math.max(0, ...tasks.filter((t) => t.start > drawn).map((t) => t.duration)));
  } else await page.evaluate(() => (window as unknown as W).claimgraph.layout.stop());
  await page.waitForTimeout(500);
  out.fpsPanning = +(await panFps(page)).toFixed(1);
  await page.screenshot({ path: join(process.cwd(), "test-output", `bench-${shot}.png`) });
  await ctx.close();
  return out;
}
/** Issue 12: the timeline of 10,000 claims opens in < 200 ms. */
const TIMELINE_CLAIMS = 10_000;

/**
 * From asking for an actor's timeline to its view laid out (run() is synchronous; reading a box
 * forces the style and layout of the new DOM), median of 5; and, apart, the next frame of the
 * graph, which redraws its 10,000 highlighted arrows (GPU-bound: software WebGL here).
 */
async function measureTimeline(url: string, browser: Awaited<ReturnType<typeof launch>>) {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  const page = await ctx.newPage();
  await page.goto(`${url}?data=/timeline-graph.json`);
  await page.waitForSelector("body[data-ready]", { timeout: 120000 });
  const runs: number[] = [];
  const frames: number[] = [];
  let marks = 0;
  for (let i = 0; i < 5; i++) {
    // The graph redraws after a reset: on software WebGL that takes seconds of the GPU process,
    // which would be timed with the next answer on 2 cores. Wait for it to settle.
    await page.evaluate(() => (window as unknown as { claimgraph: { queryBar: { reset(): void } } }).claimgraph.queryBar.reset());
    await page.waitForTimeout(8000);
    const r = (await page.evaluate(`new Promise((resolve) => {
      const api = window.claimgraph;
      requestAnimationFrame(() => setTimeout(() => {
        const t = performance.now();
        const answer = api.queryBar.run("timeline of Entity 0");
        document.querySelector(".timeline").getBoundingClientRect();
        const ms = performance.now() - t;
        requestAnimationFrame(() => setTimeout(() => resolve({ ms, frame: performance.now() - t, claims: answer.claims.length, marks: document.querySelectorAll(".tl-mark").length })));
      }));
    })`)) as { ms: number; frame: number; claims: number; marks: number };
    runs.push(r.ms);
    frames.push(r.frame);
    marks = r.marks;
    if (r.claims !== TIMELINE_CLAIMS) throw new Error(`the timeline has ${r.claims} claims, not ${TIMELINE_CLAIMS}`);
  }
  await ctx.close();
  runs.sort((a, b) => a - b);
  frames.sort((a, b) => a - b);
  return {
    claims: TIMELINE_CLAIMS,
    marks,
    medianMs: Math.round(runs[2]!),
    runsMs: runs.map(Math.round),
    goalMs: 200,
    graphFrameWithHighlightMedianMs: Math.round(frames[2]!),
  };
}

/** `count` articles of `passages` news passages each, numbered so that no paragraph repeats. */
function articles(count: number, passages: number): { name: string; content: string }[] {
  const out = [];
  let k = 0;
  for (let i = 0; i < count; i++) {
    const body: string[] = [];
    for (let j = 0; j < passages; j++, k++) body.push(`Update ${k + 1}: ${NEWS_SENTENCES[k % NEWS_SENTENCES.length]!.text.replace(/\n+/g, " ")}`);
    out.push({ name: `article-${i + 1}.txt`, content: `Article ${i + 1}\n\n${body.join("\n")}` });
  }
  return out;
}

/** Add the inputs in a fresh page of the default data: seconds until added, longest main-thread task meanwhile. */
async function measureAdding(url: string, browser: Awaited<ReturnType<typeof launch>>, inputs: { name: string; content: string }[]) {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  const page = await ctx.newPage();
  await page.addInitScript(LONGTASKS);
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]");
  const r = (await page.evaluate(async (inputs) => {
    const w = window as unknown as {
      claimgraph: { addArticles(i: unknown): Promise<{ documents: number; claims: number }> };
      __longtasks: { start: number; duration: number }[];
    };
    const from = performance.now();
    const added = await w.claimgraph.addArticles(inputs);
    const to = performance.now();
    // The first frames of the grown graph count too.
    await new Promise((r) => setTimeout(r, 500));
    const tasks = w.__longtasks.filter((t) => t.start >= from && t.start < to + 500);
    return { seconds: (to - from) / 1000, longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)), longTasks: tasks.length, ...added };
  }, inputs)) as { seconds: number; longestTaskMs: number; longTasks: number; documents: number; claims: number };
  await ctx.close();
  return { bytes: inputs.reduce((n, i) => n + i.content.length, 0), ...r, seconds: +r.seconds.toFixed(2), longestTaskMs: Math.round(r.longestTaskMs) };
}

async function initialJsGzipped(dist: string): Promise<{ total: number; files: Record<string, number> }> {
  const html = await readFile(join(dist, "index.html"), "utf8");
  const urls = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const files: Record<string, number> = {};
  for (const url of new Set(urls)) files[url] = gzipSync(await readFile(join(dist, url))).length;
  return { total: Object.values(files).reduce((a, b) => a + b, 0), files };
}

const LONGTASKS = `
  window.__longtasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: "longtask", buffered: true });
`;

async function main() {
  if (!hasChromium) {
    console.error("bench:browser needs /usr/bin/chromium (apt-get install chromium)");
    process.exit(1);
  }
  const dist = await buildApp("bench-dist");
  const server = await serve(dist);
  server.extra.set("/bench-graph.json", generateGraph(NODES, EDGES));
  server.extra.set("/timeline-graph.json", generateTimelineGraph(TIMELINE_CLAIMS));
  server.extra.set("/graph-1k.json", generateGraph(1000, 4000));
  server.extra.set("/articles-graph.json", exportGraphJSON(await repositoryArticlesGraph()));
  const browser = await launch();
  const results: Record<string, unknown> = {};
  try {
    // 6. The 1,000-node / 4,000-edge case (issue 13: beside Gephi Lite), and fifty articles (the
    // repository's real ones and briefings: first view, layout settle, longest task).
    results.graph1k = await measureView(server.url, browser, "/graph-1k.json", false, "1000");
    results.articlesGraph = await measureView(server.url, browser, "/articles-graph.json", true, "articles");
    if (onlyViews) {
      console.log(JSON.stringify(results, null, 2));
      return;
    }

    // 5. The timeline view of 10,000 claims.
    results.timeline = await measureTimeline(server.url, browser);
    if (onlyTimeline) {
      console.log(JSON.stringify(results, null, 2));
      return;
    }

    // 4. Adding articles (first: it needs no big graph).
    results.adding = {
      batchOf50: await measureAdding(server.url, browser, articles(50, 30)),
      paste5MB: await measureAdding(server.url, browser, [
        { name: "paste.txt", content: `A long paste\n\n${articles(1, 40_000)[0]!.content}`.slice(0, 5_000_000) },
      ]),
    };
    if (onlyAdding) {
      console.log(JSON.stringify(results, null, 2));
      return;
    }

    // 1. First view of the default data, three fresh visits.
    const firstViews: number[] = [];
    for (let i = 0; i < 3; i++) {
      const ctx = await browser.newContext({ viewport: { width: 1400, height: 860 } });
      const page = await ctx.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => performance.getEntriesByName("graph-drawn").length > 0);
      firstViews.push(await page.evaluate(() => performance.getEntriesByName("graph-drawn")[0]!.startTime));
      await ctx.close();
    }
    firstViews.sort((a, b) => a - b);
    results.firstViewMs = { median: Math.round(firstViews[1]!), runs: firstViews.map(Math.round) };

    // 2. The generated graph.
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    const page = await ctx.newPage();
    await page.addInitScript(LONGTASKS);
    await page.goto(`${server.url}?data=/bench-graph.json`);
    await page.waitForSelector("body[data-ready]", { timeout: 120000 });
    await page.waitForFunction(() => performance.getEntriesByName("graph-drawn").length > 0);
    const drawn = await page.evaluate(() => performance.getEntriesByName("graph-drawn")[0]!.startTime);
    const size = await page.evaluate(() => {
      const g = (window as unknown as { claimgraph: { store: { graph: { order: number; size: number } } } }).claimgraph.store.graph;
      return { nodes: g.order, edges: g.size };
    });
    // JavaScript time of sigma's own steps (process = rebuild the GPU buffers, render = draw calls
    // and labels), apart from the time the page then waits for the (software) GPU.
    await page.evaluate(`(() => {
      const s = window.claimgraph.renderer.sigma;
      window.__steps = { process: [], render: [] };
      let t = 0, r = 0;
      s.on("beforeProcess", () => (t = performance.now()));
      s.on("afterProcess", () => window.__steps.process.push(performance.now() - t));
      s.on("beforeRender", () => (r = performance.now()));
      s.on("afterRender", () => window.__steps.render.push(performance.now() - r));
    })()`);
    const layoutStart = Date.now();
    const running = () => page.evaluate(() => (window as unknown as { claimgraph: { layout: { isRunning(): boolean } } }).claimgraph.layout.isRunning());
    const wasRunning = await running();
    // First 5 s of the layout without any input, then 3 s of panning while it still runs.
    const quietFrom = await page.evaluate(() => performance.now());
    await page.waitForTimeout(5000);
    const quietTo = await page.evaluate(() => performance.now());
    const fpsDuringLayout = (await running()) ? await panFps(page) : null;
    while ((await running()) && Date.now() - layoutStart < 60000) await page.waitForTimeout(250);
    const layoutMs = Date.now() - layoutStart;
    await page.waitForTimeout(500);
    const fpsAfterLayout = await panFps(page);
    // The same re-processing once the worker is idle: what one redraw costs without a layout
    // competing for the CPU (sigma's process() is what every position update triggers).
    const processIdle = (await page.evaluate(`(() => {
      const s = window.claimgraph.renderer.sigma;
      const ts = [];
      for (let i = 0; i < 7; i++) { const t = performance.now(); s.process(); ts.push(performance.now() - t); }
      return ts.sort((a, b) => a - b)[3];
    })()`)) as number;
    const tasks = await page.evaluate(() => (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks);
    const steps = (await page.evaluate(`(() => ({
      apply: performance.getEntriesByName("layout-apply").map((e) => e.duration),
      process: window.__steps.process,
      render: window.__steps.render,
    }))()`)) as { apply: number[]; process: number[]; render: number[] };
    const stat = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return s.length ? `median ${Math.round(s[Math.floor(s.length / 2)]!)} ms, max ${Math.round(s[s.length - 1]!)} ms (${s.length}x)` : "none";
    };
    const duringLayout = tasks.filter((t) => t.start > drawn);
    const quiet = tasks.filter((t) => t.start >= quietFrom && t.start < quietTo);
    const beforeDrawn = tasks.filter((t) => t.start <= drawn);
    await page.screenshot({ path: join(process.cwd(), "test-output", "bench-5000.png") });
    results.bigGraph = {
      ...size,
      drawnMs: Math.round(drawn),
      layoutRanInWorker: wasRunning,
      layoutSeconds: +(layoutMs / 1000).toFixed(1),
      longestTaskDuringLayoutMs: Math.round(Math.max(0, ...duringLayout.map((t) => t.duration))),
      longTasksDuringLayout: duringLayout.length,
      longestTaskDuringLayoutWithoutInputMs: Math.round(Math.max(0, ...quiet.map((t) => t.duration))),
      longTasksDuringLayoutWithoutInput: quiet.length,
      longTasksWithoutInput: quiet.map((t) => `${Math.round(t.duration)} ms at +${Math.round(t.start - drawn)} ms`).join(", "),
      longestTaskWhileLoadingMs: Math.round(Math.max(0, ...beforeDrawn.map((t) => t.duration))),
      fpsPanningDuringLayout: fpsDuringLayout && +fpsDuringLayout.toFixed(1),
      fpsPanningAfterLayout: +fpsAfterLayout.toFixed(1),
      jsLayoutApply: stat(steps.apply),
      jsSigmaProcess: stat(steps.process),
      jsSigmaRender: stat(steps.render),
      jsSigmaProcessIdleMs: Math.round(processIdle),
    };
    await ctx.close();

    // 3. Initial JavaScript.
    const js = await initialJsGzipped(dist);
    results.initialJsGzipKB = +(js.total / 1024).toFixed(1);
    results.initialJsFiles = js.files;
  } finally {
    await browser.close();
    await server.close();
  }
  if (asJSON) console.log(JSON.stringify(results, null, 2));
  else {
    const r = results as { firstViewMs: { median: number; runs: number[] }; bigGraph: Record<string, unknown>; initialJsGzipKB: number };
    console.log(`first view of the default data: ${r.firstViewMs.median} ms (runs ${r.firstViewMs.runs.join(", ")}; goal < 1500)`);
    for (const [k, v] of Object.entries(r.bigGraph)) console.log(`generated graph ${k}: ${v}`);
    console.log(`initial JS gzipped: ${r.initialJsGzipKB} KB (goal < 400)`);
    for (const [k, v] of Object.entries(results.adding as object)) console.log(`adding articles, ${k}: ${JSON.stringify(v)}`);
    console.log(`timeline view: ${JSON.stringify(results.timeline)}`);
    console.log(`1,000 nodes / 4,000 edges: ${JSON.stringify(results.graph1k)}`);
    console.log(`fifty articles (37 real, 13 briefings of real passages): ${JSON.stringify(results.articlesGraph)}`);
  }
}

await main();
