// A batch of files read and extracted article by article, each standing alone: a file that
// cannot be read or an article the extractor fails on is named in `failures`, and the rest of
// the batch is still returned (the page's worker runs this; one bad article dropped a whole batch).
import { decodeText, InputError, readInput } from "./input/index.js";
import type { ExtractionResult, SourceDocument } from "./types.js";

/** A file's name and its bytes, or a pasted text. */
export interface BatchInput {
  name: string;
  content: string | ArrayBuffer;
  /** The date the user gave (replaces a single article's, fills a feed's undated ones). */
  date?: string | null;
  /** A day on or after the article's (the file's modification day, today for a paste). */
  reference?: string | null;
}

export interface BatchResult {
  results: ExtractionResult[];
  /** Parts of files that were skipped (a bad JSON line), one sentence each. */
  warnings: string[];
  /** Files or articles that could not be read or extracted, one sentence each, naming them. */
  failures: string[];
}

/** Progress in characters of article text, so that one big article moves the bar as many small ones do. */
export type BatchProgress = (done: number, total: number, stage: string) => void;

const nameOf = (doc: SourceDocument) => `“${doc.title ?? doc.source}”`;

/** The articles of the inputs, read; what cannot be read is named in `failures`. */
export function readBatch(inputs: readonly BatchInput[]): { documents: SourceDocument[]; warnings: string[]; failures: string[] } {
  const documents: SourceDocument[] = [];
  const warnings: string[] = [];
  const failures: string[] = [];
  for (const input of inputs) {
    try {
      const text = typeof input.content === "string" ? input.content : decodeText(new Uint8Array(input.content));
      const read = readInput(input.name, text, { date: input.date, reference: input.reference });
      warnings.push(...read.warnings);
      documents.push(...read.documents);
    } catch (err) {
      // An InputError says why in words; anything else is claimgraph's own fault, named as such.
      failures.push(
        err instanceof InputError
          ? err.message
          : `${input.name} could not be read (an error in claimgraph's reader: ${(err as Error).message}); please report it with the file`,
      );
    }
  }
  return { documents, warnings, failures };
}

/** Extract each document; one that fails is named, the others are kept. */
export function extractBatch(
  documents: readonly SourceDocument[],
  extract: (doc: SourceDocument) => ExtractionResult,
  onProgress: BatchProgress = () => {},
): { results: ExtractionResult[]; failures: string[] } {
  const total = documents.reduce((n, d) => n + d.text.length, 0);
  const results: ExtractionResult[] = [];
  const failures: string[] = [];
  let done = 0;
  for (const doc of documents) {
    onProgress(done, total, `Reading ${nameOf(doc)}${doc.text.length > 200_000 ? ` (${(doc.text.length / 1e6).toFixed(1)} MB)` : ""}…`);
    try {
      results.push(extract(doc));
    } catch (err) {
      failures.push(`${nameOf(doc)} could not be read (an error in claimgraph's extractor: ${(err as Error).message}); please report it with the article`);
    }
    done += doc.text.length;
  }
  onProgress(done, total, "Adding to the graph…");
  return { results, failures };
}
