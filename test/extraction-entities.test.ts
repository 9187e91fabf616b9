// Specification of entity recognition without a trained NER (src/extraction/entities/*):
// names and titles, organizations by keyword, the gazetteer (countries, demonyms, capitals, seats
// of government), the document registry that resolves surnames, metonyms and acronyms, and the
// topic phrases of src/extraction/topics.ts.
import { describe, expect, it } from "vitest";
import { findMentions, type Mention } from "../src/extraction/entities/mentions.js";
import { EntityRegistry, slugify } from "../src/extraction/entities/registry.js";
import { tokenize } from "../src/extraction/nlp.js";
import { canonicalTopics, singular, topicPhrases, type TopicPhrase } from "../src/extraction/topics.js";

/** The mentions of one sentence. */
function mentionsOf(text: string): Mention[] {
  const { tokens } = tokenize(text);
  return findMentions(text, tokens, 0, tokens.length);
}

function mention(text: string, name: string): Mention {
  const m = mentionsOf(text).find((x) => x.text === name);
  if (!m)
    throw new Error(
      `no mention "${name}" in: ${text} (found ${mentionsOf(text)
        .map((x) => x.text)
        .join(", ")})`,
    );
  return m;
}

const summary = (m: Mention) => ({ text: m.text, kind: m.kind, ...(m.role ? { role: m.role } : {}), ...(m.canonical ? { canonical: m.canonical } : {}) });
const summaries = (text: string) => mentionsOf(text).map(summary);

describe("findMentions: persons, titles and roles", () => {
  it("splits a title from the name: 'Ukrainian President Volodymyr Zelenskyy'", () => {
    const m = mention("Ukrainian President Volodymyr Zelenskyy said it.", "Volodymyr Zelenskyy");
    expect(m).toMatchObject({ kind: "person", role: "Ukrainian President" });
  });

  it("the demonym inside the title is an adjectival mention of its country", () => {
    const m = mention("Ukrainian President Volodymyr Zelenskyy said it.", "Ukrainian");
    expect(m).toMatchObject({ kind: "country", canonical: "Ukraine", adjectival: true });
  });

  it("the mention's text is the name alone, and roleStart is where the title starts", () => {
    const text = "On Friday, Foreign Minister Sergei Lavrov spoke.";
    const m = mention(text, "Sergei Lavrov");
    expect(text.slice(m.start, m.end)).toBe("Sergei Lavrov");
    expect(text.slice(m.roleStart, m.end)).toBe("Foreign Minister Sergei Lavrov");
  });

  it("takes a lowercase role before the name as its title: 'EU chief negotiator Michel Barnier'", () => {
    const m = mention("EU chief negotiator Michel Barnier said it.", "Michel Barnier");
    expect(m).toMatchObject({ kind: "person", role: "EU chief negotiator" });
  });

  it("takes a 'false title' (a describing noun with no article) before a full name as its role: 'after Republican contender Donald Trump told'", () => {
    expect(mention("McCain spoke after Republican contender Donald Trump told a town hall it was fine.", "Donald Trump")).toMatchObject({
      kind: "person",
      role: "Republican contender",
    });
    expect(mention("Billionaire investor Warren Buffett said so.", "Warren Buffett")).toMatchObject({ role: "investor" });
    expect(mention("Ukrainian negotiator Rustem Umerov said so.", "Rustem Umerov")).toMatchObject({ role: "Ukrainian negotiator" });
    // An article makes the noun a phrase of its own, and a time word is no title.
    expect(mention("The letter Donald Trump sent said nothing.", "Donald Trump").role).toBeUndefined();
    expect(mention("Last week Donald Trump said so.", "Donald Trump").role).toBeUndefined();
  });

  it("splits a country glued to a full name in a caption: 'Germany Angela Merkel speaks'", () => {
    expect(summaries("Germany Angela Merkel speaks during a news conference.")).toEqual([
      { text: "Germany", kind: "country", canonical: "Germany" },
      { text: "Angela Merkel", kind: "person" },
    ]);
  });
  it("a name with 'for' in it is a body's, never a person's: 'the Alternative for Germany'", () => {
    expect(mention("The Alternative for Germany said it would vote no.", "Alternative for Germany").kind).toBe("organization");
  });
  it("a person 'of' a body is two names: 'Robyn Blake Boose of CTU'; 'Virginia Department of Health' stays one", () => {
    expect(summaries("Robyn Blake Boose of CTU said the strike would go on.")).toEqual([
      { text: "Robyn Blake Boose", kind: "person" },
      { text: "CTU", kind: "organization" },
    ]);
    expect(summaries("Virginia Department of Health said so.")).toEqual([{ text: "Virginia Department of Health", kind: "organization" }]);
  });
  it("a boss is a title: 'NHLPA boss Donald Fehr'", () => {
    expect(mention("NHLPA boss Donald Fehr said the offer was a step back.", "Donald Fehr")).toMatchObject({ kind: "person", role: "NHLPA boss" });
  });
  it("a whip is a title: 'Senate Minority Whip Dick Durbin' is a person with the Senate in his title", () => {
    expect(mention("Senate Minority Whip Dick Durbin said on Sunday.", "Dick Durbin")).toMatchObject({ kind: "person", role: "Senate Minority Whip" });
  });
  it("a lone name before 'and' a whole title is a list, no part of the title: 'Trump and Vice President Mike Pence'", () => {
    expect(mention("Trump and Vice President Mike Pence met Democrats.", "Mike Pence").role).toBe("Vice President");
  });
  it("joins a whole title before 'and' to the next: 'Former Secretary of State and Democratic presidential frontrunner Hillary Clinton'", () => {
    expect(summaries("Former Secretary of State and Democratic presidential frontrunner Hillary Clinton is calling for more.")).toEqual([
      { text: "Hillary Clinton", kind: "person", role: "Former Secretary of State and Democratic presidential frontrunner" },
    ]);
  });
  it("a credential after a full name is skipped, a state after a town is not: 'Pat Kane, RN, executive director, said', 'in Berea, OH, after ...'", () => {
    expect(summaries("Pat Kane, RN, the union's executive director, said so.")[0]).toMatchObject({ text: "Pat Kane", kind: "person" });
  });
  it("a party's word before a full name is a title: 'Democrat Nancy Pelosi'", () => {
    expect(mention("Democrat Nancy Pelosi said so.", "Nancy Pelosi")).toMatchObject({ kind: "person", role: "Democrat" });
  });
  it("takes an organization and a lowercase role together: 'Boeing spokesman Doug Alder'", () => {
    expect(summaries("On Monday, Boeing spokesman Doug Alder said it.")).toEqual([
      { text: "Boeing", kind: "organization" },
      { text: "Doug Alder", kind: "person", role: "Boeing spokesman" },
    ]);
  });

  it("a union's numbered unit before the title is the employer: 'IAM District 751 President Jon Hollis'", () => {
    expect(summaries("On Friday, IAM District 751 President Jon Hollis said it.")).toEqual([
      { text: "IAM District 751", kind: "organization" },
      { text: "Jon Hollis", kind: "person", role: "IAM District 751 President" },
    ]);
  });

  it("keeps the employer at the start of a sentence: 'Leicester manager Graham Tovey said'", () => {
    expect(summaries("Leicester manager Graham Tovey said it.")).toEqual([
      { text: "Leicester", kind: "organization" },
      { text: "Graham Tovey", kind: "person", role: "Leicester manager" },
    ]);
    expect(summaries("Boeing chief executive Kelly Ortberg said it.")[0]).toEqual({ text: "Boeing", kind: "organization" });
  });

  it("a capitalized title word is no employer: 'Shadow home secretary Chris Philp said'", () => {
    expect(summaries("Shadow home secretary Chris Philp said it.").map((m) => m.text)).toEqual(["Chris Philp"]);
  });

  it("reads a surname that wink tags as a verb before a speech verb: 'Speaking on Tuesday, Cooper said'", () => {
    expect(mentionsOf("Speaking in the Commons on Tuesday, Cooper said the reforms would work.").map((m) => m.text)).toContain("Cooper");
  });

  it("still reads a sentence-initial plural or common noun as no name: 'Protesters gathered', 'Officials said'", () => {
    expect(summaries("Protesters gathered outside.")).toEqual([]);
    expect(summaries("Negotiators met in Geneva.").map((m) => m.text)).toEqual(["Geneva"]);
  });

  it("takes several lowercase words of a role: 'the election commission chairman Ivan Petrov'", () => {
    expect(mention("The vote was run by the election commission chairman Ivan Petrov.", "Ivan Petrov").role).toBe("election commission chairman");
  });

  it("splits honorifics from the name: 'Mr. Smith', 'Dr. Jones', 'Sen. Elizabeth Warren'", () => {
    expect(summaries("Mr. Smith met Dr. Jones and Sen. Elizabeth Warren.")).toEqual([
      { text: "Smith", kind: "person", role: "Mr." },
      { text: "Jones", kind: "person", role: "Dr." },
      { text: "Elizabeth Warren", kind: "person", role: "Sen." },
    ]);
  });

  it("finds two titled persons joined by 'and'", () => {
    expect(summaries("Prime Minister Keir Starmer and President Donald Trump met.")).toEqual([
      { text: "Keir Starmer", kind: "person", role: "Prime Minister" },
      { text: "Donald Trump", kind: "person", role: "President" },
    ]);
  });

  it("a name of two capitalized words is a person", () => {
    expect(summaries("He met Xi Jinping on Monday.")).toEqual([{ text: "Xi Jinping", kind: "person" }]);
  });

  it("keeps names with accented letters whole: 'Ayşe Yılmaz'", () => {
    expect(summaries("He met Ayşe Yılmaz in Ankara.")[0]).toEqual({ text: "Ayşe Yılmaz", kind: "person" });
  });

  it("a month after a given name is a surname ('Theresa May'), a month alone is not a name", () => {
    expect(summaries("It happened in May, said Theresa May.")).toEqual([{ text: "Theresa May", kind: "person" }]);
  });

  it("a title with no name is not a mention: 'the Foreign Minister'", () => {
    expect(mentionsOf("He said the Foreign Minister would go.")).toEqual([]);
  });

  it("'Maria Castellanos of New Mexico' is a person and the place she is from", () => {
    expect(summaries("Maria Castellanos of New Mexico said it.")).toEqual([
      { text: "Maria Castellanos", kind: "person" },
      { text: "New Mexico", kind: "place", canonical: "New Mexico" },
    ]);
  });

  // Name particles ("al-", "bin") are part of a person's name, lowercase as they are.
  it("a name with an Arabic particle is a person: 'Khalid al-Mansouri'", () => {
    expect(mention("On Monday, Khalid al-Mansouri spoke.", "Khalid al-Mansouri").kind).toBe("person");
  });

  // wink splits "Secretary-General" into three tokens; the rest of a hyphenated title is no name.
  it("'the UN Secretary-General' with no name is not a person named '-General'", () => {
    expect(mentionsOf("He met the UN Secretary-General on Monday.").filter((m) => m.kind === "person")).toEqual([]);
  });
});

