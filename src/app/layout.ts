// Node positions: a readable start (kinds in their own sectors, new nodes next to a neighbour),
// then ForceAtlas2 in a web worker (FA2Supervisor), which never stops by itself: this module stops it
// when nodes barely move any more or after a time bound.
import forceAtlas2 from "graphology-layout-forceatlas2";
import { ENTITY_KINDS } from "../extraction/types.js";
import type { ClaimGraph } from "../graph/model.js";
import { findStories } from "../graph/stories.js";
import { FA2Supervisor, type Tick } from "./fa2-supervisor.js";

/** A deterministic pseudo-random number in [0, 1) from a string, so a layout start is reproducible. */
export function hashUnit(text: string, salt = 0): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}

const hasPosition = (a: { x?: unknown; y?: unknown }) => Number.isFinite(a.x) && Number.isFinite(a.y);

/**
 * Give every node without a position a start: next to an already placed neighbour when there is
 * one (so merged articles grow where they connect), otherwise in its kind's sector of a disc.
 * Returns how many nodes were placed.
 */
export function seedPositions(graph: ClaimGraph): number {
  let placedBefore = 0;
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  graph.forEachNode((_, a) => {
    if (!hasPosition(a)) return;
    placedBefore++;
    minX = Math.min(minX, a.x!);
    maxX = Math.max(maxX, a.x!);
    minY = Math.min(minY, a.y!);
    maxY = Math.max(maxY, a.y!);
  });
  const extent = placedBefore > 1 ? Math.max(maxX - minX, maxY - minY, 1) : 0;
  const radius = Math.max(10, Math.sqrt(graph.order) * 10, extent / 2);
  const cx = placedBefore ? (minX + maxX) / 2 : 0;
  const cy = placedBefore ? (minY + maxY) / 2 : 0;
  const sector = (2 * Math.PI) / ENTITY_KINDS.length;
  // A fresh graph of several stories starts with each story in its own region (graph/stories.ts),
  // so that ForceAtlas2 keeps apart what only a few shared actors tie together.
  const regions = placedBefore ? null : storyRegions(graph, radius);
  let placed = 0;
  graph.forEachNode((key, a) => {
    if (hasPosition(a)) return;
    const anchor = graph.neighbors(key).find((n) => hasPosition(graph.getNodeAttributes(n)));
    const r1 = hashUnit(key, 1),
      r2 = hashUnit(key, 2);
    let x: number, y: number;
    if (anchor) {
      const b = graph.getNodeAttributes(anchor);
      const step = radius / 8;
      x = b.x! + (r1 - 0.5) * step;
      y = b.y! + (r2 - 0.5) * step;
    } else if (regions?.has(key)) {
      const region = regions.get(key)!;
      const angle = 2 * Math.PI * r1;
      const r = region.r * Math.sqrt(r2);
      x = region.x + r * Math.cos(angle);
      y = region.y + r * Math.sin(angle);
    } else {
      const kindIndex = Math.max(0, ENTITY_KINDS.indexOf(a.kind));
      const angle = sector * (kindIndex + 0.1 + 0.8 * r1);
      // A fresh graph fills a disc; nodes new to a drawn graph start on its rim, not on top of it.
      const r = placedBefore ? radius * (1.05 + 0.25 * r2) : radius * (0.35 + 0.65 * Math.sqrt(r2));
      x = cx + r * Math.cos(angle);
      y = cy + r * Math.sin(angle);
    }
    graph.mergeNodeAttributes(key, { x, y });
    placed++;
  });
  return placed;
}

/**
 * The region of each node of a graph of several stories: the stories' centres on a circle (the
 * biggest first), each a disc sized by its entities. Null for a graph of one story.
 */
