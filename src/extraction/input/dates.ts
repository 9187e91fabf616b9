// Publication dates as ISO "YYYY-MM-DD", from metadata values or from the first lines of an article.

const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

// Each pattern yields year, month, day through its own picker. Numeric d/m/y forms are left out:
// 03/04/2020 is ambiguous between US and European order.
const PATTERNS: { re: RegExp; pick: (m: RegExpExecArray) => [string, string, string] }[] = [
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/g, pick: (m) => [m[1]!, m[2]!, m[3]!] },
  { re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g, pick: (m) => [m[1]!, m[2]!, m[3]!] },
  {
    re: new RegExp(String.raw`\b${MONTH}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, "gi"),
    pick: (m) => [m[3]!, m[1]!, m[2]!],
  },
  {
    re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\.?,?\s+(\d{4})\b`, "gi"),
    pick: (m) => [m[3]!, m[2]!, m[1]!],
  },
];

function toIso(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const mo = /^\d+$/.test(month) ? Number(month) : MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  const d = Number(day);
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * The first date written in the text (earliest position), as ISO, or null. A date line without
 * its year ("Sept. 13th", "13 September") is completed from `context` (see yearlessDate) when
 * the text has no full date.
 */
export function findDate(text: string, context?: DateContext): string | null {
  return fullDate(text) ?? (context ? yearlessDate(text, context) : null);
}

function fullDate(text: string): string | null {
  let best: { index: number; iso: string } | null = null;
  for (const { re, pick } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (best && m.index >= best.index) break;
      const iso = toIso(...pick(m));
      if (iso) {
        best = { index: m.index, iso };
        break;
      }
    }
  }
  return best?.iso ?? null;
}

/** A metadata date ("2019-02-04T10:00:00Z", "Feb 4, 2019") as ISO, or null when it is not a date. */
export function normalizeDate(value: unknown): string | null {
  if (typeof value !== "string") return null;
  return findDate(value.trim().slice(0, 100));
}

/** Where the year of a date written without one comes from. */
export interface DateContext {
  /** A date known to be on or after the article's ("today" in the page, the file's time in the CLI). */
  reference?: string | null;
  /** The rest of the article: its first full date or most frequent year gives the year. */
  body?: string;
}

const YEARLESS = [
  new RegExp(String.raw`\b${MONTH}\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*[,.]?\s*\d{4})(?![:\d])`, "i"),
  new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b(?!\.?,?\s*\d{4})`, "i"),
];

/**
 * A month and day without a year, completed with the year of the context: the year of the
 * body's first full date, else its most frequent year (a file copied today of a 2023 story says
 * 2023 in its text), when not after the reference day; else the latest such date not after
 * `reference` (news reports what has happened: "Sept. 13th" read on 2026-02-01 is 2025-09-13).
 */
export function yearlessDate(text: string, context: DateContext): string | null {
  let best: { index: number; month: string; day: string } | null = null;
  for (const [i, re] of YEARLESS.entries()) {
    const m = re.exec(text);
    if (!m || (best && best.index <= m.index)) continue;
    best = i === 0 ? { index: m.index, month: m[1]!, day: m[2]! } : { index: m.index, month: m[2]!, day: m[1]! };
  }
  if (!best) return null;
  const reference = context.reference ? fullDate(context.reference) : null;
  // The article's own years first: a file copied today of a 2023 story says 2023 in its text.
  const body = context.body ?? "";
  const year = fullDate(body)?.slice(0, 4) ?? commonestYear(body);
  if (year && (!reference || year <= reference.slice(0, 4))) return toIso(year, best.month, best.day);
  if (reference) {
    const y = Number(reference.slice(0, 4));
    const sameYear = toIso(String(y), best.month, best.day);
    if (sameYear && sameYear <= reference) return sameYear;
    return toIso(String(y - 1), best.month, best.day);
  }
  return null;
}

function commonestYear(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  let best: string | null = null;
  for (const [year, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = year;
  return best;
}

/** Today as ISO, in UTC. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A date as people write it in a question, for `readDateWords`: "June", "June 2025", "May 1", "1 May 2025", "2025-06". */
const ANY_MONTH = MONTH.replace(/^\(/, "(?:");
export const DATE_WORDS = String.raw`(?:\d{4}(?:-\d{2}){0,2}|${ANY_MONTH}\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${ANY_MONTH}\.?(?:,?\s+\d{4})?)`;

/**
 * A date of a question as a partial ISO date: "June" -> "2025-06", "May 1" -> "2025-05-01",
 * "2025" -> "2025". A month without a year takes `yearOf(month)` (the page asks the graph: the
 * latest year whose articles are of that month). Null when it is no date ("May 32").
 */
export function readDateWords(text: string, yearOf: (month: number) => number): string | null {
  const t = text.trim();
  if (/^\d{4}(?:-\d{2}){0,2}$/.test(t)) return t;
  const m = new RegExp(String.raw`^${MONTH}\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(\d{4}))?$`, "i").exec(t) ?? null;
  const d = m ? null : new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\.?(?:,?\s+(\d{4}))?$`, "i").exec(t);
  const [monthName, day, year] = m ? [m[1], m[2], m[3]] : d ? [d[2], d[1], d[3]] : [];
  if (!monthName) return null;
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  const y = year ? Number(year) : yearOf(month);
  if (!day) return `${y}-${String(month).padStart(2, "0")}`;
  return toIso(String(y), String(month), day);
}