describe("findMentions: organizations", () => {
  it("a run with an organization keyword is an organization: 'Seattle Times'", () => {
    expect(summaries("The Seattle Times reported it.")).toEqual([{ text: "Seattle Times", kind: "organization" }]);
  });

  it("keeps connectors inside an organization name: 'International Association of Machinists'", () => {
    expect(summaries("It was backed by the International Association of Machinists on Monday.")).toEqual([
      { text: "International Association of Machinists", kind: "organization" },
    ]);
  });

  // A number after a capitalized word joins the name of an organization: the union local.
  it("keeps the number of a union local: 'International Association of Machinists District 751'", () => {
    expect(summaries("It was backed by the International Association of Machinists District 751 on Monday.")).toEqual([
      { text: "International Association of Machinists District 751", kind: "organization" },
    ]);
  });

  it("a corporate suffix stays in the mention: 'Acme Corp.'", () => {
    expect(summaries("He said Acme Corp. would cut jobs.")).toEqual([{ text: "Acme Corp.", kind: "organization" }]);
  });

  it("international organizations come from the gazetteer, acronyms included", () => {
    expect(summaries("Officials from the European Union and NATO met.")).toEqual([
      { text: "European Union", kind: "organization", canonical: "European Union" },
      { text: "NATO", kind: "organization", canonical: "North Atlantic Treaty Organization" },
    ]);
  });

  it("a multi-word gazetteer name wins as a whole: 'the Red Cross'", () => {
    expect(mention("He spoke to the Red Cross.", "Red Cross")).toMatchObject({ kind: "organization" });
  });
});

