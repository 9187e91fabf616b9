// The claims graph: entities are nodes, each claim is one edge from the speaker to each target.
// Format: graphology's own serialization (see CONTRACT.md), a multi directed graph.
import { MultiDirectedGraph } from "graphology";
import type { Affiliation, Claim, Entity, EntityKind, Evidence, ExtractionResult, SourceDocument, Stance } from "../extraction/types.js";
import { foldName } from "../extraction/text/names.js";
import { acronymKey, EntityResolver, forgetResolverIndex } from "./resolve.js";

export const FORMAT = "claimgraph/1";

export interface NodeAttributes {
  label: string;
  kind: EntityKind;
  aliases: string[];
  mentions: number;
  /** Ids of the documents that mention the entity. */
  docs: string[];
  /** Present (true) while every document only guessed the kind (a lone capitalized name). */
  kindGuessed?: boolean;
  /** What the entity speaks for (a person's employer or country), with the documents that say so. */
  affiliations?: NodeAffiliation[];
  // Layout and style, present once drawn; ignored by readers that do not draw.
  x?: number;
  y?: number;
  size?: number;
  color?: string;
  [extra: string]: unknown;
}

export interface EdgeAttributes {
  stance: Stance;
  claim: string;
  summary: string;
  quote: string | null;
  addressee: string | null;
  evidence: Evidence[];
  cue?: string;
  /**
   * The claim id of an earlier document's claim that this one repeats word for word: the same
   * wire copy published by several outlets. The claim stays (each document keeps its claims);
   * queries show the two as one claim with the evidence of both (graph/query/claims.ts).
   */
  repeats?: string;
  [extra: string]: unknown;
}

export interface GraphAttributes {
  format: string;
  documents: SourceDocument[];
  [extra: string]: unknown;
}

export type ClaimGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createClaimGraph(): ClaimGraph {
  const graph: ClaimGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.replaceAttributes({ format: FORMAT, documents: [] });
  return graph;
}

/** Build a graph from the extraction results of one or more documents. */
export function buildGraph(results: Iterable<ExtractionResult>): ClaimGraph {
  const graph = createClaimGraph();
  for (const result of results) mergeExtraction(graph, result);
  consolidateGraph(graph);
  return graph;
}

/**
 * Names compared across the graph: the one folding of the extraction layer (text/names.ts), so
 * that merge, search and questions agree: "Zelenskyy’s" -> "zelenskyy", "Weiß" -> "weiss".
 */
export const normalizeName = foldName;

/**
 * Find the node an entity of another document refers to, if the graph already has it, with no
 * other entity of that document to say which story it belongs to (graph/resolve.ts).
 */
export function resolveEntity(graph: ClaimGraph, entity: Entity): string | null {
  const r = new EntityResolver(graph).resolveAll([entity]).get(entity.key)!;
  return r.existing ? r.key : null;
}

/** The document's own id, or "id-2", "id-3" when another document holds it. */
function uniqueDocumentId(graph: ClaimGraph, doc: SourceDocument): string {
  duplicateOf(graph, doc); // brings the index of the graph's documents up to date
  const ids = documentIndexes.get(graph)!.ids;
  if (!ids.has(doc.id)) return doc.id;
  let n = 2;
  while (ids.has(`${doc.id}-${n}`)) n++;
  return `${doc.id}-${n}`;
}

/** What merging one document did. */
export interface MergeReport {
  /** The id the document has in the graph (its own, or "id-2" when another text held it). */
  docId: string;
  /** Claims added (0 for a duplicate). */
  claims: number;
  /** The document already in the graph with the same text or the same URL, when this one is a duplicate. */
  duplicateOf: string | null;
}

/**
 * Query parameters that track a visit and name no page ("?utm_source=...", "fbclid"): two
 * addresses that differ only in these are one page. Others name the page itself
 * ("view.php?ud=20240403050545", "?p=99022") and are kept.
 */
