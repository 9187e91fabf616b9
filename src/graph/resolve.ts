// Entity resolution across documents: which node of the graph an entity of a new document is.
// Document-level resolution (extraction/resolution/) already tied surnames, titles and pronouns
// to the names of one article; here the names of many articles meet:
// - a strong match needs no more: the same full name ("Volodymyr Zelenskyy"), spelt by another
//   outlet ("Volodymyr Zelensky": one skeleton, the same given name), a country or a long name;
// - a weak match needs the story too: a lone surname ("Johnson", "Biden"), a topic ("talks",
//   "security guarantees"), a group ("analysts"), a company's first word ("Ford"), a body named in
//   another word order ("Commerce Ministry", "Ministry of Commerce") are the same node only when
//   the document shares actors with that node's documents, so that "agreement" in a Chicago
//   schools story never joins "agreement" in a Ukraine story, nor Boris Johnson Brandon Johnson;
// - what differs never merges: a person and a non-person (unless one kind was a guess), two
//   people with different given names, a topic and a named entity.
import type { Entity, EntityKind } from "../extraction/types.js";
import { GENERIC_ISSUE_HEADS, ISSUE_HEAD_SYNONYM, ISSUE_PHRASE_SYNONYM } from "../extraction/lexicon/issues.js";
import { GAZETTEER } from "../extraction/lexicon/gazetteer.js";
import { shortFormOf } from "../extraction/lexicon/given-names.js";
import { BLOC_NOUNS, HONORIFICS, PARTY_MEMBER_NOUNS, TITLE_HEADS, TITLE_MODIFIERS } from "../extraction/lexicon/roles.js";
import { singular } from "../extraction/text/inflection.js";
import { abbreviates, bodyNameVariant, foldName, nameSkeleton, nameSlug, unitKey } from "../extraction/text/names.js";
import type { ClaimGraph, NodeAttributes } from "./model.js";

/** How sure a candidate is: a strong one needs nothing else, a weak one needs the story. */
const enum Strength {
  Weak = 1,
  Strong = 2,
}

/** What the resolver keeps per graph to find candidates without scanning every node. */
interface Index {
  /** Folded label or capitalized alias -> node keys. */
  byName: KeyLists;
  /** Skeleton of a multi-word person name -> person keys. */
  bySkeleton: KeyLists;
  /** Skeleton of a surname -> person keys (and lone guessed names, which may be surnames). */
  bySurname: KeyLists;
  /** First word of a multi-word organization name -> keys ("ford" -> Ford Motor). */
  byFirstWord: KeyLists;
  /** Words of a government body in any order ("commerce ministry") -> keys. */
  bySignature: KeyLists;
  /** Acronym ("nafta") -> nodes called so, and nodes whose long name it abbreviates. */
  byAcronym: KeyLists;
  /** Document id -> the actors it mentions (persons, organizations, countries, places). */
  actors: Map<string, Set<string>>;
  /** Node -> the actors of every document that mentions it: the story around it. */
  neighbours: Map<string, Set<string>>;
  /** Document id -> its date, in days since 1970 (dated documents only). */
  docDay: Map<string, number>;
  /** Node -> the first and last day of its dated documents. */
  span: Map<string, [number, number]>;
  /** Key -> the next "~N" to try for a new node of that key. */
  nextSuffix: Map<string, number>;
  order: number;
}

const indexes = new WeakMap<ClaimGraph, Index>();

/** A list of keys per name, in the order the nodes came, each key once (a Set beside the list: a name can have thousands). */
type KeyLists = Map<string, string[] & { seen?: Set<string> }>;

function push(map: KeyLists, name: string, key: string) {
  if (!name) return;
  const keys = map.get(name);
  if (!keys) return void map.set(name, [key]);
  if (keys.length < 8) {
    if (!keys.includes(key)) keys.push(key);
    return;
  }
  keys.seen ??= new Set(keys);
  if (keys.seen.has(key)) return;
  keys.seen.add(key);
  keys.push(key);
}

const ACTOR_KINDS: ReadonlySet<EntityKind> = new Set(["person", "organization", "country", "place"]);
/** What sharing an actor says of a story: persons and organizations 1, countries 0.5, places 0.25. */
const KIND_WEIGHT: Partial<Record<EntityKind, number>> = { person: 1, organization: 1, country: 0.5, place: 0.25 };

/** Words of an organization name that do not tell two bodies apart: "the", "of", "affairs". */
const SIGNATURE_STOP = new Set(["the", "of", "for", "and", "affairs", "s"]);
const GOVERNMENT_BODY = /\b(?:ministry|department|office|commission|council|agency|bureau|committee|authority|directorate|secretariat)\b/i;

/** "Ministry of Commerce", "Commerce Ministry": one signature (sorted words), for bodies of government. */
export function bodySignature(label: string): string {
  if (!GOVERNMENT_BODY.test(label)) return "";
  // ("Chinese Commerce Ministry", "Ministry of Commerce": the country's word is no part of the
  // body's own name; whose body it is, the node's ties say, and those must agree.)
  return label
    .split(/\s+/)
    .filter((w) => !isCountryWord(w))
    .map(foldName)
    .join(" ")
    .split(" ")
    .filter((w) => w && !SIGNATURE_STOP.has(w))
    .sort()
    .join(" ");
}

