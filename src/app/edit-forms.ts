// The correction forms of the side panel: on an entity (rename, kind, merge into another, split
// an alias off, delete), on a claim (stance, speaker, targets, addressee, delete) and on a
// document (delete). Each builds an operation of graph/edits and hands it to the page's
// Corrections, which applies, records and reports it. Names are picked from the graph's own.
import { ENTITY_KINDS, STANCES, type EntityKind, type Stance } from "../extraction/types.js";
import type { EditRequest } from "../graph/edits/index.js";
import type { ClaimGraph, EdgeAttributes } from "../graph/model.js";
import { KIND_COLORS } from "./colors.js";
import { clear, h } from "./dom.js";
import { searchNodes } from "./search.js";

export interface Editor {
  apply(request: EditRequest): boolean;
}

/** A name field that lists the graph's matching entities; a click picks one. */
export function namePicker(graph: ClaimGraph, options: { label: string; exclude?: string; onPick(key: string): void; testid?: string }): HTMLElement {
  const input = h("input", {
    type: "search",
    class: "name-picker-input",
    placeholder: "Type a name…",
    "aria-label": options.label,
    autocomplete: "off",
    ...(options.testid ? { "data-testid": options.testid } : {}),
  });
  const list = h("ul", { class: "name-picker-list", role: "listbox" });
  input.addEventListener("input", () => {
    clear(list);
    for (const hit of searchNodes(graph, input.value, 6).filter((x) => x.node !== options.exclude)) {
      const kind = graph.getNodeAttribute(hit.node, "kind");
      const button = h(
        "button",
        { type: "button", class: "name-pick", "data-node": hit.node },
        h("span", { class: "dot", style: `background:${KIND_COLORS[kind]}` }),
        hit.label,
        hit.matched !== hit.label ? h("span", { class: "muted" }, ` (${hit.matched})`) : null,
      );
      button.addEventListener("click", () => options.onPick(hit.node));
      list.append(h("li", {}, button));
    }
  });
  return h("div", { class: "name-picker" }, h("label", {}, options.label, " ", input), list);
}

const kindSelect = (current: EntityKind) =>
  h(
    "select",
    { "aria-label": "Kind" },
    ENTITY_KINDS.map((k) => h("option", { value: k, selected: k === current }, k)),
  );

/** "Correct this entity": rename, kind, merge, split an alias, delete. */
export function nodeEditor(graph: ClaimGraph, key: string, editor: Editor): HTMLElement {
  const a = graph.getNodeAttributes(key);
  const name = h("input", { type: "text", value: a.label, "aria-label": "New name", "data-testid": "rename-input" });
  const rename = h("button", { type: "button", "data-action": "rename" }, "Rename");
  rename.addEventListener("click", () => name.value.trim() && editor.apply({ op: "renameNode", node: key, label: name.value.trim() }));
  const kind = kindSelect(a.kind);
  const setKind = h("button", { type: "button", "data-action": "kind" }, "Change kind");
  setKind.addEventListener("click", () => editor.apply({ op: "setNodeKind", node: key, kind: kind.value as EntityKind }));
  const merge = namePicker(graph, {
    label: "Merge into",
    exclude: key,
    testid: "merge-input",
    onPick: (into) => editor.apply({ op: "mergeNodes", node: key, into }),
  });
  const aliases = a.aliases.filter((x) => x !== a.label);
  const aliasSelect = h(
    "select",
    { "aria-label": "Alias to split off" },
    aliases.map((x) => h("option", { value: x }, x)),
  );
  const split = h("button", { type: "button", "data-action": "split" }, "Split off");
  split.addEventListener("click", () => aliasSelect.value && editor.apply({ op: "splitAlias", node: key, alias: aliasSelect.value }));
  const remove = h("button", { type: "button", class: "danger", "data-action": "delete-node" }, `Delete ${a.label}`);
  remove.addEventListener("click", () => editor.apply({ op: "deleteNode", node: key }));
  return h(
    "details",
    { class: "edit", "data-testid": "node-editor" },
    h("summary", {}, "Correct this entity"),
    h("div", { class: "edit-row" }, name, rename),
    h("div", { class: "edit-row" }, kind, setKind),
    merge,
    aliases.length ? h("div", { class: "edit-row" }, aliasSelect, split) : null,
    h("p", { class: "muted edit-note" }, "Corrections are kept with the graph and applied again when articles are added; Ctrl+Z undoes."),
    h("div", { class: "edit-row" }, remove),
  );
}

