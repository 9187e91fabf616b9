// The selection in the URL hash (#node=<key> or #edge=<key>), so a link reopens the same view.
import type { Selection } from "./state.js";

export function selectionToHash(selection: Selection): string {
  if (!selection) return "";
  return `#${selection.type}=${encodeURIComponent(selection.key)}`;
}

export function selectionFromHash(hash: string): Selection {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const node = params.get("node");
  if (node) return { type: "node", key: node };
  const edge = params.get("edge");
  if (edge) return { type: "edge", key: edge };
  return null;
}
