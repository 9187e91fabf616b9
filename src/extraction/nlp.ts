// Tokens with character offsets, part of speech and lemma, from wink-nlp's English lite model.
// wink's tokenizer is lossless (preceding spaces + token values rebuild the text), which gives
// exact offsets without searching.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export interface Token {
  i: number;
  text: string;
  /** Lowercase text. */
  lower: string;
  lemma: string;
  /** Universal POS tag: PROPN, NOUN, VERB, AUX, ADP, PUNCT, ... */
  pos: string;
  start: number;
  end: number;
  /** The whitespace before the token contains a line break. */
  newline: boolean;
}

export interface Tokenized {
  tokens: Token[];
  /** Token index where each of wink's sentences starts. */
  sentenceStarts: number[];
}

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | null = null;

function getNlp(): Wink {
  // Only the tagger and sentence boundary detection: no NER, sentiment or negation pipes.
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  return nlp;
}

const SPECIAL_FOLD: Record<string, string> = { ı: "i", İ: "I", ł: "l", Ł: "L", ø: "o", Ø: "O", đ: "d", Đ: "D", ß: "s", æ: "a", Æ: "A", œ: "o", Œ: "O", þ: "t", ð: "d" };

/**
 * Latin letters with diacritics folded to ASCII one character for one, so that offsets stay
 * the same: wink's tokenizer splits "Yılmaz" or "Ayşe" at the accented letter otherwise.
 */
export function foldForTokenizer(text: string): string {
  if (!/[^\x00-\x7F]/.test(text)) return text;
  return text.replace(/[\u00C0-\u024F]/g, (ch) => {
    if (SPECIAL_FOLD[ch]) return SPECIAL_FOLD[ch];
    const base = ch.normalize("NFD")[0];
    return /[A-Za-z]/.test(base) ? base : ch;
  });
}

export function tokenize(text: string): Tokenized {
  const w = getNlp();
  const its = w.its;
  const folded = foldForTokenizer(text);
  const doc = w.readDoc(folded);
  const tokens = doc.tokens();
  // wink's typings do not cover every `its` helper; the values are plain string arrays.
  const outOf = tokens.out as unknown as (f: unknown) => string[];
  const values = outOf(its.value);
  const pos = outOf(its.pos);
  const spaces = outOf(its.precedingSpaces);
  const lemmas = outOf(its.lemma);
  const out: Token[] = [];
  // wink emits line breaks as SPACE tokens; they become the `newline` flag of the next token.
  const indexOf: number[] = new Array(values.length);
  let offset = 0;
  let pendingNewline = false;
  for (let i = 0; i < values.length; i++) {
    const sp = spaces[i];
    offset += sp.length;
    const foldedValue = values[i];
    indexOf[i] = out.length;
    if (pos[i] === "SPACE" || !foldedValue.trim()) {
      pendingNewline ||= foldedValue.includes("\n") || sp.includes("\n");
      offset += foldedValue.length;
      continue;
    }
    // Guard against any drift between wink's tokens and the text.
    if (folded.startsWith(foldedValue, offset) === false) {
      const found = folded.indexOf(foldedValue, offset);
      if (found >= 0) offset = found;
    }
    const value = text.slice(offset, offset + foldedValue.length);
    out.push({
      i: out.length,
      text: value,
      lower: value.toLowerCase(),
      lemma: lemmas[i],
      pos: pos[i],
      start: offset,
      end: offset + value.length,
      newline: pendingNewline || sp.includes("\n"),
    });
    pendingNewline = false;
    offset += value.length;
  }
  const sentenceStarts: number[] = [];
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const span = s.out(its.span) as [number, number];
    sentenceStarts.push(indexOf[span[0]]);
  });
  return { tokens: out, sentenceStarts };
}
