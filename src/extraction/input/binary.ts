// Binary sniffing: an image or a PDF read as text must be refused, not turned into nonsense claims.

/** Why the content looks binary, or null when it looks like text. */
export function binaryReason(content: string): string | null {
  const sample = content.slice(0, 8192);
  // UTF-16 read as UTF-8 has a NUL in every other byte; a stray NUL in a text is no reason to
  // refuse the article (it counts as one odd character below).
  let nul = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0) nul++;
  if (nul / sample.length > 0.1) return "it contains NUL bytes";
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    // Control characters other than tab, newlines and form feed, and U+FFFD from undecodable bytes.
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 127 || c === 0xfffd) odd++;
  }
  if (sample.length && odd / sample.length > 0.1)
    return `${Math.round((100 * odd) / sample.length)}% of its first characters are control or undecodable characters`;
  return null;
}
