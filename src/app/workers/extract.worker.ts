// Reading and extraction off the main thread. The input readers are plain string code; the NLP
// model is imported here, on the first request only, so a page that just shows a graph never
// downloads it.
import type { Extractor } from "../../extraction/index.js";
import { InputError, readInput } from "../../extraction/input/index.js";
import type { ExtractionResult } from "../../extraction/types.js";

/** A file chosen or dropped by the user, or a pasted text with a made-up file name. */
export interface ArticleInput {
  name: string;
  content: string;
}

export type ExtractRequest = { id: number; inputs: ArticleInput[] };
export type ExtractReply =
  | { id: number; type: "progress"; done: number; total: number; stage: string }
  | { id: number; type: "result"; results: ExtractionResult[]; warnings: string[] }
  | { id: number; type: "error"; message: string };

let extractor: Promise<Extractor> | null = null;

const post = (reply: ExtractReply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener("message", async (event: MessageEvent<ExtractRequest>) => {
  const { id, inputs } = event.data;
  try {
    const warnings: string[] = [];
    const documents = inputs.flatMap((input) => {
      try {
        const read = readInput(input.name, input.content);
        warnings.push(...read.warnings);
        return read.documents;
      } catch (err) {
        if (err instanceof InputError) {
          warnings.push(err.message);
          return [];
        }
        throw err;
      }
    });
    if (!extractor) {
      post({ id, type: "progress", done: 0, total: documents.length, stage: "Loading the language model…" });
      extractor = import("../../extraction/index.js").then((m) => m.loadExtractor());
    }
    const ex = await extractor;
    const results: ExtractionResult[] = [];
    for (const [i, doc] of documents.entries()) {
      post({ id, type: "progress", done: i, total: documents.length, stage: `Reading “${doc.title ?? doc.source}”…` });
      results.push(ex.extract(doc));
    }
    post({ id, type: "result", results, warnings });
  } catch (err) {
    extractor = null;
    post({ id, type: "error", message: err instanceof Error ? err.message : String(err) });
  }
});
