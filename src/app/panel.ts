// The side panel: what a node says and what is said about it, or one claim, grouped by stance,
// each with its evidence sentence (claim span marked) and its document. Text only, never HTML.
import { STANCES, type Evidence, type Stance } from "../extraction/types.js";
import { claimEditor, documentDeleteButton, nodeEditor, type Editor } from "./edit-forms.js";
import type { ClaimGraph, EdgeAttributes } from "../graph/model.js";
import { KIND_COLORS, STANCE_COLORS } from "./colors.js";
import { clear, h } from "./dom.js";
import type { Hidden } from "./filters.js";
import type { Store } from "./state.js";
import { sentenceAround } from "./text.js";

/** One claim as shown: the visible edges of one claim id. */
export interface ClaimView {
  claim: string;
  edges: string[];
  speaker: string;
  targets: string[];
  attrs: EdgeAttributes;
  /** The evidence of the same claim in other outlets' copies of a wire story (EdgeAttributes.repeats). */
  copies: Evidence[];
}

/**
 * Group edges back into claims, in reading order (document, then position in it). A claim that
 * repeats an earlier one word for word (syndicated copy) joins it: one card, every outlet's evidence.
 */
export function groupClaims(graph: ClaimGraph, edges: Iterable<string>): ClaimView[] {
  const byClaim = new Map<string, ClaimView>();
  const copied = new Map<string, Set<string>>();
  for (const edge of edges) {
    const attrs = graph.getEdgeAttributes(edge);
    // (Once the claim it repeats is gone, by a correction or a removed document, it stands alone.)
    const id = attrs.repeats && graph.hasEdge(`${attrs.repeats}:0`) ? attrs.repeats : attrs.claim;
    let view = byClaim.get(id);
    if (!view) {
      view = { claim: id, edges: [], speaker: graph.source(edge), targets: [], attrs, copies: [] };
      byClaim.set(id, view);
    }
    if (id !== attrs.claim) {
      const seen = copied.get(id) ?? copied.set(id, new Set()).get(id)!;
      if (!seen.has(attrs.claim)) {
        seen.add(attrs.claim);
        view.copies.push(...attrs.evidence);
      }
    } else if (view.attrs.claim !== id) view.attrs = attrs;
    view.edges.push(edge);
    const target = graph.target(edge);
    if (!view.targets.includes(target)) view.targets.push(target);
  }
  const docOrder = new Map(graph.getAttribute("documents").map((d, i) => [d.id, i]));
  const at = (c: ClaimView) => c.attrs.evidence[0];
  const order = (c: ClaimView) => docOrder.get(at(c)?.doc ?? "") ?? 0;
  return [...byClaim.values()].sort((a, b) => order(a) - order(b) || (at(a)?.start ?? 0) - (at(b)?.start ?? 0));
}

export function byStance(claims: ClaimView[]): [Stance, ClaimView[]][] {
  return STANCES.map((s) => [s, claims.filter((c) => c.attrs.stance === s)] as [Stance, ClaimView[]]).filter(([, list]) => list.length > 0);
}

export class Panel {
  constructor(
    private root: HTMLElement,
    private store: Store,
    private hidden: () => Hidden,
    /** Show where an entity stands on each issue (the query bar's positions view), when available. */
    private showPositions?: (key: string) => void,
    /** Show the entity's dated claims on a time axis, with its changes of position. */
    private showTimeline?: (key: string) => void,
    /** Corrections (rename, merge, delete...), when the page allows them. */
    private editor?: Editor,
  ) {}

  render(): void {
    clear(this.root);
    const sel = this.store.state.selection;
    const g = this.store.graph;
    const close = () => {
      const button = h("button", { type: "button", class: "panel-close", "aria-label": "Close the details", title: "Close (Esc)" }, "×");
      button.addEventListener("click", () => this.store.select(null));
      this.root.append(button);
    };
    if (sel?.type === "node" && g.hasNode(sel.key) && !this.hidden().nodes.has(sel.key)) {
      close();
      this.renderNode(sel.key);
    } else if (sel?.type === "edge" && g.hasEdge(sel.key) && !this.hidden().edges.has(sel.key)) {
      close();
      this.renderEdge(sel.key);
    } else this.renderOverview();
    this.root.scrollTop = 0;
  }

  private nodeLink(key: string): HTMLElement {
    const g = this.store.graph;
    if (!g.hasNode(key)) return h("span", {}, key);
    const a = g.getNodeAttributes(key);
    const link = h(
      "button",
      { class: "node-link", type: "button", title: `Show ${a.label}` },
      h("span", { class: "dot", style: `background:${KIND_COLORS[a.kind]}` }),
      a.label,
    );
    link.addEventListener("click", () => this.store.select({ type: "node", key }));
    return link;
  }

