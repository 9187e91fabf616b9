// The user's graph in IndexedDB, so added articles and imports survive a reload, shared by every
// tab of the page without one tab's save wiping another's work:
// - the record carries a version; a save happens under a Web Lock (one tab at a time) and sees
//   whether another tab saved since this one last read: then the caller rebuilds its graph on
//   top of the other tab's (persist only coordinates; what a merge means is the explorer's);
// - after a save, a BroadcastChannel message tells the other tabs to reload the stored graph;
// - a stored record this version cannot read is never overwritten silently: `load` reports it,
//   and the caller keeps it until the user decides (download it, or start over).
const DB = "claimgraph";
const STORE = "graphs";
const KEY = "current";
const LOCK = "claimgraph-graph";
const CHANNEL = "claimgraph-graph";

/** What is stored (schema 2). Schema 1 was the exported graph object itself, with no wrapper. */
export interface StoredRecord {
  schema: 2;
  /** Increases with every save, whichever tab made it. */
  version: number;
  savedAt: string;
  graph: unknown;
}

export type Loaded =
  { kind: "empty"; version: 0 } | { kind: "graph"; version: number; graph: unknown } | { kind: "unreadable"; version: number; raw: unknown; reason: string };

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = action(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The stored record, migrated to the current schema: a schema-1 record (the graph object itself,
 * as versions before 2026-12 stored it) is read as version 0 of schema 2.
 */
export function readRecord(raw: unknown): Loaded {
  if (raw === undefined || raw === null) return { kind: "empty", version: 0 };
  if (isObject(raw) && raw.schema === 2 && Number.isInteger(raw.version)) return { kind: "graph", version: raw.version as number, graph: raw.graph };
  if (isObject(raw) && raw.schema === undefined && "nodes" in raw && "attributes" in raw) return { kind: "graph", version: 0, graph: raw };
  const version = isObject(raw) && Number.isInteger(raw.version) ? (raw.version as number) : 0;
  const schema = isObject(raw) && raw.schema !== undefined ? `schema ${JSON.stringify(raw.schema)}` : "an unknown layout";
  return { kind: "unreadable", version, raw, reason: `it was written in ${schema}, which this version of claimgraph does not know` };
}

/** The stored graph, or why it cannot be read. An IndexedDB that cannot be opened counts as empty. */
export async function load(): Promise<Loaded> {
  let raw: unknown;
  try {
    raw = await run("readonly", (s) => s.get(KEY));
  } catch {
    return { kind: "empty", version: 0 };
  }
  return readRecord(raw);
}

/** The stored value as it is, for a download (an unreadable record is given back to its owner). */
export async function loadRaw(): Promise<unknown> {
  return run("readonly", (s) => s.get(KEY));
}

/** One tab at a time (Web Locks, where the browser has them: every current one does). */
async function exclusively<T>(work: () => Promise<T>): Promise<T> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  return locks ? (locks.request(LOCK, work) as Promise<T>) : work();
}

/**
 * Save a graph made by `build`, which gets the stored graph when another tab saved since
 * `baseVersion` (null when nobody did) and returns what to store. Returns the new version.
 * Between reading and writing no other tab can save.
 */
export async function save(baseVersion: number, build: (newer: { graph: unknown; version: number } | null) => object | Promise<object>): Promise<number> {
  return exclusively(async () => {
    const current = readRecord(await run("readonly", (s) => s.get(KEY)));
    const newer = current.version !== baseVersion && current.kind === "graph" ? { graph: current.graph, version: current.version } : null;
    const graph = await build(newer);
    const version = Math.max(current.version, baseVersion) + 1;
    const record: StoredRecord = { schema: 2, version, savedAt: new Date().toISOString(), graph };
    await run("readwrite", (s) => s.put(record, KEY));
    channel()?.postMessage({ version });
    return version;
  });
}

let bus: BroadcastChannel | null | undefined;
function channel(): BroadcastChannel | null {
  if (bus === undefined) bus = typeof BroadcastChannel === "function" ? new BroadcastChannel(CHANNEL) : null;
  return bus;
}

/** Called with the new version whenever another tab of the page saved. */
export function onSavedElsewhere(listener: (version: number) => void): void {
  // One channel object per tab, for sending and listening: it does not receive its own messages,
  // so this tab's saves are not reported back to it.
  channel()?.addEventListener("message", (e: MessageEvent<{ version?: unknown }>) => {
    if (Number.isInteger(e.data?.version)) listener(e.data.version as number);
  });
}