/** The country a word names: "Chinese", "China", "China's" -> "China"; else null. */
function countryOfWord(word: string): string | null {
  const entry = GAZETTEER.get(word.replace(/['’]s$/, ""));
  if (!entry) return null;
  if (entry.kind === "country") return entry.name;
  return entry.via === "demonym" && entry.country ? entry.country : null;
}

function isCountryWord(word: string): boolean {
  return countryOfWord(word) !== null;
}

/**
 * The countries a body is of, as node keys: those its name says ("Qatari Foreign Ministry") and
 * those it is tied to (affiliations).
 */
function countriesOf(label: string, affiliations: readonly { entity: string }[] | undefined): string[] {
  const out = new Set<string>();
  for (const w of label.split(/\s+/)) {
    const c = countryOfWord(w);
    if (c) out.add(`country:${nameSlug(c)}`);
  }
  for (const a of affiliations ?? []) if (a.entity.startsWith("country:")) out.add(a.entity);
  return [...out];
}

// Names that may identify an entity across documents. Role phrases ("the president") and
// lowercase forms are document-local: they would join different people in different articles.
function identifyingNames(label: string, aliases: readonly string[]): string[] {
  const names = [label];
  // ("Foreign Ministry" is no name of the "Ethiopian Foreign Ministry" across articles: every
  // country's ministry is so called.)
  const ofCountry = countriesOf(label, undefined).length > 0 && bodySignature(label) !== "";
  for (const a of aliases)
    if (/^[A-Z]/.test(a) && !/^The\s/.test(a) && !/^(?:Mr|Mrs|Ms|Dr)\.?\s/.test(a) && !(ofCountry && !countriesOf(a, undefined).length && bodySignature(a)))
      names.push(a);
  const out = new Set<string>();
  for (const n of names) {
    const f = foldName(n);
    if (f.length > 1) out.add(f);
    // "US Maritime Alliance", "U.S. Maritime Alliance" and "United States Maritime Alliance", "NZ
    // First" and "New Zealand First": one name, a country's short form written out.
    const country = countryWritten(n);
    if (country) out.add(country);
    // "Chicago Assembly Plant" and "Ford Motor Co.'s Chicago Assembly": a plant by its name alone.
    const plant = /^(.+ .+) (?:plant|factory)$/.exec(f);
    if (plant) out.add(plant[1]!);
  }
  return [...out];
}

/** A name that opens with a country's short form ("NZ First", "U.S. Maritime Alliance"), folded and written out; or null. */
function countryWritten(name: string): string | null {
  const m = /^(\S+) (.+)$/.exec(name);
  if (!m) return null;
  const entry = GAZETTEER.get(m[1]!);
  return entry && entry.kind === "country" && entry.via === "alias" ? foldName(`${entry.name} ${m[2]}`) : null;
}

/** A name of two or more words with each word but the last cut to three letters ("met council"), under its own prefix. */
function shortenedKey(name: string): string | null {
  const words = foldName(name).split(" ").filter(Boolean);
  if (words.length < 2 || words.length > 5) return null;
  return `\u0007${words.map((w, k) => (k < words.length - 1 ? w.slice(0, 3) : w)).join(" ")}`;
}

/** A political camp as a body's alias: "the far right", "the left". */
const WING_ALIAS = /^the (?:far )?(?:right|left)$/;

/** A party wing's group under one spelling of its wing: "far-right", "hard-right", "ultra-right" Republicans. */
function wingKey(label: string): string | null {
  const f = foldName(label);
  const m = /^(?:far|hard|ultra)[ -](right|left) (.+)$/.exec(f);
  return m ? `\u0002far ${m[1]} ${m[2]}` : null;
}

/**
 * An issue's name with its words run together and its head in the singular: "cease-fire", "cease
 * fire" and "ceasefire" are one word spelt three ways by three outlets ("peacekeeping",
 * "peace-keeping"; "stopgap", "stop-gap"), and "strikes" and "strike" one issue.
 */
function closedCompound(label: string): string {
  // (Its head in the singular too: "strikes" in one article, "strike" in another.)
  const words = foldName(label).split(" ").filter(Boolean);
  if (words.length) words[words.length - 1] = singular(words[words.length - 1]!);
  return "\u0000" + words.join("");
}

/**
 * An issue's name with its head replaced by the first of its synonyms: "debt ceiling" and "debt
 * limit", "trade deal" and "trade agreement", "the talks" and "the negotiations" share it (a
 * weak match: the story must agree, so a generic word never joins two stories).
 */
function synonymKey(label: string): string | null {
  let folded = foldName(label);
  // ("industrial action", "strike action", "walkouts": the strike.)
  for (const [phrase, name] of ISSUE_PHRASE_SYNONYM)
    if (folded === phrase || folded.endsWith(` ${phrase}`) || folded === `${phrase}s` || folded.endsWith(` ${phrase}s`)) {
      folded = folded.slice(0, folded.lastIndexOf(phrase)) + name;
      break;
    }
  const words = folded.split(" ").filter(Boolean);
  if (!words.length) return null;
  const head = ISSUE_HEAD_SYNONYM.get(singular(words[words.length - 1]!));
  return head ? "\u0001" + words.slice(0, -1).join(" ") + " " + head : null;
}

/** "the health secretary", "Transport Secretary", "the Prime Minister": a person known only by a title. */
function isTitleOnly(entity: { kind: EntityKind; label: string }): boolean {
  return entity.kind === "person" && isTitlePhrase(entity.label);
}

/** Words of titles only, one of them a title's head: "transport secretary", "Health Secretary". */
function isTitlePhrase(label: string): boolean {
  const words = label
    .toLowerCase()
    .replace(/^the\s+/, "")
    .split(/\s+/);
  return words.some((w) => TITLE_HEADS.has(w)) && words.every((w) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w));
}

function indexNode(index: Index, key: string, a: NodeAttributes) {
  for (const n of identifyingNames(a.label, a.aliases)) push(index.byName, n, key);
  // "CUPW members", also called "postal workers" and "union members": a group's descriptive
  // aliases of two words or more find it too (a weak match, as every group's: the story must agree).
  // "the far right": the body that an article of the story described by that wing.
  if (a.kind === "organization") for (const alias of a.aliases) if (WING_ALIAS.test(alias)) push(index.byName, `\u0003${foldName(alias)}`, key);
  if (a.kind === "group") {
    for (const alias of a.aliases) {
      const f = foldName(alias);
      if (f.includes(" ")) push(index.byName, f, key);
    }
    const wing = wingKey(a.label);
    if (wing) push(index.byName, wing, key);
  }
  // "Met Council" and "Metropolitan Council": a body's name with shortened words (weak, below).
  if (a.kind === "organization") for (const n of new Set([a.label, ...a.aliases].map(shortenedKey).filter((x): x is string => !!x))) push(index.byName, n, key);
  // "CUPE 3903" and "Canadian Union of Public Employees Local 3903": one union's numbered unit.
  if (a.kind === "organization")
    for (const unit of new Set([a.label, ...a.aliases].map(unitKey).filter((u): u is string => !!u))) push(index.byName, `\u0004${unit}`, key);
  // ("Grant Shapps", who an article called "the transport secretary": the holder of that title.)
  if (a.kind === "person" && !isTitlePhrase(a.label))
    for (const alias of a.aliases) if (isTitlePhrase(alias)) push(index.byName, `\u0006${foldName(alias)}`, key);
  if (a.kind === "topic") {
    push(index.byName, closedCompound(a.label), key);
    const synonym = synonymKey(a.label);
    if (synonym) push(index.byName, synonym, key);
  }
  const words = foldName(a.label).split(" ").filter(Boolean);
  if (a.kind === "person") {
    if (words.length > 1) push(index.bySkeleton, nameSkeleton(a.label), key);
    const last = words[words.length - 1];
    if (last && last.length > 1) push(index.bySurname, nameSkeleton(last), key);
    // "Lin Jian", "Yoon Suk Yeol": a family name may come first; a lone "Lin" of the story may be it.
    if ((words.length === 2 || words.length === 3) && words[0]!.length > 1) push(index.bySurname, nameSkeleton(words[0]!), key);
  } else if (a.kindGuessed && words.length === 1) push(index.bySurname, nameSkeleton(words[0]!), key);
  // Long names under their initials, and acronyms in capitals under themselves ("Nafta" is looked
  // up, never indexed: many lone capitalized words are not acronyms).
  const acronym = /^[A-Z]{3,6}$/.test(a.label) || !isAcronym(a.label) ? acronymKey(a.label) : null;
  if (acronym) push(index.byAcronym, acronym, key);
  if (a.kind === "organization") {
    if (words.length > 1) push(index.byFirstWord, words[0]!, key);
    const sig = bodySignature(a.label);
    if (sig) push(index.bySignature, sig, key);
  }
  if (ACTOR_KINDS.has(a.kind))
    for (const d of a.docs ?? []) {
      let set = index.actors.get(d);
      if (!set) index.actors.set(d, (set = new Set()));
      set.add(key);
    }
}

/** Each node's neighbours: the actors of its documents, and the days they span (built once when the index is built). */
function indexNeighbours(graph: ClaimGraph, index: Index) {
  for (const d of graph.getAttribute("documents")) {
    const day = dayOf(d.date);
    if (day !== undefined) index.docDay.set(d.id, day);
  }
  graph.forEachNode((key, a) => {
    const set = new Set<string>();
    for (const d of a.docs ?? []) {
      for (const actor of index.actors.get(d) ?? []) set.add(actor);
      widenSpan(index, key, index.docDay.get(d));
    }
    index.neighbours.set(key, set);
  });
}

/** An ISO date as days since 1970; undefined for none or one that does not parse. */
function dayOf(date: string | null | undefined): number | undefined {
  // (ISO only: "March 5, 2024" of an imported file cut to ten characters would read 2002.)
  const iso = date ? /^\d{4}-\d{2}(?:-\d{2})?/.exec(date)?.[0] : undefined;
  if (!iso) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 86_400_000);
}

function widenSpan(index: Index, key: string, day: number | undefined) {
  if (day === undefined) return;
  const span = index.span.get(key);
  if (!span) index.span.set(key, [day, day]);
  else {
    if (day < span[0]) span[0] = day;
    if (day > span[1]) span[1] = day;
  }
}

/**
 * How far in time an article may be from the articles of a lone word's node ("strike",
 * "treaty", "workers") and still be of their story. News of one negotiation comes every few
 * months at least (the longest silence in the dev clusters: 161 days, between two rounds of the
 * NAFTA talks), and one issue's own articles may be further apart (NAFTA's "treaty", in November
 * 2017 and again in August 2018). Past nine months, the "strike" of a 2024 port strike is not the
 * "strike" of a 2023 carmakers' strike, whoever spoke of both.
 */
const STORY_GAP_DAYS = 270;

/** How far apart two articles' "the health secretary" may be and still be one holder of the title. */
const TITLE_GAP_DAYS = 90;

/** Drop what the resolver keeps for a graph: a merge that was rolled back leaves it stale. */
export function forgetResolverIndex(graph: ClaimGraph): void {
  indexes.delete(graph);
}

/** The index of a graph, kept between merges; rebuilt when nodes came or went otherwise. */
function indexOf(graph: ClaimGraph): Index {
  const cached = indexes.get(graph);
  if (cached && cached.order === graph.order) return cached;
  const index: Index = {
    byName: new Map(),
    bySkeleton: new Map(),
    bySurname: new Map(),
    byFirstWord: new Map(),
    bySignature: new Map(),
    byAcronym: new Map(),
    actors: new Map(),
    neighbours: new Map(),
    docDay: new Map(),
    span: new Map(),
    nextSuffix: new Map(),
    order: graph.order,
  };
  graph.forEachNode((key, attrs) => indexNode(index, key, attrs));
  indexNeighbours(graph, index);
  indexes.set(graph, index);
  return index;
}

/**
 * The acronym a name is or abbreviates, lowercase: "NAFTA" -> "nafta"; "North American Free Trade
 * Agreement" -> "nafta" (the initials of its capitalized words, "of", "and", "for", "the" left
 * out); null for other names. Acronyms of two letters are left out: too many share them.
 */
export function acronymKey(label: string): string | null {
  if (isAcronym(label)) return label.toLowerCase();
  const words = label.split(/[\s-]+/).filter((w) => !ACRONYM_SKIP.has(w.toLowerCase()));
  // ("NFL Players Association" is "NFLPA", as "National Football League Players Association" is:
  // initials inside a name give all their letters.)
  const initials = words.filter((w) => /^[A-Z]{2,4}$/.test(w));
  const letters = words.reduce((n, w) => n + (/^[A-Z]{2,4}$/.test(w) ? w.length : 1), 0);
  if (letters < 3 || words.length > 6 || (words.length < 3 && !initials.length) || words.length < 2) return null;
  if (!words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) || /^[A-Z]{2,4}$/.test(w))) return null;
  return words.map((w) => (/^[A-Z]{2,4}$/.test(w) ? w.toLowerCase() : w[0]!.toLowerCase())).join("");
}
const ACRONYM_SKIP = new Set(["of", "and", "for", "the", "on", "de", "&"]);
/** A name with initials among its words: "NFL Players Association". */
const hasInitialsWord = (label: string) => / /.test(label) && /(?:^|\s)[A-Z]{2,4}(?:\s|$)/.test(label);
/** "NAFTA", or "Nafta" as British outlets write it. */
const isAcronym = (label: string) => /^[A-Z](?:[A-Z]{2,5}|[a-z]{2,5})$/.test(label);

