// `claimgraph query [graph.json] "who proposed what" [--json | --csv] [--limit N]` (program.ts)
// Asks the claims graph a question (or a pattern) and prints a table, the positions view, or JSON.
import { existsSync } from "node:fs";
import { readTextFile } from "./files.js";
import { InputError } from "../extraction/input/index.js";
import { isStance, type Stance } from "../extraction/types.js";
import { GraphFormatError, importGraph } from "../graph/format.js";
import {
  ask,
  askStructured,
  buildQueryIndex,
  resolveName,
  answerJSON,
  toCSV,
  type ClaimQuery,
  type OnBehalfOf,
  type ClaimResult,
  type IssuePositions,
  type QueryAnswer,
  type QueryIndex,
  type TimelineAnswer,
  type Plan,
  answerPlan,
} from "../graph/query/index.js";
import { resolveDocument } from "../graph/query/pattern.js";
import { stanceOfWord, stancesOfWord } from "../graph/query/lexicon.js";

const DEFAULT_GRAPH = "data/graph.json";

/** The examples under `claimgraph query --help`: the question forms and patterns it understands. */
export const QUERY_HELP = `
The graph defaults to ${DEFAULT_GRAPH}.

Questions
  "who proposed what"                 "what did Zelenskyy propose"
  "who demands what"                  "who opposes Donbas" / "who supports X"
  "what did X say about Y"            "what did X say to Y"
  "where do X and Y disagree"         "positions on X"      "conflicts"
  "how did X's position change"       "who changed position on Y"
  "what did X say in June"            "what did X say about Y between May 1 and June 15"
  Names may be labels, aliases or surnames, in any case, with or without accents.
  Dates and documents: "... since 2025-12-01", "... in 2025", "... in document ID".

Timeline
  --timeline "Chicago Teachers Union" [--issue "wage offer"] [--from D] [--to D] [--json]
                                      the actor's dated claims (and, marked, those of
                                      its officials) in date order, changes flagged

Patterns
  "?who -proposes-> ?what"            every proposal
  "Zelenskyy -demands|proposes-> ?x"  two stances of one speaker
  "?x -opposes-> Donbas"              who opposes Donbas
  "Donbas <-demands- ?who"            the same, written from the target
  "?who --> ?what to:Trump"           anything addressed to Trump
  modifiers: to:NAME  in:DOCUMENT  from:DATE  until:DATE  (quote values with spaces)

Exit status: 0 when the question was answered (an empty answer says why),
1 when the graph file is missing or invalid, 2 for a usage error or a question
that cannot be understood.
`;

/** The options of `claimgraph query` (program.ts declares them). */
export interface QueryOptions {
  json?: boolean;
  csv?: boolean;
  limit?: string;
  positions?: string;
  issues?: boolean;
  conflicts?: boolean;
  speaker?: string;
  stance?: string;
  target?: string;
  addressee?: string;
  doc?: string;
  from?: string;
  to?: string;
  /** The dated claims of an actor in date order, with its changes of position. */
  timeline?: string;
  /** With --timeline: only the claims on this issue. */
  issue?: string;
}

export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** Terminal width for the table. */
  columns?: number;
}

const processOutput: Output = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  columns: process.stdout.columns,
};

