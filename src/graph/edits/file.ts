// An edits file (docs/edits.md): a list of operations, an object with an `edits` list, or a graph
// JSON file whose corrections are to be carried over (its `attributes.edits`).
import type { EditRequest } from "./operations.js";
import { validateEdit } from "./operations.js";

/** The requests of an edits file, or the problems that make it unreadable (each naming the operation). */
export function parseEditsFile(text: string): { edits: EditRequest[] } | { problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    return { problems: [`not JSON (${(err as Error).message})`] };
  }
  const obj = typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  const attributes = obj && typeof obj.attributes === "object" && obj.attributes !== null ? (obj.attributes as Record<string, unknown>) : null;
  const list = Array.isArray(data)
    ? data
    : obj && Array.isArray(obj.edits)
      ? obj.edits
      : attributes && Array.isArray(attributes.edits)
        ? attributes.edits
        : attributes
          ? []
          : null;
  if (!list) return { problems: ['expected a list of operations, { "edits": [...] } or a graph file with attributes.edits'] };
  const problems = list.flatMap((op, i) => validateEdit(op, i, false));
  return problems.length ? { problems } : { edits: list as EditRequest[] };
}
