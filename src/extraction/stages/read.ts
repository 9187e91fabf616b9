// Stage 1, text: the document's tokens, paragraphs, sentences and quotations.
import { tokenize, type Token } from "../nlp.js";
import { paragraphsOf, quotesOf, sentencesOf, type Paragraph, type Quote, type Sentence } from "../text/structure.js";

/** A document as text: what every later stage reads, and none changes. */
export interface DocumentText {
  text: string;
  tokens: Token[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: Quote[];
}

export function readDocument(text: string): DocumentText {
  const { tokens } = tokenize(text);
  const paragraphs = paragraphsOf(text);
  const sentences = tokens.length ? sentencesOf(text, tokens, paragraphs) : [];
  const quotes = quotesOf(text, paragraphs);
  return { text, tokens, paragraphs, sentences, quotes };
}