/** `claimgraph query [graph.json] words...`: answer and print; returns the exit status. */
export async function runQuery(positionals: string[], values: QueryOptions, io: Output = processOutput): Promise<number> {
  const limit = values.limit === undefined ? 50 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0) {
    io.err(`query: --limit expects a whole number, not "${values.limit}"\n`);
    return 2;
  }

  // The graph is the first positional when it names a .json file, or a path that exists and a
  // question follows ("query articles/ 'who said what'" names a folder, not a question word).
  const first = positionals[0];
  const graphFirst = first !== undefined && (/\.json$/i.test(first) || (positionals.length > 1 && existsSync(first)));
  const file = graphFirst ? first : DEFAULT_GRAPH;
  const question = (graphFirst ? positionals.slice(1) : positionals).join(" ").trim();
  const structured = ["speaker", "stance", "target", "addressee", "doc", "from", "to"].some((k) => values[k as keyof typeof values] !== undefined);
  const modes = [
    question !== "",
    structured && values.timeline === undefined,
    values.positions !== undefined,
    values.issues || values.conflicts,
    values.timeline !== undefined,
  ].filter(Boolean).length;
  if (values.issue !== undefined && values.timeline === undefined) {
    io.err('query: --issue goes with --timeline (e.g. --timeline "Chicago Teachers Union" --issue "wage offer")\n');
    return 2;
  }
  if (modes !== 1) {
    io.err(
      `query: ${modes ? "ask one thing at a time: a question, a structured query, --positions, --issues or --timeline" : "ask a question"} (claimgraph query --help shows how)\n`,
    );
    return 2;
  }

  let text: string;
  try {
    text = await readTextFile(file);
  } catch (err) {
    if (err instanceof InputError) {
      io.err(`query: cannot read the graph: ${err.message}\n`);
      return 1;
    }
    const e = err as NodeJS.ErrnoException;
    const why =
      e.code === "ENOENT"
        ? "no such file"
        : e.code === "EISDIR"
          ? `it is a folder (to build a graph from the articles in it: npm run extract -- ${file} --out graph.json)`
          : e.code === "EACCES"
            ? "permission denied"
            : e.message;
    io.err(
      `query: cannot read the graph ${file}: ${why}` +
        (graphFirst ? "\n" : ` (name a graph file first, or run npm run extract -- data/articles --out ${DEFAULT_GRAPH})\n`),
    );
    return 1;
  }
  let index: QueryIndex;
  try {
    index = buildQueryIndex(importGraph(text));
  } catch (err) {
    if (!(err instanceof GraphFormatError)) throw err;
    io.err(`query: ${file}: ${err.message}\n`);
    return 1;
  }

  let answer: QueryAnswer;
  if (question) answer = ask(index, question);
  else if (values.positions !== undefined) answer = ask(index, `positions on ${values.positions}`);
  else if (values.issues || values.conflicts) answer = ask(index, values.conflicts ? "conflicts" : "positions");
  else if (values.timeline !== undefined) {
    const plan = timelinePlan(index, values);
    if (typeof plan === "string") {
      io.err(`query: ${plan}\n`);
      return 2;
    }
    answer = answerPlan(index, plan, `--timeline ${values.timeline}`);
  } else {
    const built = structuredQuery(index, values);
    if (typeof built === "string") {
      io.err(`query: ${built}\n`);
      return 2;
    }
    answer = askStructured(index, built);
  }

  if (values.json) {
    io.out(JSON.stringify(answerJSON(answer), null, 2) + "\n");
    return answer.kind === "error" ? 2 : 0;
  }
  if (answer.kind === "error") {
    io.err(`query: ${answer.message}\n  understood: ${answer.understood}\n`);
    return 2;
  }
  if (values.csv) {
    io.out(toCSV(answer.claims, answer.kind === "claims" || answer.kind === "timeline" ? answer.onBehalfOf : {}));
    return 0;
  }
  io.out(formatAnswer(answer, { limit, width: io.columns && io.columns > 60 ? io.columns : 160 }));
  return 0;
}

/** The plan of --timeline ACTOR [--issue NAME] [--from D] [--to D], or what is wrong with it. */
function timelinePlan(index: QueryIndex, v: QueryOptions): Plan | string {
  const keys = (option: "timeline" | "issue"): string[] | string => {
    const m = resolveName(index.names, String(v[option]));
    return m.ok ? m.keys : `--${option}: I do not know "${v[option]}"` + (m.suggestions.length ? `: did you mean ${m.suggestions.join(", ")}?` : "");
  };
  const actors = keys("timeline");
  if (typeof actors === "string") return actors;
  const issue = v.issue === undefined ? null : keys("issue");
  if (typeof issue === "string") return issue;
  for (const option of ["speaker", "stance", "target", "addressee", "doc"] as const)
    if (v[option] !== undefined) return `--${option} does not go with --timeline (use --issue, --from and --to)`;
  const plan: Plan = { kind: "timeline", actors, issue, changesOnly: false };
  for (const option of ["from", "to"] as const) {
    if (v[option] === undefined) continue;
    if (!/^\d{4}(-\d{2}){0,2}$/.test(String(v[option]))) return `--${option}: expects a date like 2025-12-29`;
    plan[option] = String(v[option]);
  }
  return plan;
}

