// Positions over time: dates of articles, the timeline of an actor, the changes of position, and
// the questions and command line that ask for them.
import { describe, expect, it } from "vitest";
import { findDate, readDateWords, yearlessDate } from "../src/extraction/input/dates.js";
import { readInput } from "../src/extraction/input/index.js";
import type { ExtractionResult, Stance } from "../src/extraction/types.js";
import { buildGraph } from "../src/graph/model.js";
import { ask, buildQueryIndex, positionsOn, timelineOf, withinDates, type TimelineAnswer } from "../src/graph/query/index.js";
import { runCli } from "../src/cli/program.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportGraphJSON } from "../src/graph/format.js";

type Row = [date: string | null, speaker: string, stance: Stance, target: string, summary: string];

/** A graph of one document per date: each claim [date, speaker, stance, target, summary]. */
function graphOf(rows: Row[], members: Record<string, string> = {}) {
  const byDate = new Map<string | null, Row[]>();
  for (const r of rows) byDate.set(r[0], [...(byDate.get(r[0]) ?? []), r]);
  const results: ExtractionResult[] = [...byDate].map(([date, claims], d) => {
    const id = `doc${d}`;
    let text = "";
    const keys = new Set(claims.flatMap(([, s, , t]) => [s, t]));
    return {
      document: { id, title: `Article of ${date ?? "no date"}`, date, source: `${id}.txt`, text: "" },
      entities: [...keys].map((key) => ({
        key,
        label: key.split(":")[1]!.replace(/-/g, " "),
        kind: key.split(":")[0] as "person" | "topic" | "organization",
        aliases: [],
        mentions: 1,
        ...(members[key] ? { affiliations: [{ entity: members[key], role: "spokeswoman" }] } : {}),
      })),
      claims: claims.map(([, speaker, stance, target, summary], i) => {
        const start = text.length;
        text += summary + ". ";
        return {
          id: `${id}#c${i}`,
          speaker,
          stance,
          targets: [target],
          addressee: null,
          summary,
          quote: null,
          evidence: [{ doc: id, start, end: start + summary.length, text: summary }],
        };
      }),
    } as ExtractionResult;
  });
  for (const r of results) r.document.text = r.claims.map((c) => c.summary + ". ").join("");
  return buildGraph(results);
}

// A wage negotiation told by five articles: the district offers 3%, withdraws it, offers 4.5%,
// then 5%; the union's demand stays at 8%, and it turns from backing the mediator to rejecting him.
const NEGOTIATION: Row[] = [
  ["2025-05-01", "organization:school-district", "proposes", "topic:wage-offer", "a 3% raise over three years"],
  ["2025-05-01", "organization:teachers-union", "demands", "topic:wage-offer", "an 8% raise"],
  ["2025-05-01", "organization:teachers-union", "supports", "person:the-mediator", "welcomes the mediator"],
  ["2025-05-09", "organization:school-district", "states", "topic:wage-offer", "withdrew its 3% offer after the strike vote"],
  ["2025-05-20", "organization:school-district", "proposes", "topic:wage-offer", "a 4.5% raise"],
  ["2025-05-20", "organization:teachers-union", "demands", "topic:wage-offer", "an 8% raise"],
  ["2025-06-02", "organization:school-district", "proposes", "topic:wage-offer", "a 5% raise"],
  ["2025-06-02", "organization:teachers-union", "opposes", "person:the-mediator", "rejects the mediator as biased"],
  [null, "organization:school-district", "proposes", "topic:wage-offer", "an undated offer"],
];

