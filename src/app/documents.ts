// Articles added in the page become SourceDocuments. A minimal reader of its own until the shared
// input readers (src/extraction/input, readArticles) are final: plain text and Markdown verbatim,
// HTML through DOMParser (which never runs scripts) as text with one block per paragraph.
import type { SourceDocument } from "../extraction/types.js";

function slug(value: string): string {
  return (
    value
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "article"
  );
}

function firstLine(text: string): string | null {
  const line = text.split(/\r?\n/).find((l) => l.trim());
  if (!line) return null;
  const t = line.replace(/^#+\s*/, "").replace(/\s+/g, " ").trim();
  return t.length > 160 ? `${t.slice(0, 157)}…` : t;
}

const ISO_DATE = /\b(20\d\d|19\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/;

export function documentFromText(text: string, source: string, title?: string | null): SourceDocument {
  const head = text.slice(0, 400);
  const t = title ?? firstLine(text);
  return {
    id: slug(source.replace(/\.[a-z]+$/i, "") || t || "article"),
    title: t,
    date: head.match(ISO_DATE)?.[0] ?? null,
    source,
    text,
  };
}

const BLOCKS = "p,h1,h2,h3,h4,h5,h6,li,blockquote,pre,div,section,article,header,footer,tr,br";

/** Visible text of an HTML page, blocks separated by blank lines. */
export function htmlToDocument(html: string, source: string): SourceDocument {
  const dom = new DOMParser().parseFromString(html, "text/html");
  dom.querySelectorAll("script,style,noscript,template,nav,aside").forEach((el) => el.remove());
  const title = dom.querySelector("title")?.textContent?.trim() || null;
  const root = dom.querySelector("article") ?? dom.body;
  dom.querySelectorAll(BLOCKS).forEach((el) => el.append(dom.createTextNode("\n\n")));
  const text = (root?.textContent ?? "")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const doc = documentFromText(text, source, title);
  const published = dom.querySelector('meta[property="article:published_time"]')?.getAttribute("content");
  if (published && ISO_DATE.test(published)) doc.date = published.match(ISO_DATE)![0];
  return doc;
}

export async function documentFromFile(file: File): Promise<SourceDocument> {
  const text = await file.text();
  if (/\.html?$/i.test(file.name) || file.type === "text/html") return htmlToDocument(text, file.name);
  return documentFromText(text.replace(/\r\n?/g, "\n"), file.name);
}

/** A pasted text: the source names when it was pasted, the id comes from the first line. */
export function documentFromPaste(text: string, now = new Date()): SourceDocument {
  const doc = documentFromText(text, `pasted ${now.toISOString().slice(0, 16).replace("T", " ")}`);
  doc.id = slug(doc.title ?? "pasted");
  return doc;
}
