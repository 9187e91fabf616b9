// Specification of the knowledge graph across articles: one node per real-world entity whatever
// outlet names it, what differs never merges, generic words never join two stories, officials tied
// to what they speak for, "both sides" as both parties, the same article never merged twice.
import { beforeAll, describe, expect, it } from "vitest";
import { loadExtractor, type Extractor } from "../src/extraction/index.js";
import type { Entity, ExtractionResult, SourceDocument } from "../src/extraction/types.js";
import { buildGraph, claimsOf, consolidateGraph, createClaimGraph, joinNodes, mergeDocument, type ClaimGraph } from "../src/graph/model.js";
import { ask } from "../src/graph/query/index.js";

let extractor: Extractor;
beforeAll(async () => {
  extractor = await loadExtractor();
});

const doc = (id: string, text: string, source = `${id}.txt`): SourceDocument => ({ id, title: null, date: null, source, text: `Headline of ${id}\n${text}\n` });

function graphOf(...docs: SourceDocument[]): ClaimGraph {
  const g = createClaimGraph();
  for (const d of docs) mergeDocument(g, extractor.extract(d));
  return g;
}

/** The nodes whose label or an alias is `name` (case as written). */
function nodesNamed(g: ClaimGraph, name: string): string[] {
  return g.filterNodes((_, a) => a.label === name || a.aliases.includes(name));
}

/** The speaker nodes of the claims whose evidence contains `words`. */
function speakersOf(g: ClaimGraph, words: string): string[] {
  return claimsOf(g)
    .filter((c) => c.evidence[0]!.text.includes(words))
    .map((c) => c.speaker);
}

const UKRAINE_1 = doc(
  "kyiv-1",
  `Ukrainian President Volodymyr Zelenskyy said on Monday that security guarantees from Washington were vital for any peace deal.
Kremlin spokesman Dmitry Peskov said Russia wanted a neutral Ukraine and rejected the security guarantees.
Russian President Vladimir Putin demanded that Kyiv withdraw its troops from Donetsk before any ceasefire.
Zelenskyy said Ukraine would never give up Donetsk.`,
);
const UKRAINE_2 = doc(
  "kyiv-2",
  `Volodymyr Zelensky rejected the demand on Tuesday and said security guarantees had to come first.
Peskov said the talks would continue next week.
Zelenskiy insisted that Donetsk would stay Ukrainian.`,
);
const CHICAGO = doc(
  "chicago-1",
  `Chicago Teachers Union President Stacy Davis Gates said the union wanted smaller class sizes and a 5% raise.
Mayor Brandon Johnson said the agreement with the union was fair to taxpayers.
Davis Gates said the agreement still had to be approved by members.
Johnson said the city could not afford more.`,
);
const LONDON = doc(
  "london-1",
  `Prime Minister Boris Johnson said the agreement with Brussels would protect jobs in Northern Ireland.
The European Union said the agreement had to be ratified by member states.
Johnson said Britain would not delay the vote.`,
);

/** The target labels of the claims whose evidence contains `words`. */
function targetsOf(g: ClaimGraph, words: string): string[] {
  return claimsOf(g)
    .filter((c) => c.evidence[0]!.text.includes(words))
    .flatMap((c) => c.targets.map((t) => g.getNodeAttribute(t, "label")));
}

describe("knowledge graph: one node per real-world entity", () => {
  it("merges one person spelt three ways by three outlets: Zelenskyy, Zelensky, Zelenskiy", () => {
    const g = graphOf(UKRAINE_1, UKRAINE_2);
    const zelenskyy = nodesNamed(g, "Volodymyr Zelenskyy");
    expect(zelenskyy).toHaveLength(1);
    expect(new Set([...speakersOf(g, "Zelensky rejected"), ...speakersOf(g, "Zelenskiy insisted"), ...speakersOf(g, "Zelenskyy said on Monday")])).toEqual(
      new Set(zelenskyy),
    );
  });

  it("merges one person spelt two ways in English letters: 'Shehbaz Sharif' and 'Shahbaz Sharif', 'Hamed Yaqoob Sheikh' and 'Hamid Yaqoob Shaikh'", () => {
    const g = graphOf(
      doc("pk1", "Prime Minister Shehbaz Sharif said the IMF deal was close. Finance secretary Hamed Yaqoob Sheikh said talks went on."),
      doc("pk2", "Prime Minister Shahbaz Sharif said the IMF was giving Pakistan a hard time. Hamid Yaqoob Shaikh said the IMF deal was close."),
    );
    expect(g.filterNodes((_, a) => a.kind === "person" && /Sharif$/.test(a.label))).toHaveLength(1);
    expect(g.filterNodes((_, a) => a.kind === "person" && /Yaqoob/.test(a.label))).toHaveLength(1);
  });

  it("makes one node of an honorific's name and of British and American spellings: 'Datuk Seri Anwar', 'Defence'/'Defense Ministry'", () => {
    const g = graphOf(
      doc("my1", "Malaysian Prime Minister Anwar Ibrahim proposed a ceasefire. The Cambodian Defence Ministry said the talks failed."),
      doc("my2", "Datuk Seri Anwar said the talks went well. The Cambodian Defense Ministry said Thailand attacked."),
    );
    expect(g.filterNodes((_, a) => a.kind === "person" && /Anwar/.test(a.label))).toHaveLength(1);
    expect(g.filterNodes((_, a) => /Cambodian Defen[cs]e Ministry/.test(a.label))).toHaveLength(1);
  });

  it("makes one node of a country's body worded three ways: 'Sudan's army', 'Sudan’s army', 'the Sudanese army', and 'the army' after each", () => {
    const g = graphOf(
      doc("sd1", "Sudan's army said it would attend the talks in Jeddah. The army said the paramilitary forces had violated the truce."),
      doc("sd2", "The Sudanese army said it backed the initiative in Jeddah. The army said the talks were over."),
      doc("sd3", "Sudan’s army said on Saturday it had agreed to a 24-hour ceasefire in Jeddah."),
    );
    expect(g.filterNodes((_, a) => /army$/i.test(a.label))).toHaveLength(1);
    expect(nodesNamed(g, "Sudanese army")).toHaveLength(1);
  });

  it("merges a full name with the same name less its first given name across outlets: 'Tayyip Erdogan', 'Recep Tayyip Erdogan'", () => {
    const g = graphOf(
      doc("tr1", "Russian President Vladimir Putin met his Turkish counterpart Tayyip Erdogan on Friday. Erdogan said the grain deal should be extended."),
      doc("tr2", "Turkish President Recep Tayyip Erdogan said the grain deal would be extended. Erdogan told reporters that he spoke with Putin."),
    );
    expect(g.filterNodes((_, a) => a.kind === "person" && /Erdogan$/.test(a.label))).toHaveLength(1);
  });

  it("merges a usual short form of a given name across outlets: 'Chuck Schumer', 'Charles Schumer' (never 'Charles' and 'Hunter')", () => {
    const g = graphOf(
      doc("us1", "Senate Democratic leader Chuck Schumer said the wall was a waste. Schumer said the shutdown must end."),
      doc("us2", "Senate Minority Leader Charles Schumer said the president should reopen the government. Schumer said talks had failed."),
    );
    expect(g.filterNodes((_, a) => a.kind === "person" && /Schumer$/.test(a.label))).toHaveLength(1);
  });

  it("keeps apart titles with no name that share a head: 'the former prime minister', 'the Prime Minister', 'the former Cabinet minister'", () => {
    const g = graphOf(
      doc("uk1", "Boris Johnson urged the government not to drop the bill. The plan was agreed by the former prime minister, the paper said."),
      doc(
        "uk2",
        "The Prime Minister is set to hold talks on Monday. It is understood that the Prime Minister will argue that the deal will boost the economy.",
      ),
      doc("uk3", "Jacob Rees-Mogg warned of a revolt. The former Cabinet minister told GB News: “It will all depend on the DUP.”"),
    );
    const titled = g.filterNodes((_, a) => a.kind === "person" && /minister$/i.test(a.label)).map((k) => g.getNodeAttribute(k, "label"));
    expect(new Set(titled).size).toBe(titled.length);
    expect(g.filterNodes((_, a) => a.label === "Prime Minister" && a.aliases.some((x) => /former/i.test(x)))).toEqual([]);
  });

  it("gives a lone surname of another article to the person named in full ('Peskov said')", () => {
    const g = graphOf(UKRAINE_1, UKRAINE_2);
    expect(speakersOf(g, "Peskov said the talks")).toEqual(nodesNamed(g, "Dmitry Peskov"));
  });

  it("keeps apart two people of one surname with different given names, and gives each story's lone 'Johnson' to its own", () => {
    const g = graphOf(CHICAGO, LONDON);
    const brandon = nodesNamed(g, "Brandon Johnson");
    const boris = nodesNamed(g, "Boris Johnson");
    expect(brandon).toHaveLength(1);
    expect(boris).toHaveLength(1);
    expect(brandon[0]).not.toBe(boris[0]);
    expect(speakersOf(g, "Johnson said the city")).toEqual(brandon);
    expect(speakersOf(g, "Johnson said Britain")).toEqual(boris);
  });

  it("a shorter form of a name in the same article is the same person ('Davis Gates' for 'Stacy Davis Gates')", () => {
    const g = graphOf(CHICAGO);
    expect(speakersOf(g, "Davis Gates said the agreement")).toEqual(nodesNamed(g, "Stacy Davis Gates"));
  });

  it("never joins two stories through a generic topic: each story's 'agreement' is its own node", () => {
    const g = graphOf(CHICAGO, LONDON);
    const agreements = g.filterNodes((_, a) => a.kind === "topic" && /agreement/.test(a.label));
    expect(agreements.length).toBeGreaterThanOrEqual(2);
    for (const key of agreements) {
      const docs = g.getNodeAttribute(key, "docs");
      expect(docs.length).toBe(1);
    }
  });

  it("merges a topic across two articles of one story ('security guarantees')", () => {
    const g = graphOf(UKRAINE_1, UKRAINE_2);
    const guarantees = g.filterNodes((_, a) => a.kind === "topic" && a.label === "security guarantees");
    expect(guarantees).toHaveLength(1);
    expect(g.getNodeAttribute(guarantees[0], "docs")).toEqual(["kyiv-1", "kyiv-2"]);
  });

  it("merges an issue that two outlets spell open and closed ('cease-fire', 'ceasefire') within one story, never across stories", () => {
    const a = doc(
      "gaza-a",
      "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani said Hamas had accepted the cease-fire proposal.\nIsraeli Prime Minister Benjamin Netanyahu rejected the cease-fire proposal.",
    );
    const b = doc(
      "gaza-b",
      "Netanyahu said on Tuesday that the ceasefire proposal left Hamas in power.\nAl Thani urged both sides to accept the ceasefire proposal.",
    );
    const other = doc(
      "sudan",
      "General Abdel Fattah al-Burhan said the army backed the ceasefire proposal of the Jeddah talks.\nThe Rapid Support Forces rejected the ceasefire proposal.",
    );
    const g = graphOf(a, b, other);
    const proposals = g.filterNodes((_, n) => n.kind === "topic" && /cease-?fire proposal/.test(n.label));
    const docsOf = proposals.map((k) => g.getNodeAttribute(k, "docs").join(","));
    expect(docsOf.sort()).toEqual(["gaza-a,gaza-b", "sudan"]);
  });

  it("decides the kind from all the evidence: a lone 'Trump' guessed an organization is the person named in full elsewhere", () => {
    const a = doc("trade-1", "Trump said tariffs on steel would stay until China made an offer.\nChina said the tariffs were unfair.");
    const b = doc("trade-2", "President Donald Trump said China had offered to buy more soybeans.\nChinese officials said the offer stood.");
    for (const order of [
      [a, b],
      [b, a],
    ]) {
      const g = graphOf(...order);
      const trump = g.filterNodes((_, x) => x.label === "Donald Trump");
      expect(trump).toHaveLength(1);
      expect(g.getNodeAttribute(trump[0], "kind")).toBe("person");
      expect(new Set([...speakersOf(g, "Trump said tariffs"), ...speakersOf(g, "Donald Trump said")])).toEqual(new Set(trump));
    }
  });
});

