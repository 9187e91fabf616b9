// The explorer in a real browser: the built app served on 127.0.0.1, driven with playwright-core
// through Debian's Chromium. Without Chromium (and outside CI) these tests are reported as skipped.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, CHROMIUM, hasChromium, launch, OUTPUT, serve, type StaticServer } from "./harness.js";

const inCI = process.env.CI === "true" || process.env.CI === "1";
if (!hasChromium && !inCI) console.warn(`e2e: ${CHROMIUM} not found, the browser tests are skipped (apt-get install chromium)`);

interface GraphStats {
  order: number;
  size: number;
  documents: number;
  nodes: string[];
  edges: string[];
}

type Win = { claimgraph: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

async function stats(page: Page): Promise<GraphStats> {
  return page.evaluate(() => {
    const g = (window as unknown as Win).claimgraph.store.graph;
    return {
      order: g.order,
      size: g.size,
      documents: g.getAttribute("documents").length,
      nodes: g.nodes().sort(),
      edges: g.edges().sort(),
    };
  });
}

/**
 * Pixels of the graph canvas close to a colour, counted on a real screenshot (not the DOM):
 * `null` counts everything not (near) white, "saturated" everything clearly coloured (not grey).
 */
async function countPixels(page: Page, hex: string | null, tolerance = 40): Promise<number> {
  const png = await page.locator("#graph").screenshot();
  return page.evaluate(
    async ({ b64, hex, tolerance }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = new OffscreenCanvas(img.width, img.height);
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      const want = hex?.startsWith("#") ? [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) : null;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (want) {
          if (Math.abs(r - want[0]!) + Math.abs(g - want[1]!) + Math.abs(b - want[2]!) <= tolerance) n++;
        } else if (hex === "saturated") {
          if (Math.max(r, g, b) - Math.min(r, g, b) > 60) n++;
        } else if (r + g + b < 700) n++; // anything that is not (near) white
      }
      return n;
    },
    { b64: png.toString("base64"), hex, tolerance },
  );
}

const PERSON = "#3b6fd8";
const DEMANDS = "#e6a100";

