// The sigma view of the graph. Colours, sizes and curvature are derived in the reducers from the
// data plus the view state; the graph keeps only data and positions.
import Sigma from "sigma";
import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";
import type { EdgeProgramType } from "sigma/rendering";
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../graph/model.js";
import { FADED_EDGE, FADED_NODE, KIND_COLORS, STANCE_COLORS } from "./colors.js";
import { storyColor } from "../graph/palette.js";
import { findStories, type Stories } from "../graph/stories.js";
import { computeHidden, type Hidden } from "./filters.js";
import { BIG_GRAPH_EDGES, edgeCurvatures, labelSettings, nodeSize, secondaryClaimEdges, STRAIGHT_EDGES_FROM } from "./style.js";
import { EdgeArrowProgram } from "sigma/rendering";
import type { Store } from "./state.js";
import { addAffiliationLayer } from "./affiliation-layer.js";
import { labelPriorities, placeLabels, type LabelCandidate, type PlacedLabel } from "./labels.js";

/** A minor topic's colour: the topic grey, paler. */
const MINOR_TOPIC_COLOR = "#c3c8d0";

/** Up to this many ends of the claims in focus get a halo (one claim: its speaker and targets). */
const FEW_ENDS = 8;

/** Entities whose labels are always offered for placement (the most important of the story). */
const FORCED_LABELS = 60;

export type ClaimSigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * Labels chosen by labels.ts instead of sigma's grid alone: sigma offers the candidates of a frame
 * (its label grid plus the forced labels) to the drawLabel hook, which only collects them; after
 * the frame they are placed by priority without overlaps and drawn. Returns the last frame's labels.
 * The PNG export installs it on its own renderer too.
 */
export function installLabels(sigma: ClaimSigma, priorityOf: (key: string) => number): () => readonly PlacedLabel[] {
  let candidates: LabelCandidate[] = [];
  let placed: PlacedLabel[] = [];
  // Text widths, measured once per font: a pan redraws the same labels every frame.
  const widths = new Map<string, number>();
  let widthsFont = "";
  sigma.setSetting("defaultDrawNodeLabel", (_ctx, data) => {
    if (!data.label) return;
    const key = (data as { key?: string }).key ?? "";
    candidates.push({ node: key, x: data.x, y: data.y, size: data.size, label: data.label, priority: priorityOf(key) });
  });
  // A highlighted node (hovered, selected, an end of an answer's claims) gets a halo and no label
  // of sigma's own: its label is one of the placed ones. Sigma's default drew a second label in a
  // box beside the placed one ("spending cuts" twice, a box over its neighbours' labels).
  sigma.setSetting("defaultDrawNodeHover", (ctx, data) => {
    ctx.save();
    ctx.fillStyle = "#fff";
    ctx.shadowColor = "rgba(0,0,0,0.35)";
    ctx.shadowBlur = 6;
    ctx.beginPath();
    ctx.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
    ctx.fill();
    ctx.restore();
    ctx.fillStyle = data.color;
    ctx.beginPath();
    ctx.arc(data.x, data.y, data.size, 0, Math.PI * 2);
    ctx.fill();
  });
  sigma.on("beforeRender", () => (candidates = []));
  sigma.on("afterRender", () => {
    const ctx = sigma.getCanvases().labels?.getContext("2d");
    if (!ctx) return;
    const settings = sigma.getSettings();
    ctx.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const { width, height } = sigma.getDimensions();
    const font = ctx.font;
    if (font !== widthsFont) {
      widths.clear();
      widthsFont = font;
    }
    const measure = (t: string) => widths.get(t) ?? (widths.size > 20000 && widths.clear(), widths.set(t, ctx.measureText(t).width).get(t)!);
    placed = placeLabels(candidates, { width, height }, measure, { fontSize: settings.labelSize });
    drawPlacedLabels(ctx, placed, settings);
  });
  return () => placed;
}

