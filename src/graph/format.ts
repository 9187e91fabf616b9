// Export and import of the graph JSON (graphology serialization, CONTRACT.md).
// Import validates everything a reader relies on and says exactly what is wrong.
import { isEntityKind, isStance } from "../extraction/types.js";
import { createClaimGraph, FORMAT, type ClaimGraph } from "./model.js";

export class GraphFormatError extends Error {
  constructor(public readonly problems: string[]) {
    super(
      `Not a valid claimgraph file: ${problems.slice(0, 5).join("; ")}` +
        (problems.length > 5 ? ` (and ${problems.length - 5} more problems)` : ""),
    );
    this.name = "GraphFormatError";
  }
}

/** The graph as the contract's JSON object (layout attributes included when present). */
export function exportGraph(graph: ClaimGraph): object {
  return graph.export();
}

export function exportGraphJSON(graph: ClaimGraph, indent = 0): string {
  return JSON.stringify(exportGraph(graph), null, indent || undefined);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => Number.isInteger(v);

/**
 * Parse and validate a graph file. Throws GraphFormatError listing the problems; never returns
 * a half-read graph, so a caller can keep its current graph when this throws.
 */
export function importGraph(input: string | unknown): ClaimGraph {
  let data: unknown = input;
  if (typeof input === "string") {
    try {
      data = JSON.parse(input);
    } catch (err) {
      throw new GraphFormatError([`the file is not JSON (${(err as Error).message})`]);
    }
  }
  const problems = validateGraphData(data);
  if (problems.length) throw new GraphFormatError(problems);

  const graph = createClaimGraph();
  const d = data as { attributes: Record<string, unknown>; nodes: unknown[]; edges: unknown[] };
  graph.import({ attributes: d.attributes, nodes: d.nodes, edges: d.edges } as never);
  graph.forEachNode((key, a) => {
    if (!Array.isArray(a.aliases)) graph.setNodeAttribute(key, "aliases", []);
    if (!Array.isArray(a.docs)) graph.setNodeAttribute(key, "docs", []);
    if (!isInt(a.mentions)) graph.setNodeAttribute(key, "mentions", 1);
  });
  return graph;
}

/** Every problem of a graph object, as sentences; empty when it is valid. */
export function validateGraphData(data: unknown): string[] {
  const problems: string[] = [];
  const add = (msg: string) => {
    if (problems.length < 50) problems.push(msg);
  };
  if (!isObject(data)) return ["the top level must be an object with options, attributes, nodes and edges"];

  const options = data.options;
  if (options !== undefined) {
    if (!isObject(options)) add("options must be an object");
    else {
      if (options.type !== undefined && options.type !== "directed" && options.type !== "mixed")
        add(`options.type is "${String(options.type)}", expected "directed"`);
      if (options.multi === false) add("options.multi is false, expected true (a claims graph is a multigraph)");
    }
  }

  const attributes = data.attributes;
  const docLengths = new Map<string, string>();
  if (!isObject(attributes)) add("attributes must be an object with format and documents");
  else {
    if (attributes.format !== FORMAT) add(`attributes.format is ${JSON.stringify(attributes.format)}, expected "${FORMAT}"`);
    if (!Array.isArray(attributes.documents)) add("attributes.documents must be a list");
    else
      attributes.documents.forEach((doc, i) => {
        if (!isObject(doc) || typeof doc.id !== "string" || typeof doc.text !== "string")
          add(`document ${i} needs a string id and a string text`);
        else if (docLengths.has(doc.id)) add(`document id "${doc.id}" is used twice`);
        else docLengths.set(doc.id, doc.text);
      });
  }

  const nodeKeys = new Set<string>();
  if (!Array.isArray(data.nodes)) add("nodes must be a list");
  else
    data.nodes.forEach((node, i) => {
      if (!isObject(node) || typeof node.key !== "string") return add(`node ${i} has no string key`);
      if (nodeKeys.has(node.key)) add(`node "${node.key}" appears twice`);
      nodeKeys.add(node.key);
      const a = node.attributes;
      if (!isObject(a)) return add(`node "${node.key}" has no attributes`);
      if (typeof a.label !== "string" || !a.label) add(`node "${node.key}" has no label`);
      if (!isEntityKind(a.kind)) add(`node "${node.key}" has kind ${JSON.stringify(a.kind)}, expected one of person, organization, country, place, group, topic`);
      if (a.aliases !== undefined && !(Array.isArray(a.aliases) && a.aliases.every((x) => typeof x === "string")))
        add(`node "${node.key}": aliases must be a list of strings`);
      if (a.kindGuessed !== undefined && typeof a.kindGuessed !== "boolean") add(`node "${node.key}": kindGuessed must be true or false`);
      if (a.affiliations !== undefined && !Array.isArray(a.affiliations)) add(`node "${node.key}": affiliations must be a list`);
    });
  // Affiliations name other nodes (checked once every node is known).
  if (Array.isArray(data.nodes))
    for (const node of data.nodes) {
      const list = isObject(node) && isObject(node.attributes) ? node.attributes.affiliations : undefined;
      if (!Array.isArray(list)) continue;
      list.forEach((aff, j) => {
        if (!isObject(aff) || typeof aff.entity !== "string" || !nodeKeys.has(aff.entity))
          return add(`node "${String(node.key)}": affiliation ${j} names ${JSON.stringify(isObject(aff) ? aff.entity : aff)}, which is not a node`);
        if (aff.role !== undefined && typeof aff.role !== "string") add(`node "${String(node.key)}": affiliation ${j} role must be a string`);
        if (aff.docs !== undefined && !(Array.isArray(aff.docs) && aff.docs.every((d) => typeof d === "string"))) add(`node "${String(node.key)}": affiliation ${j} docs must be a list of document ids`);
      });
    }

  const edgeKeys = new Set<string>();
  if (!Array.isArray(data.edges)) add("edges must be a list");
  else
    data.edges.forEach((edge, i) => {
      if (!isObject(edge)) return add(`edge ${i} is not an object`);
      const name = typeof edge.key === "string" ? `edge "${edge.key}"` : `edge ${i}`;
      if (typeof edge.key === "string") {
        if (edgeKeys.has(edge.key)) add(`${name} appears twice`);
        edgeKeys.add(edge.key);
      }
      if (edge.undirected === true) add(`${name} is undirected; claims are directed from the speaker`);
      for (const end of ["source", "target"] as const)
        if (typeof edge[end] !== "string" || !nodeKeys.has(edge[end] as string))
          add(`${name}: ${end} ${JSON.stringify(edge[end])} is not a node`);
      const a = edge.attributes;
      if (!isObject(a)) return add(`${name} has no attributes`);
      if (!isStance(a.stance)) add(`${name}: stance ${JSON.stringify(a.stance)} is not one of states, proposes, demands, supports, opposes, commits`);
      if (typeof a.claim !== "string") add(`${name}: claim id missing`);
      if (a.addressee != null && (typeof a.addressee !== "string" || !nodeKeys.has(a.addressee)))
        add(`${name}: addressee ${JSON.stringify(a.addressee)} is not a node`);
      if (!Array.isArray(a.evidence) || !a.evidence.length) return add(`${name}: evidence must be a non-empty list`);
      a.evidence.forEach((ev, j) => {
        if (!isObject(ev) || !isInt(ev.start) || !isInt(ev.end) || ev.start < 0 || ev.end <= ev.start)
          return add(`${name}: evidence ${j} needs integers 0 <= start < end`);
        const text = typeof ev.doc === "string" ? docLengths.get(ev.doc) : undefined;
        if (text === undefined) return add(`${name}: evidence ${j} names unknown document ${JSON.stringify(ev.doc)}`);
        if (ev.end > text.length) add(`${name}: evidence ${j} ends at ${ev.end}, past the end of document "${ev.doc}" (${text.length} characters)`);
        else if (typeof ev.text === "string" && text.slice(ev.start, ev.end) !== ev.text)
          add(`${name}: evidence ${j} text does not match the document at ${ev.start}-${ev.end}`);
      });
    });
  return problems;
}
