// Positions on an issue: who takes which stance on one target, side by side, with conflicts flagged.
// A conflict is between two different speakers on the same target:
//  - "opposite": one opposes what the other supports, proposes, demands or commits to;
//  - "competing": both put something forward (proposal, demand or commitment) and the contents differ
//    (Donbas: a demilitarized free economic zone proposed vs full Russian control demanded).
// Only claims that are mainly about the issue take part: the issue is their first target, or one
// of at most three. An extracted claim often names many entities in passing ("the leaders of the US,
// Russia, France..."), and two such claims do not make a dispute about each entity named.
import type { Stance } from "../../extraction/types.js";
import { normalizeName } from "../model.js";
import type { ClaimResult, EntityRef, QueryIndex } from "./claims.js";

/** One speaker's stance on the issue, with the claims that state it. */
export interface Position {
  speaker: EntityRef;
  stance: Stance;
  claims: ClaimResult[];
}

export type ConflictKind = "opposite" | "competing";

export interface Conflict {
  kind: ConflictKind;
  a: Position;
  b: Position;
  /** One sentence, e.g. "Volodymyr Zelenskyy proposes ... while Vladimir Putin demands ...". */
  reason: string;
}

export interface IssuePositions {
  issue: EntityRef;
  /** Distinct speakers with a position on the issue. */
  speakers: EntityRef[];
  positions: Position[];
  conflicts: Conflict[];
}

const PUTS_FORWARD: ReadonlySet<Stance> = new Set(["proposes", "demands", "commits"]);
const AGREES: ReadonlySet<Stance> = new Set(["supports", "proposes", "demands", "commits"]);

/** The positions taken on one target, optionally only those of some speakers. */
export function positionsOn(index: QueryIndex, target: string, speakers?: ReadonlySet<string>): IssuePositions {
  const groups = new Map<string, Position>();
  for (const claim of index.byTarget.get(target) ?? []) {
    if (speakers && !speakers.has(claim.speaker.key)) continue;
    const id = `${claim.speaker.key}\u0000${claim.stance}`;
    const group = groups.get(id);
    if (group) group.claims.push(claim);
    else groups.set(id, { speaker: claim.speaker, stance: claim.stance, claims: [claim] });
  }
  const positions = [...groups.values()];
  const speakerRefs = [...new Map(positions.map((p) => [p.speaker.key, p.speaker])).values()];
  return {
    issue: { key: target, label: index.names.labels.get(target) ?? target },
    speakers: speakerRefs,
    positions,
    conflicts: conflictsAmong(positions, target),
  };
}

/** Whether a claim is mainly about a target (see the header). */
export function isMainlyAbout(claim: ClaimResult, target: string): boolean {
  return claim.targets.length <= 3 ? claim.targets.some((t) => t.key === target) : claim.targets[0].key === target;
}

function conflictsAmong(positions: readonly Position[], target: string): Conflict[] {
  const conflicts: Conflict[] = [];
  const main = positions.map((p) => ({ ...p, claims: p.claims.filter((c) => isMainlyAbout(c, target)) }));
  for (let i = 0; i < positions.length; i++) {
    for (let j = i + 1; j < positions.length; j++) {
      const a = main[i];
      const b = main[j];
      if (a.speaker.key === b.speaker.key || !a.claims.length || !b.claims.length) continue;
      const kind = conflictKind(a, b);
      if (kind) conflicts.push({ kind, a: positions[i], b: positions[j], reason: reasonOf(kind, a, b) });
    }
  }
  return conflicts;
}

function conflictKind(a: Position, b: Position): ConflictKind | null {
  if ((a.stance === "opposes" && AGREES.has(b.stance)) || (b.stance === "opposes" && AGREES.has(a.stance))) return "opposite";
  if (PUTS_FORWARD.has(a.stance) && PUTS_FORWARD.has(b.stance)) {
    const contents = new Set(b.claims.map((c) => normalizeName(c.summary)));
    if (a.claims.some((c) => !contents.has(normalizeName(c.summary)))) return "competing";
  }
  return null;
}

function reasonOf(kind: ConflictKind, a: Position, b: Position): string {
  const say = (p: Position) => `${p.speaker.label} ${p.stance} "${p.claims[0].summary}"`;
  return kind === "opposite"
    ? `opposite stances: ${say(a)} while ${say(b)}`
    : `different proposals or demands: ${say(a)} while ${say(b)}`;
}

/**
 * Every issue that two or more speakers take positions on, the most disputed first
 * (conflicts, then speakers, then claims).
 */
export function contestedIssues(index: QueryIndex, options: { conflictsOnly?: boolean } = {}): IssuePositions[] {
  const issues: IssuePositions[] = [];
  for (const [target, claims] of index.byTarget) {
    const first = claims[0].speaker.key;
    if (!claims.some((c) => c.speaker.key !== first)) continue;
    const issue = positionsOn(index, target);
    if (!options.conflictsOnly || issue.conflicts.length) issues.push(issue);
  }
  return issues.sort(
    (x, y) =>
      y.conflicts.length - x.conflicts.length ||
      y.speakers.length - x.speakers.length ||
      claimCount(y) - claimCount(x) ||
      x.issue.label.localeCompare(y.issue.label),
  );
}

const claimCount = (issue: IssuePositions) => issue.positions.reduce((n, p) => n + p.claims.length, 0);

/**
 * Where two sides disagree: the targets both take positions on, with the conflicts between the two
 * sides only (each side is a set of node keys, e.g. every node named "Putin"). Issues with a
 * conflict come first.
 */
export function disagreementsBetween(index: QueryIndex, sideA: readonly string[], sideB: readonly string[]): IssuePositions[] {
  const a = new Set(sideA);
  const b = new Set(sideB);
  const targetsOf = (side: ReadonlySet<string>) => {
    const targets = new Set<string>();
    for (const key of side) for (const c of index.bySpeaker.get(key) ?? []) for (const t of c.targets) targets.add(t.key);
    return targets;
  };
  const targetsB = targetsOf(b);
  const both = new Set([...a, ...b]);
  const issues: IssuePositions[] = [];
  for (const target of targetsOf(a)) {
    if (!targetsB.has(target)) continue;
    const issue = positionsOn(index, target, both);
    issue.conflicts = issue.conflicts.filter(
      (c) => (a.has(c.a.speaker.key) && b.has(c.b.speaker.key)) || (b.has(c.a.speaker.key) && a.has(c.b.speaker.key)),
    );
    issues.push(issue);
  }
  return issues.sort((x, y) => y.conflicts.length - x.conflicts.length || x.issue.label.localeCompare(y.issue.label));
}

/** The claims of some issues, each once, in graph order. */
export function claimsOfIssues(issues: readonly IssuePositions[]): ClaimResult[] {
  const seen = new Set<ClaimResult>();
  for (const issue of issues) for (const p of issue.positions) for (const c of p.claims) seen.add(c);
  return [...seen].sort((x, y) => x.order - y.order);
}
