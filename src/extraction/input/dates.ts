// Publication dates as ISO "YYYY-MM-DD", from metadata values or from the first lines of an article.

const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

// Each pattern yields year, month, day through its own picker. Numeric d/m/y forms are left out:
// 03/04/2020 is ambiguous between US and European order.
const PATTERNS: { re: RegExp; pick: (m: RegExpExecArray) => [string, string, string] }[] = [
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/g, pick: (m) => [m[1], m[2], m[3]] },
  { re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g, pick: (m) => [m[1], m[2], m[3]] },
  {
    re: new RegExp(String.raw`\b${MONTH}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, "gi"),
    pick: (m) => [m[3], m[1], m[2]],
  },
  {
    re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\.?,?\s+(\d{4})\b`, "gi"),
    pick: (m) => [m[3], m[2], m[1]],
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

/** The first date written in the text (earliest position), as ISO, or null. */
export function findDate(text: string): string | null {
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
