// Who a speaker or addressee reference stands for: a name, a pronoun, or a noun phrase that
// points back ("the union", "the Israeli leader", "its foreign minister", "both sides") or names a
// group of its own ("US officials", "analysts"). Inputs: the document's entities (registry), what
// the discourse said so far (memory), and the mentions resolved in this sentence.
import type { Mention } from "../entities/mentions.js";
import { type DocEntity, type EntityRegistry, UNION_MEMBERS } from "../entities/registry.js";
import { BROADCASTER_INITIALS, DEMONYM_OF, GAZETTEER, isIntergovernmental, MEDIA_NAME_WORDS } from "../lexicon/gazetteer.js";
import {
  COMPANY_HEADS,
  HONORIFICS,
  LAWMAKER_NOUNS,
  ORG_KEYWORDS,
  PARTY_ADJECTIVES,
  PARTY_MEMBERS_BY_ADJECTIVE,
  PARTY_MEMBER_NOUNS,
  PERSON_ROLE_HEADS,
  ROLE_SYNONYMS,
} from "../lexicon/roles.js";
import type { Token } from "../nlp.js";
import { isPostmodifier, type SpeakerRef } from "../attribution/subjects.js";
import { singular } from "../text/inflection.js";
import type { DiscourseMemory } from "./discourse.js";
import { SUBORDINATORS, THIRD_PERSON_POSSESSIVES } from "../lexicon/function-words.js";

export interface SpeakerContext {
  registry: EntityRegistry;
  memory: DiscourseMemory;
  tokens: Token[];
  text: string;
  mentionEntity: Map<Mention, DocEntity>;
  /** The mention that starts at a token, if any. */
  mentionStartingAt: (k: number) => Mention | undefined;
}

/** Members who speak for what they belong to: "two members of the Freedom Caucus", "leaders of the union". */
const MEMBER_HEADS = new Set(["member", "leader", "official", "representative", "negotiator", "spokesman", "spokeswoman", "spokesperson", "delegate"]);

/** Heads through which a country or organization speaks: "US officials", "the Russian side". */
const COUNTRY_VOICES = new Set([
  "office",
  "official",
  "officials",
  "government",
  "governments",
  "authorities",
  "authority",
  "diplomat",
  "diplomats",
  "leader",
  "leaders",
  "negotiator",
  "negotiators",
  "ministry",
  "administration",
  "source",
  "sources",
  "delegation",
  "envoy",
  "envoys",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "side",
]);
/** The fighters of an armed group, who speak for it: "ELN rebels", "Houthi fighters". */
const ARMED_MEMBERS = new Set(["rebel", "rebels", "guerrilla", "guerrillas", "militant", "militants", "fighter", "fighters", "insurgent", "insurgents"]);
const STATEMENT_NOUNS = new Set(["statement", "communique", "communiqué", "declaration", "letter", "text", "document"]);
const COLLECTIVE_HEADS = new Set([
  "country",
  "countries",
  "member",
  "members",
  "state",
  "states",
  "nation",
  "nations",
  "ally",
  "allies",
  "partner",
  "partners",
  "party",
  "parties",
]);
/** Collective nouns that take "they" though they do not end in -s. */
const PLURAL_COLLECTIVES = new Set(["people", "media", "police", "staff", "personnel", "clergy", "military", "public"]);
/** Singular heads of one who leads a body: "the leader of the Teamsters", "the head of the union". */
const LEADING_HEADS = new Set(["leader", "head", "chief", "president", "chair", "chairman", "chairwoman", "chairperson", "boss", "secretary"]);

/** "both men", "the two leaders": the pair that spoke last. */
const PAIR_OF_PERSONS = new Set(["man", "men", "leader", "leaders", "minister", "ministers", "official", "officials", "president", "presidents"]);
/** "both sides", "the two countries": the two parties of the dispute. */
const PAIR_OF_PARTIES = new Set([
  "side",
  "sides",
  "party",
  "parties",
  "country",
  "countries",
  "nation",
  "nations",
  "government",
  "governments",
  "delegation",
  "delegations",
  "team",
  "teams",
  "camp",
  "camps",
  "company",
  "companies",
  // ("the two forces", "both factions": the warring parties.)
  "force",
  "forces",
  "faction",
  "factions",
]);
/** "his country", "their government": the country the person speaks for. */
const COUNTRY_NOUNS = new Set(["country", "nation", "government", "administration"]);

/** Names of political parties: "Socialist Party", "National Rally", "Five Star Movement", "Rassemblement National". */
const PARTY_NAME =
  /\b(?:party|rally|front|movement|parti|partido|partito|partei|rassemblement|mouvement|movimiento|movimento|fronte|frente|lega|league|alliance)\b/i;

/** The titles of those who speak for a body. */
const SPOKESPEOPLE = new Set(["spokesman", "spokeswoman", "spokesperson"]);

/** Heads of a government body that news copy writes in lowercase: "the foreign ministry", "the commerce department". */
const MINISTRY_HEADS = new Set(["ministry", "department"]);

/**
 * What a ministry is of, title-cased, from the words between the country and the head ("Qatar's
 * foreign ministry" -> "Foreign"); null when nothing says it ("Russia's ministry").
 */
function ministryOf(tokens: Token[], from: number, head: number): string | null {
  const words: string[] = [];
  for (let k = from; k < head; k++) {
    const t = tokens[k]!;
    if (t.lower === "'s" || t.lower === "’s" || t.text === "'" || t.text === "’") continue;
    if (!/^[\p{L}-]+$/u.test(t.text) || (t.pos !== "NOUN" && t.pos !== "ADJ" && t.pos !== "PROPN")) return null;
    words.push(t.text.replace(/^./, (c) => c.toUpperCase()));
  }
  return words.length ? words.join(" ") : null;
}

/**
 * "Qatar's foreign ministry" -> the "Qatari Foreign Ministry", tied to Qatar: the ministry named by
 * the words from token `from` to the head; null when no words say which ministry.
 */
function countrysMinistry(ctx: SpeakerContext, ref: SpeakerRef & { type: "np" }, country: DocEntity, from: number, phrase: string): DocEntity | null {
  const { tokens, registry } = ctx;
  const body = ministryOf(tokens, from, ref.t1 - 1);
  if (!body) return null;
  const name = `${DEMONYM_OF.get(country.label) ?? country.label} ${body} ${tokens[ref.t1 - 1]!.text.replace(/^./, (c) => c.toUpperCase())}`;
  const org = registry.group(name, "organization", tokens[ref.t0]!.start, true);
  registry.addAlias(org, phrase.replace(/^(?:the)\s+/i, ""));
  if (!org.affiliatedWith.includes(country)) org.affiliatedWith.push(country);
  return org;
}

/** Organization descriptions and the organizations they may point back to. */
const UNION_WORDS =
  /\b(?:union|unions|workers|teamsters|f[eé]d[eé]ration|guild|brotherhood|conf[eé]d[eé]ration|association|congress|syndicate|syndicats?|centrale)\b/i;
interface Description {
  heads: ReadonlySet<string>;
  fits: (e: DocEntity) => boolean;
  /**
   * Where no body of the article fits: a body that has spoken and may be so described all the
   * same. "The BMA has rejected the offer ... The doctors’ union said": a union known only by
   * initials that say nothing of a union.
   */
  speakerFits?: (e: DocEntity) => boolean;
}
/** The names of a local government: "City of Cornwall", "Town of Oakville", "Cornwall City Council", "Cook County". */
const LOCAL_GOVERNMENT =
  /^(?:City|Town|County|Municipality|Village|Borough) of \p{Lu}|\b(?:City|Town|County|Municipal) Council$|^\p{Lu}\S* (?:County|City Hall)$/u;

