// Corrections by the user, as data: each one an operation recorded in the graph (the `edits`
// graph attribute, docs/graph.md "Corrections (edits)"), so that it travels with the graph JSON,
// can be undone and redone, and is applied again when more articles are added (replay.ts).
import { isEntityKind, isStance, type EntityKind, type Stance } from "../../extraction/types.js";

/**
 * A node as an operation names it: its key and its label when the operation was made, so that a
 * graph rebuilt from the articles finds it by key, then by name (label or alias). Either may be
 * "" in an operation read from a file that gave only the other; `kind` helps tell namesakes apart.
 */
export interface NodeRef {
  key: string;
  label: string;
  kind?: EntityKind;
}

/** Where a claim stands (its first evidence): a claim id of a rebuilt graph is checked against it. */
export interface ClaimSpan {
  doc: string;
  start: number;
  end: number;
}

/** What every recorded operation carries: when it was made (ISO 8601) and, optionally, by whom. */
export interface EditBase {
  at: string;
  by?: string;
}

/** A new label; the old one stays an alias, so the old name still finds the node. */
export interface RenameNode extends EditBase {
  op: "renameNode";
  node: NodeRef;
  label: string;
}
/** A new kind (the kind is no longer a guess). */
export interface SetNodeKind extends EditBase {
  op: "setNodeKind";
  node: NodeRef;
  kind: EntityKind;
}
/** `node` becomes `into`: its claims, affiliations, names and documents move; `node` goes. */
export interface MergeNodes extends EditBase {
  op: "mergeNodes";
  node: NodeRef;
  into: NodeRef;
}
/** An alias of `node` becomes a node of its own (key `key`, kind `kind`); claims stay where they are. */
export interface SplitAlias extends EditBase {
  op: "splitAlias";
  node: NodeRef;
  alias: string;
  key: string;
  kind: EntityKind;
}
/** A false entity: the node and the edges of its claims go; it stays gone when articles come. */
export interface DeleteNode extends EditBase {
  op: "deleteNode";
  node: NodeRef;
}
interface ClaimEdit extends EditBase {
  /** The claim id (the `claim` attribute its edges share). */
  claim: string;
  span?: ClaimSpan;
}
export interface SetClaimStance extends ClaimEdit {
  op: "setClaimStance";
  stance: Stance;
}
export interface SetClaimSpeaker extends ClaimEdit {
  op: "setClaimSpeaker";
  speaker: NodeRef;
}
/** The claim's targets, in order: one edge per target. */
export interface SetClaimTargets extends ClaimEdit {
  op: "setClaimTargets";
  targets: NodeRef[];
}
export interface SetClaimAddressee extends ClaimEdit {
  op: "setClaimAddressee";
  addressee: NodeRef | null;
}
export interface DeleteClaim extends ClaimEdit {
  op: "deleteClaim";
}
/** The document, the claims only it gives evidence for, and the nodes left with no claim and no document. */
export interface DeleteDocument extends EditBase {
  op: "deleteDocument";
  doc: string;
}

/** One recorded correction: what the graph attribute `edits` and an edits file hold. */
export type EditOp =
  | RenameNode
  | SetNodeKind
  | MergeNodes
  | SplitAlias
  | DeleteNode
  | SetClaimStance
  | SetClaimSpeaker
  | SetClaimTargets
  | SetClaimAddressee
  | DeleteClaim
  | DeleteDocument;

export type EditOpName = EditOp["op"];

export const EDIT_OPS: readonly EditOpName[] = [
  "renameNode",
  "setNodeKind",
  "mergeNodes",
  "splitAlias",
  "deleteNode",
  "setClaimStance",
  "setClaimSpeaker",
  "setClaimTargets",
  "setClaimAddressee",
  "deleteClaim",
  "deleteDocument",
];

/** A node as a caller names it: a key (a string), or a key and/or a label. */
export type NodeInput = string | { key?: string; label?: string; kind?: EntityKind };

type Input<T extends EditOp> = Omit<T, "at" | "by" | "node" | "into" | "speaker" | "targets" | "addressee" | "span" | "key" | "kind"> & {
  at?: string;
  by?: string;
  span?: ClaimSpan;
};

/**
 * A correction as the page or an edits file asks for it: nodes by key (or label), `at` filled
 * with the time it is applied, the key and kind of a split alias chosen when it is applied.
 */
export type EditRequest =
  | (Input<RenameNode> & { node: NodeInput })
  | (Input<SetNodeKind> & { node: NodeInput; kind: EntityKind })
  | (Input<MergeNodes> & { node: NodeInput; into: NodeInput })
  | (Input<SplitAlias> & { node: NodeInput; key?: string; kind?: EntityKind })
  | (Input<DeleteNode> & { node: NodeInput })
  | Input<SetClaimStance>
  | (Input<SetClaimSpeaker> & { speaker: NodeInput })
  | (Input<SetClaimTargets> & { targets: readonly NodeInput[] })
  | (Input<SetClaimAddressee> & { addressee: NodeInput | null })
  | Input<DeleteClaim>
  | Input<DeleteDocument>;

/** An operation that could not be applied, with why; it stays in the graph's log. */
export interface EditProblem {
  /** Its place in the list that was applied (the graph's log for a replay). */
  index: number;
  op: EditOp;
  reason: string;
}

