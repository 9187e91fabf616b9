// Nothing a user made is lost, in a real browser: two tabs that both add articles, a stored graph
// this version cannot read, a batch with bad files in it, an article whose claim ids an imported
// graph already uses, a shared ?data= view, and a long extraction cancelled.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, CHROMIUM, hasChromium, launch, serve, type StaticServer } from "./harness.js";

const inCI = process.env.CI === "true" || process.env.CI === "1";
if (!hasChromium && !inCI) console.warn(`e2e: ${CHROMIUM} not found, the browser tests are skipped (apt-get install chromium)`);

type Win = { claimgraph: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

const article = (title: string, body: string) => ({ name: `${title.toLowerCase().replace(/\W+/g, "-")}.txt`, content: `${title}\n\n${body}` });
const MERKEL = article("Merkel backs the plan", "Angela Merkel said on Tuesday that Germany would support the plan.");
const MACRON = article("Macron hosts talks", "Emmanuel Macron said France would host the next round of talks.");

/** The ids of the documents of the graph shown in a page. */
const documents = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as Win).claimgraph.store.graph.getAttribute("documents").map((d: { id: string }) => d.id));

/** Add articles through the page's API and wait until they are stored. */
async function add(page: Page, ...inputs: { name: string; content: string }[]) {
  return page.evaluate(async (inputs) => {
    const api = (window as unknown as Win).claimgraph;
    const r = await api.addArticles(inputs);
    await api.saved();
    return r;
  }, inputs);
}

