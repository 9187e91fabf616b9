// Worker threads for `claimgraph extract`: one unit of work at a time per worker, the next unit to
// whichever worker is free. Run from the sources (tsx) the worker is the .ts file and inherits tsx's
// loader; built, it is dist-cli/extract-worker.js beside the program.
import { Worker } from "node:worker_threads";
import type { Unit, UnitResult } from "./units.js";

interface Task {
  id: number;
  unit: Unit;
  resolve: (r: UnitResult) => void;
  reject: (err: Error) => void;
}

const FROM_SOURCES = import.meta.url.endsWith(".ts");
const WORKER_FILE = new URL(FROM_SOURCES ? "./extract-worker.ts" : "./extract-worker.js", import.meta.url);

/**
 * A worker thread running the worker file. From the sources (tsx) the worker registers tsx's
 * loader first: workers do not inherit the hooks tsx registers in the main thread.
 */
function startWorker(): Worker {
  if (!FROM_SOURCES) return new Worker(WORKER_FILE);
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(WORKER_FILE.href)}); })`;
  return new Worker(boot, { eval: true });
}

export class ExtractPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: Task[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly workers: Worker[] = [];
  private nextId = 1;
  private failure: Error | null = null;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const w = startWorker();
      this.workers.push(w);
      w.on("message", (m: { ready?: boolean; id?: number; json?: string }) => {
        if (m.ready) return this.free(w);
        const task = this.busy.get(w);
        this.busy.delete(w);
        task?.resolve(JSON.parse(m.json!) as UnitResult);
        this.free(w);
      });
      w.on("error", (err) => this.fail(err));
      w.on("exit", (code) => {
        if (code !== 0) this.fail(new Error(`an extraction worker stopped (exit code ${code})`));
      });
    }
  }

  /** Read and extract the unit in a worker. */
  run(unit: Unit): Promise<UnitResult> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.waiting.push({ id: this.nextId++, unit, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private free(w: Worker): void {
    this.idle.push(w);
    this.dispatch();
  }

  private dispatch(): void {
    while (this.idle.length && this.waiting.length) {
      const w = this.idle.shift()!;
      const task = this.waiting.shift()!;
      this.busy.set(w, task);
      w.postMessage({ id: task.id, unit: task.unit });
    }
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const task of [...this.busy.values(), ...this.waiting.splice(0)]) task.reject(err);
    this.busy.clear();
  }
}
