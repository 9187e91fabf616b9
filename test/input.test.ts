import { describe, expect, it } from "vitest";
import { findDate, InputError, readArticles, slugify } from "../src/extraction/input/index.js";
import { MAX_DOCUMENT_LENGTH, readInput } from "../src/extraction/input/index.js";

describe("slugify", () => {
  it("lowercases, strips accents and apostrophes, joins words with dashes", () => {
    expect(slugify("Zelenskyy’s Plan (Draft) für Café")).toBe("zelenskyys-plan-draft-fur-cafe");
  });
  it("cuts long slugs at a dash", () => {
    const slug = slugify("one two three four five six seven eight nine ten", 20);
    expect(slug.length).toBeLessThanOrEqual(20);
    expect(slug).toBe("one-two-three-four");
  });
});

describe("dates: the first date in a text, as ISO", () => {
  it.each([
    ["Posted Nov 10, 2013 7:08 AM CST", "2013-11-10"],
    ["Monday, December 29, 2025", "2025-12-29"],
    ["4 February 2019", "2019-02-04"],
    ["2018-04-26T10:00:00Z", "2018-04-26"],
    ["Sept. 3rd, 2020", "2020-09-03"],
  ])("%s -> %s", (text, iso) => expect(findDate(text)).toBe(iso));
  it("ignores impossible and ambiguous dates", () => {
    expect(findDate("February 30, 2020 or 03/04/2020 or Nov. 20")).toBeNull();
  });
});

describe("plain text", () => {
  const text = "\n  Rouhani Calls Enrichment 'Red Line'\r\nNov 10, 2013\r\n\r\nIranian officials said today it made progress.\r\n";
  const doc = readArticles("dev/01-iran-rouhani.txt", text)[0]!;
  it("keeps the text verbatim, so offsets point into the file as read", () => {
    expect(doc.text).toBe(text);
  });
  it("takes the first non-empty line as the title and a date from the first lines", () => {
    expect(doc.title).toBe("Rouhani Calls Enrichment 'Red Line'");
    expect(doc.date).toBe("2013-11-10");
  });
  it("names the document after the file and records the file as its source", () => {
    expect(doc.id).toBe("01-iran-rouhani");
    expect(doc.source).toBe("dev/01-iran-rouhani.txt");
  });
  it("has no date when the first lines hold none", () => {
    expect(readArticles("a.txt", "Title\nBody said nothing dated.")[0]!.date).toBeNull();
  });
});

describe("markdown", () => {
  const md = [
    "---",
    'title: "Talks resume"',
    "date: 2019-02-04",
    "---",
    "# Talks *resume* in Geneva",
    "",
    "The **minister** said the [talks](https://example.com/a_(b)) would",
    "resume _next week_, according to `officials`.",
    "",
    "![a photo](photo.jpg)",
    "",
    "```js",
    "alert('not prose')",
    "```",
    "",
    "- First point, with snake_case kept",
    "- Second point \\*not emphasis\\*",
    "",
    '> "We are ready," she said.',
    "",
    "[ref]: https://example.com",
  ].join("\n");
  const doc = readArticles("notes/talks.md", md)[0]!;
  it("strips headings, emphasis, links, images and code blocks, one paragraph per line", () => {
    expect(doc.text).toBe(
      [
        "Talks resume in Geneva",
        "The minister said the talks would resume next week, according to officials.",
        "First point, with snake_case kept",
        "Second point *not emphasis*",
        '"We are ready," she said.',
      ].join("\n"),
    );
  });
  it("takes title and date from the front matter", () => {
    expect(doc.title).toBe("Talks resume");
    expect(doc.date).toBe("2019-02-04");
  });
  it("takes the first heading as the title when there is no front matter", () => {
    expect(readArticles("a.markdown", "Intro line\n\nTitle\n=====\n\nBody.")[0]!.title).toBe("Title");
  });
});