/**
 * Which of two nodes found to be one entity keeps its key and label: a kind the text said over a
 * guessed one, a proper name over a description ("CUPW members" over "postal workers"), the
 * fuller name of a person ("Harold J. Daggett" over "Daggett"), then the node mentioned most.
 */
function outranks(a: NodeAttributes, b: NodeAttributes): boolean {
  const rank = (n: NodeAttributes) => [
    n.kindGuessed ? 0 : 1,
    /^\p{Lu}/u.test(n.label) ? 1 : 0,
    n.kind === "person" ? n.label.split(" ").length : 0,
    n.mentions,
  ];
  const [ra, rb] = [rank(a), rank(b)];
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! > rb[i]!;
  return false;
}

/**
 * Whether another article gave body `b` the name that `a` has, so that the two are one even in an
 * article that names both: "the far right" that speaks in an article which also names the
 * National Rally, once another article called the National Rally "the far right"; or both were
 * given the same initials.
 */
function namedSoElsewhere(a: NodeAttributes, b: NodeAttributes): boolean {
  if ((a.kind !== "organization" && a.kind !== "group") || a.kind !== b.kind) return false;
  const names = new Set([foldName(a.label), `the ${foldName(a.label)}`]);
  if (b.aliases.some((x) => names.has(foldName(x)))) return true;
  // "National Rally (RN)" and "Rassemblement National (RN)": one body given the same initials.
  const initials = (n: NodeAttributes) => [n.label, ...n.aliases].filter((x) => /^[A-Z]{2,6}$/.test(x));
  const theirs = new Set(initials(b));
  return a.kind === "organization" && initials(a).some((x) => theirs.has(x));
}

