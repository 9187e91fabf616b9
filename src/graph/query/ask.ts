// The query entry point: a question in English or a pattern in, an answer that always explains
// itself out (what was understood, and why nothing was found when nothing was).
import type { ClaimGraph } from "../model.js";
import {
  dateInRange,
  describeQuery,
  explainEmpty,
  onBehalfOf,
  plural,
  queryIndexFor,
  runQuery,
  type ClaimQuery,
  type ClaimResult,
  type EntityRef,
  type QueryIndex,
} from "./claims.js";
import { isPattern, parsePattern, toPattern } from "./pattern.js";
import type { Plan, UnknownName } from "./plan.js";
import { claimsOfIssues, contestedIssues, disagreementsBetween, positionsOn, type IssuePositions } from "./positions.js";
import { parseQuestion } from "./question.js";
import { timelineOf, type Change, type TimelineRow } from "./timeline.js";

interface AnswerBase {
  /** The question or pattern as typed. */
  input: string;
  /** What the input was read as, in words. */
  understood: string;
  /** An explanation to show with the results (why they are empty, what else to ask), or null. */
  message: string | null;
  /** The claims of the answer, in graph order (for a positions answer: the claims of its issues). */
  claims: ClaimResult[];
}

export interface ClaimsAnswer extends AnswerBase {
  kind: "claims";
  query: ClaimQuery;
  /** The same query in the pattern syntax. */
  pattern: string;
  /**
   * Claim id -> the asked speaker that the claim's speaker speaks for, when the query took in
   * members ("what does Russia want": Dmitry Peskov's claims are there for Russia, via the Kremlin).
   */
  onBehalfOf: Record<string, { of: EntityRef; via: EntityRef; role: string }>;
}

export interface PositionsAnswer extends AnswerBase {
  kind: "positions";
  issues: IssuePositions[];
}

export interface ErrorAnswer extends AnswerBase {
  kind: "error";
  message: string;
  /** Names that did not resolve, with "did you mean" suggestions. */
  unknown: UnknownName[];
}

/** Dated claims in date order, actor by actor, with the changes of position among them. */
export interface TimelineAnswer extends AnswerBase {
  kind: "timeline";
  /** The actors asked about, each with its dated claims in date order (those of its members marked). */
  rows: TimelineRow[];
  changes: Change[];
  /** As ClaimsAnswer's: claims of those who speak for an actor. */
  onBehalfOf: Record<string, { of: EntityRef; via: EntityRef; role: string }>;
  /** The range asked for, if any. */
  from: string | null;
  to: string | null;
  /** The first and last date of the whole timeline, kept when a date filter narrows the claims (the axis). */
  span: { first: string; last: string } | null;
}

export type QueryAnswer = ClaimsAnswer | PositionsAnswer | TimelineAnswer | ErrorAnswer;

const asArray = (v: string | readonly string[] | undefined): string[] => (v === undefined ? [] : typeof v === "string" ? [v] : [...v]);

/** Node keys with those who speak for them (organizations and countries have members). */
function withMembers(index: QueryIndex, keys: readonly string[]): string[] {
  const out = [...keys];
  for (const k of keys) for (const m of index.members.get(k) ?? []) if (!out.includes(m.key)) out.push(m.key);
  return out;
}

const indexOf = (source: ClaimGraph | QueryIndex): QueryIndex => ("claims" in source && "names" in source ? source : queryIndexFor(source as ClaimGraph));

/**
 * Longer than any question (the longest names of a graph are a few dozen characters): the name
 * matcher compares every span of the question with the graph's names, so a pasted paragraph
 * would take seconds to be told it is no question.
 */
export const MAX_QUESTION_LENGTH = 500;

/** Answer a question ("who proposed what") or a pattern ("?who -proposes-> ?what") on a graph. */
export function ask(source: ClaimGraph | QueryIndex, input: string): QueryAnswer {
  if (input.length > MAX_QUESTION_LENGTH) {
    const message = `The question is ${input.length} characters long; ask in at most ${MAX_QUESTION_LENGTH} (for example "what did Putin demand").`;
    return { kind: "error", input, understood: "nothing: too long", message, unknown: [], claims: [] };
  }
  const index = indexOf(source);
  const parsed = isPattern(input) ? parsePattern(index, input) : parseQuestion(index, input);
  if (!parsed.ok) return { kind: "error", input, understood: parsed.understood, message: parsed.message, unknown: parsed.unknown, claims: [] };
  return answerPlan(index, parsed.plan, input);
}

/** Run a structured query and wrap it as an answer. */
export function askStructured(source: ClaimGraph | QueryIndex, query: ClaimQuery): ClaimsAnswer {
  const index = indexOf(source);
  return answerPlan(index, { kind: "claims", query }, toPattern(index, query)) as ClaimsAnswer;
}

