// What the filters hide. Computed once per filter or graph change into sets, so the render
// reducers and the panels ask the same question cheaply and always agree.
import type { ClaimGraph } from "../graph/model.js";
import { dateInRange } from "../graph/query/claims.js";
import { isMinorTopic } from "./labels.js";
import type { Filters } from "./state.js";

export interface Hidden {
  nodes: Set<string>;
  edges: Set<string>;
}

export function isFiltering(filters: Filters): boolean {
  return (
    filters.hiddenStances.size + filters.hiddenKinds.size + filters.hiddenDocs.size > 0 || hasDateRange(filters) || filters.hideMinor || filters.minClaims > 1
  );
}

export function hasDateRange(filters: Filters): boolean {
  return filters.from !== null || filters.to !== null;
}

/**
 * A node is hidden when its kind is filtered out, every document that mentions it is, or it takes
 * part in no claim (unless those are asked for: an entity that only is mentioned is no position);
 * an edge when its stance is filtered out, an end is hidden, or all its evidence comes from hidden
 * documents.
 */
export function computeHidden(graph: ClaimGraph, filters: Filters): Hidden {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const unclaimed = !filters.showUnclaimed ? unclaimedNodes(graph) : null;
  if (!isFiltering(filters) && !unclaimed?.size) return { nodes, edges };
  // A document out of the date range is hidden as an unticked one is.
  const dated = new Map(graph.getAttribute("documents").map((d) => [d.id, d.date ?? null]));
  const outOfRange = hasDateRange(filters)
    ? (doc: string) => !dateInRange(dated.get(doc) ?? null, filters.from ?? undefined, filters.to ?? undefined)
    : () => false;
  const docHidden = (doc: string) => filters.hiddenDocs.has(doc) || outOfRange(doc);
  const someDocsHidden = filters.hiddenDocs.size > 0 || hasDateRange(filters);
  const claimCount = filters.minClaims > 1 ? claimsPerNode(graph) : null;
  graph.forEachNode((key, a) => {
    if (filters.hiddenKinds.has(a.kind)) nodes.add(key);
    else if (filters.hideMinor && isMinorTopic(graph, key)) nodes.add(key);
    else if (claimCount && (claimCount.get(key) ?? 0) < filters.minClaims) nodes.add(key);
    else if (someDocsHidden && a.docs.length && a.docs.every(docHidden)) nodes.add(key);
    else if (unclaimed?.has(key)) nodes.add(key);
  });
  graph.forEachEdge((key, a, source, target) => {
    if (filters.hiddenStances.has(a.stance) || nodes.has(source) || nodes.has(target) || (someDocsHidden && a.evidence.every((e) => docHidden(e.doc))))
      edges.add(key);
  });
  return { nodes, edges };
}

/** Distinct claims each entity takes part in (speaker, target or addressee). */
export function claimsPerNode(graph: ClaimGraph): Map<string, number> {
  const claims = new Map<string, Set<string>>();
  const add = (node: string, claim: string) => (claims.get(node) ?? claims.set(node, new Set()).get(node)!).add(claim);
  graph.forEachEdge((_, a, source, target) => {
    add(source, a.claim);
    add(target, a.claim);
    if (a.addressee) add(a.addressee, a.claim);
  });
  return new Map([...claims].map(([k, v]) => [k, v.size]));
}

/** Entities that are no speaker, target or addressee of any claim. */
export function unclaimedNodes(graph: ClaimGraph): Set<string> {
  const addressees = new Set<string>();
  graph.forEachEdge((_, a) => {
    if (a.addressee) addressees.add(a.addressee);
  });
  const out = new Set<string>();
  graph.forEachNode((key) => {
    if (graph.degree(key) === 0 && !addressees.has(key)) out.add(key);
  });
  return out;
}