/**
 * A group named by a common noun ("sources", "members", "Civilians" opening a sentence), as
 * opposed to a named one: a people ("Palestinians", GAZETTEER) or a party's members ("Democrats").
 */
function isCommonGroup(label: string): boolean {
  if (GAZETTEER.get(label)?.via === "people") return false;
  return !PARTY_MEMBER_NOUNS.has(singular(foldName(label)));
}

/** Whether a node of kind `node` may be the entity of kind `entity`. */
function compatible(node: NodeAttributes, entity: Entity, acronym = false): boolean {
  const a = node.kind;
  const b = entity.kind;
  if (a === b) return true;
  // "NAFTA" and "North American Free Trade Agreement": an acronym's kind is often a guess
  // (organization), its long name's a treaty (topic).
  if (acronym) return a !== "person" && b !== "person" && a !== "group" && b !== "group";
  if (a === "topic" || b === "topic") return false;
  // "the Free Democrats" read as a party's members in one article and as the party in another:
  // one name of several words, one node.
  if ((a === "group" && b === "organization") || (a === "organization" && b === "group"))
    return entity.label.includes(" ") && foldName(node.label) === foldName(entity.label);
  // A guessed kind gives way ("Biden" guessed an organization is the person Joe Biden).
  if (node.kindGuessed || entity.kindGuessed) return a !== "group" && b !== "group";
  // A person never merges with a non-person; other kinds disagree often (Brussels: place or EU).
  return a !== "person" && b !== "person" && a !== "group" && b !== "group";
}

/** Two person names that cannot be one person: both have a given name, and the given names differ. */
function givenNamesClash(a: string, b: string): boolean {
  const wa = withoutTitles(foldName(a).split(" "));
  const wb = withoutTitles(foldName(b).split(" "));
  if (wa.length < 2 || wb.length < 2) return false;
  // "Tayyip Erdogan" and "Recep Tayyip Erdogan": a name that is the other's last words leaves out
  // a first given name; no clash.
  const [short, long] = wa.length < wb.length ? [wa, wb] : [wb, wa];
  if (short.length < long.length && short.every((w, k) => nameSkeleton(w) === nameSkeleton(long[long.length - short.length + k]!))) return false;
  const [fa, fb] = [wa[0]!, wb[0]!];
  const ga = nameSkeleton(fa);
  const gb = nameSkeleton(fb);
  // Initials agree with a name that starts with them ("J. Biden", "Joe Biden"), and so does the
  // short form of a given name that begins it ("Rob Laurenson", "Robert Laurenson"; "Chris",
  // "Christopher"; "Alex", "Alexander").
  const shortOf = (x: string, y: string) => x.length === 1 || (x.length >= 3 && y.length > x.length);
  // ("Chuck Schumer", "Charles Schumer": a usual short form that does not begin the name.)
  return ga !== gb && !(shortOf(fa, fb) && fb.startsWith(fa)) && !(shortOf(fb, fa) && fa.startsWith(fb)) && !shortFormOf(fa, fb);
}

/** A name's words without the titles before it ("president zelenskyy" -> "zelenskyy"). */
function withoutTitles(words: string[]): string[] {
  let i = 0;
  while (i < words.length - 1 && (TITLE_HEADS.has(words[i]!) || HONORIFICS.has(words[i]!) || TITLE_MODIFIERS.has(words[i]!))) i++;
  return words.slice(i);
}

