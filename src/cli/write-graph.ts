// Writing a graph file from the CLI: streamed, so that its size is bounded by the disk and not by
// V8's longest string; into a temporary file renamed at the end, so that a failed or interrupted
// write never leaves half a graph where the user's previous file was.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { graphJSONChunks } from "../graph/format.js";
import type { ClaimGraph } from "../graph/model.js";

/** Pieces are gathered to about this size before each write: few system calls, little memory. */
const WRITE_SIZE = 1 << 20;

async function writeAll(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  let buffer = "";
  const flush = async () => {
    if (!buffer) return;
    const ok = stream.write(buffer);
    buffer = "";
    if (!ok) await once(stream, "drain");
  };
  for (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= WRITE_SIZE) await flush();
  }
  buffer += "\n";
  await flush();
}

/** Write the graph JSON (CONTRACT.md) to `path`, or to standard output when `path` is null. */
export async function writeGraph(graph: ClaimGraph, path: string | null, indent = 0): Promise<void> {
  return writeChunks(graphJSONChunks(graph, indent), path);
}

/** Write a file made of pieces to `path` (through a temporary file), or to standard output. */
export async function writeChunks(chunks: Iterable<string>, path: string | null): Promise<void> {
  if (!path) return writeAll(process.stdout, chunks);
  await mkdir(dirname(path), { recursive: true });
  const partial = join(dirname(path), `.${basename(path)}.partial-${process.pid}`);
  const stream = createWriteStream(partial);
  const failed = new Promise<never>((_, reject) => stream.once("error", reject));
  try {
    await Promise.race([writeAll(stream, chunks), failed]);
    stream.end();
    await Promise.race([once(stream, "finish"), failed]);
    await rename(partial, path);
  } catch (err) {
    stream.destroy();
    await rm(partial, { force: true });
    throw err;
  }
}