/**
 * Bodies that are no company whatever their name: "“DB will now have the verdict reviewed before the
 * Hessian State Labor Court,” the company said" is Deutsche Bahn's, not the court's.
 */
const PUBLIC_BODY =
  /\b(?:court|tribunal|ministry|department|agency|commission|committee|council|parliament|assembly|senate|congress|government|administration|police|army|party|university)\b/i;

/** Names that only a news outlet has ("the Seattle Times", "Reuters"; not "Canada Post"). */
const NEWS_OUTLET = /\b(?:times|news|journal|herald|tribune|gazette|telegraph|guardian|reuters|newspaper|magazine)\b/i;

const DESCRIPTIONS: Description[] = [
  // A union by its name ("Teamsters", "United Auto Workers", and their short forms "UAW", "NEU"),
  // or one the article described as a union ("the train drivers' union GDL").
  {
    heads: new Set(["union"]),
    fits: (e) =>
      e.kind === "organization" &&
      !isIntergovernmental(e.label) &&
      (UNION_WORDS.test(e.label) ||
        e.roles.has("union") ||
        e.aliases.some((a) => UNION_WORDS.test(a)) ||
        (/^[A-Z]{2,6}$/.test(e.label) && /[UW]$/.test(e.label))),
    speakerFits: (e) => e.kind === "organization" && /^[A-Z]{2,7}$/.test(e.label) && !GAZETTEER.has(e.label) && !isIntergovernmental(e.label),
  },
  // "with the Board recommending a Yes" after "the SAG-AFTRA National Board", "the committee"
  // after "the Judicial Selection Committee": the body whose name ends with the word.
  { heads: new Set(["board"]), fits: (e) => e.kind === "organization" && /\bBoard$/.test(e.label) },
  { heads: new Set(["committee"]), fits: (e) => e.kind === "organization" && /\bCommittee$/.test(e.label) },
  { heads: new Set(["commission"]), fits: (e) => e.kind === "organization" && /\bCommission$/.test(e.label) },
  // "the lender", "the financial institution", "the Fund" after the IMF or a bank (the gazetteer's
  // IMF is no company).
  {
    heads: new Set(["lender", "institution", "fund"]),
    fits: (e) => e.kind === "organization" && /\b(?:Fund|Bank|IMF)\b/.test([e.label, ...e.aliases].join(" ")),
  },
  {
    heads: COMPANY_HEADS,
    fits: (e) =>
      e.kind === "organization" &&
      !GAZETTEER.has(e.label) &&
      !UNION_WORDS.test(e.label) &&
      !e.roles.has("union") &&
      !PUBLIC_BODY.test(e.label) &&
      !NEWS_OUTLET.test(e.label) &&
      !BROADCASTER_INITIALS.test(e.label),
  },
  // "the group", "the militant group", "the movement": a non-state organization, Hamas included.
  {
    heads: new Set(["group", "movement", "organization", "organisation", "militia", "faction"]),
    fits: (e) => e.kind === "organization" && !isIntergovernmental(e.label) && !UNION_WORDS.test(e.label),
  },
  // "the league" after "the NFL" (not the "SportsCenter" that reported on it): a body named a
  // league, or by initials ending in L; else any body that spoke, but no outlet.
  { heads: new Set(["club", "team"]), fits: (e) => e.kind === "organization" },
  {
    heads: new Set(["league"]),
    fits: (e) => e.kind === "organization" && (/\bLeague\b/.test([e.label, ...e.aliases].join(" ")) || /^[A-Z]{1,4}L$/.test(e.label)),
    speakerFits: (e) => e.kind === "organization" && !MEDIA_NAME_WORDS.test(e.label) && !BROADCASTER_INITIALS.test(e.label),
  },
  // ("the alliance" after "the Qantas Engineers' Alliance": a body that its name calls one.)
  { heads: new Set(["bloc", "alliance"]), fits: (e) => e.kind === "organization" && (isIntergovernmental(e.label) || /\b(?:Alliance|Bloc)\b/.test(e.label)) },
  // "the coalition", "the alliance" of parties: the one met before ("the New Popular Front").
  {
    heads: new Set(["coalition"]),
    fits: (e) => e.kind === "organization" && /\b(?:coalition|front|alliance|bloc|union)\b/i.test(e.label) && !isIntergovernmental(e.label),
  },
  // "the party", "her party": the political party met before ("the National Rally", "Fidesz party").
  { heads: new Set(["party"]), fits: (e) => e.kind === "organization" && PARTY_NAME.test(e.label) },
  // "the city" after "the City of Cornwall", "the council" after "Cornwall City Council": the local government met before.
  {
    heads: new Set(["city", "town", "municipality", "council", "county"]),
    fits: (e) => e.kind === "organization" && LOCAL_GOVERNMENT.test(e.label),
  },
  // "the district" after "the Oakland Unified School District".
  // ("the district says" after "Portland Public Schools (PPS)": a school system is a district.)
  {
    heads: new Set(["district"]),
    fits: (e) => e.kind === "organization" && /\b(?:District|Public Schools|Unified)$/.test(e.label) && !/^\S+ District \d/.test(e.label),
  },
  // "the administration" after "the Trump administration", "the government" after "the Modi government".
  { heads: new Set(["administration", "government"]), fits: (e) => e.kind === "organization" && /\b(?:administration|government)$/i.test(e.label) },
];

/** Words that say what kind of body a head is: "trade union", "rebel group", "opposition party". */
const BODY_KINDS = new Set([
  "trade",
  "labor",
  "labour",
  "rebel",
  "militant",
  "armed",
  "opposition",
  "lobby",
  "advocacy",
  "industry",
  "pressure",
  "political",
  "ruling",
  "separatist",
  "insurgent",
  "paramilitary",
]);

/** Every head of a body's description: "union", "carmaker", "party", "coalition". */
export const BODY_DESCRIPTION_HEADS: ReadonlySet<string> = new Set(DESCRIPTIONS.flatMap((d) => [...d.heads]));