/** A short description of an operation for messages: `mergeNodes "Zelensky" into "Volodymyr Zelenskyy"`. */
export function describeEdit(op: EditOp | EditRequest): string {
  const name = (n: NodeInput | null | undefined) => (n == null ? "nobody" : typeof n === "string" ? `"${n}"` : `"${n.label || n.key}"`);
  switch (op.op) {
    case "renameNode":
      return `renameNode ${name(op.node)} to "${op.label}"`;
    case "setNodeKind":
      return `setNodeKind ${name(op.node)} to ${op.kind}`;
    case "mergeNodes":
      return `mergeNodes ${name(op.node)} into ${name(op.into)}`;
    case "splitAlias":
      return `splitAlias "${op.alias}" off ${name(op.node)}`;
    case "deleteNode":
      return `deleteNode ${name(op.node)}`;
    case "setClaimStance":
      return `setClaimStance ${op.claim} to ${op.stance}`;
    case "setClaimSpeaker":
      return `setClaimSpeaker ${op.claim} to ${name(op.speaker)}`;
    case "setClaimTargets":
      return `setClaimTargets ${op.claim} to ${op.targets.map(name).join(", ")}`;
    case "setClaimAddressee":
      return `setClaimAddressee ${op.claim} to ${name(op.addressee)}`;
    case "deleteClaim":
      return `deleteClaim ${op.claim}`;
    case "deleteDocument":
      return `deleteDocument ${op.doc}`;
  }
}

// ---------------------------------------------------------------- validation

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The problems of one operation, as sentences naming it (`edit 3 (mergeNodes): ...`); empty when
 * it is valid. `recorded`: as the graph's log holds it (`at` required, nodes as objects);
 * otherwise as a request (an edits file: `at` may be left out, a node may be a key string).
 */
export function validateEdit(value: unknown, index: number, recorded: boolean): string[] {
  const problems: string[] = [];
  if (!isObject(value)) return [`edit ${index} is not an object`];
  const op = value.op;
  if (typeof op !== "string" || !(EDIT_OPS as readonly string[]).includes(op))
    return [`edit ${index}: op is ${JSON.stringify(op)}, expected one of ${EDIT_OPS.join(", ")}`];
  const name = `edit ${index} (${op})`;
  const add = (msg: string) => problems.push(`${name}: ${msg}`);
  if (
    recorded
      ? typeof value.at !== "string" || Number.isNaN(Date.parse(value.at))
      : value.at !== undefined && (typeof value.at !== "string" || Number.isNaN(Date.parse(value.at)))
  )
    add(`at must be an ISO 8601 time, found ${JSON.stringify(value.at)}`);
  if (value.by !== undefined && typeof value.by !== "string") add("by must be a string");
  const node = (field: string, nullable = false, v: unknown = value[field]) => {
    if (nullable && v === null) return;
    if (!recorded && typeof v === "string" && v) return;
    const ok =
      isObject(v) &&
      (v.key === undefined || typeof v.key === "string") &&
      (v.label === undefined || typeof v.label === "string") &&
      (v.kind === undefined || isEntityKind(v.kind)) &&
      !!(v.key || v.label) &&
      (!recorded || (typeof v.key === "string" && typeof v.label === "string"));
    if (!ok)
      add(`${field} must name a node: ${recorded ? "{ key, label }" : 'a key, or { "key", "label" } (either may be left out)'}${nullable ? ", or null" : ""}`);
  };
  const text = (field: string) => {
    if (typeof value[field] !== "string" || !(value[field] as string).trim()) add(`${field} must be a non-empty string`);
  };
  const claim = () => {
    text("claim");
    const s = value.span;
    if (s !== undefined && !(isObject(s) && typeof s.doc === "string" && Number.isInteger(s.start) && Number.isInteger(s.end)))
      add("span must be { doc, start, end } (a document id and two integers)");
  };
  switch (op as EditOpName) {
    case "renameNode":
      node("node");
      text("label");
      break;
    case "setNodeKind":
      node("node");
      if (!isEntityKind(value.kind)) add(`kind ${JSON.stringify(value.kind)} is not one of person, organization, country, place, group, topic`);
      break;
    case "mergeNodes":
      node("node");
      node("into");
      break;
    case "splitAlias":
      node("node");
      text("alias");
      if (recorded || value.key !== undefined) text("key");
      if ((recorded || value.kind !== undefined) && !isEntityKind(value.kind))
        add(`kind ${JSON.stringify(value.kind)} is not one of person, organization, country, place, group, topic`);
      break;
    case "deleteNode":
      node("node");
      break;
    case "setClaimStance":
      claim();
      if (!isStance(value.stance)) add(`stance ${JSON.stringify(value.stance)} is not one of states, proposes, demands, supports, opposes, commits`);
      break;
    case "setClaimSpeaker":
      claim();
      node("speaker");
      break;
    case "setClaimTargets":
      claim();
      if (!Array.isArray(value.targets) || !value.targets.length) add("targets must be a non-empty list of nodes (to remove a claim, use deleteClaim)");
      else value.targets.forEach((v, i) => node(`targets[${i}]`, false, v));
      break;
    case "setClaimAddressee":
      claim();
      node("addressee", true);
      break;
    case "deleteClaim":
      claim();
      break;
    case "deleteDocument":
      text("doc");
      break;
  }
  return problems;
}

/** The problems of a list of recorded operations (the graph attribute `edits`). */
export function validateEdits(value: unknown): string[] {
  if (!Array.isArray(value)) return ["attributes.edits must be a list of operations"];
  const problems: string[] = [];
  value.forEach((op, i) => {
    if (problems.length < 50) problems.push(...validateEdit(op, i, true));
  });
  return problems;
}
