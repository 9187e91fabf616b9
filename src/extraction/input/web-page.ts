// A saved news page to its story: Mozilla Readability (the engine of Firefox's Reader View) finds
// the article's body and title in the page, on linkedom's DOM (a light DOM in plain JavaScript, so
// the same code runs in Node and in the page's worker, which has no DOMParser); claimgraph's own
// reader (html.ts) turns the kept HTML into one paragraph per line, the text every evidence offset
// points into, and is the fallback when Readability finds no article. Lines that pages leave in
// the story ("Continue reading the main story", newsletter pitches) are dropped by rule.
// Nothing of the page is executed: linkedom parses, it runs no script.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { normalizeDate } from "./dates.js";
import { htmlMetadata, htmlToText } from "./html.js";
import { LEFTOVER_LINES } from "./leftovers.js";
import { clipTitle } from "./plaintext.js";

export interface WebArticle {
  text: string;
  title: string | null;
  date: string | null;
}

/** Fewer characters than a news story has: Readability then found a teaser or a caption, not the article. */
const MIN_ARTICLE = 250;

/** Readability's article in the page, or null when it finds none. */
function readabilityArticle(html: string): { content: string; title: string | null; publishedTime: string | null } | null {
  let document;
  try {
    ({ document } = parseHTML(html));
  } catch {
    return null;
  }
  // Readability reads the whole page; a page that linkedom cannot give a body to has no article.
  if (!document?.body) return null;
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  if (!article?.content) return null;
  return { content: article.content, title: article.title?.trim() || null, publishedTime: article.publishedTime ?? null };
}

/** The article lines, without the ones that are page furniture left inside the story. */
export function dropLeftovers(text: string): string {
  return text
    .split("\n")
    .filter((line) => !LEFTOVER_LINES.some((re) => re.test(line.trim())))
    .join("\n");
}

/** The story of a saved web page: its text (one paragraph per line), title and publication date. */
export function readWebPage(html: string): WebArticle {
  const meta = htmlMetadata(html);
  const article = readabilityArticle(html);
  const body = article ? dropLeftovers(htmlToText(article.content)) : "";
  const text = body.length >= MIN_ARTICLE ? body : dropLeftovers(htmlToText(html)) || body;
  const title = article?.title ? clipTitle(headline(article.title, meta.title)) : meta.title;
  // Readability's date is the article's own (its JSON-LD, then its meta tags); ours reads more forms.
  const date = normalizeDate(article?.publishedTime ?? undefined) ?? meta.date;
  return { text, title, date };
}

/** " | ", " - ", " — ": between a headline and the site's name in a page's <title>. */
const SITE_SEPARATOR = /\s+[|\-–—:»/]\s+/;

/**
 * The headline: Readability's title, unless it is a short head before a separator that the page's
 * <h1> spells out in full ("Talks resume | Example News" beside <h1>Talks resume in Geneva</h1>).
 */
function headline(title: string, h1: string | null): string {
  const head = title.split(SITE_SEPARATOR)[0]!.trim();
  if (!h1 || head === title) return title;
  const fold = (x: string) => x.toLowerCase().replace(/\s+/g, " ");
  return fold(h1).startsWith(fold(head)) && h1.length > head.length ? h1 : title;
}
