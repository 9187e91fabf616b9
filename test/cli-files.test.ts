import { describe, expect, it } from "vitest";
import { decodeText } from "../src/cli/files.js";

describe("decoding article files", () => {
  it("reads UTF-8 and keeps a byte order mark, as readFileSync(file, 'utf8') does", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9]))).toBe("\ufeffhé");
  });
  it("falls back to Windows-1252 for bytes that are not UTF-8", () => {
    expect(decodeText(new Uint8Array([0x69, 0x74, 0x92, 0x73, 0x20, 0xe9]))).toBe("it’s é");
  });
  it("reads UTF-16 with its byte order mark", () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00]))).toBe("hi");
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x68, 0x00, 0x69]))).toBe("hi");
  });
});

describe("UTF-16 without a byte order mark", () => {
  const encode = (text: string, big: boolean) => {
    const out = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 * i + (big ? 1 : 0)] = c & 0xff;
      out[2 * i + (big ? 0 : 1)] = c >> 8;
    }
    return out;
  };
  const text = "Putin said the talks had failed, and Zelenskyy rejected the plan.";
  it("is read as text, not refused as binary (little-endian, as Windows writes it)", () => {
    expect(decodeText(encode(text, false))).toBe(text);
  });
  it("is read big-endian too", () => {
    expect(decodeText(encode(text, true))).toBe(text);
  });
});