describe("html", () => {
  const html = `<!DOCTYPE html><html><head>
    <title>Talks resume | Example News</title>
    <meta property="article:published_time" content="2019-02-04T09:30:00+00:00">
    <style>p { color: red }</style>
    <script>document.write("<p>injected</p>")</script>
  </head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article>
      <h1>Talks&nbsp;resume in Geneva</h1>
      <!-- an ad slot -->
      <p>The minister said the talks &amp; the &#8220;deal&#8221; would resume<br>next week.</p>
      <p>She added: &lsquo;We are <b>ready</b>.&rsquo; &#x2014; and l&#39;accord.</p>
      <figure><img src="x.jpg"><figcaption>A caption.</figcaption></figure>
      <ul><li>One</li><li>Two</li></ul>
      <script type="text/javascript">var x = "<p>never</p>";</script>
    </article>
    <footer>Copyright</footer>
  </body></html>`;
  const doc = readArticles("page.html", html)[0]!;
  it("keeps the body text, block elements as separate lines, entities decoded", () => {
    expect(doc.text).toBe(
      [
        "Talks resume in Geneva",
        "The minister said the talks & the “deal” would resume next week.",
        "She added: ‘We are ready.’ — and l'accord.",
        "One",
        "Two",
      ].join("\n"),
    );
  });
  it("drops scripts, styles, comments, navigation, footers and captions", () => {
    expect(doc.text).not.toMatch(/injected|never|color|ad slot|Home|Copyright|caption/);
  });
  it("takes the title from <h1> and the date from article:published_time", () => {
    expect(doc.title).toBe("Talks resume in Geneva");
    expect(doc.date).toBe("2019-02-04");
  });
  it("falls back to <title> and <time datetime>", () => {
    const d = readArticles("b.htm", `<title>Only &amp; title</title><p>Text <time datetime="2020-05-01">May 1</time></p>`)[0]!;
    expect(d.title).toBe("Only & title");
    expect(d.date).toBe("2020-05-01");
    expect(d.text).toBe("Text May 1");
  });
  it("breaks a line at <br> only after a sentence end or at a doubled <br>", () => {
    const html = "<p>The minister said<br>the talks would resume.<br>Next line<br/><br />Last line</p>";
    expect(readArticles("br.html", html)[0]!.text).toBe("The minister said the talks would resume.\nNext line\nLast line");
  });
  it("decodes Windows-1252 numeric references as real pages mean them", () => {
    expect(readArticles("c.html", "<p>it&#146;s</p>")[0]!.text).toBe("it’s");
  });
  it("refuses a page with no text", () => {
    expect(() => readArticles("d.html", "<html><script>x()</script></html>")).toThrow(InputError);
  });
});

describe("json lines", () => {
  const lines = [
    JSON.stringify({ title: "First story", date: "2019-02-04", url: "https://example.com/1", text: "A said B." }),
    "{not json",
    "",
    JSON.stringify({ title: "No text" }),
    JSON.stringify({ text: "Untitled story." }),
  ].join("\n");
  it("makes one document per line, using title, date and url", () => {
    const docs = readArticles("feed.jsonl", lines);
    expect(docs).toHaveLength(2);
    expect(docs[0]).toEqual({
      id: "feed-first-story",
      title: "First story",
      date: "2019-02-04",
      source: "https://example.com/1",
      text: "A said B.",
    });
    expect(docs[1]).toMatchObject({ id: "feed-5", title: null, date: null, source: "feed.jsonl:5" });
  });
  it("reports each bad line with its number and keeps the others", () => {
    const warnings: string[] = [];
    readArticles("feed.ndjson", lines, (w) => warnings.push(w));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/line 2: not valid JSON/);
    expect(warnings[1]).toMatch(/line 4: no "text"/);
  });
  it("fails when no line is readable", () => {
    expect(() => readArticles("bad.jsonl", "{oops\n[1]")).toThrow(/line 1.*line 2/);
  });
  it("gives distinct ids to lines with the same title", () => {
    const same = JSON.stringify({ title: "Same", text: "x" });
    expect(readArticles("f.jsonl", `${same}\n${same}`).map((d) => d.id)).toEqual(["f-same", "f-same-2"]);
  });
});

describe("unknown extensions are sniffed", () => {
  it.each([
    ["<!doctype html><p>Hello</p>", "Hello"],
    ['{"text": "From a line."}', "From a line."],
    ["# Heading\n\nBody *text*.", "Heading\nBody text."],
    ["Just text *kept* as is.", "Just text *kept* as is."],
  ])("%j", (content, text) => {
    expect(readArticles("download", content)[0]!.text).toBe(text);
  });
});

describe("refused input", () => {
  it("throws InputError for an empty file", () => {
    expect(() => readArticles("empty.txt", " \n\t\n")).toThrow(/empty\.txt is empty/);
  });
  it("throws InputError for NUL bytes", () => {
    expect(() => readArticles("image.txt", "PNG\u0000\u0001data")).toThrow(/looks binary/);
  });
  it("keeps an article with a stray NUL character (a damaged copy, not a binary file)", () => {
    const text = "Putin said talks failed.\u0000 Zelensky said the plan was a trap and rejected it outright.";
    expect(readArticles("damaged.txt", text)[0]!.text).toBe(text);
  });
  it("throws InputError for mostly control or undecodable characters", () => {
    const junk = "\u0001\u0002\ufffd\u0003abc".repeat(50);
    expect(() => readInput("blob.md", junk)).toThrow(InputError);
  });
});

