// The entities of one document and the coreference of their names: surnames and titles to the
// full name, capitals and seats of government to their country, acronyms to organizations.
import { GAZETTEER, kindOfCountryName } from "../lexicon/gazetteer.js";
import { ORG_KEYWORDS, PARTY_MEMBERS_BY_ADJECTIVE, PLACE_KEYWORDS, TITLE_ABBREVIATIONS } from "../lexicon/roles.js";
import type { Entity, EntityKind } from "../types.js";
import type { Mention } from "./mentions.js";
import { abbreviates, bodyNameVariant, closeInitials, nameSlug, unitKey } from "../text/names.js";
import { genderOfGivenName, genderOfTitle, type Gender } from "../lexicon/given-names.js";
import { UPPER_FIRST, CAPITALIZED_WORD } from "../text/letters.js";

export interface DocEntity extends Entity {
  /** Lowercase role words seen with the entity ("president", "spokesman"). */
  roles: Set<string>;
  /** Offsets of the mentions so far, ascending, for recency. */
  seen: number[];
  /** Whether it spoke in the document (preferred antecedent for pronouns). */
  lastSpoke: number;
  /** The lowercase words of the label, computed on first use (see labelWords in resolution/speakers.ts). */
  words: { label: string; list: string[] } | null;
  /** What the entity speaks for: "Kremlin spokesman Dmitry Peskov" -> Russia (resolution/affiliations.ts). */
  affiliatedWith: DocEntity[];
  /** The role words that tie it to each affiliation, by the affiliation's key: "spokesman". */
  affiliationRoles: Map<string, string>;
  /** Every mention of it was a lone capitalized word whose kind is a guess ("Trump said"). */
  guessed: boolean;
  /** A person's gender when a given name or title says it ("Mary Barra", "Mr. Biden"), for pronouns. */
  gender: Gender | null;
  /** The gender came from a given name only, a guess that a pronoun may correct ("Fran Drescher ... she"). */
  genderFromName?: boolean;
  /** The political wings a body was described by ("the far-right National Rally": "far right"), for "the far right said". */
  wings: Set<string>;
}

/** "fernández" -> "fernandez": outlets drop accents ("Alberto Fernández ... Fernandez said"). */
const withoutAccents = (s: string) => (/^[\x00-\x7f]*$/.test(s) ? s : s.normalize("NFD").replace(/\p{M}/gu, ""));

/** A map of surnames that finds a name written with or without its accents. */
class AccentFreeMap<V> extends Map<string, V> {
  override get(k: string): V | undefined {
    return super.get(withoutAccents(k));
  }
  override set(k: string, v: V): this {
    return super.set(withoutAccents(k), v);
  }
  override has(k: string): boolean {
    return super.has(withoutAccents(k));
  }
}
class AccentFreeSet extends Set<string> {
  override add(k: string): this {
    return super.add(withoutAccents(k));
  }
  override has(k: string): boolean {
    return super.has(withoutAccents(k));
  }
}

/** A new entity with every field set, in one order: one object shape keeps V8's code monomorphic. */
function newEntity(key: string, label: string, kind: EntityKind, guessed = false): DocEntity {
  return {
    key,
    label,
    kind,
    aliases: [],
    mentions: 0,
    roles: new Set(),
    seen: [],
    lastSpoke: -1,
    words: null,
    affiliatedWith: [],
    affiliationRoles: new Map(),
    guessed,
    gender: null,
    wings: new Set(),
  };
}

/** Particles of Arabic and similar names, where a given name alone can name the person. */
const GIVEN_NAME_PARTICLES = new Set(["bin", "ibn", "bint", "al", "el", "abu", "abd"]);
const HONORIFIC_TITLES = /\b(?:sheikh|sheik|prince|princess|king|queen|emir|sultan|crown prince)$/i;

const keys = new Map<string, Map<string, string>>();

/**
 * "person:volodymyr-zelenskyy": the key of an entity of a kind and name (memoized per kind: the
 * same names recur in every document, and a key made once hashes once in every Map it meets).
 */
export function entityKey(kind: string, name: string): string {
  let byName = keys.get(kind);
  if (!byName) keys.set(kind, (byName = new Map()));
  let key = byName.get(name);
  if (key === undefined) {
    key = `${kind}:${slugify(closeInitials(name))}`;
    if (byName.size > 50_000) byName.clear();
    byName.set(name, key);
  }
  return key;
}

/** Key part of an entity: "Volodymyr Zelenskyy" -> "volodymyr-zelenskyy" (entityKey memoizes it). */
export const slugify = nameSlug;

/** Words after a company's own name that only say it is a company: "Ford Motor", "Boeing Co". */
/** Words that only say what kind of institution a name is: "York" for "York University". */
const INSTITUTION_WORDS = new Set(["university", "college", "hospital", "institute", "airlines", "airways"]);

const COMPANY_WORDS = new Set([
  "motor",
  "motors",
  "company",
  "co",
  "co.",
  "corp",
  "corp.",
  "corporation",
  "inc",
  "inc.",
  "group",
  "holdings",
  "airlines",
  "airways",
  "industries",
  "international",
  "technologies",
  "energy",
  "petroleum",
  "oil",
  "steel",
  "automotive",
  "aerospace",
  "pharmaceuticals",
  // "Charter" after "Charter Communications".
  "communications",
  "telecommunications",
  "entertainment",
  "media",
  "systems",
  "networks",
  "foods",
  "brands",
  "plc",
  "ltd",
  "limited",
  "ag",
  "sa",
  "nv",
  "se",
  "llc",
]);