/** "Correct this claim": stance, speaker, targets, addressee, delete. */
export function claimEditor(
  graph: ClaimGraph,
  claim: { claim: string; speaker: string; targets: string[]; attrs: EdgeAttributes },
  editor: Editor,
): HTMLElement {
  const stance = h(
    "select",
    { "aria-label": "Stance", "data-testid": "stance-select" },
    STANCES.map((s) => h("option", { value: s, selected: s === claim.attrs.stance }, s)),
  );
  const setStance = h("button", { type: "button", "data-action": "stance" }, "Change stance");
  setStance.addEventListener("click", () => editor.apply({ op: "setClaimStance", claim: claim.claim, stance: stance.value as Stance }));
  const label = (k: string) => (graph.hasNode(k) ? graph.getNodeAttribute(k, "label") : k);
  const targets = h(
    "ul",
    { class: "edit-targets" },
    claim.targets.map((t) => {
      const drop = h(
        "button",
        { type: "button", class: "chip-remove", "aria-label": `Remove ${label(t)} from the targets`, disabled: claim.targets.length < 2 },
        "×",
      );
      drop.addEventListener("click", () => editor.apply({ op: "setClaimTargets", claim: claim.claim, targets: claim.targets.filter((x) => x !== t) }));
      return h("li", { class: "chip" }, label(t), drop);
    }),
  );
  const noAddressee = h("button", { type: "button", "data-action": "no-addressee", disabled: !claim.attrs.addressee }, "No addressee");
  noAddressee.addEventListener("click", () => editor.apply({ op: "setClaimAddressee", claim: claim.claim, addressee: null }));
  const remove = h("button", { type: "button", class: "danger", "data-action": "delete-claim" }, "Delete this claim");
  remove.addEventListener("click", () => editor.apply({ op: "deleteClaim", claim: claim.claim }));
  return h(
    "details",
    { class: "edit", "data-testid": "claim-editor" },
    h("summary", {}, "Correct this claim"),
    h("div", { class: "edit-row" }, stance, setStance),
    namePicker(graph, { label: "Speaker", exclude: claim.speaker, onPick: (speaker) => editor.apply({ op: "setClaimSpeaker", claim: claim.claim, speaker }) }),
    h("div", {}, h("span", { class: "muted" }, "About: "), targets),
    namePicker(graph, { label: "Add a target", onPick: (t) => editor.apply({ op: "setClaimTargets", claim: claim.claim, targets: [...claim.targets, t] }) }),
    namePicker(graph, { label: "Addressee", onPick: (addressee) => editor.apply({ op: "setClaimAddressee", claim: claim.claim, addressee }) }),
    h("div", { class: "edit-row" }, noAddressee, remove),
  );
}

/** The × of a document in the documents list: its claims go, and the entities left without any. */
export function documentDeleteButton(doc: { id: string; title: string | null; source: string }, editor: Editor): HTMLElement {
  const name = doc.title || doc.source || doc.id;
  const button = h(
    "button",
    {
      type: "button",
      class: "doc-delete",
      "aria-label": `Delete the document ${name}`,
      title: `Delete “${name}”, its claims and the entities only it mentions`,
    },
    "×",
  );
  button.addEventListener("click", () => editor.apply({ op: "deleteDocument", doc: doc.id }));
  return button;
}
