// How the graph looks, as pure functions of the data (tested without a browser).
import type { ClaimGraph } from "../graph/model.js";

/**
 * Node radius in pixels at the default zoom: grows with mentions and degree, sub-linearly; smaller
 * in big graphs so that thousands of nodes do not cover each other.
 */
export function nodeSize(mentions: number, degree: number, order = 0): number {
  const scale = order > 2000 ? 0.45 : order > 300 ? 0.7 : 1;
  return scale * Math.min(24, 4 + 2.4 * Math.sqrt(Math.max(0, mentions) + degree));
}

/**
 * Curvature of every edge: parallel edges (same speaker, same target) fan out so each stance stays
 * visible; a lone edge bends slightly so opposite directions never overlap. With `straightLone`
 * (big graphs, where curves cost drawing time), edges with no parallel and no reverse get 0: drawn
 * as straight arrows.
 */
export function edgeCurvatures(graph: ClaimGraph, straightLone = false): Map<string, number> {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _a, source, target) => {
    const k = `${source}\u0000${target}`;
    const g = groups.get(k);
    if (g) g.push(edge);
    else groups.set(k, [edge]);
  });
  const out = new Map<string, number>();
  for (const [k, edges] of groups) {
    const [s, t] = k.split("\u0000");
    if (straightLone && edges.length === 1 && !groups.has(`${t}\u0000${s}`)) out.set(edges[0]!, 0);
    else edges.forEach((e, i) => out.set(e, 0.12 + 0.28 * i));
  }
  return out;
}

/** Above this many edges, edge events are off (picking an edge under the pointer costs a GPU read). */
export const BIG_GRAPH_EDGES = 5000;
/**
 * Above this many edges, lone edges are straight and edges hide while the camera moves: drawing
 * thousands of arrows is what a frame costs (at 1,000 nodes and 4,000 edges, 9 fps of panning on
 * software WebGL with the arrows drawn, all of it GPU time; docs/explorer.md).
 */
export const STRAIGHT_EDGES_FROM = 2000;

/**
 * Label crowding: a small graph labels every node; a big one labels the biggest nodes and lets
 * sigma's label grid keep one label per cell, so labels never pile up.
 */
export function labelSettings(order: number) {
  return order <= 150
    ? { labelDensity: 1, labelGridCellSize: 100, labelRenderedSizeThreshold: 0 }
    : { labelDensity: 0.5, labelGridCellSize: 120, labelRenderedSizeThreshold: order > 2000 ? 5 : 8 };
}

/**
 * One arrow per claim: a claim about several entities is an edge per target in the graph
 * (CONTRACT.md), drawn as one arrow to its first target; the others are drawn only when the claim
 * or one of its ends is in focus. Returns the edges not drawn by default.
 */
export function secondaryClaimEdges(graph: ClaimGraph): Set<string> {
  const first = new Set<string>();
  const out = new Set<string>();
  graph.forEachEdge((edge, a) => {
    if (first.has(a.claim)) out.add(edge);
    else first.add(a.claim);
  });
  return out;
}
