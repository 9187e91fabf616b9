// What a question or a pattern means, before it runs: the shared output of both parsers.
import type { ClaimQuery } from "./claims.js";

export type Plan =
  /** Claims matching a structured query. */
  | { kind: "claims"; query: ClaimQuery }
  /** Positions of every speaker on one issue (the node keys a name resolved to). */
  | { kind: "positions"; issue: string[] }
  /** Every issue two or more speakers take positions on; only those with a conflict if asked. */
  | { kind: "issues"; conflictsOnly: boolean }
  /** Where two sides (each the node keys of one name) disagree. */
  | { kind: "disagreements"; a: string[]; b: string[] }
  /**
   * Dated claims in date order with the changes of position: of some actors (null: every
   * speaker), on an issue or on anything (null), in a date range; only the changes if asked.
   */
  | { kind: "timeline"; actors: string[] | null; issue: string[] | null; changesOnly: boolean; from?: string; to?: string };

/** A name the parser could not resolve, with the closest known names. */
export interface UnknownName {
  text: string;
  suggestions: string[];
}

/** A parse that failed, saying how far it got. */
export interface ParseFailure {
  /** What was understood, in words: the shape of the question and the names and stances recognized. */
  understood: string;
  /** Why it failed, in one or two sentences. */
  message: string;
  unknown: UnknownName[];
}

export type ParseResult = { ok: true; plan: Plan } | ({ ok: false } & ParseFailure);
