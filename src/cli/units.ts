// The work of `claimgraph extract` in units: a file, or a run of lines of a JSON-lines feed read as
// a stream, so that memory is bounded by the graph and not by the input (a 200 MB feed is never
// held whole). A unit is read and extracted by `processUnit`, in a worker thread or in the main
// thread; the main thread merges the results in input order, whatever order the workers finish in.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { InputError, readInput } from "../extraction/input/index.js";
import { readJsonLineRun } from "../extraction/input/jsonl.js";
import { documentIdOf, extensionOf } from "../extraction/input/slug.js";
import type { ExtractionResult, SourceDocument } from "../extraction/types.js";
import { fileErrorReason, readTextFile, regularFile } from "./files.js";

/** Dates given for the articles of a unit (see ReadOptions). */
interface UnitDates {
  /** --date: the date of a single article, or of a feed's undated ones. */
  date?: string;
  /** The file's modification day: the year of a date line without one. */
  reference?: string;
}

export type Unit =
  | ({ kind: "file"; file: string; fileIndex: number; content: string } & UnitDates)
  | ({ kind: "lines"; file: string; fileIndex: number; fileId: string; firstLine: number; lines: string[] } & UnitDates)
  | { kind: "unreadable"; file: string; fileIndex: number; message: string };

export interface UnitResult {
  /** One per article of the unit that was extracted (with or without claims), in order. */
  results: ExtractionResult[];
  /** Skipped parts, one sentence each (a bad JSON line, an article that failed). */
  skipped: string[];
}

/** Lines of a feed per unit: enough to keep workers busy, few enough to bound memory. */
const RUN_CHARS = 1 << 17;

const STREAMED = new Set(["jsonl", "ndjson"]);

/**
 * The units of the files, in order: JSON-lines feeds streamed in runs of lines (JSON is UTF-8),
 * other files whole (decoded as `decodeText` decodes them).
 */
export async function* unitsOf(files: readonly string[], date?: string): AsyncGenerator<Unit> {
  for (const [fileIndex, file] of files.entries()) {
    const unreadable = (err: unknown): Unit => ({
      kind: "unreadable",
      file,
      fileIndex,
      message: err instanceof InputError ? err.message : `cannot read ${file}: ${fileErrorReason(err)}`,
    });
    if (!STREAMED.has(extensionOf(file))) {
      let content: string;
      let reference: string;
      try {
        content = await readTextFile(file);
        reference = (await stat(file)).mtime.toISOString().slice(0, 10);
      } catch (err) {
        yield unreadable(err);
        continue;
      }
      yield { kind: "file", file, fileIndex, content, date, reference };
      continue;
    }
    const fileId = documentIdOf(file);
    let lines: string[] = [];
    let chars = 0;
    let firstLine = 1;
    let n = 0;
    try {
      await regularFile(file);
      const input = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
      for await (const line of input) {
        n++;
        lines.push(n === 1 ? line.replace(/^\ufeff/, "") : line);
        chars += line.length;
        if (chars < RUN_CHARS) continue;
        yield { kind: "lines", file, fileIndex, fileId, firstLine, lines, date };
        firstLine = n + 1;
        lines = [];
        chars = 0;
      }
    } catch (err) {
      yield unreadable(err);
      continue;
    }
    if (lines.length || n === 0) yield { kind: "lines", file, fileIndex, fileId, firstLine, lines, date };
  }
}

/** Read and extract one unit; what cannot be read is named, never thrown. */
export function processUnit(unit: Unit, extract: (doc: SourceDocument) => ExtractionResult): UnitResult {
  const out: UnitResult = { results: [], skipped: [] };
  let docs: SourceDocument[];
  if (unit.kind === "unreadable") {
    out.skipped.push(unit.message);
    return out;
  }
  try {
    if (unit.kind === "file") {
      const read = readInput(unit.file, unit.content, { date: unit.date, reference: unit.reference });
      out.skipped.push(...read.warnings);
      docs = read.documents;
    } else {
      const read = readJsonLineRun(unit.file, unit.fileId, unit.lines, unit.firstLine);
      out.skipped.push(...read.problems);
      docs = unit.date ? read.documents.map((d) => (d.date ? d : { ...d, date: unit.date ?? null })) : read.documents;
    }
  } catch (err) {
    out.skipped.push(err instanceof InputError ? err.message : `cannot read ${unit.file}: ${(err as Error).message}`);
    return out;
  }
  for (const doc of docs) {
    try {
      out.results.push(extract(doc));
    } catch (err) {
      out.skipped.push(`extraction failed on ${doc.source} (${(err as Error).message})`);
    }
  }
  return out;
}
