// Drawing an answer: what was understood, the message, then the claims table or the positions view.
// All text from the graph is set as text (h() creates text nodes), never as HTML.
import type { ClaimResult, IssuePositions, OnBehalfOf, QueryAnswer } from "../../graph/query/index.js";
import { STANCE_COLORS } from "../colors.js";
import { clear, h } from "../dom.js";
import { renderTimeline } from "./timeline-view.js";

export interface RenderOptions {
  pageSize: number;
  highlight(claimIds: string[] | null): void;
  selectNode?(key: string): void;
  /** Open a claim in the side panel (a row click, a mark of the timeline). */
  openClaim?(claim: ClaimResult): void;
  /** The date range filter of the page, set from the timeline's brush. */
  setDateRange?(from: string | null, to: string | null): void;
  dateRange?: { from: string | null; to: string | null };
  /** Run another query (a "did you mean" suggestion). */
  retry(text: string): void;
}

export function renderAnswer(output: HTMLElement, answer: QueryAnswer, options: RenderOptions): void {
  clear(output);
  output.append(header(answer));
  if (answer.kind === "error") {
    output.append(errorBlock(answer, options));
    return;
  }
  if (answer.message) output.append(h("p", { class: "query-message" }, answer.message));
  if (answer.kind === "claims") {
    if (answer.claims.length) output.append(claimsTable(answer.claims, options, answer.onBehalfOf));
  } else if (answer.kind === "timeline") {
    output.append(renderTimeline(answer, options));
    if (answer.claims.length) output.append(claimsTable(answer.claims, options, answer.onBehalfOf));
  } else {
    for (const issue of answer.issues) output.append(issueBlock(issue, options));
  }
}

function header(answer: QueryAnswer): HTMLElement {
  const count =
    answer.kind === "error"
      ? null
      : answer.kind === "claims" || answer.kind === "timeline"
        ? plural(answer.claims.length, "claim")
        : `${plural(answer.issues.length, "issue")}, ${plural(answer.claims.length, "claim")}`;
  return h(
    "p",
    { class: "query-understood" },
    h("span", { class: "muted" }, "Understood: "),
    answer.understood,
    answer.kind === "claims" ? h("code", { class: "query-pattern", title: "The same query in the pattern syntax" }, answer.pattern) : null,
    count ? h("span", { class: "query-count" }, count) : null,
  );
}

function errorBlock(answer: Extract<QueryAnswer, { kind: "error" }>, options: RenderOptions): HTMLElement {
  const block = h("div", { class: "query-error", role: "alert" }, h("p", {}, answer.message));
  const suggestions = answer.unknown.flatMap((u) => u.suggestions.map((s) => ({ typed: u.text, s })));
  if (suggestions.length) {
    const p = h("p", { class: "query-suggestions" }, "Did you mean: ");
    for (const { typed, s } of suggestions) {
      const button = h("button", { type: "button", class: "query-suggestion", "data-suggestion": s }, s);
      button.addEventListener("click", () => options.retry(replaceTyped(answer.input, typed, s)));
      p.append(button, " ");
    }
    block.append(p);
  }
  return block;
}

/** The input with the typed (unknown) name replaced by a suggestion, whatever its case. */
function replaceTyped(input: string, typed: string, suggestion: string): string {
  const at = input.toLowerCase().indexOf(typed.toLowerCase());
  return at < 0 ? input : input.slice(0, at) + suggestion + input.slice(at + typed.length);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function stanceBadge(stance: string): HTMLElement {
  const badge = h("span", { class: "query-stance" }, stance);
  const color = STANCE_COLORS[stance as keyof typeof STANCE_COLORS];
  if (color) badge.style.setProperty("--stance", color);
  return badge;
}

function nameLink(key: string, label: string, options: RenderOptions): HTMLElement {
  if (!options.selectNode) return h("span", {}, label);
  const button = h("button", { type: "button", class: "node-link", "data-node": key, title: `Show ${label} in the graph` }, label);
  button.addEventListener("click", (e) => {
    e.stopPropagation(); // a name click selects the entity, not the row
    options.selectNode!(key);
  });
  return button;
}

function evidenceText(c: ClaimResult): string {
  return c.quote ? `“${c.quote}”` : c.evidence.map((e) => e.text).join(" … ");
}

/** Table rows are selectable: a click (or Enter) highlights the claims of that row in the graph. */
function selectable(row: HTMLElement, claimIds: string[], options: RenderOptions, claim?: ClaimResult): HTMLElement {
  row.tabIndex = 0;
  row.setAttribute("aria-selected", "false");
  const choose = () => {
    row
      .closest(".query-output")
      ?.querySelectorAll("[aria-selected='true']")
      .forEach((r) => r.setAttribute("aria-selected", "false"));
    row.setAttribute("aria-selected", "true");
    options.highlight(claimIds);
    if (claim) options.openClaim?.(claim);
  };
  row.addEventListener("click", choose);
  row.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      choose();
    }
  });
  return row;
}

