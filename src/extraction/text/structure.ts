// Paragraphs, site boilerplate, sentences and quotations of an article.
// One paragraph per line; sentences never cross a paragraph, quotations may
// (a quote that continues in the next paragraph opens it again with a quotation mark).
import type { Token } from "../nlp.js";
import { LEFTOVER_LINES } from "../input/leftovers.js";
import { GAZETTEER } from "../lexicon/gazetteer.js";

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  paragraph: number;
  /** Headline, byline, label or teaser: no claims come from it. */
  boilerplate: boolean;
  /** Where the text proper starts, after a dateline such as "WASHINGTON (Reuters) -". */
  bodyStart: number;
}

export interface Quote {
  /** Range including the quotation marks. */
  start: number;
  end: number;
  /** Range of the quoted words. */
  innerStart: number;
  innerEnd: number;
}

export interface Paragraph {
  start: number;
  end: number;
  boilerplate: boolean;
}

const BOILERPLATE_LINE = [
  /^(?:audio|video|photo|image|listen|watch|graphic)\b.{0,40}\bby\b/i,
  /^by\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z&][\w.'’-]*){0,5}(?:\s*[,|/-]\s*.{0,40})?$/,
  /^(?:advertisement|sponsored|subscribe|sign up|read more|related|share this|click here|follow us|most read|recommended)\b/i,
  /^(?:updated|published|posted)\s*:?\s*\w/i,
  // A caption's label: "Above: Economics Editor Paul Mason explains the latest on the crisis."
  /^(?:above|below|pictured|picture|photo|video|watch|listen|top|main picture)\s*:/i,
  /(?:\[…\]|\[\.\.\.\]|…|\.\.\.)\s*$/,
  // A banner or a heading in capitals, three words or more: "YOU DESERVE INDEPENDENT, CRITICAL MEDIA".
  /^(?=(?:\S+\s+){2,}\S+$)(?=.*[A-Z]{2})[^a-z]*$/,
];