describe("findMentions: bodies named after a place", () => {
  it("a place's name after a first word that is no given name makes a body's name: 'Air Canada', 'Care New England'; 'Michael Jordan' stays a person", () => {
    expect(mention("On Monday, Air Canada said the talks were stalled.", "Air Canada").kind).toBe("organization");
    expect(mention("On Monday, Care New England said the talks were stalled.", "Care New England").kind).toBe("organization");
    expect(mention("On Monday, Michael Jordan said the talks were stalled.", "Michael Jordan").kind).toBe("person");
  });
  it("a body's keyword and 'of' open a name at the start of a sentence: 'Bank of America said', 'University of Michigan researchers'", () => {
    expect(summaries("Bank of America said the deal was good.")).toEqual([{ text: "Bank of America", kind: "organization" }]);
    expect(summaries("University of Michigan researchers said so.")).toEqual([{ text: "University of Michigan", kind: "organization" }]);
  });
  it("a tribunal is a body and a shoal a place: 'Competition Appeal Tribunal', 'Second Thomas Shoal'", () => {
    expect(mention("The Competition Appeal Tribunal said so.", "Competition Appeal Tribunal").kind).toBe("organization");
    expect(mention("Ships blocked the Second Thomas Shoal on Monday.", "Second Thomas Shoal").kind).toBe("place");
  });
  it("a time zone after a clock time is no name: '12:01 a.m. ET'", () => {
    expect(mentionsOf("Pilots could strike at 12:01 a.m. ET on Sunday.").map((m) => m.text)).toEqual([]);
  });
});

describe("findMentions: names from a blind count on new stories (writers' strike, UPS, Greek bailout, Brexit)", () => {
  it("a person's full name before 'and' is a name of its own: 'Mr Juncker and European Central Bank chief Mario Draghi'", () => {
    expect(summaries("Mr Juncker and European Central Bank chief Mario Draghi met on Monday.")).toEqual([
      { text: "Juncker", kind: "person", role: "Mr" },
      { text: "European Central Bank", kind: "organization", canonical: "European Central Bank" },
      { text: "Mario Draghi", kind: "person", role: "European Central Bank chief" },
    ]);
  });
  it("a body 'of' the makers it gathers keeps its 'and': 'Alliance of Motion Picture and Television Producers'", () => {
    expect(summaries("The Alliance of Motion Picture and Television Producers said no.")).toEqual([
      { text: "Alliance of Motion Picture and Television Producers", kind: "organization" },
    ]);
  });
  it("a guild is a body, and a reporter a title: 'Writers Guild of America East', 'News Reporter Priscilla Liguori'", () => {
    expect(mention("Writers Guild of America East members picketed.", "Writers Guild of America East").kind).toBe("organization");
    expect(mention("Reporter Priscilla Liguori said the strike was over.", "Priscilla Liguori")).toMatchObject({ kind: "person", role: "Reporter" });
  });
  it("a day named is an event and a field, park or line a place, unless a given name opens it: 'Opening Day', 'Chase Field', 'Sally Field'", () => {
    expect(mention("On Monday, Opening Day was cancelled.", "Opening Day").kind).toBe("topic");
    expect(mention("Fans at Soldier Field booed.", "Soldier Field").kind).toBe("place");
    expect(mention("On Monday, Sally Field said so.", "Sally Field").kind).toBe("person");
  });
  it("a page's label in capitals is no initials: 'UPDATE: SEPTA said ...'", () => {
    expect(summaries("UPDATE: SEPTA said the strike was over.")).toEqual([{ text: "SEPTA", kind: "organization" }]);
  });
  it("'Late Wednesday', 'Brexit', 'on Twitter': no organization 'Late', Brexit an issue, Twitter no place", () => {
    expect(summaries("Late Wednesday, the Teamsters said the deal was done.")).toEqual([{ text: "Teamsters", kind: "organization" }]);
    expect(mention("The minister said Brexit would hurt farmers.", "Brexit").kind).toBe("topic");
    expect(mention("Barnier posted a message on Twitter showing himself.", "Twitter").kind).not.toBe("place");
  });
});

describe("EntityRegistry: a company's short name", () => {
  it("reads 'Charter' after 'Charter Communications' as that company (a trade's word only says what it is)", () => {
    const r = new EntityRegistry();
    const long = r.resolve(mention("Charter Communications said the talks failed.", "Charter Communications"));
    const short = r.resolve(mention("Later, Charter said Disney wanted too much.", "Charter"));
    expect(short.key).toBe(long.key);
  });
});

describe("findMentions: places by their last word", () => {
  it("a corridor, a crossing, heights and a bridge are places, not persons of two capitalized words", () => {
    const text = "The soldiers would stay in the Netzarim Corridor, at the Rafah Crossing, on the Golan Heights and by the Kerch Bridge.";
    expect(mentionsOf(text).map((m) => [m.text, m.kind])).toEqual([
      ["Netzarim Corridor", "place"],
      ["Rafah Crossing", "place"],
      ["Golan Heights", "place"],
      ["Kerch Bridge", "place"],
    ]);
  });
  it("a capitalized plural of a common noun is no person: 'the Gulf Coasts' a place, 'Ocean Carriers' and 'our Longshoremen' a group; 'Joan Rivers' still a person", () => {
    const text =
      "The pickets stood along the Gulf Coasts. The union blamed foreign owned Ocean Carriers, not our Longshoremen. Joan Rivers and Tyra Banks spoke.";
    expect(mentionsOf(text).map((m) => [m.text, m.kind])).toEqual([
      ["Gulf Coasts", "place"],
      ["Ocean Carriers", "group"],
      ["Longshoremen", "group"],
      ["Joan Rivers", "person"],
      ["Tyra Banks", "person"],
    ]);
  });
});

