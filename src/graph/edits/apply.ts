// Applying one correction to the graph. Every change goes through a GraphEditor, which keeps the
// indexes an operation needs (claim -> edges, addressee -> edges, document -> edges and nodes,
// name -> nodes, who is affiliated to whom: built on first use, then kept up to date, so that a
// thousand operations cost one pass over the graph) and, when asked, a Patch: each touched node
// and edge as it was before, so that the history (history.ts) can undo the step exactly.
import type { SourceDocument } from "../../extraction/types.js";
import { foldName } from "../../extraction/text/names.js";
import type { ClaimGraph, EdgeAttributes, NodeAffiliation, NodeAttributes } from "../model.js";
import type { ClaimSpan, EditOp, NodeRef } from "./operations.js";

/** A correction that cannot be applied (the page shows its message). */
export class EditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EditError";
  }
}

/** What applying one operation did. */
export type EditOutcome = { status: "applied" } | { status: "unchanged" } | { status: "problem"; reason: string };

const APPLIED: EditOutcome = { status: "applied" };
const UNCHANGED: EditOutcome = { status: "unchanged" };
const problem = (reason: string): EditOutcome => ({ status: "problem", reason });

export interface EdgeState {
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** Each node and edge an operation touched as it was before (null: it did not exist), and the documents list. */
export class Patch {
  readonly nodes = new Map<string, NodeAttributes | null>();
  readonly edges = new Map<string, EdgeState | null>();
  documents?: SourceDocument[];
}

type KeySets = Map<string, Set<string>>;

function addTo(map: KeySets, name: string, key: string) {
  let set = map.get(name);
  if (!set) map.set(name, (set = new Set()));
  set.add(key);
}
function removeFrom(map: KeySets, name: string, key: string) {
  const set = map.get(name);
  if (set) {
    set.delete(key);
    if (!set.size) map.delete(name);
  }
}

interface EdgeIndex {
  claims: KeySets;
  addressees: KeySets;
  docs: KeySets;
}
interface NodeIndex {
  names: KeySets;
  docs: KeySets;
  affiliatedBy: KeySets;
}

/** The folded names of a node: its label and aliases. */
function namesOf(a: NodeAttributes): string[] {
  return [a.label, ...(a.aliases ?? [])].map(foldName).filter(Boolean);
}

/**
 * The one way edits change the graph: each change recorded in the patch (when there is one) and
 * in the indexes already built.
 */
export class GraphEditor {
  patch: Patch | null = null;
  private edgeIndex?: EdgeIndex;
  private nodeIndex?: NodeIndex;
  private texts?: Map<string, string>;

  constructor(readonly graph: ClaimGraph) {}

  // ------------------------------------------------------------ indexes

  private edgesIndexed(): EdgeIndex {
    if (!this.edgeIndex) {
      const index: EdgeIndex = { claims: new Map(), addressees: new Map(), docs: new Map() };
      this.graph.forEachEdge((key, a) => this.indexEdge(index, key, a, true));
      this.edgeIndex = index;
    }
    return this.edgeIndex;
  }

  private indexEdge(index: EdgeIndex, key: string, a: EdgeAttributes, add: boolean) {
    const op = add ? addTo : removeFrom;
    op(index.claims, a.claim, key);
    if (a.addressee) op(index.addressees, a.addressee, key);
    for (const ev of a.evidence ?? []) op(index.docs, ev.doc, key);
  }

  private nodesIndexed(): NodeIndex {
    if (!this.nodeIndex) {
      const index: NodeIndex = { names: new Map(), docs: new Map(), affiliatedBy: new Map() };
      this.graph.forEachNode((key, a) => this.indexNode(index, key, a, true));
      this.nodeIndex = index;
    }
    return this.nodeIndex;
  }

  private indexNode(index: NodeIndex, key: string, a: NodeAttributes, add: boolean) {
    const op = add ? addTo : removeFrom;
    for (const n of namesOf(a)) op(index.names, n, key);
    for (const d of a.docs ?? []) op(index.docs, d, key);
    for (const aff of a.affiliations ?? []) op(index.affiliatedBy, aff.entity, key);
  }

