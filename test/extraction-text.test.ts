// Specification of the text layer of extraction: tokens with exact offsets, paragraphs and site
// boilerplate, sentences, quotations and datelines (src/extraction/nlp.ts, text/structure.ts).
import { describe, expect, it } from "vitest";
import { foldForTokenizer, tokenize } from "../src/extraction/nlp.js";
import { datelineLength, isBoilerplateLine, paragraphsOf, quotesOf, sentencesOf } from "../src/extraction/text/structure.js";
import { hasWords } from "../src/extraction/text/words.js";

function sentences(text: string) {
  const { tokens } = tokenize(text);
  return sentencesOf(text, tokens, paragraphsOf(text));
}
const sentenceTexts = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end));
const quoteTexts = (text: string) => quotesOf(text, paragraphsOf(text)).map((q) => text.slice(q.start, q.end));

describe("tokenize: offsets", () => {
  const cases: [string, string][] = [
    ["plain text", "Boeing said on Monday it would raise wages by 20%."],
    ["curly quotes and apostrophes", "“We won’t give up,” Zelenskyy’s aide said. ‘Never.’"],
    ["accented and Turkish letters", "Recep Tayyip Erdoğan met Ayşe Yılmaz and José Müller in Łódź."],
    ["line breaks and blank lines", "First line.\n\nSecond line.\r\nThird  line with   spaces.\n"],
    ["dashes, ellipses and brackets", "He [Trump] said – again… that the U.S.-backed plan (20-point) was “done”."],
    ["non-Latin scripts and emoji", "Putin (Путин) said 👍 to 北京."],
  ];
  for (const [name, text] of cases) {
    it(`text.slice(start, end) is the token's text, for ${name}`, () => {
      const { tokens } = tokenize(text);
      expect(tokens.length).toBeGreaterThan(3);
      for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    });
  }

  it("tokens are in text order and do not overlap", () => {
    const { tokens } = tokenize(cases.map((c) => c[1]).join("\n"));
    for (let k = 1; k < tokens.length; k++) expect(tokens[k]!.start).toBeGreaterThanOrEqual(tokens[k - 1]!.end);
  });

  it("numbers the tokens and gives their lowercase form", () => {
    const { tokens } = tokenize("The EU said Yes.");
    expect(tokens.map((t) => t.i)).toEqual([0, 1, 2, 3, 4]);
    expect(tokens.map((t) => t.lower)).toEqual(["the", "eu", "said", "yes", "."]);
  });

  it("keeps a name with accented letters in one token (Yılmaz, Ayşe, Öztürk)", () => {
    const { tokens } = tokenize("Ayşe Yılmaz met Öztürk.");
    expect(tokens.map((t) => t.text)).toEqual(["Ayşe", "Yılmaz", "met", "Öztürk", "."]);
  });

  it("tags proper nouns, verbs and punctuation", () => {
    const { tokens } = tokenize("Zelenskyy said the talks failed.");
    expect(tokens[0]!.pos).toBe("PROPN");
    expect(tokens[1]!.pos).toBe("VERB");
    expect(tokens.at(-1)!.pos).toBe("PUNCT");
  });

  it("gives lemmas on demand", () => {
    const { lemma } = tokenize("The guarantees were proposed.");
    expect(lemma(1)).toBe("guarantee");
    expect(lemma(3)).toBe("propose");
  });

  it("drops whitespace and marks the first token after a line break", () => {
    const { tokens } = tokenize("One.\n\nTwo three.\nFour");
    expect(tokens.map((t) => t.text)).toEqual(["One", ".", "Two", "three", ".", "Four"]);
    expect(tokens.map((t) => t.newline)).toEqual([false, false, true, false, false, true]);
  });

  it("returns no tokens for empty or blank text", () => {
    expect(tokenize("").tokens).toEqual([]);
    expect(tokenize(" \n\t ").tokens).toEqual([]);
  });
});

