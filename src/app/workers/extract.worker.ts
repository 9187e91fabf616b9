// Reading and extraction off the main thread (extraction/batch.ts: each file and article stands
// alone). The NLP model is imported here, on the first request only, so a page that just shows a
// graph never downloads it.
import { extractBatch, readBatch, type BatchInput, type BatchResult } from "../../extraction/batch.js";
import type { Extractor } from "../../extraction/index.js";

/** A file chosen or dropped by the user (its bytes), or a pasted text with a made-up file name. */
export type ArticleInput = BatchInput;

export type ExtractRequest = { id: number; inputs: ArticleInput[] };
export type ExtractReply =
  /** `done` and `total` count characters of article text, so a big paste shows real progress. */
  | { id: number; type: "progress"; done: number; total: number; stage: string }
  | ({ id: number; type: "result" } & BatchResult)
  | { id: number; type: "error"; message: string };

let extractor: Promise<Extractor> | null = null;

const post = (reply: ExtractReply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener("message", async (event: MessageEvent<ExtractRequest>) => {
  const { id, inputs } = event.data;
  const { documents, warnings, failures } = readBatch(inputs);
  let ex: Extractor | null = null;
  if (documents.length) {
    try {
      if (!extractor) {
        post({ id, type: "progress", done: 0, total: 1, stage: "Loading the language model…" });
        extractor = import("../../extraction/index.js").then((m) => m.loadExtractor());
      }
      ex = await extractor;
    } catch (err) {
      // Without the model nothing of the batch can be read.
      extractor = null;
      post({ id, type: "error", message: `the language model could not be loaded (${err instanceof Error ? err.message : String(err)})` });
      return;
    }
  }
  const extracted = ex
    ? extractBatch(
        documents,
        (doc) => ex.extract(doc),
        (done, total, stage) => post({ id, type: "progress", done, total, stage }),
      )
    : { results: [], failures: [] };
  post({ id, type: "result", results: extracted.results, warnings, failures: [...failures, ...extracted.failures] });
});
