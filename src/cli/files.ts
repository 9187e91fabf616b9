// Finding and decoding article files for the command-line tools (Node only).
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { ARTICLE_EXTENSIONS } from "../extraction/input/index.js";
import { CP1252 } from "../extraction/input/entities.js";

export interface FileList {
  files: string[];
  /** Paths that could not be used, one sentence each. */
  problems: string[];
}

const isArticleFile = (name: string) => {
  const dot = name.lastIndexOf(".");
  return dot > 0 && ARTICLE_EXTENSIONS.includes(name.slice(dot + 1).toLowerCase());
};

/** Why a file could not be read, in words. */
export function fileErrorReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === "ENOENT") return "no such file or folder";
  if (e.code === "EACCES" || e.code === "EPERM") return "permission denied";
  return e.message ?? String(err);
}

async function walk(folder: string, out: string[], problems: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (err) {
    problems.push(`cannot read folder ${folder}: ${fileErrorReason(err)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    // Hidden folders and installed packages are never articles.
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, out, problems);
    else if (isArticleFile(entry.name)) out.push(path);
  }
}

/**
 * The article files named on the command line: files as given (whatever their extension),
 * folders walked recursively for .txt, .md, .html, .htm and .jsonl files, in name order.
 */
export async function collectFiles(paths: readonly string[]): Promise<FileList> {
  const files: string[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      problems.push(`cannot read ${path}: ${fileErrorReason(err)}`);
      continue;
    }
    if (info.isDirectory()) {
      const before = files.length;
      await walk(path, files, problems);
      if (files.length === before)
        problems.push(`no article files (.txt, .md, .html, .htm, .jsonl) in folder ${path}`);
    } else files.push(path);
  }
  return { files: [...new Set(files)], problems };
}

/**
 * File bytes as text: UTF-16 when it starts with its byte order mark, UTF-8 when valid (a byte order mark is kept, as `readFileSync(f, "utf8")`
 * keeps it, so offsets agree with other tools), otherwise Windows-1252, the usual legacy encoding.
 */
export function decodeText(bytes: Uint8Array): string {
  // UTF-16 files carry a byte order mark; without this they would look binary (NUL bytes).
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // By hand: some Node builds decode "windows-1252" as Latin-1, losing the curly quotes of 0x80..0x9F.
    const units = new Uint16Array(bytes.length);
    bytes.forEach((byte, i) => (units[i] = byte >= 0x80 && byte <= 0x9f ? CP1252[byte - 0x80] : byte));
    return new TextDecoder("utf-16le").decode(units);
  }
}

export async function readTextFile(path: string): Promise<string> {
  return decodeText(await readFile(path));
}
