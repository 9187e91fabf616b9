// The single state object of the explorer (the sigma storybook model): the graph is the data, and
// everything the user does (hover, selection, filters, highlights) lives here. Renderer and panels
// derive what they show from graph + state; nobody mutates graph attributes to show a hover.
import type { EntityKind, Stance } from "../extraction/types.js";
import type { ClaimGraph } from "../graph/model.js";

export interface Filters {
  hiddenStances: Set<Stance>;
  hiddenKinds: Set<EntityKind>;
  hiddenDocs: Set<string>;
  /** Draw entities that take part in no claim (off by default: they are mentions, not positions). */
  showUnclaimed: boolean;
  /** Draw who speaks for whom (dashed lines from an official to its organization or country). */
  showAffiliations: boolean;
  /** What the node colours tell: the entity's kind, or its story (graph/stories.ts). */
  colorBy: "kind" | "story";
  /** Hide the minor topics (generic words, topics of one claim: labels.ts isMinorTopic). */
  hideMinor: boolean;
  /** Hide entities in fewer claims than this (spoken, about or addressed); 0 or 1: none hidden. */
  minClaims: number;
  /** A date range (ISO, inclusive): only claims of documents dated within it; undated ones are out. */
  from: string | null;
  to: string | null;
}

export type Selection = { type: "node"; key: string } | { type: "edge"; key: string } | null;

export interface ViewState {
  hoveredNode: string | null;
  selection: Selection;
  /** Edges picked by something other than a click (a query, a claim in the panel); null = none. */
  highlightedEdges: Set<string> | null;
  filters: Filters;
}

export function emptyFilters(): Filters {
  return {
    hiddenStances: new Set(),
    hiddenKinds: new Set(),
    hiddenDocs: new Set(),
    showUnclaimed: false,
    showAffiliations: false,
    hideMinor: false,
    minClaims: 0,
    colorBy: "kind",
    from: null,
    to: null,
  };
}

export function initialState(): ViewState {
  return { hoveredNode: null, selection: null, highlightedEdges: null, filters: emptyFilters() };
}

export type Change = "graph" | "filters" | "selection" | "hover" | "highlight";
type Listener = (change: Change) => void;

/** Holds the current graph and view state and tells listeners what changed. */
export class Store {
  readonly state: ViewState = initialState();
  private listeners: Listener[] = [];

  constructor(public graph: ClaimGraph) {}

  subscribe(listener: Listener): () => void {
    this.listeners.push(listener);
    return () => (this.listeners = this.listeners.filter((l) => l !== listener));
  }

  emit(change: Change): void {
    for (const l of this.listeners) l(change);
  }

  /** Replace the whole graph (import, reset, restore); selection and highlights no longer apply. */
  replaceGraph(graph: ClaimGraph): void {
    this.graph = graph;
    this.state.selection = null;
    this.state.hoveredNode = null;
    this.state.highlightedEdges = null;
    const docs = new Set(graph.getAttribute("documents").map((d) => d.id));
    for (const d of [...this.state.filters.hiddenDocs]) if (!docs.has(d)) this.state.filters.hiddenDocs.delete(d);
    this.emit("graph");
  }

  /**
   * After the graph changed in place (nodes joined into others once a batch of articles was in):
   * a selection, hover or highlight of a node or an edge that is gone no longer applies.
   */
  forgetMissing(): void {
    const { selection, hoveredNode, highlightedEdges } = this.state;
    if (selection && (selection.type === "node" ? !this.graph.hasNode(selection.key) : !this.graph.hasEdge(selection.key))) this.state.selection = null;
    if (hoveredNode && !this.graph.hasNode(hoveredNode)) this.state.hoveredNode = null;
    if (highlightedEdges) for (const e of [...highlightedEdges]) if (!this.graph.hasEdge(e)) highlightedEdges.delete(e);
  }

  select(selection: Selection): void {
    if (selection && selection.type === "node" && !this.graph.hasNode(selection.key)) selection = null;
    if (selection && selection.type === "edge" && !this.graph.hasEdge(selection.key)) selection = null;
    this.state.selection = selection;
    this.emit("selection");
  }

  hover(node: string | null): void {
    if (this.state.hoveredNode === node) return;
    this.state.hoveredNode = node;
    this.emit("hover");
  }

  highlightEdges(edges: Iterable<string> | null): void {
    this.state.highlightedEdges = edges ? new Set([...edges].filter((e) => this.graph.hasEdge(e))) : null;
    this.emit("highlight");
  }

  setFilters(update: (filters: Filters) => void): void {
    update(this.state.filters);
    this.emit("filters");
  }
}
