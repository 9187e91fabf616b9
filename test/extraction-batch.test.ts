// A batch of articles (the page's "Add articles"): each file and each article stands alone.
import { describe, expect, it } from "vitest";
import { extractBatch, readBatch } from "../src/extraction/batch.js";
import { extractDocument } from "../src/extraction/pipeline.js";
import type { SourceDocument } from "../src/extraction/types.js";

const GOOD = "Talks resume\nThe minister said on Monday that talks would resume.\n";

describe("a batch of articles", () => {
  it("reads the good files and names the ones it cannot read", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0, 0, 1, 2]).buffer;
    const read = readBatch([
      { name: "talks.txt", content: GOOD },
      { name: "photo.txt", content: png },
      { name: "empty.md", content: "\n" },
    ]);
    expect(read.documents.map((d) => d.source)).toEqual(["talks.txt"]);
    expect(read.failures).toEqual([expect.stringMatching(/^photo\.txt looks binary/), "empty.md is empty"]);
  });

  it("decodes file bytes as the CLI does (UTF-16 without its mark)", () => {
    const text = "The minister said on Monday that talks would resume.";
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) bytes[2 * i] = text.charCodeAt(i);
    expect(readBatch([{ name: "win.txt", content: bytes.buffer }]).documents[0]!.text).toBe(text);
  });

  it("keeps the other articles when the extractor fails on one, and names it", () => {
    const docs: SourceDocument[] = ["a", "b", "c"].map((id) => ({ id, title: `Article ${id}`, date: null, source: `${id}.txt`, text: GOOD }));
    const extracted = extractBatch(docs, (doc) => {
      if (doc.id === "b") throw new TypeError("Cannot read properties of undefined (reading 'pos')");
      return extractDocument(doc);
    });
    expect(extracted.results.map((r) => r.document.id)).toEqual(["a", "c"]);
    expect(extracted.failures).toEqual([
      "“Article b” could not be read (an error in claimgraph's extractor: Cannot read properties of undefined (reading 'pos')); please report it with the article",
    ]);
  });

  it("reports progress in characters of text", () => {
    const docs: SourceDocument[] = [
      { id: "a", title: null, date: null, source: "a.txt", text: "x".repeat(10) },
      { id: "b", title: null, date: null, source: "b.txt", text: "y".repeat(30) },
    ];
    const seen: [number, number][] = [];
    extractBatch(
      docs,
      (doc) => ({ document: doc, entities: [], claims: [] }),
      (done, total) => seen.push([done, total]),
    );
    expect(seen).toEqual([
      [0, 40],
      [10, 40],
      [40, 40],
    ]);
  });
});
