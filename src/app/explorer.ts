// The explorer page: loads a graph, wires renderer, panel, legend/filters, search, layout, files
// and persistence around one Store. `ExplorerAPI` is what other UI (e.g. a query bar) plugs into.
import defaultGraphUrl from "../../data/graph.json?url";
import { exportGraph, GraphFormatError, importGraph } from "../graph/format.js";
import { mergeDocument, type ClaimGraph } from "../graph/model.js";
import { addGraphControls } from "./controls.js";
import { h } from "./dom.js";
import { extractInWorker, inputFromFile, pastedInput, type ArticleInput } from "./extract-client.js";
import { viewFromHash, viewToHash } from "./hash.js";
import { exportAs, readGraphFile, type ExportKind } from "./io.js";
import { LayoutRunner, quickLayout, seedPositions } from "./layout.js";
import { renderLegend } from "./legend.js";
import { Panel } from "./panel.js";
import { mountQueryBar, type QueryBar } from "./query/index.js";
import * as persist from "./persist.js";
import { createRenderer, type Renderer } from "./renderer.js";
import { setupSearch } from "./search-box.js";
import { Store } from "./state.js";

export interface AddResult {
  documents: number;
  /** Entities the extractor found (before merging with the graph's). */
  entities: number;
  claims: number;
  newNodes: number;
}

export interface ExplorerAPI {
  store: Store;
  renderer: Renderer;
  /** The query bar above the graph (src/app/query). */
  queryBar: QueryBar;
  layout: LayoutRunner;
  /** Select an entity, open its panel and move the camera to it. */
  selectNode(key: string): void;
  /** Select one claim edge and open its panel. */
  selectEdge(key: string): void;
  /** Make a set of edges stand out (everything else fades); null clears. */
  highlightEdges(keys: Iterable<string> | null): void;
  /** Same, by claim id: all edges of those claims stand out. */
  highlightClaims(ids: Iterable<string> | null): void;
  /** Read and merge new articles (files or pasted text): extraction in a worker, layout continues from current positions. Resolves to the number of claims added. */
  addArticles(inputs: ArticleInput[]): Promise<AddResult>;
  /** Replace the graph (an import); the previous one is dropped. */
  replaceGraph(graph: ClaimGraph): void;
  resetToDefault(): Promise<void>;
  /** Resolves once the stored graph has been written. */
  saved(): Promise<void>;
}

