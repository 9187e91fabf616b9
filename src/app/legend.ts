// The legend doubles as the filter: each entity kind, stance and document has a checkbox;
// unticking hides those elements from the graph and the panels.
import { ENTITY_KINDS, STANCES } from "../extraction/types.js";
import { KIND_COLORS, STANCE_COLORS } from "./colors.js";
import { STANCE_GLYPHS, storyColor } from "../graph/palette.js";
import { findStories } from "../graph/stories.js";
import { clear, h } from "./dom.js";
import { unclaimedNodes } from "./filters.js";
import { isMinorTopic } from "./labels.js";
import type { Store } from "./state.js";

function toggle<T>(set: Set<T>, value: T, visible: boolean): void {
  if (visible) set.delete(value);
  else set.add(value);
}

export function renderLegend(root: HTMLElement, store: Store): void {
  clear(root);
  const { filters } = store.state;
  const g = store.graph;
  const kindCount = new Map<string, number>();
  g.forEachNode((_, a) => kindCount.set(a.kind, (kindCount.get(a.kind) ?? 0) + 1));
  // Counted in claims, as the panel and the answers count: a claim about three entities is three
  // edges of the graph but one claim (and one arrow).
  const claimsBy = new Map<string, Set<string>>();
  g.forEachEdge((_, a) => (claimsBy.get(a.stance) ?? claimsBy.set(a.stance, new Set()).get(a.stance)!).add(a.claim));
  const stanceCount = new Map([...claimsBy].map(([s, set]) => [s, set.size]));

  const item = (group: string, value: string, swatch: HTMLElement, label: string, count: number, checked: boolean, onChange: (visible: boolean) => void) => {
    const input = h("input", { type: "checkbox", "data-filter": group, value, checked });
    input.addEventListener("change", () => onChange(input.checked));
    return h("label", { class: count ? "item" : "item empty" }, input, swatch, h("span", {}, label), h("span", { class: "count" }, String(count)));
  };

  const kinds = h(
    "fieldset",
    {},
    h("legend", {}, "Entities"),
    ENTITY_KINDS.map((k) =>
      item("kind", k, h("span", { class: "dot", style: `background:${KIND_COLORS[k]}` }), k, kindCount.get(k) ?? 0, !filters.hiddenKinds.has(k), (v) =>
        store.setFilters((f) => toggle(f.hiddenKinds, k, v)),
      ),
    ),
  );
  const stances = h(
    "fieldset",
    {},
    h("legend", {}, "Claims by stance (speaker → about)"),
    STANCES.map((s) =>
      item(
        "stance",
        s,
        h(
          "span",
          { class: "glyph", style: `color:${STANCE_COLORS[s]}`, "aria-hidden": "true" },
          STANCE_GLYPHS[s],
          h("span", { class: "line", style: `background:${STANCE_COLORS[s]}` }),
        ),
        s,
        stanceCount.get(s) ?? 0,
        !filters.hiddenStances.has(s),
        (v) => store.setFilters((f) => toggle(f.hiddenStances, s, v)),
      ),
    ),
  );
  const docs = g.getAttribute("documents");
  const docList = h(
    "details",
    { class: "doc-filter" },
    h("summary", {}, `Documents (${docs.length})`),
    h(
      "div",
      { class: "doc-list" },
      docs.map((d) => {
        const input = h("input", { type: "checkbox", "data-filter": "doc", value: d.id, checked: !filters.hiddenDocs.has(d.id) });
        input.addEventListener("change", () => store.setFilters((f) => toggle(f.hiddenDocs, d.id, input.checked)));
        return h("label", { class: "item", title: d.title ?? d.id }, input, h("span", { class: "doc-name" }, d.title || d.source || d.id));
      }),
    ),
  );
  // The list opens under its summary, kept inside the window whatever the legend's wrapping.
  docList.addEventListener("toggle", () => {
    const list = docList.querySelector<HTMLElement>(".doc-list");
    if (!docList.open || !list) return;
    list.style.left = "0px";
    list.style.right = "auto";
    const box = list.getBoundingClientRect();
    const overflow = box.right - (window.innerWidth - 8);
    if (overflow > 0) list.style.left = `${Math.max(-docList.getBoundingClientRect().left + 8, -overflow)}px`;
  });
  // Entities only mentioned, and who speaks for whom: off unless asked for.
  const unclaimed = unclaimedNodes(g).size;
  let minor = 0;
  g.forEachNode((k) => (minor += isMinorTopic(g, k) ? 1 : 0));
  const minClaimsInput = () => {
    const input = h("input", {
      type: "number",
      min: 1,
      max: 99,
      step: 1,
      value: Math.max(1, filters.minClaims),
      "data-filter": "min-claims",
      "aria-label": "Only entities in at least this many claims",
      class: "min-claims",
    });
    input.addEventListener("change", () => {
      const min = Math.max(0, Math.min(99, Math.round(Number(input.value) || 0)));
      if (min !== store.state.filters.minClaims) store.setFilters((f) => (f.minClaims = min));
    });
    return h("label", { class: "item", title: "Hide the entities that take part in fewer claims" }, "in ≥ ", input, " claims");
  };
  let ties = 0;
  g.forEachNode((_, a) => (ties += a.affiliations?.length ?? 0));
  const view = h(
    "fieldset",
    {},
    h("legend", {}, "Show"),
    item("show", "unclaimed", h("span", { class: "dot hollow" }), "entities without claims", unclaimed, filters.showUnclaimed, (v) =>
      store.setFilters((f) => (f.showUnclaimed = v)),
    ),
    item("show", "affiliations", h("span", { class: "line dashed" }), "who speaks for whom", ties, filters.showAffiliations, (v) =>
      store.setFilters((f) => (f.showAffiliations = v)),
    ),
    // Declutter: generic or one-claim topics, and entities in few claims.
    item("hide", "minor", h("span", { class: "dot", style: "background:#c3c8d0" }), "hide minor topics", minor, filters.hideMinor, (v) =>
      store.setFilters((f) => (f.hideMinor = v)),
    ),
    minClaimsInput(),
  );
  // The date range: also set by brushing a timeline; documents without a date are out of any range.
  const dates = docs
    .map((d) => d.date)
    .filter((d): d is string => !!d)
    .sort();
  const dateInput = (which: "from" | "to") => {
    const input = h("input", {
      type: "date",
      "data-filter": which,
      value: filters[which] ?? "",
      min: dates[0] ?? "",
      max: dates.at(-1) ?? "",
      "aria-label": which === "from" ? "From date" : "Until date",
    });
    // Only a new value re-renders the legend: the legend's re-render removes the focused field,
    // whose blur fires "change" again while the old legend is being taken down.
    input.addEventListener("change", () => {
      if ((input.value || null) !== store.state.filters[which]) store.setFilters((f) => (f[which] = input.value || null));
    });
    return input;
  };
  const undated = docs.length - dates.length;
  const timeline = h(
    "button",
    {
      type: "button",
      class: "timeline-all",
      disabled: !dates.length,
      title: "Every speaker's dated claims on a time axis; drag across it to keep a date range",
    },
    "Timeline",
  );
  timeline.addEventListener("click", () => root.dispatchEvent(new CustomEvent("claimgraph:ask", { bubbles: true, detail: "timeline" })));
  const range = h(
    "fieldset",
    { class: "date-range" },
    h("legend", {}, "Dates"),
    h("label", {}, "from ", dateInput("from")),
    h("label", {}, "until ", dateInput("to")),
    h("p", { class: "muted" }, dates.length ? `${dates[0]} to ${dates.at(-1)}` + (undated ? `; ${undated} undated` : "") : "No document has a date."),
    timeline,
  );
  // Colour by kind or by story; by story, each story can be hidden (its documents are).
  const colorSelect = h(
    "select",
    { "data-filter": "color-by", "aria-label": "Colour the entities by" },
    h("option", { value: "kind", selected: filters.colorBy === "kind" }, "kind"),
    h("option", { value: "story", selected: filters.colorBy === "story" }, "story"),
  );
  colorSelect.addEventListener("change", () => store.setFilters((f) => (f.colorBy = colorSelect.value === "story" ? "story" : "kind")));
  const colour = h("label", { class: "item color-by" }, "Colour by ", colorSelect);
  const storyBox = filters.colorBy === "story" ? storiesFieldset(store) : null;
  root.append(kinds, stances, view, range, docList, colour, ...(storyBox ? [storyBox] : []));
}

/** The stories of the graph, each with its colour, its main names and a box to hide it. */
function storiesFieldset(store: Store): HTMLElement {
  const { stories } = findStories(store.graph);
  const { filters } = store.state;
  return h(
    "fieldset",
    { class: "stories" },
    h("legend", {}, `Stories (${stories.length})`),
    stories.map((s) => {
      const shown = s.documents.some((d) => !filters.hiddenDocs.has(d));
      const input = h("input", { type: "checkbox", "data-filter": "story", value: String(s.index), checked: shown });
      input.addEventListener("change", () => store.setFilters((f) => s.documents.forEach((d) => toggle(f.hiddenDocs, d, input.checked))));
      const name = s.names.length ? s.names.join(", ") : `story ${s.index + 1}`;
      return h(
        "label",
        { class: "item", title: `${s.documents.length} article${s.documents.length === 1 ? "" : "s"}: ${name}` },
        input,
        h("span", { class: "dot", style: `background:${storyColor(s.index)}` }),
        h("span", { class: "story-name" }, name),
        h("span", { class: "count" }, String(s.documents.length)),
      );
    }),
  );
}
