// Seeded fuzzing of the whole path a user's file takes: read (text, Markdown, HTML, JSON lines),
// extract, merge into a graph, export, import, ask. The cases are news passages of the attribution
// specification, damaged the ways real input is damaged: cut anywhere (also inside a surrogate
// pair), a conjunction or a quotation mark first, page furniture, control and combining
// characters, long runs without a space, repeated or swapped pieces, wrong case, wrapped in markup.
// `checkCase` returns what went wrong, never throws: the test and `npm run fuzz` count problems.
import { extractDocument } from "../../src/extraction/pipeline.js";
import { InputError, readInput } from "../../src/extraction/input/index.js";
import { exportGraph, importGraph } from "../../src/graph/format.js";
import { createClaimGraph, mergeDocument } from "../../src/graph/model.js";
import { ask } from "../../src/graph/query/index.js";
import { NEWS_SENTENCES } from "../fixtures/news-sentences.js";
import { random } from "../support/random.js";

export interface FuzzCase {
  /** Seed and index: `npm run fuzz -- --seed S --only N` replays it. */
  id: string;
  fileName: string;
  content: string;
  /** The operators applied, for the report. */
  steps: string[];
}

const PREFIXES = [
  "And ",
  "and ",
  "& ",
  "nor ",
  "But ",
  "“",
  '"',
  "— ",
  "(",
  ", ",
  "'s ",
  "- ",
  "* ",
  "# ",
  "> ",
  "1. ",
  "BEIJING (Reuters) - ",
  "\n\n",
  "\uFEFF",
  "Or ",
  "So, ",
  "”",
  "’s",
  "...",
  "According to ",
];
const INSERTS = [
  "“",
  "”",
  '"',
  "'",
  "‘",
  "’",
  "«",
  "»",
  "„",
  "(",
  ")",
  "[",
  "]",
  "...",
  "…",
  "—",
  "–",
  "-",
  "\n",
  "\r\n",
  "\t",
  "\u200b",
  "\u202e",
  "\u0301",
  "😀",
  "𝐀",
  "\u0000",
  "\u0007",
  "<b>",
  "</p>",
  "&amp;",
  "&#x27;",
  "@",
  "#",
  ":",
  ";",
  ",",
  ".",
  "?",
  "!",
  "http://example.com/a?b=1",
  "4.5%",
  "$31 million",
  "U.S.",
  "Mr.",
  "Jan.",
  "R-Calif.",
  "(D-N.Y.)",
  " said ",
  " told ",
  " urged ",
  " according to ",
  " rejected ",
  " he said",
  " She ",
  " They ",
  " the two sides ",
  " both parties agreed",
  " Putin ",
  " the Kremlin ",
  " Mr ",
  " Dr. ",
  "\u00a0",
  "ﬁ",
  "İ",
  "ß",
];
const WORDS = [
  "said",
  "urged",
  "rejected",
  "proposed",
  "demanded",
  "backed",
  "opposed",
  "pledged",
  "according",
  "told",
  "warned",
  "Putin",
  "Kyiv",
  "Hamas",
  "UAW",
  "the union",
  "officials",
  "He",
  "It",
  "They",
  "that",
  "and",
  "not",
  "would",
  "“",
  "”",
];
const FORMATS = ["txt", "txt", "txt", "md", "html", "jsonl", "json", "text", ""];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!; // rand() < 1, and no list is empty
}

/** A run of characters with no space: base64, a link, "&&&&", a long number. */
function longRun(rand: () => number): string {
  const alphabets = ["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=", "&", ".", "a@b.", "-", "A.", "x", "“”", "0123456789", "—"];
  const alphabet = pick(rand, alphabets);
  const n = 20 + Math.floor(rand() ** 3 * 4000);
  let s = "";
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
  return s;
}

type Operator = (text: string, rand: () => number) => string;

const OPERATORS: Record<string, Operator> = {
  prefix: (t, r) => pick(r, PREFIXES) + t,
  cut: (t, r) => t.slice(0, Math.floor(r() * (t.length + 1))),
  cutStart: (t, r) => t.slice(Math.floor(r() * t.length)),
  delete: (t, r) => {
    const a = Math.floor(r() * t.length);
    return t.slice(0, a) + t.slice(a + 1 + Math.floor(r() * 40));
  },
  duplicate: (t, r) => {
    const a = Math.floor(r() * t.length);
    const b = Math.min(t.length, a + 1 + Math.floor(r() * 200));
    return t.slice(0, b) + t.slice(a, b) + t.slice(b);
  },
  insert: (t, r) => {
    const a = Math.floor(r() * (t.length + 1));
    return t.slice(0, a) + pick(r, INSERTS) + t.slice(a);
  },
  insertMany: (t, r) => {
    let out = t;
    for (let i = 0; i < 8; i++) out = OPERATORS.insert!(out, r);
    return out;
  },
  longRun: (t, r) => {
    const a = Math.floor(r() * (t.length + 1));
    return t.slice(0, a) + longRun(r) + t.slice(a);
  },
  upper: (t) => t.toUpperCase(),
  lower: (t) => t.toLowerCase(),
  swapWords: (t, r) => {
    const w = t.split(" ");
    const i = Math.floor(r() * w.length);
    const j = Math.floor(r() * w.length);
    [w[i], w[j]] = [w[j]!, w[i]!];
    return w.join(" ");
  },
  replaceWord: (t, r) => {
    const w = t.split(" ");
    w[Math.floor(r() * w.length)] = pick(r, WORDS);
    return w.join(" ");
  },
  joinLines: (t) => t.replace(/\n+/g, " "),
  splitLines: (t, r) => t.replace(/ /g, (s) => (r() < 0.1 ? "\n" : s)),
  noPunctuation: (t) => t.replace(/[.!?]/g, ""),
  repeat: (t, r) => Array.from({ length: 2 + Math.floor(r() * 3) }, () => t).join(r() < 0.5 ? "\n" : " "),
  mixScripts: (t, r) => t.replace(/[a-z]/g, (c) => (r() < 0.03 ? pick(r, ["é", "ı", "ł", "ж", "中", "ا", "ü", "ø"]) : c)),
};
const OPERATOR_NAMES = Object.keys(OPERATORS);

