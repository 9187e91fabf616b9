// Undo and redo of corrections. Each step keeps a patch (every node and edge it touched as it
// was before, apply.ts) and the place in the graph's order of each one it removed, so that undo
// gives back the graph as it was, to the order of its nodes and edges (the same export, byte for
// byte). Redo applies the operation again.
import type { ClaimGraph } from "../model.js";
import { forgetGraphIndexes } from "../model.js";
import { applyEdit, EditError, GraphEditor, Patch } from "./apply.js";
import type { EditOp, EditRequest } from "./operations.js";
import { prepareEdit, type PrepareOptions } from "./prepare.js";
import { editsOf } from "./replay.js";

interface Step {
  op: EditOp;
  patch: Patch;
  /** The edits log before the step (undefined: the graph had none). */
  edits: EditOp[] | undefined;
  /** Where each touched node and edge that existed stood in the graph's order. */
  nodeOrder: Map<string, number>;
  edgeOrder: Map<string, number>;
}

/**
 * The corrections of one graph, with undo and redo. `apply` records the operation in the graph's
 * log (the `edits` attribute, saved with the graph); `undo` takes the last one back (out of the
 * log too), `redo` applies it again.
 *
 * Undo and redo follow the corrections made through this history. When the graph changed
 * otherwise since (articles added, another graph loaded), the steps are forgotten: the
 * corrections stay in the log, and `replayEdits` applies them again after new articles.
 */
export class EditHistory {
  private done: Step[] = [];
  private undone: EditOp[] = [];
  private seen: unknown[];

  constructor(
    readonly graph: ClaimGraph,
    private readonly options: Omit<PrepareOptions, "strict"> = {},
  ) {
    this.seen = this.state();
  }

  /** The recorded corrections, oldest first. */
  get edits(): readonly EditOp[] {
    return editsOf(this.graph);
  }

  get canUndo(): boolean {
    return this.done.length > 0 && this.unchangedOutside();
  }

  get canRedo(): boolean {
    return this.undone.length > 0 && this.unchangedOutside();
  }

  /** The operation `undo` would take back, `redo` would apply again. */
  get nextUndo(): EditOp | null {
    return this.canUndo ? this.done[this.done.length - 1]!.op : null;
  }
  get nextRedo(): EditOp | null {
    return this.canRedo ? this.undone[this.undone.length - 1]! : null;
  }

  /**
   * Apply a correction and record it. Returns the recorded operation, or null when it changes
   * nothing (nothing is recorded). Throws EditError when it cannot apply (the graph is unchanged).
   */
  apply(request: EditRequest): EditOp | null {
    this.sync();
    const ed = new GraphEditor(this.graph);
    const op = prepareEdit(ed, request, { ...this.options, strict: true });
    if (!this.run(op, ed)) return null;
    this.undone = [];
    return op;
  }

  /** Take the last correction back; returns it (null when there is none to undo). */
  undo(): EditOp | null {
    if (!this.canUndo) return null;
    const step = this.done.pop()!;
    restore(this.graph, step);
    this.undone.push(step.op);
    this.settle();
    return step.op;
  }

  /** Apply again the last correction undone; returns it (null when there is none). */
  redo(): EditOp | null {
    if (!this.canRedo) return null;
    const op = this.undone.pop()!;
    this.run(op, new GraphEditor(this.graph));
    return op;
  }

  /** Forget the steps (the corrections stay in the graph's log). */
  clear(): void {
    this.done = [];
    this.undone = [];
    this.seen = this.state();
  }

  private run(op: EditOp, ed: GraphEditor): boolean {
    const g = this.graph;
    const nodesBefore = g.nodes();
    const edgesBefore = g.edges();
    ed.patch = new Patch();
    const outcome = applyEdit(ed, op);
    if (outcome.status === "problem") throw new EditError(outcome.reason);
    if (outcome.status === "unchanged") return false;
    const edits = g.getAttribute("edits") as EditOp[] | undefined;
    g.setAttribute("edits", [...(edits ?? []), op]);
    const nodeOrder = new Map<string, number>();
    const edgeOrder = new Map<string, number>();
    nodesBefore.forEach((k, i) => ed.patch!.nodes.has(k) && nodeOrder.set(k, i));
    edgesBefore.forEach((k, i) => ed.patch!.edges.has(k) && edgeOrder.set(k, i));
    this.done.push({ op, patch: ed.patch, edits, nodeOrder, edgeOrder });
    this.settle();
    return true;
  }

