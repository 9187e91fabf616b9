// Export and import of the graph JSON (graphology serialization, CONTRACT.md).
// Import validates everything a reader relies on and says exactly what is wrong.
import { isEntityKind, isStance } from "../extraction/types.js";
import { validateEdits } from "./edits/operations.js";
import { createClaimGraph, FORMAT, type ClaimGraph } from "./model.js";

export class GraphFormatError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Not a valid claimgraph file: ${problems.slice(0, 5).join("; ")}` + (problems.length > 5 ? ` (and ${problems.length - 5} more problems)` : ""));
    this.name = "GraphFormatError";
  }
}

/** The graph as the contract's JSON object (layout attributes included when present). */
export function exportGraph(graph: ClaimGraph): object {
  return graph.export();
}

/** The graph JSON as one string: for graphs far below V8's longest string (see graphJSONChunks). */
export function exportGraphJSON(graph: ClaimGraph, indent = 0): string {
  let out = "";
  for (const chunk of graphJSONChunks(graph, indent)) out += chunk;
  return out;
}

/**
 * The graph JSON in pieces, one document, node or edge at a time: exactly the text of
 * `JSON.stringify(graph.export(), null, indent)`, without ever holding it whole. A 35 MB feed made
 * a graph file longer than V8's longest string (512 MB): writing it whole lost the whole run.
 */
export function* graphJSONChunks(graph: ClaimGraph, indent = 0): Generator<string> {
  const nl = indent ? "\n" : "";
  const sp = indent ? " " : "";
  const pad = (level: number) => " ".repeat(indent * level);
  // A value at nesting `level`: its inner lines indented as JSON.stringify would at that depth.
  const value = (v: unknown, level: number) => {
    const json = JSON.stringify(v, null, indent || undefined);
    return indent ? json.replace(/\n/g, `\n${pad(level)}`) : json;
  };
  const key = (k: string, level: number) => `${nl}${pad(level)}${JSON.stringify(k)}:${sp}`;
  function* list(items: Iterable<unknown>, level: number): Generator<string> {
    let first = true;
    for (const item of items) {
      yield `${first ? "[" : ","}${nl}${pad(level + 1)}${value(item, level + 1)}`;
      first = false;
    }
    yield first ? "[]" : `${nl}${pad(level)}]`;
  }

  yield `{${key("options", 1)}${value({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops }, 1)},`;
  yield `${key("attributes", 1)}`;
  const attributes = Object.entries(graph.getAttributes()).filter(([, v]) => v !== undefined && typeof v !== "function");
  if (!attributes.length) yield "{}";
  for (let i = 0; i < attributes.length; i++) {
    const [name, v] = attributes[i]!;
    yield `${i ? "," : "{"}${key(name, 2)}`;
    if ((name === "documents" || name === "edits") && Array.isArray(v)) yield* list(v, 2);
    else yield value(v, 2);
    if (i === attributes.length - 1) yield `${nl}${pad(1)}}`;
  }
  yield `,${key("nodes", 1)}`;
  yield* list(nodeRecords(graph), 1);
  yield `,${key("edges", 1)}`;
  yield* list(edgeRecords(graph), 1);
  yield `${nl}}`;
}

/** Nodes as graphology's export writes them: attributes left out when there are none. */
function* nodeRecords(graph: ClaimGraph): Generator<object> {
  for (const { node, attributes } of graph.nodeEntries()) yield Object.keys(attributes).length ? { key: node, attributes } : { key: node };
}

function* edgeRecords(graph: ClaimGraph): Generator<object> {
  for (const { edge, attributes, source, target } of graph.edgeEntries())
    yield Object.keys(attributes).length ? { key: edge, source, target, attributes } : { key: edge, source, target };
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
  // What the contract lets a writer leave out, filled in once here, so that no reader (queries,
  // panel, exports) meets a missing field: a file that passes validation is a file that works.
  graph.updateAttribute("documents", (docs) =>
    (docs ?? []).map((doc) => ({ ...doc, title: doc.title ?? null, date: doc.date ?? null, source: doc.source ?? doc.id })),
  );
  const texts = new Map(graph.getAttribute("documents").map((doc) => [doc.id, doc.text]));
  graph.forEachNode((key, a) => {
    if (!Array.isArray(a.aliases)) graph.setNodeAttribute(key, "aliases", []);
    if (!Array.isArray(a.docs)) graph.setNodeAttribute(key, "docs", []);
    if (!isInt(a.mentions)) graph.setNodeAttribute(key, "mentions", 1);
  });
  graph.updateEachEdgeAttributes((_, a) => {
    const evidence = a.evidence.map((ev) => (typeof ev.text === "string" ? ev : { ...ev, text: texts.get(ev.doc)!.slice(ev.start, ev.end) }));
    return { ...a, evidence, summary: a.summary ?? evidence[0]!.text, quote: a.quote ?? null, addressee: a.addressee ?? null };
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
        if (!isObject(doc) || typeof doc.id !== "string" || typeof doc.text !== "string") add(`document ${i} needs a string id and a string text`);
        else if (docLengths.has(doc.id)) add(`document id "${doc.id}" is used twice`);
        else {
          docLengths.set(doc.id, doc.text);
          for (const field of ["title", "date", "source", "url"] as const)
            if (doc[field] != null && typeof doc[field] !== "string") add(`document "${doc.id}": ${field} must be a string or null`);
        }
      });
    // The user's corrections (optional; docs/graph.md "Corrections (edits)").
    if (attributes.edits !== undefined) validateEdits(attributes.edits).forEach((p) => add(`attributes.edits: ${p}`));
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
      if (!isEntityKind(a.kind))
        add(`node "${node.key}" has kind ${JSON.stringify(a.kind)}, expected one of person, organization, country, place, group, topic`);
      if (a.aliases !== undefined && !(Array.isArray(a.aliases) && a.aliases.every((x) => typeof x === "string")))
        add(`node "${node.key}": aliases must be a list of strings`);
      if (a.docs !== undefined && !(Array.isArray(a.docs) && a.docs.every((x) => typeof x === "string")))
        add(`node "${node.key}": docs must be a list of document ids`);
      if (a.mentions !== undefined && !(isInt(a.mentions) && a.mentions >= 0)) add(`node "${node.key}": mentions must be a whole number`);
      if (a.kindGuessed !== undefined && typeof a.kindGuessed !== "boolean") add(`node "${node.key}": kindGuessed must be true or false`);
      if (a.affiliations !== undefined && !Array.isArray(a.affiliations)) add(`node "${node.key}": affiliations must be a list`);
      if (a.edited !== undefined && typeof a.edited !== "boolean") add(`node "${node.key}": edited must be true or false`);
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
        if (aff.docs !== undefined && !(Array.isArray(aff.docs) && aff.docs.every((d) => typeof d === "string")))
          add(`node "${String(node.key)}": affiliation ${j} docs must be a list of document ids`);
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
        if (typeof edge[end] !== "string" || !nodeKeys.has(edge[end] as string)) add(`${name}: ${end} ${JSON.stringify(edge[end])} is not a node`);
      const a = edge.attributes;
      if (!isObject(a)) return add(`${name} has no attributes`);
      if (!isStance(a.stance)) add(`${name}: stance ${JSON.stringify(a.stance)} is not one of states, proposes, demands, supports, opposes, commits`);
      if (typeof a.claim !== "string") add(`${name}: claim id missing`);
      for (const field of ["summary", "quote", "cue"] as const)
        if (a[field] != null && typeof a[field] !== "string") add(`${name}: ${field} must be a string${field === "quote" ? " or null" : ""}`);
      if (a.edited !== undefined && typeof a.edited !== "boolean") add(`${name}: edited must be true or false`);
      if (a.repeats !== undefined && typeof a.repeats !== "string") add(`${name}: repeats must be a claim id`);
      if (a.addressee != null && (typeof a.addressee !== "string" || !nodeKeys.has(a.addressee)))
        add(`${name}: addressee ${JSON.stringify(a.addressee)} is not a node`);
      if (!Array.isArray(a.evidence) || !a.evidence.length) return add(`${name}: evidence must be a non-empty list`);
      a.evidence.forEach((ev, j) => {
        if (!isObject(ev) || !isInt(ev.start) || !isInt(ev.end) || ev.start < 0 || ev.end <= ev.start)
          return add(`${name}: evidence ${j} needs integers 0 <= start < end`);
        const text = typeof ev.doc === "string" ? docLengths.get(ev.doc) : undefined;
        if (text === undefined) return add(`${name}: evidence ${j} names unknown document ${JSON.stringify(ev.doc)}`);
        if (ev.end > text.length) add(`${name}: evidence ${j} ends at ${ev.end}, past the end of document "${ev.doc}" (${text.length} characters)`);
        else if (ev.text != null && typeof ev.text !== "string") add(`${name}: evidence ${j} text must be a string`);
        else if (typeof ev.text === "string" && text.slice(ev.start, ev.end) !== ev.text)
          add(`${name}: evidence ${j} text does not match the document at ${ev.start}-${ev.end}`);
      });
    });
  return problems;
}
