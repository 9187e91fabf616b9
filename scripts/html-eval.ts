// `npm run eval:html -- --readability GIT_DIR_OR_CHECKOUT [--pages a,b] [--verbose]`
// `npm run eval:html -- --zyte GIT_DIR_OR_CHECKOUT [--verbose]`
// How well the HTML reader keeps a news page's story and only the story: Mozilla Readability's own
// test pages (test/test-pages/NAME/source.html, with expected.html and expected-metadata.json),
// read at run time from a checkout or a bare clone of github.com/mozilla/readability, never copied
// here. Per page and overall: token recall of the expected body (what was kept), clutter (the share
// of the kept tokens that are not in the expected body), token F1 (as the article-extraction
// benchmark of Zyte computes it: whitespace tokens, counted as multisets), title and date accuracy.
// With --zyte, the 181 pages of Zyte's article-extraction benchmark (github.com/scrapinghub/
// article-extraction-benchmark, html/*.html.gz and ground-truth.json), t.scored exactly as its
// evaluate.py scores: shingles of four \w+ tokens, each page's counts normalized, precision and
// recall averaged over pages, F1 of the two averages (Readability.js 0.947, trafilatura 0.958 there).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { readInput } from "../src/extraction/input/index.js";
import { normalizeDate } from "../src/extraction/input/dates.js";

const USAGE = `Usage: npm run eval:html -- (--readability DIR | --zyte DIR) [--pages a,b,c] [--verbose]

  --readability DIR  a checkout of github.com/mozilla/readability, or its bare git directory
  --zyte DIR         a checkout of github.com/scrapinghub/article-extraction-benchmark, or its git directory
  --pages LIST       page names (default: the English news pages, listed in the script)
  --verbose          per page: the expected tokens that were lost and the extra tokens kept
`;

/** The English news pages of Readability's test set (outlets' articles, not blogs, docs or wikis). */
const NEWS_PAGES = [
  "aclu",
  "ars-1",
  "bbc-1",
  "breitbart",
  "buzzfeed-1",
  "citylab-1",
  "cnet",
  "cnn",
  "engadget",
  "guardian-1",
  "herald-sun-1",
  "medicalnewstoday",
  "msn",
  "nytimes-1",
  "nytimes-2",
  "nytimes-3",
  "nytimes-4",
  "quanta-1",
  "salon-1",
  "schema-org-context-object",
  "seattletimes-1",
  "telegraph",
  "theverge",
  "tmz-1",
  "wapo-1",
  "wapo-2",
  "yahoo-1",
  "yahoo-2",
  "yahoo-3",
];

const { values } = parseArgs({
  options: {
    readability: { type: "string" },
    zyte: { type: "string" },
    pages: { type: "string" },
    verbose: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help || (!values.readability && !values.zyte)) {
  process.stdout.write(USAGE);
  process.exit(values.help ? 0 : 2);
}
const root = (values.readability ?? values.zyte)!;
const bare = !existsSync(join(root, ".git")) && existsSync(join(root, "HEAD"));

/** A file of the repository, from its work tree or, for a bare clone, from its last commit. */
function repoFile(rel: string): Buffer | null {
  try {
    return bare ? execFileSync("git", ["--git-dir", root, "show", `HEAD:${rel}`], { maxBuffer: 256 << 20 }) : readFileSync(join(root, rel));
  } catch {
    return null;
  }
}

function readPageFile(page: string, file: string): string | null {
  return repoFile(`test/test-pages/${page}/${file}`)?.toString("utf8") ?? null;
}

if (values.zyte) {
  zyte();
  process.exit(0);
}

/** The expected body as text: each block on its own line. */
function expectedText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll("p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, br, figcaption"))
    el.after(document.createTextNode("\n"));
  return document.body.textContent ?? "";
}

const tokens = (text: string) => text.split(/\s+/).filter(Boolean);

function counts(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of list) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Multiset overlap of two token lists, and what each has that the other lacks. */
function overlap(got: string[], want: string[]) {
  const g = counts(got);
  const w = counts(want);
  let common = 0;
  const lost: string[] = [];
  const extra: string[] = [];
  for (const [t, n] of w) {
    const k = Math.min(n, g.get(t) ?? 0);
    common += k;
    if (n > k) lost.push(t);
  }
  for (const [t, n] of g) if (n > (w.get(t) ?? 0)) extra.push(t);
  return { common, lost, extra };
}

const fold = (s: string | null | undefined) =>
  (s ?? "").normalize("NFKC").replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim().toLowerCase();