function hasAlias(node: NodeAttributes, name: string): boolean {
  const f = foldName(name);
  return node.aliases.some((a) => foldName(a) === f);
}

interface Candidate {
  key: string;
  strength: Strength;
}

function personLike(kind: string, guessed: boolean | undefined): boolean {
  return kind === "person" || !!guessed;
}

/** Add a node to the candidates of an entity, unless their kinds or given names say they differ. */
function addCandidate(g: ClaimGraph, out: Map<string, Candidate>, entity: Entity, key: string, strength: Strength, acronym = false): void {
  const known = out.get(key);
  if (known) {
    known.strength = Math.max(known.strength, strength);
    return;
  }
  if (!g.hasNode(key)) return;
  const node = g.getNodeAttributes(key);
  if (!compatible(node, entity, acronym)) return;
  // A name the node has as an alias is its name, whatever the given names say ("Jed Smithers"
  // merged by the user into "James Smithers", graph/edits/).
  if (entity.kind === "person" && node.kind === "person" && givenNamesClash(node.label, entity.label) && !hasAlias(node, entity.label)) return;
  out.set(key, { key, strength });
}

/**
 * How many nodes of one name are looked at, the most recent first. A generic topic ("talks") is a
 * node per story, so a feed of 10,000 articles of as many stories makes thousands of "talks": all
 * of them for every new article made merging quadratic (20,000 short articles: 92 s). Stories
 * run in time, and an article about a story is weighed against its 64 latest namesakes.
 */
const MAX_NAMESAKES = 64;

/** The last MAX_NAMESAKES keys of an index list (lists grow in the order nodes were made). */
function recent(keys: readonly string[] | undefined): readonly string[] {
  if (!keys) return [];
  return keys.length > MAX_NAMESAKES ? keys.slice(keys.length - MAX_NAMESAKES) : keys;
}

/**
 * A node of the same name: strong for names that identify (several words, or a known country or
 * organization), weak for lone words whose kind is a guess, topics and groups.
 */
function sameNameStrength(g: ClaimGraph, key: string, entity: Entity, words: number): Strength {
  const node = g.getNodeAttributes(key);
  const named = entity.kind !== "topic" && entity.kind !== "group";
  const properTopic = entity.kind === "topic" && words > 1 && /^\p{Lu}/u.test(entity.label) && /\s\p{Lu}/u.test(entity.label);
  // "Foreign Ministry", "Ministry of Commerce": a government body named without its country is
  // every country's; the story must agree (weak).
  const countryless = entity.kind === "organization" && bodyNameVariant(entity.label) !== null;
  // "the health secretary", "the mediator" that no name followed: a title, whose holder the story
  // and the weeks must say (weak).
  const title = isTitleOnly(entity);
  const strong =
    (named && !countryless && !title && !entity.kindGuessed && !node.kindGuessed && (words > 1 || entity.kind !== "person" || node.kind !== "person")) ||
    properTopic;
  return strong ? Strength.Strong : Strength.Weak;
}

/**
 * Resolves the entities of one document at a time against a graph. `resolveAll` gives, for each
 * entity key of the document, the node key it is (an existing node, or a key free for a new one).
 */
export class EntityResolver {
  private readonly index: Index;

  constructor(private readonly graph: ClaimGraph) {
    this.index = indexOf(graph);
  }

  resolveAll(entities: readonly Entity[], date?: string | null): Map<string, { key: string; existing: boolean }> {
    this.day = dayOf(date);
    this.docActors = 0;
    for (const e of entities) if (ACTOR_KINDS.has(e.kind)) this.docActors += KIND_WEIGHT[e.kind] ?? 0;
    const out = new Map<string, { key: string; existing: boolean }>();
    const weak: { entity: Entity; candidates: Candidate[] }[] = [];
    // The document's actors that strong matches found: the story it shares with the graph.
    const context = new Map<string, number>();
    for (const entity of entities) {
      const candidates = this.candidates(entity);
      const strong = candidates.find((c) => c.strength === Strength.Strong);
      if (strong) {
        out.set(entity.key, { key: strong.key, existing: true });
        if (ACTOR_KINDS.has(entity.kind)) context.set(strong.key, this.actorWeight(strong.key));
      } else if (candidates.length) weak.push({ entity, candidates });
      else this.setNew(out, entity.key);
    }
    // Actors first: once "Whitmore" is the story's Ann Whitmore, the document is in her story,
    // and its groups and topics ("Republicans", "spending cuts") may join that story's nodes.
    weak.sort((a, b) => Number(ACTOR_KINDS.has(b.entity.kind)) - Number(ACTOR_KINDS.has(a.entity.kind)));
    for (const { entity, candidates } of weak) {
      const found = this.chooseWeak(entity, candidates, context);
      if (!found) this.setNew(out, entity.key);
      else {
        out.set(entity.key, { key: found, existing: true });
        if (ACTOR_KINDS.has(entity.kind)) context.set(found, this.actorWeight(found));
      }
    }
    this.newKeys.clear();
    return out;
  }