  private visibleEdges(edges: string[]): string[] {
    const hidden = this.hidden().edges;
    return edges.filter((e) => !hidden.has(e));
  }

  private renderOverview(): void {
    const g = this.store.graph;
    const docs = g.getAttribute("documents");
    // Counts of what is shown: the filters' hidden entities and claims are counted apart.
    const hidden = this.hidden();
    const claims = new Set<string>();
    const shownClaims = new Set<string>();
    g.forEachEdge((e, a) => {
      claims.add(a.claim);
      if (!hidden.edges.has(e)) shownClaims.add(a.claim);
    });
    const shownNodes = g.order - hidden.nodes.size;
    const filtered = shownNodes < g.order || shownClaims.size < claims.size;
    this.root.append(
      h("h2", {}, "Claims graph"),
      h(
        "p",
        { class: "stats", "data-testid": "stats" },
        `${shownNodes} entities · ${shownClaims.size} claims · ${docs.length} document${docs.length === 1 ? "" : "s"}`,
        filtered ? h("span", { class: "muted" }, ` (the filters hide ${g.order - shownNodes} entities and ${claims.size - shownClaims.size} claims)`) : null,
      ),
      h(
        "p",
        { class: "hint" },
        "Hover an entity to see its neighbourhood. Click an entity or an arrow to read the claims, with the sentence they come from. Arrows point from the speaker to what the claim is about.",
      ),
      h("h3", {}, "Documents"),
      h(
        "ul",
        { class: "docs" },
        docs.map((d) =>
          h(
            "li",
            { title: d.title ?? d.source, "data-doc": d.id },
            h("span", { class: "doc-title" }, d.title || d.source || d.id),
            h("span", { class: "date" }, d.date ?? "no date", ...sourceLink(d.source)),
            this.editor ? documentDeleteButton(d, this.editor) : null,
          ),
        ),
      ),
    );
  }

  private renderNode(key: string): void {
    const g = this.store.graph;
    const a = g.getNodeAttributes(key);
    const made = groupClaims(g, this.visibleEdges(g.outEdges(key)));
    const about = groupClaims(g, this.visibleEdges(g.inEdges(key)));
    // Claims said to this entity (it is the addressee), when it is not also their target.
    const aboutIds = new Set(about.map((c) => c.claim));
    const addressed = groupClaims(g, this.visibleEdges(g.filterEdges((_, a) => a.addressee === key))).filter((c) => !aboutIds.has(c.claim));
    const aliases = a.aliases.filter((x) => x !== a.label);
    this.root.append(
      h(
        "header",
        { class: "entity" },
        h("h2", { "data-testid": "panel-title" }, a.label),
        h("span", { class: "kind", style: `background:${KIND_COLORS[a.kind]}` }, a.kind),
        h("span", { class: "muted" }, ` ${a.mentions} mention${a.mentions === 1 ? "" : "s"}`),
        a.edited ? h("span", { class: "edited-badge", title: "Corrected by hand" }, "edited") : null,
        aliases.length ? h("p", { class: "aliases" }, "Also: ", aliases.join(", ")) : null,
        this.affiliations(key),
        this.showPositions ? this.positionsButton(key) : null,
        this.editor ? nodeEditor(g, key, this.editor) : null,
      ),
      this.section(`Claims by ${a.label}`, made, "made"),
      this.section(`Claims about ${a.label}`, about, "about"),
    );
    if (addressed.length) this.root.append(this.section(`Said to ${a.label}`, addressed, "about"));
  }

  /** "Speaks for: Kremlin (spokesman)", and for an organization or country, who speaks for it. */
  private affiliations(key: string): HTMLElement | null {
    const g = this.store.graph;
    const own = (g.getNodeAttribute(key, "affiliations") ?? []).filter((a) => g.hasNode(a.entity));
    const members: { key: string; role: string }[] = [];
    g.forEachNode((k, a) => {
      for (const aff of a.affiliations ?? []) if (aff.entity === key) members.push({ key: k, role: aff.role });
    });
    if (!own.length && !members.length) return null;
    const list = (items: { key: string; role: string }[]) =>
      items.flatMap((x, i) => [i ? ", " : "", this.nodeLink(x.key), x.role ? h("span", { class: "muted" }, ` ${x.role}`) : ""]);
    return h(
      "div",
      { class: "affiliations", "data-testid": "affiliations" },
      own.length ? h("p", {}, h("span", { class: "muted" }, "Speaks for:"), ...list(own.map((a) => ({ key: a.entity, role: a.role })))) : null,
      members.length ? h("p", {}, h("span", { class: "muted" }, "Speaking for it:"), ...list(members)) : null,
    );
  }

