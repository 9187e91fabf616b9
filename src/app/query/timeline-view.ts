// The timeline of an answer: actors as rows, a time axis, each dated claim a mark in its stance's
// colour and glyph (the stance is never told by colour alone), the changes of position flagged
// and listed. Dragging across the axis brushes a date range, which filters the graph, the panel
// and the queries (the page keeps it in the URL). All text is set as text, never as HTML.
import type { Change, ClaimResult, TimelineAnswer } from "../../graph/query/index.js";
import { STANCE_COLORS, STANCE_GLYPHS } from "../../graph/palette.js";
import { h } from "../dom.js";

export interface TimelineViewOptions {
  /** Highlight claims in the graph (null clears). */
  highlight(claimIds: string[] | null): void;
  /** Open one claim in the side panel. */
  openClaim?(claim: ClaimResult): void;
  selectNode?(key: string): void;
  /** The date range filter; called with nulls to clear it. */
  setDateRange?(from: string | null, to: string | null): void;
  /** The range in force, to draw it on the axis. */
  dateRange?: { from: string | null; to: string | null };
}

/** Rows drawn at first: a whole-graph timeline has hundreds of speakers. */
const FIRST_ROWS = 30;
/** Changes listed at first. */
const CHANGES_PAGE = 50;
const DAY = 86_400_000;

/** Milliseconds of an ISO date ("2025", "2025-05" and "2025-05-11" alike: their first day). */
const toDay = (iso: string) => Date.parse(`${[...iso.slice(0, 10).split("-"), "01", "01"].slice(0, 3).join("-")}T00:00:00Z`);
const toIso = (t: number) => new Date(t).toISOString().slice(0, 10);