/** The entities a speaker reference stands for: names, pronouns, groups and roles. */
export function resolveSpeakerRef(ctx: SpeakerContext, ref: SpeakerRef, at: number, notThis?: DocEntity): DocEntity[] {
  const { registry, tokens, text, mentionEntity } = ctx;
  if (ref.type === "mention") {
    // "said the California Republican", "the Vermont independent": a party member named before,
    // described by home state and party; the state is no speaker.
    const m = ref.mention;
    const next = tokens[m.t1];
    if (
      tokens[m.t0 - 1]?.lower === "the" &&
      (m.kind === "place" || m.kind === "country") &&
      next &&
      PARTY_MEMBER_NOUNS.has(next.lower) &&
      !/s$/.test(next.lower)
    ) {
      // A member of that party if the text said so, else the person who spoke last.
      const party = PARTY_MEMBERS_BY_ADJECTIVE.get(next.lower === "democrat" ? "democratic" : next.lower);
      const person =
        registry.mostRecent((e) => e !== notThis && e.kind === "person" && e.affiliatedWith.some((a) => a.label === party), at) ??
        registry.mostRecent((e) => e !== notThis && e.kind === "person", at);
      if (person) return [person];
    }
    const body = mentionEntity.get(m) ?? registry.resolve(m, true);
    // "The leader of the Teamsters said", after "Teamsters President Sean O'Brien": the one person
    // of the article who leads the body (else the body speaks, as for "leaders of the union").
    const of = tokens[m.t0 - 1]?.lower === "of" ? m.t0 - 1 : tokens[m.t0 - 1]?.lower === "the" && tokens[m.t0 - 2]?.lower === "of" ? m.t0 - 2 : -1;
    const head = of > 0 ? tokens[of - 1]! : null;
    if (head && LEADING_HEADS.has(head.lower) && tokens[of - 2]?.lower === "the" && (body.kind === "organization" || body.kind === "country")) {
      // (A leader, head or boss is whoever holds one of the leading titles; a president is a president.)
      const generic = head.lower === "leader" || head.lower === "head" || head.lower === "boss";
      const leads = (e: DocEntity) =>
        generic
          ? [...e.roles].some((r) =>
              r
                .toLowerCase()
                .split(/\s+/)
                .some((w) => LEADING_HEADS.has(w)),
            )
          : roleAgrees(head.lower, e.roles) || e.roles.has(head.lower);
      const leader = registry.mostRecent((e) => e !== notThis && e.kind === "person" && e.affiliatedWith.includes(body) && leads(e), at, false);
      if (leader) return [leader];
      // ("Pat Cullen, general secretary of the Royal College of Nursing": the one person of the body.)
      const members = generic ? registry.entitiesWhere((e) => e !== notThis && e.kind === "person" && e.affiliatedWith.includes(body)) : [];
      if (members.length === 1) return members;
    }
    return [body];
  }
  if (ref.type === "pronoun") {
    // "Lighthizer and Freeland said in a joint statement ... They say": the pair that spoke last.
    if ((ref.word === "they" || ref.word === "them") && ctx.memory.lastGroup.length > 1) {
      const last = registry.mostRecent(
        (x) => x.kind !== "person" && (x.kind === "group" || x.kind === "organization" || x.kind === "country") && x !== notThis,
        at,
      );
      const groupAt = Math.max(...ctx.memory.lastGroup.map((e) => e.lastSpoke));
      if (!last || last.lastSpoke < groupAt) return ctx.memory.lastGroup;
    }
    // "Austria and Sweden have said they want to rein in the spending": the bodies that spoke
    // together last, when no other body spoke or was named since.
    const bodies = ctx.memory.lastBodies;
    if ((ref.word === "they" || ref.word === "them") && bodies.length > 1) {
      const last = registry.mostRecent((x) => x.kind !== "person" && x !== notThis, at);
      if (last && bodies.includes(last)) return bodies;
    }
    const personal = ref.word === "he" || ref.word === "she" || ref.word === "him" || ref.word === "her";
    const test = pronounFits(ref.word);
    if (!test) return [];
    // ("The NSEU will give more details next week, it said": after the content, "it" is the body
    // its clause opens with, not the one named last.)
    if (ref.word === "it") {
      const body = clauseSubjectBody(ctx, ref.t0);
      if (body && body !== notThis) return [body];
    }
    // "House Speaker Kevin McCarthy released the bill text, one day after he announced ...": a
    // pronoun after the main verb is the sentence's subject, before the last speaker.
    const opener = personal && precededByVerb(tokens, ref.t0) ? sentenceOpener(ctx, ref.t0, (x) => x.kind === "person" && test(x) && x !== notThis) : null;
    let e = opener ?? registry.mostRecent((x) => (test(x) || (personal && guessedSpeaker(x, at))) && x !== notThis, at);
    // "Fran Drescher shared her thoughts ... 'But we broke so much ground,' she continued": with
    // no one of the pronoun's gender, the last person whose gender was only her given name's
    // guess is the one, and the pronoun tells the gender.
    if (!e && personal) {
      const guessed = registry.mostRecent((x) => x.kind === "person" && !!x.genderFromName && x !== notThis, at);
      if (guessed) {
        guessed.gender = ref.word === "he" || ref.word === "him" ? "male" : "female";
        guessed.genderFromName = false;
        e = guessed;
      }
    }
    // "President Trump threatened ... Juncker will visit Washington to resolve the dispute. '...,'
    // he said": the subject of the sentence just before, named after the last one who spoke, is
    // the one the pronoun continues (the centre of the discourse), though he said nothing there.
    if (personal && !opener && e) {
      const previous = previousSentenceSubject(ctx, ref.t0, (x) => x.kind === "person" && test(x) && x !== notThis);
      if (previous && previous.entity !== e && e.lastSpoke < previous.at) e = previous.entity;
    }
    // "Trump said the deal was good. He added ...": the lone name that spoke is a person.
    if (e && e.kind !== "person" && personal) registry.becomePerson(e);
    return e ? [e] : [];
  }
  // "Republican demands": a party's adjective alone, for its members.
  const partyMembers = ref.t1 - ref.t0 === 1 && /^\p{Lu}/u.test(tokens[ref.t0]!.text) ? PARTY_MEMBERS_BY_ADJECTIVE.get(ref.head) : undefined;
  if (partyMembers) return [registry.group(partyMembers, "group", tokens[ref.t0]!.start, true)];
  // Noun phrases: "US officials" speak for the US; "the union" is the union met before; "both men".
  const phrase = withPostmodifier(text, tokens, ref.t0, ref.t1);
  const label = phrase.replace(/^(?:the|a|an|another)\s+/i, "");
  // "US officials", "a Premier League spokesperson": the voice of a country or organization.
  const modifier = ref.modifiers.find((m) => (m.gazetteer && (m.kind === "country" || m.gazetteer.country)) || m.kind === "organization");
  const modifierEntity = modifier ? (mentionEntity.get(modifier) ?? registry.resolve(modifier, true)) : null;
  const singularHead = tokens[ref.t1 - 1]!.lower === ref.head && singular(ref.head) === ref.head;
  const possessive = ref.determiner === "its" || ref.determiner === "their" || ref.determiner === "his" || ref.determiner === "her";

  // "said the country’s foreign ministry": the ministry of the country the article is about.
  const countrys = /^the (?:country|nation)['’]s /i.test(phrase) && MINISTRY_HEADS.has(ref.head);
  if (countrys) {
    const country = registry.mostMentioned((e) => e.kind === "country", at) ?? registry.mainCountry();
    const after = tokens.findIndex((t, k) => k > ref.t0 && k < ref.t1 && /^['’]s$/.test(t.text));
    const body = country && after > 0 ? countrysMinistry(ctx, ref, country, after + 1, phrase) : null;
    if (body) return [body];
  }
  // "the far right warned", "the left has promised": the body the article described by that wing.
  if (WINGS.has(ref.head)) {
    const body = registry.mostRecent((e) => e !== notThis && e.wings.has(ref.head), at, false);
    // (None described so here: the camp as a body, which another article of the story may name.)
    return [body ?? registry.group(ref.head, "organization", tokens[ref.t0]!.start, true)];
  }
  // "two members of the Freedom Caucus", "leaders of the union": the organization they belong to.
  if (MEMBER_HEADS.has(ref.head) && tokens[ref.t1]?.lower === "of") {
    const m = ctx.mentionStartingAt(ref.t1 + 1) ?? (tokens[ref.t1 + 1]?.lower === "the" ? ctx.mentionStartingAt(ref.t1 + 2) : undefined);
    if (m && !m.adjectival && (m.kind === "organization" || m.kind === "country")) {
      const body = mentionEntity.get(m) ?? registry.resolve(m, true);
      // ("Leaders of France, Germany and Italy said": each country of the list.)
      const listed = [body];
      for (let k = m.t1, next = m; tokens[k]?.text === "," || tokens[k]?.lower === "and";) {
        const after = ctx.mentionStartingAt(tokens[k + 1]?.lower === "and" ? k + 2 : k + 1);
        if (!after || after.adjectival || after.kind !== next.kind) break;
        listed.push(mentionEntity.get(after) ?? registry.resolve(after, true));
        next = after;
        k = after.t1;
      }
      if (listed.length > 1 && !singularHead) return listed;
      // (A singular leader of the body, "The leader of the Royal College of Nursing has accused", is
      // read where the body is the subject's mention: see LEADING_HEADS above.)
      return [body];
    }
  }
  // "Netanyahu's office said": the office of a leader speaks for the leader.
  if (ref.head === "office") {
    const owner = ref.modifiers.find((m) => m.kind === "person" && /^['’]s$/.test(tokens[m.t1]?.text ?? ""));
    if (owner) return [mentionEntity.get(owner) ?? registry.resolve(owner, true)];
  }
  // "the United Auto Workers union", "the Boeing company": the organization itself.
  // ("The Crown corporation": a word of no known kind before the head is no name of its own, and
  // the description finds the company the article named.)
  // ("The GDL trade union", "The M23 rebel group": a kind of body before its head is one head.)
  const headStart = ref.t1 - 1 - (BODY_KINDS.has(tokens[ref.t1 - 2]?.lower ?? "") ? 1 : 0);
  const namedOrg = ref.modifiers.find((m) => m.kind === "organization" && m.t1 === headStart && !m.guessed);
  if (namedOrg && DESCRIPTIONS.some((d) => d.heads.has(ref.head))) return [mentionEntity.get(namedOrg) ?? registry.resolve(namedOrg, true)];
  // "the California Republican", "the New York Democrat": a party member named before;
  // "said the 52-year-old": the person named last.
  if (ref.determiner === "the" && ((singularHead && PARTY_MEMBER_NOUNS.has(ref.head)) || ref.head === "year-old")) {
    const person = registry.mostRecent((e) => e !== notThis && e.kind === "person", at);
    if (person) return [person];
  }
  // "both sides", "the two countries agreed": one claim per party of the story.
  // ("The two downstream countries have repeatedly called on Ethiopia": an adjective between.)
  // ("Each side accused the other of violating the ceasefire": both, each of the other.)
  const pair = ref.determiner === "both" || (ref.determiner === "each" && singularHead) || /^the two (?:[\p{Ll}-]+ )?\p{L}+$/iu.test(phrase);
  if (pair && PAIR_OF_PARTIES.has(ref.head)) {
    // "both countries", "the two companies": the two of that kind named last; "both sides", "the
    // two parties": the dispute's two parties, the most mentioned.
    const one = singular(ref.head);
    const kind = one === "country" || one === "nation" || one === "government" ? "country" : one === "company" ? "organization" : null;
    if (kind) {
      const a = registry.mostRecent((e) => e !== notThis && e.kind === kind, at, false);
      const b = a ? registry.mostRecent((e) => e !== notThis && e !== a && e.kind === kind, at, false) : null;
      if (a && b) return [b, a];
    }
    const parties = registry.mostMentionedTwo((e) => e !== notThis && (e.kind === "organization" || e.kind === "country") && e.mentions > 1, at);
    if (parties.length === 2) return parties;
    // ("The army and the Popular Defence Forces agreed to ... Both sides agreed": the pair that
    // spoke last; "Israel and Hamas traded blame. Both sides ...": the two bodies named last.)
    const last = ctx.memory.lastBodies;
    if (last.length === 2) return last;
    const a = registry.mostRecent((e) => e !== notThis && (e.kind === "organization" || e.kind === "country"), at, false);
    const b = a ? registry.mostRecent((e) => e !== notThis && e !== a && (e.kind === "organization" || e.kind === "country"), at, false) : null;
    if (a && b) return [b, a];
  }
  // "both men", "the two leaders" (not "two officials familiar with the talks"), "the pair",
  // "the duo": the last pair.
  if ((pair && PAIR_OF_PERSONS.has(ref.head)) || (ref.determiner === "the" && (ref.head === "pair" || ref.head === "duo") && ref.t1 - ref.t0 === 2)) {
    if (ctx.memory.lastGroup.length > 1) return ctx.memory.lastGroup;
    const a = registry.mostRecent((e) => e.kind === "person", at);
    const b = a ? registry.mostRecent((e) => e.kind === "person" && e !== a, at) : null;
    if (a && b) return [b, a];
  }

  // "the top US diplomat", "the Israeli leader", "its foreign minister", "her American
  // counterpart": the person of that country or organization, named before, whose title agrees.
  if (singularHead && (PERSON_ROLE_HEADS.has(ref.head) || ROLE_SYNONYMS.has(ref.head)) && (ref.determiner === "the" || possessive || ref.determiner === "")) {
    const owner =
      modifierEntity ??
      (ref.determiner === "its" || ref.determiner === "their"
        ? (clauseSubjectBody(ctx, ref.t0) ?? registry.mostRecent((e) => e !== notThis && (e.kind === "organization" || e.kind === "country"), at, false))
        : null);
    if (owner) {
      const word = modifier?.text.toLowerCase();
      const person = registry.mostRecent(
        (e) => e !== notThis && e.kind === "person" && (e.affiliatedWith.includes(owner) || (!!word && e.roles.has(word))) && roleAgrees(ref.head, e.roles),
        at,
        false,
      );
      if (person) {
        if (!possessive) registry.addAlias(person, label);
        return [person];
      }
      // "the Israeli leader" after "Prime Minister Benjamin Netanyahu": the one person whose
      // title agrees and who speaks for no other country.
      if (owner.kind === "country") {
        const candidates = registry.entitiesWhere(
          (e) =>
            e !== notThis &&
            e.kind === "person" &&
            roleAgrees(ref.head, e.roles) &&
            !ROLE_SYNONYMS.get(ref.head)?.has("*") &&
            !e.affiliatedWith.some((a) => a.kind === "country" && a !== owner),
        );
        if (candidates.length === 1) {
          if (!possessive) registry.addAlias(candidates[0]!, label);
          return candidates;
        }
      }
    }
  }
  // "his country", "their government": the country its speaker stands for.
  if (possessive && COUNTRY_NOUNS.has(ref.head) && !modifier) {
    const owner = registry.mostRecent(
      (e) => e !== notThis && (ref.determiner === "his" || ref.determiner === "her" ? e.kind === "person" : e.kind === "organization" || e.kind === "person"),
      at,
    );
    const country =
      owner?.affiliatedWith.find((a) => a.kind === "country") ??
      (owner?.kind === "country" ? owner : null) ??
      registry.mostMentioned((e) => e.kind === "country", at);
    if (country) return [country];
  }
  // "Canadian and Mexican officials": each country speaks.
  const countries = ref.modifiers.filter((m) => m.adjectival && m.gazetteer?.kind === "country");
  if (countries.length > 1 && (COUNTRY_VOICES.has(ref.head) || COUNTRY_VOICES.has(ref.head + "s")))
    return countries.map((m) => mentionEntity.get(m) ?? registry.resolve(m, true));
  // "ELN guerrillas denied", "Colombia's National Liberation Army (ELN) rebels denied": the armed
  // group's fighters speak for it.
  if (ARMED_MEMBERS.has(ref.head)) {
    const armed = ref.modifiers.filter((m) => m.kind === "organization" && !m.adjectival);
    const body = armed.length ? (mentionEntity.get(armed[armed.length - 1]!) ?? registry.resolve(armed[armed.length - 1]!, true)) : null;
    if (body) {
      if (!/[()]/.test(phrase)) registry.addAlias(body, phrase.replace(/^(?:the)\s+/i, ""));
      return [body];
    }
  }
  if (modifierEntity && (COUNTRY_VOICES.has(ref.head) || COUNTRY_VOICES.has(ref.head + "s"))) {
    if (modifierEntity.kind === "place" && modifier!.gazetteer?.country) {
      return [registry.resolve({ ...modifier!, gazetteer: { ...modifier!.gazetteer, via: "capital" } }, true)];
    }
    // "Qatar's foreign ministry", "the Chinese commerce ministry": a body of the country, its own
    // node tied to the country, never the country itself.
    const body = modifierEntity.kind === "country" && MINISTRY_HEADS.has(ref.head) ? countrysMinistry(ctx, ref, modifierEntity, modifier!.t1, phrase) : null;
    if (body) return [body];
    registry.addAlias(modifierEntity, phrase.replace(/^(?:the)\s+/i, ""));
    if (SPOKESPEOPLE.has(ref.head)) ctx.memory.lastVoiced = modifierEntity;
    return [modifierEntity];
  }
  // "A Health Department spokesperson said ... 'Q,' the spokesperson said": the body whose
  // spokesperson spoke last, when no person of the article holds the title.
  if (
    ref.determiner === "the" &&
    SPOKESPEOPLE.has(ref.head) &&
    ctx.memory.lastVoiced &&
    !registry.mostRecent((e) => e.kind === "person" && e.roles.has(ref.head), at)
  )
    return [ctx.memory.lastVoiced];
  // "The statement said ...": the document of the speakers quoted last.
  // ("A county document released Monday says": a document described, not one quoted before, speaks as itself.)
  // ("according to her quarterly finance documents": records of someone, not a statement quoted before.)
  const records = /s$/.test(tokens[ref.t1 - 1]!.lower) && ref.determiner !== "the";
  if (records && STATEMENT_NOUNS.has(ref.head)) return [registry.group(label.replace(/^(?:his|her|its|their)\s+/i, ""), "group", tokens[ref.t0]!.start, true)];
  if (STATEMENT_NOUNS.has(ref.head) && !records && !((ref.determiner === "a" || ref.determiner === "an") && ref.t1 - ref.t0 > 2)) {
    // ("the U.S. and Saudi joint statement added": the countries it names issued it.)
    const issuers: DocEntity[] = [];
    for (const m of ref.modifiers) {
      const e = ctx.mentionEntity.get(m);
      if (e && (e.kind === "country" || e.kind === "organization") && !issuers.includes(e)) issuers.push(e);
    }
    if (issuers.length) return issuers;
    return ref.determiner === "the" ? ctx.memory.lastStatementBy : [];
  }
  // "its spokesman", "their negotiators": the voice of the organization or country met before.
  if ((ref.determiner === "its" || ref.determiner === "their") && (COUNTRY_VOICES.has(ref.head) || PERSON_ROLE_HEADS.has(ref.head))) {
    const owner = clauseSubjectBody(ctx, ref.t0) ?? registry.mostRecent((e) => e !== notThis && (e.kind === "organization" || e.kind === "country"), at, false);
    // "its prime minister said", no prime minister named yet: that person, tied to the country,
    // whom the article may name later (stages/resolving.ts, namedLater); its spokesman or its
    // officials are its voice.
    if (owner && singularHead && LEADER_TITLES.has(ref.head)) {
      const title = text.slice(tokens[ref.t0 + 1]!.start, tokens[ref.t1 - 1]!.end).replace(/\s+/g, " ");
      const person = registry.group(`${owner.label}'s ${title}`, "person", tokens[ref.t0]!.start, true);
      registry.describedPersons.add(person);
      if (!person.affiliatedWith.includes(owner)) person.affiliatedWith.push(owner);
      return [person];
    }
    if (owner) return [owner];
  }
  const definite = ref.determiner === "the" || THIRD_PERSON_POSSESSIVES.has(ref.determiner) || ref.determiner === "";
  const plural = /s$/.test(tokens[ref.t1 - 1]!.lower);
  // "the union", "the carmaker", "the Palestinian group": the organization of that description met before.
  if (ref.determiner === "the" && !plural) {
    const description = DESCRIPTIONS.find((d) => d.heads.has(ref.head));
    const org = description && describedBody(registry, description, at, notThis, ref.head);
    if (org) {
      registry.addAlias(org, label);
      return [org];
    }
    // "the union said ..." before the article names the union: a description to resolve at the
    // end of the article (stages/resolving.ts), when every body it names is known.
    if (description && !ref.modifiers.length && ref.t1 - ref.t0 === 2) {
      const body = registry.group(ref.head, "group", tokens[ref.t0]!.start, true);
      registry.describedBodies.set(body, ref.head);
      return [body];
    }
  }
  // "The left-wing coalition, the New Popular Front (NFP), said": a description followed by the
  // name of what it describes, in apposition.
  if (tokens[ref.t1]?.text === ",") {
    const at0 = tokens[ref.t1 + 1]?.lower === "the" ? ref.t1 + 2 : ref.t1 + 1;
    const named = ctx.mentionStartingAt(at0);
    if (named && !named.adjectival && (named.kind === "organization" || named.kind === "country") && [",", "("].includes(tokens[named.t1]?.text ?? "")) {
      const e = mentionEntity.get(named) ?? registry.resolve(named, true);
      registry.addAlias(e, label);
      return [e];
    }
  }
  // "workers wanted their pensions back": the rank and file, the union's members where the
  // story has one union (registry.group), not the union "... Workers" by the last word of its name.
  if (UNION_MEMBERS.test(label) || registry.unionOfMembers(label)) return [registry.group(label, "group", tokens[ref.t0]!.start, true)];
  if (definite && !modifier && !COLLECTIVE_HEADS.has(ref.head)) {
    // ("the minister" alone, not "the Free Democrats' leader": a title under another word needs
    // nothing before it but the article.)
    const bareTitle = singularHead && ref.determiner === "the" && ref.t1 - ref.t0 === 2 && !ref.modifiers.length;
    // "union leaders", "the spokesman": someone met before.
    const words = label.toLowerCase().split(/\s+/);
    // ("the Liberal leader" is not "Nationals leader David Littleproud": a capitalized word of
    // the description must be one of the person's titles or ties.)
    const named = label
      .split(/\s+/)
      .slice(0, -1)
      .filter((w) => /^\p{Lu}/u.test(w) && w.toLowerCase() !== "the")
      .map((w) => w.toLowerCase().replace(/['’]s$/, ""));
    // ("the Republican governor" is Gov. Paul LePage, whose party the article never named: a
    // party's word disagrees only with a person of another party.)
    const partyOf = (e: DocEntity) =>
      [...e.roles, ...e.affiliatedWith.flatMap((a) => a.label.toLowerCase().split(/\s+/))].some((x) => PARTY_WORDS.has(singular(x)));
    const namesAgree = (e: DocEntity) =>
      named.every(
        (w) =>
          e.roles.has(w) ||
          (PARTY_WORDS.has(singular(w)) && !partyOf(e)) ||
          e.affiliatedWith.some((a) =>
            a.label
              .toLowerCase()
              .split(/\s+/)
              .some((x) => x === w || singular(x) === singular(w)),
          ),
      );
    const match = registry.mostRecent(
      (e) =>
        e !== notThis &&
        // A person by the head of their title ("the spokesman"), not by a word before it: "the
        // union" is not the union's president.
        // An organization by the last word of its name ("union leaders" for the Teamsters Union),
        // not by any word ("Top White House officials" are not the House GOP).
        // A group only by its whole name: "Republicans" are not the "hard-right Republicans".
        // ("Sudan's armed forces" are not the Rapid Support Forces: the words before the shared
        // one must be the body's too.)
        (e.kind !== "person"
          ? words.some(
              (w, k) =>
                w.length > 3 &&
                (labelWords(e)[labelWords(e).length - 1] === w || headBeforeOf(labelWords(e)) === w) &&
                (e.kind === "group" || modifiersAgree(words, k, e)),
            ) &&
            // ("the army" after "Sudan's army" or "the Sudanese army": a body named as a country's is
            // found by its head.)
            (e.kind !== "group" || labelWords(e).length === 1 || /^\p{Lu}\S* \p{Ll}+[^s]$/u.test(e.label))
          : PERSON_ROLE_HEADS.has(ref.head) &&
            (e.roles.has(ref.head) || ((bareTitle || (named.length > 0 && singularHead)) && titleSynonym(ref.head, e.roles))) &&
            namesAgree(e)),
      at,
      false,
    );
    if (match) {
      if (!possessive) registry.addAlias(match, label);
      return [match];
    }
    // ("Donald Trump and congressional leaders failed to resolve the shutdown as the president
    // refused": no one of the article is titled president; the one person met before with no title.)
    if (bareTitle && (ref.head === "president" || ref.head === "chancellor" || ref.head === "premier")) {
      const untitled = registry.entitiesWhere(
        (e) => e !== notThis && e.kind === "person" && e.mentions > 0 && e.roles.size === 0 && (e.seen[0] ?? Infinity) < at,
      );
      const titled = registry.entitiesWhere((e) => e.kind === "person" && e.mentions > 0 && e.roles.size > 0 && (e.seen[0] ?? Infinity) < at);
      if (untitled.length === 1 && titled.length === 0) {
        registry.addAlias(untitled[0]!, label);
        return untitled;
      }
    }
    if (["government", "administration", "authorities"].includes(ref.head)) {
      // "the government" of a story is its main country, not the one named last.
      const c = registry.mostMentioned((e) => e.kind === "country", at) ?? registry.mainCountry();
      if (c) return [c];
    }
  }
  // "Democratic lawmakers", "Republican legislators": the party's members, one group whatever
  // the outlet calls them.
  const party = tokens[ref.t1 - 2];
  if (ref.t1 - ref.t0 === 2 + (ref.determiner ? 1 : 0) && party && LAWMAKER_NOUNS.has(tokens[ref.t1 - 1]!.lower)) {
    const members = PARTY_MEMBERS_BY_ADJECTIVE.get(party.lower);
    if (members) {
      const group = registry.group(members, "group", tokens[ref.t0]!.start, true);
      registry.addAlias(group, label);
      return [group];
    }
  }
  const bare = label.replace(
    /^(?:(?:at least|more than|about|some|several|many|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|a group of|a few|few|dozen|hundreds of|thousands of)\s+)+/i,
    "",
  );
  const isPerson =
    [
      "spokesman",
      "spokeswoman",
      "spokesperson",
      "president",
      "minister",
      "secretary",
      "chancellor",
      "premier",
      "ambassador",
      "envoy",
      "mediator",
      "negotiator",
      "arbitrator",
      "commissioner",
      "governor",
      "mayor",
      "chairman",
      "chairwoman",
      "ceo",
      "director",
    ].includes(ref.head) && !/s$/.test(phrase);
  // "a senior administration official said ... another official on the call said ... an official
  // said": an unnamed source named again without words of its own is the one named before.
  const bareSource = BARE_SOURCE.exec(bare.replace(/\s+/g, " "));
  const again = bareSource && !/\p{Lu}/u.test(bareSource[2] ?? "") ? bareSource[1]!.toLowerCase() : undefined;
  if (again) {
    const head = new RegExp(`\\b${again}s?\\b`, "i");
    const earlier = registry.mostRecent((e) => e.kind === "group" && head.test(e.label), tokens[ref.t0]!.start, false);
    if (earlier) {
      registry.addAlias(earlier, label);
      return [earlier];
    }
    // "US officials involved in the talks said ... “...,” the source said": the source is one of
    // the officials named before, whatever they speak for (here the United States).
    if (ref.determiner === "the") {
      const named = registry.mostRecent(
        (e) => e.kind !== "person" && [e.label, ...e.aliases].some((x) => /\b(?:officials?|sources?|aides?|diplomats?)\b/i.test(x)),
        tokens[ref.t0]!.start,
      );
      if (named) return [named];
      // ("Finance Secretary Hamid Yaqoob Shaikh told reporters ... The official also acknowledged":
      // no unnamed official before; the titled person who just spoke.)
      const start = tokens[ref.t0]!.start;
      const titled = registry.mostRecent(
        (e) => e.kind === "person" && e.lastSpoke >= 0 && start - e.lastSpoke < 400 && [...e.roles].some((r) => !HONORIFICS.has(r)),
        start,
      );
      if (titled && again === "official" && ref.t1 - ref.t0 === 2) return [titled];
    }
  }
  // "a senior administration official": one node for the officials of that description, whether
  // one or several speak ("senior administration officials").
  const single = SOURCE_HEADS.has(ref.head) ? new RegExp(`\\b${ref.head}\\b`) : null;
  const name = demonymForm((single ? bare.replace(single, `${ref.head}s`) : label).replace(/\s+/g, " "));
  const group = registry.group(name, isPerson ? "person" : "group", tokens[ref.t0]!.start, true);
  if (name !== label) registry.addAlias(group, label);
  if (isPerson) registry.describedPersons.add(group);
  if (bare !== label && bare) registry.addAlias(group, bare);
  // "Europe's steelmakers" are also "steelmakers".
  const unowned = bare.replace(/^\S+(?:'s|’s|s'|s’)\s+/, "");
  if (unowned !== bare && unowned) registry.addAlias(group, unowned);
  // "a senior source with direct knowledge of the situation" is also "senior source".
  const head = text
    .slice(tokens[ref.t0]!.start, tokens[ref.t1 - 1]!.end)
    .replace(/^(?:the|a|an)\s+/i, "")
    .replace(/\s+/g, " ");
  if (head !== label && head.length < label.length) registry.addAlias(group, head);
  return [group];
}

/** Heads of unnamed sources, singular: a group of them is named in the plural. */
const SOURCE_HEADS = new Set(["official", "source", "aide", "diplomat"]);

/**
 * An unnamed source with no words of its own before its head, and none that name anyone after it:
 * "official", "another official on the call", "a source familiar with the talks" (not "a source
 * close to Prime Minister Netanyahu", who is another side's).
 */
const BARE_SOURCE =
  /^(?:(?:another|other|one|second|third)\s+)?(official|source|aide|diplomat)s?(?:\s+(?:on|with|in|at|from|familiar|close|briefed|involved|who)\b(.*))?$/i;

/**
 * The person a title alone in a claim's content stands for ("believed that the prime minister was
 * referencing ...", "criticised the mayor"): the person met before whose title agrees, if only one
 * does; null when none or several do.
 */
export function describedPerson(registry: EntityRegistry, head: string, notThis?: DocEntity): DocEntity | null {
  if (!PERSON_ROLE_HEADS.has(head)) return null;
  const people = registry.entitiesWhere((e) => e !== notThis && e.kind === "person" && roleAgrees(head, e.roles));
  return people.length === 1 ? people[0]! : null;
}

/**
 * The organization a description in a claim's content stands for ("rejected the union's offer",
 * "the militant group's demands"): the one of that description mentioned last before `at`.
 */
export function describedOrganization(registry: EntityRegistry, head: string, at: number, notThis?: DocEntity): DocEntity | null {
  const description = DESCRIPTIONS.find((d) => d.heads.has(head));
  // (Else, before the article names it, the one body of the article that fits: "the union
  // representing postal workers" in the lead, "the Canadian Union of Postal Workers" later.)
  if (description) return describedBody(registry, description, at, notThis, head) ?? theOneDescribed(registry, head, notThis);
  // "the board" after "the Canada Industrial Relations Board", "the commission", "the court": the
  // body whose name ends with the word.
  if (!ORG_KEYWORDS.has(head)) return null;
  return registry.mostRecent((e) => e !== notThis && e.kind === "organization" && labelWords(e)[labelWords(e).length - 1] === head, at, false);
}

/** The body met last before `at` that the description fits, else the last that spoke and may be so described. */
function describedBody(registry: EntityRegistry, description: Description, at: number, notThis?: DocEntity, head?: string): DocEntity | null {
  // ("US carmaker Tesla ... the carmaker said": the body the article described by that word.)
  const named = head ? registry.mostRecent((e) => e !== notThis && e.kind === "organization" && e.roles.has(head), at, false) : null;
  if (named) return named;
  let fits = registry.mostRecent((e) => e !== notThis && description.fits(e), at, false);
  // ("ALPA, representing pilots at Air Canada and Air Canada Rouge," the airline said: the story's
  // airline, named again and again, not the one named once last.)
  if (fits && fits.mentions <= 1) {
    const main = registry.mostMentioned((e) => e !== notThis && description.fits(e), at);
    if (main && main.mentions >= 3) fits = main;
  }
  if (fits || !description.speakerFits) return fits;
  const speaker = registry.mostRecent((e) => e !== notThis && e.lastSpoke >= 0 && e.lastSpoke < at && description.speakerFits!(e), at, true);
  // (Only where no other body of the article fits either: "the union" of an article that names no union.)
  return speaker && !registry.entitiesWhere((e) => e !== speaker && e.mentions > 0 && description.fits(e)).length ? speaker : null;
}

/**
 * "Qatar is reassessing its role as a mediator between Israel and Hamas, its prime minister said":
 * in an attribution after the content, "its" is the body that the content's clause is about, its
 * subject, and not the body named last. The organization or country that opens the sentence
 * before its first verb, when the speaker phrase follows a comma; else null.
 */
function clauseSubjectBody(ctx: SpeakerContext, t0: number): DocEntity | null {
  const { tokens } = ctx;
  if (tokens[t0 - 1]?.text !== "," && !CLOSE_QUOTES.has(tokens[t0 - 1]?.text ?? "")) return null;
  return sentenceOpener(ctx, t0, (e) => e.kind === "organization" || e.kind === "country");
}

/**
 * The entity that opens the sentence of token t0 as its subject (its first name, before the
 * first verb), if `accept` takes it; else null.
 */
function sentenceOpener(ctx: SpeakerContext, t0: number, accept: (e: DocEntity) => boolean): DocEntity | null {
  const { tokens } = ctx;
  let start = t0 - 1;
  while (
    start > 0 &&
    t0 - start < 80 &&
    !/^[.!?]$/.test(tokens[start - 1]!.text) &&
    !ctx.text.slice(tokens[start - 1]!.end, tokens[start]!.start).includes("\n")
  )
    start--;
  // ("Before speaking to media, Peters spent 40 minutes ..., where he railed": an opening clause of
  // time or manner is no subject; the subject comes after its comma.)
  const first = tokens[start]!;
  if (SUBORDINATORS.has(first.lower) || first.pos === "ADP" || (first.pos === "VERB" && /ing$/.test(first.lower))) {
    let comma = start + 1;
    while (comma < t0 && comma < start + 12 && tokens[comma]!.text !== ",") comma++;
    if (comma < t0 && tokens[comma]!.text === ",") start = comma + 1;
  }
  for (let k = start; k < t0; k++) {
    const t = tokens[k]!;
    if (t.pos === "VERB" || t.pos === "AUX") return null;
    const m = ctx.mentionStartingAt(k);
    if (!m || m.adjectival) continue;
    const e = ctx.mentionEntity.get(m);
    if (e && accept(e)) return e;
    k = m.t1 - 1;
  }
  return null;
}
const CLOSE_QUOTES = new Set(["”", '"', "’"]);

/** Where the sentence (or line) holding token t0 starts. */
function sentenceStartBefore(ctx: SpeakerContext, t0: number, crossLines: boolean): number {
  const { tokens } = ctx;
  let start = t0;
  while (start > 0 && t0 - start < 80 && !/^[.!?]$/.test(tokens[start - 1]!.text)) {
    if (!crossLines && ctx.text.slice(tokens[start - 1]!.end, tokens[start]!.start).includes("\n")) break;
    start--;
  }
  return start;
}

/**
 * The person who opens the sentence before the one of token t0 (a name before its first verb,
 * outside quotation marks), with the offset of that mention; null when it opens otherwise.
 */
function previousSentenceSubject(ctx: SpeakerContext, t0: number, accept: (e: DocEntity) => boolean): { entity: DocEntity; at: number } | null {
  const { tokens } = ctx;
  const current = sentenceStartBefore(ctx, t0, false);
  if (current <= 0) return null;
  // (The line break before the current sentence may be crossed: the sentence before ends a paragraph.)
  const start = sentenceStartBefore(ctx, current - 1, false);
  for (let k = start; k < current; k++) {
    const t = tokens[k]!;
    if (t.pos === "VERB" || t.pos === "AUX" || OPEN_QUOTE_MARKS.has(t.text)) return null;
    const m = ctx.mentionStartingAt(k);
    if (!m || m.adjectival) continue;
    const e = ctx.mentionEntity.get(m);
    return e && accept(e) ? { entity: e, at: m.start } : null;
  }
  return null;
}
const OPEN_QUOTE_MARKS = new Set(["“", '"', "‘", "«"]);

/** Political camps that speak as a body: "the far right", "the left". */
const WINGS = new Set(["far right", "far left", "left", "right"]);

/** Titles of the one person who leads a country or a body: "its prime minister", "their president". */
const LEADER_TITLES = new Set([
  "president",
  "minister",
  "premier",
  "chancellor",
  "king",
  "queen",
  "ceo",
  "chairman",
  "chairwoman",
  "leader",
  "mayor",
  "governor",
]);

/** Whether a verb comes before token t0 in its sentence: the pronoun is not the sentence's first subject. */
function precededByVerb(tokens: Token[], t0: number): boolean {
  for (let k = t0 - 1; k >= 0 && t0 - k < 60; k--) {
    const t = tokens[k]!;
    // ('"Control of the corridor guarantees ...," he added': the verb is the quotation's.)
    if (/^[.!?]$/.test(t.text) || CLOSE_QUOTES.has(t.text) || t.text === "“") return false;
    if (t.pos === "VERB" || t.pos === "AUX") return true;
  }
  return false;
}

/** The head of a name "X of Y": "guild" of "Writers Guild of America", "bank" of "Bank of Canada" (or null). */
/** The words of a description before its word k are the body's own, or say nothing of which body ("the", "its", "top"). */
function modifiersAgree(words: readonly string[], k: number, e: DocEntity): boolean {
  const own = new Set([...labelWords(e), ...e.affiliatedWith.flatMap((a) => labelWords(a))]);
  for (let j = 0; j < k; j++) {
    const w = words[j]!.replace(/['’]s$/, "");
    if (!own.has(w) && !UNSPECIFIC_MODIFIERS.has(w)) return false;
  }
  return true;
}
const UNSPECIFIC_MODIFIERS = new Set([
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "top",
  "senior",
  "local",
  "national",
  "some",
  "several",
  "two",
  "three",
  "many",
  "other",
  "former",
]);

function headBeforeOf(words: readonly string[]): string | null {
  const of = words.indexOf("of");
  return of > 0 ? words[of - 1]! : null;
}

/** A party's words: "Republican", "Democrat", "Labour", "Liberal" (singular). */
const PARTY_WORDS = new Set(
  [
    ...PARTY_ADJECTIVES,
    ...PARTY_MEMBER_NOUNS,
    "democratic",
    "labour",
    "tory",
    "green",
    "national",
    "nationals",
    "social",
    "christian",
    "free",
    "liberal",
    "socialist",
    "conservative",
  ].map((w) => singular(w)),
);

/**
 * "Sudan's army" is "Sudanese army": a country's possessive before a lowercase description is
 * written with its demonym, so that outlets' two wordings of one body make one node.
 */
function demonymForm(name: string): string {
  const m = /^(\p{Lu}[^\s']*(?: \p{Lu}[^\s']*)?)['’]s (\p{Ll}.*)$/u.exec(name);
  if (!m) return name;
  const entry = GAZETTEER.get(m[1]!);
  const demonym = entry?.kind === "country" ? DEMONYM_OF.get(entry.name) : undefined;
  return demonym ? `${demonym} ${m[2]}` : name;
}

/** Whether a person's titles fit a role noun that stands for them ("leader" fits a prime minister). */
function roleAgrees(head: string, roles: ReadonlySet<string>): boolean {
  const titles = ROLE_SYNONYMS.get(head);
  if (!titles) return roles.has(head);
  if (titles.has("*")) return true;
  for (const r of roles) if (titles.has(r)) return true;
  return false;
}

/**
 * A title that names one office under another word: "the minister" for the Health Secretary,
 * "the premier" for the prime minister (not the words for anyone in office, "the official").
 */
function titleSynonym(head: string, roles: ReadonlySet<string>): boolean {
  const titles = ROLE_SYNONYMS.get(head);
  return !!titles && !titles.has("*") && roleAgrees(head, roles);
}

/** A lone capitalized name of a guessed kind that spoke before `at` ("Trump said"): it may be a person. */
function guessedSpeaker(e: DocEntity, at: number): boolean {
  return e.guessed && e.kind === "organization" && e.lastSpoke >= 0 && e.lastSpoke < at && !e.label.includes(" ");
}

/** Which entities a pronoun may stand for: "she" never a person known to be a man, nor "he" a woman. */
function pronounFits(word: string): ((e: DocEntity) => boolean) | null {
  if (word === "he" || word === "him") return (e) => e.kind === "person" && e.gender !== "female";
  if (word === "she" || word === "her") return (e) => e.kind === "person" && e.gender !== "male";
  if (word === "it") return (e) => e.kind === "organization" || e.kind === "country" || (e.kind === "group" && singularGroup(e));
  if (word === "they" || word === "them") return (e) => e.kind === "group" || e.kind === "organization" || e.kind === "country";
  return null;
}

/** The lowercase words of an entity's label, cached on the entity while the label stays the same. */
function labelWords(e: DocEntity): string[] {
  if (e.words?.label !== e.label) e.words = { label: e.label, list: e.label.toLowerCase().split(/\s+/) };
  return e.words.list;
}

/** "the company", "the foreign ministry" (it), not "US officials" or "state media" (they). */
function singularGroup(e: DocEntity): boolean {
  const words = labelWords(e);
  const head = words[words.length - 1] ?? "";
  return singular(head) === head && !PLURAL_COLLECTIVES.has(head);
}

/** "people familiar with the talks", "sources close to the union": the phrase that says who they are. */
export function withPostmodifier(text: string, tokens: Token[], t0: number, t1: number): string {
  let end = t1;
  const a = tokens[t1]?.lower;
  const b = tokens[t1 + 1]?.lower;
  if (isPostmodifier(a, b)) {
    end = t1 + 2;
    while (end < tokens.length && !/^[,.;:)]$/.test(tokens[end]!.text) && end < t1 + 8 && !["said", "says", "told", "who", "that"].includes(tokens[end]!.lower))
      end++;
  }
  return text.slice(tokens[t0]!.start, tokens[end - 1]!.end);
}

/**
 * The person a description that spoke stands for, named in full later in the article ("Canada's
 * labor minister announced ... Labor Minister Steven MacKinnon said"): the one person whose title
 * holds the description's head and its other words (a country's name or demonym aside); null
 * when none or several do.
 */
export function namedLater(registry: EntityRegistry, description: DocEntity): DocEntity | null {
  const words = description.label
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "the" && w !== "a" && w !== "an" && !/['’]s$/.test(w) && !GAZETTEER.has(w.replace(/^./, (c) => c.toUpperCase())));
  const head = words[words.length - 1];
  if (!head) return null;
  const rest = words.slice(0, -1);
  const people = registry.entitiesWhere(
    (e) =>
      e !== description && e.kind === "person" && !registry.describedPersons.has(e) && e.mentions > 0 && e.roles.has(head) && rest.every((w) => e.roles.has(w)),
  );
  if (people.length === 1) return people[0]!;
  if (!people.length) {
    // "The Health Secretary said she would ... Victoria Atkins told the Commons ...": a title that
    // leads the article is the one person named after it who speaks, when that person's title is
    // not given and no one else named speaks.
    const others = registry.entitiesWhere(
      (e) => e !== description && e.kind === "person" && !registry.describedPersons.has(e) && e.mentions > 0 && e.lastSpoke >= 0,
    );
    const only = others.length === 1 ? others[0]! : null;
    // ("Ms Atkins": an honorific is no title.)
    const titled = !!only && [...only.roles].some((r) => !HONORIFICS.has(r));
    return only && !titled && (description.seen[0] ?? Infinity) < (only.seen[0] ?? -1) ? only : null;
  }
  // "Qatar's prime minister" among two prime ministers: the one of that country, or the one
  // tied to no other country.
  const owners = description.affiliatedWith;
  const own = people.filter((e) => e.affiliatedWith.some((a) => owners.includes(a)));
  if (own.length === 1) return own[0]!;
  const free = people.filter((e) => !e.affiliatedWith.some((a) => a.kind === "country" && !owners.includes(a)));
  if (!owners.length) return null;
  if (free.length === 1) return free[0]!;
  // ...and of those, the one who speaks in the article (the other is only talked about).
  const speaking = free.filter((e) => e.lastSpoke >= 0);
  return speaking.length === 1 ? speaking[0]! : null;
}

/** The one organization of the article that a description fits ("the union"), or null when none or several do. */
export function theOneDescribed(registry: EntityRegistry, head: string, notThis?: DocEntity): DocEntity | null {
  const description = DESCRIPTIONS.find((d) => d.heads.has(head));
  if (!description) return null;
  const described = registry.entitiesWhere((e) => e !== notThis && e.kind === "organization" && e.mentions > 0 && e.roles.has(head));
  if (described.length === 1) return described[0]!;
  const fits = registry.entitiesWhere((e) => e !== notThis && e.mentions > 0 && !registry.describedBodies.has(e) && description.fits(e));
  if (fits.length < 2) return fits[0] ?? null;
  // "The union behind the junior doctor's strike is taking a militant stance ..." before "the
  // British Medical Association" (three mentions) and "the Confederation" (one): the body the
  // article is about, when it is named at least twice as often as any other that fits.
  fits.sort((a, b) => b.mentions - a.mentions);
  return fits[0]!.mentions >= 2 * fits[1]!.mentions ? fits[0]! : null;
}
