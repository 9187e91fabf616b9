// Finding and decoding article files for the command-line tools (Node only).
import type { Stats } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { ARTICLE_EXTENSIONS, InputError } from "../extraction/input/index.js";
import { decodeText } from "../extraction/input/decode.js";

export { decodeText };

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
    else if (!isArticleFile(entry.name)) continue;
    else if (entry.isFile()) out.push(path);
    else {
      // A link to a file is read; a FIFO, socket or device named like an article is not.
      const why = await notRegularReason(path);
      if (why) problems.push(`${path} ${why}`);
      else out.push(path);
    }
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
    if (!info.isDirectory() && !info.isFile()) {
      problems.push(`${path} ${kindReason(info)}`);
      continue;
    }
    if (info.isDirectory()) {
      const before = files.length;
      await walk(path, files, problems);
      if (files.length === before) problems.push(`no article files (.txt, .md, .html, .htm, .jsonl) in folder ${path}`);
    } else files.push(path);
  }
  return { files: [...new Set(files)], problems };
}

/** What a path that is neither a file nor a folder is, as the reason it is not read. */
function kindReason(info: Stats): string {
  const kind = info.isFIFO()
    ? "a named pipe (FIFO)"
    : info.isCharacterDevice() || info.isBlockDevice()
      ? "a device"
      : info.isSocket()
        ? "a socket"
        : "not a regular file";
  // Reading one would wait for a writer forever (a FIFO) or never end (/dev/zero).
  return `is ${kind}, not a file: not read`;
}

/** Why the path (after links) is not a regular file, or null when it is one. */
async function notRegularReason(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? null : kindReason(info);
  } catch (err) {
    return `cannot be read: ${fileErrorReason(err)}`;
  }
}

/**
 * Larger than any file of articles this tool reads in one piece: a JSON-lines feed of 100,000
 * articles is about 400 MB, but V8's longest string is 512 MB (2^29 characters).
 */
export const MAX_FILE_BYTES = 400 * 1024 * 1024;

/** The file's facts when it is a regular file; a folder, pipe or device is refused with the reason. */
export async function regularFile(path: string): Promise<Stats> {
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: "EISDIR" });
  if (!info.isFile()) throw new InputError(`${path} ${kindReason(info)}`);
  return info;
}

/** A regular file's text (see decodeText); refuses other kinds of file and files too large to hold. */
export async function readTextFile(path: string): Promise<string> {
  const info = await regularFile(path);
  if (info.size > MAX_FILE_BYTES)
    throw new InputError(
      `${path} is ${Math.round(info.size / 1024 / 1024)} MB, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB one file may have: split it (a JSON-lines feed can be split at any line)`,
    );
  return decodeText(await readFile(path));
}
