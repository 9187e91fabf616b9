// Input readers: turn a file's content into articles (SourceDocument), dispatched by extension.
// Pure string processing: no DOM and no Node APIs, so it runs in Node and in a browser worker.
import type { SourceDocument } from "../types.js";
import { binaryReason } from "./binary.js";
import { InputError } from "./errors.js";
import { readWebPage } from "./web-page.js";
import { readJsonArticles, readJsonLines } from "./jsonl.js";
import { markdownToArticle } from "./markdown.js";
import { plainTextMetadata } from "./plaintext.js";
import { documentIdOf, extensionOf } from "./slug.js";
import { normalizeDate } from "./dates.js";

export { InputError } from "./errors.js";
export { slugify } from "./slug.js";
export { findDate, normalizeDate, yearlessDate, today, type DateContext } from "./dates.js";
export { decodeEntities } from "./entities.js";
export { decodeText } from "./decode.js";

export type InputFormat = "text" | "markdown" | "html" | "jsonl" | "json";

const BY_EXTENSION: Record<string, InputFormat> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
  jsonl: "jsonl",
  ndjson: "jsonl",
  json: "json",
};

/** The extensions a folder walk picks up (not .json: gold annotations and graphs sit beside articles). */
export const ARTICLE_EXTENSIONS = Object.keys(BY_EXTENSION).filter((e) => e !== "json");

/** Guess the format of a file whose extension says nothing. */
export function sniffFormat(content: string): InputFormat {
  const head = content
    .replace(/^\ufeff/, "")
    .trimStart()
    .slice(0, 2000);
  if (/^<(!doctype\s+html|html|head|body|\?xml|!--|meta|title|article|div|p)\b/i.test(head)) return "html";
  const firstLine = head.split(/\r?\n/, 1)[0]!.trim();
  if (firstLine.startsWith("{") && firstLine.endsWith("}")) {
    try {
      JSON.parse(firstLine);
      return "jsonl";
    } catch {
      // not JSON lines: fall through
    }
  }
  if (/^[[{]/.test(head)) {
    try {
      JSON.parse(content);
      return "json";
    } catch {
      // not JSON: fall through
    }
  }
  if (/^(---\r?\n|#{1,6}\s)/.test(head) || /^\s{0,3}```/m.test(head)) return "markdown";
  return "text";
}

export function formatOf(fileName: string, content: string): InputFormat {
  return BY_EXTENSION[extensionOf(fileName)] ?? sniffFormat(content);
}

export interface ReadResult {
  documents: SourceDocument[];
  /** Parts of the file that were skipped (bad JSON lines), one sentence each. */
  warnings: string[];
}

/**
 * The longest text read as one article: 10 million characters, a hundred times a long feature,
 * extracted in about 9 s and 850 MB (time and memory are linear in it, docs/extraction.md). A
 * longer text is refused whole with the reason, never cut short without a word.
 */
export const MAX_DOCUMENT_LENGTH = 10_000_000;

function tooLong(what: string, length: number): string {
  return `${what} is ${(length / 1e6).toFixed(1)} million characters long; one article may have at most ${MAX_DOCUMENT_LENGTH / 1e6} million (a feed of many articles belongs in a JSON-lines file, one article per line)`;
}

/** What the reader is told besides the file. */
export interface ReadOptions {
  /**
   * The article's date, given by the user (the page's date field, the CLI's --date): it replaces
   * the date read from a single article, and fills in the undated articles of a feed.
   */
  date?: string | null;
  /** A date on or after the articles' ("today"): gives the year of a date line without one. */
  reference?: string | null;
}

/** Like readArticles, and also returns what was skipped inside the file. */
export function readInput(fileName: string, content: string, options: ReadOptions = {}): ReadResult {
  const read = withDate(readWhole(fileName, content, options.reference), options.date);
  if (read.documents.every((d) => d.text.length <= MAX_DOCUMENT_LENGTH)) return read;
  if (read.documents.length === 1) throw new InputError(tooLong(fileName, read.documents[0]!.text.length));
  const documents: SourceDocument[] = [];
  const warnings = [...read.warnings];
  for (const d of read.documents) {
    if (d.text.length <= MAX_DOCUMENT_LENGTH) documents.push(d);
    else warnings.push(tooLong(`${fileName}: "${d.title ?? d.id}"`, d.text.length));
  }
  if (!documents.length) throw new InputError(`${fileName} has no readable article: ${warnings[0]}`);
  return { documents, warnings };
}

function withDate(read: ReadResult, given: string | null | undefined): ReadResult {
  if (!given) return read;
  const date = normalizeDate(given);
  if (!date) throw new InputError(`"${given}" is not a date (expected e.g. 2025-05-11 or May 11, 2025)`);
  const single = read.documents.length === 1;
  return { ...read, documents: read.documents.map((d) => (single || !d.date ? { ...d, date } : d)) };
}

function readWhole(fileName: string, content: string, reference?: string | null): ReadResult {
  if (!content.trim()) throw new InputError(`${fileName} is empty`);
  const binary = binaryReason(content);
  if (binary) throw new InputError(`${fileName} looks binary (${binary}), not a text article`);

  const id = documentIdOf(fileName);
  const format = formatOf(fileName, content);
  if (format === "jsonl" || format === "json") {
    const read = format === "jsonl" ? readJsonLines : readJsonArticles;
    const { documents, problems } = read(fileName, id, content);
    if (!documents.length)
      throw new InputError(
        `${fileName} has no readable article: ${problems.slice(0, 3).join("; ")}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ""}`,
      );
    return { documents, warnings: problems };
  }
  if (format === "text") {
    // Verbatim: offsets must point into the file exactly as read.
    return { documents: [{ id, ...plainTextMetadata(content, reference), source: fileName, text: content }], warnings: [] };
  }
  const article = format === "html" ? readWebPage(content) : markdownToArticle(content, reference);
  if (!article.text.trim()) throw new InputError(`${fileName} has no text once its ${format === "html" ? "HTML" : "Markdown"} markup is removed`);
  return { documents: [{ id, title: article.title, date: article.date, source: fileName, text: article.text }], warnings: [] };
}

/**
 * The articles of a file: one for .txt, .md and .html, one per line for .jsonl, one per object
 * for .json (an article object {title, date, url, text} or a list of them); an unknown
 * extension is sniffed. Throws InputError for an empty, binary or unreadable file. Skipped
 * JSON lines are passed to `onWarning` (each names its line number).
 */
export function readArticles(fileName: string, content: string, onWarning?: (message: string) => void, options?: ReadOptions): SourceDocument[] {
  const { documents, warnings } = readInput(fileName, content, options);
  if (onWarning) warnings.forEach(onWarning);
  return documents;
}
