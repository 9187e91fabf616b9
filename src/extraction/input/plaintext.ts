// Plain text: kept verbatim, so that offsets point into the file exactly as read.
import { findDate } from "./dates.js";

const TITLE_MAX = 200;
const DATE_LINES = 5;
/** How much of the text may give the year of a date line without one. */
export const BODY_FOR_YEAR = 20_000;

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

const TITLE_LINES = 8;

/**
 * The headline among the first lines of a copied page: a line of 3 to 25 words without sentence
 * punctuation at its end, preferring one that the page repeats (sites print the headline twice,
 * and a teaser line of the first paragraph often comes first); else the first line.
 */
export function headlineOf(lines: string[]): string | null {
  const candidates = lines.filter((l) => {
    const words = l.split(/\s+/).length;
    return words >= 3 && words <= 25 && !/[.!?:…\]]["”’')]*$/.test(l) && !/^by\s/i.test(l);
  });
  const repeated = candidates.find((l) => lines.filter((x) => x.includes(l)).length > 1);
  return repeated ?? candidates[0] ?? lines[0] ?? null;
}

/** Title (the headline of the first lines) and date (first date in the first lines) of a text. */
export function plainTextMetadata(text: string, reference?: string | null): { title: string | null; date: string | null } {
  const lines = firstLines(text, TITLE_LINES);
  const title = headlineOf(lines);
  const date = findDate(lines.slice(0, DATE_LINES).join("\n"), { reference, body: text.slice(0, BODY_FOR_YEAR) });
  return { title: title ? clipTitle(title) : null, date };
}
