// Structured claim queries over an index built once per graph: any combination of speaker,
// stances, target, addressee, document and date range. Each dimension has a posting list, so a
// query starts from its most selective list and filters the rest with sets.
import { STANCES, type Evidence, type Stance } from "../../extraction/types.js";
import { claimsOf, type ClaimGraph } from "../model.js";
import { buildNameIndex, type NameIndex } from "./names.js";

export interface EntityRef {
  key: string;
  label: string;
}

export interface DocumentRef {
  id: string;
  title: string | null;
  date: string | null;
}

/** A claim as a query returns it: the claim record with labels and documents resolved. */
export interface ClaimResult {
  id: string;
  speaker: EntityRef;
  stance: Stance;
  targets: EntityRef[];
  addressee: EntityRef | null;
  summary: string;
  quote: string | null;
  evidence: Evidence[];
  /** Documents of the evidence, in evidence order. */
  documents: DocumentRef[];
  /** Date of the first dated document, or null. */
  date: string | null;
  /** Keys of the edges that carry the claim: what to highlight in the graph. */
  edges: string[];
  /** Position in the graph's edge order; results are sorted by it. */
  order: number;
}

/** Node keys and stances to match; a list means any of them; absent means any value. */
export interface ClaimQuery {
  speaker?: string | readonly string[];
  /**
   * Also the claims of those who speak for the speakers: "what does Russia want" answers with
   * Russia's own claims and, marked, those of the Kremlin and of Dmitry Peskov, its spokesman.
   */
  members?: boolean;
  stance?: Stance | readonly Stance[];
  target?: string | readonly string[];
  addressee?: string | readonly string[];
  /** Document ids. */
  document?: string | readonly string[];
  /** ISO dates, inclusive, possibly partial ("2025", "2025-12"). A date range leaves out undated claims. */
  from?: string;
  to?: string;
}

/** Someone who speaks for an organization or country, directly or through a body of it. */
export interface Member {
  key: string;
  label: string;
  /** The title that ties it ("spokesman"), or "". */
  role: string;
  /** The node it is tied to directly (the Kremlin for Peskov, when Russia is asked about). */
  via: string;
}