function claimsTable(claims: readonly ClaimResult[], options: RenderOptions, behalf: OnBehalfOf = {}): HTMLElement {
  const body = h("tbody", {});
  const table = h(
    "table",
    { class: "query-results" },
    h("thead", {}, h("tr", {}, ...["Speaker", "Stance", "Target", "Summary", "Evidence", "Document"].map((t) => h("th", { scope: "col" }, t)))),
    body,
  );
  const wrap = h("div", { class: "query-table-wrap" }, table);
  let shown = 0;
  const more = h("button", { type: "button", class: "query-more" });
  const showMore = () => {
    for (const c of claims.slice(shown, shown + options.pageSize)) body.append(claimRow(c, options, behalf));
    shown = Math.min(claims.length, shown + options.pageSize);
    more.textContent = `Show ${Math.min(options.pageSize, claims.length - shown)} more of ${claims.length - shown}`;
    more.hidden = shown >= claims.length;
  };
  more.addEventListener("click", showMore);
  showMore();
  wrap.append(more);
  return wrap;
}

function claimRow(c: ClaimResult, options: RenderOptions, behalf: OnBehalfOf): HTMLElement {
  const targets = h("td", { class: "targets" });
  c.targets.forEach((t, i) => targets.append(...(i ? [", "] : []), nameLink(t.key, t.label, options)));
  if (c.addressee) targets.append(h("span", { class: "muted" }, " to "), nameLink(c.addressee.key, c.addressee.label, options));
  const row = h(
    "tr",
    { "data-claim": c.id },
    h("td", { class: "speaker" }, nameLink(c.speaker.key, c.speaker.label, options), forWhom(behalf[c.id])),
    h("td", {}, stanceBadge(c.stance)),
    targets,
    h("td", { class: "summary" }, c.summary),
    h("td", { class: "evidence" }, evidenceText(c)),
    h("td", { class: "document" }, c.documents.map((d) => d.title ?? d.id).join("; "), c.date ? h("span", { class: "muted" }, ` ${c.date}`) : null),
  );
  return selectable(row, [c.id], options, c);
}

/** "for Russia (Kremlin spokesman)": a member's claim in an answer about what it speaks for. */
function forWhom(b: OnBehalfOf[string] | undefined): HTMLElement | null {
  if (!b) return null;
  const how = [b.via.label !== b.of.label ? b.via.label : "", b.role].filter(Boolean).join(" ");
  return h("span", { class: "speaks-for muted", "data-speaks-for": b.of.label }, ` for ${b.of.label}${how ? ` (${how})` : ""}`);
}

function issueBlock(issue: IssuePositions, options: RenderOptions): HTMLElement {
  const body = h("tbody", {});
  // Rows in pages, as in the claims table: a disputed target of a big graph has thousands.
  const rows = issue.positions.flatMap((p) => p.claims.map((c, i) => ({ p, c, first: i === 0 })));
  let shown = 0;
  const more = h("button", { type: "button", class: "query-more" });
  const showMore = () => {
    for (const { p, c, first } of rows.slice(shown, shown + options.pageSize)) {
      const row = h(
        "tr",
        { "data-claim": c.id },
        h("td", { class: "speaker" }, first ? nameLink(p.speaker.key, p.speaker.label, options) : ""),
        h("td", {}, first ? stanceBadge(p.stance) : ""),
        h("td", { class: "summary" }, c.summary),
        h("td", { class: "evidence" }, evidenceText(c)),
        h("td", { class: "document" }, c.documents.map((d) => d.title ?? d.id).join("; ")),
      );
      body.append(selectable(row, [c.id], options, c));
    }
    shown = Math.min(rows.length, shown + options.pageSize);
    more.textContent = `Show ${Math.min(options.pageSize, rows.length - shown)} more of ${rows.length - shown}`;
    more.hidden = shown >= rows.length;
  };
  more.addEventListener("click", showMore);
  showMore();
  const conflicts = h("ul", { class: "query-conflicts" });
  for (const c of issue.conflicts) {
    const li = h(
      "li",
      { class: `conflict ${c.kind}` },
      h("strong", {}, c.kind === "opposite" ? "Opposite stances" : "Different proposals or demands"),
      ": ",
      `${c.a.speaker.label} ${c.a.stance} “${c.a.claims[0]!.summary}” — ${c.b.speaker.label} ${c.b.stance} “${c.b.claims[0]!.summary}”`,
    );
    selectable(
      li,
      [...c.a.claims, ...c.b.claims].map((x) => x.id),
      options,
    );
    conflicts.append(li);
  }
  const title = h(
    "h3",
    {},
    nameLink(issue.issue.key, issue.issue.label, options),
    h("span", { class: "muted" }, ` — ${plural(issue.speakers.length, "speaker")}`),
    issue.conflictCount ? h("span", { class: "query-conflict-count" }, plural(issue.conflictCount, "conflict")) : null,
  );
  if (issue.conflictCount > issue.conflicts.length)
    conflicts.append(h("li", { class: "conflict more" }, `… and ${issue.conflictCount - issue.conflicts.length} more`));
  const changes = h("ul", { class: "query-changes" });
  for (const c of issue.changes) {
    const li = h("li", { class: `change ${c.kind}` }, h("strong", {}, "Change over time"), `: ${c.before?.date ?? "…"} → ${c.after.date}: ${c.reason}`);
    selectable(
      li,
      [c.before?.id, c.after.id].filter((x): x is string => !!x),
      options,
    );
    changes.append(li);
  }
  return h(
    "section",
    { class: "query-issue", "data-issue": issue.issue.key },
    title,
    h(
      "table",
      { class: "query-results positions" },
      h("thead", {}, h("tr", {}, ...["Speaker", "Stance", "Summary", "Evidence", "Document"].map((t) => h("th", { scope: "col" }, t)))),
      body,
    ),
    more,
    issue.conflicts.length ? conflicts : null,
    issue.changes.length ? changes : null,
  );
}