  /** The edge keys of a claim, in the graph's order. */
  claimEdges(claim: string): string[] {
    return [...(this.edgesIndexed().claims.get(claim) ?? [])];
  }
  edgesAddressedTo(node: string): string[] {
    return [...(this.edgesIndexed().addressees.get(node) ?? [])];
  }
  edgesOfDocument(doc: string): string[] {
    return [...(this.edgesIndexed().docs.get(doc) ?? [])];
  }
  nodesOfDocument(doc: string): string[] {
    return [...(this.nodesIndexed().docs.get(doc) ?? [])];
  }
  nodesAffiliatedTo(node: string): string[] {
    return [...(this.nodesIndexed().affiliatedBy.get(node) ?? [])];
  }
  /** Nodes with this name (folded) as label or alias. */
  nodesNamed(name: string): string[] {
    return [...(this.nodesIndexed().names.get(foldName(name)) ?? [])];
  }
  documentText(doc: string): string | undefined {
    this.texts ??= new Map(this.graph.getAttribute("documents").map((d) => [d.id, d.text]));
    return this.texts.get(doc);
  }

  // ------------------------------------------------------------ changes

  private touchEdge(key: string) {
    const p = this.patch;
    if (!p || p.edges.has(key)) return;
    const g = this.graph;
    p.edges.set(key, g.hasEdge(key) ? { source: g.source(key), target: g.target(key), attributes: { ...g.getEdgeAttributes(key) } } : null);
  }
  private touchNode(key: string) {
    const p = this.patch;
    if (!p || p.nodes.has(key)) return;
    p.nodes.set(key, this.graph.hasNode(key) ? { ...this.graph.getNodeAttributes(key) } : null);
  }

  addEdge(key: string, source: string, target: string, a: EdgeAttributes) {
    this.touchEdge(key);
    this.graph.addDirectedEdgeWithKey(key, source, target, a);
    if (this.edgeIndex) this.indexEdge(this.edgeIndex, key, a, true);
  }
  dropEdge(key: string) {
    this.touchEdge(key);
    if (this.edgeIndex) this.indexEdge(this.edgeIndex, key, this.graph.getEdgeAttributes(key), false);
    this.graph.dropEdge(key);
  }
  setEdge(key: string, a: EdgeAttributes) {
    this.touchEdge(key);
    if (this.edgeIndex) this.indexEdge(this.edgeIndex, key, this.graph.getEdgeAttributes(key), false);
    this.graph.replaceEdgeAttributes(key, a);
    if (this.edgeIndex) this.indexEdge(this.edgeIndex, key, a, true);
  }
  /** Re-attach an edge (graphology cannot move one): dropped and added again under its key. */
  moveEdge(key: string, source: string, target: string, a: EdgeAttributes) {
    this.dropEdge(key);
    this.addEdge(key, source, target, a);
  }
  addNode(key: string, a: NodeAttributes) {
    this.touchNode(key);
    this.graph.addNode(key, a);
    if (this.nodeIndex) this.indexNode(this.nodeIndex, key, a, true);
  }
  /** Drop a node and its edges (each recorded). */
  dropNode(key: string) {
    for (const e of this.graph.edges(key)) this.dropEdge(e);
    this.touchNode(key);
    if (this.nodeIndex) this.indexNode(this.nodeIndex, key, this.graph.getNodeAttributes(key), false);
    this.graph.dropNode(key);
  }
  setNode(key: string, a: NodeAttributes) {
    this.touchNode(key);
    if (this.nodeIndex) this.indexNode(this.nodeIndex, key, this.graph.getNodeAttributes(key), false);
    this.graph.replaceNodeAttributes(key, a);
    if (this.nodeIndex) this.indexNode(this.nodeIndex, key, a, true);
  }
  setDocuments(documents: SourceDocument[]) {
    if (this.patch && !this.patch.documents) this.patch.documents = this.graph.getAttribute("documents").slice();
    this.graph.setAttribute("documents", documents);
    this.texts = undefined;
  }

  // ------------------------------------------------------------ finding what an operation names

  /** Whether the node has this name (folded) as its label or an alias. */
  hasName(key: string, name: string): boolean {
    const f = foldName(name);
    return namesOf(this.graph.getNodeAttributes(key)).includes(f);
  }

