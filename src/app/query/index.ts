// The query bar of the page: a question or pattern with completions, the answer as a results table
// (or the positions view), "did you mean" buttons, CSV/JSON export, and the query in the URL (?q=).
// Self-contained: the page mounts it into a container and says how to highlight claims.
import type { ClaimGraph } from "../../graph/model.js";
import {
  answerJSON,
  ask,
  complete,
  keepClaims,
  queryIndexFor,
  toCSV,
  withinDates,
  type ClaimResult,
  type Completion,
  type QueryAnswer,
} from "../../graph/query/index.js";
import { clear, h } from "../dom.js";
import { download } from "../io.js";
import { renderAnswer } from "./results.js";
import { queryFromURL, writeQueryToURL } from "./url.js";
import "./query.css";

export interface QueryHost {
  /** The graph to query now (it may be replaced or grow; the index follows it). */
  graph(): ClaimGraph;
  /** Make these claims stand out in the graph (their edges); null clears the highlight. */
  highlightClaims(claimIds: string[] | null): void;
  /** Select an entity in the graph, when a name in the results is clicked. */
  selectNode?(key: string): void;
  /** Open a claim in the side panel, when its row or mark is clicked. */
  openClaim?(claim: ClaimResult): void;
  /** Whether the page's filters show a claim: answers keep to them and say so. */
  claimShown?(claim: ClaimResult): boolean;
  /** The page's date range filter: answers keep to it and say so. */
  dateRange?(): { from: string | null; to: string | null };
  setDateRange?(from: string | null, to: string | null): void;
}

export interface QueryBarOptions {
  /** Keep the query in the page URL as ?q= and run the one found there on mount (default true). */
  syncURL?: boolean;
  /** Rows drawn before a "show more" button (default 200). */
  pageSize?: number;
}

export interface QueryBar {
  readonly element: HTMLElement;
  /** Put a question or pattern in the bar and run it. */
  run(text: string): QueryAnswer;
  /** The positions view of an entity (e.g. the selected node). */
  showPositions(nodeKey: string): QueryAnswer | null;
  /** The timeline of an entity: its dated claims (and its officials') with the changes. */
  showTimeline(nodeKey: string): QueryAnswer | null;
  /** Run the current query again, e.g. after the graph changed. */
  refresh(): void;
  /** Empty the bar and the results, and clear the highlight. */
  reset(): void;
  /** The last answer, or null. */
  readonly answer: QueryAnswer | null;
  destroy(): void;
}

let instances = 0;