describe.skipIf(!hasChromium && !inCI)("explorer in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    const dir = await buildApp();
    server = await serve(dir);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  let requested: string[] = [];

  async function open(hash = ""): Promise<Page> {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1400, height: 860 }, acceptDownloads: true });
    requested = [];
    context.on("request", (req) => requested.push(new URL(req.url()).pathname));
    page = await context.newPage();
    page.on("pageerror", (err) => console.error("page error:", err.message));
    await page.goto(server.url + hash);
    await page.waitForSelector("body[data-ready=true]");
    return page;
  }

  /** Wait until an element shows a text (the page updates asynchronously). */
  const waitText = (selector: string, text: RegExp | string) => page.locator(selector, { hasText: text }).first().waitFor({ timeout: 10000 });

  const shot = (name: string) => page.screenshot({ path: join(OUTPUT, `explorer-${name}.png`) });

  it("draws the default graph on the canvas, with a legend", async () => {
    await open();
    const s = await stats(page);
    expect(s.order).toBeGreaterThan(5);
    expect(s.size).toBeGreaterThan(5);
    await page.waitForTimeout(300);
    expect(await countPixels(page, null)).toBeGreaterThan(5000);
    expect(await countPixels(page, PERSON)).toBeGreaterThan(200);
    await expect(page.locator("#legend").textContent()).resolves.toMatch(/person.*organization.*states.*proposes/s);
    await shot("main");
    // The NLP model (the extraction pipeline chunk) is not loaded to show a graph.
    expect(requested.some((p) => /pipeline-.*\.js$/.test(p))).toBe(false);
    expect(requested.some((p) => /index-.*\.js$/.test(p))).toBe(true);
  });

  it("search finds Zelenskyy without the accent of his spelling; the panel shows his Donbas proposal and its evidence", async () => {
    await open();
    const before = await page.evaluate(() => (window as unknown as Win).claimgraph.renderer.sigma.getCamera().getState());
    await page.fill("#search", "zelensky");
    await waitText("#search-results li", "Volodymyr Zelenskyy");
    await page.keyboard.press("Enter");
    await waitText("[data-testid=panel-title]", /^Volodymyr Zelenskyy$/);
    const proposal = page
      .locator("#panel section[data-role=made] article.claim", { hasText: "Donbas" })
      .filter({ has: page.locator(".stance", { hasText: "proposes" }) });
    await expect(proposal.count()).resolves.toBeGreaterThan(0);
    await expect(proposal.first().locator("mark").textContent()).resolves.toMatch(/Donbas/);
    await expect(proposal.first().locator(".source").textContent()).resolves.toMatch(/Ukraine Seeks/);
    expect(new URL(page.url()).hash).toBe("#node=person%3Avolodymyr-zelenskyy");
    await page.waitForTimeout(600);
    const after = await page.evaluate(() => (window as unknown as Win).claimgraph.renderer.sigma.getCamera().getState());
    expect(after).not.toEqual(before);
    await shot("zelenskyy");
  });

  it("the query bar answers a question and highlights its claims in the graph", async () => {
    await open();
    await page.fill(".query-input", "what did Zelenskyy propose");
    await page.click(".query-ask");
    await waitText(".query-results tr[data-claim]", "Donbas");
    const highlighted = await page.evaluate(() => [...((window as unknown as Win).claimgraph.store.state.highlightedEdges ?? [])]);
    expect(highlighted.length).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await shot("query");
    // The panel's button opens the positions view of the selected entity.
    await page.evaluate(() => (window as unknown as Win).claimgraph.selectNode("person:volodymyr-zelenskyy"));
    await page.click("#panel button.positions");
    await page.locator(".query-output").first().waitFor();
  });

  it("a link with the selection in its hash opens the same view", async () => {
    await open("#node=person%3Adonald-trump");
    await waitText("[data-testid=panel-title]", /^Donald Trump$/);
  });

  it("clicking a claim opens it alone, with its evidence sentence", async () => {
    await open();
    await page.evaluate(() => {
      const api = (window as unknown as Win).claimgraph;
      const edge = api.store.graph.findEdge((_: string, a: { stance: string }) => a.stance === "proposes");
      api.selectEdge(edge);
    });
    await waitText("#panel h2", /^Claim$/);
    await expect(page.locator("#panel article.claim mark").count()).resolves.toBeGreaterThan(0);
    expect(new URL(page.url()).hash).toMatch(/^#edge=/);
    await shot("claim");
  });

  it("hovering an arrow names its claim; the zoom buttons move the camera", async () => {
    await open();
    const box = (await page.locator("#graph").boundingBox())!;
    const [a, c] = await page.evaluate(() => {
      const { renderer, store } = (window as unknown as Win).claimgraph;
      const g = store.graph;
      const e = g.findEdge((_: string, x: { stance: string }) => x.stance === "proposes");
      return [g.source(e), g.target(e)].map((n: string) => {
        const at = g.getNodeAttributes(n);
        return renderer.sigma.graphToViewport({ x: at.x, y: at.y });
      });
    });
    // The arrow is curved: look for it across the straight line between its ends.
    const len = Math.hypot(c.x - a.x, c.y - a.y);
    const [nx, ny] = [-(c.y - a.y) / len, (c.x - a.x) / len];
    let shown = false;
    for (let d = -40; d <= 40 && !shown; d += 2) {
      await page.mouse.move(box.x + (a.x + c.x) / 2 + nx * d, box.y + (a.y + c.y) / 2 + ny * d);
      // Other arrows may cross the way: wait for the one looked for.
      shown = (await page.locator(".edge-tip:not([hidden])", { hasText: "proposes" }).count()) > 0;
    }
    expect(shown).toBe(true);
    await shot("edge-tip");
    const ratio = () => page.evaluate(() => (window as unknown as Win).claimgraph.renderer.sigma.getCamera().ratio);
    const before = await ratio();
    await page.click(".zoom-controls button[title='Zoom in']");
    await page.waitForTimeout(400);
    expect(await ratio()).toBeLessThan(before);
    await page.click(".zoom-controls button[title='Fit the whole graph']");
    await page.waitForTimeout(500);
    expect(await ratio()).toBeCloseTo(1, 5);
  });

  it("hovering a node fades everything outside its neighbourhood", async () => {
    await open();
    // The connected node with the smallest neighbourhood: hovering it fades most of the graph.
    const { node, point } = await page.evaluate(() => {
      const { renderer, store } = (window as unknown as Win).claimgraph;
      const g = store.graph;
      const node = g
        .nodes()
        .filter((n: string) => g.degree(n) > 0)
        .sort((a: string, b: string) => g.neighbors(a).length - g.neighbors(b).length)[0];
      const a = g.getNodeAttributes(node);
      return { node, point: renderer.sigma.graphToViewport({ x: a.x, y: a.y }) };
    });
    const box = (await page.locator("#graph").boundingBox())!;
    const colouredBefore = await countPixels(page, "saturated");
    await page.mouse.move(box.x + point.x, box.y + point.y);
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => (window as unknown as Win).claimgraph.store.state.hoveredNode)).toBe(node);
    expect(await countPixels(page, "saturated")).toBeLessThan(colouredBefore * 0.6);
    await shot("hover");
  });

  it("the layout runs in a worker, has a start/stop control and stops by itself", async () => {
    await open();
    const position = () =>
      page.evaluate(() => {
        const a = (window as unknown as Win).claimgraph.store.graph.getNodeAttributes("person:donald-trump");
        return [a.x, a.y];
      });
    const running = () => page.evaluate(() => (window as unknown as Win).claimgraph.layout.isRunning());
    // Scatter the nodes so that the layout has work to do for a while.
    await page.evaluate(() => {
      const g = (window as unknown as Win).claimgraph.store.graph;
      let i = 0;
      g.updateEachNodeAttributes((_: string, a: { x: number; y: number }) => ({ ...a, x: 500 * Math.cos(i), y: 500 * Math.sin(i++ * 1.7) }));
    });
    const before = await position();
    await page.click("#layout-toggle");
    expect(await running()).toBe(true);
    await waitText("#layout-toggle", "Stop layout");
    await page.click("#layout-toggle");
    await waitText("#layout-toggle", "Run layout");
    expect(await running()).toBe(false);
    expect(await position()).not.toEqual(before);
    await page.click("#layout-toggle");
    await page.waitForFunction(() => !(window as unknown as Win).claimgraph.layout.isRunning(), null, { timeout: 25000 });
    await shot("after-layout");
  });

  it("unticking a stance hides its edges from the graph and the panel", async () => {
    await open("#node=person%3Avolodymyr-zelenskyy");
    await page.waitForTimeout(300);
    expect(await countPixels(page, DEMANDS, 30)).toBeGreaterThan(50);
    await expect(page.locator("#panel .stance", { hasText: "demands" }).count()).resolves.toBeGreaterThan(0);
    await page.locator("#legend input[data-filter=stance][value=demands]").uncheck();
    await page.waitForTimeout(300);
    expect(await countPixels(page, DEMANDS, 30)).toBeLessThan(10);
    await expect(page.locator("#panel .stance", { hasText: "demands" }).count()).resolves.toBe(0);
    await shot("filtered");
    // The filter is in the link: opening it again hides the same edges.
    const link = page.url();
    expect(new URL(link).hash).toContain("hide=stance%3Ademands");
    await open(new URL(link).hash);
    await expect(page.locator("#legend input[data-filter=stance][value=demands]").isChecked()).resolves.toBe(false);
    await page.waitForTimeout(300);
    expect(await countPixels(page, DEMANDS, 30)).toBeLessThan(10);
    await page.locator("#legend input[data-filter=kind][value=person]").uncheck();
    await page.waitForTimeout(300);
    expect(await countPixels(page, PERSON)).toBeLessThan(10);
  });

  it("an exported graph JSON imports back to the same graph; GEXF, GraphML, CSV, Cypher and PNG export too", async () => {
    await open();
    const original = await stats(page);
    const download = async (kind: string) => {
      const [dl] = await Promise.all([page.waitForEvent("download"), page.selectOption("#export", kind)]);
      const path = join(OUTPUT, `export-${dl.suggestedFilename()}`);
      await dl.saveAs(path);
      return path;
    };
    const jsonPath = await download("json");
    const exported = JSON.parse(await readFile(jsonPath, "utf8"));
    expect(exported.attributes.format).toBe("claimgraph/1");
    expect(exported.nodes.length).toBe(original.order);
    expect(await readFile(await download("gexf"), "utf8")).toMatch(/<gexf[^>]*version="1\.3"[\s\S]*Volodymyr Zelenskyy/);
    expect(await readFile(await download("graphml"), "utf8")).toMatch(/<graphml[\s\S]*Volodymyr Zelenskyy/);
    const csv = await readFile(await download("csv"), "utf8");
    expect(csv.split("\r\n")[0]).toBe("\ufeffclaim,speaker,speaker_kind,stance,targets,addressee,summary,quote,evidence,document,source,date,edited");
    expect(csv).toMatch(/Volodymyr Zelenskyy,person,proposes,.*Donbas/);
    expect(await readFile(await download("cypher"), "utf8")).toMatch(/MERGE \(e:Entity/);
    const png = await readFile(await download("png"));
    expect(png.subarray(1, 4).toString()).toBe("PNG");

    // Import it into a fresh page whose graph was reset to something else first.
    await open();
    await page.evaluate(() => (window as unknown as Win).claimgraph.store.graph.dropNode("person:donald-trump"));
    await page.setInputFiles("#import-file", jsonPath);
    await waitText("#status", /Imported/);
    const back = await stats(page);
    expect(back).toEqual(original);
  });

  it("a broken JSON import shows a clear error and keeps the graph", async () => {
    await open();
    const before = await stats(page);
    await page.setInputFiles("#import-file", { name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"nodes": [') });
    await waitText("#alert:not([hidden])", /Import failed.*not JSON/);
    expect(await stats(page)).toEqual(before);
    const invalid = { attributes: { format: "claimgraph/1", documents: [] }, nodes: [], edges: [{ source: "a", target: "b", attributes: {} }] };
    await page.setInputFiles("#import-file", { name: "invalid.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(invalid)) });
    await waitText("#alert:not([hidden])", /Import failed.*source "a" is not a node/);
    expect(await stats(page)).toEqual(before);
    await shot("import-error");
  });

  it("adding an article in the page extracts it in a worker and grows the graph", async () => {
    await open();
    const before = await stats(page);
    await page.click("#add-articles");
    await page.fill("#paste", "Merkel backs the plan\n\nAngela Merkel said on Tuesday that Germany would support the plan.");
    await shot("add-dialog");
    const resultPromise = page.evaluate(
      () =>
        new Promise((resolve) => {
          const api = (window as unknown as Win).claimgraph;
          const add = api.addArticles;
          api.addArticles = async (...args: unknown[]) => {
            const r = await add(...args);
            resolve(r);
            return r;
          };
        }),
    );
    await page.click("#extract");
    const result = (await resultPromise) as { documents: number; entities: number; claims: number; newNodes: number };
    await waitText("#status", /Added 1 article/);
    const after = await stats(page);
    expect(result.documents).toBe(1);
    expect(after.documents).toBe(before.documents + 1);
    // Once the extraction engine finds entities (Merkel, Germany), the graph must grow with them.
    if (result.entities > 0) expect(after.order).toBeGreaterThan(before.order);
    expect(after.order).toBe(before.order + result.newNodes);
    expect(requested.some((p) => /pipeline-.*\.js$/.test(p))).toBe(true);
    await shot("added");

    // A file: HTML markup is read as text, and the article joins the documents.
    await page.click("#add-articles");
    const html =
      "<html><head><title>Kyiv talks</title></head><body><article><p>Olaf Scholz said on Monday that Berlin would back the talks.</p><script>window.__pwned=1</script></article></body></html>";
    await page.setInputFiles("#article-files", { name: "kyiv-talks.html", mimeType: "text/html", buffer: Buffer.from(html) });
    await page.click("#extract");
    await waitText("#status", /Added 1 article/);
    await waitText("#panel ul.docs li", "Kyiv talks");
    expect((await stats(page)).documents).toBe(before.documents + 2);

    // A .txt file dropped straight onto the graph.
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(["Dropped briefing\n\nEmmanuel Macron said France would host the next round."], "briefing.txt", { type: "text/plain" }));
      document.getElementById("graph")!.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await waitText("#panel ul.docs li", "Dropped briefing");
    expect((await stats(page)).documents).toBe(before.documents + 3);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it("the user's graph survives a reload, and reset brings back the default data", async () => {
    await open();
    const original = await stats(page);
    await page.evaluate(async () => {
      const api = (window as unknown as Win).claimgraph;
      const g = api.store.graph.copy();
      g.dropNode(g.nodes()[g.order - 1]);
      api.replaceGraph(g);
      await api.saved();
    });
    const changed = await stats(page);
    expect(changed.order).toBe(original.order - 1);
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    expect(await stats(page)).toEqual(changed);

    page.once("dialog", (d) => d.accept());
    await page.click("#reset");
    await waitText("#status", /default data/);
    await page.evaluate(() => (window as unknown as Win).claimgraph.saved());
    expect((await stats(page)).order).toBe(original.order);
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    expect((await stats(page)).order).toBe(original.order);
  });

  it("three articles of one story make one node per actor, tie officials to their country, and answer 'what does Russia want' with them", async () => {
    await open();
    const story: [string, string][] = [
      [
        "kyiv-monday.txt",
        "Zelenskyy wants guarantees\n\nUkrainian President Volodymyr Zelenskyy said on Monday that security guarantees from Washington were vital.\nKremlin spokesman Dmitry Peskov said Russia rejected the security guarantees.\nRussian President Vladimir Putin demanded that Kyiv withdraw its troops from Donetsk.",
      ],
      [
        "kyiv-tuesday.txt",
        "Zelensky rejects demand\n\nVolodymyr Zelensky rejected the demand on Tuesday and said security guarantees had to come first.\nPeskov said the talks would continue next week.",
      ],
      ["kyiv-wednesday.txt", "Talks go on\n\nZelenskiy insisted that Donetsk would stay Ukrainian.\nPutin said Russia wanted a neutral Ukraine."],
    ];
    await page.click("#add-articles");
    await page.setInputFiles(
      "#article-files",
      story.map(([name, text]) => ({ name, mimeType: "text/plain", buffer: Buffer.from(text) })),
    );
    await page.click("#extract");
    await waitText("#status", /Added 3 articles/);
    const named = (label: string) =>
      page.evaluate((l) => (window as unknown as Win).claimgraph.store.graph.filterNodes((_: string, a: { label: string }) => a.label === l), label);
    expect(await named("Volodymyr Zelenskyy")).toHaveLength(1);
    expect(await named("Dmitry Peskov")).toHaveLength(1);
    expect(await named("Vladimir Putin")).toHaveLength(1);
    expect(await named("Zelensky")).toHaveLength(0);

    // The panel names what Peskov speaks for.
    const peskov = (await named("Dmitry Peskov"))[0];
    await page.evaluate((k) => (window as unknown as Win).claimgraph.selectNode(k), peskov);
    await waitText("[data-testid=affiliations]", "Kremlin");

    // The question rolls up the officials, marked as speaking for Russia.
    await page.fill(".query-input", "what does Russia want");
    await page.keyboard.press("Enter");
    await waitText(".query-results .speaks-for", "for Russia");
    expect(await page.locator(".query-results tbody tr").count()).toBeGreaterThanOrEqual(2);

    // Who speaks for whom, drawn on demand: dashed lines on the layer of their own, in view.
    const drawn = () =>
      page.evaluate(() => {
        const canvas = (window as unknown as Win).claimgraph.renderer.sigma.getCanvases().affiliations as HTMLCanvasElement;
        const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
        return n;
      });
    await page.evaluate(() => (window as unknown as Win).claimgraph.store.select(null));
    expect(await drawn()).toBe(0);
    await page.check('input[data-filter="show"][value="affiliations"]');
    // (Polled: on a busy machine the redraw may come later than 300 ms.)
    await expect.poll(drawn, { timeout: 5000 }).toBeGreaterThan(50);
    await shot("story-affiliations");

    // The same article again is named, not merged twice.
    const before = await stats(page);
    await page.click("#add-articles");
    await page.setInputFiles("#article-files", [{ name: "again.txt", mimeType: "text/plain", buffer: Buffer.from(story[1]![1]) }]);
    await page.click("#extract");
    await waitText("#status", /Nothing added: .* is already in the graph/);
    expect(await stats(page)).toEqual(before);
  });

  it("three dated articles: the timeline of an actor flags its change, a brushed date range filters the graph and stays in the URL", async () => {
    await open();
    const articles: [string, string][] = [
      ["2025-05-01", "Union backs contract\n\nThe Chicago Teachers Union said on Monday that it supported the new contract."],
      [
        "2025-05-08",
        "District offers raise\n\nChicago Public Schools offered teachers a 3 percent raise on Tuesday. The Chicago Teachers Union demanded an 8 percent raise.",
      ],
      ["2025-05-20", "Union turns on contract\n\nThe Chicago Teachers Union rejected the new contract on Friday."],
    ];
    for (const [date, text] of articles) {
      await page.click("#add-articles");
      await page.fill("#paste", text);
      await page.fill("#article-date", date);
      await page.click("#extract");
      await waitText("#status", /Added 1 article/);
    }
    const dates = await page.evaluate(() =>
      (window as unknown as Win).claimgraph.store.graph.getAttribute("documents").map((d: { date: string | null }) => d.date),
    );
    expect(dates.slice(-3)).toEqual(["2025-05-01", "2025-05-08", "2025-05-20"]);

    // The panel's Timeline button: the union's dated claims on a time axis, the turn flagged.
    const union = await page.evaluate(() =>
      (window as unknown as Win).claimgraph.store.graph.findNode((_: string, a: { label: string }) => a.label === "Chicago Teachers Union"),
    );
    await page.evaluate((k) => (window as unknown as Win).claimgraph.selectNode(k), union);
    await page.click("#panel .timeline-button");
    await waitText(".tl-change", /turns on contract/);
    expect(await page.locator(".tl-row[data-actor] .tl-mark").count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator(".tl-mark.changed").getAttribute("data-date")).toBe("2025-05-20");
    await shot("timeline");

    // Clicking a mark opens its claim in the panel.
    await page.locator(".tl-mark[data-date='2025-05-01']").first().click();
    await waitText("#panel h2", "Claim");

    // Brushing from the middle to the end keeps the later claims only, in the graph and in the URL.
    const visibleEdges = () =>
      page.evaluate(() => {
        const api = (window as unknown as Win).claimgraph;
        const hidden = api.renderer.hidden().edges;
        return api.store.graph.edges().filter((e: string) => !hidden.has(e)).length;
      });
    const before = await visibleEdges();
    const track = await page.locator(".tl-track").first().boundingBox();
    await page.mouse.move(track!.x + track!.width * 0.3, track!.y + 5);
    await page.mouse.down();
    await page.mouse.move(track!.x + track!.width * 0.99, track!.y + 5, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => /from=2025-05-\d\d/.test(location.hash));
    const range = await page.evaluate(() => (window as unknown as Win).claimgraph.store.state.filters);
    expect(range.from > "2025-05-01" && range.from <= "2025-05-08").toBe(true);
    expect(await visibleEdges()).toBeLessThan(before);
    await waitText(".query-message", /Within the date range/);
    await shot("timeline-brushed");

    // A reload keeps the range (URL) and the dated articles (saved).
    await page.evaluate(() => (window as unknown as Win).claimgraph.saved());
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    expect(await page.evaluate(() => (window as unknown as Win).claimgraph.store.state.filters.from)).toBe(range.from);
    expect(await page.inputValue('input[data-filter="from"]')).toBe(range.from);
    await page.fill('input[data-filter="from"]', "");
    await page.dispatchEvent('input[data-filter="from"]', "change");
    await page.waitForFunction(() => !/from=/.test(location.hash));
  });

  it("corrections: merge two entities, undo and redo, fix a claim's stance, delete a document; all kept over a reload, in the export, and applied again to new articles", async () => {
    await open();
    const original = await stats(page);
    const labels = () => page.evaluate(() => (window as unknown as Win).claimgraph.store.graph.mapNodes((_: string, a: { label: string }) => a.label));

    // Merge "assurances" into "security guarantees": searched and picked in the panel.
    await page.evaluate(() => (window as unknown as Win).claimgraph.selectNode("topic:assurances"));
    await page.click("[data-testid=node-editor] summary");
    await page.fill("[data-testid=merge-input]", "security gu");
    await page.click("[data-testid=node-editor] .name-pick[data-node='topic:security-guarantees']");
    await waitText("#status", /Merged “assurances” into “security guarantees”/);
    expect(await labels()).not.toContain("assurances");
    await waitText("[data-testid=panel-title]", "security guarantees");
    expect(await page.isEnabled("#undo")).toBe(true);
    await shot("corrections-merged");

    // Undo gives the graph back as it was; Ctrl+Shift+Z merges again.
    await page.click("#undo");
    await waitText("#status", /Undone/);
    expect(await stats(page)).toEqual(original);
    await page.locator("#graph").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("Control+Shift+Z");
    await waitText("#status", /Redone/);
    expect(await labels()).not.toContain("assurances");

    // A claim's stance, corrected in the claim's panel, is marked as edited.
    const edge = await page.evaluate(() =>
      (window as unknown as Win).claimgraph.store.graph.findEdge((_: string, a: { stance: string }) => a.stance === "states"),
    );
    await page.evaluate((e) => (window as unknown as Win).claimgraph.selectEdge(e), edge);
    await page.click("[data-testid=claim-editor] summary");
    await page.selectOption("[data-testid=stance-select]", "opposes");
    await page.click("[data-testid=claim-editor] [data-action=stance]");
    await waitText("#status", /The claim now opposes/);
    await waitText("#panel .edited-badge", "edited");

    // A document deleted from the documents list takes its claims with it.
    await page.evaluate(() => (window as unknown as Win).claimgraph.store.select(null));
    await page.click("#add-articles");
    await page.fill("#paste", "Macron backs talks\n\nEmmanuel Macron said France supported the peace talks.");
    await page.click("#extract");
    await waitText("#status", /Added 1 article/);
    const docs = (await stats(page)).documents;
    await page.click("#panel ul.docs li:last-child .doc-delete");
    await waitText("#status", /Deleted the document/);
    expect((await stats(page)).documents).toBe(docs - 1);
    expect(await labels()).not.toContain("Emmanuel Macron");

    // Everything is kept over a reload, as a log of three corrections.
    await page.evaluate(() => (window as unknown as Win).claimgraph.saved());
    const corrected = await stats(page);
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    expect(await stats(page)).toEqual(corrected);
    const log = await page.evaluate(() => (window as unknown as Win).claimgraph.store.graph.getAttribute("edits").map((e: { op: string }) => e.op));
    expect(log).toEqual(["mergeNodes", "setClaimStance", "deleteDocument"]);

    // The exported JSON carries the log; the CSV marks the edited claim.
    const [dl] = await Promise.all([page.waitForEvent("download"), page.selectOption("#export", "json")]);
    const path = join(OUTPUT, "export-corrected.json");
    await dl.saveAs(path);
    expect(JSON.parse(await readFile(path, "utf8")).attributes.edits.map((e: { op: string }) => e.op)).toEqual(log);

    // Imported into a fresh page, the graph comes back with its corrections and its log.
    await open();
    await page.setInputFiles("#import-file", path);
    await waitText("#status", /Imported/);
    expect(await stats(page)).toEqual(corrected);
    expect(await page.evaluate(() => (window as unknown as Win).claimgraph.store.graph.getAttribute("edits").length)).toBe(3);

    // A new article naming "assurances" again: the merge applies to it too.
    await page.click("#add-articles");
    await page.fill("#paste", "Zelenskyy wants assurances\n\nVolodymyr Zelenskyy said on Friday that Kyiv needed assurances from Washington.");
    await page.click("#extract");
    await waitText("#status", /Added 1 article/);
    expect(await labels()).not.toContain("assurances");
  });

  it("article text and imported data are shown as text, never run as HTML", async () => {
    await open();
    await page.evaluate(async () => {
      const api = (window as unknown as Win).claimgraph;
      const g = api.store.graph.copy();
      g.setNodeAttribute("person:donald-trump", "label", '<img src=x onerror="window.__pwned=1">Trump');
      api.replaceGraph(g);
      api.selectNode("person:donald-trump");
    });
    await waitText("[data-testid=panel-title]", "<img");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("#panel img").count()).toBe(0);
  });
});

// Keep a record of where the screenshots are, for people reading the test output.
afterAll(async () => {
  if (hasChromium) await writeFile(join(OUTPUT, "explorer-screenshots.txt"), "Screenshots of the main views: explorer-*.png\n").catch(() => {});
});