describe("findMentions: the employer before a title", () => {
  it("keeps the employer's whole name, title words and a place's name inside it: 'Amalgamated Transit Union Local 1005', 'Chicago Teachers Union', 'Canadian Union of Postal Workers'", () => {
    const of = (text: string) => mentionsOf(text).map((m) => [m.text, m.kind]);
    expect(of("Amalgamated Transit Union Local 1005 President Ryan Timlin says no.")).toEqual([
      ["Amalgamated Transit Union Local 1005", "organization"],
      ["Ryan Timlin", "person"],
    ]);
    expect(of("Chicago Teachers Union President Stacy Davis Gates said no.")).toEqual([
      ["Chicago Teachers Union", "organization"],
      ["Stacy Davis Gates", "person"],
    ]);
    expect(of("Canadian Union of Postal Workers President Jan Simpson said no.")).toEqual([
      ["Canadian Union of Postal Workers", "organization"],
      ["Jan Simpson", "person"],
    ]);
  });
  it("takes a portfolio or a whole title for no employer: 'Foreign Affairs Minister', 'Union Health Minister'", () => {
    expect(mentionsOf("Foreign Affairs Minister Chrystia Freeland said no.").map((m) => [m.text, m.role])).toEqual([
      ["Chrystia Freeland", "Foreign Affairs Minister"],
    ]);
    expect(mentionsOf("Union Health Minister Mansukh Mandaviya said no.").map((m) => [m.text, m.role])).toEqual([
      ["Mansukh Mandaviya", "Union Health Minister"],
    ]);
  });
});

describe("findMentions: military titles and outlets (from the seventh session's blind reads)", () => {
  it("takes Brig., Maj. and Capt. for titles, 'Saudi Arabian' for Saudi Arabia and 'The Associated Press' for one body", () => {
    const of = (text: string) => mentionsOf(text).map((m) => [m.text, m.kind, m.role ?? ""]);
    expect(of("Brig. Nabil Abdalla said yes.")).toEqual([["Nabil Abdalla", "person", "Brig."]]);
    expect(of("They met in the Saudi Arabian port city of Jeddah.")[0]).toEqual(["Saudi Arabian", "country", ""]);
    expect(of("The army told The Associated Press that talks were off.")).toEqual([["Associated Press", "organization", ""]]);
  });
});

describe("findMentions: places by their first word", () => {
  it("a gulf, a strait, a bay or an isle 'of' a name is a place: 'Gulf of Mexico', 'Strait of Hormuz'", () => {
    const text = "They crossed the Gulf of Mexico, the Strait of Hormuz and the Bay of Bengal.";
    expect(mentionsOf(text).map((m) => [m.text, m.kind])).toEqual([
      ["Gulf of Mexico", "place"],
      ["Strait of Hormuz", "place"],
      ["Bay of Bengal", "place"],
    ]);
  });
});

describe("findMentions: apostrophes", () => {
  it("a contraction that wink keeps whole is no name: '“I’m not going to ...”', 'It’s assumed'", () => {
    const text = "“I’m not going to comment,” Ley said. It’s assumed the council agreed.";
    expect(mentionsOf(text).map((m) => m.text)).toEqual(["Ley"]);
  });
  it("'Opposition Leader' is a title, no employer named 'Opposition'", () => {
    expect(mentionsOf("The talks would go on, said Opposition Leader Sussan Ley.").map((m) => [m.text, m.kind, m.role])).toEqual([
      ["Sussan Ley", "person", "Opposition Leader"],
    ]);
  });
  it("a surname with O’ is a person's: 'Conan O’Brien'", () => {
    expect(mentionsOf("Conan O’Brien said so.").map((m) => [m.text, m.kind])).toEqual([["Conan O’Brien", "person"]]);
  });
});

describe("findMentions: names that a reading of runs splits or glues wrongly", () => {
  it("joins a name whose initials the brackets give, and finds the gazetteer's body whatever the spelling: 'Organisation for Security and Co-Operation in Europe (OSCE)'", () => {
    const found = mentionsOf("Sweden will chair the Organisation for Security and Co-Operation in Europe (OSCE) next year.");
    expect(found.map((m) => [m.text, m.canonical])).toEqual([
      ["Sweden", "Sweden"],
      ["Organisation for Security and Co-Operation in Europe", "Organization for Security and Co-operation in Europe"],
      ["OSCE", "Organization for Security and Co-operation in Europe"],
    ]);
  });
  it("joins a name with lowercase words before its bracketed initials: 'the Rail Maritime and Transport workers union (RMT)'", () => {
    const found = mentionsOf("Mick Lynch, the General Secretary of the Rail Maritime and Transport workers union (RMT), defended the decision.");
    expect(found.map((m) => m.text)).toEqual(expect.arrayContaining(["Rail Maritime and Transport workers union", "RMT"]));
    expect(found.map((m) => m.text)).not.toContain("Rail Maritime");
  });
  it("reads a lone word listed beside a place as a place: 'the Kharkov and Kherson regions', 'in Bucha, Izium and Mariupol'", () => {
    const found = mentionsOf("The troops advanced in the Kharkov and Kherson regions after the atrocities in Bucha, Izium and Mariupol.");
    expect(found.filter((m) => m.kind !== "place").map((m) => m.text)).toEqual([]);
    expect(found.map((m) => m.text)).toEqual(expect.arrayContaining(["Kharkov", "Izium"]));
  });
  it("splits a long title from the name after it: 'French Minister for Europe and Foreign Affairs Jean-Noël Barrot'", () => {
    const found = mentionsOf("This was stated by French Minister for Europe and Foreign Affairs Jean-Noël Barrot in Kyiv.");
    expect(found.find((m) => m.kind === "person")).toMatchObject({ text: "Jean-Noël Barrot", role: "French Minister for Europe and Foreign Affairs" });
    expect(found.map((m) => m.text)).not.toContain("Europe");
  });
  it("reads a word after a guillemet as a sentence's first word: '«Such conditions are unacceptable»'", () => {
    expect(mentionsOf("«Such conditions are unacceptable,» Deputy Foreign Minister Alexander Grushko said.").map((m) => m.text)).toEqual(["Alexander Grushko"]);
  });
});

