// Positions over time: an actor's dated claims in date order, and the changes among them.
// A change is between two claims of one actor on one issue made on different dates:
//  - "stance": the stance turns from agreeing to opposing or back
//    ("the union supports the deal" on May 2, "the union rejects the deal" on June 9);
//  - "proposal": a new proposal, demand or commitment on the issue with another content
//    ("the district offered 3%" on May 1, then "offered 4.5%" on May 20);
//  - "withdrawal": a claim that withdraws, drops or backs away from what came before
//    ("the district withdrew its offer"), whatever its stance.
// Claims of one date never change each other: one article reporting two proposals reports one
// position. A claim is on an issue when it is mainly about it (positions.ts: isMainlyAbout).
// An organization's timeline takes in, marked, the claims of those who speak for it (Peskov for
// the Kremlin, a spokeswoman for the district), as "what does Russia want" does.
import { normalizeName } from "../model.js";
import { dateInRange, isMainlyAbout, onBehalfOf, type ClaimResult, type EntityRef, type Member, type QueryIndex } from "./claims.js";
import { GENERIC_ISSUE_HEADS } from "../../extraction/lexicon/issues.js";
import { singular } from "../../extraction/text/inflection.js";
import { AGREES, PUTS_FORWARD, WITHDRAWAL } from "./lexicon.js";

export type ChangeKind = "stance" | "proposal" | "withdrawal";

export interface Change {
  kind: ChangeKind;
  /** The actor whose position changed (the asked organization for a claim of its spokesman). */
  actor: EntityRef;
  issue: EntityRef;
  /** The earlier claim; null for a withdrawal with nothing earlier on the issue in the graph. */
  before: ClaimResult | null;
  after: ClaimResult;
  /** One sentence naming both claims and both dates. */
  reason: string;
}

/** One actor's dated claims, in date order (graph order within a date). */
export interface TimelineRow {
  actor: EntityRef;
  claims: ClaimResult[];
  /** The actor's claims in the graph that have no date (left off the time axis, but counted). */
  undated: number;
}

export interface Timeline {
  rows: TimelineRow[];
  /** Every change of every row, in date order. */
  changes: Change[];
  /** The claims of all rows, each once, in date order. */
  claims: ClaimResult[];
  /** Claim id -> the actor it was made for, when its speaker speaks for that actor. */
  onBehalfOf: Map<string, { of: EntityRef; member: Member }>;
  /** The first and last date on the axis, or null when no claim is dated. */
  first: string | null;
  last: string | null;
}

export interface TimelineOptions {
  /** Node keys of the actors; absent: every speaker (of the issue, when one is given). */
  actors?: readonly string[];
  /** Node keys of the issue: only claims mainly about it. */
  issue?: readonly string[];
  /** ISO dates, inclusive, possibly partial. */
  from?: string;
  to?: string;
  /** Take in the claims of those who speak for an actor (default true). */
  members?: boolean;
}

/** The claims in date order, then graph order. */
export function byDate(claims: Iterable<ClaimResult>): ClaimResult[] {
  return [...claims].sort((a, b) => (a.date === b.date ? a.order - b.order : (a.date ?? "") < (b.date ?? "") ? -1 : 1));
}

/** The timeline of some actors (or of every speaker), optionally on one issue and in a date range. */
export function timelineOf(index: QueryIndex, options: TimelineOptions = {}): Timeline {
  const label = (k: string): EntityRef => ({ key: k, label: index.names.labels.get(k) ?? k });
  const issue = options.issue?.length ? new Set(options.issue) : null;
  const onIssue = (c: ClaimResult) => !issue || [...issue].some((k) => isMainlyAbout(c, k));
  const inRange = (c: ClaimResult) => dateInRange(c.date, options.from, options.to);

  // Each actor's claims: its own, and those of its members not asked for in their own right.
  const actors = options.actors ?? speakersOf(index, issue);
  const asked = new Set(actors);
  const behalf = new Map<string, { of: EntityRef; member: Member }>();
  const rows: TimelineRow[] = [];
  for (const actor of actors) {
    const own = index.bySpeaker.get(actor) ?? [];
    const members = options.members === false ? [] : (index.members.get(actor) ?? []).filter((m) => !asked.has(m.key));
    const theirs = members.flatMap((m) => index.bySpeaker.get(m.key) ?? []);
    if (theirs.length) for (const [id, b] of onBehalfOf(index, { speaker: actor, members: true }, theirs)) if (!behalf.has(id)) behalf.set(id, b);
    const all = [...own, ...theirs].filter(onIssue);
    const dated = all.filter((c) => c.date !== null && inRange(c));
    rows.push({ actor: label(actor), claims: byDate(new Set(dated)), undated: all.filter((c) => c.date === null).length });
  }
  const changes = sortChanges(rows.flatMap((r) => changesIn(index, r, issue)));
  const claims = byDate(new Set(rows.flatMap((r) => r.claims)));
  return { rows, changes, claims, onBehalfOf: behalf, first: claims[0]?.date ?? null, last: claims.at(-1)?.date ?? null };
}

