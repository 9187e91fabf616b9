// The explorer page: loads a graph, wires renderer, panel, legend/filters, search, layout, files
// and persistence around one Store. `ExplorerAPI` is what other UI (e.g. a query bar) plugs into.
import defaultGraphUrl from "../../data/graph.json?url";
import { EXPORT_FORMATS } from "../graph/export/formats.js";
import { GraphFormatError, importGraph } from "../graph/format.js";
import type { ExtractionResult } from "../extraction/types.js";
import { consolidateGraph, mergeDocument, MergeError, type ClaimGraph } from "../graph/model.js";
import { addGraphControls } from "./controls.js";
import { h } from "./dom.js";
import { ExtractionCancelled, extractInWorker, inputFromFile, pastedInput, type ArticleInput } from "./extract-client.js";
import { viewFromHash, viewToHash } from "./hash.js";
import { download, exportAs, readGraphFile, type ExportKind } from "./io.js";
import { LayoutRunner, quickLayout, seedPositions } from "./layout.js";
import { renderLegend } from "./legend.js";
import { Panel } from "./panel.js";
import { mountQueryBar, type QueryBar } from "./query/index.js";
import { Corrections, inWords } from "./corrections.js";
import { isFiltering } from "./filters.js";
import * as persist from "./persist.js";
import { createRenderer, type Renderer } from "./renderer.js";
import { setupSearch } from "./search-box.js";
import { Saver, type Unreadable } from "./saving.js";
import { Store } from "./state.js";

/** Longest stretch of merging before the page gets a turn (a frame is 16 ms; a task over 50 ms is a long task). */
const MERGE_SLICE_MS = 30;

export interface AddResult {
  documents: number;
  /** Files and articles that could not be added, one sentence each, naming them. */
  failed: string[];
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
  /** The user's corrections (undo/redo, replay after new articles). */
  corrections: Corrections;
}

