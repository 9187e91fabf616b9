// Counting the words of a span of text without splitting it into an array of words.

/** The characters of JavaScript's \s (what String.prototype.trim and split(/\s+/) treat as space). */
export function isSpaceCode(c: number): boolean {
  // Printable ASCII first: nearly every character of an article.
  if (c > 32 && c < 0xa0) return false;
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Whether text[start, end) holds at least n words (runs of non-space characters). The same as
 * `text.slice(start, end).trim().split(/\s+/).length >= n` for n >= 2, without the slice and the
 * array: it runs once per claim and quotation, on spans as long as a paragraph, and stops at the
 * n-th word.
 */
export function hasWords(text: string, start: number, end: number, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord && ++words >= n) return true;
    inWord = !space;
  }
  return false;
}

/**
 * A pronoun or an auxiliary with its contracted ending, which wink keeps as one word when the
 * apostrophe is curly: "I’m", "It’s", "We’ve", "Don’t".
 */
export const CONTRACTION =
  /^(?:I|It|We|They|You|He|She|That|There|Here|What|Who|Let|Don|Doesn|Didn|Can|Won|Isn|Aren|Wasn|Weren|Couldn|Wouldn|Shouldn|Haven|Hasn)['’](?:m|s|re|ve|ll|d|t)$/i;