describe("foldForTokenizer", () => {
  it("folds Latin letters with diacritics to ASCII one for one", () => {
    expect(foldForTokenizer("Yılmaz Ayşe Erdoğan Łódź Müller Æsir")).toBe("Yilmaz Ayse Erdogan Lodz Muller Asir");
  });

  it("keeps the length, so that offsets into the folded text are offsets into the original", () => {
    for (const s of ["Yılmaz", "straße", "Œuvre", "Đorđe Þór", "naïve café", "“quoted” – text…", "Путин 北京 👍"])
      expect(foldForTokenizer(s)).toHaveLength(s.length);
  });

  it("returns ASCII text unchanged", () => {
    const s = 'Plain ASCII, with "quotes" - and 100%.';
    expect(foldForTokenizer(s)).toBe(s);
  });

  it("leaves non-Latin scripts and punctuation alone", () => {
    expect(foldForTokenizer("Путин “said” – 北京")).toBe("Путин “said” – 北京");
  });
});

describe("isBoilerplateLine: site elements", () => {
  const boilerplate: [string, string][] = [
    ["a byline", "By Jane Doe"],
    ["a byline with an agency", "By Jane Doe, Reuters"],
    ["an agency byline", "By the Associated Press"],
    ["an audio credit", "Audio By Carbonatix"],
    ["a photo credit", "Photo: AFP by John Smith"],
    ["a section label", "World"],
    ["a headline without final punctuation", "Ukraine Seeks Long-Term US Security Guarantees"],
    ["a teaser ending in […]", "Zelenskyy said the talks went well, adding that more work was needed […]"],
    ["a teaser ending in an ellipsis", "The union said it would consider the offer..."],
    ["a timestamp line", "Updated: Jan. 5, 2025 10:31 GMT."],
    ["a read-more link", "Read more: what the deal means."],
    ["an advertisement marker", "Advertisement"],
    [
      "a reprint notice (the leftover lines of web pages count in any text)",
      "This copy is for your personal non-commercial use only. To order presentation-ready copies of Star content, please go to: www.example.com",
    ],
    ["a continuation marker", "Article Continued Below"],
    [
      "a copyright notice without a year",
      "Copyright owned or licensed by Star Newspapers Limited. All rights reserved. Republication is prohibited without the prior written consent of",
    ],
    ["a banner in capitals", "YOU DESERVE INDEPENDENT, CRITICAL MEDIA"],
    ["a newsletter pitch after a section label", "Public health, explained: Sign up to receive our free city newsletter here."],
    ["a short item of a menu", "- World news"],
    ["an empty line", ""],
    ["a blank line", "   "],
  ];
  for (const [what, line] of boilerplate) it(`${what} is boilerplate: ${JSON.stringify(line)}`, () => expect(isBoilerplateLine(line)).toBe(true));

  const body: [string, string][] = [
    ["a sentence with a full stop", "The talks went well, he said."],
    ["a question", "Will the ceasefire hold?"],
    ["a line ending in a closing quote", "“We will not give up,” Zelenskyy said. “Never.”"],
    ["a line introducing a quote", "Asked about the plan, he replied:"],
    ["a sentence beginning with 'By'", "By Monday, the union said, workers would vote."],
    [
      "a point of a summary box without its period",
      "- Trade minister Simon Birmingham confirmed that Australia had notified the WTO that it will lodge requests for ‘formal consultations’",
    ],
    ["a sentence with one acronym in capitals", "The WTO said the NATO summit would be delayed."],
  ];
  for (const [what, line] of body) it(`${what} is body text: ${JSON.stringify(line)}`, () => expect(isBoilerplateLine(line)).toBe(false));
});

describe("paragraphsOf", () => {
  it("makes one paragraph per line, with offsets that exclude the line break", () => {
    const text = "First line.\nSecond line.";
    expect(paragraphsOf(text).map((p) => text.slice(p.start, p.end))).toEqual(["First line.", "Second line."]);
  });

  it("marks boilerplate lines and keeps body lines", () => {
    const text = "World\nBoeing Strike Ends\nBy Jane Doe\nThe strike ended on Monday.";
    expect(paragraphsOf(text).map((p) => p.boilerplate)).toEqual([true, true, true, false]);
  });

  it("a repeated paragraph counts once: the second copy is boilerplate", () => {
    const text = "The strike ended on Monday.\nWorkers voted.\nthe strike ended on Monday.";
    expect(paragraphsOf(text).map((p) => p.boilerplate)).toEqual([false, false, true]);
  });

  it("blank lines are boilerplate paragraphs", () => {
    expect(paragraphsOf("One.\n\nTwo.").map((p) => p.boilerplate)).toEqual([false, true, false]);
  });
});