  /**
   * The node among weak candidates that the story says the entity is, or null. The same story:
   * the document shares a person or an organization (or two countries) with the node's
   * documents. A lone surname of the one person the graph knows by it needs less: a country in
   * common, or nothing in the document that says it is another story.
   */
  private chooseWeak(entity: Entity, all: readonly Candidate[], context: ReadonlyMap<string, number>): string | null {
    // "countries", "nations" alone: the developing ones in one article, every party in the next.
    if (entity.kind === "group" && BLOC_NOUNS.has(singular(foldName(entity.label))) && /s$/.test(foldName(entity.label))) return null;
    // A word alone ("strike", "workers") is every story's: it must come in the story's months too.
    const lone = (entity.kind === "topic" || (entity.kind === "group" && isCommonGroup(entity.label))) && !foldName(entity.label).includes(" ");
    // A title no name followed ("the health secretary") is one holder only within a few months:
    // Steve Barclay in April, Victoria Atkins in January.
    const title = isTitleOnly(entity);
    const candidates = lone || title ? all.filter((c) => this.nearInTime(c.key, title ? TITLE_GAP_DAYS : STORY_GAP_DAYS)) : all;
    let best: string | null = null;
    let bestScore = 0;
    let bestStory = 0;
    let tie = false;
    for (const c of candidates) {
      // The same name beats a partial one ("House" is the House before the House GOP).
      const story = this.storyScore(c.key, context);
      const score = story + (foldName(this.graph.getNodeAttribute(c.key, "label")) === foldName(entity.label) ? 0.5 : 0);
      if (score > bestScore) {
        best = c.key;
        bestScore = score;
        bestStory = story;
        tie = false;
      } else if (score === bestScore && score > 0 && best !== c.key) tie = true;
    }
    const sole = candidates.length === 1 ? candidates[0] : undefined;
    const only = sole ? this.graph.getNodeAttributes(sole.key) : null;
    const onlyPerson =
      !!only && personLike(entity.kind, entity.kindGuessed) && personLike(only.kind, only.kindGuessed) && (entity.kind === "person" || only.kind === "person");
    if (sole && onlyPerson && !(title && !isTitlePhrase(only!.label)) && (context.size === 0 || this.storyScore(sole.key, context) >= 0.5)) return sole.key;
    return best && bestScore >= 1 && bestStory >= this.storyNeeded(entity) && !tie ? best : null;
  }

  /**
   * Nodes that are one entity now that a batch of documents is in, as a map from each node to
   * the node it joins. Resolution meets the documents one at a time, so a node made by an early
   * article is not revisited when a later one gives another node the name that joins them: "the
   * far right", which spoke in one article, is the National Rally that another article called so;
   * "Daggett", named alone by two outlets, is the Harold J. Daggett of a third. Each node of
   * `keys` but topics is resolved again as if it were an entity of a new document, against every
   * other node, with the story of each of its documents. Two nodes of one document stay apart (its resolution
   * kept them apart with the whole text to go by), and so does a node a person corrected.
   */
  consolidation(keys: Iterable<string>): Map<string, string> {
    const g = this.graph;
    const parent = new Map<string, string>();
    const root = (k: string): string => {
      let r = k;
      while (parent.has(r)) r = parent.get(r)!;
      return r;
    };
    // What each set joined so far holds: its documents and its people's names. A join is checked
    // against the whole sets, not only the two nodes that found each other: "Smith" of one
    // article found by both "John Smith" and "Jane Smith" of another must not make them one.
    const members = new Map<string, string[]>();
    const setOf = (r: string) => members.get(r) ?? [r];
    const bodyCountries = (ks: string[]) =>
      ks.flatMap((k) => {
        const node = g.getNodeAttributes(k);
        return node.kind === "organization" && bodySignature(node.label) ? countriesOf(node.label, node.affiliations) : [];
      });
    const compatibleSets = (x: string, y: string, pair: [NodeAttributes, NodeAttributes]): boolean => {
      const [xs, ys] = [setOf(x), setOf(y)];
      const docs = new Set(xs.flatMap((k) => g.getNodeAttribute(k, "docs")));
      const shared = ys.some((k) => g.getNodeAttribute(k, "docs").some((d) => docs.has(d)));
      if (shared && !namedSoElsewhere(...pair)) return false;
      const people = (ks: string[]) => ks.filter((k) => g.getNodeAttribute(k, "kind") === "person").map((k) => g.getNodeAttribute(k, "label"));
      const [px, py] = [people(xs), people(ys)];
      if (px.some((a) => py.some((b) => givenNamesClash(a, b)))) return false;
      // ("Foreign Ministry" of one article found by the Ethiopian and the Egyptian Foreign
      // Ministries of another must not make them one: the bodies of two countries.)
      const [cx, cy] = [bodyCountries(xs), bodyCountries(ys)];
      return !cx.length || !cy.length || cx.some((c) => cy.includes(c));
    };
    for (const key of keys) {
      if (!g.hasNode(key)) continue;
      const a = g.getNodeAttributes(key);
      // Actors only: an issue's node is made per story by design, and its generic names ("the
      // talks", "deal") would find a namesake in every story of a feed.
      if (a.edited || a.kind === "topic") continue;
      const entity: Entity = {
        key,
        label: a.label,
        kind: a.kind,
        aliases: a.aliases,
        mentions: a.mentions,
        ...(a.kindGuessed ? { kindGuessed: true } : {}),
        ...(a.affiliations?.length ? { affiliations: a.affiliations.map(({ entity, role }) => ({ entity, role })) } : {}),
      };
      const docs = new Set(a.docs);
      const candidates = this.candidates(entity).filter((c) => {
        if (c.key === key) return false;
        const other = g.getNodeAttributes(c.key);
        return !other.docs.some((d) => docs.has(d)) || namedSoElsewhere(a, other);
      });
      if (!candidates.length) continue;
      const found = candidates.find((c) => c.strength === Strength.Strong)?.key ?? this.chooseInDocuments(entity, a.docs, candidates);
      // (A corrected node is chosen among the others, so that its namesakes do not go elsewhere,
      // but never joined: the correction stands.)
      if (!found || g.getNodeAttribute(found, "edited")) continue;
      const [x, y] = [root(key), root(found)];
      if (x === y || !compatibleSets(x, y, [a, g.getNodeAttributes(found)])) continue;
      const [keep, drop] = outranks(g.getNodeAttributes(x), g.getNodeAttributes(y)) ? [x, y] : [y, x];
      parent.set(drop, keep);
      members.set(keep, [...setOf(keep), ...setOf(drop)]);
      members.delete(drop);
    }
    const out = new Map<string, string>();
    for (const k of parent.keys()) out.set(k, root(k));
    return out;
  }

