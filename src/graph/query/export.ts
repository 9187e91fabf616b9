// Results as flat rows, CSV and JSON: one format for the command line and the page.
import type { QueryAnswer } from "./ask.js";
import type { ClaimResult } from "./claims.js";
import type { Change } from "./timeline.js";

/** One claim as a table row: what the results table and the CSV show. */
export interface ResultRow {
  claim: string;
  speaker: string;
  /** The organization or country asked about that the speaker speaks for ("Russia" for Peskov), or "". */
  speaks_for: string;
  stance: string;
  target: string;
  addressee: string;
  summary: string;
  quote: string;
  evidence: string;
  document: string;
  date: string;
}

export const ROW_COLUMNS: readonly (keyof ResultRow)[] = [
  "speaker",
  "speaks_for",
  "stance",
  "target",
  "addressee",
  "summary",
  "quote",
  "evidence",
  "document",
  "date",
  "claim",
];

/** Claim id -> what its speaker speaks for in the answer (ClaimsAnswer.onBehalfOf). */
export type OnBehalfOf = Readonly<Record<string, { of: { label: string }; via: { label: string }; role: string }>>;

export function toRows(claims: readonly ClaimResult[], behalf: OnBehalfOf = {}): ResultRow[] {
  return claims.map((c) => ({
    claim: c.id,
    speaker: c.speaker.label,
    speaks_for: behalf[c.id]?.of.label ?? "",
    stance: c.stance,
    target: c.targets.map((t) => t.label).join("; "),
    addressee: c.addressee?.label ?? "",
    summary: c.summary,
    quote: c.quote ?? "",
    evidence: c.evidence.map((e) => e.text).join(" … "),
    document: c.documents.map((d) => d.title ?? d.id).join("; "),
    date: c.date ?? "",
  }));
}

// A cell starting with = + - @ is a formula to a spreadsheet; a leading apostrophe keeps it text.
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a header row. */
export function toCSV(claims: readonly ClaimResult[], behalf: OnBehalfOf = {}): string {
  const lines = [ROW_COLUMNS.join(",")];
  for (const row of toRows(claims, behalf)) lines.push(ROW_COLUMNS.map((k) => csvCell(row[k])).join(","));
  return lines.join("\r\n") + "\r\n";
}

/** The claims as JSON-ready objects (the internal sort key left out). */
export function toJSONClaims(claims: readonly ClaimResult[]): Omit<ClaimResult, "order">[] {
  return claims.map(({ order: _order, ...rest }) => rest);
}

/** A whole answer as JSON (what `npm run query -- --json` prints and the page exports). */
export function answerJSON(answer: QueryAnswer): object {
  const base = { input: answer.input, kind: answer.kind, understood: answer.understood, message: answer.message };
  switch (answer.kind) {
    case "error":
      return { ...base, unknown: answer.unknown };
    case "claims":
      return {
        ...base,
        pattern: answer.pattern,
        query: answer.query,
        count: answer.claims.length,
        claims: toJSONClaims(answer.claims),
        onBehalfOf: answer.onBehalfOf,
      };
    case "positions":
      return {
        ...base,
        issues: answer.issues.map((i) => ({
          issue: i.issue,
          speakers: i.speakers,
          positions: i.positions.map((p) => ({ speaker: p.speaker, stance: p.stance, claims: p.claims.map((c) => c.id) })),
          conflicts: i.conflicts.map((c) => ({ kind: c.kind, a: c.a.speaker, aStance: c.a.stance, b: c.b.speaker, bStance: c.b.stance, reason: c.reason })),
          changes: i.changes.map(changeJSON),
        })),
        count: answer.claims.length,
        claims: toJSONClaims(answer.claims),
      };
    case "timeline":
      return {
        ...base,
        from: answer.from,
        to: answer.to,
        rows: answer.rows.map((r) => ({ actor: r.actor, claims: r.claims.map((c) => c.id), undated: r.undated })),
        changes: answer.changes.map(changeJSON),
        count: answer.claims.length,
        claims: toJSONClaims(answer.claims),
        onBehalfOf: answer.onBehalfOf,
      };
  }
}

function changeJSON(c: Change): object {
  return {
    kind: c.kind,
    actor: c.actor,
    issue: c.issue,
    before: c.before?.id ?? null,
    beforeDate: c.before?.date ?? null,
    after: c.after.id,
    afterDate: c.after.date,
    reason: c.reason,
  };
}
