// A correction as asked (nodes by key or label, no time) made into the operation that is
// recorded: each node named by its key and label (and kind), a claim by its id and the place it
// stands, the time it was made and by whom.
import { foldName, nameSlug } from "../../extraction/text/names.js";
import { EditError, type GraphEditor } from "./apply.js";
import type { ClaimSpan, EditOp, EditRequest, NodeInput, NodeRef } from "./operations.js";

const KEY = /^(?:person|organization|country|place|group|topic):\S/;

export interface PrepareOptions {
  /** Who makes the corrections (recorded as `by` when the request names nobody). */
  by?: string;
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
  /**
   * Strict (the page): a node, claim or document that is not in the graph is an EditError.
   * Otherwise (an edits file) the operation is recorded as given, to apply when it can.
   */
  strict?: boolean;
}

/** The recorded form of a request (see PrepareOptions). */
export function prepareEdit(ed: GraphEditor, request: EditRequest, options: PrepareOptions = {}): EditOp {
  const g = ed.graph;
  const ref = (input: NodeInput, role: string): NodeRef => {
    // A string is a key when a node has it or it reads like one ("person:..."), else a label.
    const given = typeof input !== "string" ? input : g.hasNode(input) || KEY.test(input) ? { key: input } : { label: input };
    const found = ed.findNode({ key: given.key ?? "", label: given.label ?? "", kind: given.kind });
    if ("key" in found) {
      const a = g.getNodeAttributes(found.key);
      return { key: found.key, label: a.label, kind: a.kind };
    }
    if (options.strict) throw new EditError(`${role}: ${found.reason}`);
    return { key: given.key ?? "", label: given.label ?? "", ...(given.kind ? { kind: given.kind } : {}) };
  };
  const span = (claim: string, given: ClaimSpan | undefined): ClaimSpan | undefined => {
    if (given) return given;
    const edges = ed.claimEdges(claim);
    if (!edges.length) {
      if (options.strict) throw new EditError(`no claim ${claim} in the graph`);
      return undefined;
    }
    const ev = g.getEdgeAttributes(edges[0]).evidence[0];
    return ev ? { doc: ev.doc, start: ev.start, end: ev.end } : undefined;
  };
  const at = request.at ?? (options.now?.() ?? new Date()).toISOString();
  const by = request.by ?? options.by;
  const stamp = by !== undefined ? { at, by } : { at };
  const withSpan = (claim: string, given: ClaimSpan | undefined) => {
    const s = span(claim, given);
    return s ? { span: s } : {};
  };
  switch (request.op) {
    case "renameNode":
      return { op: "renameNode", node: ref(request.node, "the node"), label: request.label, ...stamp };
    case "setNodeKind":
      return { op: "setNodeKind", node: ref(request.node, "the node"), kind: request.kind, ...stamp };
    case "mergeNodes": {
      const node = ref(request.node, "the node to merge");
      const into = ref(request.into, "the node to merge into");
      if (options.strict && node.key === into.key) throw new EditError(`"${node.label}" cannot be merged into itself`);
      return { op: "mergeNodes", node, into, ...stamp };
    }
    case "splitAlias": {
      const node = ref(request.node, "the node");
      const kind = request.kind ?? node.kind ?? "topic";
      if (options.strict && !g.getNodeAttribute(node.key, "aliases").some((a) => foldName(a) === foldName(request.alias)))
        throw new EditError(`"${request.alias}" is not an alias of "${node.label}"`);
      const key = request.key ?? ed.freeNodeKey(`${kind}:${nameSlug(request.alias)}`);
      return { op: "splitAlias", node, alias: request.alias, key, kind, ...stamp };
    }
    case "deleteNode":
      return { op: "deleteNode", node: ref(request.node, "the node"), ...stamp };
    case "setClaimStance":
      return { op: "setClaimStance", claim: request.claim, ...withSpan(request.claim, request.span), stance: request.stance, ...stamp };
    case "setClaimSpeaker":
      return { op: "setClaimSpeaker", claim: request.claim, ...withSpan(request.claim, request.span), speaker: ref(request.speaker, "the speaker"), ...stamp };
    case "setClaimTargets":
      if (options.strict && !request.targets.length) throw new EditError("a claim needs a target (to remove it, delete the claim)");
      return {
        op: "setClaimTargets",
        claim: request.claim,
        ...withSpan(request.claim, request.span),
        targets: request.targets.map((t) => ref(t, "a target")),
        ...stamp,
      };
    case "setClaimAddressee":
      return {
        op: "setClaimAddressee",
        claim: request.claim,
        ...withSpan(request.claim, request.span),
        addressee: request.addressee === null ? null : ref(request.addressee, "the addressee"),
        ...stamp,
      };
    case "deleteClaim":
      return { op: "deleteClaim", claim: request.claim, ...withSpan(request.claim, request.span), ...stamp };
    case "deleteDocument":
      if (options.strict && !g.getAttribute("documents").some((d) => d.id === request.doc)) throw new EditError(`no document ${request.doc} in the graph`);
      return { op: "deleteDocument", doc: request.doc, ...stamp };
  }
}

/** Whether a request asks for what a recorded operation did (an edits file given twice adds nothing twice). */
export function sameEdit(request: EditRequest, op: EditOp): boolean {
  if (request.op !== op.op) return false;
  const r = request as unknown as Record<string, unknown>;
  const o = op as unknown as Record<string, unknown>;
  const sameRef = (input: unknown, recorded: unknown): boolean => {
    if (input === null || recorded === null) return input === recorded;
    const ref = recorded as NodeRef;
    if (typeof input === "string") return input === ref.key || input === ref.label;
    const i = input as { key?: string; label?: string };
    return (!i.key || i.key === ref.key) && (!i.label || i.label === ref.label) && !!(i.key || i.label);
  };
  for (const [field, value] of Object.entries(r)) {
    if (field === "at" || field === "by" || field === "op" || value === undefined) continue;
    const other = o[field];
    if (field === "node" || field === "into" || field === "speaker" || field === "addressee") {
      if (!sameRef(value, other)) return false;
    } else if (field === "targets") {
      if (!Array.isArray(value) || !Array.isArray(other) || value.length !== other.length || !value.every((v, i) => sameRef(v, other[i]))) return false;
    } else if (JSON.stringify(value) !== JSON.stringify(other)) return false;
  }
  return true;
}
