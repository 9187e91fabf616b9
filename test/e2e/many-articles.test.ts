// The explorer with fifty articles, in Chromium: the repository's 37 real articles (four story
// clusters of 7 dated articles each, the holdout articles and the seed report) and 13 briefings
// assembled from real news passages, as a journalist would load them. The ten speakers with most claims are labelled at the default zoom,
// no two labels overlap, the documents list stays on screen at 1024 px, and the view is usable by
// mouse and keyboard.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportGraphJSON } from "../../src/graph/format.js";
import type { ClaimGraph } from "../../src/graph/model.js";
import { repositoryArticlesGraph } from "./generate.js";
import { buildApp, CHROMIUM, hasChromium, launch, OUTPUT, serve, type StaticServer } from "./harness.js";

const inCI = process.env.CI === "true" || process.env.CI === "1";
if (!hasChromium && !inCI) console.warn(`e2e: ${CHROMIUM} not found, the browser tests are skipped`);

type Win = { claimgraph: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

describe.skipIf(!hasChromium && !inCI)("the explorer with many articles", () => {
  let server: StaticServer;
  let browser: Browser;
  let graph: ClaimGraph;
  let page: Page;

  beforeAll(async () => {
    graph = await repositoryArticlesGraph();
    const dir = await buildApp("e2e-many-dist");
    server = await serve(dir);
    server.extra.set("/many.json", exportGraphJSON(graph));
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(width = 1400, hash = ""): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 860 }, acceptDownloads: true });
    page = await context.newPage();
    page.on("pageerror", (err) => console.error("page error:", err.message));
    await page.goto(`${server.url}?data=/many.json${hash}`);
    await page.waitForSelector("body[data-ready=true]");
    // The layout runs in its worker and stops by itself (20 s at most).
    await page.waitForFunction(() => !(window as unknown as Win).claimgraph.layout.isRunning(), null, { timeout: 30_000 });
    await page.waitForTimeout(400);
    return page;
  }
  const shot = (name: string) => page.screenshot({ path: join(OUTPUT, `many-${name}.png`) });
  const labels = () =>
    page.evaluate(
      () =>
        (window as unknown as Win).claimgraph.renderer.displayedLabels() as {
          node: string;
          label: string;
          box: { x: number; y: number; width: number; height: number };
        }[],
    );

  it("labels the ten speakers with most claims at the default zoom, without two labels overlapping", async () => {
    await open();
    expect(graph.getAttribute("documents").length).toBe(50);
    const spoken = new Map<string, Set<string>>();
    graph.forEachEdge((_, a, source) => (spoken.get(source) ?? spoken.set(source, new Set()).get(source)!).add(a.claim));
    const top = [...spoken]
      .sort((a, b) => b[1].size - a[1].size)
      .slice(0, 10)
      .map(([k]) => k);
    const shown = await labels();
    await shot("default");
    const labelled = new Set(shown.map((l) => l.node));
    expect(top.filter((k) => !labelled.has(k)).map((k) => graph.getNodeAttribute(k, "label"))).toEqual([]);
    for (const a of shown)
      for (const b of shown)
        if (a !== b)
          expect(
            a.box.x < b.box.x + b.box.width && b.box.x < a.box.x + a.box.width && a.box.y < b.box.y + b.box.height && b.box.y < a.box.y + a.box.height,
            `${a.label} / ${b.label}`,
          ).toBe(false);
    // Inside the graph's own area: never under the panel.
    const width = await page.evaluate(() => document.getElementById("graph")!.clientWidth);
    for (const l of shown) expect(l.box.x + l.box.width).toBeLessThanOrEqual(width + 1);
    // The legend counts claims, as the panel does: one arrow per claim.
    const claims = new Set<string>();
    graph.forEachEdge((_, a) => claims.add(a.claim));
    const legendTotal = await page.$$eval('#legend input[data-filter="stance"]', (els) =>
      els.reduce((n, el) => n + Number(el.parentElement!.querySelector(".count")!.textContent), 0),
    );
    expect(legendTotal).toBe(claims.size);
  });

  it("at 1024 px the documents list opens on screen, each source linked safely", async () => {
    await open(1024);
    await page.click("#legend details.doc-filter summary");
    const box = (await page.locator("#legend .doc-list").boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1024);
    await shot("documents-1024");
    const links = await page.$$eval("#panel a.doc-source", (as) => as.map((a) => [a.getAttribute("href"), a.getAttribute("rel"), a.getAttribute("target")]));
    expect(links.length).toBeGreaterThan(10);
    for (const [href, rel] of links) {
      expect(href).toMatch(/^https?:\/\//);
      expect(rel).toContain("noopener");
    }
  });

  it("a result row opens its claim in the panel and in the URL; the panel closes", async () => {
    await open();
    await page.fill(".query-input", "who demanded what");
    await page.keyboard.press("Enter");
    await page.locator(".query-results tbody tr").first().click();
    await page.locator("#panel h2", { hasText: "Claim" }).waitFor();
    expect(await page.evaluate(() => location.hash)).toMatch(/^#edge=/);
    await page.click("#panel .panel-close");
    await page.locator("#panel h2", { hasText: "Claims graph" }).waitFor();
  });

  it("search ranks whole words first and suggests near spellings; an unknown #node= link says so", async () => {
    await open(1400, "#node=person%3Anobody-at-all");
    await page.locator("#alert", { hasText: "does not have" }).waitFor();
    await page.fill("#search", "US");
    const first = await page.locator("#search-results li[role=option]").first().textContent();
    expect(first).not.toMatch(/Russia/);
    await page.fill("#search", "Netanyahou");
    await page.locator("#search-results li.did-you-mean").waitFor();
    expect(await page.locator("#search-results li[role=option]").first().textContent()).toMatch(/Benjamin Netanyahu/);
  });

  it("dragging a node moves it, not the camera; the keyboard goes through the labelled entities", async () => {
    await open();
    const target = (await labels())[0]!;
    const before = await page.evaluate((n) => {
      const api = (window as unknown as Win).claimgraph;
      return { x: api.store.graph.getNodeAttribute(n, "x"), camera: api.renderer.sigma.getCamera().getState() };
    }, target.node);
    const graphBox = (await page.locator("#graph").boundingBox())!;
    const p = await page.evaluate((n) => {
      const s = (window as unknown as Win).claimgraph.renderer.sigma;
      return s.framedGraphToViewport(s.getNodeDisplayData(n));
    }, target.node);
    await page.mouse.move(graphBox.x + p.x, graphBox.y + p.y);
    await page.mouse.down();
    await page.mouse.move(graphBox.x + p.x + 60, graphBox.y + p.y + 40, { steps: 6 });
    await page.mouse.up();
    const after = await page.evaluate((n) => {
      const api = (window as unknown as Win).claimgraph;
      return { x: api.store.graph.getNodeAttribute(n, "x"), camera: api.renderer.sigma.getCamera().getState() };
    }, target.node);
    expect(after.x).not.toBe(before.x);
    expect(after.camera).toEqual(before.camera);

    await page.focus("#graph");
    await page.keyboard.press("n");
    const selected = await page.evaluate(() => (window as unknown as Win).claimgraph.store.state.selection);
    expect(selected?.type).toBe("node");
    await page.locator("[data-testid=panel-title]").waitFor();
  });

  it("declutter: hiding minor topics and entities of a single claim leaves fewer entities, said in the panel", async () => {
    await open();
    const visible = () =>
      page.evaluate(() => {
        const api = (window as unknown as Win).claimgraph;
        return api.store.graph.order - api.renderer.hidden().nodes.size;
      });
    const all = await visible();
    await page.check('#legend input[data-filter="hide"][value="minor"]');
    const fewer = await visible();
    expect(fewer).toBeLessThan(all);
    await page.fill('#legend input[data-filter="min-claims"]', "3");
    await page.dispatchEvent('#legend input[data-filter="min-claims"]', "change");
    expect(await visible()).toBeLessThan(fewer);
    await page.locator("[data-testid=stats]", { hasText: "the filters hide" }).waitFor();
    expect(await page.evaluate(() => location.hash)).toMatch(/hide=minor.*min=3/);
    // Answers keep to the filters and say what they left out.
    await page.fill(".query-input", "who said what");
    await page.keyboard.press("Enter");
    await page.locator(".query-message", { hasText: "Kept to the filters" }).waitFor();
    await page.waitForTimeout(600);
    await shot("decluttered");
  });

  it("an answer's claims come into view: 'what did X say' frames X and what X spoke of, labelled", async () => {
    await open();
    const ratio = () => page.evaluate(() => (window as unknown as Win).claimgraph.renderer.sigma.getCamera().ratio as number);
    const before = await ratio();
    const speaker = graph.findNode((_, a) => a.label === "Kevin McCarthy");
    expect(speaker).toBeTruthy();
    await page.fill(".query-input", "what did Kevin McCarthy say");
    await page.keyboard.press("Enter");
    await page.locator(".query-results").waitFor();
    await page.waitForTimeout(900);
    expect(await ratio()).toBeLessThan(before);
    const shown = await labels();
    expect(shown.map((l) => l.label)).toContain("Kevin McCarthy");
    await shot("answer");
  });

  it("colours by story: the four dated clusters are four stories, each can be hidden", async () => {
    await open();
    await page.selectOption('#legend select[data-filter="color-by"]', "story");
    await page.locator("#legend fieldset.stories").waitFor();
    const stories = await page.$$eval("#legend fieldset.stories label", (ls) => ls.map((l) => l.textContent));
    expect(stories.length).toBeGreaterThanOrEqual(5);
    expect(stories.slice(0, 4).join(" ")).toMatch(/UAW|Stellantis/);
    expect(await page.evaluate(() => location.hash)).toMatch(/color=story/);
    await page.waitForTimeout(500);
    await shot("stories");
    const visible = () =>
      page.evaluate(() => {
        const api = (window as unknown as Win).claimgraph;
        return api.store.graph.order - api.renderer.hidden().nodes.size;
      });
    const before = await visible();
    await page.uncheck('#legend input[data-filter="story"][value="0"]');
    expect(await visible()).toBeLessThan(before);
  });

  it("exports a PNG at twice the view's resolution, with a title and a legend", async () => {
    await open();
    const [dl] = await Promise.all([page.waitForEvent("download"), page.selectOption("#export", "png")]);
    const path = join(OUTPUT, "many-export.png");
    await dl.saveAs(path);
    const png = await readFile(path);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    const view = await page.evaluate(() => ({ w: document.getElementById("graph")!.clientWidth, h: document.getElementById("graph")!.clientHeight }));
    expect(w).toBe(2 * view.w);
    expect(h).toBeGreaterThan(2 * view.h); // the title above and the legend below
  });
});
