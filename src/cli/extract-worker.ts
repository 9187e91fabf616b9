// A worker thread of `claimgraph extract --jobs N`: loads the extraction model once, then reads and
// extracts the units the main thread sends (units.ts), one at a time.
import { parentPort } from "node:worker_threads";
import { loadExtractor } from "../extraction/index.js";
import { processUnit, type Unit } from "./units.js";

const extractor = await loadExtractor();
parentPort!.on("message", ({ id, unit }: { id: number; unit: Unit }) => {
  // As JSON text: the main thread parses a string faster than it deserializes a cloned object tree,
  // and the main thread (which merges) is the one that is short of time.
  parentPort!.postMessage({ id, json: JSON.stringify(processUnit(unit, (doc) => extractor.extract(doc))) });
});
parentPort!.postMessage({ ready: true });
