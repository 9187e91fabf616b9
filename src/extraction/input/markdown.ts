// Markdown to article text: markup stripped, one paragraph per line (soft-wrapped lines joined).
// Code blocks are dropped: they are not prose and would only produce noise.
import { findDate, normalizeDate } from "./dates.js";
import { BODY_FOR_YEAR } from "./plaintext.js";
import { decodeEntities } from "./entities.js";
import { clipTitle } from "./plaintext.js";

interface Parsed {
  paragraphs: string[];
  headings: { level: number; text: string }[];
  front: Map<string, string>;
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX = /^\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

// Escaped punctuation is parked in the private use area while markup is stripped, then restored.
const ESCAPABLE = /\\([\\`*_{}[\]()#+\-.!>|~"'<&])/g;
const park = (s: string) => s.replace(ESCAPABLE, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)));
const unpark = (s: string) => s.replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));

/** Inline markup of one paragraph: links to their text, images and HTML tags dropped, emphasis removed. */
export function stripInline(line: string): string {
  let s = park(line);
  s = s.replace(/`+([^`]+?)`+/g, (_, code: string) => code.replace(/[*_~[\]]/g, (c) => String.fromCharCode(0xe000 + c.charCodeAt(0))));
  s = s.replace(/!\[[^\]]*\](?:\((?:[^()]|\([^)]*\))*\)|\[[^\]]*\])/g, "");
  s = s.replace(/\[\^[^\]\s]+\]/g, ""); // footnote references
  s = s.replace(/<((?:https?|ftp|mailto):[^<>\s]+)>/gi, "$1");
  s = s.replace(/\[([^\]]+)\](?:\((?:[^()]|\([^)]*\))*\)|\[[^\]]*\])/g, "$1");
  s = s.replace(/<!--[\s\S]*?-->/g, "").replace(/<\/?[a-zA-Z][^<>]*>/g, "");
  s = s.replace(/(\*\*|__)(?=\S)([\s\S]+?)(?<=\S)\1/g, "$2");
  s = s.replace(/~~(?=\S)([\s\S]+?)(?<=\S)~~/g, "$1");
  s = s.replace(/\*(?=\S)([^*]+?)(?<=\S)\*/g, "$1");
  // Underscores inside words (snake_case) are not emphasis.
  s = s.replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, "$1$2");
  return unpark(decodeEntities(s))
    .replace(/[\u00ad\u200b-\u200f\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function frontMatter(lines: string[]): { front: Map<string, string>; bodyStart: number } {
  const front = new Map<string, string>();
  if (lines[0]?.trim() !== "---") return { front, bodyStart: 0 };
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (end < 0) return { front, bodyStart: 0 };
  for (const line of lines.slice(1, end)) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (m) front.set(m[1]!.toLowerCase(), m[2]!.trim().replace(/^(["'])(.*)\1$/, "$2"));
  }
  return { front, bodyStart: end + 1 };
}

function parse(source: string): Parsed {
  const lines = source.replace(/^\ufeff/, "").split(/\r\n|\n|\r/);
  const { front, bodyStart } = frontMatter(lines);
  const paragraphs: string[] = [];
  const headings: Parsed["headings"] = [];
  let current: string[] = [];
  let fence: string | null = null;
  const flush = () => {
    const text = stripInline(current.join(" "));
    if (text) paragraphs.push(text);
    current = [];
  };
  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length && !line.trim().slice(fenceMark.length).trim()) fence = null;
      continue;
    }
    if (fenceMark) {
      flush();
      fence = fenceMark;
      continue;
    }
    if (!line.trim() || REFERENCE_DEFINITION.test(line) || (TABLE_SEPARATOR.test(line) && line.includes("|"))) {
      flush();
      continue;
    }
    const setext = SETEXT.exec(line);
    if (setext && current.length) {
      const text = stripInline(current.join(" "));
      if (text) headings.push({ level: setext[1]![0] === "=" ? 1 : 2, text });
      flush();
      continue;
    }
    if (RULE.test(line)) {
      flush();
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      flush();
      const text = stripInline(atx[2] ?? "");
      if (text) {
        headings.push({ level: atx[1]!.length, text });
        paragraphs.push(text);
      }
      continue;
    }
    let content = line.replace(/^(\s{0,3}>\s?)+/, "");
    if (LIST_ITEM.test(content)) {
      flush();
      content = content.replace(LIST_ITEM, "").replace(/^\[[ xX]\]\s+/, "");
    }
    if (/^\s*\|.*\|\s*$/.test(content)) {
      flush();
      current.push(
        content
          .trim()
          .slice(1, -1)
          .split("|")
          .map((c) => c.trim())
          .filter(Boolean)
          .join("; "),
      );
      flush();
      continue;
    }
    current.push(content.trim());
  }
  flush();
  return { paragraphs, headings, front };
}

/** Text, title and date of a Markdown article (front matter title/date first). */
export function markdownToArticle(source: string, reference?: string | null): { text: string; title: string | null; date: string | null } {
  const { paragraphs, headings, front } = parse(source);
  const heading = headings.find((h) => h.level === 1) ?? headings[0];
  const titleSource = front.get("title") ?? heading?.text ?? paragraphs[0] ?? "";
  const date =
    normalizeDate(front.get("date") ?? front.get("published") ?? front.get("pubdate")) ??
    findDate(paragraphs.slice(0, 5).join("\n"), { reference, body: paragraphs.join("\n").slice(0, BODY_FOR_YEAR) });
  return { text: paragraphs.join("\n"), title: clipTitle(titleSource), date };
}
