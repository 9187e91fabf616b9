// The view in the URL hash, so a link reopens it: the selection (#node=<key> or #edge=<key>) and
// what the filters hide (&hide=stance:states&hide=kind:topic&hide=doc:<id>) and what they add
// (&show=unclaimed, &show=affiliations), and the date range (&from=2025-05-01&to=2025-06-15).
import { isEntityKind, isStance } from "../extraction/types.js";
import { emptyFilters, type Filters, type Selection } from "./state.js";

export interface HashView {
  selection: Selection;
  filters: Filters;
}

export function viewToHash(selection: Selection, filters: Filters = emptyFilters()): string {
  const parts: string[] = [];
  if (selection) parts.push(`${selection.type}=${encodeURIComponent(selection.key)}`);
  const hide = [
    ...[...filters.hiddenStances].map((s) => `stance:${s}`),
    ...[...filters.hiddenKinds].map((k) => `kind:${k}`),
    ...[...filters.hiddenDocs].map((d) => `doc:${d}`),
  ];
  for (const item of hide) parts.push(`hide=${encodeURIComponent(item)}`);
  if (filters.showUnclaimed) parts.push("show=unclaimed");
  if (filters.showAffiliations) parts.push("show=affiliations");
  if (filters.colorBy === "story") parts.push("color=story");
  if (filters.hideMinor) parts.push("hide=minor");
  if (filters.minClaims > 1) parts.push(`min=${filters.minClaims}`);
  if (filters.from) parts.push(`from=${filters.from}`);
  if (filters.to) parts.push(`to=${filters.to}`);
  return parts.length ? `#${parts.join("&")}` : "";
}

export function viewFromHash(hash: string): HashView {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const node = params.get("node");
  const edge = params.get("edge");
  const selection: Selection = node ? { type: "node", key: node } : edge ? { type: "edge", key: edge } : null;
  const filters = emptyFilters();
  for (const item of params.getAll("hide")) {
    const at = item.indexOf(":");
    const [kind, value] = [item.slice(0, at), item.slice(at + 1)];
    if (kind === "stance" && isStance(value)) filters.hiddenStances.add(value);
    else if (kind === "kind" && isEntityKind(value)) filters.hiddenKinds.add(value);
    else if (kind === "doc" && value) filters.hiddenDocs.add(value);
    else if (item === "minor") filters.hideMinor = true;
  }
  for (const item of params.getAll("show")) {
    if (item === "unclaimed") filters.showUnclaimed = true;
    if (item === "affiliations") filters.showAffiliations = true;
  }
  if (params.get("color") === "story") filters.colorBy = "story";
  const min = Number(params.get("min"));
  if (Number.isInteger(min) && min > 1 && min < 1000) filters.minClaims = min;
  const date = (v: string | null) => (v && /^\d{4}(-\d{2}){0,2}$/.test(v) ? v : null);
  filters.from = date(params.get("from"));
  filters.to = date(params.get("to"));
  return { selection, filters };
}

/** Only the selection (kept for callers that do not care about filters). */
export function selectionToHash(selection: Selection): string {
  return viewToHash(selection);
}

export function selectionFromHash(hash: string): Selection {
  return viewFromHash(hash).selection;
}