/** Labels are drawn on a light box so they stay readable over edges. */
function drawPlacedLabels(
  ctx: CanvasRenderingContext2D,
  labels: readonly PlacedLabel[],
  settings: { labelSize: number; labelWeight: string; labelFont: string },
): void {
  ctx.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  for (const l of labels) {
    if (l.leader) {
      // A label set a few lines away in a crowd: a thin line from its node to its nearer side.
      ctx.strokeStyle = "rgba(31,41,51,0.55)";
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(l.x, l.y);
      ctx.lineTo(l.left ? l.box.x + l.box.width : l.box.x, l.box.y + l.box.height / 2);
      ctx.stroke();
    }
    ctx.fillStyle = "rgba(255,255,255,0.85)";
    ctx.fillRect(l.box.x, l.box.y, l.box.width, l.box.height);
    ctx.fillStyle = "#1f2933";
    ctx.fillText(l.text, l.box.x + 2, l.box.y + l.box.height / 2 + settings.labelSize / 3);
  }
}

export interface Renderer {
  sigma: ClaimSigma;
  hidden(): Hidden;
  focusNode(key: string): void;
  /** The labels drawn in the last frame, with their boxes on screen (tests read them). */
  displayedLabels(): readonly PlacedLabel[];
  /** How much an entity's label matters now (labels.ts, plus the focus). */
  labelPriority(key: string): number;
  /** Stop drawing and listening (the page never drops its renderer today; a host that does calls this). */
  kill(): void;
}