  private renderEdge(edge: string): void {
    const g = this.store.graph;
    const claim = g.getEdgeAttribute(edge, "claim");
    const edges = this.visibleEdges(g.filterOutEdges(g.source(edge), (_, a) => a.claim === claim));
    // The edge itself is visible (render checks it), so its claim has a view.
    const [view] = groupClaims(g, edges);
    if (!view) return;
    this.root.append(h("h2", {}, "Claim"), this.claimCard(view, "edge"));
    if (this.editor) this.root.append(claimEditor(g, view, this.editor));
  }

  private positionsButton(key: string): HTMLElement {
    const button = h(
      "button",
      { type: "button", class: "positions", title: "Where this entity and others stand, issue by issue, with conflicts" },
      "Positions and conflicts",
    );
    button.addEventListener("click", () => this.showPositions?.(key));
    if (!this.showTimeline) return button;
    const timeline = h(
      "button",
      { type: "button", class: "timeline-button", title: "This entity's dated claims in date order, with its changes of position" },
      "Timeline",
    );
    timeline.addEventListener("click", () => this.showTimeline?.(key));
    return h("div", { class: "panel-actions" }, button, " ", timeline);
  }

  private section(title: string, claims: ClaimView[], role: "made" | "about"): HTMLElement {
    const el = h("section", { class: "claims", "data-role": role }, h("h3", {}, `${title} (${claims.length})`));
    if (!claims.length) el.append(h("p", { class: "muted" }, "None."));
    for (const [stance, list] of byStance(claims)) {
      el.append(h("h4", { class: "stance-head" }, h("span", { class: "swatch", style: `background:${STANCE_COLORS[stance]}` }), `${stance} (${list.length})`));
      for (const c of list) el.append(this.claimCard(c, role));
    }
    return el;
  }

  private claimCard(c: ClaimView, role: "made" | "about" | "edge"): HTMLElement {
    const g = this.store.graph;
    const docs = g.getAttribute("documents");
    const who = h("div", { class: "who" });
    if (role !== "made") who.append(this.nodeLink(c.speaker), " ");
    who.append(h("span", { class: "stance", style: `color:${STANCE_COLORS[c.attrs.stance]}` }, c.attrs.stance), " ");
    c.targets.forEach((t, i) => who.append(i ? ", " : "", this.nodeLink(t)));
    if (c.attrs.addressee && g.hasNode(c.attrs.addressee)) who.append(h("span", { class: "muted" }, " to "), this.nodeLink(c.attrs.addressee));

    const summary = h("button", { class: "summary", type: "button", title: "Show this claim in the graph" }, c.attrs.summary);
    summary.addEventListener("click", () => this.store.select({ type: "edge", key: c.edges[0]! }));

    if (c.attrs.edited) who.append(" ", h("span", { class: "edited-badge", title: "Corrected by hand" }, "edited"));
    const card = h(
      "article",
      { class: "claim", "data-claim": c.claim, style: `border-left-color:${STANCE_COLORS[c.attrs.stance]}` },
      who,
      summary,
      c.attrs.quote ? h("blockquote", {}, `“${c.attrs.quote}”`) : null,
    );
    // Another outlet's copy of the same words shows only its source ("also in ...").
    const shown = new Set<string>();
    for (const ev of c.attrs.claim !== c.claim ? c.copies : [...c.attrs.evidence, ...c.copies]) {
      const doc = docs.find((d) => d.id === ev.doc);
      const s = doc ? sentenceAround(doc.text, ev.start, ev.end) : { before: "", span: ev.text, after: "" };
      // (The claim's own words, as the repeat was found: a dateline before them differs by outlet.)
      const words = s.span
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
      const source = [doc?.date ? `${doc.date} · ` : "", doc?.title || doc?.source || ev.doc];
      if (shown.has(words)) {
        card.append(h("p", { class: "source", title: doc?.title ?? ev.doc }, "also in ", ...source));
        continue;
      }
      shown.add(words);
      card.append(h("p", { class: "evidence" }, s.before, h("mark", {}, s.span), s.after), h("p", { class: "source", title: doc?.title ?? ev.doc }, ...source));
    }
    return card;
  }
}

/**
 * " · outlet.com" linking to a document's source when it is a web address: http and https only
 * (never javascript: or data:), opened in a new tab without access to this page.
 */
function sourceLink(source: string | undefined): (HTMLElement | string)[] {
  if (!source || !/^https?:\/\//i.test(source)) return [];
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return [];
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return [];
  const outlet = url.hostname.replace(/^(www|amp|m)\./, "");
  return [" · ", h("a", { href: url.href, target: "_blank", rel: "noopener noreferrer", class: "doc-source", title: url.href }, outlet)];
}
