// Main-thread side of the extraction worker: requests run one after another on one worker; a
// request can be cancelled, running (the worker is stopped, a fresh one serves the next) or
// waiting (it is dropped from the queue), so a slow article never holds up the page for good.
import type { ExtractionResult } from "../extraction/types.js";
import type { ArticleInput, ExtractReply } from "./workers/extract.worker.js";

export type { ArticleInput };

export interface Progress {
  /** Characters of article text read so far, of `total`. */
  done: number;
  total: number;
  stage: string;
}

export interface Extracted {
  results: ExtractionResult[];
  /** Parts of files that were skipped (a bad JSON line), one sentence each. */
  warnings: string[];
  /** Files or articles that could not be read or extracted, one sentence each, naming them. */
  failures: string[];
}

/** The user cancelled the request: nothing of it was read. */
export class ExtractionCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "ExtractionCancelled";
  }
}

interface Job {
  id: number;
  inputs: ArticleInput[];
  onProgress: (p: Progress) => void;
  resolve: (e: Extracted) => void;
  reject: (err: Error) => void;
}

let worker: Worker | null = null;
let nextId = 1;
let running: Job | null = null;
const queue: Job[] = [];

function startWorker(): Worker {
  const w = new Worker(new URL("./workers/extract.worker.ts", import.meta.url), { type: "module" });
  w.addEventListener("message", (event: MessageEvent<ExtractReply>) => {
    const reply = event.data;
    const job = running;
    if (!job || reply.id !== job.id) return;
    if (reply.type === "progress") return job.onProgress(reply);
    finish();
    if (reply.type === "result") job.resolve({ results: reply.results, warnings: reply.warnings, failures: reply.failures });
    else job.reject(new Error(reply.message));
  });
  w.addEventListener("error", (event) => {
    const job = running;
    stopWorker();
    finish();
    job?.reject(new Error(event.message || "the extraction worker stopped"));
  });
  return w;
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

/** The running job is over: start the next one. */
function finish(): void {
  running = null;
  const next = queue.shift();
  if (!next) return;
  running = next;
  worker ??= startWorker();
  // File bytes are handed over, not copied.
  const transfer = next.inputs.flatMap((i) => (typeof i.content === "string" ? [] : [i.content]));
  worker.postMessage({ id: next.id, inputs: next.inputs }, transfer);
}

/**
 * Read and extract articles in the worker. `signal` cancels: the promise then rejects with
 * ExtractionCancelled and nothing of this request is returned.
 */
export function extractInWorker(inputs: ArticleInput[], onProgress: (p: Progress) => void, signal?: AbortSignal): Promise<Extracted> {
  return new Promise((resolve, reject) => {
    const job: Job = { id: nextId++, inputs, onProgress, resolve, reject };
    if (signal?.aborted) return reject(new ExtractionCancelled());
    signal?.addEventListener("abort", () => {
      if (running === job) {
        // The worker is busy with it and cannot be interrupted: stop it; the next job gets a new one.
        stopWorker();
        finish();
      } else {
        const at = queue.indexOf(job);
        if (at < 0) return;
        queue.splice(at, 1);
      }
      reject(new ExtractionCancelled());
    });
    queue.push(job);
    if (!running) finish();
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
  return { name: `${name || "pasted"}.txt`, content: text, reference: new Date().toISOString().slice(0, 10) };
}

/**
 * A chosen or dropped file, as bytes: the worker decodes them as the CLI does (UTF-8, UTF-16 with
 * or without its mark, Windows-1252), off the main thread.
 */
export async function inputFromFile(file: File): Promise<ArticleInput> {
  return { name: file.name, content: await file.arrayBuffer(), reference: new Date(file.lastModified || Date.now()).toISOString().slice(0, 10) };
}
