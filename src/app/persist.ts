// The user's graph in IndexedDB, so added articles and imports survive a reload.
// One record: the exported graph object (contract format, positions included).
const DB = "claimgraph";
const STORE = "graphs";
const KEY = "current";

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

export async function loadSaved(): Promise<unknown | null> {
  try {
    return (await run("readonly", (s) => s.get(KEY))) ?? null;
  } catch {
    return null;
  }
}

export async function save(data: object): Promise<void> {
  await run("readwrite", (s) => s.put(data, KEY));
}

export async function forget(): Promise<void> {
  await run("readwrite", (s) => s.delete(KEY));
}