/** Every speaker, the one with most claims first; of an issue, those with a claim mainly about it. */
function speakersOf(index: QueryIndex, issue: ReadonlySet<string> | null): string[] {
  const counts = new Map<string, number>();
  const claims = issue ? [...issue].flatMap((k) => (index.byTarget.get(k) ?? []).filter((c) => isMainlyAbout(c, k))) : index.claims;
  for (const c of claims) counts.set(c.speaker.key, (counts.get(c.speaker.key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k]) => k);
}

function sortChanges(changes: Change[]): Change[] {
  return changes.sort((a, b) => (a.after.date === b.after.date ? a.after.order - b.after.order : (a.after.date ?? "") < (b.after.date ?? "") ? -1 : 1));
}

/**
 * The changes in one row: per issue the row's claims mainly about it are walked in date order,
 * each compared with the claims of the latest earlier date that take a position (not "states").
 * Within one actor's timeline an issue is also followed across the names outlets give it: topics
 * whose labels share a head word are one issue ("a permanent ceasefire" in June, "the ceasefire
 * proposal" in August; "the Philadelphi Corridor", "Philadelphi"). A shared modifier is not
 * enough ("Israeli withdrawal", "Israeli troops").
 */
export function changesIn(index: QueryIndex, row: TimelineRow, only: ReadonlySet<string> | null = null): Change[] {
  const byIssue = new Map<string, { claims: ClaimResult[]; label: string; key: string }>();
  const file = (group: string, key: string, label: string, c: ClaimResult) => {
    const entry = byIssue.get(group);
    if (!entry) byIssue.set(group, { claims: [c], key, label });
    else if (entry.claims.at(-1) !== c) entry.claims.push(c);
  };
  for (const c of row.claims)
    for (const t of c.targets)
      if ((!only || only.has(t.key)) && isMainlyAbout(c, t.key) && t.key !== row.actor.key) {
        file(t.key, t.key, t.label, c);
        if (!only && isTopic(index, t.key)) for (const w of issueWords(index, t.label)) file(`\u0000${w}`, t.key, w, c);
      }
  const changes: Change[] = [];
  const seen = new Set<string>();
  const add = (change: Change) => {
    const id = change.kind === "withdrawal" ? change.after.id : `${change.before?.id}\u0000${change.after.id}`;
    if (seen.has(id)) return;
    seen.add(id);
    changes.push(change);
  };
  for (const [group, { claims, key, label }] of byIssue) {
    const topic = !group.startsWith("\u0000") ? isTopic(index, key) : true;
    let last: ClaimResult | null = null;
    // The positions of the latest earlier date (several claims on one date are one position).
    let settled: ClaimResult[] = [];
    let pending: ClaimResult[] = [];
    let pendingDate: string | null = null;
    for (const claim of claims) {
      if (claim.date !== pendingDate) {
        if (pending.length) settled = pending;
        pending = [];
        pendingDate = claim.date;
      }
      const issue = {
        key: group.startsWith("\u0000") ? (claim.targets.find((t) => issueWords(index, t.label).includes(label))?.key ?? key) : key,
        label: group.startsWith("\u0000") ? (claim.targets.find((t) => issueWords(index, t.label).includes(label))?.label ?? label) : label,
      };
      if (isWithdrawal(claim)) {
        const before = [...settled].reverse().find((c) => PUTS_FORWARD.has(c.stance)) ?? settled.at(-1) ?? last;
        add(describe("withdrawal", row.actor, issue, before && before.date !== claim.date ? before : null, claim));
      } else if (claim.stance !== "states") {
        const kind = changeKind(settled, claim, topic);
        if (kind) add(describe(kind.kind, row.actor, issue, kind.before, claim));
        pending.push(claim);
      }
      last = claim;
    }
  }
  return changes;
}

