// Public API of the extraction layer: pure TypeScript, no DOM and no Node APIs,
// so it runs in Node (CLI, tests) and in a browser worker alike.
import type { ExtractionResult, SourceDocument } from "./types.js";

export * from "./types.js";

export interface Extractor {
  /** Entities and attributed claims of one document, with evidence offsets into `doc.text`. */
  extract(doc: SourceDocument): ExtractionResult;
}

/**
 * Load the NLP model (wink-nlp, a few MB) and return an extractor. Loaded lazily so that
 * a page that only shows a graph never downloads the model.
 */
export async function loadExtractor(): Promise<Extractor> {
  const { extractDocument } = await import("./pipeline.js");
  return { extract: extractDocument };
}
