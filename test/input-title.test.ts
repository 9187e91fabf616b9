import { describe, expect, it } from "vitest";
import { plainTextMetadata } from "../src/extraction/input/plaintext.js";

describe("plain text: the title is the headline among the first lines", () => {
  it("skips a teaser line and a section label and takes the repeated headline", () => {
    const text = [
      "Talks Resume in Geneva By Staff Reporter The foreign ministers said on Monday that the talks would resume […]",
      "World",
      "Site Name: Talks Resume in Geneva",
      "Talks Resume in Geneva",
      "By Staff Reporter",
      "The foreign ministers said on Monday that the talks would resume.",
    ].join("\n");
    expect(plainTextMetadata(text).title).toBe("Talks Resume in Geneva");
  });

  it("takes a first line that reads as a headline", () => {
    expect(plainTextMetadata("Union rejects pay offer\nThe union said on Friday it rejected the offer.").title).toBe("Union rejects pay offer");
  });

  it("falls back on the first line when no line reads as a headline", () => {
    expect(plainTextMetadata("The union said it rejected the offer.\nIt will strike.").title).toBe("The union said it rejected the offer.");
  });
});