describe("html: page chrome", () => {
  it("drops elements whose class or id marks them as share bars, related links, ads or bylines", () => {
    const html = `<article class="story has-comments">
      <div class="byline">By Jane Roe</div>
      <p>The minister said the talks would resume.</p>
      <div class="share-buttons"><a>Share on X</a><div><span>nested</span></div></div>
      <p class="article-body">Body text stays.</p>
      <section id="related-stories"><p>Other story said things.</p></section>
      <aside>Newsletter</aside><div class="ad-slot">Buy now</div>
    </article>`;
    expect(readArticles("a.html", html)[0]!.text).toBe("The minister said the talks would resume.\nBody text stays.");
  });
  it("drops hidden elements", () => {
    const html = `<p>Seen.</p><div hidden>Not seen.</div><p style="display: none">Nor this.</p><span aria-hidden="true">icon</span>`;
    expect(readArticles("b.html", html)[0]!.text).toBe("Seen.");
  });
  it("keeps chrome-marked text when nothing else is left", () => {
    expect(readArticles("c.html", `<div class="sidebar"><p>Only text.</p></div>`)[0]!.text).toBe("Only text.");
  });
  it("keeps a literal less-than sign and unknown entities as written", () => {
    expect(readArticles("d.html", "<p>a < b &bogus; c</p>")[0]!.text).toBe("a < b &bogus; c");
  });
});

describe("markdown: footnotes and tables", () => {
  it("drops footnote references and definitions, and reads table rows as lines", () => {
    const md = "Growth slowed[^1], the bank said.\n\n| Country | Rate |\n|---|---|\n| Chile | 5% |\n\n[^1]: Source: the bank.";
    expect(readArticles("e.md", md)[0]!.text).toBe("Growth slowed, the bank said.\nCountry; Rate\nChile; 5%");
  });
});

describe("json files", () => {
  it("reads a list of article objects, reporting bad items by number", () => {
    const warnings: string[] = [];
    const json = JSON.stringify([{ title: "A story", text: "One said two." }, { title: "No text" }, { text: "Three." }], null, 2);
    const docs = readArticles("export.json", json, (w) => warnings.push(w));
    expect(docs.map((d) => d.id)).toEqual(["export-a-story", "export-3"]);
    expect(warnings).toEqual(['export.json item 2: no "text" string (or it is empty)']);
  });
  it("reads a single article object under the file's own id", () => {
    const doc = readArticles("story.json", JSON.stringify({ title: "T", date: "Feb 4, 2019", text: "Body." }))[0]!;
    expect(doc).toMatchObject({ id: "story", title: "T", date: "2019-02-04", text: "Body." });
  });
  it("refuses JSON that holds no article, such as a graph file", () => {
    expect(() => readArticles("graph.json", JSON.stringify({ nodes: [], edges: [] }))).toThrow(/graph\.json has no readable article/);
  });
  it("sniffs a pretty-printed JSON file without extension", () => {
    expect(readArticles("download", JSON.stringify([{ text: "Hi." }], null, 2))[0]!.text).toBe("Hi.");
  });
});

describe("html: structured data", () => {
  it("takes the date from JSON-LD when no meta tag gives it", () => {
    const html = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-07-09T10:00:00Z"}</script><p>Text.</p>`;
    expect(readArticles("ld.html", html)[0]).toMatchObject({ date: "2021-07-09", text: "Text." });
  });
});

describe("html: the story's own element", () => {
  it("keeps only the text inside <article> when the page has one", () => {
    const html = `<header>Site name<ul><li>World</li></ul></header><article><h1>Head</h1><p>The minister said yes.</p></article><div>Most read: other said things</div>`;
    expect(readArticles("a.html", html)[0]!.text).toBe("Head\nThe minister said yes.");
  });
  it("keeps only the text inside <main> when there is no <article>", () => {
    const html = `<div class="top">Brand</div><main><p>Body text.</p></main><div>After</div>`;
    expect(readArticles("m.html", html)[0]!.text).toBe("Body text.");
  });
  it("reads the whole page when its <article> holds no text", () => {
    const html = `<article><img src="x.jpg"></article><p>Body outside.</p>`;
    expect(readArticles("e.html", html)[0]!.text).toBe("Body outside.");
  });
});

describe("a text too long to be one article", () => {
  const long = "The minister said talks would resume. ".repeat(Math.ceil((MAX_DOCUMENT_LENGTH + 10) / 38));
  it("is refused whole, with its length and the limit, never cut short", () => {
    expect(() => readInput("book.txt", long)).toThrow(/book\.txt is 10\.0 million characters long; one article may have at most 10 million/);
  });
  it("is skipped in a feed with a warning, and the feed's other articles are read", () => {
    const feed = [JSON.stringify({ title: "Short", text: "The minister said talks would resume." }), JSON.stringify({ title: "Huge", text: long })].join("\n");
    const read = readInput("feed.jsonl", feed);
    expect(read.documents.map((d) => d.title)).toEqual(["Short"]);
    expect(read.warnings).toEqual([expect.stringMatching(/feed\.jsonl: "Huge" is 10\.0 million characters long/)]);
  });
});