/** Carry out a parsed plan. */
export function answerPlan(index: QueryIndex, plan: Plan, input: string): QueryAnswer {
  const label = (k: string) => index.names.labels.get(k) ?? k;
  const names = (keys: readonly string[]) => keys.map(label).join(" / ");
  switch (plan.kind) {
    case "claims": {
      const claims = runQuery(index, plan.query);
      const behalf: ClaimsAnswer["onBehalfOf"] = {};
      for (const [id, { of, member }] of onBehalfOf(index, plan.query, claims))
        behalf[id] = { of, via: { key: member.via, label: label(member.via) }, role: member.role };
      const members = Object.keys(behalf).length;
      return {
        kind: "claims",
        input,
        understood: describeQuery(index, plan.query),
        pattern: toPattern(index, plan.query),
        query: plan.query,
        claims,
        onBehalfOf: behalf,
        message: claims.length
          ? members
            ? `${plural(members, "claim")} made by those who speak for ${names(asArray(plan.query.speaker))} (marked).`
            : null
          : explainEmpty(index, plan.query),
      };
    }
    case "positions": {
      const issues = plan.issue.map((key) => positionsOn(index, key));
      const taken = issues.filter((i) => i.positions.length);
      const spoken = plan.issue.reduce((n, k) => n + (index.bySpeaker.get(k)?.length ?? 0), 0);
      if (!taken.length && spoken) {
        // Nothing is said about it, but it says things: show those ("Zelenskyy" alone).
        const said = answerPlan(index, { kind: "claims", query: { speaker: plan.issue } }, input);
        return { ...said, message: `Nobody takes a position on ${names(plan.issue)}; these are the claims ${names(plan.issue)} makes.` };
      }
      let message: string;
      if (!taken.length) {
        message = `Nobody takes a position on ${names(plan.issue)}.`;
      } else if (taken.every((i) => i.speakers.length < 2)) {
        message = `Only ${taken.flatMap((i) => i.speakers.map((s) => s.label)).join(", ")} takes a position on ${names(plan.issue)}: no conflict is possible.`;
      } else {
        const conflicts = taken.reduce((n, i) => n + i.conflictCount, 0);
        message = conflicts ? `${plural(conflicts, "conflict")} flagged.` : "No conflict flagged.";
      }
      // A bare "Putin" may mean what Putin said: say how to ask that.
      // Positions were taken, so the issue has a key at least.
      if (taken.length && spoken) {
        const issue = label(plan.issue[0]!);
        message += ` ${issue} is also the speaker of ${plural(spoken, "claim")}: ask "what did ${issue} say".`;
      }
      return { kind: "positions", input, understood: `positions on ${names(plan.issue)}`, issues: taken, claims: claimsOfIssues(taken), message };
    }
    case "issues": {
      const issues = contestedIssues(index, { conflictsOnly: plan.conflictsOnly });
      const conflicts = issues.reduce((n, i) => n + i.conflictCount, 0);
      const message = issues.length
        ? `${plural(issues.length, "issue")} with ${plan.conflictsOnly ? "conflicting positions" : "positions of two or more speakers"}, ${plural(conflicts, "conflict")} flagged.`
        : plan.conflictsOnly
          ? "No conflict flagged: no two speakers take opposite stances or different proposals or demands on the same target."
          : "No issue has positions of two or more speakers.";
      return {
        kind: "positions",
        input,
        understood: plan.conflictsOnly ? "issues with conflicting positions" : "issues with positions of two or more speakers",
        issues,
        claims: claimsOfIssues(issues),
        message,
      };
    }
    case "disagreements": {
      const understood = `where ${names(plan.a)} and ${names(plan.b)} disagree`;
      // Each side with those who speak for it: Russia with Putin and Peskov, Ukraine with Zelenskyy.
      const sideA = withMembers(index, plan.a).filter((k) => !plan.b.includes(k));
      const sideB = withMembers(index, plan.b).filter((k) => !plan.a.includes(k) && !sideA.includes(k));
      if (plan.a.some((k) => plan.b.includes(k)))
        return {
          kind: "error",
          input,
          understood,
          message: `${names(plan.a)} and ${names(plan.b)} are the same entity: name two different sides.`,
          unknown: [],
          claims: [],
        };
      const common = disagreementsBetween(index, sideA, sideB);
      const conflicting = common.filter((i) => i.conflictCount);
      const others = common.filter((i) => !i.conflictCount).map((i) => i.issue.label);
      let message: string;
      let issues = conflicting;
      if (conflicting.length) {
        message =
          `${names(plan.a)} and ${names(plan.b)} disagree on ${conflicting.map((i) => i.issue.label).join(", ")}.` +
          (others.length ? ` Both also take positions on ${others.join(", ")}, without a flagged conflict.` : "");
      } else if (common.length) {
        issues = common;
        message = `No conflict flagged between ${names(plan.a)} and ${names(plan.b)}; both take positions on ${others.join(", ")}.`;
      } else {
        message = `${names(plan.a)} and ${names(plan.b)} take no position on a common target, so no disagreement can be found.`;
      }
      return { kind: "positions", input, understood, issues, claims: claimsOfIssues(issues), message };
    }
    case "timeline":
      return timelineAnswer(index, plan, input);
  }
}