describe("dates of articles", () => {
  it("reads a date line in the usual news forms", () => {
    expect(findDate("WASHINGTON, May 11, 2025 — The talks")).toBe("2025-05-11");
    expect(findDate("Published 11 May 2025")).toBe("2025-05-11");
    expect(findDate("Updated Sept. 13th, 2023 at 5 pm")).toBe("2023-09-13");
    expect(findDate("2024-02-29T10:00:00Z")).toBe("2024-02-29");
  });
  it("leaves out what is no date, and numeric dates whose order is ambiguous", () => {
    expect(findDate("February 30, 2025")).toBeNull();
    expect(findDate("03/04/2020")).toBeNull();
    expect(findDate("The union may 5 times")).toBeNull();
  });
  it("completes a date line without its year from a reference day: the latest such day not after it", () => {
    expect(yearlessDate("DETROIT, Sept. 13th —", { reference: "2026-02-01" })).toBe("2025-09-13");
    expect(yearlessDate("DETROIT, Sept. 13th —", { reference: "2025-10-01" })).toBe("2025-09-13");
    expect(yearlessDate("13 September", { reference: "2025-09-13" })).toBe("2025-09-13");
  });
  it("the article's own year comes before the reference day's: a file copied in 2026 of a 2023 story", () => {
    expect(yearlessDate("DETROIT, Sept. 13th —", { reference: "2026-02-01", body: "The contract expires Sept. 14, 2023." })).toBe("2023-09-13");
    expect(yearlessDate("DETROIT, Sept. 13th —", { reference: "2022-02-01", body: "The contract expires Sept. 14, 2023." })).toBe("2021-09-13");
  });
  it("else from the body's first full date or its most frequent year", () => {
    expect(yearlessDate("Sept. 13", { body: "The contract expires Sept. 14, 2023 at midnight." })).toBe("2023-09-13");
    expect(yearlessDate("Sept. 13", { body: "In 2023 the union ... 2023 ... 2019" })).toBe("2023-09-13");
    expect(yearlessDate("Sept. 13", { body: "no year here" })).toBeNull();
  });
  it("a text's date line without a year takes the reference the reader is given", () => {
    const text = "UAW chief says strike likely\nSept. 13th\nThe UAW will strike, Shawn Fain said.";
    expect(readInput("a.txt", text, { reference: "2023-12-01" }).documents[0]!.date).toBe("2023-09-13");
    expect(readInput("a.txt", text).documents[0]!.date).toBeNull();
  });
  it("a date given by the user replaces a single article's and fills a feed's undated ones", () => {
    expect(readInput("a.txt", "Talks\nMay 11, 2025\nText.", { date: "2025-06-01" }).documents[0]!.date).toBe("2025-06-01");
    const feed = ['{"title":"a","date":"2025-01-02","text":"One."}', '{"title":"b","text":"Two."}'].join("\n");
    expect(readInput("f.jsonl", feed, { date: "2025-06-01" }).documents.map((d) => d.date)).toEqual(["2025-01-02", "2025-06-01"]);
    expect(() => readInput("a.txt", "Text.", { date: "next Tuesday" })).toThrow(/not a date/);
  });
  it("reads the dates of questions, a month without a year taking the year it is given", () => {
    const y = () => 2025;
    expect(readDateWords("June", y)).toBe("2025-06");
    expect(readDateWords("May 1", y)).toBe("2025-05-01");
    expect(readDateWords("1st of May 2024", y)).toBe("2024-05-01");
    expect(readDateWords("Sept. 13, 2023", y)).toBe("2023-09-13");
    expect(readDateWords("2025-06", y)).toBe("2025-06");
    expect(readDateWords("May 32", y)).toBeNull();
  });
});

describe("the timeline of an actor", () => {
  const index = buildQueryIndex(graphOf(NEGOTIATION));
  it("lists its dated claims in date order and counts the undated ones", () => {
    const t = timelineOf(index, { actors: ["organization:school-district"] });
    expect(t.rows[0]!.claims.map((c) => `${c.date} ${c.summary}`)).toEqual([
      "2025-05-01 a 3% raise over three years",
      "2025-05-09 withdrew its 3% offer after the strike vote",
      "2025-05-20 a 4.5% raise",
      "2025-06-02 a 5% raise",
    ]);
    expect(t.rows[0]!.undated).toBe(1);
    expect([t.first, t.last]).toEqual(["2025-05-01", "2025-06-02"]);
  });
  it("flags the withdrawal and each new offer, naming both claims and both dates", () => {
    const t = timelineOf(index, { actors: ["organization:school-district"] });
    expect(t.changes.map((c) => [c.kind, c.before?.date, c.after.date])).toEqual([
      ["withdrawal", "2025-05-01", "2025-05-09"],
      ["proposal", "2025-05-01", "2025-05-20"],
      ["proposal", "2025-05-20", "2025-06-02"],
    ]);
    expect(t.changes[2]!.reason).toBe(
      'school district changes what it puts forward on wage offer: proposes "a 4.5% raise" (2025-05-20), then proposes "a 5% raise" (2025-06-02)',
    );
  });
  it("a demand repeated unchanged is no change; a turn from support to opposition is", () => {
    const t = timelineOf(index, { actors: ["organization:teachers-union"] });
    expect(t.changes.map((c) => [c.kind, c.issue.label])).toEqual([["stance", "the mediator"]]);
  });
  it("keeps to an issue and a date range", () => {
    const t = timelineOf(index, { actors: ["organization:teachers-union"], issue: ["topic:wage-offer"], from: "2025-05-15" });
    expect(t.rows[0]!.claims.map((c) => c.date)).toEqual(["2025-05-20"]);
  });
  it("takes in, marked, the claims of those who speak for the actor", () => {
    const g = graphOf(
      [
        ["2025-05-01", "organization:school-district", "proposes", "topic:wage-offer", "a 3% raise"],
        ["2025-05-20", "person:jane-roe", "proposes", "topic:wage-offer", "a 4% raise"],
        ["2025-05-20", "organization:school-district", "states", "topic:wage-offer", "the offer is final"],
      ],
      { "person:jane-roe": "organization:school-district" },
    );
    const t = timelineOf(buildQueryIndex(g), { actors: ["organization:school-district"] });
    expect(t.rows[0]!.claims.map((c) => c.speaker.label)).toEqual(["school district", "jane roe", "school district"]);
    expect(t.onBehalfOf.get(t.rows[0]!.claims[1]!.id)?.of.label).toBe("school district");
    expect(t.changes.map((c) => c.kind)).toEqual(["proposal"]);
  });
  it("positions: two positions of one actor at different dates are a change, not a conflict with itself", () => {
    const p = positionsOn(index, "topic:wage-offer");
    expect(p.conflicts.every((c) => c.a.speaker.key !== c.b.speaker.key)).toBe(true);
    expect(p.changes.map((c) => [c.actor.label, c.kind, c.after.date])).toEqual([
      ["school district", "proposal", "2025-05-20"],
      ["school district", "proposal", "2025-06-02"],
    ]);
  });
});