/** A paragraph is boilerplate when it is a site element or lacks the punctuation of body text. */
export function isBoilerplateLine(line: string): boolean {
  const t = line.trim();
  if (!t) return true;
  if (BOILERPLATE_LINE.some((re) => re.test(t)) || LEFTOVER_LINES.some((re) => re.test(t))) return true;
  // Headlines, section labels and captions-as-titles end without sentence punctuation; but a
  // paragraph that holds a sentence break, or is longer than any headline, is body text whose
  // last period was lost ("Putin demanded that Kyiv withdraw. Kyiv rejected new sanctions").
  if (/[.!?:…]["”’')\]]*\s*$/.test(t)) return false;
  // ("“... impact to customers,” a Qantas spokesperson said," and the quotation goes on in the
  // next paragraph: an attribution that ends with the comma before more of the quotation.)
  if (/,\s*$/.test(t) && /[”"’'],?\s+\S/.test(t)) return false;
  // "- Trade minister Simon Birmingham confirmed that ..." : a point of a summary box, a sentence
  // without its period (a menu's items are a few words).
  if (/^[-–•*]\s/.test(t) && wordCount(t) >= BULLET_MIN_WORDS) return false;
  return !INNER_SENTENCE_END.test(t) && wordCount(t) <= HEADLINE_MAX_WORDS;
}

/** A sentence that ends inside a line: ". The", "?” She". */
const INNER_SENTENCE_END = /\p{Ll}{2}[.!?]["”’')\]]*\s+["“‘(]?\p{Lu}/u;
/** Longer than a menu's or a list of links' items. */
const BULLET_MIN_WORDS = 6;
/** Longer than the longest headlines and section labels. */
const HEADLINE_MAX_WORDS = 30;

function wordCount(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length && n <= HEADLINE_MAX_WORDS; i++) if (t.charCodeAt(i) === 32 && t.charCodeAt(i + 1) !== 32) n++;
  return n + 1;
}

export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const seen = new Set<string>();
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const key = line.trim().toLowerCase();
    // A repeated paragraph (a teaser or repeated headline) counts once.
    const boilerplate = isBoilerplateLine(line) || seen.has(key);
    if (key) seen.add(key);
    out.push({ start, end, boilerplate });
    start = end + 1;
  }
  return out;
}

// "WASHINGTON (Reuters) — ", "(Newser) – ", "LONDON, Jan 5 (AP) - ", "KYIV, Ukraine — "
// "JEDDAH/KHARTOUM, May 21 (Reuters) - ": two places of one dateline are joined by a slash.
const DATELINE = /^(?:[A-Z][A-Z .'/-]{1,40}(?:,\s*[A-Z][\w .]{1,30})?\s*)?(?:\([A-Za-z .&-]{2,30}\)\s*)?[—–−-]{1,2}\s+/;
// Wire copy without a dash: "New Delhi, Jan 4 (PTI) The talks ...".
// ("RAFAH, Gaza Strip/CAIRO/JERUSALEM, May 6 (Reuters) - ": several places, slashes between them.)
const AGENCY_DATELINE = /^[A-Z][\w .'/,-]{1,80}?,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+\([A-Z][A-Za-z .&-]{1,20}\)\s*(?:[—–−-]{1,2}\s+)?/;

// "New Delhi: Farm unions on Thursday rejected ...": a city and a colon, as Indian and other
// outlets write it (a capital or a city of the gazetteer: "Iran: ..." may be a headline's speaker).
// ("ISLAMABAD: The IMF and ...": in capitals too, as Pakistani outlets write it.)
const COLON_DATELINE = /^([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|[A-Z]{3,}(?: [A-Z]{3,}){0,2}):\s+(?=[A-Z])/;

// ("NEW YORK (Reuters) -Starbucks ...": a page that lost the space after the dash.)
const GLUED_DATELINE = /^[A-Z][A-Z .'/-]{1,40}(?:,\s*[A-Z][\w .]{1,30})?\s*\([A-Za-z .&-]{2,30}\)\s*[—–−-]{1,2}(?=[A-Z“"])/;

export function datelineLength(sentence: string): number {
  const agency = AGENCY_DATELINE.exec(sentence) ?? GLUED_DATELINE.exec(sentence);
  if (agency) return agency[0].length;
  const colon = COLON_DATELINE.exec(sentence);
  if (colon) {
    const word = /[a-z]/.test(colon[1]!) ? colon[1]! : colon[1]!.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
    const place = GAZETTEER.get(word);
    if (place && (place.via === "capital" || place.kind === "place")) return colon[0].length;
    // ("Kenya: The Government has ...": a country before an article is a dateline too; "Iran: We
    // will not ..." is a headline's speaker.)
    if (place?.kind === "country" && place.via === "name" && /^(?:The|A|An)\s/.test(sentence.slice(colon[0].length))) return colon[0].length;
  }
  const m = DATELINE.exec(sentence);
  if (!m) return 0;
  // Require an all-caps place or a parenthesized agency: "Boeing - " is not a dateline.
  return /^[A-Z][A-Z .'-]{2,}|^\(/.test(m[0]) ? m[0].length : 0;
}

const TERMINAL = new Set([".", "!", "?", "…"]);
const CLOSERS = /^[”"’')\]]+$/;

const SENTENCE_STARTERS = new Set(["DET", "PRON", "CCONJ", "ADV", "ADP", "SCONJ", "AUX"]);

/**
 * Sentences from tokens: a paragraph break, or a terminal mark (after any closing quotes) before
 * a capital, a digit or an opening quote. wink keeps abbreviations ("Mr.", "Jan.", "U.S.") in one
 * token, so a lone period is a full stop; an initialism like "U.S." ends a sentence only before
 * a word that starts one ("... in the U.S. The talks").
 */
export function sentencesOf(text: string, tokens: Token[], paragraphs: Paragraph[]): Sentence[] {
  const cuts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i === 0 || t.newline) {
      cuts.push(i);
      continue;
    }
    // Only after a terminal mark (or closing quotes after one) can a sentence start: check that first.
    const before = tokens[i - 1]!.text;
    const last = before[before.length - 1];
    if (last !== "." && last !== "!" && last !== "?" && last !== "…" && !CLOSERS.test(before)) continue;
    // A straight quote opens when it sits before a word and after a space.
    const opens = t.text === '"' ? tokens[i + 1]?.start === t.end && t.start > tokens[i - 1]!.end : !CLOSERS.test(t.text);
    if (!opens || !/^[\p{Lu}\d“"‘([]/u.test(t.text)) continue;
    let k = i - 1;
    while (k > 0 && CLOSERS.test(tokens[k]!.text) && tokens[k]!.start === tokens[k - 1]!.end) k--;
    const prev = tokens[k]!;
    // "D-N.Y.", "U.S.": a period between single capitals, with no space, is part of an initialism.
    const initialism = prev.text === "." && /^[A-Z]$/.test(tokens[k - 1]?.text ?? "") && tokens[k - 1]!.end === prev.start && t.start === prev.end;
    if (initialism) continue;
    // ("Starbucks SBUX.O and a union": a stock ticker's exchange after its period.)
    if (prev.text === "." && /^[A-Z]{1,2}$/.test(t.text) && tokens[k - 1]!.end === prev.start && t.start === prev.end) continue;
    if (TERMINAL.has(prev.text) || prev.text === "..." || /^[!?]+$/.test(prev.text)) cuts.push(i);
    else if (/^(?:[A-Z]\.){2,}$/.test(prev.text) && k === i - 1 && SENTENCE_STARTERS.has(t.pos)) cuts.push(i);
  }
  const out: Sentence[] = [];
  let p = 0;
  for (let k = 0; k < cuts.length; k++) {
    const t0 = cuts[k]!;
    const t1 = k + 1 < cuts.length ? cuts[k + 1]! : tokens.length;
    const start = tokens[t0]!.start;
    const end = tokens[t1 - 1]!.end;
    while (p < paragraphs.length - 1 && paragraphs[p]!.end < start) p++;
    const body = text.slice(start, end);
    out.push({
      index: out.length,
      start,
      end,
      t0,
      t1,
      paragraph: p,
      boilerplate: paragraphs[p]!.boilerplate,
      bodyStart: start + datelineLength(body),
    });
  }
  return out;
}

const OPENERS: Record<string, string> = { "“": "”", '"': '"', "«": "»", "„": "“" };
const SINGLE_OPENERS = new Set(["‘", "'"]);
const SINGLE_CLOSERS = new Set(["’", "'"]);

/**
 * A single quotation mark that opens a quotation, as British and Australian papers quote: at a
 * word's start ("Steve Murphy said 'When times were tough, ...") and closed in its paragraph by a
 * mark after the quotation's last punctuation ("... more action,' he said"), or opening the
 * paragraph. An apostrophe never qualifies: "the workers' union" and "rock 'n' roll" close no
 * punctuation, and "'90s" opens no word.
 */
function singleOpens(text: string, i: number, paragraphStart: number, end: number, nextOpens: () => boolean): boolean {
  const before = i > paragraphStart ? text[i - 1]! : " ";
  if (!/[\s([—–]/.test(before) || !/\p{L}/u.test(text[i + 1] ?? "")) return false;
  if (i === paragraphStart || singleCloserAfter(text, i + 1, end) >= 0) return true;
  // ("Paul Farrow said 'When times were tough, ... freezes." and the next paragraph opens with a
  // mark: a quotation that goes on over paragraphs.)
  return /[.!?…]\s*$/.test(text.slice(i, end)) && singleMarkAt(text, i + 1, end) < 0 && nextOpens();
}

/** The first single mark in text [from, end) that is no apostrophe inside a word, or -1. */
function singleMarkAt(text: string, from: number, end: number): number {
  for (let k = from; k < end; k++)
    if ((text[k] === "'" || text[k] === "’" || text[k] === "‘") && !(/\p{L}/u.test(text[k - 1] ?? "") && /\p{L}/u.test(text[k + 1] ?? ""))) return k;
  return -1;
}

/** The first paragraph after p with words, or -1. */
function nextFilled(text: string, paragraphs: Paragraph[], p: number): number {
  for (let n = p + 1; n < paragraphs.length; n++) if (/\S/.test(text.slice(paragraphs[n]!.start, paragraphs[n]!.end))) return n;
  return -1;
}

/** The first single mark after [.,!?] that closes a quotation in text [from, end), or -1. */
function singleCloserAfter(text: string, from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const ch = text[k]!;
    if (ch === '"' || ch === "“" || ch === "”") return -1;
    if (SINGLE_CLOSERS.has(ch) && /[.,!?…]/.test(text[k - 1] ?? "") && !/\p{L}/u.test(text[k + 1] ?? "")) return k;
  }
  return -1;
}

/**
 * Quotations: curly, straight and guillemet double quotes, and single quotes where they open a
 * paragraph or close after punctuation (singleOpens). A quotation left open at the end of a
 * paragraph continues when the next paragraph opens with a quotation mark (news convention).
 */
export function quotesOf(text: string, paragraphs: Paragraph[]): Quote[] {
  const out: Quote[] = [];
  let open: { start: number; closer: string; single: boolean } | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p]!;
    let i = start;
    while (i < end && /\s/.test(text[i]!)) i++;
    // (Paragraphs are lines: a blank line between two paragraphs neither ends nor continues a quotation.)
    if (i === end) continue;
    if (open) {
      if (i < end && (open.single ? SINGLE_OPENERS.has(text[i]!) : text[i]! in OPENERS))
        i++; // the continuation mark
      else {
        // Never closed: the quotation ends with its paragraph.
        let filled = p - 1;
        while (filled > 0 && !/\S/.test(text.slice(paragraphs[filled]!.start, paragraphs[filled]!.end))) filled--;
        const prevEnd = paragraphs[filled]!.end;
        out.push({ start: open.start, end: prevEnd, innerStart: open.start + 1, innerEnd: prevEnd });
        open = null;
      }
    }
    for (; i < end; i++) {
      const ch = text[i]!;
      // Only quotation marks matter: skip plain characters fast.
      if (ch !== "“" && ch !== "”" && ch !== '"' && ch !== "«" && ch !== "»" && ch !== "„" && ch !== "‘" && ch !== "’" && ch !== "'") continue;
      if (open?.single) {
        if (SINGLE_CLOSERS.has(ch) && /[.,!?…]/.test(text[i - 1] ?? "") && !/\p{L}/u.test(text[i + 1] ?? "")) {
          out.push({ start: open.start, end: i + 1, innerStart: open.start + 1, innerEnd: i });
          open = null;
        }
      } else if (open) {
        // Pages that mix straight and curly marks close either with the other: "There remain
        // questions,” Lavrov said.
        if (ch === open.closer || (open.closer === "”" && ch === '"') || (open.closer === '"' && ch === "”")) {
          out.push({ start: open.start, end: i + 1, innerStart: open.start + 1, innerEnd: i });
          open = null;
        }
      } else if (SINGLE_OPENERS.has(ch)) {
        // (Whether the next paragraph opens with a mark is asked only of a mark that opens a word:
        // most single marks are apostrophes inside one.)
        const nextOpens = () => {
          const next = nextFilled(text, paragraphs, p);
          return next >= 0 && SINGLE_OPENERS.has(text.slice(paragraphs[next]!.start, paragraphs[next]!.end).trimStart()[0] ?? "");
        };
        if (singleOpens(text, i, start, end, nextOpens)) open = { start: i, closer: "’", single: true };
      } else if (ch in OPENERS) {
        // A straight quote right after a word is a closing mark or an inch sign, not an opener.
        if (ch === '"' && i > 0 && /[\w.,!?]/.test(text[i - 1]!)) continue;
        open = { start: i, closer: OPENERS[ch]!, single: false };
      }
    }
  }
  if (open) out.push({ start: open.start, end: text.length, innerStart: open.start + 1, innerEnd: text.length });
  return out;
}
