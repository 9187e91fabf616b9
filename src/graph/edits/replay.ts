// Corrections that last: the recorded operations applied again after new articles were merged
// (a deleted false entity that an article brought back goes again, a merged-away name that came
// back as a node of its own is merged in, a renamed node is renamed again), and new operations
// (an edits file) applied and added to the log. An operation that cannot apply is reported and
// kept: a later article may bring back what it needs.
import type { ClaimGraph } from "../model.js";
import { forgetGraphIndexes } from "../model.js";
import { applyEdit, GraphEditor } from "./apply.js";
import type { EditOp, EditProblem, EditRequest } from "./operations.js";
import { prepareEdit, sameEdit, type PrepareOptions } from "./prepare.js";

/** The corrections recorded in the graph (the `edits` attribute), oldest first. */
export function editsOf(graph: ClaimGraph): readonly EditOp[] {
  return (graph.getAttribute("edits") as EditOp[] | undefined) ?? [];
}

export interface ReplayReport {
  /** Operations that changed the graph. */
  applied: number;
  /** Operations already in effect. */
  unchanged: number;
  /** Operations that could not apply, with why (they stay in the log). */
  problems: EditProblem[];
}

/**
 * Apply recorded operations again, in order (by default the graph's own log), after articles
 * were added. Idempotent: on a graph where they are all in effect, nothing changes. The log is
 * not changed. One pass over the graph builds the indexes; each operation then costs what it touches.
 */
export function replayEdits(graph: ClaimGraph, edits: readonly EditOp[] = editsOf(graph)): ReplayReport {
  const ed = new GraphEditor(graph);
  const report: ReplayReport = { applied: 0, unchanged: 0, problems: [] };
  edits.forEach((op, index) => {
    const outcome = applyEdit(ed, op);
    if (outcome.status === "applied") report.applied++;
    else if (outcome.status === "unchanged") report.unchanged++;
    else if (supersededLater(edits, index)) report.unchanged++;
    else report.problems.push({ index, op, reason: outcome.reason });
  });
  forgetGraphIndexes(graph);
  return report;
}

/**
 * Whether a later operation of the log took away what this one needs: a node renamed and then
 * merged into another or deleted, a claim changed and then deleted, or its document. On the
 * corrected graph itself such an operation cannot apply, and need not: its effect went with it.
 */
function supersededLater(edits: readonly EditOp[], index: number): boolean {
  const op = edits[index]!;
  const node = "node" in op && op.op !== "mergeNodes" && op.op !== "deleteNode" ? op.node : null;
  const claim = "claim" in op ? op : null;
  for (let j = index + 1; j < edits.length; j++) {
    const later = edits[j]!;
    if (
      node &&
      (later.op === "mergeNodes" || later.op === "deleteNode") &&
      ((node.key && later.node.key === node.key) || (!node.key && node.label === later.node.label))
    )
      return true;
    if (claim && later.op === "deleteClaim" && later.claim === claim.claim) return true;
    if (claim && later.op === "deleteDocument" && (later.doc === claim.span?.doc || claim.claim.startsWith(`${later.doc}#`))) return true;
  }
  return false;
}

export interface AddEditsReport extends ReplayReport {
  /** The operations added to the log (those that could not apply too). */
  added: EditOp[];
  /** Requests the log already held (the same file given again). */
  known: number;
}

/**
 * Apply new corrections (an edits file) and add them to the graph's log, each as recorded
 * (prepareEdit): applied now when it can be, reported in `problems` (index: its place in
 * `requests`) and kept in the log when it cannot. A request the log already holds is skipped.
 */
export function addEdits(graph: ClaimGraph, requests: readonly EditRequest[], options: Omit<PrepareOptions, "strict"> = {}): AddEditsReport {
  const ed = new GraphEditor(graph);
  const log = [...editsOf(graph)];
  const report: AddEditsReport = { applied: 0, unchanged: 0, problems: [], added: [], known: 0 };
  requests.forEach((request, index) => {
    if (log.some((op) => sameEdit(request, op))) return void report.known++;
    const op = prepareEdit(ed, request, { ...options, strict: false });
    const outcome = applyEdit(ed, op);
    if (outcome.status === "applied") report.applied++;
    else if (outcome.status === "unchanged") report.unchanged++;
    else report.problems.push({ index, op, reason: outcome.reason });
    log.push(op);
    report.added.push(op);
  });
  if (report.added.length) graph.setAttribute("edits", log);
  forgetGraphIndexes(graph);
  return report;
}
