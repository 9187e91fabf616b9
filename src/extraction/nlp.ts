// Tokens with character offsets, part of speech and lemma, from wink-nlp's English lite model.
// wink's tokenizer is lossless (preceding spaces + token values rebuild the text), which gives
// exact offsets without searching.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { CONTRACTION, isSpaceCode } from "./text/words.js";

export interface Token {
  i: number;
  text: string;
  /** Lowercase text. */
  lower: string;
  /** Universal POS tag: PROPN, NOUN, VERB, AUX, ADP, PUNCT, ... */
  pos: string;
  start: number;
  end: number;
  /** The whitespace before the token contains a line break. */
  newline: boolean;
}

export interface Tokenized {
  tokens: Token[];
  /**
   * wink's lemma of token i, computed on request: the passes use the rule-based forms of
   * text/inflection.ts, so tokens carry no lemma (a smaller object per token).
   */
  lemma(i: number): string;
}

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | null = null;

function getNlp(): Wink {
  // Only the tagger: no sentence boundaries (ours are cut in text/structure.ts), NER,
  // sentiment or negation pipes. The tags are the same as with the default pipe.
  nlp ??= winkNLP(model, ["pos"]);
  return nlp;
}

/** One class, fields in one order: V8 keeps a single object shape for every token. */
class WinkToken implements Token {
  constructor(
    public i: number,
    public text: string,
    public lower: string,
    public pos: string,
    public start: number,
    public end: number,
    public newline: boolean,
  ) {}
}

const SPECIAL_FOLD: Record<string, string> = {
  ı: "i",
  İ: "I",
  ł: "l",
  Ł: "L",
  ø: "o",
  Ø: "O",
  đ: "d",
  Đ: "D",
  ß: "s",
  æ: "a",
  Æ: "A",
  œ: "o",
  Œ: "O",
  þ: "t",
  ð: "d",
};

/**
 * Latin letters with diacritics folded to ASCII one character for one, so that offsets stay
 * the same: wink's tokenizer splits "Yılmaz" or "Ayşe" at the accented letter otherwise.
 */
export function foldForTokenizer(text: string): string {
  if (!/[^\x00-\x7F]/.test(text)) return text;
  return text.replace(/[\u00C0-\u024F]/g, (ch) => {
    const special = SPECIAL_FOLD[ch];
    if (special) return special;
    const base = ch.normalize("NFD")[0]!;
    return /[A-Za-z]/.test(base) ? base : ch;
  });
}

/** Longer than any word, number, name or short link of an article. */
const LONG_RUN = 64;

/**
 * Runs of more than LONG_RUN characters without a space (a base64 image, a long link, a line of
 * "&&&&") blanked one character for one, so that offsets stay the same: wink's tokenizer is
 * quadratic in the length of a token (a 50 KB base64 image took 10 s), and no such run is a
 * word that a claim needs. The run becomes a line break and spaces: a break that no name or
 * sentence spans ("Army ch" + 3,000 characters of junk is no organization). A loop, not a
 * regular expression: /\S{65,}/ overflowed the stack on a run of 9 million characters.
 */
export function blankLongRuns(text: string): string {
  let out: string[] | null = null;
  let copied = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    // (A run without a space ends at a character of JavaScript's \s.)
    if (i < text.length && !isSpaceCode(text.charCodeAt(i))) continue;
    if (i - runStart > LONG_RUN) {
      (out ??= []).push(text.slice(copied, runStart), "\n", " ".repeat(i - runStart - 1));
      copied = i;
    }
    runStart = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(copied));
  return out.join("");
}

/** Romance articles and prepositions that initials in capitals may spell: "DA" (Democratic Alliance), "LA". */
const ROMANCE_PARTICLES = new Set(["da", "de", "la", "le", "el", "al", "du", "di", "del", "los", "las", "les", "dos", "das"]);

