// HTML to article text by string processing only (no DOMParser, nothing executed), so it runs in
// Node and in a worker alike. Block elements become one paragraph per line; the text kept is what
// every offset of the document points into.
import { normalizeDate } from "./dates.js";
import { decodeEntities } from "./entities.js";
import { clipTitle } from "./plaintext.js";

// Elements whose content is never article text: code, page chrome, embedded media and captions.
const DROPPED = new Set([
  "script",
  "style",
  "template",
  "noscript",
  "textarea",
  "svg",
  "math",
  "iframe",
  "object",
  "canvas",
  "head",
  "title",
  "nav",
  "footer",
  "aside",
  "form",
  "button",
  "select",
  "figure",
  "figcaption",
  "dialog",
]);

// Elements that start and end a paragraph.
const BLOCK = new Set([
  "address",
  "article",
  "blockquote",
  "body",
  "center",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "html",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
  "caption",
  "legend",
  "hgroup",
  "menu",
  "picture",
  "video",
  "audio",
]);

// Page chrome marked by class or id: share bars, related links, ads, cookie banners, bylines.
// A whole class token must match (optionally followed by -suffix), so "article-body" never does.
const CHROME =
  /(?:^|\s)(?:byline|share|sharing|social|related|newsletter|advert|advertisement|ad|ads|cookie|cookies|subscribe|subscription|promo|breadcrumbs?|comments?|sidebar|menu|navbar|nav|footer|masthead|paywall|popup|modal|skip-link)(?:[-_][\w-]*)?(?=\s|$)/i;

// Containers of the whole page or article are never dropped for their class names.
const NEVER_CHROME = new Set(["html", "body", "main", "article"]);

