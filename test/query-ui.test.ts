// The query bar (src/app/query) in Chromium: mounted alone on a test page over the seed graph,
// with a host that records what it is asked to highlight. Skipped without Chromium (outside CI).
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launch, OUTPUT, ROOT, serve, type StaticServer } from "./e2e/harness.js";

const inCI = process.env.CI === "true" || process.env.CI === "1";

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8" /><title>query bar</title></head>
<body><div id="app"></div><script type="module" src="./main.ts"></script></body></html>`;

// The host: the seed graph, and every highlight / selection request recorded on window.
const MAIN = `
import { importGraph } from "../../src/graph/format.js";
import { mountQueryBar } from "../../src/app/query/index.js";
const graph = importGraph(await (await fetch("./seed-graph.json")).text());
const events = { highlighted: [], selected: [] };
window.events = events;
window.bar = mountQueryBar(document.getElementById("app"), {
  graph: () => graph,
  highlightClaims: (ids) => events.highlighted.push(ids),
  selectNode: (key) => events.selected.push(key),
});
window.ready = true;
`;

type Events = { highlighted: (string[] | null)[]; selected: string[] };

async function buildPage(): Promise<string> {
  const src = join(OUTPUT, "query-ui-src");
  await mkdir(src, { recursive: true });
  await writeFile(join(src, "index.html"), PAGE);
  await writeFile(join(src, "main.ts"), MAIN);
  const outDir = join(OUTPUT, "query-ui-dist");
  const { build } = await import("vite");
  await build({ root: src, configFile: false, base: "./", logLevel: "warn", build: { outDir, emptyOutDir: true, target: "es2022" } });
  return outDir;
}

describe.skipIf(!hasChromium && !inCI)("query bar in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serve(await buildPage());
    server.extra.set("/seed-graph.json", await readFile(join(ROOT, "test", "fixtures", "seed-graph.json"), "utf8"));
    browser = await launch();
  });
  afterEach(async () => {
    await page?.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(search = ""): Promise<void> {
    page = await browser.newPage();
    await page.goto(`${server.url}${search}`);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
  }
  const events = () => page.evaluate(() => (window as unknown as { events: Events }).events);

  it("a typed question shows a table of claims and highlights them", async () => {
    await open();
    await page.fill(".query-input", "who demands what");
    await page.press(".query-input", "Enter");
    const rows = page.locator(".query-results tbody tr");
    await expect.poll(() => rows.count()).toBe(4);
    expect(await page.locator(".query-results thead th").allTextContents()).toEqual(["Speaker", "Stance", "Target", "Summary", "Evidence", "Document"]);
    expect(await rows.nth(3).locator("td").first().textContent()).toBe("Vladimir Putin");
    expect(await page.locator(".query-pattern").textContent()).toBe("?who -demands-> ?what");
    expect((await events()).highlighted.at(-1)).toHaveLength(4);
    expect(new URL(page.url()).searchParams.get("q")).toBe("who demands what");
    await page.screenshot({ path: join(OUTPUT, "query-ui-claims.png"), fullPage: true });
  });

  it("a pattern runs, and a row click highlights that claim only", async () => {
    await open();
    await page.fill(".query-input", "Zelenskyy -demands|proposes-> ?x");
    await page.click(".query-ask");
    await expect.poll(() => page.locator(".query-results tbody tr").count()).toBe(3);
    await page.locator('.query-results tr[data-claim="seed-media-line#c12"] td.summary').click();
    expect((await events()).highlighted.at(-1)).toEqual(["seed-media-line#c12"]);
    expect(await page.locator('tr[data-claim="seed-media-line#c12"]').getAttribute("aria-selected")).toBe("true");
  });

  it("an unknown name gets a did-you-mean button that asks again", async () => {
    await open();
    await page.fill(".query-input", "what did Zelenkyy propose");
    await page.press(".query-input", "Enter");
    await expect.poll(() => page.locator(".query-error").textContent()).toMatch(/I do not know "Zelenkyy"/);
    await page.click('.query-suggestion[data-suggestion="Volodymyr Zelenskyy"]');
    await expect.poll(() => page.locator(".query-results tbody tr").count()).toBe(1);
    expect(await page.inputValue(".query-input")).toBe("what did Volodymyr Zelenskyy propose");
  });

  it("the positions view flags the Donbas conflict; the query comes from the URL", async () => {
    await open("?q=positions%20on%20Donbas");
    await expect.poll(() => page.locator(".query-issue h3").first().textContent()).toMatch(/Donbas — 2 speakers1 conflict/);
    expect(await page.locator(".query-conflicts li").textContent()).toMatch(/Different proposals or demands: Volodymyr Zelenskyy proposes/);
    await page.screenshot({ path: join(OUTPUT, "query-ui-positions.png"), fullPage: true });
    await page.click(".query-conflicts li");
    expect((await events()).highlighted.at(-1)).toEqual(["seed-media-line#c12", "seed-media-line#c13"]);
  });

  it("completes entity names as you type", async () => {
    await open();
    await page.click(".query-input");
    await page.keyboard.type("what did zel");
    await expect.poll(() => page.locator(".query-completions li").first().textContent()).toMatch(/Volodymyr Zelenskyy/);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await page.inputValue(".query-input")).toBe("what did Volodymyr Zelenskyy ");
  });

  it("exports the answer as CSV", async () => {
    await open("?q=who%20proposed%20what");
    await expect.poll(() => page.locator(".query-results tbody tr").count()).toBe(1);
    const [file] = await Promise.all([page.waitForEvent("download"), page.click('.query-export[data-format="csv"]')]);
    const text = await readFile((await file.path())!, "utf8");
    expect(text.split("\r\n")[0]).toBe("speaker,speaks_for,stance,target,addressee,summary,quote,evidence,document,date,claim");
    expect(text).toMatch(/Volodymyr Zelenskyy,,proposes,Donbas; demilitarized free economic zone/);
  });
});