describe("knowledge graph: names and kinds", () => {
  it("makes no node of a capitalized adjective of origin before a noun: 'the South Asian nation', 'a North Macedonian lakeside resort' (the 'Green party' stays a name)", () => {
    const g = graphOf(
      doc(
        "adj",
        "The loan was long awaited by the South Asian nation, the IMF said. The leaders met at a North Macedonian lakeside resort, officials said. The Green party said it would vote no.",
      ),
    );
    const labels = g.mapNodes((_, a) => a.label);
    expect(labels).not.toContain("South Asian");
    expect(labels).not.toContain("North Macedonian");
    expect(labels.some((l) => /^Green/.test(l))).toBe(true);
  });

  it("reads the initials of an issue as an issue: 'AI', 'A.I.', 'GDP' are topics, never organizations", () => {
    const g = graphOf(doc("ai", "The union said AI must be regulated. The guild said A.I. threatens jobs. The minister said GDP fell."));
    for (const label of ["AI", "GDP"]) expect(g.filterNodes((_, a) => a.label === label).map((k) => g.getNodeAttribute(k, "kind"))).toEqual(["topic"]);
  });

  it("keeps an organization whose name contains 'and' whole", () => {
    const g = graphOf(
      doc(
        "ufcw",
        "The United Food and Commercial Workers International Union said the offer was an insult.\nThe House Ways and Means Committee said it would vote on Friday.",
      ),
    );
    expect(nodesNamed(g, "United Food and Commercial Workers International Union")).toHaveLength(1);
    expect(nodesNamed(g, "House Ways and Means Committee")).toHaveLength(1);
  });

  it("reads a dateline as the place it names, never as a name", () => {
    const g = graphOf(doc("beijing", "BEIJING (Reuters) - China's Commerce Ministry said on Sunday it opposed the new tariffs."));
    expect(g.filterNodes((_, a) => a.label === "BEIJING")).toEqual([]);
  });

  it("reads a dateline set off by a minus sign as a dateline ('WASHINGTON − The Senate ...')", () => {
    const g = graphOf(doc("minus", "WASHINGTON \u2212 The Senate approved the bill on Thursday, and the White House said the president would sign it."));
    expect(g.filterNodes((_, a) => /washington/i.test(a.label))).toEqual([]);
  });

  it("gives a node the kind most of its articles say, whatever their order", () => {
    const said = (kind: "place" | "organization", id: string): ExtractionResult => ({
      document: { id, title: id, date: null, source: `${id}.txt`, text: `Text of ${id}.` },
      entities: [{ key: `${kind}:brussels`, label: "Brussels", kind, aliases: [], mentions: 1 }],
      claims: [],
    });
    for (const order of [
      ["organization", "place", "place"],
      ["place", "organization", "place"],
    ] as const) {
      const g = createClaimGraph();
      order.forEach((kind, i) => mergeDocument(g, said(kind, `d${i}`)));
      expect(g.filterNodes((_, a) => a.label === "Brussels").map((k) => g.getNodeAttribute(k, "kind"))).toEqual(["place"]);
    }
  });

  it("reads a party's nickname and its lawmakers as its members: 'the GOP', 'House GOP', 'Democratic lawmakers'", () => {
    const g = graphOf(
      // (Groups and topics are one node across articles of one story: both name the speaker.)
      doc(
        "gop-1",
        "The GOP said it would not raise the debt limit.\nDemocratic lawmakers said they would oppose the spending cuts.\nSpeaker Ann Whitmore said talks would go on.",
      ),
      doc(
        "gop-2",
        "Republicans said the spending cuts were needed.\nDemocrats said the cuts went too far.\nThe House GOP said it would pass the bill.\nWhitmore said the vote was set.",
      ),
    );
    expect(nodesNamed(g, "Republicans")).toHaveLength(1);
    expect(nodesNamed(g, "GOP")).toEqual(nodesNamed(g, "Republicans"));
    expect(nodesNamed(g, "Democratic lawmakers")).toEqual(nodesNamed(g, "Democrats"));
    expect(g.getNodeAttribute(nodesNamed(g, "House GOP")[0], "label")).toBe("House Republicans");
    expect(g.getNodeAttribute(nodesNamed(g, "Republicans")[0], "kind")).toBe("group");
  });

  it("takes no topic from a dateline ('MEXICO CITY —'), and a relative clause's cue is about the noun before it", () => {
    const g = graphOf(
      doc("dateline", "MEXICO CITY — Mexico said it is open to a review, but not the kind of sunset clause the United States is reportedly seeking."),
    );
    expect(g.filterNodes((_, a) => a.label === "MEXICO CITY")).toEqual([]);
    const seeking = claimsOf(g).find((c) => c.evidence[0]!.text.includes("seeking") && g.getNodeAttribute(c.speaker, "label") === "United States");
    expect(seeking && g.getNodeAttribute(seeking.speaker, "label")).toBe("United States");
    expect(seeking?.targets.map((t) => g.getNodeAttribute(t, "label"))).toEqual(["sunset clause"]);
  });

  it("reads no junk entities: 'City Hall' is an organization, 'Article 5' a topic, 'the alliance' NATO", () => {
    const g = graphOf(
      doc("junk", "Peace was far off, City Hall said on Monday.\nNATO invoked Article 5 on Tuesday.\nThe alliance said it would defend every member."),
    );
    expect(g.getNodeAttribute(nodesNamed(g, "City Hall")[0], "kind")).toBe("organization");
    expect(g.getNodeAttribute(nodesNamed(g, "Article 5")[0], "kind")).toBe("topic");
    expect(nodesNamed(g, "Article")).toEqual([]);
    expect(speakersOf(g, "The alliance said")).toEqual(["organization:north-atlantic-treaty-organization"]);
  });

  it("knows surnames with a capital inside for people's: McCarthy, DeSantis, Ocasio-Cortez", () => {
    const g = graphOf(doc("caps", "Kevin McCarthy said the deal was good. Ron DeSantis said it was not. Alexandria Ocasio-Cortez said the cuts were cruel."));
    for (const name of ["Kevin McCarthy", "Ron DeSantis", "Alexandria Ocasio-Cortez"])
      expect(g.getNodeAttribute(nodesNamed(g, name)[0], "kind")).toBe("person");
  });
  it("keeps a party's wing apart from the party's members, one group across articles: 'hard-right Republicans', 'far-right Republicans'", () => {
    const g = graphOf(
      doc(
        "wing-1",
        "Speaker Kevin McCarthy said the deal was good. Hard-right Republicans claimed they wanted more spending cuts. Republicans said they would pass the bill.",
      ),
      doc("wing-2", "Kevin McCarthy said the bill would pass. The holdouts included far-right Republicans who said the spending cuts did not go far enough."),
    );
    const wing = speakersOf(g, "wanted more spending cuts");
    expect(wing).toHaveLength(1);
    expect(speakersOf(g, "did not go far enough")).toEqual(wing);
    expect(speakersOf(g, "would pass the bill")).not.toEqual(wing);
  });
  it("reads a lone party member ('not one Republican', 'a Democrat') as the party's members, never an organization 'Republican'", () => {
    const g = graphOf(doc("party", 'Chip Roy said: "Not one Republican should vote for this deal." Hakeem Jeffries said every Democrat would back it.'));
    expect(g.filterNodes((_, a) => a.label === "Republican" || a.label === "Democrat")).toEqual([]);
    expect(targetsOf(g, "Not one Republican")).toContain("Republicans");
  });
  it("makes a lone name a person when the text treats it as one ('Trump said ... He added')", () => {
    const g = graphOf(doc("lone", "Trump said the deal was good.\nHe added that talks would go on."));
    expect(g.getNodeAttribute(nodesNamed(g, "Trump")[0], "kind")).toBe("person");
    expect(speakersOf(g, "He added")).toEqual(speakersOf(g, "Trump said"));
  });

  it("lets nobody speak for 'not one Republican' or 'no Democrat'", () => {
    const g = graphOf(doc("nobody", "Not one Republican should vote for this deal.\nNo Democrat will support the bill, the senator said."));
    expect(claimsOf(g).map((c) => g.getNodeAttribute(c.speaker, "label"))).not.toContain("Republican");
    expect(claimsOf(g).map((c) => g.getNodeAttribute(c.speaker, "label"))).not.toContain("Democrat");
  });

  it("calls a seat of government an organization of its country, and a facility a place", () => {
    const g = graphOf(doc("seats", "The White House said the strike at the Kentucky Truck Plant had to end.\nThe United States said talks would resume."));
    const wh = nodesNamed(g, "White House")[0];
    expect(g.getNodeAttribute(wh, "kind")).toBe("organization");
    expect(g.getNodeAttribute(wh, "affiliations")?.map((a) => a.entity)).toEqual(["country:united-states"]);
    expect(g.getNodeAttribute(nodesNamed(g, "Kentucky Truck Plant")[0], "kind")).toBe("place");
  });
});

describe("knowledge graph: acronyms and sentence openers", () => {
  it("an acronym and the name it abbreviates are one node across articles of a story, named in full: NAFTA, Nafta", () => {
    const g = graphOf(
      doc(
        "trade-1",
        "Mexico said on Tuesday it would accept reviews of the North American Free Trade Agreement every five years. Canada rejected the sunset clause, Canadian Foreign Minister Chrystia Freeland said.",
      ),
      doc(
        "trade-2",
        "Canada said on Friday that NAFTA needed no sunset clause, Freeland said. Mexico wants NAFTA to stay a three-way deal, Mexican Economy Minister Ildefonso Guajardo said.",
      ),
      doc("trade-3", "Freeland said Canada would not accept a Nafta sunset clause, and Guajardo said Mexico agreed."),
    );
    const nafta = nodesNamed(g, "North American Free Trade Agreement");
    expect(nafta).toHaveLength(1);
    expect(g.getNodeAttribute(nafta[0], "kind")).toBe("topic");
    expect(nodesNamed(g, "NAFTA")).toEqual(nafta);
    expect(g.filterNodes((_, a) => a.label === "Nafta" || a.label === "NAFTA")).toEqual([]);
  });
  it("a judgement before an issue's name is no part of it: 'sweeping spending cuts' are the spending cuts; 'sweeping concessions' keep their word", () => {
    const g = graphOf(
      doc("budget-1", "House Speaker Kevin McCarthy demanded spending cuts in exchange for raising the debt limit, Republicans said."),
      doc(
        "budget-2",
        "McCarthy said on Friday that sweeping spending cuts were the price of a deal on the debt limit. The White House rejected sweeping concessions, Karine Jean-Pierre said.",
      ),
    );
    expect(nodesNamed(g, "spending cuts")).toHaveLength(1);
    expect(nodesNamed(g, "sweeping spending cuts")).toEqual([]);
    expect(nodesNamed(g, "sweeping concessions")).toHaveLength(1);
  });
  it("takes no name from a word that opens a sentence without naming: 'None of the ...', 'Second, ...', 'No. 2'", () => {
    const g = graphOf(
      doc(
        "openers",
        "None of the three countries' negotiators would comment, Canada said. Second, she pointed out that the deal already has a clause, Freeland said. Canada, the United States' No. 2 trading partner, was left out, Trudeau said.",
      ),
    );
    expect(g.filterNodes((_, a) => ["None", "Second", "No."].includes(a.label))).toEqual([]);
  });
});

describe("knowledge graph: names in long forms and descriptions", () => {
  it("keeps a name with 'and' whole when the acronym after it spells all of it: 'Office of Management and Budget (OMB)'", () => {
    const g = graphOf(doc("omb", "The White House's Office of Management and Budget (OMB) said the bill was reckless."));
    expect(nodesNamed(g, "Office of Management and Budget")).toHaveLength(1);
    expect(nodesNamed(g, "Budget")).toEqual([]);
    expect(nodesNamed(g, "OMB")).toEqual(nodesNamed(g, "Office of Management and Budget"));
  });
  it("reads a law's short title written as a list as one topic: 'the Limit, Save, Grow Act'", () => {
    const g = graphOf(doc("lsg", "The White House called the bill, known as the Limit, Save, Grow Act of 2023, reckless."));
    expect(g.filterNodes((_, a) => a.label === "Limit, Save, Grow Act" && a.kind === "topic")).toHaveLength(1);
    expect(nodesNamed(g, "Limit")).toEqual([]);
  });
  it("gives 'said the California Republican' to the person who spoke before, not to California nor to the person named last", () => {
    const g = graphOf(
      doc(
        "ca",
        'House Speaker Kevin McCarthy said the talks were productive. He met Joe Biden on Monday. "We have got a lot of work to do," said the California Republican.',
      ),
    );
    expect(speakersOf(g, "a lot of work").map((k) => g.getNodeAttribute(k, "label"))).toEqual(["Kevin McCarthy"]);
  });
  it("takes the agent of a passive with its title as the person: 'unveiled last week by House Speaker Kevin McCarthy'", () => {
    const g = graphOf(doc("passive", "The proposal was unveiled last week by House Speaker Kevin McCarthy and represents the GOP's opening bid."));
    expect(speakersOf(g, "unveiled").map((k) => g.getNodeAttribute(k, "label"))).toEqual(["Kevin McCarthy"]);
  });
  it("makes one issue of 'the talks', 'the negotiations' and 'bargaining' within a story, never across stories", () => {
    const g = graphOf(
      doc(
        "post-1",
        "Canada Post said the talks with the union had stalled. The Canadian Union of Postal Workers said the negotiations would resume on Monday.",
      ),
      doc("post-2", "The Canadian Union of Postal Workers said bargaining with Canada Post had broken down on Friday."),
      doc("brexit-1", "Michel Barnier said the negotiations with Britain had reached a critical stage."),
    );
    const talks = g.filterNodes((_, a) => a.kind === "topic" && /^(?:talks|negotiations|bargaining)$/.test(a.label));
    expect(talks).toHaveLength(2);
  });
  it("makes one issue of two heads of one meaning with the same modifier: 'debt ceiling' and 'debt limit', within an article and across a story", () => {
    const g = graphOf(
      doc(
        "debt-1",
        "Treasury Secretary Janet Yellen said Congress must raise the debt ceiling. House Speaker Kevin McCarthy said the debt limit would not be raised without spending cuts. Yellen warned that the debt ceiling had to be raised by June.",
      ),
      doc("debt-2", "Kevin McCarthy said on Friday that the debt limit deal was close. Janet Yellen said the debt limit had to be raised."),
    );
    const issue = nodesNamed(g, "debt ceiling");
    expect(issue).toHaveLength(1);
    expect(nodesNamed(g, "debt limit")).toEqual(issue);
  });
  it("makes one issue of 'tax hikes' and 'tax increases', and drops a plan's verdict or state: 'the proposed electricity tax hikes', 'the contentious 2025 budget'", () => {
    const g = graphOf(
      doc(
        "hikes",
        "Marine Le Pen said she opposed the proposed electricity tax hikes. Michel Barnier said the electricity tax increases were needed. Le Pen said the contentious 2025 budget must change. Barnier said the 2025 budget would pass.",
      ),
    );
    const tax = nodesNamed(g, "electricity tax increases");
    expect(tax).toHaveLength(1);
    expect(targetsOf(g, "opposed the proposed")).toEqual(expect.arrayContaining([g.getNodeAttribute(tax[0]!, "label")]));
    expect(nodesNamed(g, "2025 budget")).toHaveLength(1);
    expect(g.filterNodes((_, a) => /contentious|proposed/.test(a.label))).toEqual([]);
  });
  it("makes one issue of a strike named in several words within an article: 'industrial action', 'strike action' and 'the strike', named 'strike'", () => {
    const g = graphOf(
      doc(
        "strike-words",
        "The BMA said junior doctors would take industrial action next month. Health Secretary Ann Wexley said the strike would harm patients. The BMA said the strike action was a last resort.",
      ),
    );
    const strike = nodesNamed(g, "strike");
    expect(strike).toHaveLength(1);
    expect(g.filterNodes((_, a) => a.kind === "topic" && /action/.test(a.label))).toEqual([]);
    for (const words of ["industrial action", "harm patients", "last resort"]) expect(targetsOf(g, words)).toContain("strike");
  });
});

