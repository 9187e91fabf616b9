// Placeholder until the extraction engine lands: returns no entities and no claims.
import type { Extractor } from "./index.js";

export async function createExtractor(): Promise<Extractor> {
  return { extract: (document) => ({ document, entities: [], claims: [] }) };
}
