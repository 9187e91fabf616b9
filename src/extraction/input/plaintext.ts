// Plain text: kept verbatim, so that offsets point into the file exactly as read.
import { findDate } from "./dates.js";

const TITLE_MAX = 200;
const DATE_LINES = 5;

/** Shorten a title at a word boundary: metadata only, the text is never cut. */
export function clipTitle(line: string): string | null {
  const title = line.replace(/\s+/g, " ").trim();
  if (!title) return null;
  if (title.length <= TITLE_MAX) return title;
  const cut = title.slice(0, TITLE_MAX);
  const space = cut.lastIndexOf(" ");
  return (space > TITLE_MAX / 2 ? cut.slice(0, space) : cut) + "…";
}

export function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (line.trim()) lines.push(line.trim());
    if (lines.length >= count) break;
  }
  return lines;
}

/** Title (first non-empty line) and date (first date in the first lines) of a text. */
export function plainTextMetadata(text: string): { title: string | null; date: string | null } {
  const lines = firstLines(text, DATE_LINES);
  return { title: lines.length ? clipTitle(lines[0]) : null, date: findDate(lines.join("\n")) };
}