export function createRenderer(container: HTMLElement, store: Store): Renderer {
  let hidden: Hidden = computeHidden(store.graph, store.state.filters);
  let sizes = new Map<string, number>();
  let curvatures = new Map<string, number>();
  // The neighbourhood in focus (hovered node, else selected node) and the edges in focus.
  let focusNode: string | null = null;
  let focusNeighbours = new Set<string>();
  let focusEdges: Set<string> | null = null;
  let focusEdgeEnds = new Set<string>();
  // Label importance (labels.ts), recomputed with the graph; the candidates sigma offers in a
  // frame are collected by its drawLabel hook, then placed by priority without overlaps.
  let priorities = labelPriorities(store.graph);
  let forced = new Set<string>();
  const computeForced = () => {
    forced = new Set(
      [...priorities]
        .filter(([, p]) => p > 0)
        .sort((a, b) => b[1] - a[1])
        .slice(0, FORCED_LABELS)
        .map(([k]) => k),
    );
  };
  computeForced();

  let secondary = new Set<string>();
  // Stories (colour by story), found when first asked for and again after the graph changes.
  let stories: Stories | null = null;
  const storiesOf = () => (stories ??= findStories(store.graph));
  const computeSizes = () => {
    sizes = new Map();
    const g = store.graph;
    secondary = secondaryClaimEdges(g);
    stories = null;
    g.forEachNode((key, a) => sizes.set(key, nodeSize(a.mentions, g.degree(key), g.order)));
    curvatures = edgeCurvatures(g, g.size > STRAIGHT_EDGES_FROM);
  };

  const computeFocus = () => {
    const { hoveredNode, selection, highlightedEdges } = store.state;
    const g = store.graph;
    focusNode = hoveredNode ?? (selection?.type === "node" ? selection.key : null);
    if (focusNode && !g.hasNode(focusNode)) focusNode = null;
    focusNeighbours = new Set(focusNode ? g.neighbors(focusNode) : []);
    focusEdges = null;
    if (!focusNode) {
      if (selection?.type === "edge" && g.hasEdge(selection.key)) {
        const claim = g.getEdgeAttribute(selection.key, "claim");
        focusEdges = new Set(g.filterOutEdges(g.source(selection.key), (_, a) => a.claim === claim));
      } else if (highlightedEdges) focusEdges = highlightedEdges;
    }
    focusEdgeEnds = new Set();
    if (focusEdges) for (const e of focusEdges) if (g.hasEdge(e)) g.extremities(e).forEach((n) => focusEdgeEnds.add(n));
  };

  computeSizes();
  computeFocus();

  const sigma: ClaimSigma = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(store.graph, container, {
    defaultEdgeType: "curvedArrow",
    edgeProgramClasses: {
      curvedArrow: EdgeCurvedArrowProgram as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>,
      arrow: EdgeArrowProgram as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>,
    },
    renderEdgeLabels: false,
    enableEdgeEvents: store.graph.size <= BIG_GRAPH_EDGES,
    hideEdgesOnMove: store.graph.size > STRAIGHT_EDGES_FROM,
    zIndex: true,
    labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    labelSize: 13,
    labelWeight: "500",
    ...labelSettings(store.graph.order),
    minCameraRatio: 0.05,
    maxCameraRatio: 10,
    stagePadding: 40,
    nodeReducer: (node, data) => {
      if (hidden.nodes.has(node)) return { ...data, hidden: true };
      const minor = (priorities.get(node) ?? 0) < 0;
      const res: Partial<NodeDisplayData> = {
        x: data.x,
        y: data.y,
        // A minor topic ("talks", a word of one claim) is labelled only in focus, and drawn small
        // and pale, so that the actors and the disputed issues stand out of a crowded graph.
        label: minor ? null : data.label,
        forceLabel: forced.has(node),
        size: (sizes.get(node) ?? 5) * (minor ? 0.6 : 1),
        color:
          minor && store.state.filters.colorBy === "kind"
            ? MINOR_TOPIC_COLOR
            : store.state.filters.colorBy === "story"
              ? storyColor(storiesOf().byNode.get(node))
              : (KIND_COLORS[data.kind] ?? "#999"),
        zIndex: minor ? 0 : 1,
      };
      const focusSet = focusNode ? focusNeighbours : focusEdges ? focusEdgeEnds : null;
      if (focusSet) {
        if (node === focusNode || (focusEdges && focusEdgeEnds.has(node))) {
          // (A halo for the entity in focus and the ends of one claim, not for every end of an
          // answer's claims: halos are drawn over the labels of their neighbours.)
          res.highlighted = node === focusNode || focusEdgeEnds.size <= FEW_ENDS;
          res.zIndex = 3;
          res.label = data.label;
          res.forceLabel = true;
        } else if (focusSet.has(node)) {
          res.zIndex = 2;
          res.label = data.label;
          res.forceLabel = true;
        } else {
          res.color = FADED_NODE;
          res.label = null;
          res.zIndex = 0;
        }
      }
      if (store.state.selection?.type === "node" && store.state.selection.key === node) res.highlighted = true;
      return res;
    },
    edgeReducer: (edge, data) => {
      if (hidden.edges.has(edge)) return { ...data, hidden: true } as Partial<EdgeDisplayData>;
      // One arrow per claim, unless the claim or an end of this edge is in focus.
      if (secondary.has(edge) && !focusEdges?.has(edge) && !(focusNode && store.graph.hasExtremity(edge, focusNode)))
        return { ...data, hidden: true } as Partial<EdgeDisplayData>;
      const curvature = curvatures.get(edge) ?? 0.12;
      const res: Partial<EdgeDisplayData> & { curvature?: number } = {
        color: STANCE_COLORS[data.stance] ?? "#aaa",
        size: 2.4,
        type: curvature ? "curvedArrow" : "arrow",
        curvature,
        zIndex: 1,
      };
      if (focusNode) {
        const [s, t] = store.graph.extremities(edge);
        if (s === focusNode || t === focusNode) {
          res.size = 3;
          res.zIndex = 2;
        } else {
          res.color = FADED_EDGE;
          res.zIndex = 0;
        }
      } else if (focusEdges) {
        if (focusEdges.has(edge)) {
          res.size = 3.2;
          res.zIndex = 2;
        } else {
          res.color = FADED_EDGE;
          res.zIndex = 0;
        }
      }
      return res;
    },
  });

  addAffiliationLayer(sigma, store);
  // The story's important actors first, the entities in focus before all.
  const labelPriority = (key: string) => {
    const inFocus = key === focusNode || focusNeighbours.has(key) || focusEdgeEnds.has(key);
    return (priorities.get(key) ?? 0) + (inFocus ? 1000 : 0) + (key === focusNode ? 1000 : 0);
  };
  const displayedLabels = installLabels(sigma, labelPriority);

  // Hover redraws every node and edge (the rest fades): skip it while the user drags the stage,
  // and on big graphs wait until the pointer rests on a node.
  let dragging = false;
  let hoverTimer: ReturnType<typeof setTimeout> | null = null;
  // While the stage is dragged nothing can be hovered, yet sigma looks for a node under the pointer
  // on every mouse move by reading a pixel back from the GPU, which waits for all drawing queued
  // before it (seconds per move with software WebGL). So its picking listener is detached during
  // a drag. (It is sigma's own handler; if a sigma version names it differently, nothing changes.)
  const captor = sigma.getMouseCaptor();
  const picking = (sigma as unknown as { activeListeners?: Record<string, (...args: never[]) => void> }).activeListeners?.handleMove;
  const onDown = () => {
    dragging = true;
    if (picking) captor.removeListener("mousemove", picking);
  };
  const onUp = () => {
    if (dragging && picking) captor.on("mousemove", picking);
    dragging = false;
  };
  container.addEventListener("mousedown", onDown);
  window.addEventListener("mouseup", onUp);
  const hoverLater = (node: string | null) => {
    if (hoverTimer) clearTimeout(hoverTimer);
    hoverTimer = null;
    if (store.graph.size <= 2000) return store.hover(node);
    hoverTimer = setTimeout(() => store.hover(node), 120);
  };
  sigma.on("enterNode", ({ node }) => {
    if (!dragging) hoverLater(node);
  });
  sigma.on("leaveNode", () => hoverLater(null));
  sigma.on("clickNode", ({ node }) => {
    if (!moved) store.select({ type: "node", key: node });
  });

  // Dragging a node moves it (and pins it: the layout leaves it where it was put), not the camera.
  // The page is told ("claimgraph:dragstart", "claimgraph:moved") to stop the layout and to save.
  let dragged: string | null = null;
  let moved = false;
  sigma.on("downNode", ({ node }) => {
    dragged = node;
    moved = false;
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  });
  captor.on("mousemovebody", (e) => {
    if (!dragged || !store.graph.hasNode(dragged)) return;
    if (!moved) container.dispatchEvent(new CustomEvent("claimgraph:dragstart", { bubbles: true }));
    moved = true;
    const p = sigma.viewportToGraph(e);
    store.graph.mergeNodeAttributes(dragged, { x: p.x, y: p.y, fixed: true });
    e.preventSigmaDefault();
    e.original.preventDefault();
    e.original.stopPropagation();
  });
  captor.on("mouseup", () => {
    if (dragged && moved) container.dispatchEvent(new CustomEvent("claimgraph:moved", { bubbles: true, detail: dragged }));
    dragged = null;
    setTimeout(() => (moved = false));
  });

  // The keyboard: arrows pan, + and - zoom, 0 fits the graph, n and p go through the labelled
  // entities (the most important first) and open each in the panel.
  container.tabIndex = 0;
  container.setAttribute("role", "application");
  container.setAttribute("aria-roledescription", "claims graph");
  container.setAttribute("aria-label", "Claims graph: arrows pan, + and - zoom, 0 fits, n and p go through the labelled entities");
  let cursor = -1;
  container.addEventListener("keydown", (e) => {
    const camera = sigma.getCamera();
    const step = 0.12 * camera.ratio;
    const pan: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const move = pan[e.key];
    if (move) {
      const [dx, dy] = move;
      camera.animate({ x: camera.x + dx, y: camera.y + dy }, { duration: 120 });
    } else if (e.key === "+" || e.key === "=") camera.animatedZoom({ duration: 200 });
    else if (e.key === "-") camera.animatedUnzoom({ duration: 200 });
    else if (e.key === "0") camera.animatedReset({ duration: 250 });
    else if (e.key === "n" || e.key === "p") {
      const labelled = [...displayedLabels()].sort((a, b) => b.priority - a.priority);
      if (!labelled.length) return;
      cursor = (cursor + (e.key === "n" ? 1 : labelled.length - 1)) % labelled.length;
      store.select({ type: "node", key: labelled[cursor]!.node });
    } else return;
    e.preventDefault();
  });
  sigma.on("clickEdge", ({ edge }) => store.select({ type: "edge", key: edge }));
  sigma.on("clickStage", () => store.select(null));
  sigma.on("enterEdge", () => container.classList.add("pointer"));
  sigma.on("leaveEdge", () => container.classList.remove("pointer"));

  const unsubscribe = store.subscribe((change) => {
    if (change === "graph") {
      if (sigma.getGraph() !== store.graph) sigma.setGraph(store.graph);
      sigma.setSetting("enableEdgeEvents", store.graph.size <= BIG_GRAPH_EDGES);
      sigma.setSetting("hideEdgesOnMove", store.graph.size > STRAIGHT_EDGES_FROM);
      for (const [k, v] of Object.entries(labelSettings(store.graph.order))) sigma.setSetting(k as "labelDensity", v);
      computeSizes();
      priorities = labelPriorities(store.graph);
      computeForced();
      hidden = computeHidden(store.graph, store.state.filters);
      computeFocus();
      cancelAnimationFrame(refreshFrame);
      sigma.refresh();
      return;
    }
    if (change === "filters") hidden = computeHidden(store.graph, store.state.filters);
    // A hover, a selection or an answer's highlight redraws on the next frame, once: an answer of
    // 10,000 claims re-runs the reducers of every edge, which must not hold up the answer's own
    // view (the timeline of 10,000 claims was 441 ms to draw with it, docs/explorer.md).
    cancelAnimationFrame(refreshFrame);
    refreshFrame = requestAnimationFrame(() => {
      computeFocus();
      sigma.refresh({ skipIndexation: true });
    });
  });
  let refreshFrame = 0;

  // The stage changes size when the query bar shows or hides answers, not only with the window.
  let resizeFrame = 0;
  const resizeObserver = new ResizeObserver(() => {
    cancelAnimationFrame(resizeFrame);
    resizeFrame = requestAnimationFrame(() => sigma.refresh({ skipIndexation: true }));
  });
  resizeObserver.observe(container);

  /** Move the camera so that these nodes fill the view, with a margin (none: the whole graph). */
  const fit = (nodes: Iterable<string>, duration = 450) => {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const n of nodes) {
      const d = sigma.getNodeDisplayData(n);
      if (!d || d.hidden) continue;
      [x0, y0, x1, y1] = [Math.min(x0, d.x), Math.min(y0, d.y), Math.max(x1, d.x), Math.max(y1, d.y)];
    }
    if (x0 === Infinity) return;
    // Display positions are in the framed graph's space, where the camera at ratio 1 shows it whole.
    const ratio = Math.min(1.2, Math.max(0.08, 1.35 * Math.max(x1 - x0, y1 - y0)));
    sigma.getCamera().animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, { duration });
  };
  // Selecting an entity shows it with all its neighbours, not a close-up that cuts them off.
  const focus = (key: string) => {
    if (!store.graph.hasNode(key)) return;
    const hiddenNodes = hidden.nodes;
    fit([key, ...store.graph.neighbors(key).filter((n) => !hiddenNodes.has(n))]);
  };
  // An answer's claims come into view: "what did McCarthy say" frames McCarthy and what he spoke
  // of, not the whole graph with them somewhere in it.
  // (Only for a new answer: the query bar answers again when a filter changes, and drawing who
  // speaks for whom must not move the view.)
  let lastFitted: ReadonlySet<string> = new Set();
  const fitHighlighted = () => {
    const edges = store.state.highlightedEdges;
    if (!edges?.size) return void (lastFitted = new Set());
    const same = edges.size === lastFitted.size && [...edges].every((e) => lastFitted.has(e));
    lastFitted = new Set(edges);
    if (same) return;
    requestAnimationFrame(() => {
      const ends = new Set<string>();
      for (const e of edges) if (store.graph.hasEdge(e)) for (const n of store.graph.extremities(e)) if (!hidden.nodes.has(n)) ends.add(n);
      if (ends.size && ends.size < store.graph.order - hidden.nodes.size) fit(ends, 400);
    });
  };
  // A filter that hides or shows entities re-centres the view on what it keeps (scattered dots
  // otherwise); one that changes only edges or drawing (a stance, who speaks for whom) does not.
  let lastHidden = new Set(hidden.nodes);
  store.subscribe((change) => {
    if (change === "graph") lastHidden = new Set(hidden.nodes);
    if (change === "highlight") return fitHighlighted();
    if (change !== "filters") return;
    const same = hidden.nodes.size === lastHidden.size && [...hidden.nodes].every((n) => lastHidden.has(n));
    lastHidden = new Set(hidden.nodes);
    if (same) return;
    requestAnimationFrame(() => {
      const visible = store.graph.filterNodes((n) => !hidden.nodes.has(n));
      if (visible.length && visible.length < store.graph.order) fit(visible, 350);
      else sigma.getCamera().animatedReset({ duration: 350 });
    });
  });

  return {
    sigma,
    hidden: () => hidden,
    focusNode: focus,
    displayedLabels,
    labelPriority,
    kill: () => {
      unsubscribe();
      resizeObserver.disconnect();
      container.removeEventListener("mousedown", onDown);
      window.removeEventListener("mouseup", onUp);
      sigma.kill();
    },
  };
}