export interface QueryIndex {
  readonly graph: ClaimGraph;
  readonly claims: readonly ClaimResult[];
  /** Organization or country -> who speaks for it (affiliations, followed through bodies). */
  readonly members: ReadonlyMap<string, readonly Member[]>;
  readonly bySpeaker: ReadonlyMap<string, ClaimResult[]>;
  readonly byStance: ReadonlyMap<Stance, ClaimResult[]>;
  readonly byTarget: ReadonlyMap<string, ClaimResult[]>;
  readonly byAddressee: ReadonlyMap<string, ClaimResult[]>;
  readonly byDocument: ReadonlyMap<string, ClaimResult[]>;
  readonly documents: ReadonlyMap<string, DocumentRef>;
  readonly names: NameIndex;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Index the claims of a graph. Build it once per graph (see queryIndexFor) and query it many times. */
export function buildQueryIndex(graph: ClaimGraph): QueryIndex {
  const documents = new Map<string, DocumentRef>();
  for (const d of graph.getAttribute("documents") ?? []) documents.set(d.id, { id: d.id, title: d.title ?? null, date: d.date ?? null });
  const ref = (key: string): EntityRef => ({ key, label: graph.hasNode(key) ? graph.getNodeAttribute(key, "label") : key });
  const refs = new Map<string, EntityRef>();
  const cachedRef = (key: string) => refs.get(key) ?? refs.set(key, ref(key)).get(key)!;

  const bySpeaker = new Map<string, ClaimResult[]>();
  const byStance = new Map<Stance, ClaimResult[]>(STANCES.map((s) => [s, []]));
  const byTarget = new Map<string, ClaimResult[]>();
  const byAddressee = new Map<string, ClaimResult[]>();
  const byDocument = new Map<string, ClaimResult[]>();
  const byId = new Map<string, ClaimResult>();
  const claims: ClaimResult[] = [];
  claimsOf(graph).forEach((c, order) => {
    // The same claim in another outlet's copy of a wire story: one claim, with the evidence and
    // the documents of both (model.ts, EdgeAttributes.repeats).
    const first = c.repeats ? byId.get(c.repeats) : undefined;
    if (first) {
      const docIds = [...new Set(c.evidence.map((e) => e.doc))];
      first.evidence = [...first.evidence, ...c.evidence];
      first.documents = [...first.documents, ...docIds.map((id) => documents.get(id) ?? { id, title: null, date: null })];
      first.edges = [...first.edges, ...c.edges];
      for (const d of docIds) push(byDocument, d, first);
      return;
    }
    const docIds = c.evidence.length === 1 ? [c.evidence[0]!.doc] : [...new Set(c.evidence.map((e) => e.doc))];
    const docs = docIds.map((id) => documents.get(id) ?? { id, title: null, date: null });
    const result: ClaimResult = {
      id: c.id,
      speaker: cachedRef(c.speaker),
      stance: c.stance,
      targets: c.targets.map(cachedRef),
      addressee: c.addressee ? cachedRef(c.addressee) : null,
      summary: c.summary,
      quote: c.quote,
      evidence: c.evidence,
      documents: docs,
      date: docs.find((d) => d.date)?.date ?? null,
      edges: c.edges,
      order,
    };
    push(bySpeaker, c.speaker, result);
    push(byStance, c.stance, result);
    c.targets.forEach((t, i) => {
      if (c.targets.indexOf(t) === i) push(byTarget, t, result);
    });
    if (c.addressee) push(byAddressee, c.addressee, result);
    for (const d of docIds) push(byDocument, d, result);
    byId.set(c.id, result);
    claims.push(result);
  });
  return { graph, claims, bySpeaker, byStance, byTarget, byAddressee, byDocument, documents, names: buildNameIndex(graph), members: membersOf(graph) };
}

/**
 * Who speaks for each organization and country: the nodes whose affiliations name it, and those
 * that speak for them in turn (Peskov -> Kremlin -> Russia), at most three ties deep.
 */
function membersOf(graph: ClaimGraph): Map<string, Member[]> {
  const direct = new Map<string, { key: string; role: string }[]>();
  graph.forEachNode((key, a) => {
    for (const aff of a.affiliations ?? []) {
      if (!graph.hasNode(aff.entity) || aff.entity === key) continue;
      let list = direct.get(aff.entity);
      if (!list) direct.set(aff.entity, (list = []));
      list.push({ key, role: aff.role });
    }
  });
  const out = new Map<string, Member[]>();
  for (const owner of direct.keys()) {
    const seen = new Set([owner]);
    const members: Member[] = [];
    let frontier = [owner];
    for (let depth = 0; depth < 3 && frontier.length; depth++) {
      const next: string[] = [];
      for (const via of frontier)
        for (const m of direct.get(via) ?? []) {
          if (seen.has(m.key)) continue;
          seen.add(m.key);
          members.push({ key: m.key, label: graph.getNodeAttribute(m.key, "label"), role: m.role, via });
          next.push(m.key);
        }
      frontier = next;
    }
    out.set(owner, members);
  }
  return out;
}

/** The speakers a query names, with those who speak for them when it asks for members. */
export function speakersOf(index: QueryIndex, query: ClaimQuery): readonly string[] | null {
  const speakers = asList(query.speaker);
  if (!speakers || !query.members) return speakers;
  const out = [...speakers];
  for (const s of speakers) for (const m of index.members.get(s) ?? []) if (!out.includes(m.key)) out.push(m.key);
  return out;
}

/**
 * For an answer that includes members: each of their claims -> the asked speaker it speaks for
 * and how ("Dmitry Peskov, spokesman of the Kremlin, for Russia").
 */
export function onBehalfOf(index: QueryIndex, query: ClaimQuery, claims: readonly ClaimResult[]): Map<string, { of: EntityRef; member: Member }> {
  const out = new Map<string, { of: EntityRef; member: Member }>();
  const asked = asList(query.speaker) ?? [];
  if (!query.members) return out;
  for (const c of claims) {
    if (asked.includes(c.speaker.key)) continue;
    for (const owner of asked) {
      const member = index.members.get(owner)?.find((m) => m.key === c.speaker.key);
      if (member) {
        out.set(c.id, { of: { key: owner, label: index.names.labels.get(owner) ?? owner }, member });
        break;
      }
    }
  }
  return out;
}

// Structural changes and changes of labels, aliases or claims invalidate an index; layout
// updates (x, y, size, color, set many times a second by a running layout) do not.
const LAYOUT_ATTRIBUTES = new Set(["x", "y", "size", "color", "hidden", "highlighted", "zIndex", "forceLabel"]);
const cache = new WeakMap<ClaimGraph, { index: QueryIndex | null }>();

/** The index of a graph, built on first use and rebuilt after the graph's data changes. */
export function queryIndexFor(graph: ClaimGraph): QueryIndex {
  let entry = cache.get(graph);
  if (!entry) {
    const e: { index: QueryIndex | null } = { index: null };
    entry = e;
    const invalidate = () => (e.index = null);
    for (const event of [
      "nodeAdded",
      "edgeAdded",
      "nodeDropped",
      "edgeDropped",
      "cleared",
      "edgesCleared",
      "attributesUpdated",
      "eachEdgeAttributesUpdated",
    ] as const)
      graph.on(event, invalidate);
    const unlessLayout = (p: object) => {
      const name = "name" in p ? p.name : undefined;
      if (!LAYOUT_ATTRIBUTES.has(typeof name === "string" ? name : "")) invalidate();
    };
    graph.on("nodeAttributesUpdated", unlessLayout);
    graph.on("edgeAttributesUpdated", unlessLayout);
    cache.set(graph, entry);
  }
  return (entry.index ??= buildQueryIndex(graph));
}

const asList = <T>(v: T | readonly T[] | undefined): readonly T[] | null => (v === undefined ? null : Array.isArray(v) ? (v as readonly T[]) : [v as T]);

/** Pad a partial ISO date so that string comparison bounds a range: "2025-12" -> "2025-12-31". */
function dateBound(date: string, end: boolean): string {
  const parts = date.split("-");
  if (end) return [parts[0], parts[1] ?? "12", parts[2] ?? "31"].join("-");
  return [parts[0], parts[1] ?? "01", parts[2] ?? "01"].join("-");
}

/** Whether a date is within an inclusive range of partial ISO dates; with a range, no date is outside it. */
export function dateInRange(date: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (date === null) return false;
  return (!from || date >= dateBound(from, false)) && (!to || date <= dateBound(to, true));
}

/**
 * Whether a claim is mainly about a target: the target is one of at most three, or the first. An
 * extracted claim often names many entities in passing ("the leaders of the US, Russia, France..."),
 * and such a claim is no position on each entity named.
 */
export function isMainlyAbout(claim: ClaimResult, target: string): boolean {
  return claim.targets.length <= 3 ? claim.targets.some((t) => t.key === target) : claim.targets[0]?.key === target;
}

type Dimension = "speaker" | "stance" | "target" | "addressee" | "document";

/** The claims matching every given condition, in graph order. */
export function runQuery(index: QueryIndex, query: ClaimQuery): ClaimResult[] {
  const lists: { dim: Dimension; values: readonly string[]; postings: ClaimResult[][] }[] = [];
  const add = (dim: Dimension, values: readonly string[] | null, map: ReadonlyMap<string, ClaimResult[]>) => {
    if (values) lists.push({ dim, values, postings: values.map((v) => map.get(v) ?? []) });
  };
  add("speaker", speakersOf(index, query), index.bySpeaker);
  add("stance", asList(query.stance), index.byStance as ReadonlyMap<string, ClaimResult[]>);
  add("target", asList(query.target), index.byTarget);
  add("addressee", asList(query.addressee), index.byAddressee);
  add("document", asList(query.document), index.byDocument);

  const inRange = (c: ClaimResult) => dateInRange(c.date, query.from, query.to);

  const size = (l: (typeof lists)[number]) => l.postings.reduce((n, p) => n + p.length, 0);
  lists.sort((a, b) => size(a) - size(b));
  const [first, ...rest] = lists;
  if (!first) return index.claims.filter(inRange);
  let candidates = first.postings.length === 1 ? first.postings[0]! : mergeByOrder(first.postings);
  for (const list of rest) {
    const allowed = new Set(list.values);
    candidates = candidates.filter((c) => matches(c, list.dim, allowed));
  }
  return query.from || query.to ? candidates.filter(inRange) : candidates.slice();
}

function matches(c: ClaimResult, dim: Dimension, allowed: ReadonlySet<string>): boolean {
  switch (dim) {
    case "speaker":
      return allowed.has(c.speaker.key);
    case "stance":
      return allowed.has(c.stance);
    case "target":
      return c.targets.some((t) => allowed.has(t.key));
    case "addressee":
      return c.addressee !== null && allowed.has(c.addressee.key);
    case "document":
      return c.documents.some((d) => allowed.has(d.id));
  }
}

/** Union of posting lists, without duplicates, in graph order. */
function mergeByOrder(lists: ClaimResult[][]): ClaimResult[] {
  const seen = new Set<ClaimResult>();
  const out: ClaimResult[] = [];
  for (const list of lists)
    for (const c of list) {
      if (seen.has(c)) continue;
      seen.add(c);
      out.push(c);
    }
  return out.sort((a, b) => a.order - b.order);
}

/** Human wording of a query, e.g. "speaker Volodymyr Zelenskyy, stance proposes, target Donbas". */
export function describeQuery(index: QueryIndex, query: ClaimQuery): string {
  const label = (k: string) => index.names.labels.get(k) ?? k;
  const parts: string[] = [];
  const names = (v: string | readonly string[] | undefined, f: (s: string) => string = label) => asList(v)?.map(f).join(" or ");
  if (query.speaker !== undefined) parts.push(`speaker ${names(query.speaker)}${query.members ? " (and those who speak for it)" : ""}`);
  if (query.stance !== undefined) parts.push(`stance ${names(query.stance, (s) => s)}`);
  if (query.target !== undefined) parts.push(`target ${names(query.target)}`);
  if (query.addressee !== undefined) parts.push(`addressed to ${names(query.addressee)}`);
  if (query.document !== undefined) parts.push(`in document ${names(query.document, (d) => d)}`);
  if (query.from && query.from === query.to) parts.push(`in ${query.from}`);
  else {
    if (query.from) parts.push(`from ${query.from}`);
    if (query.to) parts.push(`until ${query.to}`);
  }
  return parts.length ? parts.join(", ") : "all claims";
}

/**
 * Why a query found nothing: for each condition, what the query would find without it
 * ("Donbas is the target of 3 claims: proposes 1, demands 2").
 */
export function explainEmpty(index: QueryIndex, query: ClaimQuery): string {
  if (!index.claims.length) return "The graph has no claims yet: extract some articles first.";
  const notes: string[] = [];
  const label = (k: string) => index.names.labels.get(k) ?? k;
  const byStance = (claims: readonly ClaimResult[]) => {
    const counts = new Map<string, number>();
    for (const c of claims) counts.set(c.stance, (counts.get(c.stance) ?? 0) + 1);
    return [...counts].map(([s, n]) => `${s} ${n}`).join(", ");
  };
  const summarize = (what: string, claims: readonly ClaimResult[]) =>
    notes.push(claims.length ? `${what} ${plural(claims.length, "claim")} (${byStance(claims)})` : `${what} no claim`);
  for (const key of asList(query.speaker) ?? []) summarize(`${label(key)} is the speaker of`, index.bySpeaker.get(key) ?? []);
  for (const key of asList(query.target) ?? []) summarize(`${label(key)} is the target of`, index.byTarget.get(key) ?? []);
  for (const key of asList(query.addressee) ?? []) summarize(`${label(key)} is the addressee of`, index.byAddressee.get(key) ?? []);
  for (const dim of ["speaker", "stance", "target", "addressee", "document", "from", "to"] as const) {
    if (query[dim] === undefined) continue;
    const relaxed = { ...query, [dim]: undefined };
    if (dim === "from" || dim === "to") {
      delete relaxed.from;
      delete relaxed.to;
    }
    const n = runQuery(index, relaxed).length;
    if (n) notes.push(`without the ${dim === "from" || dim === "to" ? "date range" : dim} condition: ${plural(n, "claim")}`);
  }
  return `No claim matches ${describeQuery(index, query)}.` + (notes.length ? ` ${[...new Set(notes)].join("; ")}.` : "");
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