/** A title that names the institution its holder speaks for: "Commerce Ministry spokesman", "State Department official". */
const INSTITUTION_IN_ROLE =
  /^(.*\b(?:ministry|office|department|commission|council|agency|committee|army|military|police|embassy|mission|secretariat|cabinet|parliament|senate))\s+(?:(?:chief|senior|deputy|top|press)\s+)?(?:spokes(?:man|woman|person)|official|officer|head|director|secretary|envoy|representative|ambassador)$/i;

/** "Boeing Co", "Corrix Plc", "Vantage Holdings": the company is the name before the suffix. */
const CORPORATE_SUFFIX = /\s+(?:Co\.?|Corp\.?|Corporation|Company|Inc\.?|Ltd\.?|Limited|plc|Plc|PLC|LLC|AG|SA|NV|SE|Group|Holdings?)$/;

/** Names of labour unions: "United Auto Workers", "Chicago Teachers Union", "Air Line Pilots Association", "Writers Guild". */
const LABOR_UNION_NAME =
  /\b(?:unions?|teamsters|machinists|pilots|nurses|teachers|firefighters|longshore(?:men|men['’]s)?|dockers|miners|electricians|carpenters|guild|brotherhood|labou?r)\b|workers\b/i;

/**
 * People named as a union's rank and file: "workers", "union members", "striking workers",
 * "57,000 union members", "employees", "autoworkers", "postal workers", "Canada Post employees"
 * ("members" only with words that make them the union's: "board members" are not).
 */
export const UNION_MEMBERS =
  /^(?:(?:[\d,]+|about|some|all|many|most|thousands of|hundreds of|more than|the|its|their|striking|union|unionized)\s+)*(?:(?:members|rank-and-file members)|(?:[\p{L}-]+\s+){0,2}(?:[a-z]*workers|employees|machinists))$/iu;

const POSSESSIVE_PRONOUN_START = /^(?:its|their|our|his|her)\s+(?=\S)/i;

/** "nurses", "the machinists": a plural common noun, perhaps with "the" (the members of a union). */
const MEMBERS_PLURAL = /^(?:the\s+)?(\p{Ll}+s)$/u;

/** A middle initial inside a name: " J." of "Harold J. Daggett" (global: every one is removed). */
const MIDDLE_INITIAL = /\s\p{Lu}\.?(?=\s)/gu;

/** A union's short name: its acronym when it has one ("UAW" for "United Auto Workers"), else its name. */
function shortName(label: string, aliases: readonly string[]): string {
  if (/^[A-Z]{2,6}$/.test(label)) return label;
  const acronym = aliases.find((a) => /^[A-Z]{2,6}$/.test(a));
  if (acronym) return acronym;
  const initials = label
    .split(/\s+/)
    .filter((w) => UPPER_FIRST.test(w))
    .map((w) => w[0])
    .join("");
  return initials.length >= 2 && initials.length <= 4 ? initials : label;
}

/** A surname that opens with its particle: "Le Pen", "Van Hollen", "De Gaulle", "von der Leyen". */
const SURNAME_PARTICLE = /^(?:(?:le|la|de|du|da|di|del|der|van|von|al|bin|ibn|dos|das|ter|ten)\s+)+\S+$/i;

/** A generation after a surname: "Jr.", "Sr.", "II", "III". */
const GENERATION_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

export class EntityRegistry {
  readonly byKey = new Map<string, DocEntity>();
  private surnames = new AccentFreeMap<string | null>();
  /** The last words of the full names of the document's people. */
  private readonly lastNames = new AccentFreeSet();
  /**
   * Register full person names first so that later surnames resolve ("Corliss" -> Bryan Corliss).
   * A shorter name that ends the same way is the same person ("Davis Gates" for "Stacy Davis
   * Gates"), so it does not make the surname ambiguous; a given name after an honorific stands for
   * a long Arabic name ("Sheikh Mohammed" for "Mohammed bin Abdulrahman Al Thani").
   */
  learnPersons(mentions: Mention[]): void {
    this.learnCountries(mentions);
    const full = new Map<string, string>();
    // ("Oakland Unified" beside "Oakland Unified School District": a body's short name, no person.)
    const bodies = mentions.filter((m) => m.kind === "organization" && m.text.includes(" ")).map((m) => `${m.text} `);
    for (const m of mentions) {
      if (m.kind !== "person") continue;
      const words = m.text.split(/\s+/);
      if (words.length >= 2 && !(!m.role && bodies.some((b) => b.startsWith(`${m.text} `)))) full.set(m.text, entityKey("person", m.text));
    }
    // Longest names first: a shorter one that is a suffix of a longer one takes its key, and so
    // does one without the other's middle initial ("Harold Daggett" for "Harold J. Daggett").
    const names = [...full.keys()].sort((a, b) => b.length - a.length);
    const keyOf = new Map<string, string>();
    const withoutInitials = (n: string) => n.replace(MIDDLE_INITIAL, "");
    for (const name of names) {
      const longer = names.find((n) => n.length > name.length && (n.endsWith(` ${name}`) || withoutInitials(n) === name));
      keyOf.set(name, longer ? keyOf.get(longer)! : full.get(name)!);
    }
    for (const [name, key] of keyOf) {
      // ("Ferdinand Marcos Jr.": the surname is before the generation's suffix.)
      const words = name.split(/\s+/);
      while (words.length > 2 && GENERATION_SUFFIX.test(words[words.length - 1]!)) words.pop();
      const surname = words[words.length - 1]!.toLowerCase();
      this.lastNames.add(surname);
      let owners = this.surnameOwners.get(surname);
      if (!owners) this.surnameOwners.set(surname, (owners = new Set()));
      owners.add(key);
      const known = this.surnames.get(surname);
      this.surnames.set(surname, known === undefined || known === key ? key : null);
      if (words.length >= 3 && words.some((w) => GIVEN_NAME_PARTICLES.has(w.toLowerCase()))) {
        const given = `^${words[0]!.toLowerCase()}`;
        const k = this.surnames.get(given);
        this.surnames.set(given, k === undefined || k === key ? key : null);
      }
    }
    // "Lin Jian ... Lin said", "Yoon Suk Yeol ... Yoon said": a family name written first. A lone
    // first word of a name of two or three words is that person where no one else has it as a surname.
    for (const [name, key] of keyOf) {
      const words = name.split(/\s+/);
      if (words.length !== 2 && words.length !== 3) continue;
      const first = words[0]!.toLowerCase();
      if (first.length < 2 || !CAPITALIZED_WORD.test(words[0]!)) continue;
      if (!this.surnames.has(first)) this.surnames.set(first, key);
      else if (this.surnames.get(first) !== key && !this.lastNames.has(first)) this.surnames.set(first, null);
    }
    for (const [name, key] of keyOf) if (key !== full.get(name)) this.sameAs.set(full.get(name)!, key);
    // "ILA President Harold J. Daggett, with Executive Vice President Dennis A. Daggett, ...
    // ILA President Daggett hailed": a shared surname with the title of one of them is that one.
    for (const m of mentions) {
      const key = m.kind === "person" && m.role ? keyOf.get(m.text) : undefined;
      if (!key) continue;
      const titled = `${m.role!.toLowerCase()}|${m.text.split(/\s+/).pop()!.toLowerCase()}`;
      const known = this.titledSurnames.get(titled);
      this.titledSurnames.set(titled, known === undefined || known === key ? key : null);
    }
    // "President Biden", "Mr. Biden" with no full name: the surname still names a person, so that
    // a lone "Biden" elsewhere in the article is that person and not an organization.
    for (const m of mentions) {
      if (m.kind !== "person" || m.text.includes(" ") || !m.role) continue;
      const surname = m.text.toLowerCase();
      // ("Sheikh Mohammed" is the given name of a long name, not a surname.)
      if (!this.surnames.has(surname) && !(HONORIFIC_TITLES.test(m.role) && this.surnames.has(`^${surname}`)))
        this.surnames.set(surname, entityKey("person", m.text));
    }
  }

  /** A surname -> the keys of the document's people named in full with it. */
  private readonly surnameOwners = new AccentFreeMap<Set<string>>();
  /** "ila president|daggett" -> the one person named in full with that title and surname (null: several). */
  private readonly titledSurnames = new Map<string, string | null>();

  /**
   * The person a surname that two people of the document share stands for: the one named in
   * full with the same title ("ILA President Daggett"), else the one of them named more often
   * before it, the article's main person ("Daggett stated", after "ILA President Harold J.
   * Daggett, accompanied by Executive Vice President Dennis A. Daggett, ... ILA President Daggett
   * hailed"); none on a tie ("Ann Lee met Bo Lee. Then Lee left.").
   */
  private sharedSurname(surname: string, m: Mention): string | undefined {
    if (m.role) {
      const titled = this.titledSurnames.get(`${m.role.toLowerCase()}|${surname}`);
      if (titled) return titled;
    }
    let best: string | undefined;
    let bestCount = 0;
    let tie = false;
    for (const key of this.surnameOwners.get(surname) ?? []) {
      const e = this.byKey.get(key);
      const count = e ? countBefore(e.seen, m.start) : 0;
      if (count > bestCount) [best, bestCount, tie] = [key, count, false];
      else if (count === bestCount) tie = true;
    }
    return tie ? undefined : best;
  }

  /** The document's country mentions by country, in text order (the first of each kept). */
  private readonly countryMentions = new Map<string, { first: Mention; count: number }>();

  private learnCountries(mentions: Mention[]): void {
    for (const m of mentions) {
      if (m.kind !== "country") continue;
      const name = m.gazetteer?.name ?? m.text;
      const known = this.countryMentions.get(name);
      if (known) known.count++;
      else this.countryMentions.set(name, { first: m, count: 1 });
    }
  }

  /**
   * The country the whole document names most, as an entity: "the government" of a story where
   * no claim has named a country yet ("The Government said ..." in a British paper's second
   * paragraph, "Britain" named in a sentence that made no claim).
   */
  mainCountry(): DocEntity | null {
    let best: { first: Mention; count: number } | null = null;
    for (const c of this.countryMentions.values()) if (!best || c.count > best.count) best = c;
    return best ? this.resolve(best.first) : null;
  }

  /** Keys of entities that a tie waits for (a seat named before its country). */
  private readonly awaited = new Set<string>();

  /** Keys of shorter forms of a person's name -> the key of the full name. */
  private sameAs = new Map<string, string>();

  /** The entity a mention refers to, created on first sight. `speaking`: the mention is a speaker. */
  /**
   * The entity of a mention. `speaking`: the mention is a speaker or an addressee (a capital then
   * stands for its country); `spoke`: it is the speaker, whom a pronoun after may continue.
   */
  resolve(m: Mention, speaking = false, spoke = speaking): DocEntity {
    const { key, label, kind } = this.identify(m, speaking);
    let e = this.byKey.get(key);
    // A guess stays a guess only while nothing else named the entity (a surname of a full name did).
    const guessed = m.guessed && key === entityKey(m.kind, m.text);
    if (!e) {
      e = newEntity(key, label, kind, guessed);
      this.byKey.set(key, e);
      // Ties that waited for this entity ("the White House ... the United States").
      if (this.awaited.has(key))
        for (const other of this.byKey.values()) if (other.affiliationRoles.has(key) && !other.affiliatedWith.includes(e)) other.affiliatedWith.push(e);
    } else if (!guessed) e.guessed = false;
    if (label.length > e.label.length && e.kind === "person" && kind === "person" && label.split(" ").length <= 4) {
      this.addAlias(e, e.label);
      e.label = label;
    }
    e.mentions++;
    insertSorted(e.seen, m.start);
    if (spoke) e.lastSpoke = Math.max(e.lastSpoke, m.start);
    // (Only a new person, or a mention with a title, can say more of the gender.)
    if (e.kind === "person" && (!e.gender || e.genderFromName) && (e.mentions === 1 || m.role || m.text.includes(" "))) {
      const byTitle = genderOfRole(m);
      if (byTitle) [e.gender, e.genderFromName] = [byTitle, false];
      else if (!e.gender) [e.gender, e.genderFromName] = [genderOf(m), true];
    }
    this.addAlias(e, m.text);
    // The White House belongs to the United States, the Palestinians to Palestine.
    if (m.gazetteer?.country && (m.gazetteer.via === "seat" || m.gazetteer.via === "people")) {
      const country = this.byKey.get(entityKey(kindOfCountryName(m.gazetteer.country), m.gazetteer.country));
      if (country && !e.affiliatedWith.includes(country)) e.affiliatedWith.push(country);
      else if (!country) {
        const key = entityKey(kindOfCountryName(m.gazetteer.country), m.gazetteer.country);
        e.affiliationRoles.set(key, "");
        this.awaited.add(key);
      }
    }
    if (m.role) {
      this.addAlias(e, `${m.role} ${m.text}`);
      for (const w of m.role.toLowerCase().split(/\s+/)) e.roles.add(TITLE_ABBREVIATIONS.get(w) ?? w);
      // "Qatari foreign ministry spokesman Khalid al-Mansouri": the institution is an entity too.
      const institution = INSTITUTION_IN_ROLE.exec(m.role)?.[1];
      // ("Organization Secretary Santos Cerdán": a party's office, no body called "Organization".)
      const bare = !institution?.includes(" ") && ORG_KEYWORDS.has(institution?.toLowerCase() ?? "");
      if (institution && /\p{Lu}/u.test(institution) && !bare && m.roleStart !== undefined) {
        const body = this.group(institution, "organization", m.roleStart, false);
        if (!e.affiliatedWith.includes(body)) e.affiliatedWith.push(body);
        e.affiliationRoles.set(body.key, m.role.slice(institution.length).trim());
      }
    }
    return e;
  }

  /**
   * The organization named before whose name differs from `name` by one letter of its last word
   * only ("Canada Past" for "Canada Post"), or null. Names of three letters or fewer never count.
   */
  private misprintOf(name: string): DocEntity | null {
    const words = name.split(" ");
    if (words.length < 2) return null;
    const last = words[words.length - 1]!;
    if (last.length < 4) return null;
    const before = words.slice(0, -1).join(" ");
    let found: DocEntity | null = null;
    for (const e of this.byKey.values()) {
      if (e.kind !== "organization" || !e.label.startsWith(before + " ")) continue;
      const theirs = e.label.slice(before.length + 1);
      if (theirs.length !== last.length || theirs.includes(" ")) continue;
      let diff = 0;
      for (let i = 0; i < last.length && diff < 2; i++) if (theirs[i] !== last[i]) diff++;
      if (diff === 1 && theirs[0] === last[0]) {
        if (found) return null;
        found = e;
      }
    }
    return found;
  }

  /** A group or unnamed source ("US officials", "the union") as an entity of its own. */
  group(label: string, kind: EntityKind, at: number, speaking: boolean): DocEntity {
    // ("urged its members to reject it": a pronoun's possessive is no part of the name of a
    // group of members; "his campaign" keeps it.)
    if (kind === "group" && POSSESSIVE_PRONOUN_START.test(label) && UNION_MEMBERS.test(label.replace(POSSESSIVE_PRONOUN_START, "")))
      label = label.replace(POSSESSIVE_PRONOUN_START, "");
    // "workers", "union members", "57,000 UAW members" in a story of one union: its members, one
    // group however the article words them (named at the end, when the union's short name is known).
    const union = kind === "group" ? this.unionOfMembers(label) : null;
    let e = union ? this.membersOf.get(union) : this.byKey.get(entityKey(kind, label));
    if (!e) {
      const name = union ? `${shortName(union.label, union.aliases)} members` : label;
      e = this.byKey.get(entityKey(kind, name));
      if (!e) {
        e = newEntity(entityKey(kind, name), name, kind);
        this.byKey.set(e.key, e);
      }
      if (union) {
        this.membersOf.set(union, e);
        if (!e.affiliatedWith.includes(union)) e.affiliatedWith.push(union);
      }
    }
    if (union && label !== e.label && !e.aliases.includes(label)) e.aliases.push(label);
    e.mentions++;
    insertSorted(e.seen, at);
    if (speaking) e.lastSpoke = Math.max(e.lastSpoke, at);
    return e;
  }

  /**
   * "union members" said before the article names its one union ("... CUPW" at the end of an AP
   * story): once every name is known, such groups are that union's members. Returns the group each
   * such group is (for stages/resolving.ts to move its claims and absorb it).
   */
  settleUnionMembers(): Map<DocEntity, DocEntity> {
    const moved = new Map<DocEntity, DocEntity>();
    const union = this.soleUnion();
    if (!union) return moved;
    const members = new Set(this.membersOf.values());
    for (const e of [...this.byKey.values()]) {
      if (e.kind !== "group" || members.has(e) || e.mentions <= 0 || this.unionOfMembers(e.label) !== union) continue;
      const target = this.group(e.label, "group", e.seen[0] ?? 0, false);
      target.mentions--; // (group() counted a mention; absorb() will count the group's.)
      if (target !== e) moved.set(e, target);
    }
    return moved;
  }

  /**
   * The union whose members a phrase names: the article's one union, for "workers", "union
   * members" (UNION_MEMBERS) or the trade its name says ("pilots" of the Air Line Pilots
   * Association, "nurses" of a nurses' union); null otherwise.
   */
  unionOfMembers(label: string): DocEntity | null {
    // ("American Workers", "Canadian farmers": a people's workers, not the union's members.)
    if (GAZETTEER.get(label.split(/\s+/)[0]!)?.via === "demonym") return null;
    const plural = MEMBERS_PLURAL.exec(label)?.[1];
    if (!UNION_MEMBERS.test(label) && !plural) return null;
    const union = this.soleUnion();
    if (!union || UNION_MEMBERS.test(label)) return union;
    return union.label.toLowerCase().split(/\s+/).includes(plural!) ? union : null;
  }

  /** The group of a union's members, by union. */
  private readonly membersOf = new Map<DocEntity, DocEntity>();

  /** The one labour union the document names so far, if it names exactly one. */
  private soleUnion(): DocEntity | null {
    let found: DocEntity | null = null;
    for (const e of this.byKey.values()) {
      if (
        e.kind !== "organization" ||
        e.mentions <= 0 ||
        !(LABOR_UNION_NAME.test(e.label) || (/^[A-Z]{2,6}$/.test(e.label) && /[UW]$/.test(e.label)) || e.aliases.some((a) => LABOR_UNION_NAME.test(a)))
      )
        continue;
      if (found && found !== e) return null;
      found = e;
    }
    return found;
  }

  markSpoke(e: DocEntity, at: number): void {
    e.lastSpoke = Math.max(e.lastSpoke, at);
  }

  addAlias(e: DocEntity, alias: string): void {
    const a = alias.trim();
    if (a && a !== e.label && !e.aliases.includes(a)) e.aliases.push(a);
  }

  private identify(m: Mention, speaking: boolean): { key: string; label: string; kind: EntityKind } {
    const g = m.gazetteer;
    if (g) {
      // Capitals are places, except as the voice of their government ("Kyiv is pressing for").
      if (g.via === "capital" && speaking && g.country) {
        const kind = kindOfCountryName(g.country);
        return { key: entityKey(kind, g.country), label: g.country, kind };
      }
      if (g.via === "capital") return { key: entityKey("place", m.text), label: m.text, kind: "place" };
      return { key: entityKey(g.kind, g.name), label: g.name, kind: g.kind };
    }
    // "the Innocence Project said", "according to the Armed Conflict Location and Event Data
    // Project": a project that speaks is the organization that runs it; one that is spoken about
    // ("the Mountain Valley Pipeline project") stays an issue.
    if (m.kind === "topic" && speaking && /\sProject$/.test(m.text)) return { key: entityKey("organization", m.text), label: m.text, kind: "organization" };
    // "not one Republican", "the California Republican", "a Democrat": a member of the party, whose
    // node is the party's members ("Republicans"), never an organization "Republican".
    const party = !m.role ? PARTY_MEMBERS_BY_ADJECTIVE.get(m.text === "Democrat" ? "democratic" : m.text.toLowerCase()) : undefined;
    if (party && CAPITALIZED_WORD.test(m.text) && m.text !== "Democratic") return { key: entityKey("group", party), label: party, kind: "group" };
    // "according to Canada Past" after "Canada Post": a misprint of a body named before, no person.
    if ((m.kind === "person" || (m.guessed && m.text.includes(" "))) && !m.role) {
      // ("Oakland Unified has about 37,000 students" after "Oakland Unified School District": its short name.)
      const body = this.misprintOf(m.text) ?? (m.text.includes(" ") ? this.organizationStartingWith(m.text, true) : null);
      if (body) return { key: body.key, label: body.label, kind: body.kind };
    }
    if (m.kind === "person") {
      const same = this.sameAs.get(entityKey("person", m.text));
      if (same) return { key: same, label: this.byKey.get(same)?.label ?? m.text, kind: "person" };
    }
    // A lone name whose kind is a guess may be the surname of a person named in full.
    // ("Le Pen", "Van Hollen": a surname with its particle is a lone surname too.)
    if (m.kind === "person" || (m.guessed && (!m.text.includes(" ") || SURNAME_PARTICLE.test(m.text)))) {
      const words = m.text.split(/\s+/);
      const surname = words[words.length - 1]!.toLowerCase();
      // "Sheikh Mohammed": a given name after an honorific, for a long Arabic name.
      const full =
        this.surnames.get(surname) ??
        (words.length === 1 && m.role && HONORIFIC_TITLES.test(m.role) ? this.surnames.get(`^${surname}`) : undefined) ??
        (words.length === 1 && this.surnames.get(surname) === null ? this.sharedSurname(surname, m) : undefined);
      const particled = words.length > 1 && m.kind !== "person";
      if (full && (words.length === 1 || m.kind === "person" || particled)) {
        const e = this.byKey.get(full);
        // The full name labels the person even when the surname came first.
        if (words.length > 1 && !particled) return { key: full, label: m.text, kind: "person" };
        return { key: full, label: e?.label ?? m.text, kind: "person" };
      }
    }
    // "the Philadelphi axis" after "the Philadelphi Corridor": a lone word of no known kind that
    // opens the name of a place named before is that place.
    if (m.guessed && !m.text.includes(" ")) {
      const place = this.placeStartingWith(m.text);
      if (place) return { key: place.key, label: place.label, kind: place.kind };
    }
    if (m.kind === "organization") {
      // "CUPE Local 3903" and "Canadian Union of Public Employees Local 3903": one unit.
      const unit = this.sameUnit(m.canonical ?? m.text);
      if (unit) return { key: unit.key, label: unit.label, kind: unit.kind };
      const acronymOf = this.acronymOwner(m.text);
      if (acronymOf) return { key: acronymOf.key, label: acronymOf.label, kind: acronymOf.kind };
      // "the UK Government", "the Spanish Government", "the Government of Spain": the country's
      // voice, as "the UK government" is.
      const government = /^(.+) Government$|^Government of (?:the )?(.+)$/.exec(m.text);
      const governed = government ? GAZETTEER.get(government[1] ?? government[2]!) : undefined;
      if (governed?.kind === "country" && (governed.country ?? governed.name)) {
        const country = governed.country ?? governed.name;
        return { key: entityKey("country", country), label: country, kind: "country" };
      }
      // "Ford" after "Ford Motor Co.": the first word of a company named before.
      const longer = !m.text.includes(" ") ? this.organizationStartingWith(m.text) : null;
      if (longer) return { key: longer.key, label: longer.label, kind: longer.kind };
      const name = m.canonical ?? m.text;
      const label = name.replace(CORPORATE_SUFFIX, "") || name;
      const orgKey = entityKey("organization", label);
      // "the Commerce Ministry" after "the Ministry of Commerce": one body in two word orders.
      const variant = bodyNameVariant(label);
      const existing =
        this.byKey.get(orgKey) ??
        (variant ? this.byKey.get(entityKey("organization", variant)) : undefined) ??
        this.abbreviatedBody(label) ??
        (variant ? this.countrysBody(label) : null);
      if (existing) return { key: existing.key, label: existing.label, kind: existing.kind };
      if (m.guessed) this.placeBecomesBody(label);
      return { key: orgKey, label, kind: "organization" };
    }
    const label = m.canonical ?? m.text;
    // "nurses at Montefiore" after "an agreement with Montefiore": a name whose kind was guessed
    // twice, a place after "at" and an organization elsewhere, is one entity, the organization.
    if (m.guessed && m.kind === "place") {
      const body = this.byKey.get(entityKey("organization", label));
      if (body?.guessed) return { key: body.key, label: body.label, kind: body.kind };
    }
    return { key: entityKey(m.kind, label), label, kind: m.kind };
  }

  /**
   * "The Foreign Ministry said" after "Ethiopia's Foreign Ministry" (the "Ethiopian Foreign
   * Ministry"): the one country's body of the article so named; null when none or two countries'.
   */
  private countrysBody(label: string): DocEntity | null {
    const found = this.entitiesWhere((e) => e.kind === "organization" && e.label !== label && e.label.endsWith(` ${label}`) && e.aliases.includes(label));
    return found.length === 1 ? found[0]! : null;
  }

  /**
   * "Met Council" and "Metropolitan Council", "Intl. Monetary Fund": the one body named before whose
   * name has as many words, each the same or written out from this one's shortened word.
   */
  private abbreviatedBody(label: string): DocEntity | null {
    let found: DocEntity | null = null;
    for (const e of this.byKey.values()) {
      if (e.kind !== "organization" || e.label === label || !abbreviates(label, e.label)) continue;
      if (found) return null;
      found = e;
    }
    return found;
  }

  /**
   * The one company or institution whose name is this word and words that only say what it is
   * ("Ford" -> "Ford Motor", "York" -> "York University"), if only one is; "House" is not the "House GOP".
   * `anyRest`: a name of two words or more may be followed by any words ("Oakland Unified" -> "Oakland Unified School District").
   */
  private organizationStartingWith(word: string, anyRest = false): DocEntity | null {
    let found: DocEntity | null = null;
    for (const e of this.byKey.values()) {
      if (e.kind !== "organization" || !e.label.startsWith(`${word} `)) continue;
      if (
        !anyRest &&
        !e.label
          .slice(word.length + 1)
          .split(/\s+/)
          .every((w) => COMPANY_WORDS.has(w.toLowerCase()) || INSTITUTION_WORDS.has(w.toLowerCase()))
      )
        continue;
      if (found) return null;
      found = e;
    }
    return found;
  }

  /** The one place named before as this word and a place's word ("Philadelphi Corridor", "Golan Heights"), if only one is. */
  private placeStartingWith(word: string): DocEntity | null {
    let found: DocEntity | null = null;
    for (const e of this.byKey.values()) {
      if (e.kind !== "place" || !e.label.startsWith(`${word} `)) continue;
      const rest = e.label.slice(word.length + 1).toLowerCase();
      if (!PLACE_KEYWORDS.has(rest)) continue;
      if (found) return null;
      found = e;
    }
    return found;
  }

  /**
   * "IAM" for "International Association of Machinists", "NAFTA" for "North American Free Trade
   * Agreement": the organization, or the treaty named as a topic, whose initials it is.
   */
  /** The organization named before that is the same numbered unit of the same union, by its initials or in full. */
  private sameUnit(name: string): DocEntity | null {
    // ("Local 332" after "Teamsters Local 332": the unit by its number alone.)
    if (/^(?:Local|District|Lodge|Chapter|Branch) \d+$/.test(name)) {
      const whole = [...this.byKey.values()].filter((e) => e.kind === "organization" && e.label.endsWith(` ${name}`));
      return whole.length === 1 ? whole[0]! : null;
    }
    const key = unitKey(name);
    if (!key) return null;
    for (const e of this.byKey.values()) if (e.kind === "organization" && e.label !== name && unitKey(e.label) === key) return e;
    return null;
  }

  private acronymOwner(text: string): DocEntity | null {
    // ("Knut" after "the Kenya National Union of Teachers (Knut)": initials written as a word, given in brackets.)
    if (/^[A-Z][a-z]{2,6}$/.test(text)) {
      for (const e of this.byKey.values()) if (e.kind === "organization" && e.aliases.includes(text) && e.label !== text) return e;
      return null;
    }
    if (!/^[A-Z]{2,6}$/.test(text)) return null;
    for (const e of this.byKey.values()) {
      // "National Rally (RN)": the initials the article gave in brackets, whatever their order.
      if (e.kind === "organization" && e.aliases.includes(text)) return e;
      if (e.kind !== "organization" && !(e.kind === "topic" && text.length >= 3 && /^\p{Lu}\S*(?:\s+\S+){2,}$/u.test(e.label))) continue;
      // ("CUPE" is the union, not its "Canadian Union of Public Employees Local 3903".)
      if (unitKey(e.label)) continue;
      // ("NFLPA" after "NFL Players Association": initials inside the name give all their letters.)
      const initials = e.label
        .split(/\s+/)
        .filter((w) => /^[A-Z]/.test(w))
        .map((w) => (/^[A-Z]{2,4}$/.test(w) ? w : w[0]))
        .join("");
      if (initials.startsWith(text) && initials.length - text.length <= 2) return e;
    }
    return null;
  }

  /**
   * The entity that satisfies `test` mentioned most often before `before`; on a tie the one
   * introduced first (a story's lead names its main actors).
   */
  mostMentioned(test: (e: DocEntity) => boolean, before: number): DocEntity | null {
    let best: DocEntity | null = null;
    let bestCount = 0;
    for (const e of this.byKey.values()) {
      if (!test(e)) continue;
      const count = countBefore(e.seen, before);
      if (count > bestCount || (count === bestCount && count > 0 && best && e.seen[0]! < best.seen[0]!)) {
        best = e;
        bestCount = count;
      }
    }
    return best;
  }

  /** The entities that satisfy `test`. */
  /** People known only by a description that spoke ("Canada's labor minister"): resolution may name them later. */
  readonly describedPersons = new Set<DocEntity>();
  /** Bodies known only by a description that spoke before the article named them ("the union" -> "union"). */
  readonly describedBodies = new Map<DocEntity, string>();

  /**
   * A description was the person named in full elsewhere in the article: one entity, under the
   * name, the description one of its names.
   */
  absorb(description: DocEntity, person: DocEntity): void {
    this.addAlias(person, description.label);
    person.mentions += description.mentions;
    for (const at of description.seen) insertSorted(person.seen, at);
    description.mentions = 0;
    this.describedPersons.delete(description);
    this.describedBodies.delete(description);
  }

  entitiesWhere(test: (e: DocEntity) => boolean): DocEntity[] {
    const out: DocEntity[] = [];
    for (const e of this.byKey.values()) if (test(e)) out.push(e);
    return out;
  }

  /** The two entities that satisfy `test` mentioned most often before `before` (see mostMentioned); none if fewer. */
  mostMentionedTwo(test: (e: DocEntity) => boolean, before: number): DocEntity[] {
    const first = this.mostMentioned(test, before);
    const second = first && this.mostMentioned((e) => e !== first && test(e), before);
    if (first && second) return [first, second];
    // "talks between Canada Post and its striking workers ... MacKinnon says he has requested both
    // parties meet": where one party is named only later ("CUPW"), the two of the whole article.
    return before < Infinity ? this.mostMentionedTwo(test, Infinity) : [];
  }

  /** The most recent entity that satisfies `test`, preferring recent speakers. */
  /**
   * A lone name whose kind was a guess turns out to be a person ("Trump said ... He added"): it
   * becomes one, under the person's key, and its later mentions find it as a surname.
   */
  becomePerson(e: DocEntity): void {
    if (e.kind === "person" || !e.guessed) return;
    const key = entityKey("person", e.label);
    if (this.byKey.has(key)) return;
    this.byKey.delete(e.key);
    e.key = key;
    e.kind = "person";
    e.guessed = false;
    this.byKey.set(key, e);
    const surname = e.label.toLowerCase();
    if (!this.surnames.has(surname)) this.surnames.set(surname, key);
  }

  /** A place whose kind was only guessed turns out to be a body of that name: it is re-keyed as one. */
  private placeBecomesBody(label: string): void {
    const place = this.byKey.get(entityKey("place", label));
    const key = entityKey("organization", label);
    if (!place?.guessed || this.byKey.has(key)) return;
    this.byKey.delete(place.key);
    place.key = key;
    place.kind = "organization";
    this.byKey.set(key, place);
  }

  mostRecent(test: (e: DocEntity) => boolean, before: number, preferSpeakers = true): DocEntity | null {
    let best: DocEntity | null = null;
    let bestAt = -1;
    for (const e of this.byKey.values()) {
      if (!test(e)) continue;
      const seen = lastBefore(e.seen, before);
      const at = preferSpeakers && e.lastSpoke >= 0 && e.lastSpoke < before ? e.lastSpoke + 1e9 : seen;
      if (at > bestAt) {
        best = e;
        bestAt = at;
      }
    }
    return best;
  }

  entities(): Entity[] {
    // A literal and push, not filter().map(): see the note above extractDocument.
    const out: Entity[] = [];
    for (const e of this.byKey.values()) {
      if (e.mentions <= 0) continue;
      const entity: Entity = { key: e.key, label: e.label, kind: e.kind, aliases: e.aliases, mentions: e.mentions };
      // A union's members under the union's short name as the article ends with it ("IAM members").
      const union = e.kind === "group" ? e.affiliatedWith.find((a) => this.membersOf.get(a) === e) : undefined;
      if (union) {
        const names = [`${shortName(union.label, union.aliases)} members`, `${union.label} members`, e.label, ...e.aliases];
        entity.label = names[0]!;
        entity.aliases = [...new Set(names.slice(1))].filter((a) => a !== entity.label);
      }
      // The other word order of a body's name, for the articles that write it so.
      // ("Qatari Foreign Ministry" keeps its one order: its country's demonym leads it.)
      const variant = e.kind === "organization" && !GAZETTEER.has(e.label.split(" ")[0]!) ? bodyNameVariant(e.label) : null;
      if (variant && !e.aliases.includes(variant)) entity.aliases = [...e.aliases, variant];
      // Ties to entities of the article, and ties the gazetteer knows to entities it may never
      // name ("the Kremlin" -> Russia), which the graph finds by key.
      const owners = new Set<string>();
      for (const a of e.affiliatedWith) owners.add(a.key);
      for (const key of e.affiliationRoles.keys()) owners.add(key);
      for (const key of owners) {
        (entity.affiliations ??= []).push({ entity: key, role: e.affiliationRoles.get(key) ?? "" });
      }
      if (e.guessed) entity.kindGuessed = true;
      out.push(entity);
    }
    return out;
  }
}

/** What a person mention's title says of the person's gender ("Mrs", "spokeswoman"), or null. */
function genderOfRole(m: Mention): Gender | null {
  if (m.role)
    for (const w of m.role.split(/\s+/)) {
      const g = genderOfTitle(w);
      if (g) return g;
    }
  return null;
}

/** What a person mention's given name says of the person's gender (a guess), or null. */
function genderOf(m: Mention): Gender | null {
  const words = m.text.split(/\s+/);
  return words.length > 1 ? genderOfGivenName(words[0]!) : null;
}

/** The greatest offset below `before` in an ascending list (binary search), or -1. */
function lastBefore(sorted: number[], before: number): number {
  const n = countBefore(sorted, before);
  return n > 0 ? sorted[n - 1]! : -1;
}

/** How many offsets of an ascending list are below `before` (binary search). */
function countBefore(sorted: number[], before: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < before) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keep a list of offsets ascending as mentions are added (nearly always at the end). */
function insertSorted(sorted: number[], at: number): void {
  let i = sorted.length;
  while (i > 0 && sorted[i - 1]! > at) i--;
  sorted.splice(i, 0, at);
}
