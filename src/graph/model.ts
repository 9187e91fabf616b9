// The claims graph: entities are nodes, each claim is one edge from the speaker to each target.
// Format: graphology's own serialization (see CONTRACT.md), a multi directed graph.
import { MultiDirectedGraph } from "graphology";
import type {
  Claim,
  Entity,
  EntityKind,
  Evidence,
  ExtractionResult,
  SourceDocument,
  Stance,
} from "../extraction/types.js";

export const FORMAT = "claimgraph/1";

export interface NodeAttributes {
  label: string;
  kind: EntityKind;
  aliases: string[];
  mentions: number;
  /** Ids of the documents that mention the entity. */
  docs: string[];
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
  return graph;
}

const normalized = new Map<string, string>();

/**
 * Lowercase, accents and possessives stripped, punctuation to spaces: "Zelenskyy’s" -> "zelenskyy".
 * Memoized: merging many documents normalizes the same names over and over.
 */
export function normalizeName(name: string): string {
  let n = normalized.get(name);
  if (n === undefined) {
    n = computeNormalizedName(name);
    if (normalized.size > 100_000) normalized.clear();
    normalized.set(name, n);
  }
  return n;
}

function computeNormalizedName(name: string): string {
  // Plain ASCII has no accents to strip: Unicode normalization is the costly step.
  return (/[^\x00-\x7F]/.test(name) ? name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "") : name)
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

// Names that may identify an entity across documents. Role phrases ("the president") and
// lowercase forms are document-local: they would join different people in different articles.
function identifyingNames(label: string, aliases: readonly string[]): string[] {
  const names = [label, ...aliases.filter((a) => /^[A-Z]/.test(a) && !/^The\s/.test(a))];
  return [...new Set(names.map(normalizeName).filter((n) => n.length > 1))];
}

const PERSONAL: ReadonlySet<EntityKind> = new Set(["person"]);
function compatibleKinds(a: EntityKind, b: EntityKind): boolean {
  if (a === b) return true;
  // A person never merges with a non-person; other kinds disagree often (Brussels: place or EU).
  if (PERSONAL.has(a) || PERSONAL.has(b)) return false;
  return a !== "topic" && b !== "topic";
}

/** Identifying name -> node keys, and label -> node keys: where resolveEntity looks names up. */
export interface NameIndex {
  byName: Map<string, string[]>;
  byLabel: Map<string, string[]>;
}

function push(map: Map<string, string[]>, name: string, key: string) {
  const keys = map.get(name);
  if (!keys) map.set(name, [key]);
  else if (!keys.includes(key)) keys.push(key);
}

function indexNode(index: NameIndex, key: string, attrs: { label: string; aliases: readonly string[] }) {
  for (const n of identifyingNames(attrs.label, attrs.aliases)) push(index.byName, n, key);
  push(index.byLabel, normalizeName(attrs.label), key);
}

const indexes = new WeakMap<ClaimGraph, { index: NameIndex; order: number }>();

/**
 * The name index of a graph, kept between merges (merging thousands of documents would otherwise
 * normalize every name of the graph once per document); rebuilt when nodes came or went otherwise.
 */
export function nameIndexOf(graph: ClaimGraph): NameIndex {
  const cached = indexes.get(graph);
  if (cached && cached.order === graph.order) return cached.index;
  const index: NameIndex = { byName: new Map(), byLabel: new Map() };
  graph.forEachNode((key, attrs) => indexNode(index, key, attrs));
  indexes.set(graph, { index, order: graph.order });
  return index;
}

/** Find the node an entity of another document refers to, if the graph already has it. */
export function resolveEntity(graph: ClaimGraph, entity: Entity, index: NameIndex = nameIndexOf(graph)): string | null {
  if (graph.hasNode(entity.key)) return entity.key;
  // Labels must agree with a name of the other side; alias-to-alias matches alone are too weak.
  const candidates = [
    ...(index.byName.get(normalizeName(entity.label)) ?? []),
    ...identifyingNames(entity.label, entity.aliases).flatMap((n) => index.byLabel.get(n) ?? []),
  ];
  return candidates.find((key) => graph.hasNode(key) && compatibleKinds(graph.getNodeAttribute(key, "kind"), entity.kind)) ?? null;
}

function uniqueDocumentId(graph: ClaimGraph, doc: SourceDocument): { id: string; known: boolean } {
  const docs = graph.getAttribute("documents");
  const same = docs.find((d) => d.id === doc.id);
  if (!same) return { id: doc.id, known: false };
  if (same.text === doc.text) return { id: doc.id, known: true };
  let n = 2;
  while (docs.some((d) => d.id === `${doc.id}-${n}`)) n++;
  return { id: `${doc.id}-${n}`, known: false };
}

/**
 * Merge one document's extraction into the graph, resolving its entities against the nodes
 * already there. A document already in the graph (same id and text) is not added twice.
 * Returns the number of claims added.
 */
export function mergeExtraction(graph: ClaimGraph, result: ExtractionResult): number {
  const { id: docId, known } = uniqueDocumentId(graph, result.document);
  if (known) return 0;
  graph.setAttribute("documents", [...graph.getAttribute("documents"), { ...result.document, id: docId }]);

  const keyOf = new Map<string, string>();
  const index = nameIndexOf(graph);
  for (const entity of result.entities) {
    const key = resolveEntity(graph, entity, index) ?? entity.key;
    keyOf.set(entity.key, key);
    if (graph.hasNode(key)) {
      let newNames = false;
      graph.updateNodeAttributes(key, (a) => {
        const aliases = mergeAliases(a.label, a.aliases, [entity.label, ...entity.aliases]);
        newNames = aliases !== a.aliases;
        // Documents are merged one at a time: this one can only be the last of the list. The list
        // grows in place: copying the list of a hub for every document made merging quadratic.
        if (a.docs[a.docs.length - 1] !== docId) a.docs.push(docId);
        return { ...a, aliases, mentions: a.mentions + entity.mentions };
      });
      // Names already in the index need no second pass (hubs have hundreds of aliases).
      if (!newNames) continue;
    } else {
      graph.addNode(key, {
        label: entity.label,
        kind: entity.kind,
        aliases: mergeAliases(entity.label, [], entity.aliases),
        mentions: entity.mentions,
        docs: [docId],
      });
    }
    indexNode(index, key, graph.getNodeAttributes(key));
    indexes.set(graph, { index, order: graph.order });
  }

  let added = 0;
  for (const claim of result.claims) {
    const speaker = keyOf.get(claim.speaker);
    if (!speaker) continue;
    const claimId = docId === result.document.id ? claim.id : claim.id.replace(/^[^#]*#/, `${docId}#`);
    const evidence = claim.evidence.map((e) => ({ ...e, doc: docId }));
    const targets = [...new Set(claim.targets.map((t) => keyOf.get(t)).filter((t): t is string => !!t))];
    targets.forEach((target, i) => {
      graph.addDirectedEdgeWithKey(`${claimId}:${i}`, speaker, target, {
        stance: claim.stance,
        claim: claimId,
        summary: claim.summary,
        quote: claim.quote,
        addressee: claim.addressee ? (keyOf.get(claim.addressee) ?? null) : null,
        evidence,
        ...(claim.cue ? { cue: claim.cue } : {}),
      });
    });
    if (targets.length) added++;
  }
  return added;
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

/** One claim as a record: the edges of a claim grouped back together. */
export interface ClaimRecord extends Omit<Claim, "cue"> {
  /** Keys of the edges that carry the claim. */
  edges: string[];
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