  /**
   * The node a reference names: its key when the node there still has the name (a key may be
   * taken again by another entity of the same name once its node went), else the one node with
   * that name (its label first, then an alias; of the same kind when several), else the key.
   */
  findNode(ref: NodeRef): { key: string } | { reason: string } {
    const g = this.graph;
    if (ref.key && g.hasNode(ref.key) && (!ref.label || this.hasName(ref.key, ref.label))) return { key: ref.key };
    let ambiguous = 0;
    if (ref.label) {
      const f = foldName(ref.label);
      let found = this.nodesNamed(ref.label).filter((k) => g.hasNode(k));
      if (ref.kind && found.length > 1) {
        const sameKind = found.filter((k) => g.getNodeAttribute(k, "kind") === ref.kind);
        if (sameKind.length) found = sameKind;
      }
      const byLabel = found.filter((k) => foldName(g.getNodeAttribute(k, "label")) === f);
      const pick = byLabel.length ? byLabel : found;
      if (pick.length === 1) return { key: pick[0]! };
      ambiguous = pick.length;
    }
    if (ref.key && g.hasNode(ref.key)) return { key: ref.key };
    return { reason: ambiguous ? `${ambiguous} nodes are named "${ref.label}": say which by its key` : missing(ref) };
  }

  /**
   * The claim an operation names: its id, checked against where it stood when the operation was
   * made (a rebuilt graph numbers the claims of an article the same way unless the extraction
   * changed); found by that place when the id now names another claim.
   */
  findClaim(claim: string, span: ClaimSpan | undefined): { claim: string; edges: string[] } | { reason: string } {
    const at = (key: string) => this.graph.getEdgeAttributes(key).evidence.some((e) => e.doc === span!.doc && e.start === span!.start && e.end === span!.end);
    const edges = this.claimEdges(claim);
    const first = edges[0];
    if (first !== undefined && (!span || at(first))) return { claim, edges };
    if (span) {
      const other = this.edgesOfDocument(span.doc).find(at);
      if (other) {
        const id = this.graph.getEdgeAttribute(other, "claim");
        return { claim: id, edges: this.claimEdges(id) };
      }
    }
    return {
      reason: edges.length
        ? `claim ${claim} now stands elsewhere in its document, and no claim stands at ${span!.doc} ${span!.start}-${span!.end}`
        : `no claim ${claim} in the graph`,
    };
  }