function storyRegions(graph: ClaimGraph, radius: number): Map<string, { x: number; y: number; r: number }> | null {
  const { stories, byNode } = findStories(graph);
  const big = stories.filter((s) => s.documents.length >= 2);
  if (big.length < 2) return null;
  const sizes = new Map<number, number>();
  for (const s of byNode.values()) sizes.set(s, (sizes.get(s) ?? 0) + 1);
  const total = [...sizes.values()].reduce((a, b) => a + b, 0) || 1;
  const centres = new Map<number, { x: number; y: number; r: number }>();
  stories.forEach((s, i) => {
    const angle = (2 * Math.PI * i) / stories.length;
    const share = Math.sqrt((sizes.get(s.index) ?? 1) / total);
    centres.set(s.index, { x: radius * Math.cos(angle), y: radius * Math.sin(angle), r: Math.max(radius * 0.08, radius * 0.9 * share) });
  });
  const out = new Map<string, { x: number; y: number; r: number }>();
  for (const [node, s] of byNode) out.set(node, centres.get(s)!);
  return out;
}

/** A few synchronous iterations, for small graphs, so the first frame is already untangled. */
export function quickLayout(graph: ClaimGraph, iterations = graph.order <= 100 ? 300 : 150): void {
  if (graph.order === 0 || graph.order > 400) return;
  forceAtlas2.assign(graph, { iterations, settings: layoutSettings(graph) });
}

// LinLog spreads the leaves of a hub (a speaker with many targets) instead of packing them into a
// tight ring: on the default data, no two nodes end closer than ~45 px at the default zoom,
// against ~50 pairs closer than 40 px with the plain settings.
function layoutSettings(graph: ClaimGraph) {
  return { ...forceAtlas2.inferSettings(graph), adjustSizes: false, linLogMode: true };
}

export interface LayoutOptions {
  /** Stop after this long whatever happens (ms). */
  maxDuration?: number;
  /** Stop when nodes move less than this fraction of the graph's extent per iteration... */
  settledRatio?: number;
  /** ...but not before this many iterations. */
  minIterations?: number;
  /** Redraw at most this often while the layout runs (ms): see FA2Supervisor. */
  applyEvery?: number;
}

/** ForceAtlas2 in a worker, with start/stop, and stopping by itself when settled or after a time bound. */
export class LayoutRunner {
  private supervisor: FA2Supervisor | null = null;
  private startedAt = 0;
  private startIterations = 0;
  private listeners: ((running: boolean) => void)[] = [];
  private readonly opts: Required<LayoutOptions>;

  constructor(
    private graph: ClaimGraph,
    opts: LayoutOptions = {},
  ) {
    this.opts = { maxDuration: 20000, settledRatio: 0.0005, minIterations: 60, applyEvery: 0, ...opts };
  }

  onChange(listener: (running: boolean) => void): void {
    this.listeners.push(listener);
  }

  isRunning(): boolean {
    return !!this.supervisor?.isRunning();
  }

  /** Use another graph (import, reset); the old worker is killed. */
  setGraph(graph: ClaimGraph): void {
    this.kill();
    this.graph = graph;
  }

  start(): void {
    if (this.graph.order < 2 || this.isRunning()) return;
    seedPositions(this.graph);
    // Bigger graphs redraw less often: each redraw re-processes every node and edge in sigma.
    const applyEvery = this.opts.applyEvery || (this.graph.size > 5000 ? 400 : this.graph.size > 1000 ? 100 : 30);
    this.supervisor?.kill();
    this.supervisor = new FA2Supervisor(this.graph, layoutSettings(this.graph), (tick) => this.tick(tick), applyEvery);
    this.supervisor.start();
    this.startedAt = performance.now();
    this.startIterations = 0;
    this.notify();
  }

  stop(): void {
    if (!this.supervisor?.isRunning()) return;
    this.supervisor.stop();
    this.notify();
  }

  toggle(): void {
    if (this.isRunning()) this.stop();
    else this.start();
  }

  kill(): void {
    const was = this.isRunning();
    this.supervisor?.kill();
    this.supervisor = null;
    if (was) this.notify();
  }

  /** The latest progress report of the worker (for the speed script and curious consoles). */
  lastTick: Tick | null = null;

  private tick(t: Tick): void {
    this.lastTick = t;
    if (!this.isRunning()) return;
    if (performance.now() - this.startedAt > this.opts.maxDuration) return this.stop();
    if (t.iterations - this.startIterations >= this.opts.minIterations && t.meanStep / Math.max(t.extent, 1e-9) < this.opts.settledRatio) this.stop();
  }

  private notify(): void {
    const running = this.isRunning();
    for (const l of this.listeners) l(running);
  }
}
