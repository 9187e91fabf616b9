// Saved news pages (src/extraction/input/web-page.ts): the story is kept, the site around it is
// not, and title and date are the article's own. The pages are made for these tests, each with the
// trap a real site sets: menus and "most read" lists, an <article> that only holds teasers, a
// template script that contains "<script", a logo in the first <h1>, dates of embedded videos.
import { describe, expect, it } from "vitest";
import { readArticles } from "../src/extraction/input/index.js";
import { articleDatePublished } from "../src/extraction/input/html.js";

const STORY = [
  "The foreign minister said on Monday that the talks in Geneva would resume next week, after a pause of three months over the question of security guarantees.",
  "“We are ready to sign an agreement that protects our borders,” she told reporters at the ministry, adding that the other side had yet to answer the latest proposal.",
  "Officials from both delegations said the new draft drops a demand for a demilitarized zone, which had stalled the previous round of negotiations in the spring.",
  "The opposition leader criticized the plan as a surrender and urged parliament to reject any deal that does not restore control of the eastern provinces.",
];
const story = STORY.map((p) => `<p>${p}</p>`).join("\n");
const page = (body: string, head = "<title>Talks to resume in Geneva | The Daily Example</title>") =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const read = (html: string) => readArticles("page.html", html)[0]!;

describe("a saved news page", () => {
  it("keeps the story and drops menus, most-read lists, share bars and footers", () => {
    const doc = read(
      page(`<header><a class="logo" href="/">The Daily Example</a><ul class="nav"><li>World</li><li>Politics</li><li>Business</li><li>Sport</li></ul></header>
      <div class="layout"><div class="main-column"><h1>Talks to resume in Geneva</h1>${story}
      <div class="share"><a>Facebook</a> <a>Twitter</a> <a>Email</a></div></div>
      <div class="rail"><h3>Most read</h3><ol><li><a href="/a">Celebrity chef opens a new restaurant downtown</a></li><li><a href="/b">Storm warning for the coast this weekend</a></li></ol></div></div>
      <footer>© 2024 The Daily Example. All rights reserved.</footer>`),
    );
    for (const p of STORY) expect(doc.text).toContain(p);
    expect(doc.text).not.toMatch(/Most read|Celebrity chef|Storm warning|Politics|All rights reserved|Facebook/);
  });

  it("finds the story when an <article> element only holds teasers of other stories", () => {
    const doc = read(
      page(`<div id="content"><h1>Talks to resume in Geneva</h1>${story}</div>
      <aside><article class="teaser"><h2><a href="/x">Another story</a></h2><p>A teaser.</p></article><article class="teaser"><h2><a href="/y">And another</a></h2></article></aside>`),
    );
    for (const p of STORY) expect(doc.text).toContain(p);
    expect(doc.text).not.toContain("A teaser.");
  });

  it("is not cut short by a template script that contains a <script tag", () => {
    const doc = read(page(`<script type="text/template"><div><script src="x.js"></script></div></script><h1>Talks to resume in Geneva</h1>${story}`));
    for (const p of STORY) expect(doc.text).toContain(p);
  });

  it("takes the headline, not a logo in the first <h1>", () => {
    const doc = read(
      page(
        `<h1 class="logo">The Daily Example</h1><main><h2>Talks to resume in Geneva</h2>${story}</main>`,
        `<title>Talks to resume in Geneva - The Daily Example</title><meta property="og:title" content="Talks to resume in Geneva">`,
      ),
    );
    expect(doc.title).toBe("Talks to resume in Geneva");
  });

  it("drops the lines that sites leave inside a story", () => {
    const doc = read(
      page(
        `<h1>Talks to resume in Geneva</h1>${STORY.slice(0, 2)
          .map((p) => `<p>${p}</p>`)
          .join("")}<p>Continue reading the main story</p><p>Sign up for our politics newsletter to get the news in your inbox.</p>${STORY.slice(2)
          .map((p) => `<p>${p}</p>`)
          .join("")}<p>A version of this article appears in print on March 5, 2024, Section A, Page 6.</p>`,
      ),
    );
    for (const p of STORY) expect(doc.text).toContain(p);
    expect(doc.text).not.toMatch(/Continue reading|newsletter|appears in print/);
  });

  it("reads the page's own text when there is no article to find", () => {
    expect(read(page("<p>The minister said talks would resume.</p>")).text).toBe("The minister said talks would resume.");
  });
});

describe("the date of a saved page", () => {
  it("is the article's datePublished in its JSON-LD, not an embedded video's nor the last update", () => {
    const html = page(
      `<h1>Talks</h1>${story}`,
      `<meta property="article:published_time" content="2024-12-07T12:43:39Z">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","datePublished":"2023-01-02"}</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BreadcrumbList"},{"@type":"NewsArticle","headline":"Talks","datePublished":"2024-12-06T22:00:40Z"}]}</script>`,
    );
    expect(articleDatePublished(html)).toBe("2024-12-06");
    expect(read(html).date).toBe("2024-12-06");
  });
  it("reads itemprop=datePublished as well as property", () => {
    expect(read(page(`<article><h1>Talks</h1><meta itemprop="datePublished" content="2021-03-04">${story}</article>`)).date).toBe("2021-03-04");
  });
  it("skips JSON-LD that is not valid JSON", () => {
    expect(articleDatePublished(`<script type="application/ld+json">{"datePublished": </script>`)).toBeNull();
  });
});