/** A structured query from the command-line options, or what is wrong with them. */
function structuredQuery(index: QueryIndex, v: QueryOptions): ClaimQuery | string {
  const query: ClaimQuery = {};
  const names = (option: "speaker" | "target" | "addressee"): string[] | string => {
    const m = resolveName(index.names, String(v[option]));
    return m.ok ? m.keys : `--${option}: I do not know "${v[option]}"` + (m.suggestions.length ? `: did you mean ${m.suggestions.join(", ")}?` : "");
  };
  for (const option of ["speaker", "target", "addressee"] as const) {
    if (v[option] === undefined) continue;
    const keys = names(option);
    if (typeof keys === "string") return keys;
    query[option] = keys;
  }
  if (v.stance !== undefined) {
    const stances: Stance[] = [];
    for (const word of String(v.stance).split(/[,|]/)) {
      const s = stanceOfWord(word);
      if (!s) return `--stance: "${word}" is not a stance (states, proposes, demands, supports, opposes, commits)`;
      stances.push(...stancesOfWord(s).filter(isStance));
    }
    query.stance = [...new Set(stances)];
  }
  if (v.doc !== undefined) {
    const doc = resolveDocument(index, String(v.doc));
    if (!doc) return `--doc: no document "${v.doc}" (documents: ${[...index.documents.keys()].slice(0, 5).join(", ")})`;
    query.document = doc;
  }
  for (const option of ["from", "to"] as const) {
    if (v[option] === undefined) continue;
    if (!/^\d{4}(-\d{2}){0,2}$/.test(String(v[option]))) return `--${option}: expects a date like 2025-12-29`;
    query[option] = String(v[option]);
  }
  return query;
}

// --- Text output ------------------------------------------------------------------------------------

const clip = (s: string, n: number) => (s.length <= n ? s : n <= 1 ? "…" : s.slice(0, n - 1) + "…");
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** Words of `text` in lines of at most `width` characters, at most `max` lines (the last one clipped). */
function wrap(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && (line + " " + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > max) {
    const kept = lines.slice(0, max);
    kept[max - 1] = clip(kept[max - 1] + " " + lines.slice(max).join(" "), width);
    return kept;
  }
  return lines.map((l) => clip(l, width));
}