export function mountQueryBar(container: HTMLElement, host: QueryHost, options: QueryBarOptions = {}): QueryBar {
  const { syncURL = true, pageSize = 200 } = options;
  const id = `query-${++instances}`;
  const input = h("input", {
    type: "search",
    class: "query-input",
    id: `${id}-input`,
    placeholder: "Ask: who proposed what · what did Zelenskyy say about Donbas · ?who -opposes-> X",
    "aria-label": "Ask the graph a question",
    autocomplete: "off",
    spellcheck: "false",
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": `${id}-completions`,
  });
  const list = h("ul", { class: "query-completions", id: `${id}-completions`, role: "listbox", hidden: true });
  const askButton = h("button", { type: "submit", class: "query-ask" }, "Ask");
  const csvButton = h(
    "button",
    { type: "button", class: "query-export", "data-format": "csv", disabled: true, title: "Download the claims of the answer as CSV" },
    "CSV",
  );
  const jsonButton = h(
    "button",
    { type: "button", class: "query-export", "data-format": "json", disabled: true, title: "Download the answer as JSON" },
    "JSON",
  );
  const clearButton = h("button", { type: "button", class: "query-clear", title: "Clear the query and the highlight" }, "Clear");
  const form = h(
    "form",
    { class: "query-form", role: "search" },
    h("div", { class: "query-field" }, input, list),
    askButton,
    csvButton,
    jsonButton,
    clearButton,
  );
  const output = h("div", { class: "query-output", "aria-live": "polite" });
  // A handle under the answer resizes it (drag, or the arrow keys when focused).
  const resize = h("div", {
    class: "query-resize",
    role: "separator",
    "aria-orientation": "horizontal",
    "aria-label": "Resize the answer",
    tabindex: 0,
    title: "Drag to resize the answer",
  });
  const setHeight = (px: number) => output.style.setProperty("--answer-height", `${Math.round(Math.min(window.innerHeight * 0.6, Math.max(60, px)))}px`);
  resize.addEventListener("pointerdown", (e) => {
    const start = e.clientY;
    const from = output.getBoundingClientRect().height;
    resize.setPointerCapture(e.pointerId);
    const move = (m: PointerEvent) => setHeight(from + m.clientY - start);
    resize.addEventListener("pointermove", move);
    resize.addEventListener("pointerup", () => resize.removeEventListener("pointermove", move), { once: true });
  });
  resize.addEventListener("keydown", (e) => {
    if (e.key !== "ArrowUp" && e.key !== "ArrowDown") return;
    e.preventDefault();
    setHeight(output.getBoundingClientRect().height + (e.key === "ArrowDown" ? 40 : -40));
  });
  const element = h("section", { class: "query-bar", "aria-label": "Query" }, form, output, resize);
  container.append(element);

  let answer: QueryAnswer | null = null;
  let completions: Completion[] = [];
  let active = -1;

  // ---- completions
  const closeList = () => {
    completions = [];
    active = -1;
    clear(list);
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  };
  const drawList = () => {
    clear(list);
    if (!completions.length) return closeList();
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    completions.forEach((c, i) => {
      const li = h(
        "li",
        { role: "option", id: `${id}-opt-${i}`, class: `completion ${c.kind}`, "aria-selected": i === active ? "true" : "false" },
        h("span", { class: "completion-label" }, c.label),
        h("span", { class: "completion-detail" }, c.detail),
      );
      li.addEventListener("mousedown", (e) => {
        e.preventDefault(); // keep the focus in the input
        accept(c);
      });
      list.append(li);
    });
    if (active >= 0) input.setAttribute("aria-activedescendant", `${id}-opt-${active}`);
  };
  const suggest = () => {
    completions = complete(queryIndexFor(host.graph()), input.value, input.selectionStart ?? input.value.length);
    active = -1;
    drawList();
  };
  const accept = (c: Completion) => {
    const value = input.value;
    const rest = value.slice(c.to);
    const spacer = c.kind === "example" || rest.startsWith(" ") || c.text.endsWith("->") ? "" : " ";
    input.value = value.slice(0, c.from) + c.text + spacer + rest;
    const caret = c.from + c.text.length + spacer.length;
    input.setSelectionRange(caret, caret);
    closeList();
    if (c.kind === "example") run(input.value);
  };

  input.addEventListener("input", suggest);
  input.addEventListener("focus", () => {
    if (!input.value) suggest();
  });
  input.addEventListener("blur", () => setTimeout(closeList, 120));
  input.addEventListener("keydown", (e) => {
    if (list.hidden) {
      if (e.key === "ArrowDown") suggest();
      return;
    }
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const n = completions.length;
      active = e.key === "ArrowDown" ? (active + 1) % n : (active + n - 1) % n;
      drawList();
    } else if ((e.key === "Enter" || e.key === "Tab") && active >= 0) {
      e.preventDefault();
      const choice = completions[active];
      if (choice) accept(choice);
    } else if (e.key === "Escape") {
      closeList();
    }
  });

  // ---- asking
  const showAnswer = (a: QueryAnswer) => {
    answer = a;
    csvButton.disabled = jsonButton.disabled = a.kind === "error" || !a.claims.length;
    renderAnswer(output, a, {
      pageSize,
      highlight: (ids) => host.highlightClaims(ids),
      selectNode: host.selectNode,
      openClaim: host.openClaim,
      setDateRange: host.setDateRange,
      dateRange: host.dateRange?.(),
      retry: (text) => {
        input.value = text;
        run(text);
      },
    });
    // A new answer highlights all its claims; a row click narrows it to one.
    host.highlightClaims(a.kind === "error" || !a.claims.length ? null : a.claims.map((c) => c.id));
  };

  function run(text: string): QueryAnswer {
    closeList();
    input.value = text;
    const range = host.dateRange?.() ?? { from: null, to: null };
    let a = withinDates(ask(queryIndexFor(host.graph()), text), range.from, range.to);
    // The other filters (stances, kinds, documents, declutter) hide claims too: kept to, and said.
    if (host.claimShown && a.kind !== "error" && a.claims.some((c) => !host.claimShown!(c)))
      a = keepClaims(a, host.claimShown, "Kept to the filters", "that they hide");
    showAnswer(a);
    if (syncURL) writeQueryToURL(text);
    return a;
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (input.value.trim()) run(input.value);
  });
  clearButton.addEventListener("click", () => bar.reset());
  csvButton.addEventListener(
    "click",
    () =>
      answer &&
      download(
        toCSV(answer.claims, answer.kind === "claims" || answer.kind === "timeline" ? answer.onBehalfOf : {}),
        "claimgraph-query.csv",
        "text/csv;charset=utf-8",
      ),
  );
  jsonButton.addEventListener("click", () => answer && download(JSON.stringify(answerJSON(answer), null, 2), "claimgraph-query.json", "application/json"));

  const bar: QueryBar = {
    element,
    run,
    showPositions(nodeKey) {
      const graph = host.graph();
      if (!graph.hasNode(nodeKey)) return null;
      // A node key is a valid pattern slot but not a question: quote the label so aliases resolve.
      return run(`positions on ${graph.getNodeAttribute(nodeKey, "label")}`);
    },
    showTimeline(nodeKey) {
      const graph = host.graph();
      if (!graph.hasNode(nodeKey)) return null;
      // An entity that speaks: its own timeline; an issue that only is spoken of: everyone's on it.
      const label = graph.getNodeAttribute(nodeKey, "label");
      return run(graph.outDegree(nodeKey) > 0 ? `timeline of ${label}` : `timeline on ${label}`);
    },
    refresh() {
      if (answer) run(answer.input);
    },
    reset() {
      input.value = "";
      answer = null;
      clear(output);
      csvButton.disabled = jsonButton.disabled = true;
      closeList();
      host.highlightClaims(null);
      if (syncURL) writeQueryToURL("");
    },
    get answer() {
      return answer;
    },
    destroy() {
      element.remove();
    },
  };

  const initial = syncURL ? queryFromURL() : null;
  if (initial) run(initial);
  return bar;
}

export type { QueryAnswer };