const TRACKING_PARAMETER =
  /^(?:utm(?:_\w+)?|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ref|ref_src|referrer|cmpid|ocid|smid|smtyp|taid|ito|igshid|guccounter|guce_\w+|_ga|at_\w+|sr_share|src|source|share|amp|outputtype|output)$/i;

/** A web address without its fragment and tracking parameters, or null for a file name. */
export function pageAddress(source: string): string | null {
  if (!/^https?:\/\//i.test(source)) return null;
  const query = source.indexOf("?");
  const path = source
    .replace(/[#?].*$/, "")
    .replace(/\/$/, "")
    .toLowerCase();
  if (query < 0) return path;
  const kept = source
    .slice(query + 1)
    .replace(/#.*$/, "")
    .split("&")
    .filter((p) => p && !TRACKING_PARAMETER.test(p.split("=")[0]!))
    .sort();
  return kept.length ? `${path}?${kept.join("&").toLowerCase()}` : path;
}

/** The graph's documents by text and by address, kept between merges (one lookup per merge). */
const documentIndexes = new WeakMap<
  ClaimGraph,
  { count: number; ids: Set<string>; texts: Map<string, SourceDocument>; addresses: Map<string, SourceDocument> }
>();

/** The document of the graph with the same text (or the same web address) as `doc`, if any. */
export function duplicateOf(graph: ClaimGraph, doc: SourceDocument): SourceDocument | null {
  const docs = graph.getAttribute("documents");
  let index = documentIndexes.get(graph);
  // Documents are only appended by merges: index the new ones (start over if some went).
  if (!index || index.count > docs.length) documentIndexes.set(graph, (index = { count: 0, ids: new Set(), texts: new Map(), addresses: new Map() }));
  for (; index.count < docs.length; index.count++) {
    const d = docs[index.count]!;
    index.ids.add(d.id);
    if (!index.texts.has(d.text.trim())) index.texts.set(d.text.trim(), d);
    const address = pageAddress(d.source);
    if (address && !index.addresses.has(address)) index.addresses.set(address, d);
  }
  const address = pageAddress(doc.source);
  return index.texts.get(doc.text.trim()) ?? (address ? index.addresses.get(address) : undefined) ?? null;
}

/**
 * Drop what merging keeps between documents (the documents by text and address, the edge key
 * prefixes, the resolver's index of names): after a change made otherwise than by a merge (a
 * correction, graph/edits/), the next merge reads the graph afresh.
 */
export function forgetGraphIndexes(graph: ClaimGraph): void {
  documentIndexes.delete(graph);
  wordingIndexes.delete(graph);
  edgePrefixIndexes.delete(graph);
  forgetResolverIndex(graph);
}

/** A document that could not be merged; the graph is as it was before the merge began. */
export class MergeError extends Error {
  constructor(
    readonly document: SourceDocument,
    readonly reason: string,
  ) {
    super(`could not add “${document.title ?? document.source}” (${reason}); nothing of it was added`);
    this.name = "MergeError";
  }
}

/**
 * What a merge changed, so that a merge that fails half-way can be undone: the documents list
 * before it, the nodes and edges it added, and the attributes of the nodes it updated as they were.
 */
class MergeJournal {
  /** The length of the documents list before the merge (it grows in place). */
  readonly documents: number;
  readonly addedNodes = new Set<string>();
  readonly addedEdges: string[] = [];
  /** Claim wordings first seen in this merge (claimWordings), taken back with it. */
  readonly addedWordings: string[] = [];
  /** Attributes before the merge; `docs` only grows in place, so its length is enough to undo it. */
  readonly updated = new Map<string, { attrs: NodeAttributes; docs: number }>();

  constructor(private readonly graph: ClaimGraph) {
    this.documents = graph.getAttribute("documents").length;
  }

  /**
   * Keep a node's attributes before its first change. Aliases are replaced, never changed in
   * place, so the old list is kept as it is; a hub's document list (thousands of ids) is not
   * copied for every merge, only its length noted; affiliations are small and changed in place.
   */
  before(key: string): void {
    if (this.updated.has(key) || this.addedNodes.has(key)) return;
    const a = this.graph.getNodeAttributes(key);
    const attrs = { ...a, ...(a.affiliations ? { affiliations: a.affiliations.map((x) => ({ ...x, docs: [...x.docs] })) } : {}) };
    this.updated.set(key, { attrs, docs: a.docs.length });
  }

  rollBack(): void {
    const g = this.graph;
    for (const e of this.addedEdges) if (g.hasEdge(e)) g.dropEdge(e);
    for (const n of this.addedNodes) if (g.hasNode(n)) g.dropNode(n);
    for (const [key, { attrs, docs }] of this.updated) if (g.hasNode(key)) g.replaceNodeAttributes(key, { ...attrs, docs: attrs.docs.slice(0, docs) });
    g.setAttribute("documents", g.getAttribute("documents").slice(0, this.documents));
    documentIndexes.delete(g);
    const wording = wordingIndexes.get(g);
    if (wording) for (const w of this.addedWordings) wording.delete(w);
    forgetResolverIndex(g);
  }
}

/** Whether a claim of the document would take an edge key the graph already has (a foreign file's). */
function edgeKeysTaken(graph: ClaimGraph, result: ExtractionResult, docId: string): boolean {
  // Claim edges are keyed "<doc>#c<n>:<i>": only a graph with an edge key under this document's
  // prefix can collide (one lookup; the keys themselves are checked only then).
  if (!edgeKeyPrefixes(graph).has(docId)) return false;
  for (const claim of result.claims) {
    const claimId = claimIdIn(docId, result.document.id, claim.id);
    for (let i = 0; i <= claim.targets.length; i++) if (graph.hasEdge(`${claimId}:${i}`)) return true;
  }
  return false;
}

/** The graph's edge keys up to their last "#" (a claim's document), kept between merges. */
const edgePrefixIndexes = new WeakMap<ClaimGraph, { size: number; prefixes: Set<string> }>();

function edgeKeyPrefixes(graph: ClaimGraph): Set<string> {
  let index = edgePrefixIndexes.get(graph);
  if (!index || index.size !== graph.size) {
    // Changed by something other than a merge (an import, an edit): read every key once.
    index = { size: graph.size, prefixes: new Set() };
    graph.forEachEdge((edge) => index!.prefixes.add(edge.slice(0, Math.max(0, edge.lastIndexOf("#")))));
    edgePrefixIndexes.set(graph, index);
  }
  return index.prefixes;
}

/** A claim's id in the graph: the document's id there and the claim's own number ("doc-2#c3"). */
function claimIdIn(docId: string, ownDocId: string, claimId: string): string {
  return docId === ownDocId ? claimId : claimId.replace(/^[^#]*#/, `${docId}#`);
}

/**
 * Merge one document's extraction into the graph, resolving its entities against the nodes
 * already there (graph/resolve.ts). A document already in the graph (same text, or same web
 * address) is not added again: the report names the document it duplicates. The merge applies
 * whole or not at all: if it fails, what it did is undone and a MergeError says why.
 */
export function mergeDocument(graph: ClaimGraph, result: ExtractionResult): MergeReport {
  const dup = duplicateOf(graph, result.document);
  if (dup) return { docId: dup.id, claims: 0, duplicateOf: dup.id };
  // An imported graph may hold edges whose keys this document's claims would take ("doc#c1:0"
  // from another tool): the document then takes the next free id, as for a second text of one name.
  let docId = uniqueDocumentId(graph, result.document);
  for (let n = 2; edgeKeysTaken(graph, result, docId); n++) docId = `${result.document.id}-${n}`;
  const journal = new MergeJournal(graph);
  const prefixes = edgeKeyPrefixes(graph);
  try {
    const report = applyMerge(graph, result, docId, journal);
    prefixes.add(docId);
    edgePrefixIndexes.get(graph)!.size = graph.size;
    return report;
  } catch (err) {
    journal.rollBack();
    throw new MergeError(result.document, err instanceof Error ? err.message : String(err));
  }
}

function applyMerge(graph: ClaimGraph, result: ExtractionResult, docId: string, journal: MergeJournal): MergeReport {
  // In place: copying the list for every document made merging a feed of 20,000 quadratic. The
  // journal notes its length to undo it.
  const documents = graph.getAttribute("documents");
  documents.push({ ...result.document, id: docId });
  graph.setAttribute("documents", documents);

  const resolver = new EntityResolver(graph);
  const resolved = resolver.resolveAll(result.entities, result.document.date);
  const keyOf = new Map<string, string>();
  for (const [entityKey, r] of resolved) keyOf.set(entityKey, r.key);
  for (const entity of result.entities) {
    const key = keyOf.get(entity.key)!;
    if (graph.hasNode(key)) {
      let newNames = false;
      journal.before(key);
      graph.updateNodeAttributes(key, (a) => {
        const next = { ...a };
        // A kind that was a guess gives way to one the text says; a full name labels a person.
        if (a.kindGuessed && !entity.kindGuessed) {
          next.kind = entity.kind;
          delete next.kindGuessed;
        } else if (!a.kindGuessed && !entity.kindGuessed) {
          // Two kinds the texts said ("Washington" a place in datelines, an organization where it
          // speaks): the kind most of the node's articles said, whatever their order.
          const kind = voteKind(graph, key, a, entity.kind);
          if (kind !== a.kind) next.kind = kind;
        }
        // An acronym node named in full: the full name labels it, with the full name's kind
        // ("NAFTA", guessed an organization, is the North American Free Trade Agreement, a treaty).
        const spelledOut = /^[A-Z]{3,6}$/.test(a.label) && entity.label.includes(" ") && acronymKey(entity.label) === a.label.toLowerCase();
        if (spelledOut && (a.kindGuessed || !entity.kindGuessed)) {
          next.kind = entity.kind;
          delete next.kindGuessed;
        }
        const relabel =
          spelledOut ||
          (next.kind === "person" &&
            entity.kind === "person" &&
            entity.label.length > a.label.length &&
            entity.label.split(" ").length <= 4 &&
            foldName(entity.label).endsWith(foldName(a.label).split(" ").pop() ?? ""));
        if (relabel) next.label = entity.label;
        next.aliases = mergeAliases(next.label, a.aliases, relabel ? [a.label, ...entity.aliases] : [entity.label, ...entity.aliases]);
        newNames = next.aliases !== a.aliases || relabel || next.kind !== a.kind;
        // Documents are merged one at a time: this one can only be the last of the list. The list
        // grows in place: copying the list of a hub for every document made merging quadratic.
        if (a.docs[a.docs.length - 1] !== docId) a.docs.push(docId);
        next.mentions = a.mentions + entity.mentions;
        return next;
      });
      // Names already in the index need no second pass (hubs have hundreds of aliases).
      if (!newNames) continue;
    } else {
      const attrs: NodeAttributes = {
        label: entity.label,
        kind: entity.kind,
        aliases: mergeAliases(entity.label, [], entity.aliases),
        mentions: entity.mentions,
        docs: [docId],
      };
      if (entity.kindGuessed) attrs.kindGuessed = true;
      graph.addNode(key, attrs);
      journal.addedNodes.add(key);
    }
    resolver.noteNode(key);
  }
  for (const entity of result.entities)
    if (entity.affiliations?.length) {
      journal.before(keyOf.get(entity.key)!);
      addAffiliations(graph, keyOf.get(entity.key)!, entity.affiliations, keyOf, docId);
    }
  resolver.noteDocument(docId, keyOf.values(), result.document.date);

  let added = 0;
  const wording = claimWordings(graph);
  for (const claim of result.claims) {
    const speaker = keyOf.get(claim.speaker);
    if (!speaker) continue;
    const claimId = claimIdIn(docId, result.document.id, claim.id);
    const evidence = claim.evidence.map((e) => ({ ...e, doc: docId }));
    // The same words of the same speaker in an earlier document: syndicated copy, one claim.
    const said = wordingKey(speaker, claim.stance, evidence);
    const repeats = said ? wording.get(said) : undefined;
    if (said && !repeats) {
      wording.set(said, claimId);
      journal.addedWordings.push(said);
    }
    const targets = [...new Set(claim.targets.map((t) => keyOf.get(t)).filter((t): t is string => !!t && t !== speaker))];
    if (!targets.length) {
      const own = claim.targets.map((t) => keyOf.get(t)).find((t): t is string => !!t);
      if (own) targets.push(own);
    }
    targets.forEach((target, i) => {
      graph.addDirectedEdgeWithKey(`${claimId}:${i}`, speaker, target, {
        stance: claim.stance,
        claim: claimId,
        summary: claim.summary,
        quote: claim.quote,
        addressee: claim.addressee ? (keyOf.get(claim.addressee) ?? null) : null,
        evidence,
        ...(claim.cue ? { cue: claim.cue } : {}),
        ...(repeats ? { repeats } : {}),
      });
      journal.addedEdges.push(`${claimId}:${i}`);
    });
    if (targets.length) added++;
  }
  return { docId, claims: added, duplicateOf: null };
}

/**
 * The kinds the articles of each node said, kept beside the graph while it is merged into (not
 * in its file: a graph read back counts its node's kind once per document, as if all said it).
 */
const kindVotes = new WeakMap<ClaimGraph, Map<string, Map<EntityKind, number>>>();

/** Count one more article's kind for a node; returns the kind most articles said (the node's own on a tie). */
function voteKind(graph: ClaimGraph, key: string, node: NodeAttributes, said: EntityKind): EntityKind {
  let votes = kindVotes.get(graph);
  if (!votes) kindVotes.set(graph, (votes = new Map()));
  let counts = votes.get(key);
  if (!counts) votes.set(key, (counts = new Map([[node.kind, Math.max(1, node.docs.length)]])));
  counts.set(said, (counts.get(said) ?? 0) + 1);
  let best = node.kind;
  for (const [kind, n] of counts) if (n > counts.get(best)!) best = kind;
  return best;
}

/** Merge one document's extraction into the graph; returns the number of claims added (see mergeDocument). */
export function mergeExtraction(graph: ClaimGraph, result: ExtractionResult): number {
  return mergeDocument(graph, result).claims;
}

/**
 * Resolve the nodes of a batch of documents again now that all of them are in, and join those
 * that are one entity (graph/resolve.ts, consolidation): the order in which articles came no
 * longer decides whether "the far right" of one article is the National Rally of another.
 * `docIds` are the batch's documents (every document when omitted). Returns how many nodes were
 * joined into others.
 */
export function consolidateGraph(graph: ClaimGraph, docIds?: Iterable<string>): number {
  const wanted = docIds ? new Set(docIds) : null;
  const keys: string[] = [];
  graph.forEachNode((key, a) => {
    if (!wanted || a.docs.some((d) => wanted.has(d))) keys.push(key);
  });
  const plan = new EntityResolver(graph).consolidation(keys);
  joinNodes(graph, plan);
  return plan.size;
}

/**
 * Join nodes found to be one entity: each node of `into`'s keys gives its names, documents,
 * mentions, affiliations and claims to the node it maps to (a key that is not itself joined).
 * Not a person's correction: nothing is marked edited. A claim keeps its edges, each target once,
 * and its speaker is not its own target unless it has no other.
 */
export function joinNodes(graph: ClaimGraph, into: ReadonlyMap<string, string>): void {
  if (!into.size) return;
  const to = (k: string) => into.get(k) ?? k;
  // The claims that change: one of their ends or their addressee is joined.
  const changed = new Set<string>();
  graph.forEachEdge((_e, a, source, target) => {
    if (into.has(source) || into.has(target) || (a.addressee !== null && into.has(a.addressee))) changed.add(a.claim);
  });
  const edgesOf = new Map<string, string[]>();
  graph.forEachEdge((e, a) => {
    if (!changed.has(a.claim)) return;
    const list = edgesOf.get(a.claim);
    if (list) list.push(e);
    else edgesOf.set(a.claim, [e]);
  });
  // A changed claim's edges are added again together, in their order, so that the claim's edges
  // stay side by side and its targets keep their order (claimsOf reads them in edge order).
  for (const edges of edgesOf.values()) {
    const speaker = to(graph.source(edges[0]!));
    const hasOther = edges.some((e) => to(graph.target(e)) !== speaker);
    const seen = new Set<string>();
    const kept: [string, string, EdgeAttributes][] = [];
    for (const e of edges) {
      const a = graph.getEdgeAttributes(e);
      const target = to(graph.target(e));
      const attrs = a.addressee !== null && into.has(a.addressee) ? { ...a, addressee: to(a.addressee) } : a;
      graph.dropEdge(e);
      if (seen.has(target) || (target === speaker && hasOther)) continue;
      seen.add(target);
      kept.push([e, target, attrs]);
    }
    for (const [e, target, attrs] of kept) graph.addDirectedEdgeWithKey(e, speaker, target, attrs);
  }
  // Names, documents (in the graph's order of documents), mentions and affiliations.
  const order = new Map(graph.getAttribute("documents").map((d, i) => [d.id, i]));
  for (const [from, key] of into) {
    const a = graph.getNodeAttributes(from);
    graph.updateNodeAttributes(key, (b) => {
      const next: NodeAttributes = { ...b, aliases: mergeAliases(b.label, b.aliases, [a.label, ...a.aliases]), mentions: b.mentions + a.mentions };
      next.docs = [...new Set([...b.docs, ...a.docs])].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
      if (b.kindGuessed && !a.kindGuessed) {
        next.kind = a.kind;
        delete next.kindGuessed;
      }
      const ties = [...(b.affiliations ?? []), ...(a.affiliations ?? [])];
      if (ties.length) next.affiliations = ties;
      // (A node new to the view takes the place of the one it joins: nothing jumps.)
      if (b.x === undefined && a.x !== undefined) Object.assign(next, { x: a.x, y: a.y });
      return next;
    });
  }
  for (const from of into.keys()) graph.dropNode(from);
  // Ties to a joined node are ties to the node it joined; one tie per owner, its documents together.
  graph.forEachNode((key, a) => {
    if (!a.affiliations?.length) return;
    const byOwner = new Map<string, NodeAffiliation>();
    for (const t of a.affiliations) {
      const owner = to(t.entity);
      if (owner === key || !graph.hasNode(owner)) continue;
      const known = byOwner.get(owner);
      if (!known) byOwner.set(owner, { ...t, entity: owner, docs: [...t.docs] });
      else {
        for (const d of t.docs) if (!known.docs.includes(d)) known.docs.push(d);
        if (!known.role && t.role) known.role = t.role;
      }
    }
    const list = [...byOwner.values()];
    if (list.length !== a.affiliations.length || list.some((t, i) => t.entity !== a.affiliations![i]!.entity)) {
      if (list.length) graph.setNodeAttribute(key, "affiliations", list);
      else graph.removeNodeAttribute(key, "affiliations");
    }
  });
  forgetResolverIndex(graph);
}

/** A node's ties to what it speaks for, with the documents that state each (see Affiliation). */
export interface NodeAffiliation {
  /** Node key of the organization or country. */
  entity: string;
  role: string;
  docs: string[];
}

function addAffiliations(graph: ClaimGraph, key: string, affiliations: readonly Affiliation[], keyOf: ReadonlyMap<string, string>, docId: string) {
  const list = ((graph.getNodeAttribute(key, "affiliations") as NodeAffiliation[] | undefined) ?? []).slice();
  for (const a of affiliations) {
    // An entity of the document, or one the document never named that the graph has ("Russia" for "the Kremlin").
    const owner = keyOf.get(a.entity) ?? (graph.hasNode(a.entity) ? a.entity : undefined);
    if (!owner || owner === key || !graph.hasNode(owner)) continue;
    const known = list.find((x) => x.entity === owner);
    if (known) {
      if (!known.docs.includes(docId)) known.docs = [...known.docs, docId];
      if (!known.role && a.role) known.role = a.role;
    } else list.push({ entity: owner, role: a.role, docs: [docId] });
  }
  if (list.length) graph.setNodeAttribute(key, "affiliations", list);
}

/** The aliases with those of `more` that are new; `current` itself when none is. */
function mergeAliases(label: string, current: readonly string[], more: readonly string[]): string[] {
  let out: string[] | null = null;
  let seen: Set<string> | null = null;
  for (const alias of more) {
    // The same spelling again is the common case: no normalization needed to skip it.
    if (alias === label || current.includes(alias)) continue;
    seen ??= new Set([label, ...current].map(normalizeName));
    const n = normalizeName(alias);
    if (!n || seen.has(n)) continue;
    seen.add(n);
    (out ??= [...current]).push(alias);
  }
  return out ?? (current as string[]);
}

/**
 * A claim's wording, to find the same claim again in another outlet's copy of a wire story:
 * speaker, stance and the evidence's letters and digits (quotation marks, dashes and spacing
 * differ between outlets). Null for evidence too short to tell a copy from a common phrase.
 */
function wordingKey(speaker: string, stance: string, evidence: readonly Evidence[]): string | null {
  const words = evidence
    .map((e) => e.text)
    .join(" ")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  let spaces = 0;
  for (let i = words.indexOf(" "); i >= 0 && spaces < 7; i = words.indexOf(" ", i + 1)) spaces++;
  return spaces >= 7 ? `${speaker}\u0000${stance}\u0000${words}` : null;
}

/** The graph's claim wordings -> the first claim with that wording, kept between merges. */
const wordingIndexes = new WeakMap<ClaimGraph, Map<string, string>>();

function claimWordings(graph: ClaimGraph): Map<string, string> {
  let index = wordingIndexes.get(graph);
  if (!index) {
    index = new Map();
    const seen = new Set<string>();
    graph.forEachEdge((_, a, source) => {
      if (seen.has(a.claim)) return;
      seen.add(a.claim);
      const key = wordingKey(source, a.stance, a.evidence ?? []);
      if (key && !index!.has(key)) index!.set(key, (a.repeats as string | undefined) ?? a.claim);
    });
    wordingIndexes.set(graph, index);
  }
  return index;
}

/** One claim as a record: the edges of a claim grouped back together. */
export interface ClaimRecord extends Omit<Claim, "cue"> {
  /** Keys of the edges that carry the claim. */
  edges: string[];
  /** The earlier claim this one repeats word for word (EdgeAttributes.repeats). */
  repeats?: string;
}

/** The claims of the graph, one record per claim id, in edge order. */
export function claimsOf(graph: ClaimGraph): ClaimRecord[] {
  const byId = new Map<string, ClaimRecord>();
  graph.forEachEdge((edge, a, source, target) => {
    let c = byId.get(a.claim);
    if (!c) {
      c = {
        id: a.claim,
        speaker: source,
        stance: a.stance,
        targets: [],
        addressee: a.addressee,
        summary: a.summary,
        quote: a.quote,
        evidence: a.evidence,
        ...(a.repeats ? { repeats: a.repeats } : {}),
        edges: [],
      };
      byId.set(a.claim, c);
    }
    c.targets.push(target);
    c.edges.push(edge);
  });
  return [...byId.values()];
}

export type { Claim, Entity };