/** Whether an opening tag's attributes mark its element as hidden or as page chrome. */
function isChrome(attributes: string): boolean {
  if (!/\b(?:class|id|hidden|aria-hidden|style)\b/i.test(attributes)) return false;
  if (/(?:^|\s)hidden(?:\s|=|$)/i.test(attributes) || /aria-hidden\s*=\s*["']?true/i.test(attributes)) return true;
  if (/style\s*=\s*["'][^"']*display\s*:\s*none/i.test(attributes)) return true;
  for (const m of attributes.matchAll(/(?:^|\s)(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi))
    if (CHROME.test(m[1] ?? m[2] ?? m[3] ?? "")) return true;
  return false;
}

// Cells of a row stay on the row's line, separated by a space.
const CELL = new Set(["td", "th"]);

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;

/** Text content of a fragment of HTML: tags dropped, references decoded, spaces collapsed. */
export function inlineText(html: string): string {
  return decodeEntities(html.replace(/<!--[\s\S]*?-->/g, "").replace(/<[^>]*>/g, " "))
    .replace(INVISIBLE, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Where the element opened just before `from` closes (nesting of the same name counted), or -1. */
function closingTagEnd(html: string, name: string, from: number): number {
  const re = new RegExp(`<(/?)${name}\\b(?:[^>"']|"[^"]*"|'[^']*')*>`, "gi");
  re.lastIndex = from;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[1]) depth--;
    else if (!m[0].endsWith("/>")) depth++;
    if (depth === 0) return re.lastIndex;
  }
  return -1;
}

/**
 * The paragraphs of the body text, one per line. When the page marks its story with <article>
 * (or else <main>), only the text inside is kept: the rest is site chrome. Page chrome marked by
 * class or id is dropped too. Each narrowing is given up when it would leave no text.
 */
export function htmlToText(html: string): string {
  const scopes: Scope[] = /<article\b/i.test(html) ? ["article", null] : /<main\b/i.test(html) ? ["main", null] : [null];
  for (const scope of scopes)
    for (const dropChrome of [true, false]) {
      const text = bodyText(html, dropChrome, scope);
      if (text) return text;
    }
  return "";
}

/** The element whose content alone is kept, or null for the whole page. */
type Scope = "article" | "main" | null;

function bodyText(html: string, dropChrome: boolean, scope: Scope): string {
  // How many scope elements are open here; text counts only inside one.
  let inScope = scope ? 0 : 1;
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const p = decodeEntities(current).replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
    if (p) paragraphs.push(p);
    current = "";
    lastBreak = -1;
  };
  const unclosed = new Set<string>();
  // Where the last <br> of the current paragraph left it, or -1.
  let lastBreak = -1;
  TOKEN.lastIndex = 0;
  let last = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    if (inScope > 0) current += html.slice(last, m.index);
    last = TOKEN.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue; // comment, doctype, CDATA, processing instruction
    const closing = m[1] === "/";
    if (name === scope) inScope = Math.max(0, inScope + (closing ? -1 : 1));
    const drop = DROPPED.has(name) || (dropChrome && !NEVER_CHROME.has(name) && isChrome(m[3]!));
    if (!closing && drop && !m[0].endsWith("/>") && !unclosed.has(name)) {
      const end = closingTagEnd(html, name, last);
      // Malformed pages may leave thousands of such tags open: search for each name's end once.
      if (end < 0) unclosed.add(name);
      // An element that never closes is dropped to the end only for raw text (scripts, styles).
      if (end >= 0) last = TOKEN.lastIndex = end;
      else if (["script", "style", "template", "textarea"].includes(name)) last = TOKEN.lastIndex = html.length;
      continue;
    }
    if (name === "br") {
      // A line break ends a paragraph when it ends a sentence or is doubled (<br><br>); inside a
      // sentence it is only a wrapped line, and splitting the sentence would hide its speaker.
      const doubled = lastBreak >= 0 && !current.slice(lastBreak).trim();
      if (doubled || /[.!?:;"”’)\]]\s*$/.test(current)) flush();
      else {
        current += " ";
        lastBreak = current.length;
      }
      continue;
    }
    if (CELL.has(name)) current += " ";
    else if (BLOCK.has(name)) flush();
  }
  if (inScope > 0) current += html.slice(last);
  flush();
  return paragraphs.join("\n");
}

function attributesOf(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([a-zA-Z_:][a-zA-Z0-9_:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) attrs.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ""));
  return attrs;
}

const TITLE_META = ["og:title", "twitter:title", "title", "dc.title", "headline"];
const DATE_META = [
  "article:published_time",
  "datepublished",
  "date",
  "pubdate",
  "publishdate",
  "publish-date",
  "dc.date",
  "dc.date.issued",
  "dcterms.created",
  "sailthru.date",
  "parsely-pub-date",
  "og:published_time",
];

function firstElementText(html: string, name: string): string | null {
  const m = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}\\s*>`, "i").exec(html);
  return m ? inlineText(m[1]!) || null : null;
}

/**
 * Title and date of a page. The headline <h1> is preferred to <title>, which often carries the
 * site's name; the date comes from the publication meta tags, then JSON-LD, then the first <time datetime>.
 */
export function htmlMetadata(html: string): { title: string | null; date: string | null } {
  const meta = new Map<string, string>();
  for (const m of html.matchAll(/<meta\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi)) {
    const a = attributesOf(m[0]);
    const key = (a.get("property") ?? a.get("name") ?? a.get("itemprop") ?? "").toLowerCase();
    const content = a.get("content");
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  const metaTitle = TITLE_META.map((k) => meta.get(k)).find((v) => v?.trim());
  const title = firstElementText(html, "h1") ?? (metaTitle ? inlineText(metaTitle) : null) ?? firstElementText(html, "title");

  // The article's own structured data first (schema.org NewsArticle): the meta tags of a page are
  // often its last update, and a <time> may belong to an embedded video or a related story.
  let date: string | null = articleDatePublished(html);
  for (const key of DATE_META) if (!date) date = normalizeDate(meta.get(key));
  if (!date) {
    const scope = /<article\b[\s\S]*?<\/article>/i.exec(html)?.[0] ?? html;
    const time = /<time\b[^>]*\bdatetime\s*=\s*["']?([^"'>\s]+)/i.exec(scope);
    date = normalizeDate(time?.[1]);
  }
  return { title: title ? clipTitle(title) : null, date };
}

/** schema.org types of a story ("NewsArticle", "ReportageNewsArticle", "BlogPosting", …). */
const ARTICLE_TYPE = /article|posting|report/i;

/**
 * `datePublished` of the page's article in its JSON-LD: of an object typed as an article when
 * there is one (a page also describes its videos, breadcrumbs and related stories), else the
 * first one given. Unparsable JSON-LD is skipped.
 */
export function articleDatePublished(html: string): string | null {
  let any: string | null = null;
  for (const m of html.matchAll(/<script\b[^>]*type\s*=\s*["']?application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi)) {
    let data: unknown;
    try {
      data = JSON.parse(m[1]!);
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    for (let n = 0; stack.length && n < 1000; n++) {
      const item = stack.pop();
      if (Array.isArray(item)) stack.push(...[...item].reverse());
      else if (item && typeof item === "object") {
        const o = item as Record<string, unknown>;
        const date = normalizeDate(o.datePublished);
        const types = ([] as unknown[]).concat(o["@type"] ?? []);
        if (date && types.some((t) => typeof t === "string" && ARTICLE_TYPE.test(t))) return date;
        if (date) any ??= date;
        if (o["@graph"]) stack.push(o["@graph"]);
      }
    }
  }
  return any;
}