  /** `base`, or `base~2`, `base~3`... when a node holds it. */
  freeNodeKey(base: string): string {
    if (!this.graph.hasNode(base)) return base;
    let n = 2;
    while (this.graph.hasNode(`${base}~${n}`)) n++;
    return `${base}~${n}`;
  }
}

// ---------------------------------------------------------------- helpers

/** `aliases` with the names of `more` that the node does not have yet (none equal to its label). */
function withNames(label: string, aliases: readonly string[], more: readonly string[]): string[] {
  const seen = new Set([label, ...aliases].map(foldName));
  const out = [...aliases];
  for (const name of more) {
    const f = foldName(name);
    if (!f || seen.has(f)) continue;
    seen.add(f);
    out.push(name);
  }
  return out;
}

function edited<T extends object>(a: T): T & { edited: true } {
  return { ...a, edited: true };
}

/** Affiliations merged by entity (documents joined, the first role that says something kept), `drop` left out. */
function mergeAffiliations(
  lists: readonly (readonly NodeAffiliation[] | undefined)[],
  drop: ReadonlySet<string>,
  rename?: { from: string; to: string },
): NodeAffiliation[] {
  const out: NodeAffiliation[] = [];
  for (const list of lists)
    for (const a of list ?? []) {
      const entity = rename && a.entity === rename.from ? rename.to : a.entity;
      if (drop.has(entity)) continue;
      const known = out.find((x) => x.entity === entity);
      if (!known) out.push({ ...a, entity });
      else {
        const docs = [...known.docs, ...a.docs.filter((d) => !known.docs.includes(d))];
        out[out.indexOf(known)] = { ...known, role: known.role || a.role, docs };
      }
    }
  return out;
}

function withAffiliations(a: NodeAttributes, list: NodeAffiliation[]): NodeAttributes {
  const next: NodeAttributes = { ...a, affiliations: list };
  if (!list.length) delete next.affiliations;
  return next;
}

/** Mark every edge of the claims as edited. */
function markClaims(ed: GraphEditor, claims: Iterable<string>) {
  for (const claim of claims)
    for (const e of ed.claimEdges(claim)) {
      const a = ed.graph.getEdgeAttributes(e);
      if (a.edited !== true) ed.setEdge(e, edited(a));
    }
}

/** The same target twice in one claim (after a merge) becomes one edge; the speaker as a target goes when there are others. */
function tidyClaim(ed: GraphEditor, claim: string) {
  const g = ed.graph;
  const seen = new Set<string>();
  for (const e of ed.claimEdges(claim)) {
    const t = g.target(e);
    if (seen.has(t)) ed.dropEdge(e);
    else seen.add(t);
  }
  const edges = ed.claimEdges(claim);
  const self = edges.filter((e) => g.source(e) === g.target(e));
  if (self.length && edges.length > self.length) self.forEach((e) => ed.dropEdge(e));
}

/** Remove a node: the edges of its claims, its place as addressee, the affiliations that name it. */
function removeNode(ed: GraphEditor, key: string) {
  const g = ed.graph;
  const claims = new Set<string>();
  for (const e of ed.edgesAddressedTo(key)) {
    const a = g.getEdgeAttributes(e);
    ed.setEdge(e, { ...a, addressee: null, edited: true });
  }
  for (const other of ed.nodesAffiliatedTo(key)) {
    if (other === key) continue;
    const a = g.getNodeAttributes(other);
    ed.setNode(
      other,
      withAffiliations(
        a,
        (a.affiliations ?? []).filter((x) => x.entity !== key),
      ),
    );
  }
  for (const e of g.edges(key)) claims.add(g.getEdgeAttribute(e, "claim"));
  ed.dropNode(key);
  markClaims(ed, claims);
}

function mergeNodes(ed: GraphEditor, from: string, into: string) {
  const g = ed.graph;
  const claims = new Set<string>();
  for (const e of g.edges(from)) {
    const a = g.getEdgeAttributes(e);
    const source = g.source(e) === from ? into : g.source(e);
    const target = g.target(e) === from ? into : g.target(e);
    ed.moveEdge(e, source, target, { ...a, addressee: a.addressee === from ? into : a.addressee, edited: true });
    claims.add(a.claim);
  }
  for (const e of ed.edgesAddressedTo(from)) {
    const a = g.getEdgeAttributes(e);
    ed.setEdge(e, { ...a, addressee: into, edited: true });
    claims.add(a.claim);
  }
  for (const c of claims) tidyClaim(ed, c);
  markClaims(ed, claims);
  // Who spoke for `from` now speaks for `into`.
  for (const other of ed.nodesAffiliatedTo(from)) {
    if (other === from || other === into) continue;
    const a = g.getNodeAttributes(other);
    ed.setNode(other, withAffiliations(a, mergeAffiliations([a.affiliations], new Set([other]), { from, to: into })));
  }
  const A = g.getNodeAttributes(from);
  ed.dropNode(from);
  const B = g.getNodeAttributes(into);
  const next: NodeAttributes = {
    ...withAffiliations(B, mergeAffiliations([B.affiliations, A.affiliations], new Set([from, into]))),
    aliases: withNames(B.label, B.aliases, [A.label, ...A.aliases]),
    mentions: B.mentions + A.mentions,
    docs: [...B.docs, ...A.docs.filter((d) => !B.docs.includes(d))],
    edited: true,
  };
  // A guessed kind gives way to one an article said, as in a merge of articles.
  if (B.kindGuessed && !A.kindGuessed) {
    next.kind = A.kind;
    delete next.kindGuessed;
  }
  ed.setNode(into, next);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function splitAlias(ed: GraphEditor, key: string, alias: string, newKey: string, kind: NodeAttributes["kind"]): EditOutcome {
  const g = ed.graph;
  const a = g.getNodeAttributes(key);
  const f = foldName(alias);
  const spellings = a.aliases.filter((x) => foldName(x) === f);
  const existing = g.hasNode(newKey) && ed.hasName(newKey, alias) ? newKey : null;
  if (!spellings.length) {
    if (existing || ed.nodesNamed(alias).some((k) => k !== key && foldName(g.getNodeAttribute(k, "label")) === f)) return UNCHANGED;
    return problem(`"${alias}" is not an alias of "${a.label}"`);
  }
  ed.setNode(key, { ...a, aliases: a.aliases.filter((x) => foldName(x) !== f), edited: true });
  if (existing) {
    const b = g.getNodeAttributes(existing);
    ed.setNode(existing, { ...b, aliases: withNames(b.label, b.aliases, spellings) });
    return APPLIED;
  }
  // Its documents: those of the node whose text has the name; its mentions, how often they do.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(alias)}(?![\\p{L}\\p{N}])`, "gu");
  const docs: string[] = [];
  let mentions = 0;
  for (const d of a.docs) {
    const n = (ed.documentText(d) ?? "").match(pattern)?.length ?? 0;
    if (n) docs.push(d);
    mentions += n;
  }
  ed.addNode(ed.freeNodeKey(newKey), {
    label: alias,
    kind,
    aliases: spellings.filter((x) => x !== alias),
    mentions: Math.max(1, mentions),
    docs,
    edited: true,
  });
  return APPLIED;
}

function deleteDocument(ed: GraphEditor, doc: string): EditOutcome {
  const g = ed.graph;
  const documents = g.getAttribute("documents");
  if (!documents.some((d) => d.id === doc)) return UNCHANGED;
  const left = new Set<string>();
  for (const e of ed.edgesOfDocument(doc)) {
    const a = g.getEdgeAttributes(e);
    left.add(g.source(e)).add(g.target(e));
    if (a.addressee) left.add(a.addressee);
    const rest = a.evidence.filter((ev) => ev.doc !== doc);
    if (rest.length) ed.setEdge(e, { ...a, evidence: rest, edited: true });
    else ed.dropEdge(e);
  }
  for (const n of ed.nodesOfDocument(doc)) {
    const a = g.getNodeAttributes(n);
    const affiliations = (a.affiliations ?? []).flatMap((x) =>
      !x.docs.includes(doc) ? [x] : x.docs.length > 1 ? [{ ...x, docs: x.docs.filter((d) => d !== doc) }] : [],
    );
    ed.setNode(n, withAffiliations({ ...a, docs: a.docs.filter((d) => d !== doc) }, affiliations));
    left.add(n);
  }
  ed.setDocuments(documents.filter((d) => d.id !== doc));
  // Nodes that no claim and no document keep any more go with the document.
  for (const n of left) if (g.hasNode(n) && g.degree(n) === 0 && !g.getNodeAttribute(n, "docs").length) removeNode(ed, n);
  return APPLIED;
}

/**
 * The node a merge or a deletion names, if it is (again) a node of its own: by key (still of that
 * name), else the one node labelled so (of its kind when several); never `exclude`. Its names as
 * aliases do not count: they find the node it was merged into.
 */
function ownNode(ed: GraphEditor, ref: NodeRef, exclude: string | null): { key: string } | { reason: string } | null {
  const g = ed.graph;
  if (ref.key && g.hasNode(ref.key) && ref.key !== exclude && (!ref.label || ed.hasName(ref.key, ref.label))) return { key: ref.key };
  if (!ref.label) return null;
  const f = foldName(ref.label);
  let found = ed.nodesNamed(ref.label).filter((k) => k !== exclude && foldName(g.getNodeAttribute(k, "label")) === f);
  if (ref.kind && found.length > 1) found = found.filter((k) => g.getNodeAttribute(k, "kind") === ref.kind);
  if (found.length > 1) return { reason: `${found.length} nodes are named "${ref.label}": say which by its key` };
  return found[0] !== undefined ? { key: found[0] } : null;
}

const missing = (ref: NodeRef) => `no node ${ref.label ? `"${ref.label}"` : ref.key}${ref.label && ref.key ? ` (${ref.key})` : ""} in the graph`;

// ---------------------------------------------------------------- one operation

/**
 * Apply one recorded operation. Idempotent: an operation already in effect is "unchanged" (a
 * replay after new articles only redoes what they undid). A "problem" changes nothing.
 */
export function applyEdit(ed: GraphEditor, op: EditOp): EditOutcome {
  const g = ed.graph;
  switch (op.op) {
    case "renameNode": {
      const n = ownNode(ed, op.node, null) ?? { reason: missing(op.node) };
      if ("reason" in n) return problem(n.reason);
      const a = g.getNodeAttributes(n.key);
      if (a.label === op.label) return UNCHANGED;
      // The old label stays a name of the node, so that articles that use it still find it.
      const aliases = withNames(
        op.label,
        a.aliases.filter((x) => x !== op.label),
        [a.label],
      );
      ed.setNode(n.key, { ...a, label: op.label, aliases, edited: true });
      return APPLIED;
    }
    case "setNodeKind": {
      const n = ownNode(ed, op.node, null) ?? { reason: missing(op.node) };
      if ("reason" in n) return problem(n.reason);
      const a = g.getNodeAttributes(n.key);
      if (a.kind === op.kind && !a.kindGuessed) return UNCHANGED;
      const next: NodeAttributes = { ...a, kind: op.kind, edited: true };
      delete next.kindGuessed;
      ed.setNode(n.key, next);
      return APPLIED;
    }
    case "mergeNodes": {
      const into = ed.findNode(op.into);
      if ("reason" in into) return problem(`the node to merge into: ${into.reason}`);
      // The merged-away node, if it is (again) a node of its own: by key, else by label (an
      // alias would find the node it was merged into).
      const from = ownNode(ed, op.node, into.key);
      if (from && "reason" in from) return problem(from.reason);
      if (!from) return UNCHANGED;
      mergeNodes(ed, from.key, into.key);
      return APPLIED;
    }
    case "splitAlias": {
      const n = ownNode(ed, op.node, null) ?? { reason: missing(op.node) };
      if ("reason" in n) return problem(n.reason);
      return splitAlias(ed, n.key, op.alias, op.key, op.kind);
    }
    case "deleteNode": {
      // By key, else by label only: an alias would find the node that took the name over.
      const n = ownNode(ed, op.node, null);
      if (n && "reason" in n) return problem(n.reason);
      if (!n) return UNCHANGED;
      removeNode(ed, n.key);
      return APPLIED;
    }
    case "deleteDocument":
      return deleteDocument(ed, op.doc);
    default:
      return applyClaimEdit(ed, op);
  }
}

function applyClaimEdit(ed: GraphEditor, op: Extract<EditOp, { claim: string }>): EditOutcome {
  const g = ed.graph;
  const c = ed.findClaim(op.claim, op.span);
  if ("reason" in c) return op.op === "deleteClaim" && !ed.claimEdges(op.claim).length ? UNCHANGED : problem(c.reason);
  const { edges } = c;
  switch (op.op) {
    case "deleteClaim":
      edges.forEach((e) => ed.dropEdge(e));
      return APPLIED;
    case "setClaimStance": {
      if (edges.every((e) => g.getEdgeAttribute(e, "stance") === op.stance)) return UNCHANGED;
      for (const e of edges) ed.setEdge(e, { ...g.getEdgeAttributes(e), stance: op.stance, edited: true });
      return APPLIED;
    }
    case "setClaimAddressee": {
      let addressee: string | null = null;
      if (op.addressee) {
        const n = ed.findNode(op.addressee);
        if ("reason" in n) return problem(`the addressee: ${n.reason}`);
        addressee = n.key;
      }
      if (edges.every((e) => g.getEdgeAttribute(e, "addressee") === addressee)) return UNCHANGED;
      for (const e of edges) ed.setEdge(e, { ...g.getEdgeAttributes(e), addressee, edited: true });
      return APPLIED;
    }
    case "setClaimSpeaker": {
      const n = ed.findNode(op.speaker);
      if ("reason" in n) return problem(`the speaker: ${n.reason}`);
      if (edges.every((e) => g.source(e) === n.key)) return UNCHANGED;
      for (const e of edges) ed.moveEdge(e, n.key, g.target(e), edited(g.getEdgeAttributes(e)));
      return APPLIED;
    }
    case "setClaimTargets": {
      const targets: string[] = [];
      for (const t of op.targets) {
        const n = ed.findNode(t);
        if ("reason" in n) return problem(`a target: ${n.reason}`);
        if (!targets.includes(n.key)) targets.push(n.key);
      }
      if (edges.length === targets.length && edges.every((e, i) => g.target(e) === targets[i])) return UNCHANGED;
      const first = edges[0]!; // findClaim finds a claim by its edges: it has one at least
      const source = g.source(first);
      const before = new Map(edges.map((e) => [e, g.getEdgeAttributes(e)]));
      // Each target keeps the edge (key and attributes) it had; a new one takes the claim's next free key.
      const keyOf = new Map<string, string>();
      for (const e of edges) if (!keyOf.has(g.target(e))) keyOf.set(g.target(e), e);
      const kept = new Set(targets.map((t) => keyOf.get(t)).filter((k): k is string => !!k));
      edges.forEach((e) => ed.dropEdge(e));
      let i = 0;
      for (const t of targets) {
        let key = keyOf.get(t);
        if (!key) {
          while (g.hasEdge(`${c.claim}:${i}`) || kept.has(`${c.claim}:${i}`)) i++;
          key = `${c.claim}:${i++}`;
        }
        ed.addEdge(key, source, t, edited(before.get(key) ?? before.get(first)!));
      }
      return APPLIED;
    }
  }
}
