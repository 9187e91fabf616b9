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

export function tokenize(text: string): Tokenized {
  const w = getNlp();
  const its = w.its;
  const doc = w.readDoc(text);
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
    const value = values[i];
    indexOf[i] = out.length;
    if (pos[i] === "SPACE" || !value.trim()) {
      pendingNewline ||= value.includes("\n") || sp.includes("\n");
      offset += value.length;
      continue;
    }
    // Guard against any drift between wink's tokens and the text.
    if (text.startsWith(value, offset) === false) {
      const found = text.indexOf(value, offset);
      if (found >= 0) offset = found;
    }
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