  /**
   * The weak candidate that one of the node's documents, met after the candidate's, would have
   * resolved it to: each document's own actors are its story, as when it was merged. (The actors
   * of all its documents together would make a story of a node that a feed of many stories
   * mentions: "Brexit" would find a person of some story in it.) The latest documents first, at
   * most MAX_NAMESAKES of them.
   */
  private chooseInDocuments(entity: Entity, docs: readonly string[], candidates: readonly Candidate[]): string | null {
    for (let i = docs.length - 1; i >= Math.max(0, docs.length - MAX_NAMESAKES); i--) {
      const context = new Map<string, number>();
      this.day = this.index.docDay.get(docs[i]!);
      for (const n of this.index.actors.get(docs[i]!) ?? []) if (n !== entity.key && this.graph.hasNode(n)) context.set(n, this.actorWeight(n));
      this.docActors = [...context.values()].reduce((a, b) => a + b, 0);
      const found = this.chooseWeak(entity, candidates, context);
      if (found) return found;
    }
    return null;
  }

  /**
   * How much of a story a weak match needs beyond an actor in common (or two countries, or one
   * and the same name): nothing more, except for a generic word alone. It ("agreement", "the contract") needs half of the document's actors, up to two: a
   * president who speaks in two stories of the same weeks (a ceasefire and a port strike, each
   * with its own parties) does not make their "agreement" one, while a short article whose one
   * actor is the union of the story ("The union rejected the contract") is of that story.
   */
  private storyNeeded(entity: Entity): number {
    if (entity.kind !== "topic" && entity.kind !== "group") return 0;
    const words = foldName(entity.label).split(" ");
    // ("sources", "members", "civilians": a group named by a noun alone is every story's too;
    // "Democrats", "Palestinians" are named.)
    const generic = words.length === 1 && (entity.kind === "group" ? isCommonGroup(entity.label) : GENERIC_ISSUE_HEADS.has(singular(words[0]!)));
    return generic ? Math.min(2, Math.max(1, this.docActors / 2)) : 0;
  }

  /** The weight of the actors of the document being resolved (see KIND_WEIGHT). */
  private docActors = 0;

  /** The day of the document being resolved, when it is dated. */
  private day: number | undefined;

  /** Whether the node's dated documents come within STORY_GAP_DAYS of the document being resolved (or either is undated). */
  private nearInTime(key: string, gap = STORY_GAP_DAYS): boolean {
    const span = this.index.span.get(key);
    return this.day === undefined || !span || (this.day >= span[0] - gap && this.day <= span[1] + gap);
  }

  /** Keys given to new nodes by the resolveAll under way. */
  private readonly newKeys = new Set<string>();

  private setNew(out: Map<string, { key: string; existing: boolean }>, entityKey: string): void {
    const key = this.freeKey(entityKey);
    this.newKeys.add(key);
    out.set(entityKey, { key, existing: false });
  }

  /** Index a node that was added or renamed by a merge. */
  noteNode(key: string): void {
    indexNode(this.index, key, this.graph.getNodeAttributes(key));
    this.index.order = this.graph.order;
  }