describe("findMentions: documents, numbers and titles (from the ninth session's blind reads)", () => {
  it("keeps a document's title whole over its small words, a topic: 'the Agreement on the Path to Normalization of Relations between Kosovo and Serbia'", () => {
    for (const [sentence, title] of [
      [
        "The EU said the Agreement on the Path to Normalization of Relations between Kosovo and Serbia was binding.",
        "Agreement on the Path to Normalization of Relations between Kosovo and Serbia",
      ],
      ["Kurti said the Declaration on Missing Persons was adopted.", "Declaration on Missing Persons"],
      ["The union said the Keeping Students in Class Act was a bullying tactic.", "Keeping Students in Class Act"],
      ["Iran said the Treaty on the Non-Proliferation of Nuclear Weapons was unfair.", "Treaty on the Non-Proliferation of Nuclear Weapons"],
    ] as const)
      expect(mention(sentence, title).kind).toBe("topic");
  });
  it("keeps two coordinated titles apart: 'the Hollywood Basic Agreement and Videotape Agreement'", () => {
    expect(mentionsOf("IATSE reached a deal on the Hollywood Basic Agreement and Videotape Agreement.").map((m) => m.text)).toEqual(
      expect.arrayContaining(["Hollywood Basic Agreement", "Videotape Agreement"]),
    );
  });
  it("ends a document's title before a date or a place: 'the Paris Agreement on Friday', 'the Minsk Agreement in Ukraine'", () => {
    expect(mentionsOf("They signed the Paris Agreement on Friday.").map((m) => m.text)).toContain("Paris Agreement");
    expect(mentionsOf("Kyiv said the Minsk Agreement in Ukraine failed.").map((m) => m.text)).toEqual(expect.arrayContaining(["Minsk Agreement", "Ukraine"]));
  });
  it("keeps a document's number: 'Bill 28', 'Article 5' (not 'Bill Clinton said 28 people')", () => {
    expect(mention("The union said Bill 28 was unconstitutional.", "Bill 28").kind).toBe("topic");
    expect(mention("NATO said Article 5 applied.", "Article 5").kind).toBe("topic");
    expect(mention("Bill Clinton said 28 people came.", "Bill Clinton").kind).toBe("person");
  });
  it("opens a name with a digit glued to capitals: 'the Danish union 3F Transport', but no '$5M'", () => {
    expect(mentionsOf("The Danish union 3F Transport said it would block the ships.").map((m) => m.text)).toContain("3F Transport");
    expect(mentionsOf("The company paid $5M for 20M users.")).toEqual([]);
  });
  it("reads naira amounts as amounts and 'Comrade' as an honorific: 'the N35,000 wage award', 'N617 per litre', 'Comrade Joe Ajaero'", () => {
    expect(mentionsOf("Comrade Joe Ajaero said the N35,000 wage award and N617 per litre were too much.").map(summary)).toEqual([
      { text: "Joe Ajaero", kind: "person", role: "Comrade" },
    ]);
  });
  it("leaves a plural title shared by a pair out of the first name: 'Presidents Paul Kagame and Félix Tshisekedi'", () => {
    expect(mention("Presidents Paul Kagame and Félix Tshisekedi signed the deal.", "Paul Kagame")).toMatchObject({ kind: "person", role: "Presidents" });
  });
});

describe("findMentions: names from the tenth session's blind reads (budget, labour and ceasefire stories)", () => {
  it("keeps one body's name over an inner 'and' after 'the': 'the Monitoring and Coordination Committee', 'the Climate and Transformation Fund'", () => {
    expect(mention("The Monitoring and Coordination Committee met.", "Monitoring and Coordination Committee").kind).toBe("organization");
    expect(mention("The court struck down the Climate and Transformation Fund plan.", "Climate and Transformation Fund").kind).toBe("organization");
    expect(mentionsOf("According to the Armed Conflict Location and Event Data Project, 1,800 died.").map((m) => m.text)).toEqual([
      "Armed Conflict Location and Event Data Project",
    ]);
  });
  it("reads a caucus of a house as a body, not a person titled 'House': 'the House Freedom Caucus'", () => {
    expect(mention("The House Freedom Caucus said it opposed the bill.", "House Freedom Caucus").kind).toBe("organization");
  });
  it("finds no name in a slogan in capitals, but keeps acronyms", () => {
    expect(mentionsOf('Farmers carried placards reading "YOUR POLITICS ARE A DECLARATION OF WAR AGAINST FARMERS".').map((m) => m.text)).toEqual([]);
    expect(mentionsOf("The AFL-CIO and the US said talks failed.").map((m) => m.text)).toEqual(["AFL-CIO", "US"]);
  });
  it("ends a body's name in a title before the person's name: 'the Governor of the Bank of England Andrew Bailey', 'the general secretary of the Royal College of Nursing Pat Cullen'", () => {
    expect(mention("The Governor of the Bank of England Andrew Bailey said so.", "Andrew Bailey").kind).toBe("person");
    expect(mention("The offer came from the general secretary of the Royal College of Nursing Pat Cullen, who said so.", "Pat Cullen").kind).toBe("person");
    expect(mention("Speaker of the House Kevin McCarthy said so.", "Kevin McCarthy")).toMatchObject({ kind: "person", role: "Speaker of the House" });
  });
  it("reads a portfolio or a title's word as no employer: 'Research Minister', 'Infrastructure Minister', 'Supreme Leader'", () => {
    expect(mentionsOf("Volker Wissing will also take over as Research Minister.").map((m) => m.text)).not.toContain("Research");
    expect(mentionsOf("Ukraine's Infrastructure Minister Oleksandr Kubrakov said so.").map((m) => m.text)).not.toContain("Infrastructure");
    expect(mention("Iran's Supreme Leader Ayatollah Ali Khamenei said so.", "Ali Khamenei").kind).toBe("person");
    expect(mentionsOf("Iran's Supreme Leader Ayatollah Ali Khamenei said so.").map((m) => m.text)).not.toContain("Supreme");
    expect(mention("The Supreme Court said the law was void.", "Supreme Court").kind).toBe("organization");
  });
  it("reads where a body is based as a place, and a capitalized noun after 'his' as no name: 'the Pittsburgh-based company', 'his Administration'", () => {
    expect(mention("The Pittsburgh-based company said it would fight.", "Pittsburgh").kind).toBe("place");
    expect(mentionsOf("We thank President Trump and his Administration for their support.").map((m) => m.text)).toEqual(["Trump"]);
  });
  it("reads 'U.S.' after a hyphen as one abbreviation: 'the Saudi-U.S. initiative'", () => {
    expect(mentionsOf("The RSF said it backs the Saudi-U.S. initiative.").map(summary)).toEqual(
      expect.arrayContaining([expect.objectContaining({ text: "U.S.", canonical: "United States" })]),
    );
  });
  it("reads the informal demonyms 'Aussie' and 'Kiwi' as their countries'", () => {
    expect(mention("Engineers accused the Aussie airline of lying.", "Aussie")).toMatchObject({ kind: "country", canonical: "Australia", adjectival: true });
    expect(mention("The Kiwi government said so.", "Kiwi")).toMatchObject({ canonical: "New Zealand", adjectival: true });
  });
});