describe("sentencesOf", () => {
  it("cuts at full stops, question and exclamation marks", () => {
    expect(sentenceTexts("The talks ended. Will they resume? Nobody knows!")).toEqual(["The talks ended.", "Will they resume?", "Nobody knows!"]);
  });

  it("cuts at every line break", () => {
    expect(sentenceTexts("The talks ended.\nWorkers voted.")).toEqual(["The talks ended.", "Workers voted."]);
  });

  it("a line break cuts even without punctuation (one paragraph per line)", () => {
    expect(sentenceTexts("The talks went on\nfor hours.")).toEqual(["The talks went on", "for hours."]);
  });

  it("does not cut after abbreviations: Mr., Jan., U.S.", () => {
    expect(sentenceTexts("The U.S. envoy met Mr. Smith on Jan. 5 in Kyiv. He left early.")).toEqual([
      "The U.S. envoy met Mr. Smith on Jan. 5 in Kyiv.",
      "He left early.",
    ]);
  });

  it("does not cut after Dr. or p.m. inside a sentence", () => {
    expect(sentenceTexts("Dr. Jones arrived at 3 p.m. on Friday. She spoke briefly.")).toEqual([
      "Dr. Jones arrived at 3 p.m. on Friday.",
      "She spoke briefly.",
    ]);
  });

  it("cuts after an initialism that ends a sentence, before a word that starts one", () => {
    expect(sentenceTexts("Talks ended in the U.S. The next day they met again.")).toEqual(["Talks ended in the U.S.", "The next day they met again."]);
  });

  it("keeps a bracketed insertion inside its sentence", () => {
    expect(sentenceTexts("He [Trump] said it was over. Then he left.")).toEqual(["He [Trump] said it was over.", "Then he left."]);
  });

  it("keeps closing quotes with the sentence they end", () => {
    expect(sentenceTexts("“Will it work?” she asked. “Yes!” he replied.")).toEqual(["“Will it work?” she asked.", "“Yes!” he replied."]);
    expect(sentenceTexts('He said "we will win." Then he left.')).toEqual(['He said "we will win."', "Then he left."]);
  });

  it("does not cut after a question inside a quote when the sentence goes on in lowercase", () => {
    expect(sentenceTexts("“Why now?” asked the minister.")).toEqual(["“Why now?” asked the minister."]);
  });

  it("numbers sentences and gives their paragraph and token range", () => {
    const text = "One two. Three four.\nFive six.";
    const ss = sentences(text);
    const { tokens } = tokenize(text);
    expect(ss.map((s) => [s.index, s.paragraph])).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
    ]);
    for (const s of ss) {
      expect(tokens[s.t0]!.start).toBe(s.start);
      expect(tokens[s.t1 - 1]!.end).toBe(s.end);
    }
    expect(ss.at(-1)!.t1).toBe(tokens.length);
  });

  it("takes the boilerplate flag of its paragraph", () => {
    const text = "Boeing Strike Ends\nBy Jane Doe\nThe strike ended. Workers voted.\nThe strike ended. Workers voted.";
    expect(sentences(text).map((s) => s.boilerplate)).toEqual([true, true, false, false, true, true]);
  });

  it("sets bodyStart after a dateline and at the start otherwise", () => {
    const text = "WASHINGTON (Reuters) - The talks ended. Officials said so.";
    const [first, second] = sentences(text);
    expect(text.slice(first!.bodyStart, first!.end)).toBe("The talks ended.");
    expect(second!.bodyStart).toBe(second!.start);
  });
});