async function fetchGraph(url: string): Promise<ClaimGraph> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not load ${url} (${res.status})`);
  return importGraph(await res.text());
}

/** The graph to show first: ?data=<url>, else the user's saved graph, else the default data. */
async function initialGraph(dataUrl: string | null): Promise<{ graph: ClaimGraph; from: string }> {
  if (dataUrl) return { graph: await fetchGraph(dataUrl), from: dataUrl };
  const saved = await persist.loadSaved();
  if (saved) {
    try {
      return { graph: importGraph(saved), from: "saved" };
    } catch {
      // A stored graph from an older version: fall back to the default data.
    }
  }
  return { graph: await fetchGraph(defaultGraphUrl), from: "default" };
}

function hasAllPositions(graph: ClaimGraph): boolean {
  return graph.everyNode((_, a) => Number.isFinite(a.x) && Number.isFinite(a.y));
}

export async function createExplorer(root: HTMLElement): Promise<ExplorerAPI> {
  const params = new URLSearchParams(location.search);
  const ephemeral = params.has("data"); // a benchmark or shared link: do not overwrite the user's graph
  const { graph } = await initialGraph(params.get("data"));
  const placed = !hasAllPositions(graph);
  seedPositions(graph);
  if (placed) quickLayout(graph);

  // ---- page skeleton
  const searchInput = h("input", { type: "search", id: "search", placeholder: "Search entities (e.g. zelensky)", "aria-label": "Search entities", autocomplete: "off", role: "combobox", "aria-expanded": "false", "aria-controls": "search-results" });
  const searchList = h("ul", { id: "search-results", role: "listbox", hidden: true });
  const layoutButton = h("button", { type: "button", id: "layout-toggle", title: "Start or stop the ForceAtlas2 layout" }, "Run layout");
  const addButton = h("button", { type: "button", id: "add-articles" }, "Add articles");
  const importInput = h("input", { type: "file", id: "import-file", accept: ".json,application/json", hidden: true });
  const importButton = h("button", { type: "button", id: "import" }, "Import");
  const exportSelect = h("select", { id: "export", "aria-label": "Export" },
    h("option", { value: "" }, "Export…"),
    h("option", { value: "json" }, "Graph JSON"),
    h("option", { value: "gexf" }, "GEXF (Gephi)"),
    h("option", { value: "csv" }, "Claims CSV"),
    h("option", { value: "png" }, "PNG image"));
  const resetButton = h("button", { type: "button", id: "reset", title: "Forget your changes and show the default data again" }, "Reset");
  const status = h("div", { id: "status", role: "status", "aria-live": "polite" });
  // Errors get a banner of their own under the toolbar, with the whole message and a close button.
  const alertText = h("span", { id: "alert-text" });
  const alertClose = h("button", { type: "button", class: "close", "aria-label": "Dismiss" }, "×");
  const alertBox = h("div", { id: "alert", role: "alert", hidden: true }, alertText, alertClose);
  alertClose.addEventListener("click", () => (alertBox.hidden = true));
  const progress = h("progress", { id: "progress", hidden: true });
  const graphEl = h("div", { id: "graph", "aria-label": "Claims graph" });
  const legendEl = h("div", { id: "legend" });
  const panelEl = h("aside", { id: "panel", "aria-label": "Details" });
  const querySlot = h("div", { id: "query-slot" });
  const graphWrap = h("div", { id: "graph-wrap" }, graphEl);

  root.replaceChildren(
    h("header", { id: "toolbar" },
      h("h1", {}, "claimgraph"),
      h("div", { class: "search" }, searchInput, searchList),
      layoutButton, addButton, importButton, importInput, exportSelect, resetButton,
      h("div", { class: "status-area" }, progress, status)),
    alertBox,
    querySlot,
    h("main", {}, h("div", { id: "stage" }, legendEl, graphWrap), panelEl),
  );

  const store = new Store(graph);
  const renderer = createRenderer(graphEl, store);
  const layout = new LayoutRunner(graph);
  addGraphControls(graphWrap, renderer, store);
  let queryBar: QueryBar | null = null;
  const panel = new Panel(panelEl, store, renderer.hidden, (key) => queryBar?.showPositions(key));

  // Mark the first drawn frame, for the speed measurements (scripts/perf-browser.ts).
  // Sigma draws synchronously when created; the next frame is the first one on screen.
  requestAnimationFrame(() => performance.mark("graph-drawn"));

  const say = (message: string, kind: "info" | "error" = "info") => {
    if (kind === "error") {
      alertText.textContent = message;
      alertBox.hidden = false;
      status.textContent = "";
    } else {
      alertBox.hidden = true;
      status.textContent = message;
      status.title = message;
    }
  };

  // ---- persistence (debounced; skipped for ?data= links)
  let saving: Promise<void> = Promise.resolve();
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let pendingSave: (() => void) | null = null;
  const scheduleSave = () => {
    if (ephemeral) return;
    if (saveTimer) clearTimeout(saveTimer);
    const done = new Promise<void>((resolve) => (pendingSave = resolve));
    saveTimer = setTimeout(() => {
      saveTimer = null;
      const resolve = pendingSave!;
      saving = persist.save(exportGraph(store.graph)).catch((err) => say(`Could not save in the browser: ${err}`, "error")).then(resolve);
    }, 300);
    saving = done;
  };

  // ---- reactions to state changes
  const syncHash = () => {
    const hash = viewToHash(store.state.selection, store.state.filters);
    if (location.hash !== hash) history.replaceState(null, "", hash || location.pathname + location.search);
  };
  store.subscribe((change) => {
    if (change === "hover") return;
    if (change === "graph" || change === "filters") renderLegend(legendEl, store);
    if (change !== "highlight") panel.render();
    if (change === "selection" || change === "filters") syncHash();
  });
  layout.onChange((running) => {
    layoutButton.textContent = running ? "Stop layout" : "Run layout";
    layoutButton.classList.toggle("running", running);
    if (!running) scheduleSave();
  });

  renderLegend(legendEl, store);
  panel.render();
  const applyHash = () => {
    const view = viewFromHash(location.hash);
    store.setFilters((f) => {
      for (const key of ["hiddenStances", "hiddenKinds", "hiddenDocs"] as const) {
        f[key].clear();
        for (const v of view.filters[key] as Set<never>) f[key].add(v);
      }
      f.showUnclaimed = view.filters.showUnclaimed;
      f.showAffiliations = view.filters.showAffiliations;
    });
    store.select(view.selection);
    const sel = store.state.selection;
    if (sel?.type === "node") requestAnimationFrame(() => renderer.focusNode(sel.key));
  };
  if (location.hash) applyHash();
  window.addEventListener("hashchange", applyHash);
  if (placed && graph.order > 400) layout.start();

  const api: ExplorerAPI = {
    store,
    renderer,
    queryBar: null as unknown as QueryBar, // set below, once the bar is mounted
    layout,
    selectNode(key) {
      store.select({ type: "node", key });
      if (store.state.selection) renderer.focusNode(key);
    },
    selectEdge(key) {
      store.select({ type: "edge", key });
    },
    highlightEdges(keys) {
      store.highlightEdges(keys);
    },
    highlightClaims(ids) {
      if (!ids) return store.highlightEdges(null);
      const wanted = new Set(ids);
      store.highlightEdges(store.graph.filterEdges((_, a) => wanted.has(a.claim)));
    },
    async addArticles(inputs) {
      const none: AddResult = { documents: 0, entities: 0, claims: 0, newNodes: 0 };
      if (!inputs.length) return none;
      progress.hidden = false;
      progress.removeAttribute("value");
      say(`Reading ${inputs.length} file${inputs.length === 1 ? "" : "s"}…`);
      try {
        const { results, warnings } = await extractInWorker(inputs, (p) => {
          progress.max = p.total;
          progress.value = p.done;
          say(p.stage);
        });
        layout.stop();
        let claims = 0;
        let added = 0;
        const before = store.graph.order;
        // The same article again (same text or same address) is named, not merged twice.
        const duplicates: string[] = [];
        for (const r of results) {
          const report = mergeDocument(store.graph, r);
          if (report.duplicateOf) {
            const known = store.graph.getAttribute("documents").find((d) => d.id === report.duplicateOf);
            duplicates.push(`“${r.document.title ?? r.document.source}” is already in the graph${known && (known.title ?? known.source) !== (r.document.title ?? r.document.source) ? ` as “${known.title ?? known.source}”` : ""}`);
            continue;
          }
          claims += report.claims;
          added++;
        }
        seedPositions(store.graph);
        store.emit("graph");
        const nodes = store.graph.order - before;
        const skipped = [...duplicates, ...warnings];
        const note = skipped.length ? ` Skipped: ${skipped.join("; ")}.` : "";
        if (!added && duplicates.length && !warnings.length) say(`Nothing added: ${duplicates.join("; ")}.`);
        else say(`Added ${added} article${added === 1 ? "" : "s"}: ${claims} claim${claims === 1 ? "" : "s"}, ${nodes} new entit${nodes === 1 ? "y" : "ies"}.${note}`, added ? "info" : "error");
        if (nodes > 0 || claims > 0) layout.start();
        scheduleSave();
        return { documents: added, entities: results.reduce((n, r) => n + r.entities.length, 0), claims, newNodes: nodes };
      } catch (err) {
        say(`Extraction failed: ${err instanceof Error ? err.message : err}`, "error");
        return none;
      } finally {
        progress.hidden = true;
      }
    },
    replaceGraph(next) {
      layout.setGraph(next);
      const needsLayout = !hasAllPositions(next);
      seedPositions(next);
      if (needsLayout) quickLayout(next);
      store.replaceGraph(next);
      syncHash();
      if (needsLayout && next.order > 400) layout.start();
      scheduleSave();
    },
    async resetToDefault() {
      api.replaceGraph(await fetchGraph(defaultGraphUrl));
      say("Back to the default data.");
    },
    saved: async () => {
      await saving;
    },
  };

  // ---- the query bar (its own module): answers highlight their claims, names select entities
  queryBar = mountQueryBar(querySlot, {
    graph: () => store.graph,
    highlightClaims: (ids) => api.highlightClaims(ids),
    selectNode: (key) => api.selectNode(key),
  });
  api.queryBar = queryBar;
  store.subscribe((change) => {
    if (change === "graph") queryBar?.refresh();
  });

  // ---- toolbar actions
  setupSearch(searchInput, searchList, store, () => renderer.hidden().nodes, (node) => api.selectNode(node));
  layoutButton.addEventListener("click", () => layout.toggle());
  importButton.addEventListener("click", () => importInput.click());
  importInput.addEventListener("change", async () => {
    const file = importInput.files?.[0];
    importInput.value = "";
    if (!file) return;
    try {
      const next = await readGraphFile(file);
      api.replaceGraph(next);
      say(`Imported ${file.name}: ${next.order} entities, ${next.size} edges.`);
    } catch (err) {
      const msg = err instanceof GraphFormatError ? err.message : `Could not read ${file.name}: ${err}`;
      say(`Import failed, the current graph is unchanged. ${msg}`, "error");
    }
  });
  exportSelect.addEventListener("change", async () => {
    const kind = exportSelect.value as ExportKind;
    exportSelect.value = "";
    if (!kind) return;
    try {
      await exportAs(kind, store.graph, renderer.sigma);
    } catch (err) {
      say(`Export failed: ${err}`, "error");
    }
  });
  resetButton.addEventListener("click", async () => {
    if (!confirm("Forget the articles you added and imports, and show the default data again?")) return;
    await api.resetToDefault();
  });
  addButton.addEventListener("click", () => openAddDialog(api, say));

  // Files dropped anywhere on the graph are added as articles.
  graphEl.addEventListener("dragover", (e) => {
    e.preventDefault();
    graphEl.classList.add("dropping");
  });
  graphEl.addEventListener("dragleave", () => graphEl.classList.remove("dropping"));
  graphEl.addEventListener("drop", async (e) => {
    e.preventDefault();
    graphEl.classList.remove("dropping");
    const files = [...(e.dataTransfer?.files ?? [])];
    await api.addArticles(await Promise.all(files.map(inputFromFile)));
  });

  document.addEventListener("keydown", (e) => {
    const typing = e.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName);
    if (e.key === "Escape" && !typing) store.select(null);
    if (e.key === "/" && !typing) {
      e.preventDefault();
      searchInput.focus();
    }
  });

  return api;
}

/** The "Add articles" dialog: paste a text or choose/drop .txt, .md and .html files. */
function openAddDialog(api: ExplorerAPI, say: (m: string, k?: "info" | "error") => void): void {
  const text = h("textarea", { id: "paste", rows: 10, placeholder: "Paste the text of a news article here. The first line is taken as its title." });
  const files = h("input", { type: "file", id: "article-files", multiple: true, accept: ".txt,.md,.html,.htm,text/plain,text/markdown,text/html" });
  const drop = h("div", { class: "dropzone" }, "…or drop .txt, .md or .html files here, or ", files);
  const ok = h("button", { type: "submit", id: "extract", class: "primary" }, "Extract claims");
  const cancel = h("button", { type: "button", value: "cancel" }, "Cancel");
  const form = h("form", { method: "dialog" }, h("h2", {}, "Add articles"), text, drop, h("div", { class: "actions" }, cancel, ok));
  const dialog = h("dialog", { id: "add-dialog" }, form);
  let dropped: File[] = [];
  drop.addEventListener("dragover", (e) => e.preventDefault());
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    dropped = [...(e.dataTransfer?.files ?? [])];
    drop.firstChild!.textContent = `${dropped.length} file${dropped.length === 1 ? "" : "s"} ready: ${dropped.map((f) => f.name).join(", ")} `;
  });
  cancel.addEventListener("click", () => dialog.close());
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const inputs: ArticleInput[] = [];
    if (text.value.trim()) inputs.push(pastedInput(text.value));
    for (const f of [...(files.files ?? []), ...dropped]) inputs.push(await inputFromFile(f));
    if (!inputs.length) {
      say("Paste a text or choose a file first.", "error");
      return;
    }
    dialog.close();
    dialog.remove();
    await api.addArticles(inputs);
  });
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  text.focus();
}