describe("findMentions: a possessive inside a name", () => {
  it("a capitalized noun of people or a title, its possessive and a name make one name: 'Queen's Park', 'the Women's March', 'Children's Hospital'", () => {
    const text = "The union rallied outside Queen’s Park. The Women's March and Children's Hospital backed the nurses.";
    expect(mentionsOf(text).map((m) => [m.text, m.kind])).toEqual([
      ["Queen’s Park", "place"],
      ["Women's March", "organization"],
      ["Children's Hospital", "place"],
    ]);
  });
});

describe("findMentions: countries, demonyms, capitals and seats (gazetteer)", () => {
  it("a country name is a country", () => {
    expect(summaries("They met in Germany on Monday.")).toEqual([{ text: "Germany", kind: "country", canonical: "Germany" }]);
  });

  it("an alias of a country names it: 'US' -> United States", () => {
    expect(mention("He met US envoys.", "US")).toMatchObject({ kind: "country", canonical: "United States" });
  });

  it("a demonym is an adjectival mention of its country: 'French officials', 'Russian forces'", () => {
    expect(mention("French officials met Russian envoys.", "French")).toMatchObject({ kind: "country", canonical: "France", adjectival: true });
    expect(mention("French officials met Russian envoys.", "Russian")).toMatchObject({ canonical: "Russia", adjectival: true });
  });

  it("a plural demonym names the people, a group of its country: 'Ukrainians and Americans'", () => {
    expect(summaries("Ukrainians and Americans met.")).toEqual([
      { text: "Ukrainians", kind: "group", canonical: "Ukrainians" },
      { text: "Americans", kind: "group", canonical: "Americans" },
    ]);
    expect(mention("Palestinians protested.", "Palestinians")).toMatchObject({ gazetteer: { via: "people", country: "Palestine" } });
  });

  it("a run of country names is one mention each: 'Germany France and Italy'", () => {
    expect(summaries("Germany France and Italy signed.").map((m) => m.text)).toEqual(["Germany", "France", "Italy"]);
  });

  it("a capital is a place, remembered as its country's capital", () => {
    const m = mention("Russia launched strikes on Kyiv overnight.", "Kyiv");
    expect(m).toMatchObject({ kind: "place", gazetteer: { via: "capital", country: "Ukraine" } });
  });

  it("the Kremlin is an institution of Russia", () => {
    expect(mention("The Kremlin said no.", "Kremlin")).toMatchObject({
      kind: "organization",
      canonical: "Kremlin",
      gazetteer: { via: "seat", country: "Russia" },
    });
  });

  it("the White House is an institution of the United States", () => {
    expect(mention("The White House said yes.", "White House")).toMatchObject({
      kind: "organization",
      canonical: "White House",
      gazetteer: { country: "United States" },
    });
  });

  it("a US state and a city are places", () => {
    expect(summaries("She spoke in Moscow, Idaho.")).toEqual([
      { text: "Moscow", kind: "place", canonical: "Moscow" },
      { text: "Idaho", kind: "place", canonical: "Idaho" },
    ]);
  });
});

