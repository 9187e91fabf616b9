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
import { isMainlyAbout, type ClaimResult, type EntityRef, type QueryIndex } from "./claims.js";
import { AGREES, PUTS_FORWARD } from "./lexicon.js";
import { byDate, changesIn, type Change } from "./timeline.js";

export { isMainlyAbout };

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
  /** The conflicts, at most MAX_LISTED_CONFLICTS of them. */
  conflicts: Conflict[];
  /** How many conflicts there are in all (more than listed on a very disputed issue). */
  conflictCount: number;
  /**
   * Changes of one speaker's position on the issue over time (timeline.ts): two positions of one
   * speaker at different dates are a change, never a conflict with itself.
   */
  changes: Change[];
}

/** Conflicts listed per issue: a target of a 100,000-claim graph can have millions of pairs. */
export const MAX_LISTED_CONFLICTS = 100;

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
  const { conflicts, count } = conflictsAmong(positions, target);
  const only = new Set([target]);
  const changes = speakerRefs.flatMap((speaker) => {
    const claims = byDate(
      positions
        .filter((p) => p.speaker.key === speaker.key && p.stance !== "states")
        .flatMap((p) => p.claims)
        .filter((c) => c.date),
    );
    return claims.length > 1 ? changesIn(index, { actor: speaker, claims, undated: 0 }, only) : [];
  });
  return {
    issue: { key: target, label: index.names.labels.get(target) ?? target },
    speakers: speakerRefs,
    positions,
    conflicts,
    conflictCount: count,
    changes,
  };
}

/** A position reduced to its claims mainly about the issue, with what it puts forward as one key. */
interface Side {
  position: Position;
  main: ClaimResult[];
  /** The normalized summaries, sorted and joined: two sides with the same content do not compete. */
  content: string;
}

function conflictsAmong(positions: readonly Position[], target: string): { conflicts: Conflict[]; count: number } {
  const sides: Side[] = [];
  for (const position of positions) {
    if (position.stance === "states") continue; // statements never conflict
    const main = position.claims.filter((c) => isMainlyAbout(c, target));
    if (!main.length) continue;
    const content = PUTS_FORWARD.has(position.stance) ? [...new Set(main.map((c) => normalizeName(c.summary)))].sort().join("\u0001") : "";
    sides.push({ position, main, content });
  }
  const conflicts: Conflict[] = [];
  outer: for (let i = 0; i < sides.length; i++) {
    const one = sides[i]!;
    for (let j = i + 1; j < sides.length; j++) {
      const other = sides[j]!;
      const kind = conflictKind(one, other);
      if (!kind) continue;
      const [a, b] = [one.position, other.position];
      conflicts.push({ kind, a, b, reason: reasonOf(kind, { ...a, claims: one.main }, { ...b, claims: other.main }) });
      if (conflicts.length >= MAX_LISTED_CONFLICTS) break outer;
    }
  }
  return { conflicts, count: conflicts.length < MAX_LISTED_CONFLICTS ? conflicts.length : countConflicts(sides) };
}

function conflictKind(a: Side, b: Side): ConflictKind | null {
  if (a.position.speaker.key === b.position.speaker.key) return null;
  const [x, y] = [a.position.stance, b.position.stance];
  if ((x === "opposes" && AGREES.has(y)) || (y === "opposes" && AGREES.has(x))) return "opposite";
  if (PUTS_FORWARD.has(x) && PUTS_FORWARD.has(y) && a.content !== b.content) return "competing";
  return null;
}

/** The number of conflicting pairs without listing them, by counting within groups. */
function countConflicts(sides: readonly Side[]): number {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const tally = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  // Opposite: every opposing side against every agreeing side of another speaker.
  const agreeing = sides.filter((s) => AGREES.has(s.position.stance));
  const agreeingBySpeaker = new Map<string, number>();
  for (const s of agreeing) tally(agreeingBySpeaker, s.position.speaker.key);
  let count = 0;
  for (const s of sides) if (s.position.stance === "opposes") count += agreeing.length - (agreeingBySpeaker.get(s.position.speaker.key) ?? 0);
  // Competing: pairs of sides putting something forward, minus those of one speaker or one content
  // (inclusion-exclusion: pairs of one speaker and one content were subtracted twice).
  const forward = sides.filter((s) => PUTS_FORWARD.has(s.position.stance));
  const bySpeaker = new Map<string, number>();
  const byContent = new Map<string, number>();
  const byBoth = new Map<string, number>();
  for (const s of forward) {
    tally(bySpeaker, s.position.speaker.key);
    tally(byContent, s.content);
    tally(byBoth, `${s.position.speaker.key}\u0000${s.content}`);
  }
  const sum = (map: Map<string, number>) => [...map.values()].reduce((n, v) => n + pairs(v), 0);
  return count + pairs(forward.length) - sum(bySpeaker) - sum(byContent) + sum(byBoth);
}

function reasonOf(kind: ConflictKind, a: Position, b: Position): string {
  // A side has a claim mainly about the issue at least (conflictsAmong keeps no other).
  const say = (p: Position) => `${p.speaker.label} ${p.stance} "${p.claims[0]!.summary}"`;
  return kind === "opposite" ? `opposite stances: ${say(a)} while ${say(b)}` : `different proposals or demands: ${say(a)} while ${say(b)}`;
}

/**
 * Every issue that two or more speakers take positions on, the most disputed first
 * (conflicts, then speakers, then claims).
 */
export function contestedIssues(index: QueryIndex, options: { conflictsOnly?: boolean } = {}): IssuePositions[] {
  const issues: IssuePositions[] = [];
  for (const [target, claims] of index.byTarget) {
    const first = claims[0]?.speaker.key;
    if (!claims.some((c) => c.speaker.key !== first)) continue;
    const issue = positionsOn(index, target);
    if (!options.conflictsOnly || issue.conflictCount) issues.push(issue);
  }
  return issues.sort(
    (x, y) =>
      y.conflictCount - x.conflictCount || y.speakers.length - x.speakers.length || claimCount(y) - claimCount(x) || x.issue.label.localeCompare(y.issue.label),
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
    // Conflicts within one side (two nodes of one name) are not a disagreement between the sides.
    const across = issue.conflicts.filter((c) => (a.has(c.a.speaker.key) && b.has(c.b.speaker.key)) || (b.has(c.a.speaker.key) && a.has(c.b.speaker.key)));
    if (across.length < issue.conflicts.length) issue.conflictCount = across.length;
    issue.conflicts = across;
    issues.push(issue);
  }
  return issues.sort((x, y) => y.conflictCount - x.conflictCount || x.issue.label.localeCompare(y.issue.label));
}

/** The claims of some issues, each once, in graph order. */
export function claimsOfIssues(issues: readonly IssuePositions[]): ClaimResult[] {
  const seen = new Set<ClaimResult>();
  for (const issue of issues) for (const p of issue.positions) for (const c of p.claims) seen.add(c);
  return [...seen].sort((x, y) => x.order - y.order);
}