describe("knowledge graph: parties and politicians", () => {
  it("reads a surname that opens with its particle as the person named in full: 'Le Pen said' after 'Marine Le Pen'", () => {
    const g = graphOf(
      doc(
        "lepen",
        "Marine Le Pen said the budget was unacceptable. Le Pen said her party would vote for the motion. Le Pen wants pensions indexed to inflation.",
      ),
    );
    const lePen = nodesNamed(g, "Marine Le Pen");
    expect(lePen).toHaveLength(1);
    expect(speakersOf(g, "vote for the motion")).toEqual(lePen);
    expect(speakersOf(g, "pensions indexed")).toEqual(lePen);
    expect(g.filterNodes((_, a) => a.label === "Le Pen")).toEqual([]);
  });
  it("names a source by its head as well as by its postmodifier: 'a senior source with direct knowledge of the situation' is also a 'senior source'", () => {
    const g = graphOf(doc("source", "A senior source with direct knowledge of the situation said tensions emerged when the ministers met."));
    expect(nodesNamed(g, "senior source")).toEqual(speakersOf(g, "tensions emerged"));
  });
  it("reads 'the far right' and 'the left' that speak as the body the article described by that wing", () => {
    const g = graphOf(
      doc(
        "wings",
        "Marine Le Pen's far-right National Rally said the budget was unfair. The left-wing coalition, the New Popular Front (NFP), said it would table a motion. However, the far-right warned this concession was insufficient. The left has promised to file a motion of no confidence.",
      ),
    );
    expect(speakersOf(g, "concession was insufficient")).toEqual(nodesNamed(g, "National Rally"));
    expect(speakersOf(g, "promised to file")).toEqual(nodesNamed(g, "New Popular Front"));
    expect(g.filterNodes((_, a) => a.label === "this concession")).toEqual([]);
  });
  it("splits a person's possessive from the body after it: 'Tanguy's National Rally party', 'Marine Le Pen's National Rally'", () => {
    const g = graphOf(
      doc(
        "possessive-owner",
        "Hard right politician Jean-Philippe Tanguy said the budget was unfair. Tanguy's National Rally party holds the balance of power. Marine Le Pen said she would decide on Monday. Marine Le Pen's National Rally said it would topple the government.",
      ),
    );
    expect(g.filterNodes((_, a) => /'s National Rally/.test(a.label))).toEqual([]);
    expect(speakersOf(g, "topple the government")).toEqual(nodesNamed(g, "National Rally"));
  });
  it("joins 'the far right' that speaks in one article to the body another article of the story called far-right, when that article came first", () => {
    const g = graphOf(
      doc("far-1", "Michel Barnier said the budget would pass. Marine Le Pen's far-right National Rally said it would vote against the budget."),
      doc("far-2", "Michel Barnier scrapped the electricity tax rise. However, the far right warned this concession was insufficient."),
    );
    expect(speakersOf(g, "concession was insufficient")).toEqual(nodesNamed(g, "National Rally"));
  });
  it("makes a name given initials in brackets a body, and the initials its name: 'National Rally (RN)', 'the RN'", () => {
    const g = graphOf(
      doc("rn", "The National Rally (RN) said it would not back down. France Unbowed (LFI) welcomed the vote. The RN said the budget was unacceptable."),
    );
    const rn = nodesNamed(g, "National Rally");
    expect(g.getNodeAttribute(rn[0], "kind")).toBe("organization");
    expect(g.getNodeAttribute(nodesNamed(g, "France Unbowed")[0], "kind")).toBe("organization");
    expect(speakersOf(g, "budget was unacceptable")).toEqual(rn);
  });
  it("makes one body of two names given the same initials in brackets within a story: 'La France Insoumise (LFI)', 'France Unbowed (LFI)'", () => {
    const g = graphOf(
      doc(
        "lfi-1",
        "Marine Le Pen said the National Rally (RN) would vote against the budget. La France Insoumise (LFI) said it would table a motion of no confidence.",
      ),
      doc(
        "lfi-2",
        "Michel Barnier said Marine Le Pen would not topple him. Mathilde Panot, the leader of France Unbowed (LFI), said her party would vote against the budget.",
      ),
    );
    expect(g.filterNodes((_, a) => a.aliases.includes("LFI") || a.label === "LFI")).toHaveLength(1);
  });
  it("reads a party's members given the party's initials in brackets as the party: 'the Socialists (PS)' is the 'Socialist Party (PS)' of another article", () => {
    const g = graphOf(
      doc(
        "ps-1",
        "Marine Le Pen said the budget must change. Leaders of the left, including the Socialists (PS) and the Greens, said they would vote against the budget.",
      ),
      doc("ps-2", "Marine Le Pen said she would topple the government. Olivier Faure, leader of the Socialist Party (PS), said a new budget was needed."),
    );
    const ps = g.filterNodes((_, a) => a.label === "PS" || a.aliases.includes("PS"));
    expect(ps).toHaveLength(1);
    expect(g.getNodeAttribute(ps[0]!, "kind")).toBe("organization");
  });
  it("reads a numbered article of a constitution as a topic with its number: 'Article 49.3', 'Article 5'", () => {
    const g = graphOf(doc("art", "The Socialist Party said it would bring down the government if Article 49.3 was used."));
    expect(g.filterNodes((_, a) => a.label === "Article")).toEqual([]);
    expect(g.filterNodes((_, a) => a.kind === "topic" && a.label === "Article 49.3")).toHaveLength(1);
  });
  it("reads a description followed by the name it describes, in apposition, as that body: 'The left-wing coalition, the New Popular Front (NFP), said'", () => {
    const g = graphOf(doc("nfp", "The left-wing coalition, the New Popular Front (NFP), said it would file a motion of no confidence."));
    expect(speakersOf(g, "motion of no confidence")).toEqual(nodesNamed(g, "New Popular Front"));
    expect(g.filterNodes((_, a) => a.label === "left-wing coalition")).toEqual([]);
  });
  it("reads 'the party', 'her party' and 'the coalition' as the party or coalition met before", () => {
    const g = graphOf(
      doc(
        "party",
        "Marine Le Pen of the National Rally said the budget was unacceptable. The party has reiterated its demand for higher pensions. The New Popular Front (NFP) said it would file a motion. The coalition said Michel Barnier had failed.",
      ),
    );
    expect(speakersOf(g, "reiterated")).toEqual(nodesNamed(g, "National Rally"));
    expect(speakersOf(g, "had failed")).toEqual(nodesNamed(g, "New Popular Front"));
  });
  it("reads 'the French veteran politician' as the French person in office named before", () => {
    const g = graphOf(
      doc("veteran", "French Prime Minister Michel Barnier said the budget was needed. The French veteran politician said he would not resign."),
    );
    expect(speakersOf(g, "not resign")).toEqual(nodesNamed(g, "Michel Barnier"));
  });
});

describe("knowledge graph: names a new story brought (the 2024 port strike)", () => {
  it("reads a name with a middle initial and without it as one person, within an article and across articles: 'Harold J. Daggett', 'Harold Daggett', 'Daggett'", () => {
    const g = graphOf(
      doc(
        "daggett-1",
        "ILA President Harold J. Daggett said the union would strike. Daggett said the offer was too low. Harold Daggett said automation was a red line.",
      ),
      doc("daggett-2", "Harold Daggett said the union would never accept automation at the ports."),
    );
    const people = g.filterNodes((_, a) => a.kind === "person" && /Daggett/.test(a.label));
    expect(people).toHaveLength(1);
    expect(g.filterNodes((_, a) => a.label === "Daggett")).toEqual([]);
  });
  it("reads 'X, known as Y,' as one body, and the short form before it too; 'US Maritime Alliance' is the 'United States Maritime Alliance'", () => {
    const g = graphOf(
      doc(
        "usmx-1",
        "Port strike looms as ILA rejects USMX offer\nThe United States Maritime Alliance, known as USMX, represents the port employers. USMX said its offer was fair.",
      ),
      doc("usmx-2", "The US Maritime Alliance said talks with the International Longshoremen's Association had stalled over automation."),
    );
    expect(g.filterNodes((_, a) => a.kind === "organization" && (/Maritime Alliance/.test(a.label) || a.label === "USMX"))).toHaveLength(1);
  });
  it("reads 'Dockworkers represented by the International Longshoremen's Association (ILA)' as the union's members, who speak", () => {
    const g = graphOf(
      doc(
        "ila-members",
        "The International Longshoremen's Association (ILA) said it would strike on Tuesday. Dockworkers represented by the International Longshoremen's Association (ILA) have agreed to suspend their strike.",
      ),
    );
    expect(speakersOf(g, "agreed to suspend")).toEqual(nodesNamed(g, "ILA members"));
  });
  it("keeps 'the Port of New York and New Jersey' whole, and reads 'Master Contract', 'American Workers', 'Dockworkers represented by' as what they are", () => {
    const g = graphOf(
      doc(
        "port-words",
        "Dockworkers represented by the International Longshoremen's Association (ILA) have agreed to suspend the strike. The USMX said it had requested an extension of the current Master Contract. The Port of New York and New Jersey said its terminals will reopen. Donald Trump said automation causes harm for American Workers.",
      ),
    );
    expect(nodesNamed(g, "Port of New York and New Jersey")).toHaveLength(1);
    const kindOf = (label: string) => g.getNodeAttribute(g.filterNodes((_, a) => a.label === label)[0]!, "kind");
    expect(kindOf("Master Contract")).toBe("topic");
    expect(kindOf("American Workers")).toBe("group");
    expect(g.filterNodes((_, a) => a.label === "Dockworkers" && a.kind === "organization")).toEqual([]);
  });
});

describe("knowledge graph: a union's members and a title in the content", () => {
  it("makes 'workers' and 'union members' of a story with one union that union's members, across articles", () => {
    const g = graphOf(
      doc("uaw-1", "United Auto Workers President Shawn Fain said workers would strike at midnight. The union said 57,000 union members were ready."),
      doc("uaw-2", "UAW President Shawn Fain said on Friday that union members deserved record contracts. Ford said its offer was generous to workers."),
    );
    const members = nodesNamed(g, "UAW members");
    expect(members).toHaveLength(1);
    for (const form of ["workers", "union members"]) expect(nodesNamed(g, form)).toEqual(members);
    expect(g.filterNodes((_, a) => a.label.includes("deserved"))).toEqual([]);
    expect(g.getNodeAttribute(members[0], "kind")).toBe("group");
  });
  it("reads the trade a union's name says as its members: 'pilots' of the Air Line Pilots Association", () => {
    const g = graphOf(
      doc(
        "alpa",
        "The Air Line Pilots Association said 67% of members voted against the deal. United Airlines said pilots would keep flying while talks continued. Analysts said a strike was unlikely.",
      ),
    );
    const members = nodesNamed(g, "ALPA members");
    expect(members).toHaveLength(1);
    expect(nodesNamed(g, "pilots")).toEqual(members);
    expect(nodesNamed(g, "Analysts")).not.toEqual(members);
  });
  it("leaves 'workers' alone where no union or two unions are named", () => {
    const g = graphOf(doc("two-unions", "The Teamsters and the United Auto Workers said workers would strike. Amazon said workers were paid well."));
    expect(g.filterNodes((_, a) => / members$/.test(a.label))).toEqual([]);
  });
  it("keeps a union named 'X of Y and Z Workers' whole, reads 'IAM' as its acronym and 'IAM District 751' as one body", () => {
    const g = graphOf(
      doc(
        "iam",
        "The International Association of Machinists and Aerospace Workers said its members rejected the offer. IAM District 751 President Jon Holden said workers wanted their pensions back. The IAM said the vote was final.",
      ),
    );
    const union = nodesNamed(g, "International Association of Machinists and Aerospace Workers");
    expect(union).toHaveLength(1);
    expect(nodesNamed(g, "IAM")).toEqual(union);
    expect(nodesNamed(g, "Aerospace Workers")).toEqual([]);
    const members = nodesNamed(g, "IAM members");
    expect(members).toHaveLength(1);
    expect(nodesNamed(g, "workers")).toEqual(members);
    expect(nodesNamed(g, "members")).toEqual(members); // "its members"
  });
  it("tells the Chinese surname He from the pronoun: 'Vice Premier He Lifeng said ... He added'", () => {
    const g = graphOf(
      doc("he", "Chinese Vice Premier He Lifeng said the talks were candid. He added that China would respond. Scott Bessent met He Lifeng in Geneva."),
    );
    const he = nodesNamed(g, "He Lifeng");
    expect(he).toHaveLength(1);
    expect(g.getNodeAttribute(he[0], "kind")).toBe("person");
    expect(g.filterNodes((_, a) => a.label === "Lifeng" || a.label === "He")).toEqual([]);
    expect(speakersOf(g, "China would respond")).toEqual(he);
  });
  it("makes one body of a ministry in two word orders, owned by its country: \"China's Ministry of Commerce\", 'the Commerce Ministry'", () => {
    const g = graphOf(
      doc("mofcom-1", "China's Ministry of Commerce said Beijing firmly opposed the US export controls."),
      doc("mofcom-2", "China's Commerce Ministry urged Washington to drop the export controls on Friday."),
    );
    const ministry = nodesNamed(g, "Ministry of Commerce");
    expect(ministry).toHaveLength(1);
    expect(nodesNamed(g, "Commerce Ministry")).toEqual(ministry);
    expect(g.filterNodes((_, a) => /China's/.test(a.label))).toEqual([]);
    expect((g.getNodeAttribute(ministry[0], "affiliations") ?? []).map((a) => a.entity)).toContain("country:china");
  });
  it("makes 'Qatar's foreign ministry' a body of its own, tied to Qatar, never Qatar itself", () => {
    const g = graphOf(
      doc(
        "qatar",
        "Qatar's foreign ministry said its delegation will head to Cairo on Tuesday. The Chinese commerce ministry said Beijing would take countermeasures.",
      ),
    );
    const ministry = nodesNamed(g, "Qatari Foreign Ministry");
    expect(ministry).toHaveLength(1);
    expect(g.getNodeAttribute(ministry[0]!, "kind")).toBe("organization");
    expect((g.getNodeAttribute(ministry[0]!, "affiliations") ?? []).map((a) => a.entity)).toEqual(["country:qatar"]);
    expect(speakersOf(g, "delegation will head")).toEqual(ministry);
    expect(speakersOf(g, "countermeasures")).toEqual(nodesNamed(g, "Chinese Commerce Ministry"));
  });
  it("never joins two countries' bodies through a name without the country: each story's 'Foreign Ministry'", () => {
    const g = graphOf(
      doc("kyiv-mfa", "Ukraine's Foreign Minister Andrii Sybiha said the Foreign Ministry would summon the Hungarian ambassador."),
      doc("delhi-mfa", "Indian Prime Minister Narendra Modi said the Foreign Ministry would brief Parliament on the talks with Pakistan."),
    );
    expect(g.filterNodes((_, a) => a.label === "Foreign Ministry").length).not.toBe(1);
  });
  it("joins a ministry named with its country's word and without it, when both are that country's: 'China's commerce ministry', 'the Ministry of Commerce'", () => {
    const g = graphOf(
      doc(
        "mofcom-a",
        "China's Ministry of Commerce said Beijing firmly opposed the US export controls on chips. Commerce Minister Wang Wentao said talks must go on.",
      ),
      doc("mofcom-b", "China's commerce ministry said the agreement was an important step on tariffs. Wang Wentao said China wanted more talks."),
    );
    const ministries = g.filterNodes((_, a) => a.kind === "organization" && /commerce/i.test(a.label));
    expect(ministries).toHaveLength(1);
  });
  it("never joins two countries' ministries of the same words: 'China's foreign ministry', 'Russia's foreign ministry'", () => {
    const g = graphOf(
      doc("mfa-cn", "China's foreign ministry said Beijing opposed the sanctions imposed by Washington on its firms."),
      doc("mfa-ru", "Russia's foreign ministry said Moscow opposed the sanctions imposed by Washington on its firms."),
    );
    const ministries = g.filterNodes((_, a) => a.kind === "organization" && /foreign/i.test(a.label));
    expect(ministries).toHaveLength(2);
  });
  it("keeps two countries' ministries named in capitals apart, in one article and across articles: 'Ethiopia's Foreign Ministry', 'Egypt's Foreign Ministry', 'the Foreign Ministry in Cairo'", () => {
    const g = graphOf(
      doc(
        "gerd-1",
        "Ethiopia's Foreign Ministry said the talks failed. Egypt's Foreign Ministry issued a statement saying that Ethiopia lacked the political will.",
      ),
      doc(
        "gerd-2",
        "The Foreign Ministry in Cairo said Ethiopia was to blame. Ethiopia's Foreign Ministry said it wants a deal. The Ethiopian Foreign Ministry added that it remains committed.",
      ),
    );
    const ethiopian = nodesNamed(g, "Ethiopian Foreign Ministry");
    const egyptian = nodesNamed(g, "Egyptian Foreign Ministry");
    expect(ethiopian).toHaveLength(1);
    expect(egyptian).toHaveLength(1);
    expect(ethiopian).not.toEqual(egyptian);
    expect(speakersOf(g, "talks failed")).toEqual(ethiopian);
    expect(speakersOf(g, "remains committed")).toEqual(ethiopian);
    expect(speakersOf(g, "political will")).toEqual(egyptian);
    expect(speakersOf(g, "to blame")).toEqual(egyptian);
  });
  it("makes one company of 'Kellogg Co.' and 'Kellogg Company' across articles, and 'the cereal company' that company", () => {
    const g = graphOf(
      doc("kel-1", "Kellogg Co. said the offer was fair and that it would keep its plants open."),
      doc("kel-2", "Kellogg Company said it would hire replacement workers. The cereal company said talks had failed."),
    );
    const kellogg = nodesNamed(g, "Kellogg");
    expect(kellogg).toHaveLength(1);
    expect(speakersOf(g, "offer was fair")).toEqual(kellogg);
    expect(speakersOf(g, "replacement workers")).toEqual(kellogg);
    expect(speakersOf(g, "talks had failed")).toEqual(kellogg);
  });
  it("reads 'Vice Premier He said' as the surname He, the vice premier another article names in full", () => {
    const g = graphOf(
      doc("he-1", "U.S. Treasury Secretary Scott Bessent met Chinese Vice Premier He Lifeng in Geneva. Bessent said the talks were productive."),
      doc("he-2", "Bessent said both sides had agreed to cut tariffs. Vice Premier He said China was willing to keep talking with the U.S. side."),
    );
    const he = nodesNamed(g, "He Lifeng");
    expect(he).toHaveLength(1);
    expect(speakersOf(g, "willing to keep talking")).toContain(he[0]);
    expect(speakersOf(g, "willing to keep talking")).not.toContain(nodesNamed(g, "Scott Bessent")[0]);
  });
  it("reads a family name written first: 'Lin Jian ... Lin said', and 'Lin' in the next article of the story", () => {
    const g = graphOf(
      doc("mfa-1", "Chinese Foreign Ministry spokesperson Lin Jian said China opposed the tariffs. Lin said Washington must correct its mistakes."),
      doc("mfa-2", "Lin said on Friday that China firmly opposed the new US tariffs on Chinese goods."),
    );
    const lin = nodesNamed(g, "Lin Jian");
    expect(lin).toHaveLength(1);
    expect(speakersOf(g, "correct its mistakes")).toEqual(lin);
    expect(speakersOf(g, "firmly opposed")).toContain(lin[0]);
    expect(g.filterNodes((_, a) => a.label === "Lin")).toEqual([]);
    const yoon = graphOf(
      doc("seoul", "South Korean President Yoon Suk Yeol said the talks with Japan were productive. Yoon said Seoul would not accept the proposal."),
    );
    expect(speakersOf(yoon, "Yoon said")).toContain(nodesNamed(yoon, "Yoon Suk Yeol")[0]);
  });
  it("reads a capital that acts in a claim's content as its country: 'Washington must correct its mistakes'", () => {
    const g = graphOf(doc("capital", "Chinese Foreign Ministry spokesperson Lin Jian said Washington must correct its mistakes."));
    expect(targetsOf(g, "correct its mistakes")).toContain("United States");
  });
  it("reads a capital that is the subject of an infinitive in a claim as its country: 'rebuffed calls for Ottawa to intervene'", () => {
    const g = graphOf(doc("ottawa", "Labour Minister Steven MacKinnon rebuffed calls for Ottawa to intervene in the strike."));
    expect(targetsOf(g, "rebuffed calls")).toContain("Canada");
    expect(targetsOf(g, "rebuffed calls")).not.toContain("Ottawa");
  });
  it("reads 'the spokesperson' after 'a Department of Health and Social Care spokesperson' as that department", () => {
    const g = graphOf(
      doc(
        "dhsc",
        'A Department of Health and Social Care spokesperson said the strikes were unnecessary. "The government has already given resident doctors a 22% pay rise," the spokesperson said.',
      ),
    );
    const dept = nodesNamed(g, "Department of Health and Social Care");
    expect(dept).toHaveLength(1);
    expect(nodesNamed(g, "Social Care")).toEqual([]);
    expect(speakersOf(g, "22% pay rise")).toEqual(dept);
  });
  it("reads 'its prime minister said' after a clause about a country as that country's prime minister, named later, not the body named last", () => {
    const g = graphOf(
      doc(
        "its-pm",
        "Qatar is reassessing its role as a mediator between Israel and Hamas, its prime minister said on Wednesday. Israeli Prime Minister Benjamin Netanyahu has criticised Qatar. \u201cThere is abuse of the Qatari role,\u201d Prime Minister Mohammed bin Abdulrahman Al Thani told a news conference.",
      ),
    );
    expect(speakersOf(g, "reassessing its role")).toEqual(nodesNamed(g, "Mohammed bin Abdulrahman Al Thani"));
    expect(g.filterNodes((_, a) => /prime minister$/.test(a.label))).toEqual([]);
  });
  it("reads a description that leads the story as the person named after it: 'Canada's labor minister announced ... Labor Minister Steven MacKinnon said'", () => {
    const g = graphOf(
      doc(
        "cirb",
        "Canada's labor minister announced Friday he is asking the Canada Industrial Relations Board to order striking Canada Post employees back to work. Labor Minister Steven MacKinnon said the board would decide within days.",
      ),
    );
    const minister = nodesNamed(g, "Steven MacKinnon");
    expect(minister).toHaveLength(1);
    expect(speakersOf(g, "announced Friday")).toEqual(minister);
    expect(g.filterNodes((_, a) => /labor minister/i.test(a.label))).toEqual([]);
    expect(targetsOf(g, "the board would decide")).toContain("Canada Industrial Relations Board");
  });
  it("makes 'postal workers' and 'Canada Post employees' the members of the story's one union", () => {
    const g = graphOf(
      doc(
        "cupw",
        "The Canadian Union of Postal Workers said postal workers would strike on Friday. Canada Post said its offer to Canada Post employees was fair. The union said its members wanted better job security.",
      ),
    );
    const members = nodesNamed(g, "CUPW members");
    expect(members).toHaveLength(1);
    expect(nodesNamed(g, "postal workers")).toEqual(members);
  });
  it("resolves a union named only at the end of a wire story: 'the union', 'union members', 'The Union' before 'the Canadian Union of Postal Workers said'", () => {
    const g = graphOf(
      doc(
        "ap-cupw",
        'Labor Minister Steven MacKinnon said union members will be told to return to work. The union said it would fight the order. "The Union denounces in the strongest terms this assault," the Canadian Union of Postal Workers said in a statement.',
      ),
    );
    const union = nodesNamed(g, "Canadian Union of Postal Workers");
    expect(union).toHaveLength(1);
    expect(speakersOf(g, "fight the order")).toEqual(union);
    expect(g.filterNodes((_, a) => a.label === "Union" || a.label === "union")).toEqual([]);
    expect(nodesNamed(g, "union members")).toEqual(nodesNamed(g, "CUPW members"));
  });
  it("reads 'the country's national postal service' as the company met before, and 'the special mediator' as a person", () => {
    const g = graphOf(
      doc(
        "post",
        "Canada Post said the strike would delay parcels. The country's national postal service said customers will experience delays. The special mediator appointed to assist in talks has decided to suspend mediation, saying the parties remain too far apart.",
      ),
    );
    expect(speakersOf(g, "experience delays")).toEqual(nodesNamed(g, "Canada Post"));
    expect(g.getNodeAttribute(nodesNamed(g, "special mediator")[0]!, "kind")).toBe("person");
  });
  it("reads a description after the cue with its owner as the body it describes: 'said the country's national postal service'", () => {
    const g = graphOf(
      doc("post-2", 'Canada Post is the national mail carrier. "We have offered wage increases," said the country\u2019s national postal service.'),
    );
    expect(speakersOf(g, "offered wage increases")).toEqual(nodesNamed(g, "Canada Post"));
    expect(g.filterNodes((_, a) => a.label === "country")).toEqual([]);
  });
  it("reads a description of two words in the content as the body, never a topic: 'at a time when the postal service is struggling'", () => {
    const g = graphOf(
      doc(
        "post-3",
        "The Canadian Union of Postal Workers called a strike. Canada Post said the union's demands were unaffordable at a time when the postal service is struggling. The union said the postal service had refused to negotiate.",
      ),
    );
    expect(g.filterNodes((_, a) => a.kind === "topic" && a.label === "postal service")).toEqual([]);
    expect(targetsOf(g, "had refused to negotiate")).toContain("Canada Post");
  });
  it("joins a group to the story's group that another article called so: 'postal workers' and 'CUPW members'", () => {
    const g = graphOf(
      doc(
        "cupw-a",
        "The Canadian Union of Postal Workers said postal workers would strike on Friday. Canada Post said it had offered union members a fair deal.",
      ),
      doc("cupw-b", "Canada Post said more than 55,000 postal workers went on strike on Friday, and it said parcels would be delayed."),
    );
    expect(nodesNamed(g, "postal workers")).toHaveLength(1);
  });
  it("reads 'the administration of US President Donald Trump' as the Trump administration, the node other articles call so", () => {
    const g = graphOf(
      doc("admin-of-1", "The administration of US President Donald Trump reportedly proposed allowing the treaty to expire after five years."),
      doc("admin-of-2", "Canada said the Trump administration was wrong to seek a sunset clause in the treaty."),
    );
    const admin = nodesNamed(g, "Trump administration");
    expect(admin).toHaveLength(1);
    expect(speakersOf(g, "allowing the treaty to expire")).toEqual(admin);
  });
  it("reads 'the administration' after 'the Trump administration' as that administration, as speaker and as target", () => {
    const g = graphOf(
      doc("admin", "The Trump administration wants a sunset clause. Canada said the administration was wrong. The administration said it would not back down."),
    );
    const admin = nodesNamed(g, "Trump administration");
    expect(admin).toHaveLength(1);
    expect(targetsOf(g, "was wrong")).toContain("Trump administration");
    expect(speakersOf(g, "back down")).toEqual(admin);
    expect(g.filterNodes((_, a) => a.label === "administration")).toEqual([]);
  });
  it("reads a title alone in the content as the one person of the story who holds it: 'believed that the prime minister was referencing ...'", () => {
    const g = graphOf(
      doc(
        "title",
        "Prime Minister Benjamin Netanyahu said Hamas was not serious. Antony Blinken said he believed that the prime minister was referencing the absolute non-starters.",
      ),
    );
    expect(targetsOf(g, "referencing")).toContain("Benjamin Netanyahu");
    expect(g.filterNodes((_, a) => a.kind === "topic" && a.label === "prime minister")).toEqual([]);
  });
});

describe("knowledge graph: what a claim is about", () => {
  it("takes no target from the outlet told once or from where the audience was: 'told POLITICO', 'told media in Pristina'", () => {
    const g = graphOf(
      doc(
        "heard",
        "“It is time for the European Union to step up,” Claes Stahl told POLITICO. On Tuesday, Arben Krasniqi told media in Pristina that he expects the mediators to stick to the proposal.",
      ),
    );
    expect(targetsOf(g, "time for the European Union")).not.toContain("POLITICO");
    expect(targetsOf(g, "told media in Pristina")).not.toContain("Pristina");
    expect(targetsOf(g, "told media in Pristina")).toContain("proposal");
  });
  it("takes no issue from a season: 'at the end of the summer', 'after the Christmas holidays'", () => {
    const g = graphOf(
      doc("season", "Kurti said the EU proposal submitted at the end of the summer was fair. Weselsky said strikes would follow after the holidays."),
    );
    const topics = g.filterNodes((_, a) => a.kind === "topic").map((k) => g.getNodeAttribute(k, "label"));
    for (const season of ["summer", "holidays"]) expect(topics).not.toContain(season);
  });
  it("takes no topic from a shell noun alone or judged by an adjective: 'the outcome', 'a sensitive stage', 'a difficult task'", () => {
    const g = graphOf(
      doc(
        "shell",
        "Sheikh Mohammed said the outcome depended on Hamas. He said the talks had reached a sensitive stage. Zelenskyy said that the peace plan was a difficult task.",
      ),
    );
    const topics = g.filterNodes((_, a) => a.kind === "topic").map((k) => g.getNodeAttribute(k, "label"));
    for (const shell of ["outcome", "sensitive stage", "stage", "difficult task", "task"]) expect(topics).not.toContain(shell);
    expect(topics).toContain("peace plan");
  });
  it("names a talks phrase that is only judged by its head, one issue with the bare word: 'productive bargaining' is the bargaining", () => {
    const g = graphOf(
      doc(
        "judged",
        "Canada Post said bargaining had stalled over wages. Labour Minister Steven MacKinnon said the mediator would return as soon as productive bargaining resumes.",
      ),
    );
    const topics = g.filterNodes((_, a) => a.kind === "topic").map((k) => g.getNodeAttribute(k, "label"));
    expect(topics).not.toContain("productive bargaining");
    expect(targetsOf(g, "productive bargaining resumes")).toEqual(targetsOf(g, "bargaining had stalled").filter((t) => t !== "wages"));
  });
  it("takes no topic from 'the table' of an idiom or 'both parties', but keeps 'the bargaining table'", () => {
    const g = graphOf(
      doc(
        "table",
        "Armenia and Azerbaijan resumed talks. The union said it came to the table with a realistic proposal. Armenia said Azerbaijan had broken the ceasefire. Norway urged both parties to preserve the ceasefire. The company said it would return to the bargaining table.",
      ),
    );
    const topics = g.filterNodes((_, a) => a.kind === "topic").map((k) => g.getNodeAttribute(k, "label"));
    for (const word of ["table", "parties"]) expect(topics).not.toContain(word);
    expect(topics).toContain("bargaining table");
  });
  it("takes no topic from a span of time, a share or an ordinal: 'each lasting 45 days', 'two-thirds of the issues', 'First, she said'", () => {
    const g = graphOf(
      doc(
        "measures",
        "Hamas proposed three phases, each lasting 45 days. Mexico's economy minister said two-thirds of the issues were settled. First, she said the sunset clause would add uncertainty.",
      ),
    );
    const topics = g.filterNodes((_, a) => a.kind === "topic").map((k) => g.getNodeAttribute(k, "label"));
    for (const word of ["lasting 45 days", "45 days", "two-thirds", "first"]) expect(topics).not.toContain(word);
    expect(topics).toContain("sunset clause");
  });
  it("reads a people named by its demonym as a group tied to its country, not the government: 'the French people', 'the Palestinian people', 'Ukrainian farmers'", () => {
    const g = graphOf(
      doc(
        "peoples",
        "Marine Le Pen said she was winning concessions in favour of the French people. Mahmoud Abbas said the Palestinian people would never leave. Volodymyr Zelenskyy said Ukrainian farmers needed help.",
      ),
    );
    const french = nodesNamed(g, "French people");
    expect(french).toHaveLength(1);
    expect(targetsOf(g, "in favour of")).not.toContain("France");
    expect(targetsOf(g, "in favour of")).not.toContain("favour");
    expect(targetsOf(g, "would never leave")).toContain("Palestinians");
    expect(targetsOf(g, "needed help")).toEqual(["Ukrainian farmers"]);
  });
  it("takes no topic from the role a subject plays: 'which act as guarantors of the process', 'who serves as mediator'", () => {
    const g = graphOf(doc("roles-played", "Norway and Cuba, which act as guarantors of the process, said the peace talks must go on."));
    const topics = g.filterNodes((_, a) => a.kind === "topic").map((k) => g.getNodeAttribute(k, "label"));
    expect(topics).not.toContain("guarantors");
    expect(topics).toContain("peace talks");
  });
  it("takes no topic from the speakers' own title with a prefix: 'committee co-chairs Dr A and Dr B said'", () => {
    const g = graphOf(
      doc(
        "co-chairs",
        '"If we did not have a credible offer, we would be forced to call strikes," BMA junior doctors committee co-chairs Dr Ann Wexley and Dr Omar Petrov said.',
      ),
    );
    const topics = g.filterNodes((_, a) => a.kind === "topic").map((k) => g.getNodeAttribute(k, "label"));
    expect(topics.filter((t) => t.includes("co-chair"))).toEqual([]);
    expect(topics).toContain("credible offer");
  });
  it("reads a body named in lowercase as an organization, not an issue: 'the junior doctors committee'", () => {
    const g = graphOf(doc("committee", "Victoria Atkins said it was time for the junior doctors committee to show that it was serious about a deal."));
    const committee = nodesNamed(g, "junior doctors committee");
    expect(committee).toHaveLength(1);
    expect(g.getNodeAttribute(committee[0]!, "kind")).toBe("organization");
  });
  it("takes no topic from a body's members named as such: 'member nations', 'member states'", () => {
    const g = graphOf(doc("members", "Canada and Mexico have proposed that member nations gather every five years to review the sunset clause."));
    const topics = g.filterNodes((_, a) => a.kind === "topic").map((k) => g.getNodeAttribute(k, "label"));
    expect(topics).not.toContain("member nations");
    expect(topics).toContain("sunset clause");
  });
  it("takes no topic from the occasion of the words: 'on a conference call', 'at a news conference', 'told a news briefing', 'In a very constructive meeting with ...'", () => {
    const g = graphOf(
      doc(
        "occasions",
        "Kevin McCarthy told lawmakers on a conference call that the deal was good. Antony Blinken said at a news conference that the proposal was fair. Colombia's negotiator called for an urgent meeting with the guarantor countries. Lin Jian told a regular news briefing that the tariffs were a mistake.",
      ),
    );
    const topics = g.filterNodes((_, a) => a.kind === "topic").map((k) => g.getNodeAttribute(k, "label"));
    for (const word of ["conference call", "news conference", "regular news briefing", "news briefing"]) expect(topics).not.toContain(word);
    expect(topics).toContain("urgent meeting");
  });
  it("takes no topic from the noun of a complex preposition: 'in favour of', 'on behalf of', 'in the process of'", () => {
    const g = graphOf(doc("preps", "Qatar said it is in the process of a complete re-evaluation of its role. Canada said it spoke on behalf of the G7."));
    const topics = g.filterNodes((_, a) => a.kind === "topic").map((k) => g.getNodeAttribute(k, "label"));
    for (const word of ["process", "behalf"]) expect(topics).not.toContain(word);
  });
  it("reads 'the government' in a claim, where no government body is named, as the story's country: 'threats to topple the government'", () => {
    const g = graphOf(doc("topple", "Marine Le Pen said France needed a new budget. Mathilde Panot said her party would vote to topple the government."));
    expect(targetsOf(g, "topple the government")).toContain("France");
  });
  it("drops a verdict from an issue's name of two words or more: 'competitive wage increases' are the wage increases", () => {
    const g = graphOf(
      doc(
        "verdicts",
        "Canada Post said it had offered competitive wage increases. The Canadian Union of Postal Workers said the wage increases were too small and demanded better job security.",
      ),
    );
    const topics = g.filterNodes((_, a) => a.kind === "topic").map((k) => g.getNodeAttribute(k, "label"));
    expect(topics).toContain("wage increases");
    expect(topics).not.toContain("competitive wage increases");
    expect(topics).toContain("job security");
  });
  it("keeps a shell noun that a noun, a relational adjective or an owner makes specific: 'vote outcome', 'humanitarian effort', 'the referee's decision'", () => {
    const g = graphOf(
      doc(
        "specific",
        "Hamas said the vote outcome would not change its position. Hamas proposed a massive humanitarian effort in Gaza. Federation president Luis Aranda said the referee's decision was wrong.",
      ),
    );
    const topics = g.filterNodes((_, a) => a.kind === "topic").map((k) => g.getNodeAttribute(k, "label"));
    expect(topics).toEqual(expect.arrayContaining(["vote outcome", "humanitarian effort", "decision"]));
  });
  it("lets no judged phrase stand for a story's talks: 'a very robust dialogue' is not what 'the talks' were", () => {
    const g = graphOf(
      doc(
        "geneva",
        'U.S. Treasury Secretary Scott Bessent said the talks in Geneva had been productive. "We had a very robust dialogue," Bessent said. Chinese Vice Premier He Lifeng described the talks as candid and constructive. Hamas said it would join indirect talks in Cairo. An Egyptian official said the indirect talks would resume on Sunday.',
      ),
    );
    expect(targetsOf(g, "described the talks")).not.toContain("robust dialogue");
    expect(targetsOf(g, "would resume")).toContain("indirect talks");
  });
  it("ends a position where its subject's next predicate begins: 'argued against the duties, but was outvoted by France and Italy'", () => {
    const g = graphOf(doc("scholz", "Chancellor Olaf Scholz had argued against the duties, but was outvoted by member states including France and Italy."));
    const targets = targetsOf(g, "argued against");
    expect(targets).toContain("duties");
    expect(targets).not.toContain("France");
  });
  it("gives a quotation that names nothing the story's issue, never a node 'statement'", () => {
    const g = graphOf(
      doc(
        "shutdown",
        'Senate Democrats blocked the stopgap spending bill on Friday. Senator Chuck Schumer said Democrats would not support the stopgap spending bill. "We will not be bullied," the New York Democrat told reporters. Senate Majority Leader John Thune said the stopgap spending bill was fair.',
      ),
    );
    expect(targetsOf(g, "bullied")).toEqual(["stopgap spending bill"]);
    expect(g.filterNodes((_, a) => a.label === "statement")).toEqual([]);
  });
  it("takes no topic from a day's name and its time: 'Monday evening', 'Wednesday night'", () => {
    const g = graphOf(
      doc(
        "dates",
        "The mediators said the truce would take effect on Monday evening. The union said Wednesday night it had reached a tentative agreement with Ford.",
      ),
    );
    const topics = g.filterNodes((_, a) => a.kind === "topic").map((k) => g.getNodeAttribute(k, "label"));
    expect(topics.filter((t) => /evening|night|monday|wednesday/i.test(t))).toEqual([]);
  });
  it("does not count the outlet or the platform that carried the words: 'on NBC', 'its Telegram channel', 'on X, formerly known as Twitter'", () => {
    const g = graphOf(
      doc(
        "channels",
        "Janet Yellen said on NBC that some bills would go unpaid if the debt ceiling was not raised. The RSF said on its Telegram channel that it was committed to the ceasefire. Joe Biden said in a social media post on X, formerly known as Twitter, that he would join the picket line.",
      ),
    );
    const all = [...targetsOf(g, "some bills"), ...targetsOf(g, "committed to the ceasefire"), ...targetsOf(g, "picket line")];
    expect(all).not.toEqual(expect.arrayContaining(["NBC"]));
    for (const channel of ["NBC", "Telegram", "Twitter", "X", "channel"]) expect(all).not.toContain(channel);
    expect(all).toEqual(expect.arrayContaining(["debt ceiling", "ceasefire", "picket line"]));
  });
  it("does not count the town where a speech was given, even after an adjective: 'a campaign stop in suburban Detroit'", () => {
    const g = graphOf(doc("scene", "Donald Trump said during a campaign stop in suburban Detroit that electric vehicles would cost auto jobs."));
    expect(targetsOf(g, "electric vehicles")).not.toContain("Detroit");
  });
});

describe("knowledge graph: affiliations", () => {
  it("ties officials to what they speak for, from their titles", () => {
    const g = graphOf(UKRAINE_1);
    const affiliations = (name: string) => (g.getNodeAttribute(nodesNamed(g, name)[0], "affiliations") ?? []).map((a) => g.getNodeAttribute(a.entity, "label"));
    expect(affiliations("Dmitry Peskov")).toEqual(["Kremlin"]);
    expect(affiliations("Kremlin")).toEqual(["Russia"]);
    expect(affiliations("Vladimir Putin")).toEqual(["Russia"]);
    expect(affiliations("Volodymyr Zelenskyy")).toEqual(["Ukraine"]);
    expect(g.getNodeAttribute(nodesNamed(g, "Dmitry Peskov")[0], "affiliations")?.[0]?.role).toBe("spokesman");
  });

  it("ties a person to the country or party that owns the title: 'Mexico's Economy Minister', 'Republican Rep.'", () => {
    const g = graphOf(
      doc(
        "owners",
        "Mexico's Economy Minister Elena Marquez said the talks were very far along.\nRepublican Rep. Tom Hale of Ohio said he would vote against the bill.\nThe Mexican official said a deal could come at any time.",
      ),
    );
    const affiliations = (name: string) => (g.getNodeAttribute(nodesNamed(g, name)[0], "affiliations") ?? []).map((a) => g.getNodeAttribute(a.entity, "label"));
    expect(affiliations("Elena Marquez")).toEqual(["Mexico"]);
    expect(affiliations("Tom Hale")).toEqual(["Republicans"]);
    // "the Mexican official" is then the minister, not Mexico.
    expect(speakersOf(g, "The Mexican official").map((k) => g.getNodeAttribute(k, "label"))).toEqual(["Elena Marquez"]);
  });

  it("reads a plural noun as the article's one group of that noun with a word before it: 'Junior doctors ... doctors', not where there are two such groups", () => {
    const one = graphOf(doc("jd-1", "Junior doctors said they would strike for five days. The association said doctors had no option but to walk out."));
    expect(nodesNamed(one, "doctors")).toEqual([]);
    expect(targetsOf(one, "no option")).toContain("Junior doctors");
    const two = graphOf(
      doc("jd-2", "Junior doctors said they would strike, and senior doctors said they would join them. The association said doctors had no option."),
    );
    expect(nodesNamed(two, "doctors")).toHaveLength(1);
  });

  it("reads a description with a word of no known kind before it as the company named before: 'Canada Post ... The Crown corporation said'", () => {
    const g = graphOf(doc("crown", "Canada Post said it had made a fair offer to the union. The Crown corporation said the strike would delay parcels."));
    expect(speakersOf(g, "delay parcels").map((k) => g.getNodeAttribute(k, "label"))).toEqual(["Canada Post"]);
  });

  it("ties a person to the employer of a title a relative clause gives, and of a union's numbered unit: 'who took over as Aerion's chief executive', 'IAM District 751 President'", () => {
    const g = graphOf(
      doc(
        "units",
        "Kevin Ortman, who took over as Aerion's chief executive in August, had urged workers not to strike.\n\"We strike at midnight,\" IAM District 751 President Jon Hollis told members.\nJane Roe, who met Aerion's chief executive on Monday, said talks would resume.",
      ),
    );
    const affiliations = (name: string) => (g.getNodeAttribute(nodesNamed(g, name)[0], "affiliations") ?? []).map((a) => g.getNodeAttribute(a.entity, "label"));
    expect(affiliations("Kevin Ortman")).toEqual(["Aerion"]);
    expect(affiliations("Jon Hollis")).toEqual(["IAM District 751"]);
    // "Its leader, X, said": the title is of the body "its" stands for.
    const its = graphOf(
      doc(
        "its",
        "The Free Democratic Party said it would vote against the government. Its leader, Christian Lindner, said the country needed a new beginning.",
      ),
    );
    expect((its.getNodeAttribute(nodesNamed(its, "Christian Lindner")[0], "affiliations") ?? []).map((a) => its.getNodeAttribute(a.entity, "label"))).toEqual([
      "Free Democratic Party",
    ]);
    // The district is part of the union the article names with those initials: a tie, two nodes.
    const union = graphOf(
      doc(
        "unit",
        "The International Association of Machinists and Aerospace Workers (IAM) said talks would resume. About 64% of members voted against the offer, IAM District 751 said.",
      ),
    );
    const unitTies = (union.getNodeAttribute(nodesNamed(union, "IAM District 751")[0], "affiliations") ?? []).map((a) =>
      union.getNodeAttribute(a.entity, "label"),
    );
    expect(unitTies).toEqual(["International Association of Machinists and Aerospace Workers"]);
    // (Meeting a chief executive makes no one a company's.)
    expect(affiliations("Jane Roe")).toEqual([]);
  });

  it("answers 'what does Russia want' with Russia's own claims and, marked, those of its officials", () => {
    const g = graphOf(UKRAINE_1, UKRAINE_2);
    const answer = ask(g, "what does Russia want");
    expect(answer.kind).toBe("claims");
    if (answer.kind !== "claims") return;
    const speakers = new Set(answer.claims.map((c) => c.speaker.label));
    expect(speakers).toContain("Vladimir Putin");
    const putin = answer.claims.find((c) => c.speaker.label === "Vladimir Putin")!;
    expect(answer.onBehalfOf[putin.id]?.of.label).toBe("Russia");
    expect(answer.message).toMatch(/made by those who speak for Russia/);
  });

  it("finds where Russia and Ukraine disagree through what their officials said", () => {
    const g = graphOf(UKRAINE_1, UKRAINE_2);
    const answer = ask(g, "where do Russia and Ukraine disagree");
    expect(answer.kind).toBe("positions");
    if (answer.kind !== "positions") return;
    expect(answer.issues.map((i) => i.issue.label)).toContain("security guarantees");
  });
});

describe("knowledge graph: joint speakers and duplicates", () => {
  it("gives 'the two sides agreed' one claim per party of the story, with the same evidence", () => {
    const g = graphOf(
      doc(
        "sides",
        "Israel and Hamas have held indirect talks in Cairo since March.\nIsrael said it wanted the hostages back. Hamas said it wanted a permanent ceasefire.\nThe two sides agreed to meet again next week.",
      ),
    );
    const speakers = speakersOf(g, "The two sides agreed").map((k) => g.getNodeAttribute(k, "label"));
    expect(new Set(speakers)).toEqual(new Set(["Israel", "Hamas"]));
  });

  it("recognizes the same article added twice (same text, or the same address) and adds nothing", () => {
    const g = createClaimGraph();
    const first = mergeDocument(g, extractor.extract(UKRAINE_1));
    expect(first.duplicateOf).toBeNull();
    const size = g.size;
    const again = mergeDocument(g, extractor.extract({ ...UKRAINE_1, id: "kyiv-1-copy" }));
    expect(again).toMatchObject({ claims: 0, duplicateOf: "kyiv-1" });
    const byUrl = mergeDocument(g, extractor.extract(doc("web-1", "Some text.", "https://example.com/a?utm=x")));
    const sameUrl = mergeDocument(g, extractor.extract(doc("web-2", "Other text.", "https://example.com/a")));
    expect(byUrl.duplicateOf).toBeNull();
    expect(sameUrl.duplicateOf).toBe("web-1");
    expect(g.size).toBe(size + byUrl.claims);
  });

  it("tells two pages apart whose addresses differ in the query that names the page ('view.php?ud=...')", () => {
    const g = createClaimGraph();
    const a = mergeDocument(g, extractor.extract(doc("kh-1", "The union said the talks failed.", "https://news.example.com/view.php?ud=20240403050545")));
    const b = mergeDocument(
      g,
      extractor.extract(doc("kh-2", "The ministry said it would not back down.", "https://news.example.com/view.php?ud=20240603050177&utm_source=x")),
    );
    expect([a.duplicateOf, b.duplicateOf]).toEqual([null, null]);
    const c = mergeDocument(g, extractor.extract(doc("kh-3", "Another text.", "https://news.example.com/view.php?utm_medium=y&ud=20240603050177#top")));
    expect(c.duplicateOf).toBe("kh-2");
  });
});

describe("knowledge graph: the order in which articles come decides nothing", () => {
  /** The graph of a batch of articles, as the CLI and the page make it: merged, then resolved again. */
  function batchOf(...docs: SourceDocument[]): ClaimGraph {
    const g = graphOf(...docs);
    consolidateGraph(g);
    return g;
  }
  const farRight = [
    doc("far-1", "Michel Barnier said the budget would pass. Marine Le Pen's far-right National Rally said it would vote against the budget."),
    doc("far-2", "Michel Barnier scrapped the electricity tax rise. However, the far right warned this concession was insufficient."),
  ] as const;
  const postal = [
    doc("post-1", "Postal workers said the offer from Canada Post was an insult. Canada Post said it had offered wage increases of 11.5%."),
    doc(
      "post-2",
      "The Canadian Union of Postal Workers said its 55,000 members would walk off the job. Postal workers said they wanted safer routes. Canada Post said the strike would hurt small businesses.",
    ),
  ] as const;

  it("joins 'the far right' that spoke in an early article to the body a later article called far-right", () => {
    const g = batchOf(farRight[1], farRight[0]);
    expect(speakersOf(g, "concession was insufficient")).toEqual(nodesNamed(g, "National Rally"));
    expect(g.filterNodes((_, a) => a.label === "far right")).toEqual([]);
  });
  it("joins the 'postal workers' of an early article to the union's members a later article named so", () => {
    const g = batchOf(...postal);
    const members = nodesNamed(g, "CUPW members");
    expect(members).toHaveLength(1);
    expect(speakersOf(g, "was an insult")).toEqual(members);
    expect(speakersOf(g, "safer routes")).toEqual(members);
  });
  it("gives the same nodes and the same speakers in either order", () => {
    for (const docs of [farRight, postal]) {
      const forward = batchOf(...docs);
      const backward = batchOf(...[...docs].reverse());
      const speakers = (g: ClaimGraph) =>
        claimsOf(g)
          .map((c) => `${g.getNodeAttribute(c.speaker, "label")}: ${c.evidence[0]!.text}`)
          .sort();
      expect(speakers(backward)).toEqual(speakers(forward));
      expect(backward.order).toBe(forward.order);
    }
  });
  it("keeps apart what one article kept apart: two people of one surname stay two", () => {
    const g = batchOf(
      doc("two-1", "Senator Anna Keller said the bill was dead. Her brother Tom Keller, a lobbyist, said the bill would pass."),
      doc("two-2", "Keller said on Tuesday that the bill would be amended."),
    );
    expect(g.filterNodes((_, a) => a.kind === "person" && /Keller/.test(a.label)).length).toBeGreaterThanOrEqual(2);
  });
  it("gives a surname two people of an article share to the one with that title, else to the one named most", () => {
    const g = batchOf(
      doc(
        "ortega-1",
        "Union President Maria L. Ortega, joined by Treasurer Luis A. Ortega, met the mayor on Monday. Union President Ortega said the agreement was a victory for workers. Ortega said the city had to pay for the new contract.",
      ),
    );
    const maria = nodesNamed(g, "Maria L. Ortega");
    expect(maria).toHaveLength(1);
    expect(speakersOf(g, "a victory for workers")).toEqual(maria);
    expect(speakersOf(g, "pay for the new contract")).toEqual(maria);
    expect(g.filterNodes((_, a) => a.label === "Ortega")).toEqual([]);
  });
});

describe("knowledge graph: joining two nodes found to be one entity", () => {
  it("moves names, documents, claims, addressees and ties to the node kept, each target once, marking nothing as a person's edit", () => {
    const g = createClaimGraph();
    g.setAttribute("documents", [
      { id: "d1", title: null, date: null, source: "d1", text: "" },
      { id: "d2", title: null, date: null, source: "d2", text: "" },
    ]);
    const node = (label: string, kind: "person" | "organization" | "topic", docs: string[]) => ({ label, kind, aliases: [], mentions: 1, docs });
    g.addNode("organization:far-right", node("far right", "organization", ["d2"]));
    g.addNode("organization:national-rally", node("National Rally", "organization", ["d1"]));
    g.addNode("person:jordan-bardella", {
      ...node("Jordan Bardella", "person", ["d1", "d2"]),
      affiliations: [{ entity: "organization:far-right", role: "", docs: ["d2"] }],
    });
    g.addNode("topic:budget", node("budget", "topic", ["d1", "d2"]));
    const edge = (speaker: string, target: string, claim: string, addressee: string | null = null) => ({
      stance: "opposes" as const,
      claim,
      summary: "",
      quote: null,
      addressee,
      evidence: [],
    });
    g.addDirectedEdgeWithKey("d2#c1:0", "organization:far-right", "topic:budget", edge("organization:far-right", "topic:budget", "d2#c1"));
    g.addDirectedEdgeWithKey("d2#c1:1", "organization:far-right", "organization:national-rally", edge("", "", "d2#c1"));
    g.addDirectedEdgeWithKey("d2#c2:0", "person:jordan-bardella", "topic:budget", edge("", "", "d2#c2", "organization:far-right"));
    joinNodes(g, new Map([["organization:far-right", "organization:national-rally"]]));
    expect(g.hasNode("organization:far-right")).toBe(false);
    const rally = g.getNodeAttributes("organization:national-rally");
    expect(rally.aliases).toContain("far right");
    expect(rally.docs).toEqual(["d1", "d2"]);
    expect(rally.edited).toBeUndefined();
    // The claim keeps its issue; the speaker is no target of its own claim.
    expect(claimsOf(g).find((c) => c.id === "d2#c1")).toMatchObject({ speaker: "organization:national-rally", targets: ["topic:budget"] });
    expect(g.getEdgeAttribute("d2#c2:0", "addressee")).toBe("organization:national-rally");
    expect(g.getNodeAttribute("person:jordan-bardella", "affiliations")).toEqual([{ entity: "organization:national-rally", role: "", docs: ["d2"] }]);
  });
});

describe("knowledge graph: a generic word never joins two stories of the same president", () => {
  const dated = (id: string, date: string, text: string): SourceDocument => ({ ...doc(id, text), date });
  const autoStrike = (date: string) =>
    dated(
      "auto",
      date,
      "President Joe Biden said the strike at the Ford plant in Michigan must end soon. The United Auto Workers said the strike would go on.",
    );
  const portStrike = (date: string) =>
    dated(
      "port",
      date,
      "President Joe Biden said the strike at the East Coast ports must end soon. The International Longshoremen's Association said the strike would go on.",
    );
  it("keeps apart the 'strike' of two stories a year apart, though the same president spoke of both", () => {
    const g = graphOf(autoStrike("2023-10-01"), portStrike("2024-10-01"));
    expect(g.filterNodes((_, a) => a.kind === "topic" && a.label === "strike")).toHaveLength(2);
    expect(g.filterNodes((_, a) => a.label === "East Coast")).toEqual(g.filterNodes((_, a) => a.label === "East Coast" && a.kind === "place"));
  });
  it("joins 'strikes' and 'strike' of two articles of one story", () => {
    const g = graphOf(
      dated(
        "docs-1",
        "2023-03-01",
        "The British Medical Association said the strikes would go ahead. Health Secretary Steve Barclay said the strikes were reckless.",
      ),
      dated("docs-2", "2023-03-20", "The British Medical Association said the strike was a last resort. Steve Barclay said the strike would hurt patients."),
    );
    expect(g.filterNodes((_, a) => a.kind === "topic" && /^strikes?$/.test(a.label))).toHaveLength(1);
  });
  it("joins 'industrial action', 'strike action' and 'the strike' of one story, and leaves out the verdict ('disruptive industrial action')", () => {
    const g = graphOf(
      dated(
        "ia-1",
        "2023-03-01",
        "The British Medical Association said the industrial action would go ahead. Steve Barclay said the disruptive industrial action was reckless.",
      ),
      dated("ia-2", "2023-03-20", "The British Medical Association said the strike was a last resort. Steve Barclay said the strike would hurt patients."),
    );
    expect(g.filterNodes((_, a) => a.kind === "topic" && /action|strike/.test(a.label))).toHaveLength(1);
  });
  it("joins the 'strike' of two articles of one story, weeks apart", () => {
    const g = graphOf(
      autoStrike("2023-10-01"),
      dated("auto-2", "2023-10-20", "The United Auto Workers said the strike at Ford would end. Ford said the strike had cost it $1.3 billion."),
    );
    expect(g.filterNodes((_, a) => a.kind === "topic" && a.label === "strike")).toHaveLength(1);
  });
  it("needs half of an article's actors in common to join a generic word alone: one president who spoke in two stories is not enough", () => {
    const g = graphOf(
      dated("truce", "2024-06-01", "President Joe Biden said the agreement would bring the hostages home. Hamas said the agreement was not final."),
      dated(
        "docks",
        "2024-06-10",
        "President Joe Biden said the agreement would keep the ports open. The International Longshoremen's Association said the agreement was fair. The United States Maritime Alliance said the agreement was costly.",
      ),
    );
    expect(g.filterNodes((_, a) => a.kind === "topic" && a.label === "agreement")).toHaveLength(2);
  });
  it("joins a generic word of a short article whose one actor is the story's: 'The union rejected the contract'", () => {
    const g = graphOf(
      dated(
        "ctu-1",
        "2025-05-01",
        "The Chicago Teachers Union said on Monday that it supported the contract. Chicago Public Schools said the contract was fair.",
      ),
      dated("ctu-2", "2025-05-20", "The Chicago Teachers Union rejected the contract on Friday."),
    );
    expect(g.filterNodes((_, a) => a.kind === "topic" && a.label === "contract")).toHaveLength(1);
  });
});

describe("knowledge graph: the attitude that makes a claim is not what it is about", () => {
  const targetLabels = (g: ClaimGraph, words: string) =>
    claimsOf(g)
      .filter((c) => c.evidence[0]!.text.includes(words))
      .flatMap((c) => c.targets.map((t) => g.getNodeAttribute(t, "label")));
  it("drops the 'call' and the 'opposition' that carry the position, and keeps the thing offered", () => {
    const g = graphOf(
      doc(
        "att-1",
        "The shipping alliance has renewed its call to the dockworkers' union to return to negotiations. Senator Maria Ortiz voiced her opposition to port automation. The carrier made an initial offer of a 20% raise.",
      ),
    );
    expect(targetLabels(g, "renewed its call")).not.toContain("call");
    expect(targetLabels(g, "voiced her opposition")).toEqual(["automation"]);
    expect(targetLabels(g, "made an initial offer").join(" ")).toMatch(/offer/);
  });
  it("takes no issue from the channel of the words or their audience: 'pushed back in a bulletin to members'", () => {
    const g = graphOf(doc("att-3", "The nurses' union pushed back on the hospital's criticism in a bulletin to members on Tuesday."));
    const labels = targetLabels(g, "pushed back");
    expect(labels).not.toContain("bulletin");
    expect(labels.join(" ")).not.toMatch(/members/);
    const g2 = graphOf(doc("att-4", "The militant group's response proposes three phases of 45 days each, according to a copy obtained by the newspaper."));
    expect(targetLabels(g2, "three phases")).not.toContain("copy");
  });
  it("takes no issue from the possessed position itself when its content names one: 'Russia's demands for sanctions relief'", () => {
    const g = graphOf(doc("att-2", "The final text meets Russia's demands for sanctions relief."));
    expect(targetLabels(g, "Russia's demands")).toEqual(["sanctions relief"]);
  });
});

describe("knowledge graph: places that only say where", () => {
  const targetLabels = (g: ClaimGraph, words: string) =>
    claimsOf(g)
      .filter((c) => c.evidence[0]!.text.includes(words))
      .flatMap((c) => c.targets.map((t) => g.getNodeAttribute(t, "label")));
  it("takes no target from the ends of a range after a noun ('ports from Maine to Texas') nor from 'up and down the Atlantic Coast', and keeps a range that is what is said", () => {
    const g = graphOf(
      doc(
        "range-1",
        "The union said it went on strike, shutting down ports from Maine to Texas. The union said pickets stood up and down the Atlantic Coast. The union leader said: “We will be everywhere from California to Massachusetts.”",
      ),
    );
    for (const place of ["Maine", "Texas", "Atlantic Coast"]) expect(targetLabels(g, "The union said")).not.toContain(place);
    expect(targetLabels(g, "everywhere from")).toEqual(expect.arrayContaining(["California", "Massachusetts"]));
  });
});

describe("knowledge graph: groups are people, and only where a claim needs them", () => {
  it("makes automakers and companies that a claim is about a group, never a topic", () => {
    const g = graphOf(doc("grp-1", "The union said automakers had made record profits. The mayor said companies and officials must act."));
    for (const label of ["automakers", "companies"]) {
      const nodes = g.filterNodes((_, a) => a.label === label);
      expect(nodes.map((k) => g.getNodeAttribute(k, "kind"))).toEqual(["group"]);
    }
  });
  it("keeps no group that no claim names: the subject of a sentence that proved no claim names nobody", () => {
    const g = graphOf(
      doc(
        "grp-2",
        "Marine Le Pen said the RN would vote against it. If MPs from the left-wing coalition and Le Pen's right-wing party vote in favor of the motion, it would pass.",
      ),
    );
    g.forEachNode((key, a) => {
      if (a.kind === "group") expect(g.degree(key), a.label).toBeGreaterThan(0);
    });
  });
});

describe("knowledge graph: unnamed sources", () => {
  it("makes one group of the officials of one article, named in the plural: 'a senior administration official', 'another official on the call', 'an official'", () => {
    const g = graphOf(
      doc(
        "src-1",
        "Canada will begin similar talks soon, a senior administration official said during a call with reporters. Mexico will get a five-year review, another official on the call said. The deal will get a new name, an official said. An Israeli official said the truce would hold.",
      ),
    );
    const officials = nodesNamed(g, "senior administration officials");
    expect(officials).toHaveLength(1);
    for (const words of ["similar talks", "five-year review", "a new name"]) expect(speakersOf(g, words)).toEqual(officials);
    expect(speakersOf(g, "truce would hold")).toEqual(nodesNamed(g, "Israel"));
  });
});

describe("knowledge graph: a group named by a noun alone stays in its story; a named group does not", () => {
  it("keeps each story's 'sources' apart, even resolved again as a batch, and joins 'Democrats' of one country across stories", () => {
    const g = createClaimGraph();
    for (const d of [
      doc("gaza-s", "Sources said Hamas and Israel were close to a deal on hostages. Democrats said the United States had to press Benjamin Netanyahu."),
      doc(
        "port-s",
        "Sources said the International Longshoremen's Association and the United States Maritime Alliance were far apart. Democrats said the United States needed its ports open.",
      ),
      doc("debt-s", "Sources said Kevin McCarthy and Joe Biden would meet again on Tuesday. Democrats said the United States must pay its debts."),
    ])
      mergeDocument(g, extractor.extract(d));
    consolidateGraph(g);
    expect(g.filterNodes((_, a) => a.kind === "group" && /^sources$/i.test(a.label)).length).toBeGreaterThanOrEqual(2);
    expect(g.filterNodes((_, a) => a.label === "Democrats")).toHaveLength(1);
  });
});

describe("knowledge graph: 'countries' alone is no camp across articles", () => {
  it("keeps the 'countries' of two articles of one story apart, even resolved again as a batch", () => {
    const g = createClaimGraph();
    for (const d of [
      doc("cop-a", "Countries said the offer from the European Union was too low. Small island states said the European Union had betrayed them."),
      doc(
        "cop-b",
        "Countries attending the summit agreed to a new finance target, the European Union said. Countries said the European Union had to pay more.",
      ),
    ])
      mergeDocument(g, extractor.extract(d));
    consolidateGraph(g);
    const countries = g.filterNodes((_, a) => a.kind === "group" && /^countries$/i.test(a.label));
    expect(countries.length).toBeGreaterThanOrEqual(1);
    for (const k of countries) expect(g.getNodeAttribute(k, "docs")).toHaveLength(1);
  });
});

describe("knowledge graph: resolving a batch again never joins what differs", () => {
  /** An extraction result made by hand: entities, and claims as [speaker, targets]. */
  const result = (
    id: string,
    entities: Pick<Entity, "key" | "label" | "kind">[],
    claims: [string, string[]][],
    date: string | null = null,
  ): ExtractionResult => {
    const text = `Article ${id}: ${entities.map((e) => e.label).join(", ")}.`;
    return {
      document: { id, title: id, date, source: `https://example.com/${id}`, text },
      entities: entities.map((e) => ({ ...e, aliases: [], mentions: 1 })),
      claims: claims.map(([speaker, targets], i) => ({
        id: `${id}#c${i + 1}`,
        speaker,
        stance: "states" as const,
        targets,
        addressee: null,
        summary: "",
        quote: null,
        evidence: [{ doc: id, start: 0, end: 5, text: text.slice(0, 5) }],
      })),
    };
  };
  it("does not join two people of one article through a lone surname of another article that both would take", () => {
    const g = createClaimGraph();
    const union = { key: "organization:acme-union", label: "Acme Union", kind: "organization" as const };
    const john = { key: "person:john-smith", label: "John Smith", kind: "person" as const };
    const jane = { key: "person:jane-smith", label: "Jane Smith", kind: "person" as const };
    const smith = { key: "person:smith", label: "Smith", kind: "person" as const };
    mergeDocument(
      g,
      result(
        "d1",
        [union, john, jane],
        [
          [john.key, [union.key]],
          [jane.key, [john.key]],
        ],
      ),
    );
    mergeDocument(g, result("d2", [union, smith], [[smith.key, [union.key]]]));
    consolidateGraph(g);
    expect(g.hasNode(john.key) && g.hasNode(jane.key)).toBe(true);
    for (const c of claimsOf(g)) expect(c.targets).not.toContain(c.speaker);
  });
  it("takes a lone surname that one person is also known by as no strong match of another story's namesake", () => {
    const dated = (id: string, date: string, text: string): SourceDocument => ({ ...doc(id, text), date });
    const g = buildGraph(
      [
        dated("acme", "2015-03-01", "Acme chief executive Ann Smith said the merger would go ahead. Smith said Acme would cut 300 jobs."),
        dated("globex", "2024-06-01", "Globex chairman Bob Smith rejected the takeover offer. Smith said Globex would not sell its plant."),
        dated("initech", "2020-09-01", 'Initech workers walked out on Monday. "The strike will end soon," Mr. Smith said.'),
      ].map((d) => extractor.extract(d)),
    );
    expect(g.filterNodes((_, a) => a.kind === "person" && /Smith/.test(a.label))).toHaveLength(3);
  });
  it("keeps a claim's edges together and its targets in order when one of them is joined", () => {
    const g = createClaimGraph();
    const node = (label: string) => ({ label, kind: "topic" as const, aliases: [], mentions: 1, docs: ["d1"] });
    for (const k of ["s", "x", "y", "z"]) g.addNode(k, node(k));
    const edge = (claim: string) => ({ stance: "states" as const, claim, summary: "", quote: null, addressee: null, evidence: [] });
    g.addDirectedEdgeWithKey("c1:0", "s", "x", edge("c1"));
    g.addDirectedEdgeWithKey("c1:1", "s", "z", edge("c1"));
    g.addDirectedEdgeWithKey("c2:0", "s", "y", edge("c2"));
    joinNodes(g, new Map([["x", "y"]]));
    expect(claimsOf(g).find((c) => c.id === "c1")).toMatchObject({ targets: ["y", "z"], edges: ["c1:0", "c1:1"] });
  });
});

describe("knowledge graph: 'the source' refers back", () => {
  it("gives 'the source said' to the officials who spoke before, whatever they speak for", () => {
    const g = graphOf(
      doc(
        "src-2",
        'US officials involved in the talks said that the prime minister had torpedoed their efforts. "He torpedoed everything in one speech," the source said.',
      ),
    );
    expect(speakersOf(g, "everything in one speech")).toEqual(nodesNamed(g, "United States"));
  });
});

describe("knowledge graph: the short form of a given name", () => {
  it("joins 'Rob Laurenson' and 'Robert Laurenson' of one story, and keeps 'Boris Johnson' and 'Brandon Johnson' apart", () => {
    const g = graphOf(
      doc("rob-1", "The union's co-chair Dr Rob Laurenson said the offer was an insult. Health Secretary Steve Barclay said the offer was fair."),
      doc("rob-2", "Co-chair Dr Robert Laurenson said the union would strike again. Steve Barclay said the talks were over."),
    );
    expect(g.filterNodes((_, a) => a.kind === "person" && /Laurenson/.test(a.label))).toHaveLength(1);
  });
});

describe("knowledge graph: misprints and capitals of common words", () => {
  it("reads a name one letter off a body named before as that body, not a person: 'according to Canada Past' after 'Canada Post'", () => {
    const g = graphOf(
      doc("misprint", "Canada Post said the strike was costly. Parcels will be delivered according to Canada Past, which said the backlog was large."),
    );
    expect(g.filterNodes((_, a) => a.label === "Canada Past")).toEqual([]);
    expect([...new Set(speakersOf(g, "backlog was large"))]).toEqual(nodesNamed(g, "Canada Post"));
  });
  it("reads a capital that only opens a sentence as a common word when the article writes it in lowercase: 'Mail and parcels ...'", () => {
    const g = graphOf(
      doc(
        "capitals",
        "Mail and parcels will be delivered first-in, first-out, Canada Post said. The union said the mail would pile up. Boeing said the planes were late. The union said Boeing must pay.",
      ),
    );
    expect(g.filterNodes((_, a) => a.label === "Mail" && a.kind !== "topic")).toEqual([]);
    expect(nodesNamed(g, "Boeing")).toHaveLength(1);
  });
});

describe("knowledge graph: a word that names both a place and a person or a body", () => {
  it("reads a place's name that is the surname of a person the article names as that person: 'Birmingham said', 'Senator Birmingham'", () => {
    const g = graphOf(
      doc(
        "surname",
        'Trade minister Simon Birmingham confirmed the appeal to the WTO. "We have raised our concerns many times," Birmingham said. Senator Birmingham conceded farmers could wait years. Exports from Birmingham fell.',
      ),
    );
    const person = nodesNamed(g, "Simon Birmingham");
    expect(person).toHaveLength(1);
    expect([...new Set(speakersOf(g, "raised our concerns"))]).toEqual(person);
    expect([...new Set(speakersOf(g, "farmers could wait"))]).toEqual(person);
  });
  it("joins a name guessed a place after 'at' and an organization elsewhere into one organization: 'nurses at Montefiore', 'with Montefiore'", () => {
    const g = graphOf(
      doc(
        "guesses",
        "Nurses at Montefiore went on strike. The union reached an agreement with Montefiore, a spokeswoman said. Montefiore said it was pleased.",
      ),
    );
    const named = g.filterNodes((_, a) => a.label === "Montefiore");
    expect(named).toHaveLength(1);
    expect(g.getNodeAttribute(named[0]!, "kind")).toBe("organization");
  });
  it("reads a name after 'the province of' as a place: 'the northeastern province of Arauca'", () => {
    const g = graphOf(
      doc(
        "province",
        "An attack in the northeastern province of Arauca killed two soldiers, the army said. Fighting has displaced 1,200 people in Arauca, officials said.",
      ),
    );
    expect(g.filterNodes((_, a) => a.label === "Arauca").map((k) => g.getNodeAttribute(k, "kind"))).toEqual(["place"]);
  });
  it("reads a contracted pronoun that wink keeps whole as no topic: '“I’m so proud of our nurses,” Kane said'", () => {
    const g = graphOf(doc("contraction", "“I’m so proud of the resilience of our nurses,” Pat Kane said."));
    expect(g.filterNodes((_, a) => /i’m/i.test(a.label))).toEqual([]);
  });
});

describe("knowledge graph: descriptions of a person named with an abbreviated title", () => {
  it("reads 'the governor' and 'the Republican governor' as Gov. Paul LePage, whose party the article does not name", () => {
    const g = graphOf(
      doc(
        "governor",
        "Gov. Paul LePage said Friday that he won't sign the budget. The Republican governor's opposition to the deal would force a shutdown. The governor said the tax was wrong.",
      ),
    );
    const lepage = nodesNamed(g, "Paul LePage");
    expect(lepage).toHaveLength(1);
    expect([...new Set(speakersOf(g, "force a shutdown"))]).toEqual(lepage);
    expect([...new Set(speakersOf(g, "tax was wrong"))]).toEqual(lepage);
    expect(g.filterNodes((_, a) => /governor/i.test(a.label))).toEqual([]);
  });
});

describe("knowledge graph: one name read as a party and as its members", () => {
  it("joins 'the Free Democrats' read as a group in one article and as the party in another", () => {
    const g = graphOf(
      doc("members", "The Free Democrats said the coalition talks with the conservatives had failed."),
      doc(
        "party",
        "The Free Democrats (FDP) walked out of the coalition talks, the party's leader Christian Lindner said. The conservatives said the talks had failed.",
      ),
    );
    expect(g.filterNodes((_, a) => a.label === "Free Democrats")).toHaveLength(1);
  });
});

describe("knowledge graph: capitals that open a sentence before what only a common word takes", () => {
  it("makes no organization of 'Unsurprisingly,', 'Picture:', 'Footage of a ...', 'Cooperation between ...'", () => {
    const g = graphOf(
      doc(
        "openers",
        "Unsurprisingly, the union said the offer was poor.\nFootage of a coast guard ship showed water cannons, officials said.\nCooperation between Russia and OPEC collapsed, analysts said.\nPicture: Reuters",
      ),
    );
    for (const word of ["Unsurprisingly", "Footage", "Cooperation", "Picture"])
      expect(g.filterNodes((_, a) => a.label === word && a.kind !== "topic")).toEqual([]);
  });
});

describe("knowledge graph: other names and generations", () => {
  it("reads a name in brackets after a place's name as its other name, there and later: 'Ayungin Shoal (Second Thomas Shoal)'", () => {
    const g = graphOf(
      doc(
        "shoal",
        "Chinese vessels blocked supply boats near Ayungin Shoal (Second Thomas Shoal), the coast guard said. The Philippines said Second Thomas Shoal is its territory.",
      ),
    );
    expect(nodesNamed(g, "Ayungin Shoal")).toHaveLength(1);
    expect(g.filterNodes((_, a) => a.label === "Second Thomas Shoal")).toEqual([]);
  });
  it("finds the surname before a generation's suffix: 'Marcos' after 'Ferdinand Marcos Jr.'", () => {
    const g = graphOf(doc("jr", "President Ferdinand Marcos Jr. said the Philippines would not back down. Marcos said the shoal was theirs."));
    const marcos = nodesNamed(g, "Ferdinand Marcos Jr.");
    expect(marcos).toHaveLength(1);
    expect([...new Set(speakersOf(g, "shoal was theirs"))]).toEqual(marcos);
  });
});

describe("knowledge graph: a person's name needs something of a person", () => {
  it("makes no person of capitalized names with no given name, surname's ending or title: 'New York Jets', 'Getty Images'", () => {
    const g = graphOf(doc("teams", "The New York Jets said the game would go on. Getty Images said the photos were licensed."));
    for (const name of ["New York Jets", "Getty Images"])
      expect(g.filterNodes((_, a) => a.label === name).map((k) => g.getNodeAttribute(k, "kind"))).toEqual(["organization"]);
  });
  it("keeps a person whose name the lists do not know when a mention has a title, or a title follows in apposition", () => {
    const g = graphOf(
      doc(
        "persons",
        "President Uhuru Kenyatta won the vote. Uhuru Kenyatta said the count was fair. “We have faith in the systems,” Wafula Chebukati, chairman of the electoral commission, said.",
      ),
    );
    expect(g.getNodeAttribute(nodesNamed(g, "Uhuru Kenyatta")[0]!, "kind")).toBe("person");
    expect(g.getNodeAttribute(nodesNamed(g, "Wafula Chebukati")[0]!, "kind")).toBe("person");
  });
});

describe("knowledge graph: a union's numbered unit", () => {
  it("is one node however outlets name it: 'CUPE 3903', 'CUPE Local 3903', 'the Canadian Union of Public Employees local 3903'; the union itself is another", () => {
    const g = graphOf(
      doc("unit-1", "CUPE 3903 said on Monday that all three units voted against the proposal. More than 3,000 members of CUPE Local 3903 walked off the job."),
      doc(
        "unit-2",
        "The Canadian Union of Public Employees local 3903 says all three of its bargaining units turned down the offer. CUPE said it backed the local.",
      ),
    );
    const unit = nodesNamed(g, "CUPE 3903");
    expect(unit).toHaveLength(1);
    expect(speakersOf(g, "turned down the offer")).toEqual(unit);
    expect(nodesNamed(g, "CUPE")).not.toEqual(unit);
    expect(g.filterNodes((_, a) => a.kind === "organization" && /3903/.test(a.label))).toEqual(unit);
  });
});

describe("knowledge graph: a union local of one word and a party named with a country's short form", () => {
  it("joins 'Teamsters Local 332', 'Local 332' and 'Teamsters 332', apart from the Teamsters; 'President of Local 332' names the local", () => {
    const g = graphOf(
      doc("local-1", "Teamsters Local 332 said nurses would strike. “We will win,” said Dan Glass, President of Local 332. Local 332 said the offer was bad."),
      doc("local-2", "Teamsters 332 issued a strike notice, saying nurses rejected the offer. The Teamsters said the hospital must return to the table."),
    );
    const local = nodesNamed(g, "Teamsters Local 332");
    expect(local).toHaveLength(1);
    expect(speakersOf(g, "the offer was bad")).toEqual(local);
    expect(speakersOf(g, "issued a strike notice")).toEqual(local);
    expect(speakersOf(g, "return to the table")).not.toEqual(local);
  });
  it("joins 'NZ First' and 'New Zealand First', a body, in either order", () => {
    for (const order of [
      ["NZ First said talks would go on.", "New Zealand First said it was happy."],
      ["New Zealand First said it was happy.", "NZ First said talks would go on."],
    ]) {
      const g = graphOf(doc("nz-1", `Winston Peters met David Seymour. ${order[0]}`), doc("nz-2", `Winston Peters met Christopher Luxon. ${order[1]}`));
      const party = g.filterNodes((_, a) => /First$/.test(a.label));
      expect(party).toHaveLength(1);
      expect(g.getNodeAttribute(party[0]!, "kind")).toBe("organization");
    }
  });
});

describe("knowledge graph: a body's name with shortened words", () => {
  it("joins 'Met Council' and 'Metropolitan Council' within an article and across the story, not 'Metropolitan Police'", () => {
    const g = graphOf(
      doc("met-1", "Met Council officials said their offer to the Amalgamated Transit Union was fair. The Metropolitan Council said it would not budge."),
      doc(
        "met-2",
        "The Metropolitan Council said the offer stands, and Amalgamated Transit Union leader Ryan Timlin said workers would strike. The Metropolitan Police said the rally was calm.",
      ),
    );
    const council = g.filterNodes((_, a) => /Council$/.test(a.label));
    expect(council).toHaveLength(1);
    expect(speakersOf(g, "the offer stands")).toEqual(council);
    expect(speakersOf(g, "the rally was calm")).not.toEqual(council);
  });
});

describe("knowledge graph: initials inside a name", () => {
  it("joins 'NFL Players Association', 'National Football League Players Association' and 'NFLPA' within the story", () => {
    const g = graphOf(
      doc("nfl-1", "The NFL Players Association said the owners had locked out players. DeMaurice Smith said the union would sue."),
      doc("nfl-2", "The National Football League Players Association said talks had failed. The NFLPA said it would decertify. DeMaurice Smith said no."),
    );
    expect(g.filterNodes((_, a) => /Association$|^NFLPA$/.test(a.label))).toHaveLength(1);
  });
});

describe("knowledge graph: a company's plant", () => {
  it("joins \"Ford Motor Co.'s Chicago Assembly\" and 'Chicago Assembly Plant', a place apart from Ford", () => {
    const g = graphOf(
      doc("plant-1", "UAW President Shawn Fain said the union ordered a strike at Ford Motor Co.'s Chicago Assembly."),
      doc("plant-2", "Ford said it was focused on restarting Chicago Assembly Plant, and UAW President Shawn Fain said the strike worked."),
    );
    const plant = g.filterNodes((_, a) => /Chicago Assembly/.test(a.label));
    expect(plant).toHaveLength(1);
    expect(g.getNodeAttribute(plant[0]!, "kind")).toBe("place");
    expect(g.filterNodes((_, a) => /Ford/.test(a.label) && a.kind === "organization")).toHaveLength(1);
  });
});

describe("knowledge graph: short names of institutions and members", () => {
  it("reads 'the City of Cornwall' as a local government, never a person, and 'the city' after it as that government", () => {
    const g = graphOf(
      doc("city", "The union said it met the City of Cornwall's negotiators on Thursday. The city said it had asked the union to take its offer to members."),
    );
    const city = nodesNamed(g, "City of Cornwall");
    expect(city).toHaveLength(1);
    expect(g.getNodeAttribute(city[0]!, "kind")).toBe("organization");
    expect(speakersOf(g, "had asked the union")).toEqual(city);
  });
  it("reads 'Oakland Unified' after 'Oakland Unified School District' as the district, never a person, and 'the district' as it too", () => {
    const g = graphOf(
      doc(
        "district",
        "Oakland Unified School District Superintendent Kyla Johnson-Trammell said she was pleased. The district has offered 5 percent and says it is squeezed by rising costs. Oakland Unified has about 37,000 students, the district said.",
      ),
    );
    const district = nodesNamed(g, "Oakland Unified School District");
    expect(district).toHaveLength(1);
    expect(g.filterNodes((_, a) => a.kind === "person" && /Oakland/.test(a.label))).toEqual([]);
    expect([...new Set(speakersOf(g, "offered 5 percent"))]).toEqual(district);
  });
  it("reads the head before a participle as the subject: 'The union representing the 3,000 teachers announced', 'Officials attending the talks said'", () => {
    const g = graphOf(
      doc("participle", "The union representing the 3,000 teachers announced the walkout on Saturday. Officials attending the talks said progress was slow."),
    );
    expect(g.getNodeAttribute(speakersOf(g, "announced the walkout")[0]!, "label")).toBe("union");
    expect(g.getNodeAttribute(speakersOf(g, "progress was slow")[0]!, "label")).toBe("Officials");
  });
  it("reads 'York' after 'York University' as the university, and 'its members' as members", () => {
    const g = graphOf(
      doc(
        "york",
        "York University said it was deeply disappointed with the result. York spokeswoman Ann Wexley said the offer was fair. York has suggested bringing in mediators. The union urged its members to reject the offer.",
      ),
    );
    const york = nodesNamed(g, "York University");
    expect(york).toHaveLength(1);
    expect(speakersOf(g, "bringing in mediators")).toEqual(york);
    expect(g.filterNodes((_, a) => a.label === "York")).toEqual([]);
    expect(g.filterNodes((_, a) => /^its /.test(a.label))).toEqual([]);
  });
});

describe("knowledge graph: a title that leads an article", () => {
  it("is the one person named after it who speaks, when no title is given to anyone", () => {
    const g = graphOf(
      doc(
        "lead-1",
        "The Health Secretary said she would negotiate with junior doctors if they had reasonable expectations. Victoria Atkins told the Commons it was time for the union to show it was serious.",
      ),
    );
    expect(speakersOf(g, "reasonable expectations")).toEqual(nodesNamed(g, "Victoria Atkins"));
  });
  it("counts an honorific as no title: 'Ms Atkins said' leaves 'The Health Secretary' hers", () => {
    const g = graphOf(
      doc(
        "lead-2",
        "The Health Secretary said she would negotiate with junior doctors. Victoria Atkins told the Commons the union must be serious. Ms Atkins said the strikes were damaging. The Health Secretary reiterated her position that the pay demand was unaffordable.",
      ),
    );
    const atkins = nodesNamed(g, "Victoria Atkins");
    for (const words of ["would negotiate", "pay demand was unaffordable"]) expect(speakersOf(g, words)).toEqual(atkins);
    expect(g.filterNodes((_, a) => a.kind === "person" && /secretary/i.test(a.label))).toEqual([]);
  });
});

describe("knowledge graph: chambers of parliament", () => {
  it("reads 'told the Commons' as a body, so that 'She also said' is the minister's", () => {
    const g = graphOf(doc("commons-1", "Victoria Atkins told the Commons it was time for the union to act. She also said a deal could be reached."));
    expect(g.filterNodes((_, a) => a.label === "Commons").map((k) => g.getNodeAttribute(k, "kind"))).toEqual(["organization"]);
    expect(speakersOf(g, "a deal could be reached")).toEqual(nodesNamed(g, "Victoria Atkins"));
  });
});

describe("knowledge graph: a title no name followed", () => {
  const dated = (id: string, date: string, text: string): SourceDocument => ({ ...doc(id, text), date });
  const first = "The doctors' union said the offer was an insult. The health secretary said the offer was final.";
  const later = "The doctors' union said the talks had broken down. The health secretary said the union was not serious.";
  it("is one holder across articles of the same weeks, and two across articles months apart (a new health secretary)", () => {
    const weeks = graphOf(dated("hs-1", "2023-04-01", first), dated("hs-2", "2023-04-20", later));
    expect(weeks.filterNodes((_, a) => a.kind === "person" && a.label === "health secretary")).toHaveLength(1);
    const months = graphOf(dated("hs-3", "2023-04-01", first), dated("hs-4", "2024-01-08", later));
    expect(months.filterNodes((_, a) => a.kind === "person" && a.label === "health secretary")).toHaveLength(2);
  });
  it("is the person another article of the same weeks named with that title, capitalized or not ('the Transport Secretary' is Grant Shapps)", () => {
    const named = dated(
      "ts-1",
      "2022-07-28",
      "The transport secretary said unions do not bother to put pay offers to members. Grant Shapps said the RMT had let the public down.",
    );
    const titled = dated("ts-2", "2022-08-20", "The RMT said the offer was too low. The Transport Secretary said the RMT's members should vote on the offer.");
    const g = graphOf(named, titled);
    const shapps = nodesNamed(g, "Grant Shapps");
    expect(shapps).toHaveLength(1);
    expect(speakersOf(g, "members should vote")).toEqual(shapps);
    const later = graphOf(named, dated("ts-3", "2023-02-10", "The RMT said the offer was too low. The Transport Secretary said the offer was final."));
    expect(speakersOf(later, "offer was final")).not.toEqual(nodesNamed(later, "Grant Shapps"));
  });
});
