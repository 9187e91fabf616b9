// The user's corrections in the page: each is an operation of the graph layer (graph/edits),
// recorded in the graph (saved with it, exported with it, applied again after new articles),
// with undo and redo (buttons and Ctrl+Z / Ctrl+Shift+Z). The page only says what happened.
import { EditError, EditHistory, replayEdits, type EditOp, type EditRequest } from "../graph/edits/index.js";
import type { ClaimGraph } from "../graph/model.js";

export interface CorrectionsHost {
  graph(): ClaimGraph;
  /** The graph's data changed: redraw, re-index, refresh the panel. */
  changed(op: EditOp, how: "apply" | "undo" | "redo"): void;
  say(message: string, kind?: "info" | "error"): void;
}

export class Corrections {
  private history: EditHistory;
  private listeners: (() => void)[] = [];

  constructor(private readonly host: CorrectionsHost) {
    this.history = new EditHistory(host.graph(), { by: "explorer" });
  }

  /** Another graph is shown (an import, a reset, another tab's): its own history starts. */
  rebind(): void {
    if (this.history.graph !== this.host.graph()) this.history = new EditHistory(this.host.graph(), { by: "explorer" });
    this.notify();
  }

  /** Apply a correction; says what it did or why it could not. True when the graph changed. */
  apply(request: EditRequest): boolean {
    this.rebind();
    let op: EditOp | null;
    try {
      op = this.history.apply(request);
    } catch (err) {
      if (!(err instanceof EditError)) throw err;
      this.host.say(`Not changed: ${err.message}`, "error");
      return false;
    }
    if (!op) {
      this.host.say("Nothing to change: it is so already.");
      return false;
    }
    this.host.changed(op, "apply");
    this.host.say(`${inWords(op)}. Undo with Ctrl+Z.`);
    this.notify();
    return true;
  }

  undo(): void {
    const op = this.history.undo();
    if (!op)
      return void this.host.say(
        this.history.edits.length ? "Nothing to undo since the graph last changed otherwise (articles added or another graph loaded)." : "Nothing to undo.",
      );
    this.host.changed(op, "undo");
    this.host.say(`Undone: ${inWords(op)}.`);
    this.notify();
  }

  redo(): void {
    const op = this.history.redo();
    if (!op) return void this.host.say("Nothing to redo.");
    this.host.changed(op, "redo");
    this.host.say(`Redone: ${inWords(op)}.`);
    this.notify();
  }

  /**
   * New articles were merged: the corrections apply again (a merged name lands on its node, a
   * deleted entity goes again). Returns the sentence to add to the page's message, or "".
   */
  replay(): string {
    const report = replayEdits(this.host.graph());
    this.notify();
    if (!report.problems.length) return report.applied ? `${plural(report.applied, "correction")} applied to them.` : "";
    const listed = report.problems
      .slice(0, 3)
      .map((p) => `${inWords(p.op)} (${p.reason})`)
      .join("; ");
    return `${plural(report.problems.length, "earlier correction")} could not apply again and ${report.problems.length === 1 ? "is" : "are"} kept in the log: ${listed}${report.problems.length > 3 ? "; …" : ""}.`;
  }

  get canUndo(): boolean {
    return this.history.graph === this.host.graph() && this.history.canUndo;
  }
  get canRedo(): boolean {
    return this.history.graph === this.host.graph() && this.history.canRedo;
  }
  get nextUndo(): EditOp | null {
    return this.canUndo ? this.history.nextUndo : null;
  }
  get nextRedo(): EditOp | null {
    return this.canRedo ? this.history.nextRedo : null;
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** A correction in a sentence for the page: "Merged “Zelensky” into “Volodymyr Zelenskyy”". */
export function inWords(op: EditOp): string {
  const q = (s: string) => `“${s}”`;
  switch (op.op) {
    case "renameNode":
      return `Renamed ${q(op.node.label)} to ${q(op.label)}`;
    case "setNodeKind":
      return `${q(op.node.label)} is now a ${op.kind}`;
    case "mergeNodes":
      return `Merged ${q(op.node.label)} into ${q(op.into.label)}`;
    case "splitAlias":
      return `Split ${q(op.alias)} off ${q(op.node.label)}`;
    case "deleteNode":
      return `Deleted ${q(op.node.label)}`;
    case "setClaimStance":
      return `The claim now ${op.stance}`;
    case "setClaimSpeaker":
      return `The claim's speaker is now ${q(op.speaker.label)}`;
    case "setClaimTargets":
      return `The claim is now about ${op.targets.map((t) => q(t.label)).join(", ")}`;
    case "setClaimAddressee":
      return op.addressee ? `The claim is now addressed to ${q(op.addressee.label)}` : "The claim has no addressee now";
    case "deleteClaim":
      return "Deleted the claim";
    case "deleteDocument":
      return `Deleted the document ${q(op.doc)} and its claims`;
  }
}
