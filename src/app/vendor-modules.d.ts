// Types for deep imports of packages that ship no declarations for them.
declare module "graphology-layout-forceatlas2/helpers.js" {
  import type Graph from "graphology-types";
  export function graphToByteArrays(graph: Graph, getEdgeWeight: (edge: string, attr: unknown) => number): { nodes: Float32Array; edges: Float32Array };
  export function assignLayoutChanges(graph: Graph, nodes: Float32Array, outputReducer: null): void;
  export function createWorker(fn: () => void): Worker;
}
declare module "graphology-layout-forceatlas2/webworker.js" {
  const workerFunction: () => void;
  export default workerFunction;
}
declare module "graphology-gexf/browser/writer.js" {
  import type Graph from "graphology-types";
  const write: (graph: Graph, options?: object) => string;
  export default write;
}
declare module "graphology-layout-forceatlas2/defaults.js" {
  import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}
declare module "graphology-graphml" {
  import type Graph from "graphology-types";
  export function parse(constructor: new () => Graph, source: string): Graph;
}