function isTopic(index: QueryIndex, key: string): boolean {
  return index.graph.hasNode(key) && index.graph.getNodeAttribute(key, "kind") === "topic";
}

const headsCache = new WeakMap<QueryIndex, Set<string>>();
const wordsCache = new Map<string, string[]>();

/** The head words of the graph's topics (last word, singular, not a generic head such as "deal"). */
function topicHeads(index: QueryIndex): Set<string> {
  let heads = headsCache.get(index);
  if (!heads) {
    heads = new Set();
    index.graph.forEachNode((_, a) => {
      if (a.kind !== "topic") return;
      const head = contentWords(a.label).at(-1);
      if (head) heads!.add(head);
    });
    headsCache.set(index, heads);
  }
  return heads;
}

/** The words of a topic's label that are the head of some topic of the graph: the issues it is about. */
function issueWords(index: QueryIndex, label: string): string[] {
  const heads = topicHeads(index);
  return contentWords(label).filter((w) => heads.has(w));
}

/** Lowercase singular words of a label, without generic heads, function words and short words. */
function contentWords(label: string): string[] {
  let out = wordsCache.get(label);
  if (!out) {
    out = normalizeName(label)
      .split(" ")
      .filter((w) => w.length >= 4 && !/\d/.test(w))
      .map(singular)
      .filter((w) => !GENERIC_ISSUE_HEADS.has(w));
    if (wordsCache.size > 50_000) wordsCache.clear();
    wordsCache.set(label, out);
  }
  return out;
}

/**
 * How a claim changes the earlier positions: a turn of stance, or (on an issue, not on a person
 * or country: a new demand made of Israel is no change of position on Israel) a new content.
 */
function changeKind(earlier: readonly ClaimResult[], claim: ClaimResult, onIssue: boolean): { kind: ChangeKind; before: ClaimResult } | null {
  if (!earlier.length) return null;
  const agrees = AGREES.has(claim.stance);
  const turned = earlier.filter((c) => AGREES.has(c.stance) !== agrees);
  // A turn only when every position of the earlier date was on the other side.
  if (turned.length === earlier.length) return { kind: "stance", before: turned.at(-1)! };
  if (!onIssue || !PUTS_FORWARD.has(claim.stance)) return null;
  const forward = earlier.filter((c) => PUTS_FORWARD.has(c.stance));
  if (!forward.length) return null;
  const content = normalizeName(claim.summary);
  if (forward.some((c) => normalizeName(c.summary) === content)) return null;
  return { kind: "proposal", before: forward.at(-1)! };
}

/** Whether a claim takes something back: "withdrew its offer", "dropped the demand", "backed away from". */
export function isWithdrawal(claim: ClaimResult): boolean {
  return WITHDRAWAL.test(claim.summary) || (claim.quote !== null && WITHDRAWAL.test(claim.quote.slice(0, 200)));
}

function describe(kind: ChangeKind, actor: EntityRef, issue: EntityRef, before: ClaimResult | null, after: ClaimResult): Change {
  const said = (c: ClaimResult) => `${c.stance} "${c.summary}" (${c.date})`;
  const reason =
    kind === "withdrawal"
      ? `${actor.label} withdraws on ${issue.label}: ${said(after)}` + (before ? `, after it ${said(before)}` : "")
      : kind === "stance"
        ? `${actor.label} turns on ${issue.label}: ${said(before!)}, then ${said(after)}`
        : `${actor.label} changes what it puts forward on ${issue.label}: ${said(before!)}, then ${said(after)}`;
  return { kind, actor, issue, before, after, reason };
}