const pages = values.pages ? values.pages.split(",") : NEWS_PAGES;
// Sums over the pages: per-page precision, recall and F1, pooled token counts, titles, dates.
const t = { sumP: 0, sumR: 0, sumF: 0, allCommon: 0, allGot: 0, allWant: 0, titles: 0, titleOk: 0, dates: 0, dateOk: 0, lostWhole: 0, cluttered: 0, scored: 0 };
for (const page of pages) {
  const source = readPageFile(page, "source.html");
  const expected = readPageFile(page, "expected.html");
  const metaText = readPageFile(page, "expected-metadata.json");
  if (!source || !expected) {
    console.log(`${page}: not found`);
    continue;
  }
  const meta = metaText ? (JSON.parse(metaText) as { title?: string; publishedTime?: string | null }) : {};
  let doc;
  try {
    // readInput throws rather than return no document.
    doc = readInput(`${page}.html`, source).documents[0]!;
  } catch (err) {
    doc = { text: "", title: null, date: null };
    console.log(`${page}: ${(err as Error).message}`);
  }
  const got = tokens(doc.text);
  const want = tokens(expectedText(expected));
  const { common, lost, extra } = overlap(got, want);
  const p = got.length ? common / got.length : 0;
  const r = want.length ? common / want.length : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  t.sumP += p;
  t.sumR += r;
  t.sumF += f;
  t.allCommon += common;
  t.allGot += got.length;
  t.allWant += want.length;
  t.scored++;
  if (r < 0.5) t.lostWhole++;
  if (1 - p > 0.1) t.cluttered++;
  let titleNote = "";
  if (meta.title) {
    t.titles++;
    const ok = fold(doc.title) === fold(meta.title) || (fold(doc.title).length > 10 && fold(meta.title).startsWith(fold(doc.title)));
    if (ok) t.titleOk++;
    else titleNote = ` title "${doc.title}" (expected "${meta.title}")`;
  }
  let dateNote = "";
  const wantDate = normalizeDate(meta.publishedTime ?? undefined);
  if (wantDate) {
    t.dates++;
    if (doc.date === wantDate) t.dateOk++;
    else dateNote = ` date ${doc.date} (expected ${wantDate})`;
  }
  console.log(`${page.padEnd(26)} recall ${r.toFixed(3)}  clutter ${(1 - p).toFixed(3)}  F1 ${f.toFixed(3)}${titleNote}${dateNote}`);
  if (values.verbose) {
    if (lost.length) console.log(`   lost: ${lost.slice(0, 40).join(" ")}`);
    if (extra.length) console.log(`   extra: ${extra.slice(0, 60).join(" ")}`);
  }
}
const pooledP = t.allGot ? t.allCommon / t.allGot : 0;
const pooledR = t.allWant ? t.allCommon / t.allWant : 0;
console.log(
  `\n${t.scored} pages: token F1 ${(t.sumF / t.scored).toFixed(3)} (mean of pages; pooled ${((2 * pooledP * pooledR) / (pooledP + pooledR || 1)).toFixed(3)}), ` +
    `recall ${(t.sumR / t.scored).toFixed(3)}, clutter ${(1 - t.sumP / t.scored).toFixed(3)}; story lost on ${t.lostWhole}, clutter over 10% on ${t.cluttered}; ` +
    `titles ${t.titleOk}/${t.titles}, dates ${t.dateOk}/${t.dates}`,
);

/** Zyte's benchmark, t.scored as its evaluate.py scores. */
function zyte(): void {
  const truth = JSON.parse(repoFile("ground-truth.json")!.toString("utf8")) as Record<string, { articleBody?: string }>;
  const words = (text: string) => text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const shingles = (text: string) => {
    const t = words(text);
    const out = new Map<string, number>();
    for (let i = 0; i < Math.max(1, t.length - 3); i++) {
      const key = t.slice(i, i + 4).join(" ");
      if (key) out.set(key, (out.get(key) ?? 0) + 1);
    }
    return out;
  };
  const precisions: number[] = [];
  const recalls: number[] = [];
  const rows: { key: string; p: number; r: number }[] = [];
  let readMs = 0;
  let readBytes = 0;
  for (const [key, page] of Object.entries(truth)) {
    const gz = repoFile(`html/${key}.html.gz`);
    if (!gz) continue;
    const html = gunzipSync(gz).toString("utf8");
    let text = "";
    try {
      const t0 = performance.now();
      text = readInput(`${key}.html`, html).documents[0]!.text;
      readMs += performance.now() - t0;
      readBytes += html.length;
    } catch (err) {
      console.log(`${key}: ${(err as Error).message}`);
    }
    const want = shingles(page.articleBody ?? "");
    const got = shingles(text);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const k of new Set([...want.keys(), ...got.keys()])) {
      const w = want.get(k) ?? 0;
      const g = got.get(k) ?? 0;
      tp += Math.min(w, g);
      fp += Math.max(0, g - w);
      fn += Math.max(0, w - g);
    }
    const sum = tp + fp + fn;
    if (sum > 0) [tp, fp, fn] = [tp / sum, fp / sum, fn / sum];
    const p = fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
    const r = fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
    if (tp + fp > 0) precisions.push(p);
    if (tp + fn > 0) recalls.push(r);
    rows.push({ key, p, r });
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const P = mean(precisions);
  const R = mean(recalls);
  if (values.verbose)
    for (const row of rows.sort((a, b) => a.p + a.r - b.p - b.r).slice(0, 25))
      console.log(`${row.key.slice(0, 16)}  precision ${row.p.toFixed(3)}  recall ${row.r.toFixed(3)}`);
  console.log(`${rows.length} pages of Zyte's benchmark: F1 ${((2 * P * R) / (P + R)).toFixed(3)} (precision ${P.toFixed(3)}, recall ${R.toFixed(3)})`);
  console.log(
    `reading: ${(readMs / rows.length).toFixed(1)} ms a page on average (${(readBytes / rows.length / 1024).toFixed(0)} KB of HTML), ${(readBytes / 1e6 / (readMs / 1000)).toFixed(1)} MB/s`,
  );
}
