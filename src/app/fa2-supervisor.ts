// ForceAtlas2 in a web worker, from graphology-layout-forceatlas2's own worker code and helpers,
// with one difference from its FA2LayoutSupervisor: the worker iterates as fast as it can, but
// positions are written into the graph (and so redrawn) at most every `applyEvery` ms. Writing
// 5,000 positions makes sigma re-process every node and edge, so doing it after each iteration
// would keep the main thread busy and the page unresponsive on big graphs. The pace also adapts to
// what a redraw really costs here (slow GPUs, software WebGL): redraws take at most ~1/4 of the time.
import { assignLayoutChanges, createWorker, graphToByteArrays } from "graphology-layout-forceatlas2/helpers.js";
import workerFunction from "graphology-layout-forceatlas2/webworker.js";
import DEFAULT_SETTINGS from "graphology-layout-forceatlas2/defaults.js";
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { ClaimGraph } from "../graph/model.js";

const PPN = 10; // numbers per node in the matrix (x, y, dx, dy, ...), as in graphology's helpers

export interface Tick {
  iterations: number;
  /** Mean distance a node moved per iteration since the last tick. */
  meanStep: number;
  /** Largest side of the bounding box of the positions. */
  extent: number;
}

export class FA2Supervisor {
  private worker: Worker | null = null;
  private nodes: Float32Array | null = null;
  private edges: Float32Array | null = null;
  private lastApplied: Float32Array | null = null;
  private lastApplyTime = 0;
  /** Measured cost of the last redraw (position update to the frame after it), ms. */
  private redrawCost = 0;
  private iterationsSinceApply = 0;
  private running = false;
  iterations = 0;
  private readonly settings: ForceAtlas2Settings;

  constructor(
    private graph: ClaimGraph,
    settings: ForceAtlas2Settings,
    private onTick: (tick: Tick) => void,
    private applyEvery = 100,
  ) {
    // The worker reads every setting: start from the package's defaults, as its own supervisor does.
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
  }

  isRunning(): boolean {
    return this.running;
  }

  /** Start from the graph's current positions (the structure may have changed since the last run). */
  start(): void {
    if (this.running) return;
    const m = graphToByteArrays(this.graph as never, () => 1);
    this.nodes = m.nodes;
    this.edges = m.edges;
    this.lastApplied = m.nodes.slice();
    this.lastApplyTime = performance.now();
    this.iterationsSinceApply = 0;
    this.worker ??= createWorker(workerFunction);
    this.worker.onmessage = (e: MessageEvent<{ nodes: ArrayBuffer }>) => this.receive(new Float32Array(e.data.nodes));
    this.running = true;
    this.ask(true);
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    // The matrix is in the worker until its answer comes; that answer is applied on arrival.
  }

  kill(): void {
    this.running = false;
    this.worker?.terminate();
    this.worker = null;
  }

  private ask(withEdges: boolean): void {
    const payload: { settings: ForceAtlas2Settings; nodes: ArrayBuffer; edges?: ArrayBuffer } = {
      settings: this.settings,
      nodes: this.nodes!.buffer as ArrayBuffer,
    };
    const transfer: ArrayBuffer[] = [payload.nodes];
    if (withEdges) {
      payload.edges = this.edges!.buffer as ArrayBuffer;
      transfer.push(payload.edges);
    }
    this.worker!.postMessage(payload, transfer);
  }

  private receive(nodes: Float32Array): void {
    this.nodes = nodes;
    this.iterations++;
    this.iterationsSinceApply++;
    const now = performance.now();
    const interval = Math.min(5000, Math.max(this.applyEvery, 4 * this.redrawCost));
    if (!this.running || now - this.lastApplyTime >= interval) this.apply(now);
    if (this.running) this.ask(false);
  }

  private apply(now: number): void {
    const nodes = this.nodes!;
    if (nodes.length !== this.graph.order * PPN) return; // the graph changed under us: next start rebuilds
    const prev = this.lastApplied!;
    let moved = 0;
    let minX = Infinity,
      maxX = -Infinity,
      minY = Infinity,
      maxY = -Infinity;
    for (let i = 0; i < nodes.length; i += PPN) {
      const x = nodes[i]!,
        y = nodes[i + 1]!;
      moved += Math.hypot(x - prev[i]!, y - prev[i + 1]!);
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    const t0 = performance.now();
    assignLayoutChanges(this.graph as never, nodes, null);
    // Main-thread cost of one position update (graph + sigma bookkeeping), for the speed script.
    performance.measure("layout-apply", { start: t0, end: performance.now() });
    // The frame after next has drawn the new positions: the time until then is the redraw's cost.
    requestAnimationFrame(() => requestAnimationFrame(() => (this.redrawCost = performance.now() - t0)));
    this.lastApplied = nodes.slice();
    this.lastApplyTime = now;
    const n = Math.max(1, nodes.length / PPN);
    const tick = { iterations: this.iterations, meanStep: moved / n / Math.max(1, this.iterationsSinceApply), extent: Math.max(maxX - minX, maxY - minY) };
    this.iterationsSinceApply = 0;
    this.onTick(tick);
  }
}