describe("findMentions: offsets", () => {
  it("every mention's text is the text at its offsets", () => {
    const text = "“We won’t,” said Ukrainian President Volodymyr Zelenskyy, after Russian strikes on Kyiv and talks with the White House and Ayşe Yılmaz.";
    const ms = mentionsOf(text);
    expect(ms.length).toBeGreaterThanOrEqual(5);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe("slugify", () => {
  it("makes a lowercase, hyphenated key part", () => {
    expect(slugify("Volodymyr Zelenskyy")).toBe("volodymyr-zelenskyy");
  });

  it("folds accents and dotless i", () => {
    expect(slugify("Recep Tayyip Erdoğan")).toBe("recep-tayyip-erdogan");
    expect(slugify("Ayşe Yılmaz")).toBe("ayse-yilmaz");
  });

  it("drops possessives and punctuation", () => {
    expect(slugify("Zelenskyy’s")).toBe("zelenskyy");
    // (Initials with their periods are one word: "U.S." and "US" are one key.)
    expect(slugify("U.S.-backed plan")).toBe("us-backed-plan");
  });

  it("never returns an empty slug", () => {
    expect(slugify(" -- ")).toBe("x");
  });
});

describe("EntityRegistry: coreference of names", () => {
  const text = "Bryan Corliss spoke first. Then Corliss spoke again.";

  it("resolves a surname to the full name learned from the document", () => {
    const r = new EntityRegistry();
    r.learnPersons(mentionsOf(text));
    const full = r.resolve(mention(text, "Bryan Corliss"));
    const surname = r.resolve(mention(text, "Corliss"));
    expect(surname).toBe(full);
    expect(full).toMatchObject({ key: "person:bryan-corliss", label: "Bryan Corliss", aliases: ["Corliss"], mentions: 2 });
  });

  it("a lone word of no known kind that opens a place's name is that place: 'the Philadelphi axis' after 'the Philadelphi Corridor'", () => {
    const t = "Israel will keep the Philadelphi Corridor. Control of the Philadelphi axis matters.";
    const r = new EntityRegistry();
    r.learnPersons(mentionsOf(t));
    const place = r.resolve(mention(t, "Philadelphi Corridor"));
    expect(place.kind).toBe("place");
    expect(r.resolve(mention(t, "Philadelphi"))).toBe(place);
  });

  it("resolves a surname met before the full name to the same person", () => {
    const t = "Corliss spoke first. Then Bryan Corliss spoke again.";
    const r = new EntityRegistry();
    r.learnPersons(mentionsOf(t));
    const first = r.resolve(mention(t, "Corliss"));
    expect(first.key).toBe("person:bryan-corliss");
    expect(r.resolve(mention(t, "Bryan Corliss"))).toBe(first);
  });

  // The full name labels the person whichever comes first.
  it("labels a person by the full name even when the surname comes first", () => {
    const t = "Corliss spoke first. Then Bryan Corliss spoke again.";
    const r = new EntityRegistry();
    r.learnPersons(mentionsOf(t));
    const first = r.resolve(mention(t, "Corliss"));
    r.resolve(mention(t, "Bryan Corliss"));
    expect(first.label).toBe("Bryan Corliss");
  });

  it("does not resolve a surname that two persons of the document share", () => {
    const t = "Ann Lee met Bo Lee. Then Lee left.";
    const r = new EntityRegistry();
    const ms = mentionsOf(t);
    r.learnPersons(ms);
    const keys = ms.map((m) => r.resolve(m).key);
    expect(keys.slice(0, 2)).toEqual(["person:ann-lee", "person:bo-lee"]);
    expect(keys[2]).not.toMatch(/^person:(ann|bo)-lee$/);
  });

  it("adds the title and name as an alias and remembers the role words", () => {
    const t = "Ukrainian President Volodymyr Zelenskyy spoke.";
    const r = new EntityRegistry();
    const e = r.resolve(mention(t, "Volodymyr Zelenskyy"));
    expect(e.aliases).toContain("Ukrainian President Volodymyr Zelenskyy");
    expect([...e.roles]).toEqual(["ukrainian", "president"]);
  });

  it("names an organization without its corporate suffix and keeps the suffixed form as an alias", () => {
    const t = "Acme Corp. met Acme.";
    const r = new EntityRegistry();
    const ms = mentionsOf(t);
    const [a, b] = ms.map((m) => r.resolve(m));
    expect(a).toBe(b);
    expect(a).toMatchObject({ key: "organization:acme", label: "Acme", aliases: ["Acme Corp."] });
  });

  it("gives a gazetteer entity its canonical name and keeps the surface form as an alias", () => {
    const r = new EntityRegistry();
    const e = r.resolve(mention("He met US envoys.", "US"));
    expect(e).toMatchObject({ key: "country:united-states", label: "United States", kind: "country", aliases: ["US"] });
  });
});

describe("EntityRegistry: metonyms", () => {
  it("a capital that speaks is its country: Kyiv -> Ukraine", () => {
    const r = new EntityRegistry();
    const e = r.resolve(mention("Kyiv said it would not.", "Kyiv"), true);
    expect(e).toMatchObject({ key: "country:ukraine", label: "Ukraine", kind: "country", aliases: ["Kyiv"] });
  });

  it("a capital that does not speak is a place: 'strikes on Kyiv'", () => {
    const r = new EntityRegistry();
    const e = r.resolve(mention("Russia launched strikes on Kyiv overnight.", "Kyiv"), false);
    expect(e).toMatchObject({ key: "place:kyiv", label: "Kyiv", kind: "place" });
  });

  it("Moscow speaking is Russia, Washington speaking is the United States, Beijing speaking is China", () => {
    const r = new EntityRegistry();
    expect(r.resolve(mention("Moscow rejected the plan.", "Moscow"), true).key).toBe("country:russia");
    expect(r.resolve(mention("Officials said Washington rejected it.", "Washington"), true).key).toBe("country:united-states");
    expect(r.resolve(mention("Officials said Beijing rejected it.", "Beijing"), true).key).toBe("country:china");
  });

  it("Brussels speaking is the European Union", () => {
    const r = new EntityRegistry();
    expect(r.resolve(mention("Officials said Brussels rejected it.", "Brussels"), true)).toMatchObject({ label: "European Union" });
  });

  it("the Kremlin is one organization whether or not it speaks", () => {
    const r = new EntityRegistry();
    expect(r.resolve(mention("The Kremlin said no.", "Kremlin"), true).key).toBe("organization:kremlin");
    expect(r.resolve(mention("He flew to the Kremlin.", "Kremlin"), false).key).toBe("organization:kremlin");
  });

  it("the White House belongs to the United States, named in the article or not", () => {
    const r = new EntityRegistry();
    const wh = r.resolve(mention("The White House said yes.", "White House"), true);
    expect(r.entities().find((e) => e.key === wh.key)?.affiliations).toEqual([{ entity: "country:united-states", role: "" }]);
    const us = r.resolve(mention("The United States agreed.", "United States"));
    expect(wh.affiliatedWith).toEqual([us]);
  });

  it("a demonym and the country's name are one entity", () => {
    const r = new EntityRegistry();
    const a = r.resolve(mention("Russian forces advanced.", "Russian"));
    const b = r.resolve(mention("He said Russia would win.", "Russia"));
    expect(a).toBe(b);
  });
});

describe("EntityRegistry: groups, recency and output", () => {
  it("a group is an entity of its own, keyed by kind and label", () => {
    const r = new EntityRegistry();
    const g = r.group("union leaders", "group", 10, true);
    expect(g).toMatchObject({ key: "group:union-leaders", label: "union leaders", kind: "group", lastSpoke: 10 });
    expect(r.group("union leaders", "group", 40, false)).toBe(g);
    expect(g.mentions).toBe(2);
  });

  it("mostRecent prefers the latest speaker before a position", () => {
    const r = new EntityRegistry();
    const ann = r.group("Ann", "person", 0, true);
    r.group("Bo", "person", 20, false);
    expect(r.mostRecent((e) => e.kind === "person", 30)?.key).toBe(ann.key);
  });

  it("mostRecent without the speaker preference takes the latest mention", () => {
    const r = new EntityRegistry();
    r.group("Ann", "person", 0, true);
    const bo = r.group("Bo", "person", 20, false);
    expect(r.mostRecent((e) => e.kind === "person", 30, false)).toBe(bo);
  });

  it("mostRecent ignores what comes after the position", () => {
    const r = new EntityRegistry();
    const ann = r.group("Ann", "person", 0, false);
    r.group("Bo", "person", 50, true);
    expect(r.mostRecent((e) => e.kind === "person", 30)).toBe(ann);
    expect(r.mostRecent((e) => e.kind === "country", 30)).toBeNull();
  });

  it("entities() returns plain Entities: key, label, kind, aliases, mentions", () => {
    const r = new EntityRegistry();
    r.resolve(mention("He met US envoys.", "US"));
    expect(r.entities()).toEqual([{ key: "country:united-states", label: "United States", kind: "country", aliases: ["US"], mentions: 1 }]);
  });
});

describe("topics: singular", () => {
  it("makes regular plurals singular", () => {
    expect(["guarantees", "policies", "talks", "taxes", "matches", "sanctions"].map(singular)).toEqual([
      "guarantee",
      "policy",
      "talk",
      "tax",
      "match",
      "sanction",
    ]);
  });

  it("leaves words that only look plural alone", () => {
    expect(["crisis", "status", "news", "bus", "gas", "process"].map(singular)).toEqual(["crisis", "status", "news", "bus", "gas", "process"]);
  });
});

describe("topics: topicPhrases and canonicalTopics", () => {
  function phrases(text: string, names: string[] = []): TopicPhrase[] {
    const { tokens } = tokenize(text);
    const isName = (k: number) => names.some((n) => text.slice(tokens[k]!.start, tokens[k]!.end) === n);
    return topicPhrases(text, tokens, 0, tokens.length, isName);
  }
  const forms = (text: string, names?: string[]) => phrases(text, names).map((p) => p.form);

  it("takes no share alone: '40 percent of tariffs' is about tariffs, 'a 4.5 percent raise' about the raise", () => {
    expect(forms("He said 40 percent of tariffs would go.")).toEqual(["tariffs"]);
    expect(forms("A 4.5 percent raise was too little.")).toEqual(["4.5 percent raise"]);
  });
  it("takes no shell noun, amount or time inside a phrase: 'the concept of automation', 'the amount of money', 'one minute after midnight'", () => {
    expect(forms("Trump detailed his opposition to the concept of automation.", ["Trump"])).toEqual(["opposition", "automation"]);
    expect(forms("USMX can bring a halt to the strike.")).toEqual(["USMX", "strike"]);
    expect(forms("Up to a quarter of a million appointments could be affected.")).toEqual(["appointments"]);
    expect(forms("We walk out in solidarity one minute after midnight.")).toEqual(["solidarity"]);
  });
  it("keeps British 'per cent' with the words of pay after it: 'a 15 per cent first year payment', 'a 15 per cent up-front pay rise'", () => {
    expect(forms("They want a 15 per cent first year payment.")).toEqual(["15 per cent first year payment"]);
    expect(forms("They want a 15 per cent up-front pay rise.")).toEqual(["15 per cent up-front pay rise"]);
  });
  it("takes no party and state tag for an issue: 'Rep. Chip Roy (R-Texas)'", () => {
    expect(forms("Rep. Dan Kowal (R-Texas) opposed the bill.", ["Rep.", "Dan", "Kowal"])).toEqual(["bill"]);
  });
  it("reads a verb after a modal and British 'per cent' as the amount of the noun after it", () => {
    expect(forms("He stated the amount of money it may save is small.")).toEqual(["money"]);
    expect(forms("Canada Post agreed to a five per cent raise.")).toEqual(["canada post", "five per cent raise"]);
    expect(forms("It offered 11.5 per cent over four years.")).toEqual([]);
    expect(forms("They want more than the 5.1% pay raise offered.")).toEqual(["5.1% pay raise"]);
  });
  it("takes no noun of a set phrase and no time of day: 'in order to', 'on condition of anonymity', 'take credit for', 'tomorrow morning'", () => {
    expect(forms("We must work hard in order to reach a deal.")).toEqual(["deal"]);
    expect(forms("A diplomat spoke on condition of anonymity about the talks.")).toEqual(["talks"]);
    expect(forms("They want to take credit for the deal.")).toEqual(["deal"]);
    expect(forms("Tomorrow morning I will call the union.")).toEqual(["union"]);
  });
  it("strips determiners and vague modifiers: 'these security guarantees' -> 'security guarantees'", () => {
    expect(forms("He wants these security guarantees.")).toEqual(["security guarantees"]);
    expect(forms("He rejected the current proposal.")).toEqual(["proposal"]);
  });

  it("keys a phrase by the singular of its head noun", () => {
    expect(phrases("He wants these security guarantees.")[0]).toMatchObject({ head: "guarantee" });
  });

  it("gives offsets of the phrase in the text", () => {
    const text = "He wants these security guarantees.";
    const p = phrases(text)[0]!;
    expect(text.slice(p.start, p.end)).toBe("security guarantees");
  });

  it("keeps a participle inside a noun phrase: 'demilitarized zone'", () => {
    expect(forms("He proposed a demilitarized zone.")).toEqual(["demilitarized zone"]);
  });

  it("people are not topics: 'the president', 'officials'", () => {
    expect(forms("He met the president and officials.")).toEqual([]);
  });

  it("a generic head alone is not a topic, but one with a modifier is", () => {
    expect(forms("He mentioned the issue.")).toEqual([]);
    expect(forms("He mentioned the defence spending target.")).toEqual(["defence spending target"]);
  });

  it("names are not part of topics", () => {
    expect(forms("He said Russia rejected the ceasefire.", ["Russia"])).toEqual(["ceasefire"]);
  });

  it("keeps acronyms in upper case and lowercases the rest", () => {
    expect(forms("They discussed the EU-wide Membership talks.")).toEqual(["EU-wide membership talks"]);
  });

  it("canonicalTopics gives all phrases of one head the most frequent multi-word form", () => {
    const ps = phrases("He said these security guarantees and the guarantees and US-backed security guarantees mattered.");
    expect(canonicalTopics(ps).get("guarantees")).toBe("security guarantees");
  });

  it("canonicalTopics keeps a form with an amount or a modifier of its own: two offers stay two", () => {
    const ps = phrases("The district offered a 3% raise, then a 4.5% raise; the union called the 4.5% raise an insult and the raise too small.");
    const labels = canonicalTopics(ps);
    expect(labels.get("3% raise")).toBeUndefined();
    expect(labels.get("4.5% raise")).toBeUndefined();
  });

  it("canonicalTopics leaves a bare head said more often than its longer form: 'ceasefire' beside one 'permanent ceasefire'", () => {
    const ps = phrases("Hamas wants a ceasefire. Israel rejects a ceasefire. The ceasefire talks and a permanent ceasefire.");
    expect(canonicalTopics(ps).get("ceasefire")).toBeUndefined();
  });

  it("canonicalTopics prefers a two-word form to a one-word form seen as often", () => {
    const ps: TopicPhrase[] = [
      { head: "zone", form: "zone", start: 0, end: 1, judged: false },
      { head: "zone", form: "buffer zone", start: 2, end: 3, judged: false },
    ];
    expect(canonicalTopics(ps).get("zone")).toBe("buffer zone");
  });

  // A past form after a plural noun is the verb, not a participle modifier of the next noun.
  it("a finite verb is not part of a topic: 'workers wanted higher pensions'", () => {
    expect(forms("Corliss said workers wanted higher pensions.", ["Corliss"])).not.toContain("workers wanted higher pensions");
  });
  it("a conjunction, British forms included, ends a topic: 'unions whilst they are unreasonable'", () => {
    const found = forms("Atkins said it was wrong to negotiate with unions whilst they are being unreasonable.", ["Atkins"]);
    expect(found).toContain("unions");
    expect(found.filter((f) => f.includes("whilst"))).toEqual([]);
  });
});
