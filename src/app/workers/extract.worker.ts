// Extraction off the main thread. The NLP model is imported here, on the first request only,
// so a page that just shows a graph never downloads it.
import type { Extractor } from "../../extraction/index.js";
import type { ExtractionResult, SourceDocument } from "../../extraction/types.js";

export type ExtractRequest = { id: number; documents: SourceDocument[] };
export type ExtractReply =
  | { id: number; type: "progress"; done: number; total: number; stage: string }
  | { id: number; type: "result"; results: ExtractionResult[] }
  | { id: number; type: "error"; message: string };

let extractor: Promise<Extractor> | null = null;

const post = (reply: ExtractReply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener("message", async (event: MessageEvent<ExtractRequest>) => {
  const { id, documents } = event.data;
  try {
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
    post({ id, type: "result", results });
  } catch (err) {
    extractor = null;
    post({ id, type: "error", message: err instanceof Error ? err.message : String(err) });
  }
});