describe("questions about time", () => {
  const g = graphOf(NEGOTIATION);
  const timeline = (q: string) => {
    const a = ask(g, q);
    if (a.kind !== "timeline") throw new Error(`${q}: ${a.kind} ${a.message}`);
    return a as TimelineAnswer;
  };
  it("how did X's position change", () => {
    const a = timeline("how did the school district's position change?");
    expect(a.understood).toBe("positions over time of school district");
    expect(a.changes).toHaveLength(3);
    expect(a.message).toBe("4 dated claims from 2025-05-01 to 2025-06-02; 3 changes of position flagged. 1 claim without a date left out.");
  });
  it("with an issue, in other words", () => {
    expect(timeline("how has the teachers union's stance on the mediator changed").changes.map((c) => c.kind)).toEqual(["stance"]);
    expect(timeline("timeline of teachers union on wage offer").claims).toHaveLength(2);
    expect(timeline("school district over time").claims).toHaveLength(4);
  });
  it("who changed position on Y: only the claims of the changes", () => {
    const a = timeline("who changed position on the mediator");
    expect(a.rows.map((r) => r.actor.label)).toEqual(["teachers union"]);
    expect(a.claims.map((c) => c.summary)).toEqual(["welcomes the mediator", "rejects the mediator as biased"]);
  });
  it("months and days in words, the year from the graph's articles", () => {
    const june = ask(g, "what did the school district say in June");
    expect(june.understood).toBe("speaker school district, in 2025-06");
    expect(june.claims.map((c) => c.summary)).toEqual(["a 5% raise"]);
    const range = ask(g, "what did the school district say about wage offer between May 2 and June 1");
    expect(range.claims.map((c) => c.date)).toEqual(["2025-05-09", "2025-05-20"]);
  });
  it("an unknown name in a time question gets suggestions", () => {
    const a = ask(g, "how did the schol district position change");
    expect(a.kind).toBe("error");
  });
  it("an answer kept to the page's date range says what it left out", () => {
    const a = withinDates(ask(g, "what did the school district propose"), "2025-05-15", null);
    expect(a.claims.map((c) => c.date)).toEqual(["2025-05-20", "2025-06-02"]);
    expect(a.message).toMatch(/Within the date range 2025-05-15 – the end: 2 claims outside it left out\./);
  });
});

describe("the command line: --timeline and --date", () => {
  const dir = mkdtempSync(join(tmpdir(), "claimgraph-timeline-"));
  const graphFile = join(dir, "graph.json");
  writeFileSync(graphFile, exportGraphJSON(graphOf(NEGOTIATION)));
  const run = async (...argv: string[]) => {
    let out = "";
    let err = "";
    const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), columns: 160 });
    return { code, out, err };
  };
  it("prints the dated claims in date order with the changes", async () => {
    const { code, out } = await run("query", graphFile, "--timeline", "school district", "--issue", "wage offer");
    expect(code).toBe(0);
    expect(out.indexOf("2025-05-01")).toBeLessThan(out.indexOf("2025-06-02"));
    expect(out).toMatch(/Changes of position \(3\):/);
    expect(out).toMatch(/2025-05-20 → 2025-06-02 {2}proposal/);
  });
  it("with --json each claim carries its date and stance", async () => {
    const { out } = await run("query", graphFile, "--timeline", "school district", "--json");
    const json = JSON.parse(out);
    expect(json.kind).toBe("timeline");
    expect(json.claims[0]).toMatchObject({ date: "2025-05-01", stance: "proposes", summary: "a 3% raise over three years" });
    expect(json.changes[0]).toMatchObject({ kind: "withdrawal", beforeDate: "2025-05-01", afterDate: "2025-05-09" });
  });
  it("says what is wrong with the options", async () => {
    expect((await run("query", graphFile, "--issue", "wage offer")).err).toMatch(/--issue goes with --timeline/);
    expect((await run("query", graphFile, "--timeline", "nobody at all")).err).toMatch(/--timeline: I do not know "nobody at all"/);
  });
  it("extract --date dates an article, and refuses what is no date", async () => {
    const article = join(dir, "statement.txt");
    writeFileSync(article, "Union statement\nThe union rejected the offer, its president Jane Roe said.\n");
    const out = join(dir, "dated.json");
    expect((await run("extract", article, "--date", "May 11, 2025", "-q", "-o", out)).code).toBe(0);
    const { readFileSync } = await import("node:fs");
    expect(JSON.parse(readFileSync(out, "utf8")).attributes.documents[0].date).toBe("2025-05-11");
    expect((await run("extract", article, "--date", "someday")).code).toBe(2);
  });
});