async function fetchGraph(url: string): Promise<ClaimGraph> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not load ${url} (${res.status})`);
  return importGraph(await res.text());
}

interface Initial {
  graph: ClaimGraph;
  from: "data" | "saved" | "default";
  /** The stored version the graph is based on (0 when nothing was stored). */
  version: number;
  /** The stored graph that could not be read, kept for the user to download. */
  unreadable: Unreadable | null;
}

/** The graph to show first: ?data=<url>, else the user's saved graph, else the default data. */
async function initialGraph(dataUrl: string | null): Promise<Initial> {
  if (dataUrl) return { graph: await fetchGraph(dataUrl), from: "data", version: 0, unreadable: null };
  const stored = await persist.load();
  if (stored.kind === "graph") {
    try {
      return { graph: importGraph(stored.graph), from: "saved", version: stored.version, unreadable: null };
    } catch (err) {
      const reason = err instanceof GraphFormatError ? err.message : String(err);
      return { graph: await fetchGraph(defaultGraphUrl), from: "default", version: stored.version, unreadable: { raw: stored.graph, reason } };
    }
  }
  const unreadable = stored.kind === "unreadable" ? { raw: stored.raw, reason: stored.reason } : null;
  return { graph: await fetchGraph(defaultGraphUrl), from: "default", version: stored.version, unreadable };
}

function hasAllPositions(graph: ClaimGraph): boolean {
  return graph.everyNode((_, a) => Number.isFinite(a.x) && Number.isFinite(a.y));
}

export async function createExplorer(root: HTMLElement): Promise<ExplorerAPI> {
  const params = new URLSearchParams(location.search);
  let ephemeral = params.has("data"); // a benchmark or shared link: do not overwrite the user's graph
  let dataProblem: string | null = null;
  let initial: Initial;
  try {
    initial = await initialGraph(params.get("data"));
  } catch (err) {
    if (!ephemeral) throw err;
    // A shared link to a graph that cannot be loaded: say so, and show the user's own graph.
    const own = await initialGraph(null);
    initial = own;
    ephemeral = false;
    dataProblem = `The shared graph ${params.get("data")} could not be opened (${err instanceof Error ? err.message : err}); showing your own graph instead.`;
  }
  const { graph } = initial;
  const placed = !hasAllPositions(graph);
  seedPositions(graph);
  if (placed) quickLayout(graph);

  // ---- page skeleton
  const searchInput = h("input", {
    type: "search",
    id: "search",
    placeholder: "Search entities (e.g. zelensky)",
    "aria-label": "Search entities",
    autocomplete: "off",
    role: "combobox",
    "aria-expanded": "false",
    "aria-controls": "search-results",
  });
  const searchList = h("ul", { id: "search-results", role: "listbox", hidden: true });
  const layoutButton = h("button", { type: "button", id: "layout-toggle", title: "Start or stop the ForceAtlas2 layout" }, "Run layout");
  const addButton = h("button", { type: "button", id: "add-articles" }, "Add articles");
  const importInput = h("input", { type: "file", id: "import-file", accept: ".json,application/json", hidden: true });
  const importButton = h("button", { type: "button", id: "import" }, "Import");
  const exportSelect = h(
    "select",
    { id: "export", "aria-label": "Export" },
    h("option", { value: "" }, "Export…"),
    EXPORT_FORMATS.map((f) => h("option", { value: f.id }, f.label)),
    h("option", { value: "png" }, "PNG image"),
  );
  const undoButton = h("button", { type: "button", id: "undo", disabled: true, title: "Undo the last correction (Ctrl+Z)" }, "Undo");
  const redoButton = h("button", { type: "button", id: "redo", disabled: true, title: "Redo (Ctrl+Shift+Z)" }, "Redo");
  const resetButton = h("button", { type: "button", id: "reset", title: "Forget your changes and show the default data again" }, "Reset");
  const status = h("div", { id: "status", role: "status", "aria-live": "polite" });
  // Errors get a banner of their own under the toolbar, with the whole message and a close button.
  const alertText = h("span", { id: "alert-text" });
  const alertClose = h("button", { type: "button", class: "close", "aria-label": "Dismiss" }, "×");
  const alertBox = h("div", { id: "alert", role: "alert", hidden: true }, alertText, alertClose);
  alertClose.addEventListener("click", () => (alertBox.hidden = true));
  const progress = h("progress", { id: "progress", hidden: true });
  const cancelButton = h(
    "button",
    { type: "button", id: "cancel-extraction", hidden: true, title: "Stop reading these articles; nothing of them is added" },
    "Cancel",
  );
  // A shared ?data= view: changes stay on this page; the banner says so for as long as it lasts.
  const viewBanner = h("div", { id: "view-banner", role: "note", hidden: true });
  const graphEl = h("div", { id: "graph", "aria-label": "Claims graph" });
  const legendEl = h("div", { id: "legend" });
  const panelEl = h("aside", { id: "panel", "aria-label": "Details" });
  const querySlot = h("div", { id: "query-slot" });
  const graphWrap = h("div", { id: "graph-wrap" }, graphEl);

  root.replaceChildren(
    h(
      "header",
      { id: "toolbar" },
      h("h1", {}, "claimgraph"),
      h("div", { class: "search" }, searchInput, searchList),
      layoutButton,
      addButton,
      importButton,
      importInput,
      exportSelect,
      undoButton,
      redoButton,
      resetButton,
      h("div", { class: "status-area" }, progress, cancelButton, status),
    ),
    viewBanner,
    alertBox,
    querySlot,
    h("main", {}, h("div", { id: "stage" }, legendEl, graphWrap), panelEl),
  );

  const store = new Store(graph);
  const renderer = createRenderer(graphEl, store);
  const layout = new LayoutRunner(graph);
  addGraphControls(graphWrap, renderer, store);
  let queryBar: QueryBar | null = null;
  // Corrections: recorded in the graph, undone and redone, applied again after new articles.
  const corrections = new Corrections({
    graph: () => store.graph,
    changed: (op) => {
      seedPositions(store.graph);
      const sel = store.state.selection;
      // The entity merged away is the one it was merged into; anything else gone is unselected.
      if (op.op === "mergeNodes" && sel?.type === "node" && sel.key === op.node.key && store.graph.hasNode(op.into.key))
        store.state.selection = { type: "node", key: op.into.key };
      else if (sel && !(sel.type === "node" ? store.graph.hasNode(sel.key) : store.graph.hasEdge(sel.key))) store.state.selection = null;
      store.emit("graph");
      syncHash();
      saver.noteEdited();
    },
    say: (m, k) => say(m, k),
  });
  const syncUndo = () => {
    undoButton.disabled = !corrections.canUndo;
    redoButton.disabled = !corrections.canRedo;
    const [u, r] = [corrections.nextUndo, corrections.nextRedo];
    undoButton.title = u ? `Undo: ${inWords(u)} (Ctrl+Z)` : "Nothing to undo";
    redoButton.title = r ? `Redo: ${inWords(r)} (Ctrl+Shift+Z)` : "Nothing to redo";
  };
  corrections.onChange(syncUndo);
  store.subscribe((change) => change === "graph" && syncUndo());
  undoButton.addEventListener("click", () => corrections.undo());
  redoButton.addEventListener("click", () => corrections.redo());
  const panel = new Panel(
    panelEl,
    store,
    renderer.hidden,
    (key) => queryBar?.showPositions(key),
    (key) => queryBar?.showTimeline(key),
    corrections,
  );

  // Mark the first drawn frame, for the speed measurements (scripts/perf-browser.ts).
  // Sigma draws synchronously when created; the next frame is the first one on screen.
  requestAnimationFrame(() => performance.mark("graph-drawn"));

  /** A message: an error in the alert bar, else the status line. */
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

  // ---- persistence (saving.ts: debounced, shared between tabs; never for ?data= links)
  const saver = new Saver(
    {
      graph: () => store.graph,
      adopt: (next) => adoptGraph(next),
      say: (m, k) => say(m, k),
    },
    initial.version,
    initial.unreadable,
    ephemeral,
  );
  /** A standing notice under the toolbar: what holds for as long as this page lives, until acted on. */
  const banner = (message: string | null, actions: { label: string; run: () => void }[] = []) => {
    viewBanner.hidden = message === null;
    viewBanner.replaceChildren(
      h("span", {}, message ?? ""),
      ...actions.map((a) => {
        const b = h("button", { type: "button" }, a.label);
        b.addEventListener("click", a.run);
        return b;
      }),
    );
  };
  const showUnreadable = (u: Unreadable) =>
    banner(
      `Your saved graph could not be read (${u.reason}). It is kept as it was, and nothing is saved until you choose: download it, or start over from the graph shown.`,
      [
        { label: "Download the saved graph", run: () => download(JSON.stringify(u.raw, null, 2), "claimgraph-saved.json", "application/json") },
        {
          label: "Start over",
          run: () => {
            if (!confirm("Replace the saved graph that could not be read with the graph shown now?")) return;
            saver.unblock();
            banner(null);
            say("Saving again: the graph shown replaces the one that could not be read.");
          },
        },
      ],
    );
  if (initial.unreadable) showUnreadable(initial.unreadable);
  if (ephemeral) {
    banner(`You are viewing a shared graph (${params.get("data")}). Changes you make here are not saved in this browser: export them to keep them.`);
    // Leaving would drop what was added here: the browser asks first.
    window.addEventListener("beforeunload", (e) => {
      if (saver.dirty) e.preventDefault();
    });
  }
  if (dataProblem) say(dataProblem, "error");

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
  // A layout the user started that stops at once (the graph was settled) says so, instead of the
  // button flipping back without a word.
  let userStartedAt = 0;
  layout.onChange((running) => {
    layoutButton.textContent = running ? "Stop layout" : "Run layout";
    layoutButton.classList.toggle("running", running);
    if (!running) saver.noteChanged();
    if (!running && userStartedAt && performance.now() - userStartedAt < 1500)
      say("The layout is already settled: the entities barely moved. Drag an entity to place it by hand.");
    if (!running) userStartedAt = 0;
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
      f.hideMinor = view.filters.hideMinor;
      f.colorBy = view.filters.colorBy;
      f.minClaims = view.filters.minClaims;
      f.from = view.filters.from;
      f.to = view.filters.to;
    });
    store.select(view.selection);
    if (view.selection && !store.state.selection)
      say(
        `The link names ${view.selection.type === "node" ? "an entity" : "a claim"} this graph does not have (“${view.selection.key}”): showing the whole graph instead.`,
        "error",
      );
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
      const none: AddResult = { documents: 0, entities: 0, claims: 0, newNodes: 0, failed: [] };
      if (!inputs.length) return none;
      progress.hidden = false;
      progress.removeAttribute("value");
      const cancel = new AbortController();
      cancelButton.hidden = false;
      cancelButton.onclick = () => cancel.abort();
      say(`Reading ${inputs.length} file${inputs.length === 1 ? "" : "s"}…`);
      try {
        const { results, warnings, failures } = await extractInWorker(
          inputs,
          (p) => {
            // Characters of text read: a big paste moves the bar as a batch of small files does.
            progress.max = Math.max(1, p.total);
            progress.value = p.done;
            say(p.stage);
          },
          cancel.signal,
        );
        cancelButton.hidden = true;
        layout.stop();
        const before = store.graph.order;
        const merged = await mergeResults(results);
        // Resolved again as a batch: an early article's "postal workers" joins the union's
        // members a later one named so, whatever the order of the files (graph/resolve.ts).
        const joined = merged.docIds.length ? consolidateGraph(store.graph, merged.docIds) : 0;
        store.forgetMissing();
        // The user's corrections hold for the new articles too: "Zelensky" lands on the node it
        // was merged into, a deleted entity goes again.
        const replayed = merged.added && (store.graph.getAttribute("edits") as unknown[] | undefined)?.length ? corrections.replay() : "";
        seedPositions(store.graph);
        store.emit("graph");
        const nodes = Math.max(0, store.graph.order - before);
        const failed = [...failures, ...merged.failed];
        const skipped = [...merged.duplicates, ...warnings];
        const onlyDuplicates = !merged.added && merged.duplicates.length > 0;
        const parts = [
          onlyDuplicates
            ? `Nothing added: ${merged.duplicates.join("; ")}.`
            : `Added ${merged.added} article${merged.added === 1 ? "" : "s"}: ${merged.claims} claim${merged.claims === 1 ? "" : "s"}, ${nodes} new entit${nodes === 1 ? "y" : "ies"}${joined ? ` (${joined} found to be one with another once all were in)` : ""}.`,
          skipped.length && !onlyDuplicates ? `Skipped: ${skipped.join("; ")}.` : onlyDuplicates && warnings.length ? `Skipped: ${warnings.join("; ")}.` : "",
          failed.length ? `Not added: ${failed.join("; ")}.` : "",
          replayed,
        ];
        say(parts.filter(Boolean).join(" "), failed.length || (!merged.added && !merged.duplicates.length) ? "error" : "info");
        if (nodes > 0 || merged.claims > 0) layout.start();
        if (merged.results.length) saver.noteAdded(merged.results);
        return { documents: merged.added, entities: results.reduce((n, r) => n + r.entities.length, 0), claims: merged.claims, newNodes: nodes, failed };
      } catch (err) {
        if (err instanceof ExtractionCancelled) say("Cancelled: nothing of those articles was added.");
        else say(`Extraction failed, nothing was added: ${err instanceof Error ? err.message : err}`, "error");
        return none;
      } finally {
        progress.hidden = true;
        cancelButton.hidden = true;
      }
    },
    replaceGraph(next) {
      adoptGraph(next);
      saver.noteReplaced();
    },
    async resetToDefault() {
      api.replaceGraph(await fetchGraph(defaultGraphUrl));
      say("Back to the default data.");
    },
    saved: () => saver.saved(),
    corrections,
  };

  /** Show another graph (an import, a reset, or the stored graph merged with another tab's work). */
  function adoptGraph(next: ClaimGraph) {
    layout.setGraph(next);
    const needsLayout = !hasAllPositions(next);
    seedPositions(next);
    if (needsLayout) quickLayout(next);
    store.replaceGraph(next);
    corrections.rebind();
    syncHash();
    if (needsLayout && next.order > 400) layout.start();
  }

  /**
   * Merge extraction results into the graph, one document at a time, each whole or not at all
   * (graph/model.ts), giving the page back between documents so that a big batch never blocks it.
   */
  async function mergeResults(results: readonly ExtractionResult[]) {
    const out = { added: 0, claims: 0, duplicates: [] as string[], failed: [] as string[], results: [] as ExtractionResult[], docIds: [] as string[] };
    let slice = performance.now();
    for (const r of results) {
      if (performance.now() - slice > MERGE_SLICE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        slice = performance.now();
      }
      let report;
      try {
        report = mergeDocument(store.graph, r);
      } catch (err) {
        out.failed.push(
          err instanceof MergeError ? err.message : `could not add “${r.document.title ?? r.document.source}” (${err instanceof Error ? err.message : err})`,
        );
        continue;
      }
      // The same article again (same text or same address) is named, not merged twice.
      if (report.duplicateOf) {
        const known = store.graph.getAttribute("documents").find((d) => d.id === report.duplicateOf);
        const name = r.document.title ?? r.document.source;
        out.duplicates.push(
          `“${name}” is already in the graph${known && (known.title ?? known.source) !== name ? ` as “${known.title ?? known.source}”` : ""}`,
        );
        continue;
      }
      out.claims += report.claims;
      out.added++;
      out.docIds.push(report.docId);
      out.results.push(r);
    }
    return out;
  }

  // ---- the query bar (its own module): answers highlight their claims, names select entities
  queryBar = mountQueryBar(querySlot, {
    graph: () => store.graph,
    highlightClaims: (ids) => api.highlightClaims(ids),
    selectNode: (key) => api.selectNode(key),
    openClaim: (claim) => {
      const edge = claim.edges.find((e) => store.graph.hasEdge(e));
      if (edge) store.select({ type: "edge", key: edge });
    },
    dateRange: () => ({ from: store.state.filters.from, to: store.state.filters.to }),
    // A claim is shown when one of its edges is (the date range is applied first, in its own words).
    claimShown: (claim) => {
      const hiddenEdges = renderer.hidden().edges;
      return claim.edges.some((e) => store.graph.hasEdge(e) && !hiddenEdges.has(e));
    },
    setDateRange: (from, to) => store.setFilters((f) => ((f.from = from), (f.to = to))),
  });
  api.queryBar = queryBar;
  // A node dragged by hand: the layout stops (it would move it back), the new place is saved.
  graphEl.addEventListener("claimgraph:dragstart", () => layout.stop());
  graphEl.addEventListener("claimgraph:moved", () => saver.noteChanged());
  // The legend's Timeline button (and any other control) asks through the bar.
  legendEl.addEventListener("claimgraph:ask", (e) => queryBar?.run((e as CustomEvent<string>).detail));
  // Answers follow the graph and the filters (a brush on the timeline re-runs the question).
  store.subscribe((change) => {
    if (change === "graph" || change === "filters") queryBar?.refresh();
  });

  // ---- toolbar actions
  setupSearch(
    searchInput,
    searchList,
    store,
    () => renderer.hidden().nodes,
    (node) => api.selectNode(node),
  );
  layoutButton.addEventListener("click", () => {
    userStartedAt = layout.isRunning() ? 0 : performance.now();
    layout.toggle();
  });
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
      await exportAs(kind, store.graph, renderer, isFiltering(store.state.filters) ? "filtered view" : null);
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
    // Undo and redo of corrections: Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y (Cmd on a Mac).
    if ((e.ctrlKey || e.metaKey) && !typing && (e.key === "z" || e.key === "Z" || e.key === "y")) {
      e.preventDefault();
      if (e.key === "y" || e.shiftKey) corrections.redo();
      else corrections.undo();
    }
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
  const date = h("input", { type: "date", id: "article-date", name: "date" });
  const dateField = h(
    "label",
    { class: "date-field", for: "article-date" },
    "Date of the article ",
    date,
    h("span", { class: "muted" }, " (optional: read from the article when empty)"),
  );
  const ok = h("button", { type: "submit", id: "extract", class: "primary" }, "Extract claims");
  const cancel = h("button", { type: "button", value: "cancel" }, "Cancel");
  const form = h("form", { method: "dialog" }, h("h2", {}, "Add articles"), text, drop, dateField, h("div", { class: "actions" }, cancel, ok));
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
    if (date.value) for (const input of inputs) input.date = date.value;
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