  /** Nodes that may be the entity, each with how sure the match is. */
  private candidates(entity: Entity): Candidate[] {
    const g = this.graph;
    const out = new Map<string, Candidate>();
    const label = foldName(entity.label);
    const words = label.split(" ").filter(Boolean);
    const named = entity.kind !== "topic" && entity.kind !== "group";
    if (g.hasNode(entity.key)) addCandidate(g, out, entity, entity.key, sameNameStrength(g, entity.key, entity, words.length));
    for (const key of recent(this.index.byName.get(label))) addCandidate(g, out, entity, key, sameNameStrength(g, key, entity, words.length));
    // A topic spelt open, hyphenated or closed: the same issue when the story is the same (weak).
    if (entity.kind === "topic")
      for (const key of recent(this.index.byName.get(closedCompound(entity.label)))) addCandidate(g, out, entity, key, Strength.Weak);
    // "debt ceiling" and "debt limit": one issue under two heads of one meaning (weak: the story must agree).
    const synonym = entity.kind === "topic" ? synonymKey(entity.label) : null;
    if (synonym) for (const key of recent(this.index.byName.get(synonym))) addCandidate(g, out, entity, key, Strength.Weak);
    if (named)
      for (const n of identifyingNames(entity.label, entity.aliases))
        for (const key of recent(this.index.byName.get(n)))
          // (Rated by the name that matched: "Ann Smith" known also as "Smith" is no strong match
          // of another story's "Smith".)
          if (identifyingNames(g.getNodeAttribute(key, "label"), []).includes(n))
            addCandidate(g, out, entity, key, sameNameStrength(g, key, entity, n.split(" ").length));
    // "the Transport Secretary" that no name followed: the person named with that title by another
    // article of the story, in the same months (weak: chooseWeak asks the story and the weeks).
    if (isTitleOnly(entity))
      for (const key of recent(this.index.byName.get(`\u0006${foldName(entity.label)}`))) addCandidate(g, out, entity, key, Strength.Weak);
    // (Not a title no name followed, "the health secretary": its holder is found by name alone.)
    // ("the former Cabinet minister" is no namesake of "the former prime minister": titles have no surname.)
    if ((entity.kind === "person" || entity.kindGuessed) && /\p{Lu}/u.test(entity.label) && !isTitleOnly(entity)) {
      // "Volodymyr Zelensky" and "Volodymyr Zelenskyy": one skeleton; the same person.
      if (words.length > 1) for (const key of recent(this.index.bySkeleton.get(nameSkeleton(entity.label)))) addCandidate(g, out, entity, key, Strength.Strong);
      // A lone surname ("Biden") is the person of that surname in the same story.
      if (words.length === 1) for (const key of recent(this.index.bySurname.get(nameSkeleton(words[0]!)))) addCandidate(g, out, entity, key, Strength.Weak);
      // A full name whose surname is a lone name of the story's ("Joe Biden" for "Biden").
      // ... and another full name of that surname whose given name agrees ("Robert Laurenson" for
      // "Rob Laurenson": addCandidate leaves out given names that clash).
      if (words.length > 1)
        for (const key of recent(this.index.bySurname.get(nameSkeleton(words[words.length - 1]!)))) {
          const node = g.getNodeAttributes(key);
          const parts = foldName(node.label).split(" ");
          if ((parts.length === 1 || (node.kind === "person" && parts[parts.length - 1] === words[words.length - 1])) && !isTitlePhrase(node.label))
            addCandidate(g, out, entity, key, Strength.Weak);
        }
    }
    // "The far right warned": the body described by that wing in another article of the story (weak).
    if (entity.kind === "organization" && WING_ALIAS.test(`the ${entity.label}`))
      for (const key of recent(this.index.byName.get(`\u0003the ${foldName(entity.label)}`))) addCandidate(g, out, entity, key, Strength.Weak);
    // "far-right Republicans" in one article, "hard-right Republicans" in another: one wing (weak).
    const wing = entity.kind === "group" ? wingKey(entity.label) : null;
    if (wing) for (const key of recent(this.index.byName.get(wing))) addCandidate(g, out, entity, key, Strength.Weak);
    // "La France Insoumise (LFI)" in one article, "France Unbowed (LFI)" in another: two names
    // given the same initials in brackets are one body within a story (weak).
    // "Met Council" in one article, "Metropolitan Council" in another: one body within a story (weak).
    const shortened = entity.kind === "organization" ? shortenedKey(entity.label) : null;
    if (shortened)
      for (const key of recent(this.index.byName.get(shortened)))
        if (key !== entity.key && [g.getNodeAttribute(key, "label"), ...g.getNodeAttribute(key, "aliases")].some((n) => abbreviates(entity.label, n)))
          addCandidate(g, out, entity, key, Strength.Weak);
    // "CUPE 3903" in one article, "Canadian Union of Public Employees local 3903" in another.
    const unit = entity.kind === "organization" ? unitKey(entity.label) : null;
    if (unit) for (const key of recent(this.index.byName.get(`\u0004${unit}`))) addCandidate(g, out, entity, key, Strength.Strong);
    if (entity.kind === "organization")
      for (const alias of entity.aliases)
        if (/^[A-Z]{2,6}$/.test(alias))
          for (const key of recent(this.index.byName.get(foldName(alias))))
            if (key !== entity.key && hasAlias(g.getNodeAttributes(key), alias)) addCandidate(g, out, entity, key, Strength.Weak);
    // "NAFTA" for "North American Free Trade Agreement", and back: one entity within a story.
    const acronym = acronymKey(entity.label);
    if (acronym)
      for (const key of recent(this.index.byAcronym.get(acronym)))
        if (
          key !== entity.key &&
          acronymKey(g.getNodeAttribute(key, "label")) === acronym &&
          (isAcronym(g.getNodeAttribute(key, "label")) !== isAcronym(entity.label) ||
            hasInitialsWord(g.getNodeAttribute(key, "label")) !== hasInitialsWord(entity.label))
        )
          addCandidate(g, out, entity, key, Strength.Weak, true);
    if (entity.kind === "organization") {
      // "Ford" for "Ford Motor": a company's first word.
      // ("CUPE" is the union, not its unit "CUPE 3903".)
      if (words.length === 1)
        for (const key of recent(this.index.byFirstWord.get(words[0]!)))
          if (!unitKey(g.getNodeAttribute(key, "label"))) addCandidate(g, out, entity, key, Strength.Weak);
      const sig = bodySignature(entity.label);
      // (Not the same words of another country's body: China's and Russia's foreign ministries.)
      const mine = countriesOf(entity.label, entity.affiliations);
      if (sig)
        for (const key of recent(this.index.bySignature.get(sig))) {
          const node = g.getNodeAttributes(key);
          const theirs = [node.label, ...node.aliases].flatMap((n) => countriesOf(n, node.affiliations));
          if (mine.length && theirs.length && !mine.some((c) => theirs.includes(c))) continue;
          addCandidate(g, out, entity, key, Strength.Weak);
        }
    }
    return [...out.values()];
  }

  /**
   * How much of a story the document shares with a node: the actors of the node's documents
   * that the document mentions too (persons and organizations 1, countries 0.5, places 0.25).
   * One pass over the document's actors, with the node's neighbours kept in the index.
   */
  private storyScore(key: string, context: ReadonlyMap<string, number>): number {
    const near = this.index.neighbours.get(key);
    if (!near || !context.size) return 0;
    let score = 0;
    for (const [a, weight] of context) {
      // Another name of the document already is this node ("Zelenskyy", "President Zelenskyy").
      if (a === key) score += 1;
      else if (near.has(a)) score += weight;
    }
    return score;
  }

  /** What sharing an actor says of a story: persons and organizations 1, countries 0.5, places 0.25. */
  private actorWeight(key: string): number {
    return KIND_WEIGHT[this.graph.getNodeAttribute(key, "kind")] ?? 0.25;
  }

  /** The entity's own key, or "key~2", "key~3" when a node of another story holds it. */
  private freeKey(key: string): string {
    if (!this.used(key)) return key;
    // Counting up from 2 for every namesake made this quadratic (thousands of "topic:talks~N"):
    // the index remembers where the count stopped.
    let n = this.index.nextSuffix.get(key) ?? 2;
    while (this.used(`${key}~${n}`)) n++;
    this.index.nextSuffix.set(key, n + 1);
    return `${key}~${n}`;
  }

  private used(key: string): boolean {
    return this.graph.hasNode(key) || this.newKeys.has(key);
  }

  /** Record the actors of a document that was merged, and make them neighbours of its nodes. */
  noteDocument(docId: string, keys: Iterable<string>, date?: string | null): void {
    const day = dayOf(date);
    if (day !== undefined) this.index.docDay.set(docId, day);
    let set = this.index.actors.get(docId);
    if (!set) this.index.actors.set(docId, (set = new Set()));
    const nodes = [...new Set(keys)].filter((k) => this.graph.hasNode(k));
    for (const k of nodes) if (ACTOR_KINDS.has(this.graph.getNodeAttribute(k, "kind"))) set.add(k);
    for (const k of nodes) {
      widenSpan(this.index, k, day);
      let near = this.index.neighbours.get(k);
      if (!near) this.index.neighbours.set(k, (near = new Set()));
      for (const a of set) near.add(a);
    }
  }
}