export function renderTimeline(answer: TimelineAnswer, options: TimelineViewOptions): HTMLElement {
  const rows = answer.rows.filter((r) => r.claims.length);
  const section = h("section", { class: "timeline", "aria-label": "Timeline of the claims" });
  if (!rows.length && !answer.span) return section;
  // The axis spans the whole timeline, even when a date range keeps only some of its claims.
  const dates = [...rows.flatMap((r) => [r.claims[0]!.date!, r.claims.at(-1)!.date!]), ...(answer.span ? [answer.span.first, answer.span.last] : [])].sort();
  const first = toDay(dates[0]!);
  const last = toDay(dates.at(-1)!);
  // A margin of a day each side, so that marks at the ends are not cut in half.
  const start = first - DAY;
  const span = Math.max(2 * DAY, last - first + 2 * DAY);
  const at = (iso: string) => ((toDay(iso) - start) / span) * 100;
  const changed = new Map<string, Change>();
  for (const c of answer.changes) changed.set(c.after.id, c);

  const axis = h("div", { class: "tl-axis", "aria-hidden": "true" });
  for (const t of ticks(start, span)) axis.append(h("span", { class: "tl-tick", style: `left:${((t - start) / span) * 100}%` }, toIso(t)));
  const brush = h("div", { class: "tl-brush", hidden: true });
  const tracks = h("div", { class: "tl-rows" });
  const body = h("div", { class: "tl-body" }, axis, tracks, brush);
  section.append(body);

  let drawn = 0;
  const drawRows = (n: number) => {
    for (const row of rows.slice(drawn, drawn + n)) {
      const track = h("div", { class: "tl-track" });
      // One mark per date and stance: a day with many claims stays one mark with a count.
      const marks = new Map<string, ClaimResult[]>();
      for (const c of row.claims) {
        const key = `${c.date}\u0000${c.stance}`;
        const list = marks.get(key);
        if (list) list.push(c);
        else marks.set(key, [c]);
      }
      for (const claims of marks.values()) {
        const c = claims[0]!;
        const change = claims.map((x) => changed.get(x.id)).find(Boolean);
        const title =
          `${c.date} · ${c.stance}${claims.length > 1 ? ` · ${claims.length} claims` : ""}: ${claims.map((x) => x.summary).join(" | ")}` +
          (change ? `\n⇄ ${change.reason}` : "");
        const mark = h(
          "button",
          {
            type: "button",
            class: `tl-mark${change ? " changed" : ""}`,
            "data-stance": c.stance,
            "data-date": c.date ?? "",
            "data-claims": claims.map((x) => x.id).join(" "),
            title,
            "aria-label": title,
            style: `left:${at(c.date!)}%;--stance:${STANCE_COLORS[c.stance]}`,
          },
          STANCE_GLYPHS[c.stance],
          claims.length > 1 ? h("sub", {}, String(claims.length)) : null,
        );
        mark.addEventListener("click", () => {
          options.highlight(claims.map((x) => x.id));
          options.openClaim?.(c);
        });
        track.append(mark);
      }
      const name = options.selectNode
        ? h(
            "button",
            { type: "button", class: "node-link tl-actor", "data-node": row.actor.key, title: `Show ${row.actor.label} in the graph` },
            row.actor.label,
          )
        : h("span", { class: "tl-actor" }, row.actor.label);
      if (options.selectNode) name.addEventListener("click", () => options.selectNode!(row.actor.key));
      tracks.append(h("div", { class: "tl-row", "data-actor": row.actor.key }, name, track));
    }
    drawn = Math.min(rows.length, drawn + n);
    more.hidden = drawn >= rows.length;
    more.textContent = `Show ${Math.min(FIRST_ROWS, rows.length - drawn)} more of ${rows.length - drawn} actors`;
  };
  const more = h("button", { type: "button", class: "query-more tl-more" });
  more.addEventListener("click", () => drawRows(FIRST_ROWS));
  section.append(more);
  drawRows(FIRST_ROWS);

  // The date range: drawn on the axis, set by dragging across the tracks, cleared by a button.
  const range = options.dateRange;
  const showBrush = (from: string | null, to: string | null) => {
    if (!from && !to) return void (brush.hidden = true);
    const a = Math.max(0, from ? at(from) : 0);
    const b = Math.min(100, to ? at(to) : 100);
    brush.hidden = false;
    brush.style.left = `calc(var(--tl-label) + (100% - var(--tl-label)) * ${a / 100})`;
    brush.style.width = `calc((100% - var(--tl-label)) * ${Math.max(0.3, b - a) / 100})`;
  };
  if (range) showBrush(range.from, range.to);
  if (options.setDateRange) {
    const dateAt = (clientX: number) => {
      const box = (tracks.querySelector(".tl-track") ?? axis).getBoundingClientRect();
      const f = Math.min(1, Math.max(0, (clientX - box.left) / box.width));
      return toIso(start + f * span);
    };
    let anchor: string | null = null;
    body.addEventListener("pointerdown", (e) => {
      if ((e.target as HTMLElement).closest("button")) return;
      anchor = dateAt(e.clientX);
      body.setPointerCapture(e.pointerId);
    });
    body.addEventListener("pointermove", (e) => {
      if (anchor === null) return;
      const here = dateAt(e.clientX);
      showBrush(anchor < here ? anchor : here, anchor < here ? here : anchor);
    });
    body.addEventListener("pointerup", (e) => {
      if (anchor === null) return;
      const here = dateAt(e.clientX);
      const [from, to] = anchor < here ? [anchor, here] : [here, anchor];
      anchor = null;
      if (from !== to) options.setDateRange!(from, to);
    });
    const clearRange = h("button", { type: "button", class: "tl-clear-range" }, "Clear the date range");
    clearRange.hidden = !range?.from && !range?.to;
    clearRange.addEventListener("click", () => options.setDateRange!(null, null));
    section.append(
      h("p", { class: "tl-hint muted" }, "Drag across the timeline to keep only the claims of those dates, in the graph and in the answers. ", clearRange),
    );
  }

  if (answer.changes.length) {
    const list = h("ol", { class: "tl-changes", "aria-label": "Changes of position" });
    // In pages, as the claims table: a busy actor of a big graph has thousands of changes.
    let listed = 0;
    const moreChanges = h("button", { type: "button", class: "query-more tl-more-changes" });
    const listMore = () => {
      for (const c of answer.changes.slice(listed, listed + CHANGES_PAGE)) {
        const li = h(
          "li",
          { class: `tl-change ${c.kind}`, tabindex: 0, "data-change": c.kind },
          h("strong", {}, c.kind === "stance" ? "Turn" : c.kind === "proposal" ? "New proposal" : "Withdrawal"),
          ` ${c.before?.date ?? "…"} → ${c.after.date}: `,
          c.reason,
        );
        const choose = () => {
          options.highlight([c.before?.id, c.after.id].filter((x): x is string => !!x));
          options.openClaim?.(c.after);
        };
        li.addEventListener("click", choose);
        li.addEventListener("keydown", (e) => {
          if (e.key === "Enter") choose();
        });
        list.append(li);
      }
      listed = Math.min(answer.changes.length, listed + CHANGES_PAGE);
      moreChanges.hidden = listed >= answer.changes.length;
      moreChanges.textContent = `Show ${Math.min(CHANGES_PAGE, answer.changes.length - listed)} more of ${answer.changes.length - listed} changes`;
    };
    moreChanges.addEventListener("click", listMore);
    listMore();
    section.append(h("h4", {}, `Changes of position (${answer.changes.length})`), list, moreChanges);
  }
  return section;
}

/** About five round dates across the span: days, weeks, months or years. */
function ticks(start: number, span: number): number[] {
  const steps = [DAY, 7 * DAY, 30 * DAY, 91 * DAY, 365 * DAY, 5 * 365 * DAY];
  const step = steps.find((s) => span / s <= 6) ?? steps.at(-1)!;
  const out: number[] = [];
  for (let t = Math.ceil(start / step) * step; t <= start + span; t += step) out.push(t);
  return out.length ? out : [start];
}
