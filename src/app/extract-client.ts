// Main-thread side of the extraction worker: one worker, started on first use.
import type { ExtractionResult } from "../extraction/types.js";
import type { ArticleInput, ExtractReply } from "./workers/extract.worker.js";

export type { ArticleInput };

let worker: Worker | null = null;
let nextId = 1;

export interface Progress {
  done: number;
  total: number;
  stage: string;
}

export interface Extracted {
  results: ExtractionResult[];
  /** Files or lines that were skipped, one sentence each. */
  warnings: string[];
}

export function extractInWorker(inputs: ArticleInput[], onProgress: (p: Progress) => void): Promise<Extracted> {
  worker ??= new Worker(new URL("./workers/extract.worker.ts", import.meta.url), { type: "module" });
  const w = worker;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const done = () => {
      w.removeEventListener("message", onMessage);
      w.removeEventListener("error", onError);
    };
    const onMessage = (event: MessageEvent<ExtractReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === "progress") return onProgress(reply);
      done();
      if (reply.type === "result") resolve({ results: reply.results, warnings: reply.warnings });
      else reject(new Error(reply.message));
    };
    const onError = (event: ErrorEvent) => {
      done();
      worker = null;
      w.terminate();
      reject(new Error(event.message || "the extraction worker failed"));
    };
    w.addEventListener("message", onMessage);
    w.addEventListener("error", onError);
    w.postMessage({ id, inputs });
  });
}

/** A pasted text as a file: named after its first line so its document id reads well. */
export function pastedInput(text: string): ArticleInput {
  const first = text.split(/\r?\n/).find((l) => l.trim()) ?? "pasted";
  const name = first
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50);
  return { name: `${name || "pasted"}.txt`, content: text };
}

export async function inputFromFile(file: File): Promise<ArticleInput> {
  return { name: file.name, content: await file.text() };
}
