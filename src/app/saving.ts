// When and what the explorer saves (persist.ts stores it). What this tab did since it last read
// the stored graph is kept as operations, so that when another tab saved in between, the save
// is a merge and not an overwrite: the articles added here are merged into the other tab's graph
// (the same article twice is recognized, graph/model.ts), and that graph becomes this tab's.
// An import or a reset replaces the graph on purpose: it then wins, and the user is told what
// the other tab had added. Nothing is saved while the stored graph could not be read (until the
// user downloads it or starts over), nor in a shared ?data= view.
import type { ExtractionResult } from "../extraction/types.js";
import { exportGraph, importGraph } from "../graph/format.js";
import { consolidateGraph, mergeDocument, MergeError, type ClaimGraph } from "../graph/model.js";
import { addEdits, editsOf, replayEdits } from "../graph/edits/index.js";
import * as persist from "./persist.js";

export interface SaverHost {
  graph(): ClaimGraph;
  /** Show `graph` instead of the current one (the stored graph, with this tab's changes). */
  adopt(graph: ClaimGraph): void;
  say(message: string, kind?: "info" | "error"): void;
}

/** A stored graph that cannot be read: kept as it is until the user decides. */
export interface Unreadable {
  raw: unknown;
  reason: string;
}

const DEBOUNCE_MS = 300;

export class Saver {
  /** The stored version this tab's graph is based on. */
  private base: number;
  /** Articles merged here since `base`. */
  private added: ExtractionResult[] = [];
  /** The graph was replaced here since `base` (an import, a reset). */
  private replaced = false;
  /** Corrections were made here since `base`. */
  private edited = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> = Promise.resolve();
  /** Set while there are changes not yet stored (or never to be stored, in a shared view). */
  dirty = false;

  constructor(
    private readonly host: SaverHost,
    base: number,
    /** The stored graph could not be read: saving waits for the user. */
    public blocked: Unreadable | null,
    /** A shared ?data= view: never saved. */
    private readonly ephemeral: boolean,
  ) {
    this.base = base;
    if (!ephemeral) persist.onSavedElsewhere((version) => void this.savedElsewhere(version));
  }

  /** Articles were merged into the graph. */
  noteAdded(results: readonly ExtractionResult[]): void {
    this.added.push(...results);
    this.schedule();
  }

  /** The graph was replaced (an import, a reset). */
  noteReplaced(): void {
    this.replaced = true;
    this.added = [];
    this.schedule();
  }

  /** A correction was applied, undone or redone: saved; merged into another tab's graph by its log. */
  noteEdited(): void {
    this.edited = true;
    this.schedule();
  }

  /** Something else changed (positions after a layout): saved, but merges nothing. */
  noteChanged(): void {
    this.schedule();
  }

  /** The user chose to drop the unreadable stored graph: saving resumes. */
  unblock(): void {
    this.blocked = null;
    this.schedule();
  }

  /** Resolves once what was scheduled is stored. */
  async saved(): Promise<void> {
    while (this.timer) await new Promise((r) => setTimeout(r, DEBOUNCE_MS));
    await this.writing;
  }

  private schedule(): void {
    this.dirty = true;
    if (this.ephemeral) return;
    if (this.blocked) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.writing = this.writing.then(() => this.write());
    }, DEBOUNCE_MS);
  }

  private async write(): Promise<void> {
    try {
      this.base = await persist.save(this.base, (newer) => this.merged(newer));
      this.dirty = !!this.timer;
    } catch (err) {
      this.host.say(
        `Could not save in the browser (${err instanceof Error ? err.message : err}); your changes are still on this page: export them to keep them.`,
        "error",
      );
    }
  }

  /**
   * What to store, at the moment of storing (this runs with no await, so no change slips in):
   * this tab's graph, or the graph another tab stored since with this tab's articles merged in.
   */
  private merged(newer: { graph: unknown; version: number } | null): object {
    const added = this.added;
    const replaced = this.replaced;
    this.added = [];
    this.replaced = false;
    this.edited = false;
    if (!newer) return exportGraph(this.host.graph());
    let other: ClaimGraph;
    try {
      other = importGraph(newer.graph);
    } catch {
      // Another tab stored what this version cannot read: this tab's graph is the one to keep.
      return exportGraph(this.host.graph());
    }
    if (replaced) {
      const lost = other.getAttribute("documents").length;
      this.host.say(
        `Another tab had saved a graph of ${lost} article${lost === 1 ? "" : "s"} meanwhile; your import or reset here replaced it. Export from that tab to keep its version.`,
        "error",
      );
      return exportGraph(this.host.graph());
    }
    const failed: string[] = [];
    const docIds: string[] = [];
    for (const r of added) {
      try {
        const report = mergeDocument(other, r);
        if (!report.duplicateOf) docIds.push(report.docId);
      } catch (err) {
        if (err instanceof MergeError) failed.push(err.message);
        else throw err;
      }
    }
    if (docIds.length) consolidateGraph(other, docIds);
    // This tab's corrections go along: those the other graph lacks are applied to it and logged
    // (a correction that cannot apply there is kept in its log and named).
    const corrections = addEdits(other, editsOf(this.host.graph()));
    if (corrections.problems.length)
      failed.push(`${corrections.problems.length} of your corrections could not apply to the other tab's graph (kept in its log)`);
    if (corrections.added.length) replayEdits(other);
    this.host.adopt(other);
    if (failed.length) this.host.say(`Merged with another tab's changes, but ${failed.join("; ")}.`, "error");
    else if (added.length || corrections.added.length) this.host.say(`Saved, together with the changes another tab made meanwhile.`);
    return exportGraph(other);
  }

  /** Another tab saved: show its graph, unless this tab has changes of its own to merge into it. */
  private async savedElsewhere(version: number): Promise<void> {
    if (version <= this.base || this.blocked) return;
    if (this.added.length || this.replaced || this.edited || this.timer) return this.schedule();
    await this.writing;
    const stored = await persist.load();
    if (stored.kind !== "graph" || stored.version <= this.base) return;
    try {
      const graph = importGraph(stored.graph);
      this.base = stored.version;
      this.host.adopt(graph);
      this.host.say("Updated with the changes saved in another tab.");
    } catch {
      // What another tab stored cannot be read here (a newer version of the page): keep this graph.
    }
  }
}
