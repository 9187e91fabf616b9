// The engine never throws on text cut anywhere: every passage of the specification is extracted
// again cut after each of its words and punctuation marks (sentences that end early, quotes left
// open, a name or a cue as the last word), and every evidence span must still point into the text.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../src/extraction/pipeline.js";
import { NEWS_SENTENCES } from "./fixtures/news-sentences.js";

describe("extraction on truncated text", () => {
  it("never throws, and keeps evidence offsets inside the text", () => {
    const problems: string[] = [];
    for (const c of NEWS_SENTENCES) {
      // Before each space, and after each punctuation mark (a text that ends on "aides." or "”").
      const cuts = [...c.text.matchAll(/\s|[.,;:!?”"’)](?=\S)/g)].map((m) => (/\s/.test(m[0]) ? m.index! : m.index! + 1));
      cuts.push(c.text.length);
      for (const cut of cuts) {
        const text = c.text.slice(0, cut);
        try {
          const result = extractDocument({ id: "t", title: null, date: null, source: "test", text });
          for (const claim of result.claims)
            for (const e of claim.evidence) if (text.slice(e.start, e.end) !== e.text) problems.push(`${c.name} @${cut}: evidence out of place`);
        } catch (err) {
          problems.push(`${c.name} @${cut}: ${(err as Error).message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