describe("datelineLength", () => {
  const datelines: [string, string][] = [
    ["WASHINGTON (Reuters) - ", "The talks ended."],
    ["(Newser) – ", "Talks resumed."],
    ["LONDON, Jan 5 (AP) - ", "Talks resumed."],
    ["KYIV, Ukraine — ", "Talks resumed."],
    ["NEW YORK -- ", "Stocks fell."],
    ["RAFAH, Gaza Strip/CAIRO/JERUSALEM, May 6 (Reuters) - ", "Hamas agreed to a proposal."],
    ["New Delhi: ", "Farm unions on Thursday rejected the proposal."],
    ["Kenya: ", "The Government has offered teachers more."],
    ["ISLAMABAD: ", "The IMF and Pakistani authorities have been unable to reach agreement."],
    ["NEW YORK (Reuters) -", "Starbucks wants to be a different kind of company."],
  ];
  for (const [dateline, rest] of datelines)
    it(`measures the dateline ${JSON.stringify(dateline)}`, () => expect(datelineLength(dateline + rest)).toBe(dateline.length));

  it("is 0 for a sentence without a dateline", () => {
    expect(datelineLength("The talks ended.")).toBe(0);
  });

  it("is 0 for a name and a dash: 'Boeing - ' is not a dateline", () => {
    expect(datelineLength("Boeing - the company said on Monday.")).toBe(0);
  });

  it("is 0 for a headline's speaker and a colon: 'Iran: We will not ...', 'Lynch: No outside influence'", () => {
    expect(datelineLength("Iran: We will not negotiate under pressure.")).toBe(0);
    expect(datelineLength("Lynch: No outside influence on the probe.")).toBe(0);
    expect(datelineLength("TRUMP: We will build it.")).toBe(0);
  });

  it("is 0 for a hyphenated word at the start", () => {
    expect(datelineLength("US-backed guarantees were discussed.")).toBe(0);
  });
});

describe("quotesOf", () => {
  it("finds a quotation of several sentences as one quote", () => {
    const text = "“We will not give up. We will fight. We will win,” Zelenskyy said.";
    const qs = quotesOf(text, paragraphsOf(text));
    expect(qs).toHaveLength(1);
    expect(text.slice(qs[0]!.innerStart, qs[0]!.innerEnd)).toBe("We will not give up. We will fight. We will win,");
  });

  it("gives the range with and without the quotation marks", () => {
    const text = "He said “no deal” again.";
    const q = quotesOf(text, paragraphsOf(text))[0]!;
    expect(text.slice(q.start, q.end)).toBe("“no deal”");
    expect(text.slice(q.innerStart, q.innerEnd)).toBe("no deal");
  });

  it("continues a quotation over two paragraphs when the next one opens with a quotation mark", () => {
    const text = "“We will not give up,\n“and we will never surrender,” he said.";
    expect(quoteTexts(text)).toEqual([text.slice(0, text.indexOf("”") + 1)]);
  });

  it("ends a quotation never closed at the end of its paragraph when the next does not reopen it", () => {
    const text = "“We will not give up.\nThe talks ended.";
    const q = quotesOf(text, paragraphsOf(text))[0]!;
    expect(q.end).toBe(text.indexOf("\n"));
    expect(text.slice(q.innerStart, q.innerEnd)).toBe("We will not give up.");
  });

  it("finds straight double quotes", () => {
    expect(quoteTexts('He said "we will win" and left.')).toEqual(['"we will win"']);
  });

  it("does not take an inch sign or a closing straight quote for an opening one", () => {
    expect(quoteTexts('She bought a 5" screen. He said "fine" twice.')).toEqual(['"fine"']);
  });

  it("finds guillemets and low-high quotes", () => {
    expect(quoteTexts("He called it «bad» and „fine“.")).toEqual(["«bad»", "„fine“"]);
  });

  it("finds several quotations in one paragraph", () => {
    expect(quoteTexts("“Yes,” he said. “No,” she said.")).toEqual(["“Yes,”", "“No,”"]);
  });

  it("a quotation open at the end of the text ends there", () => {
    const text = "He said: “we will";
    const q = quotesOf(text, paragraphsOf(text))[0]!;
    expect(q.end).toBe(text.length);
  });
});

describe("hasWords: the word count of a span without splitting it", () => {
  const spaces = [" ", "\n", "\t", "\u00a0", "\u2009", "\u3000", "\ufeff", "\u2028"];
  const pieces = ["a", "Kyiv", "“", "—", "é", "", ...spaces];
  it("agrees with trim().split(/\\s+/).length on every span of generated texts", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let c = 0; c < 300; c++) {
      let text = "";
      for (let k = Math.floor(next() * 12); k > 0; k--) text += pieces[Math.floor(next() * pieces.length)];
      for (let start = 0; start <= text.length; start++)
        for (let end = start; end <= text.length; end++)
          for (const n of [2, 4])
            expect(hasWords(text, start, end, n), JSON.stringify([text.slice(start, end), n])).toBe(text.slice(start, end).trim().split(/\s+/).length >= n);
    }
  });
});