export function tokenize(text: string): Tokenized {
  const w = getNlp();
  const its = w.its;
  const folded = blankLongRuns(foldForTokenizer(text));
  const unfolded = folded === text;
  const doc = w.readDoc(folded);
  const collection = doc.tokens();
  // wink's typings do not cover every `its` helper; the values are plain string arrays.
  const outOf = collection.out as unknown as (f: unknown) => string[];
  const values = outOf(its.value);
  const pos = outOf(its.pos);
  const out: Token[] = [];
  // Index in wink's tokens of each of ours (wink's also include the whitespace tokens).
  const winkIndex = new Int32Array(values.length);
  // wink emits line breaks as SPACE tokens; they become the `newline` flag of the next token.
  let offset = 0;
  let pendingNewline = false;
  for (let i = 0; i < values.length; i++) {
    const foldedValue = values[i]!;
    if (pos[i] === "SPACE" || foldedValue.charCodeAt(0) <= 32) continue;
    // Each token is the next occurrence of its text (wink is lossless): the gap is whitespace.
    const found = folded.startsWith(foldedValue, offset) ? offset : folded.indexOf(foldedValue, offset);
    if (found < 0) continue;
    for (let k = offset; k < found; k++) if (folded.charCodeAt(k) === 10) pendingNewline = true;
    offset = found;
    // Without folding, wink's own string is the token's text (one allocation less per token).
    const value = unfolded ? foldedValue : text.slice(offset, offset + foldedValue.length);
    const newline = pendingNewline;
    // "IAM" comes out of wink as "I" + "AM" (read as "I am"): letters in capitals with no space
    // between them are one word, an acronym.
    const prev = out[out.length - 1];
    // ("3F Transport", "3M": a digit glued to capitals opens a name; not "$5M".)
    const digits = !!prev && /^\d{1,2}$/.test(prev.text) && /^[A-Z]{1,3}$/.test(value) && !/[$€£¥]$/.test(text.slice(Math.max(0, prev.start - 1), prev.start));
    if (prev && prev.end === offset && ((/^[A-Z]+$/.test(prev.text) && /^[A-Z]+$/.test(value)) || digits)) {
      out[out.length - 1] = new WinkToken(
        prev.i,
        prev.text + value,
        (prev.text + value).toLowerCase(),
        digits ? "NUM" : "PROPN",
        prev.start,
        offset + value.length,
        prev.newline,
      );
      pendingNewline = false;
      offset += value.length;
      continue;
    }
    // ("the Saudi-U.S. initiative": after a hyphen wink cuts "U.S." into "U", "." and "S."; one
    // abbreviation again.)
    const dot = out[out.length - 1];
    const letter = out[out.length - 2];
    if (
      value.length === 2 &&
      value.charCodeAt(1) === 46 &&
      dot?.text === "." &&
      dot.end === offset &&
      letter?.end === dot.start &&
      letter.text.length === 1 &&
      /^[A-Z]$/.test(letter.text) &&
      /^[A-Z]$/.test(value[0]!)
    ) {
      const merged = letter.text + "." + value;
      out.length -= 1;
      out[out.length - 1] = new WinkToken(letter.i, merged, merged.toLowerCase(), "PROPN", letter.start, offset + value.length, letter.newline);
      pendingNewline = false;
      offset += value.length;
      continue;
    }
    // ("said no. The ..."): "no." is the abbreviation of number only before one ("No. 10"); else
    // it is the word "no" and the sentence's end.
    if ((value === "no." || value === "No.") && out.length + 2 < winkIndex.length) {
      let n = i + 1;
      while (n < values.length && (pos[n] === "SPACE" || values[n]!.charCodeAt(0) <= 32)) n++;
      if (!/^[\d#]/.test(values[n] ?? "")) {
        winkIndex[out.length] = i;
        out.push(new WinkToken(out.length, value.slice(0, 2), "no", "DET", offset, offset + 2, newline));
        winkIndex[out.length] = i;
        out.push(new WinkToken(out.length, ".", ".", "PUNCT", offset + 2, offset + 3, false));
        pendingNewline = false;
        offset += value.length;
        continue;
      }
    }
    winkIndex[out.length] = i;
    // ("“I’m so proud”": a contracted pronoun that wink read as one name is a pronoun.)
    // ("The DA said": initials that spell a Romance article or preposition, which wink tags as one.)
    const initials = value.length <= 3 && (pos[i] === "DET" || pos[i] === "ADP") && /^[A-Z]{2,3}$/.test(value) && ROMANCE_PARTICLES.has(value.toLowerCase());
    const tag = initials ? "PROPN" : pos[i] === "PROPN" && value.length < 9 && CONTRACTION.test(value) ? "PRON" : pos[i]!;
    out.push(new WinkToken(out.length, value, value.toLowerCase(), tag, offset, offset + value.length, newline));
    pendingNewline = false;
    offset += value.length;
  }
  const lemma = (k: number) => (collection.itemAt(winkIndex[k]!).out as unknown as (f: unknown) => string)(its.lemma);
  return { tokens: out, lemma };
}

/** Tags of lowercase words on their own, from wink's vocabulary (null: not in it). */
const DICTIONARY_TAGS = new Map<string, string | null>();

/**
 * The part of speech wink's vocabulary gives a word alone, lowercased ("unable" ADJ, "further"
 * ADJ), or null when the word is not in the vocabulary ("stellantis"): what a capital that opens
 * a sentence would be without its capital.
 */
export function dictionaryTag(word: string): string | null {
  const lower = word.toLowerCase();
  let tag = DICTIONARY_TAGS.get(lower);
  if (tag !== undefined) return tag;
  const doc = getNlp().readDoc(lower);
  const tokens = doc.tokens();
  // (isOOV is on wink's document though its typings leave it out.)
  const oov = (doc as unknown as { isOOV: (w: string) => boolean }).isOOV(lower);
  tag = oov || tokens.length() !== 1 ? null : (tokens.out(getNlp().its.pos) as unknown as string[])[0]!;
  DICTIONARY_TAGS.set(lower, tag);
  return tag;
}
