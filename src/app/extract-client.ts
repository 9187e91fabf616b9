// Main-thread side of the extraction worker: one worker, started on first use.
import type { ExtractionResult, SourceDocument } from "../extraction/types.js";
import type { ExtractReply } from "./workers/extract.worker.js";

let worker: Worker | null = null;
let nextId = 1;

export interface Progress {
  done: number;
  total: number;
  stage: string;
}

export function extractInWorker(documents: SourceDocument[], onProgress: (p: Progress) => void): Promise<ExtractionResult[]> {
  worker ??= new Worker(new URL("./workers/extract.worker.ts", import.meta.url), { type: "module" });
  const w = worker;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<ExtractReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === "progress") return onProgress(reply);
      w.removeEventListener("message", onMessage);
      w.removeEventListener("error", onError);
      if (reply.type === "result") resolve(reply.results);
      else reject(new Error(reply.message));
    };
    const onError = (event: ErrorEvent) => {
      w.removeEventListener("message", onMessage);
      w.removeEventListener("error", onError);
      worker = null;
      w.terminate();
      reject(new Error(event.message || "the extraction worker failed"));
    };
    w.addEventListener("message", onMessage);
    w.addEventListener("error", onError);
    w.postMessage({ id, documents });
  });
}