  /** What tells that the graph was changed by something else than this history. */
  private state(): unknown[] {
    const g = this.graph;
    return [g.order, g.size, g.getAttribute("documents"), g.getAttribute("documents").length, g.getAttribute("edits")];
  }

  private unchangedOutside(): boolean {
    const now = this.state();
    return now.every((v, i) => v === this.seen[i]);
  }

  private sync(): void {
    if (!this.unchangedOutside()) this.clear();
  }

  private settle(): void {
    forgetGraphIndexes(this.graph);
    this.seen = this.state();
  }
}

/** The graph as it was before a step: touched edges and nodes as they were, in their places. */
function restore(g: ClaimGraph, step: Step): void {
  const { patch } = step;
  const readd: string[] = [];
  for (const [key, before] of patch.edges) {
    const exists = g.hasEdge(key);
    if (before && exists && g.source(key) === before.source && g.target(key) === before.target) g.replaceEdgeAttributes(key, before.attributes);
    else {
      if (exists) g.dropEdge(key);
      if (before) readd.push(key);
    }
  }
  for (const [key, before] of patch.nodes) {
    if (!before) {
      if (g.hasNode(key)) g.dropNode(key);
    } else if (g.hasNode(key)) {
      // The layout goes on meanwhile: a node keeps where it is drawn now.
      const current = g.getNodeAttributes(key);
      const attrs = { ...before };
      for (const k of ["x", "y"] as const) if (k in attrs && k in current) attrs[k] = current[k];
      g.replaceNodeAttributes(key, attrs);
    } else {
      g.addNode(key, before);
    }
  }
  for (const key of readd) {
    const before = patch.edges.get(key)!;
    g.addDirectedEdgeWithKey(key, before.source, before.target, before.attributes);
  }
  if (patch.documents) g.setAttribute("documents", patch.documents);
  if (step.edits) g.setAttribute("edits", step.edits);
  else g.removeAttribute("edits");
  reorder(g, step);
}

/**
 * `current` with the keys of `places` put back where they stood: the other keys never moved
 * relative to each other, so filling the places in order rebuilds the old order.
 */
function inPlace(current: readonly string[], places: ReadonlyMap<string, number>): string[] {
  const rest = current.filter((k) => !places.has(k));
  const sorted = [...places].sort((a, b) => a[1] - b[1]);
  const out: string[] = [];
  let i = 0;
  for (const [key, at] of sorted) {
    while (out.length < at && i < rest.length) out.push(rest[i++]!);
    out.push(key);
  }
  while (i < rest.length) out.push(rest[i++]!);
  return out;
}

const sameOrder = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((k, i) => k === b[i]);

/**
 * Put nodes and edges back in their old order where the step moved them (an edge re-attached
 * or removed and restored is last in graphology's insertion order): re-inserted in order.
 */
function reorder(g: ClaimGraph, step: Step): void {
  const nodeKeys = g.nodes();
  const nodeOrder = step.nodeOrder.size ? inPlace(nodeKeys, step.nodeOrder) : nodeKeys;
  const edgeKeys = g.edges();
  const edgeOrder = step.edgeOrder.size ? inPlace(edgeKeys, step.edgeOrder) : edgeKeys;
  const nodesMoved = !sameOrder(nodeKeys, nodeOrder);
  if (!nodesMoved && sameOrder(edgeKeys, edgeOrder)) return;
  const edges = edgeOrder.map((key) => ({ key, source: g.source(key), target: g.target(key), attributes: g.getEdgeAttributes(key) }));
  if (nodesMoved) {
    const nodes = nodeOrder.map((key) => [key, g.getNodeAttributes(key)] as const);
    g.clear();
    for (const [key, a] of nodes) g.addNode(key, a);
  } else g.clearEdges();
  for (const e of edges) g.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
}