/** A file of the given format around one or more texts. */
function wrap(format: string, texts: string[], rand: () => number): string {
  const title = texts[0]!.split(/[.\n]/, 1)[0]!.slice(0, 80);
  switch (format) {
    case "md":
      return `${rand() < 0.5 ? `---\ntitle: ${title}\ndate: 2024-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}\n---\n` : ""}# ${title}\n\n${texts.join("\n\n")}${rand() < 0.2 ? "\n```\nunclosed" : ""}`;
    case "html":
      return `<!doctype html><html><head><title>${title}</title>${rand() < 0.3 ? '<script type="text/template"><script>x</script>' : ""}</head><body>${rand() < 0.3 ? "<nav>Home | News</nav>" : ""}<article>${texts.map((t) => `<p>${t}</p>`).join("")}${rand() < 0.3 ? "<p>unclosed <b>tag" : "</article>"}</body></html>`;
    case "jsonl":
      return texts
        .map((t, i) =>
          rand() < 0.1
            ? `{"title": "broken ${i}", "text": `
            : JSON.stringify({ title: title || null, date: rand() < 0.5 ? "2024-05-11" : "May 11", url: `https://example.com/${i}`, text: t }),
        )
        .join("\n");
    case "json":
      return JSON.stringify(texts.map((t) => ({ title, text: t })));
    default:
      return texts.join("\n\n");
  }
}

/** Case `index` of the series of `seed`. */
export function fuzzCase(seed: number, index: number): FuzzCase {
  const rand = random(seed * 1_000_003 + index);
  const texts: string[] = [];
  const parts = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < parts; i++) texts.push(pick(rand, NEWS_SENTENCES).text);
  const steps: string[] = [];
  const ops = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < texts.length; i++) {
    for (let k = 0; k < ops; k++) {
      const name = pick(rand, OPERATOR_NAMES);
      if (i === 0) steps.push(name);
      texts[i] = OPERATORS[name]!(texts[i]!, rand);
    }
  }
  const format = pick(rand, FORMATS);
  steps.push(`as ${format || "no extension"}`);
  return { id: `${seed}:${index}`, fileName: `fuzz-${index}${format ? `.${format}` : ""}`, content: wrap(format, texts, rand), steps };
}

/** Per case: the time a case may take before it counts as a hang (the issue's 2 s). */
export const CASE_LIMIT_MS = 2000;

/**
 * Run one case through reading, extraction, merge, export/import and a question. Problems are
 * sentences; an InputError is an answer (the user is told why), not a problem.
 */
export function checkCase(c: FuzzCase): { problems: string[]; ms: number } {
  const problems: string[] = [];
  const t0 = performance.now();
  try {
    let docs;
    try {
      docs = readInput(c.fileName, c.content).documents;
    } catch (err) {
      if (err instanceof InputError && err.message.startsWith(c.fileName)) return { problems, ms: performance.now() - t0 };
      throw err;
    }
    const graph = createClaimGraph();
    for (const doc of docs) {
      const result = extractDocument(doc);
      const keys = new Set(result.entities.map((e) => e.key));
      for (const claim of result.claims) {
        for (const e of claim.evidence)
          if (doc.text.slice(e.start, e.end) !== e.text) problems.push(`evidence of ${claim.id} is not the text at ${e.start}-${e.end}`);
        if (!keys.has(claim.speaker)) problems.push(`speaker ${claim.speaker} of ${claim.id} is no entity`);
        for (const t of claim.targets) if (!keys.has(t)) problems.push(`target ${t} of ${claim.id} is no entity`);
      }
      mergeDocument(graph, result);
    }
    const exported = exportGraph(graph);
    const back = importGraph(JSON.parse(JSON.stringify(exported)));
    if (back.order !== graph.order || back.size !== graph.size)
      problems.push(`round trip changed the graph: ${graph.order}/${graph.size} -> ${back.order}/${back.size}`);
    ask(back, "who said what");
    const first = back.nodes()[0];
    if (first) ask(back, `what did ${back.getNodeAttribute(first, "label")} say`);
  } catch (err) {
    problems.push(`${(err as Error).name}: ${(err as Error).message}`);
  }
  const ms = performance.now() - t0;
  if (ms > CASE_LIMIT_MS) problems.push(`took ${Math.round(ms)} ms`);
  return { problems, ms };
}