/** The claims as an aligned text table: speaker, stance, target, summary, evidence, document. */
export function formatTable(claims: readonly ClaimResult[], width = 160, behalf: OnBehalfOf = {}): string {
  const rows = claims.map((c) => [
    // "Dmitry Peskov (for Russia)": a member's claim in an answer about what it speaks for.
    behalf[c.id] ? `${c.speaker.label} (for ${behalf[c.id]!.of.label})` : c.speaker.label,
    c.stance,
    c.targets.map((t) => t.label).join("; ") + (c.addressee ? ` (to ${c.addressee.label})` : ""),
    oneLine(c.summary),
    // (A claim that several outlets' copies of one wire story carry: its words once, and how many documents.)
    oneLine(c.quote ? `“${c.quote}”` : [...new Set(c.evidence.map((e) => e.text))].join(" … ")),
    c.documents.length > 1 ? `${c.documents.length} documents: ${c.documents.map((d) => d.id).join("; ")}` : (c.documents[0]?.id ?? ""),
  ]);
  const header = ["speaker", "stance", "target", "summary", "evidence", "document"];
  // Fixed columns get what they need up to a cap; summary and evidence share the rest and wrap.
  const caps = [22, 8, 24, Infinity, Infinity, 20];
  const maxLines = [1, 1, 3, 4, 3, 1];
  // One width per column: header, caps, maxLines and each row have the same six columns.
  const widths = header.map((h, i) => Math.min(caps[i]!, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const [speakerW, stanceW, targetW, summaryW, evidenceW, documentW] = widths as [number, number, number, number, number, number];
  const gaps = 2 * (header.length - 1);
  const free = Math.max(40, width - gaps - speakerW - stanceW - targetW - documentW);
  widths[3] = Math.min(summaryW, Math.max(20, Math.floor(free * 0.45)));
  widths[4] = Math.min(evidenceW, free - widths[3]);
  const render = (cells: string[]) => {
    const wrapped = cells.map((c, i) => wrap(c, widths[i]!, maxLines[i]!));
    const height = Math.max(...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, k) =>
      wrapped
        .map((w, i) => (w[k] ?? "").padEnd(widths[i]!))
        .join("  ")
        .trimEnd(),
    ).join("\n");
  };
  return [render(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(render)].join("\n") + "\n";
}

/** Every position on an issue, side by side, with the conflicts under it. */
export function formatIssue(issue: IssuePositions, width = 140, limit = 0): string {
  const lines = [
    `■ ${issue.issue.label} — ${issue.speakers.length} speaker${issue.speakers.length === 1 ? "" : "s"}` +
      (issue.conflictCount ? `, ${issue.conflictCount} conflict${issue.conflictCount === 1 ? "" : "s"}` : ""),
  ];
  const speakerWidth = Math.min(24, Math.max(...issue.positions.map((p) => p.speaker.label.length)));
  let rows = 0;
  const total = issue.positions.reduce((n, p) => n + p.claims.length, 0);
  for (const p of issue.positions) {
    if (limit && rows >= limit) break;
    for (const [k, c] of p.claims.entries()) {
      if (limit && rows++ >= limit) break;
      const who = k ? "" : p.speaker.label;
      const stance = k ? "" : p.stance;
      lines.push(`  ${clip(who, speakerWidth).padEnd(speakerWidth)}  ${stance.padEnd(8)}  ${clip(oneLine(c.summary), width - speakerWidth - 14)}`);
      const evidence = c.evidence.map((e) => `“${oneLine(e.text)}” (${e.doc})`).join(" … ");
      lines.push(`  ${" ".repeat(speakerWidth + 10)}  ${clip(evidence, width - speakerWidth - 14)}`);
    }
  }
  if (limit && total > limit) lines.push(`  … ${total - limit} more claims on ${issue.issue.label} (--limit 0 for all)`);
  const conflicts = limit ? issue.conflicts.slice(0, limit) : issue.conflicts;
  for (const c of conflicts)
    lines.push(
      `  ⚠ ${c.kind === "opposite" ? "opposite stances" : "different proposals/demands"}: ${c.a.speaker.label} ${c.a.stance} vs ${c.b.speaker.label} ${c.b.stance}`,
    );
  if (issue.conflictCount > conflicts.length) lines.push(`  ⚠ … ${issue.conflictCount - conflicts.length} more conflicts`);
  for (const c of issue.changes) lines.push(`  ⇄ ${c.before?.date ?? "?"} → ${c.after.date} ${c.kind}: ${clip(c.reason, width - 40)}`);
  return lines.join("\n") + "\n";
}

/**
 * Each actor's dated claims in date order, its members' marked "(Dmitry Peskov for Russia)", a
 * change flagged under the claim that makes it; the changes again at the end.
 */
export function formatTimeline(answer: TimelineAnswer, width = 140, limit = 0): string {
  const lines: string[] = [];
  const changeOf = new Map(answer.changes.map((c) => [`${c.actor.key}\u0000${c.after.id}`, c]));
  let shown = 0;
  for (const row of answer.rows) {
    if (!row.claims.length) continue;
    lines.push(
      "",
      `■ ${row.actor.label} — ${row.claims.length} dated claim${row.claims.length === 1 ? "" : "s"}` +
        (row.undated ? ` (${row.undated} undated left out)` : ""),
    );
    for (const c of row.claims) {
      if (limit && shown++ >= limit) break;
      const behalf = answer.onBehalfOf[c.id];
      const by = behalf ? ` (${c.speaker.label} for ${behalf.of.label})` : "";
      const targets = c.targets.map((t) => t.label).join("; ");
      lines.push(`  ${c.date ?? "undated   "}  ${c.stance.padEnd(8)}  ${clip(oneLine(c.summary) + by + (targets ? ` [${targets}]` : ""), width - 24)}`);
      const change = changeOf.get(`${row.actor.key}\u0000${c.id}`);
      if (change) lines.push(`  ${" ".repeat(10)}  ⇄ ${clip(change.kind + ": " + change.reason, width - 16)}`);
    }
  }
  if (limit && answer.claims.length > limit) lines.push("", `… ${answer.claims.length - limit} more claims (--limit 0 for all)`);
  if (answer.changes.length) {
    lines.push("", `Changes of position (${answer.changes.length}):`);
    for (const c of answer.changes) lines.push(`  ${c.before?.date ?? "?"} → ${c.after.date}  ${c.kind.padEnd(10)}  ${clip(c.reason, width - 40)}`);
  }
  return lines.join("\n") + "\n";
}

export function formatAnswer(answer: Exclude<QueryAnswer, { kind: "error" }>, options: { limit?: number; width?: number } = {}): string {
  const { limit = 50, width = 140 } = options;
  const out: string[] = [];
  out.push(`Understood: ${answer.understood}` + (answer.kind === "claims" ? `   (pattern: ${answer.pattern})` : "") + "\n");
  if (answer.kind === "claims") {
    if (answer.claims.length) {
      const shown = limit ? answer.claims.slice(0, limit) : answer.claims;
      out.push("\n" + formatTable(shown, width, answer.onBehalfOf));
      out.push(
        `\n${answer.claims.length} claim${answer.claims.length === 1 ? "" : "s"}` +
          (shown.length < answer.claims.length ? `, ${shown.length} shown (--limit 0 for all, --json or --csv to export)` : "") +
          "\n",
      );
    }
  } else if (answer.kind === "timeline") {
    out.push(formatTimeline(answer, width, limit));
  } else {
    const shown = limit ? answer.issues.slice(0, limit) : answer.issues;
    for (const issue of shown) out.push("\n" + formatIssue(issue, width, limit));
    if (shown.length < answer.issues.length) out.push(`\n${answer.issues.length - shown.length} more issues (--limit 0 for all)\n`);
  }
  if (answer.message) out.push(`\n${answer.message}\n`);
  return out.join("");
}