function timelineAnswer(index: QueryIndex, plan: Extract<Plan, { kind: "timeline" }>, input: string): TimelineAnswer {
  const label = (k: string) => index.names.labels.get(k) ?? k;
  const names = (keys: readonly string[]) => keys.map(label).join(" / ");
  const t = timelineOf(index, { actors: plan.actors ?? undefined, issue: plan.issue ?? undefined, from: plan.from, to: plan.to });
  const range = plan.from && plan.from === plan.to ? ` in ${plan.from}` : `${plan.from ? ` from ${plan.from}` : ""}${plan.to ? ` until ${plan.to}` : ""}`;
  const on = plan.issue ? ` on ${names(plan.issue)}` : "";
  const understood = (plan.changesOnly ? "changes of position" : `positions over time of ${plan.actors ? names(plan.actors) : "every speaker"}`) + on + range;
  const behalf: TimelineAnswer["onBehalfOf"] = {};
  for (const [id, { of, member }] of t.onBehalfOf) behalf[id] = { of, via: { key: member.via, label: label(member.via) }, role: member.role };
  const changed = new Set(t.changes.flatMap((c) => [c.before, c.after]).filter((c) => c !== null));
  const claims = plan.changesOnly ? t.claims.filter((c) => changed.has(c)) : t.claims;
  const rows = plan.changesOnly ? t.rows.map((r) => ({ ...r, claims: r.claims.filter((c) => changed.has(c)) })).filter((r) => r.claims.length) : t.rows;
  const undated = t.rows.reduce((n, r) => n + r.undated, 0);
  let message: string;
  if (!t.claims.length) {
    message =
      `No dated claim${plan.actors ? ` of ${names(plan.actors)}` : ""}${on}${range}.` +
      (undated ? ` ${plural(undated, "claim")} have no date: give the articles a date to place them in time.` : "");
  } else {
    const span = t.first === t.last ? `on ${t.first}` : `from ${t.first} to ${t.last}`;
    message =
      `${plural(t.claims.length, "dated claim")} ${span}; ` +
      (t.changes.length ? `${plural(t.changes.length, "change")} of position flagged.` : "no change of position flagged.") +
      (undated ? ` ${plural(undated, "claim")} without a date left out.` : "");
  }
  return {
    kind: "timeline",
    input,
    understood,
    rows,
    changes: t.changes,
    claims,
    onBehalfOf: behalf,
    from: plan.from ?? null,
    to: plan.to ?? null,
    span: t.first && t.last ? { first: t.first, last: t.last } : null,
    message,
  };
}

/**
 * An answer kept to a date range (the page's date filter): claims outside it, and undated ones,
 * are left out and counted in the message; positions and rows left without a claim go.
 */
export function withinDates(answer: QueryAnswer, from: string | null, to: string | null): QueryAnswer {
  if (!from && !to) return answer;
  const range = `${from ?? "the start"} – ${to ?? "the end"}`;
  return keepClaims(answer, (c) => dateInRange(c.date, from ?? undefined, to ?? undefined), `Within the date range ${range}`, "outside it");
}

/**
 * An answer kept to the claims `keep` accepts (the page's filters), saying so: "Within the date
 * range …: 2 claims outside it left out", "Kept to the filters: 3 claims they hide left out".
 * Positions, rows, conflicts and changes left without their claims go.
 */
export function keepClaims(answer: QueryAnswer, keep: (c: ClaimResult) => boolean, what: string, outside: string): QueryAnswer {
  if (answer.kind === "error") return answer;
  const claims = answer.claims.filter(keep);
  const left = answer.claims.length - claims.length;
  const note = `${what}${left ? `: ${plural(left, "claim")} ${outside} left out` : ""}.`;
  const message = [answer.message, note].filter(Boolean).join(" ");
  switch (answer.kind) {
    case "claims":
      return { ...answer, claims, message };
    case "timeline":
      return {
        ...answer,
        claims,
        message,
        rows: answer.rows.map((r) => ({ ...r, claims: r.claims.filter(keep) })),
        changes: answer.changes.filter((c) => keep(c.after) && (!c.before || keep(c.before))),
      };
    case "positions": {
      const issues = answer.issues
        .map((i) => {
          const positions = i.positions.map((p) => ({ ...p, claims: p.claims.filter(keep) })).filter((p) => p.claims.length);
          const kept = new Set(positions.map((p) => `${p.speaker.key}\u0000${p.stance}`));
          const has = (p: { speaker: EntityRef; stance: string }) => kept.has(`${p.speaker.key}\u0000${p.stance}`);
          const conflicts = i.conflicts.filter((c) => has(c.a) && has(c.b));
          const speakers = i.speakers.filter((s) => positions.some((p) => p.speaker.key === s.key));
          const changes = i.changes.filter((c) => keep(c.after) && (!c.before || keep(c.before)));
          return { ...i, positions, speakers, conflicts, changes, conflictCount: conflicts.length === i.conflicts.length ? i.conflictCount : conflicts.length };
        })
        .filter((i) => i.positions.length);
      return { ...answer, issues, claims, message };
    }
  }
}
