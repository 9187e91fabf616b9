// File bytes as text, the same in the CLI and in the page (TextDecoder exists in both).
import { CP1252 } from "./entities.js";

/**
 * UTF-16 without a byte order mark: English text in UTF-16 has a NUL in every other byte (the
 * high byte of each ASCII letter), on the odd bytes for little-endian and the even ones for
 * big-endian. Read as UTF-8 it looked binary and the article was refused.
 */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros / pairs > 0.3 && evenZeros / pairs < 0.05) return "utf-16le";
  if (evenZeros / pairs > 0.3 && oddZeros / pairs < 0.05) return "utf-16be";
  return null;
}

/**
 * File bytes as text: UTF-16 when it starts with its byte order mark or has the NUL bytes of
 * UTF-16 without one, UTF-8 when valid (a byte order mark is kept, as `readFileSync(f, "utf8")`
 * keeps it, so offsets agree with other tools), otherwise Windows-1252, the usual legacy encoding.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // By hand: some Node builds decode "windows-1252" as Latin-1, losing the curly quotes of 0x80..0x9F.
    const units = new Uint16Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i]!;
      units[i] = byte >= 0x80 && byte <= 0x9f ? CP1252[byte - 0x80]! : byte;
    }
    return new TextDecoder("utf-16le").decode(units);
  }
}
