// JSON lines: one article per line, {title, date, url, text}. A bad line is reported with its
// number and skipped; the other lines are kept.
import type { SourceDocument } from "../types.js";
import { normalizeDate } from "./dates.js";
import { clipTitle } from "./plaintext.js";
import { slugify } from "./slug.js";

export interface JsonLinesResult {
  documents: SourceDocument[];
  /** One sentence per skipped line, naming the line number. */
  problems: string[];
}

const TEXT_FIELDS = ["text", "body", "content"] as const;

export function readJsonLines(fileName: string, fileId: string, content: string): JsonLinesResult {
  const documents: SourceDocument[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  content.split(/\r\n|\n|\r/).forEach((line, i) => {
    const lineNo = i + 1;
    if (!line.trim()) return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (err) {
      problems.push(`${fileName} line ${lineNo}: not valid JSON (${(err as Error).message})`);
      return;
    }
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      problems.push(`${fileName} line ${lineNo}: expected an object {title, date, url, text}`);
      return;
    }
    const r = record as Record<string, unknown>;
    const text = TEXT_FIELDS.map((f) => r[f]).find((v): v is string => typeof v === "string");
    if (!text?.trim()) {
      problems.push(`${fileName} line ${lineNo}: no "text" string (or it is empty)`);
      return;
    }
    const title = typeof r.title === "string" ? clipTitle(r.title) : null;
    const url = typeof r.url === "string" && r.url.trim() ? r.url.trim() : null;
    // Ids: the title's slug reads well in the graph; the line number keeps untitled ones apart.
    let id = title ? `${fileId}-${slugify(title, 60)}` : `${fileId}-${lineNo}`;
    if (ids.has(id)) id = `${id}-${lineNo}`;
    ids.add(id);
    documents.push({ id, title, date: normalizeDate(r.date), source: url ?? `${fileName}:${lineNo}`, text });
  });
  return { documents, problems };
}