/** The raw record stored in IndexedDB (or undefined). */
const storedRecord = (page: Page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open("claimgraph", 1);
        req.onupgradeneeded = () => req.result.createObjectStore("graphs");
        req.onsuccess = () => {
          const get = req.result.transaction("graphs").objectStore("graphs").get("current");
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );

const putRecord = (page: Page, value: unknown) =>
  page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open("claimgraph", 1);
        req.onupgradeneeded = () => req.result.createObjectStore("graphs");
        req.onsuccess = () => {
          const tx = req.result.transaction("graphs", "readwrite");
          tx.objectStore("graphs").put(value, "current");
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    value,
  );

describe.skipIf(!hasChromium && !inCI)("data safety in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await serve(await buildApp("e2e-safety-dist"));
    const { readFile } = await import("node:fs/promises");
    server.extra.set("/shared.json", await readFile(new URL("../../data/graph.json", import.meta.url), "utf8"));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh browser profile (its own IndexedDB) and a page of it. */
  async function fresh(): Promise<Page> {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1400, height: 860 }, acceptDownloads: true });
    return tab();
  }
  async function tab(path = ""): Promise<Page> {
    const page = await context.newPage();
    page.on("pageerror", (err) => console.error("page error:", err.message));
    await page.goto(server.url + path);
    await page.waitForSelector("body[data-ready=true]");
    return page;
  }

  it("shows one claim card for two outlets' copies of a wire story: its words once, the other outlet as 'also in'", async () => {
    const page = await fresh();
    const wire = "Foreign Minister Ann Wexley said on Tuesday that calls for a ceasefire in the region were reasonable and must be heard.";
    await add(page, article("Ceasefire calls reasonable", wire), article("Minister says ceasefire calls are reasonable", `ANKARA (Reuters) - ${wire}`));
    await page.evaluate(() => (window as unknown as Win).claimgraph.store.select({ type: "node", key: "person:ann-wexley" }));
    const cards = page.locator("#panel article.claim");
    await expect.poll(() => cards.count()).toBe(1);
    await expect(cards.first().locator("p.evidence").count()).resolves.toBe(1);
    await expect(cards.first().textContent()).resolves.toMatch(/also in .*Minister says ceasefire calls are reasonable/);
  });
  it("two tabs that each add an article keep both, in storage and on screen", async () => {
    const first = await fresh();
    const second = await tab();
    const before = await documents(first);
    await add(first, MERKEL);
    // The second tab had read the stored graph before the first tab's save; its save merges.
    await add(second, MACRON);
    const both = [...before, "merkel-backs-the-plan", "macron-hosts-talks"].sort();
    expect((await documents(second)).sort()).toEqual(both);
    // The first tab hears of the second's save and shows it too.
    await first.waitForFunction((n) => (window as unknown as Win).claimgraph.store.graph.getAttribute("documents").length === n, both.length, {
      timeout: 10_000,
    });
    const reloaded = await tab();
    expect((await documents(reloaded)).sort()).toEqual(both);
  });

  it("a stored graph it cannot read is kept, offered for download, and replaced only when the user says so", async () => {
    const page = await fresh();
    const unreadable = { schema: 99, version: 7, graph: { from: "a future version" } };
    await putRecord(page, unreadable);
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    await page.locator("#view-banner:not([hidden])", { hasText: /Your saved graph could not be read \(it was written in schema 99/ }).waitFor();
    // Work added meanwhile is shown but does not overwrite the stored graph.
    await add(page, MERKEL);
    expect(await storedRecord(page)).toEqual(unreadable);
    const download = page.waitForEvent("download");
    await page.click("#view-banner button:text('Download the saved graph')");
    const file = await (await download).path();
    const { readFile } = await import("node:fs/promises");
    expect(JSON.parse(await readFile(file!, "utf8"))).toEqual(unreadable);
    // Starting over stores the graph shown.
    page.once("dialog", (d) => d.accept());
    await page.click("#view-banner button:text('Start over')");
    await page.evaluate(() => (window as unknown as Win).claimgraph.saved());
    const stored = (await storedRecord(page)) as { schema: number; version: number };
    expect(stored.schema).toBe(2);
    expect(stored.version).toBeGreaterThan(7);
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    expect(await documents(page)).toContain("merkel-backs-the-plan");
  });

  it("a graph stored by the previous version (the graph object itself) is read and kept", async () => {
    const page = await fresh();
    const old = await page.evaluate(() => {
      const g = (window as unknown as Win).claimgraph.store.graph.copy();
      g.setAttribute("documents", [...g.getAttribute("documents")]);
      g.addNode("person:old-friend", { label: "Old Friend", kind: "person", aliases: [], mentions: 1, docs: [] });
      return g.export();
    });
    await putRecord(page, old);
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    expect(await page.evaluate(() => (window as unknown as Win).claimgraph.store.graph.hasNode("person:old-friend"))).toBe(true);
    expect(await page.locator("#alert").isHidden()).toBe(true);
    expect(await page.locator("#view-banner").isHidden()).toBe(true);
  });

  it("a batch with files it cannot read adds the good ones and names the others", async () => {
    const page = await fresh();
    const before = await documents(page);
    await page.click("#add-articles");
    await page.setInputFiles("#article-files", [
      { name: "merkel.txt", mimeType: "text/plain", buffer: Buffer.from(MERKEL.content) },
      { name: "photo.txt", mimeType: "text/plain", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0, 1, 2, 3]) },
      { name: "empty.md", mimeType: "text/markdown", buffer: Buffer.from("\n\n") },
    ]);
    await page.click("#extract");
    await page.locator("#alert:not([hidden])", { hasText: /Added 1 article: .*Not added: photo\.txt looks binary .*; empty\.md is empty/ }).waitFor();
    expect(await documents(page)).toEqual([...before, "merkel"]);
    await page.evaluate(() => (window as unknown as Win).claimgraph.saved());
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    expect(await documents(page)).toEqual([...before, "merkel"]);
  });

  it("an article whose claim ids an imported graph already uses is added whole, under the next free id", async () => {
    const page = await fresh();
    // A graph from elsewhere whose edge key is the one the article's first claim would take.
    const foreign = await page.evaluate(() => {
      const g = (window as unknown as Win).claimgraph.store.graph.copy();
      const [a, b] = g.nodes();
      const doc = g.getAttribute("documents")[0];
      g.addDirectedEdgeWithKey("merkel-backs-the-plan#c1:0", a, b, {
        stance: "states",
        claim: "merkel-backs-the-plan#c1",
        summary: "x",
        quote: null,
        addressee: null,
        evidence: [{ doc: doc.id, start: 0, end: 5, text: doc.text.slice(0, 5) }],
      });
      return g.export();
    });
    await page.setInputFiles("#import-file", { name: "foreign.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(foreign)) });
    await page.locator("#status", { hasText: /Imported foreign\.json/ }).waitFor();
    const edges = () => page.evaluate(() => (window as unknown as Win).claimgraph.store.graph.size);
    const before = await edges();
    const result = (await add(page, MERKEL)) as { documents: number; claims: number; failed: string[] };
    expect(result).toMatchObject({ documents: 1, failed: [] });
    expect(await documents(page)).toContain("merkel-backs-the-plan-2");
    expect(await edges()).toBeGreaterThan(before);
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    expect(await documents(page)).toContain("merkel-backs-the-plan-2");
  });

  it("a shared ?data= view says its changes are not saved, asks before leaving with them, and a bad link falls back", async () => {
    const page = await fresh();
    const mine = await storedRecord(page);
    const shared = await tab("?data=/shared.json");
    await shared.locator("#view-banner", { hasText: /viewing a shared graph .* not saved in this browser/ }).waitFor();
    await add(shared, MERKEL);
    expect(await storedRecord(shared)).toEqual(mine);
    let asked = false;
    shared.on("dialog", (d) => {
      asked = d.type() === "beforeunload";
      void d.dismiss();
    });
    await shared.close({ runBeforeUnload: true });
    await page.waitForTimeout(300);
    expect(asked).toBe(true);

    const broken = await tab("?data=/no-such-graph.json");
    await broken
      .locator("#alert:not([hidden])", { hasText: /The shared graph \/no-such-graph\.json could not be opened .* showing your own graph instead/ })
      .waitFor();
    expect((await documents(broken)).length).toBeGreaterThan(0);
  });

  it("a long extraction can be cancelled; nothing of it is added, and the next article is read", async () => {
    const page = await fresh();
    const before = await documents(page);
    const long = article(
      "A very long report",
      Array.from({ length: 6000 }, (_, i) => `Official number ${i} said on Monday that the talks on point ${i} would go on.`).join("\n"),
    );
    const pending = page.evaluate((input) => (window as unknown as Win).claimgraph.addArticles([input]), long);
    await page.locator("#cancel-extraction:not([hidden])").waitFor();
    await page.click("#cancel-extraction");
    expect(await pending).toMatchObject({ documents: 0 });
    await page.locator("#status", { hasText: /Cancelled: nothing of those articles was added/ }).waitFor();
    expect(await documents(page)).toEqual(before);
    await add(page, MACRON);
    expect(await documents(page)).toEqual([...before, "macron-hosts-talks"]);
  });
});
