// JSON lines: one article per line, {title, date, url, text}. A bad line is reported with its
// number and skipped; the other lines are kept. A .json file holds one such object or a list.
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
  const records = content.split(/\r\n|\n|\r/).map((line, i) => ({ line, where: `line ${i + 1}`, n: i + 1 }));
  return readRecords(fileName, fileId, records);
}

/**
 * A run of lines of a JSON-lines file, the first of them line `firstLine` of the file (a feed read
 * as a stream, a run at a time): line numbers in the problems are the file's.
 */
export function readJsonLineRun(fileName: string, fileId: string, lines: readonly string[], firstLine: number): JsonLinesResult {
  return readRecords(
    fileName,
    fileId,
    lines.map((line, i) => ({ line, where: `line ${firstLine + i}`, n: firstLine + i })),
  );
}

/** A .json file: one article object, or a list of them. */
export function readJsonArticles(fileName: string, fileId: string, content: string): JsonLinesResult {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (err) {
    return { documents: [], problems: [`${fileName}: not valid JSON (${(err as Error).message})`] };
  }
  if (!Array.isArray(data)) {
    const one = readRecords(fileName, fileId, [{ line: content, where: "the object", n: 1 }]);
    // A single article keeps the file's own id.
    one.documents.forEach((d) => (d.id = fileId));
    return one;
  }
  return readRecords(
    fileName,
    fileId,
    data.map((item, i) => ({ value: item, where: `item ${i + 1}`, n: i + 1 })),
  );
}

type RawRecord = { line?: string; value?: unknown; where: string; n: number };

function readRecords(fileName: string, fileId: string, records: RawRecord[]): JsonLinesResult {
  const documents: SourceDocument[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const { line, value, where, n } of records) {
    let record: unknown = value;
    if (line !== undefined) {
      if (!line.trim()) continue;
      try {
        record = JSON.parse(line);
      } catch (err) {
        problems.push(`${fileName} ${where}: not valid JSON (${(err as Error).message})`);
        continue;
      }
    }
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      problems.push(`${fileName} ${where}: expected an object {title, date, url, text}`);
      continue;
    }
    const r = record as Record<string, unknown>;
    const text = TEXT_FIELDS.map((f) => r[f]).find((v): v is string => typeof v === "string");
    if (!text?.trim()) {
      problems.push(`${fileName} ${where}: no "text" string (or it is empty)`);
      continue;
    }
    const title = typeof r.title === "string" ? clipTitle(r.title) : null;
    const url = typeof r.url === "string" && r.url.trim() ? r.url.trim() : null;
    // Ids: the title's slug reads well in the graph; the line number keeps untitled ones apart.
    let id = title ? `${fileId}-${slugify(title, 60)}` : `${fileId}-${n}`;
    if (ids.has(id)) id = `${id}-${n}`;
    ids.add(id);
    documents.push({ id, title, date: normalizeDate(r.date), source: url ?? `${fileName}:${n}`, text });
  }
  return { documents, problems };
}
