// Stage 4, resolution: the document's entities and who speaks. Sentence by sentence, in text
// order (each sentence's names resolve against what the sentences before it named): its
// mentions become entities of the registry (entities/registry.ts), its drafts' subjects and
// addressees speakers (resolution/speakers.ts), with the discourse memory; a draft becomes one
// pending claim per speaker, its stance decided by attribution/stance.ts.
import type { Draft } from "../attribution/drafts.js";
import { decideStance, type StanceDecision, type StanceFacts } from "../attribution/stance.js";
import type { Mention } from "../entities/mentions.js";
import type { DocEntity, EntityRegistry } from "../entities/registry.js";
import { GROUP_HEADS, OWN_BODY_HEADS, PARTY_MEMBER_NOUNS, PERSON_ROLE_HEADS } from "../lexicon/roles.js";
import type { Token } from "../nlp.js";
import { addAffiliation, affiliationsOfSentence } from "../resolution/affiliations.js";
import { soleQualifiedGroup } from "../resolution/groups.js";
import { DiscourseMemory } from "../resolution/discourse.js";
import { BODY_DESCRIPTION_HEADS, namedLater, resolveSpeakerRef, theOneDescribed, type SpeakerContext } from "../resolution/speakers.js";
import { singular } from "../text/inflection.js";
import type { Quote, Sentence } from "../text/structure.js";
import type { Stance } from "../types.js";
import type { DocumentNames } from "./names.js";
import type { DocumentText } from "./read.js";
import { firstEndingAfter, unique } from "./spans.js";

/** A claim on its way out: speaker as a document entity, spans as offsets. */
export interface Pending {
  speaker: DocEntity;
  stance: Stance;
  /** What decided `stance` (attribution/stance.ts). */
  facts: StanceFacts;
  /**
   * The rules that set `stance`, kept from the decision for the claim's `why` (--explain): its
   * content rules run regular expressions over the whole content, once per decision is enough.
   */
  rules: StanceDecision["rules"];
  addressee: DocEntity | null;
  contentStart: number;
  contentEnd: number;
  evStart: number;
  evEnd: number;
  quote: Quote | null;
  cue: string;
  /** The draft it comes from; null for a quotation continuing a speaker (stages/quotes.ts). */
  draft: Draft | null;
  sentence: Sentence;
}

export interface Resolved {
  /** The claims, in text order. */
  pending: Pending[];
  /** The entity of each mention. */
  mentionEntity: Map<Mention, DocEntity>;
}

export function resolveSpeakers(doc: DocumentText, names: DocumentNames, draftsBySentence: Draft[][], registry: EntityRegistry): Resolved {
  const { text, tokens, sentences } = doc;
  registry.learnPersons(names.all);
  const memory = new DiscourseMemory();
  const mentionEntity = new Map<Mention, DocEntity>();
  const speakerContext: SpeakerContext = { registry, memory, tokens, text, mentionEntity, mentionStartingAt: (k) => names.startingAt[k] };
  const pending: Pending[] = [];

  sentences.forEach((sentence, si) => {
    if (sentence.boilerplate || names.bodyFrom[si]! >= sentence.t1) return;
    const ms = names.mentions[si]!;
    const drafts = draftsBySentence[si]!;
    const speaking = new Set<Mention>();
    // ("Scholz said he had offered Lindner a plan. He stated ...": who was addressed did not speak.)
    const addressed = new Set<Mention>();
    // Speakers and addressees: a capital in either role stands for its country ("urged Moscow to").
    for (let i = 0; i < drafts.length; i++) {
      const d = drafts[i]!;
      for (let k = 0; k < d.subject.refs.length; k++) {
        const r = d.subject.refs[k]!;
        if (r.type === "mention") speaking.add(r.mention);
      }
      if (d.addressee?.type === "mention") addressed.add(d.addressee.mention);
    }
    ms.forEach((m, k) => {
      // "… Association (ACEA)": the short form in brackets is the same organization.
      const prev = ms[k - 1];
      const bracketed = prev && tokens[m.t0 - 1]?.text === "(" && prev.t1 === m.t0 - 1 && tokens[m.t1]?.text === ")" && prev.kind === "organization";
      // "The United States Maritime Alliance, known as USMX, ...", "(also known as the RN)": the same body.
      const owner = bracketed || (prev && prev.kind === "organization" && knownAs(tokens, prev.t1, m.t0)) ? mentionEntity.get(prev!) : undefined;
      if (owner) {
        registry.addAlias(owner, m.text);
        owner.mentions++;
        mentionEntity.set(m, owner);
      } else {
        const spoke = speaking.has(m) || actsAsGovernment(tokens, m);
        mentionEntity.set(m, registry.resolve(m, spoke || addressed.has(m), spoke));
      }
      // "the train drivers' union GDL", "US carmaker Tesla", "IF Metall, Sweden's metalworkers
      // union,": what the article calls it, for "the union" and "the carmaker" after.
      const description = m.kind === "organization" && !m.adjectival ? descriptionOf(tokens, m) : null;
      if (description) mentionEntity.get(m)!.roles.add(description);
      // "Stephen Lecce, minister of education, said ... The minister acknowledged": a title in
      // apposition is the person's as much as one before the name.
      if (m.kind === "person") for (const title of titlesInApposition(tokens, m)) mentionEntity.get(m)!.roles.add(title);
      // "the far-right National Rally", "the hard-left party France Unbowed": the wing it is.
      const wing = m.kind === "organization" ? wingBefore(tokens, m.t0) : null;
      if (wing) {
        const body = mentionEntity.get(m)!;
        body.wings.add(wing);
        // (An alias too: "the far right" of another article of the story finds it, graph/resolve.ts.)
        registry.addAlias(body, `the ${wing}`);
      }
    });
    affiliationsOfSentence(
      ms,
      (m) => mentionEntity.get(m),
      tokens,
      text,
      (at) => registry.mostRecent((e) => e.kind === "organization" || e.kind === "country", at, false),
    );

    const resolved = new Map<Draft, Pending[]>();
    for (let i = 0; i < drafts.length; i++) {
      const d = drafts[i]!;
      // ('"Have you decided which bills those are going to be yet?" host Chuck Todd asked': a
      // question put in an interview takes no position.)
      if (
        d.cue.lemma === "ask" &&
        (QUESTION_END.test(text.slice(d.contentStart, d.contentEnd)) || QUESTION_BEFORE.test(text.slice(d.sentence.start, tokens[d.subject.t0]!.start)))
      )
        continue;
      // "David Frost warned that his government could not accept any proposals ...": a position of
      // the speaker's own government, party or company sharpens the speaker's claim.
      const own = d.subject.refs.length === 1 && d.subject.refs[0]!.type === "np" ? d.subject.refs[0] : null;
      if (d.nestedIn && own?.type === "np" && OWN_DETERMINERS.has(own.determiner) && OWN_BODY_HEADS.has(own.head) && d.stance !== "states") {
        for (const host of resolved.get(d.nestedIn) ?? []) {
          (host.facts.nested ??= []).push(d.stance);
          const decision = decideStance(host.facts);
          host.stance = decision.stance;
          host.rules = decision.rules;
        }
        continue;
      }
      const speakers: DocEntity[] = [];
      const hostClaims = d.host ? resolved.get(d.host) : undefined;
      if (hostClaims) for (let k = 0; k < hostClaims.length; k++) speakers.push(hostClaims[k]!.speaker);
      else {
        for (let k = 0; k < d.subject.refs.length; k++) {
          const ref = d.subject.refs[k]!;
          // ("“The offer provided more than one Accelerated Cash Payment,” he said": a pronoun after
          // a quotation points back before it, never to a name inside what it says.)
          // ("Trump intends to drop the name because it has 'a bad connotation,' he said": reported
          // speech, whose subject the pronoun may be, is no quotation.)
          const quoted =
            /^\s*[“"‘]/.test(text.slice(Math.max(d.sentence.start, d.contentStart - 2), d.contentStart + 1)) &&
            !text
              .slice(d.sentence.start, d.contentStart)
              .trim()
              .replace(/[“"‘]$/, "");
          const at = ref.type === "pronoun" && d.mode === "trailing" && quoted ? d.contentStart : tokens[d.subject.t0]!.start;
          const found = resolveSpeakerRef(speakerContext, ref, at);
          for (let f = 0; f < found.length; f++) speakers.push(found[f]!);
        }
      }
      // ("warned this concession was insufficient": a noun phrase that names no one is no addressee.)
      const a = d.addressee;
      const addressee =
        a && !(a.type === "np" && !isAgentive(a.head)) ? (resolveSpeakerRef(speakerContext, a, tokens[a.t0]!.start, speakers[0])[0] ?? null) : null;
      const list: Pending[] = [];
      const distinct = unique(speakers);
      // ("said in a statement", "released a statement early Friday confirming": the statement's author.)
      const from = Math.min(tokens[d.cue.at]!.start, tokens[Math.min(d.subject.t1, tokens.length - 1)]!.start);
      // ("In a statement of their own on Wednesday, Met Council officials disagreed": before the subject too.)
      const opening = text.slice(d.sentence.start, tokens[d.subject.t0]!.start);
      memory.noteSpeakers(
        distinct,
        !d.nestedIn &&
          (/\b(?:statement|communiqu[eé]|declaration)\b/i.test(text.slice(from, d.sentence.end)) ||
            // ("“...,” the U.S. and Saudi joint statement added": the statement is the subject.)
            /\b(?:statement|communiqu[eé]|declaration)$/i.test(
              text.slice(tokens[d.subject.t0]!.start, tokens[Math.max(d.subject.t0, d.subject.t1 - 1)]!.end),
            ) ||
            /^\W*in an? (?:\w+ ){0,2}(?:statement|communiqu[eé])\b/i.test(opening)),
      );
      for (let k = 0; k < distinct.length; k++) {
        const speaker = distinct[k]!;
        // "He said he urged Trump ...": a nested cue of the same speaker sharpens the outer claim.
        // So does the country of a body that speaks for it: "A State Department spokesperson said
        // the United States supported the proposal" (a person's own country stays a speaker of
        // its own: "Zelenskyy said Russia has shown no willingness").
        const host = d.nestedIn
          ? resolved.get(d.nestedIn)?.find((p) => p.speaker === speaker || (p.speaker.kind === "organization" && p.speaker.affiliatedWith.includes(speaker)))
          : undefined;
        if (host) {
          (host.facts.nested ??= []).push(d.stance);
          const decision = decideStance(host.facts);
          host.stance = decision.stance;
          host.rules = decision.rules;
          host.addressee ??= addressee;
          continue;
        }
        // Positions reported inside someone's statement count when they are positions of a
        // named actor ("Peskov said Moscow shares ..."); "he said the mayor accepted bribes" does not.
        // Nor what a demand asks of others: "Trump insists that Canada and Mexico agree to a
        // sunset clause" is Trump's demand, not a position of Canada and Mexico.
        if (d.nestedIn && (d.stance === "states" || !d.subject.refs.every((r) => r.type === "mention") || d.nestedIn.stance === "demands")) continue;
        registry.markSpoke(speaker, tokens[d.subject.t0]!.start);
        const facts = withContent(d, text, ownContentEnd(d, drafts, tokens), tokens);
        const decision = decideStance(facts);
        list.push({
          speaker,
          stance: decision.stance,
          facts,
          rules: decision.rules,
          addressee: addressee && addressee !== speaker ? addressee : null,
          contentStart: d.contentStart,
          contentEnd: d.contentEnd,
          evStart: d.evStart,
          evEnd: d.evEnd,
          quote: d.quote,
          cue: d.cueText,
          draft: d,
          sentence,
        });
      }
      resolved.set(d, list);
      pending.push(...list);
    }
    // "Weselsky criticized the railway: “...,” said Weselsky": a cue nested in a host that comes
    // after it, read before the host was; the same speaker's claim sharpens the host's instead.
    for (const d of drafts) {
      const hosts = d.nestedIn ? resolved.get(d.nestedIn) : undefined;
      if (!hosts?.length) continue;
      for (const p of resolved.get(d) ?? []) {
        const host = hosts.find((h) => h.speaker === p.speaker);
        if (!host) continue;
        (host.facts.nested ??= []).push(d.stance);
        const decision = decideStance(host.facts);
        host.stance = decision.stance;
        host.rules = decision.rules;
        host.addressee ??= p.addressee;
        host.evStart = Math.min(host.evStart, p.evStart);
        pending.splice(pending.indexOf(p), 1);
      }
    }
  });
  // What the article names only later: each description, once every name is known, is the one
  // entity it fits, and its claims and mentions move there.
  const moveTo = (description: DocEntity, entity: DocEntity | null) => {
    if (!entity) return;
    for (const p of pending) {
      if (p.speaker === description) p.speaker = entity;
      if (p.addressee === description) p.addressee = entity;
    }
    for (const [m, e] of mentionEntity) if (e === description) mentionEntity.set(m, entity);
    registry.absorb(description, entity);
  };
  // "The Union denounces ...", "the Company said": a description in capitals, the one body it fits.
  for (const e of registry.entitiesWhere((x) => x.kind === "organization" && DESCRIBED_IN_CAPITALS.test(x.label)))
    moveTo(e, theOneDescribed(registry, e.label.toLowerCase(), e));
  // "USMX" in the headline, "the United States Maritime Alliance, known as USMX" later: the short
  // form another body was given is that body.
  for (const short of registry.entitiesWhere((x) => x.kind === "organization" && /^[A-Z]{2,6}$/.test(x.label)))
    moveTo(short, registry.entitiesWhere((x) => x !== short && x.kind === "organization" && x.aliases.includes(short.label))[0] ?? null);
  // "the union said ..." in the lead, "the Canadian Union of Postal Workers" later.
  for (const [description, head] of [...registry.describedBodies]) moveTo(description, theOneDescribed(registry, head, description));
  // "union members" before the article names its one union.
  for (const [group, members] of registry.settleUnionMembers()) moveTo(group, members);
  // "Canada's labor minister announced ..." and, a paragraph later, "Labor Minister Steven MacKinnon said".
  for (const description of [...registry.describedPersons]) moveTo(description, namedLater(registry, description));
  // "IAM District 751" is part of the IAM that the article names ("the International Association of
  // Machinists and Aerospace Workers (IAM)"): a tie, not one node (the district speaks on its own).
  for (const unit of registry.entitiesWhere((x) => x.kind === "organization" && x.mentions > 0 && UNIT_NAME.test(x.label))) {
    const initials = UNIT_NAME.exec(unit.label)![1]!;
    const parent = registry.entitiesWhere(
      (x) => x !== unit && x.kind === "organization" && x.mentions > 0 && (x.label === initials || x.aliases.includes(initials)),
    )[0];
    if (parent) addAffiliation(unit, parent, "");
  }
  // "Junior doctors will walk out ... doctors say": the one group of the article with that head.
  for (const group of registry.entitiesWhere((x) => x.kind === "group" && x.mentions > 0)) moveTo(group, soleQualifiedGroup(registry, group.label, group));
  return { pending, mentionEntity };
}

/**
 * The draft's stance facts with what its content says (the content rules of attribution/stance.ts:
 * a red line opposes, what others must do demands, "we will ..." commits the speaker).
 */
function withContent(d: Draft, text: string, contentEnd: number, tokens: Token[]): StanceFacts {
  const content = {
    text: text.slice(d.contentStart, contentEnd),
    lemma: d.cue.lemma,
    reporting: !!d.cue.spec?.reporting || d.cue.kind === "according",
    subjunctive: d.cue.lemma === "insist" && subjunctive(tokens, d.contentStart, contentEnd),
    action: d.cue.lemma === "agree" && agreedAction(tokens, d.contentStart),
  };
  return { ...d.facts, content };
}

/**
 * What was agreed is an act of the speaker's own: "agreed to suspend their strike", "agreed to
 * temporarily halt", "agreed they will refrain from attacks"; not a thing agreed to ("agreed to
 * a seven-day ceasefire", "agreed to some Republican demands").
 */
function agreedAction(tokens: Token[], start: number): boolean {
  let k = firstEndingAfter(tokens, start);
  // (The content opens with the cue itself: "agreed to end the strike".)
  if (/^agree/.test(tokens[k]?.lower ?? "")) k++;
  if (tokens[k]?.lower === "that") k++;
  if (tokens[k]?.lower === "to") {
    if (tokens[k + 1]?.pos === "ADV") k++;
    const verb = tokens[k + 1];
    return verb?.pos === "VERB" && !/(?:ing|ed)$/.test(verb.lower);
  }
  // ("agreed they will refrain", "agreed the two sides would resume talks".)
  for (let j = k; j < k + 5 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.lower === "will" || t.lower === "would" || t.lower === "shall") return j > k;
    if (t.pos === "VERB" || /^[.;:]$/.test(t.text)) return false;
  }
  return false;
}

/** "that any settlement respect ...": a bare verb after a singular subject asks for something. */
function subjunctive(tokens: Token[], start: number, end: number): boolean {
  for (let k = firstEndingAfter(tokens, start); k < tokens.length && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    if (t.pos === "AUX") return false;
    if (t.pos !== "VERB") continue;
    const prev = tokens[k - 1];
    return !/(?:s|ed|ing)$/.test(t.lower) && (prev?.pos === "PROPN" || (prev?.pos === "NOUN" && !/s$/.test(prev.lower)));
  }
  return false;
}

/** Where the claim's own words end: before the first position nested in it ("... which the EU insists must ..."). */
function ownContentEnd(d: Draft, drafts: Draft[], tokens: Token[]): number {
  let end = d.contentEnd;
  for (const n of drafts) if (n.nestedIn === d) end = Math.min(end, tokens[n.subject.t0]!.start);
  return end;
}

/**
 * "Beijing would take countermeasures", "Washington must correct its mistakes": a capital as the
 * subject of a verb acts for its government, as it does when it speaks.
 */
/** What a capital's government holds: "Moscow's conditions", "Washington's position", "Kyiv's allies". */
const GOVERNMENT_POSSESSIONS = new Set([
  "condition",
  "demand",
  "position",
  "proposal",
  "offer",
  "plan",
  "stance",
  "policy",
  "request",
  "objection",
  "concern",
  "ally",
  "envoy",
  "delegation",
  "negotiator",
  "support",
  "opposition",
  "response",
  "decision",
]);

function actsAsGovernment(tokens: Token[], m: Mention): boolean {
  if (m.gazetteer?.via !== "capital") return false;
  const next = tokens[m.t1];
  const prev = tokens[m.t0 - 1];
  // ("insisted that Washington lift all tariffs": a bare verb after "that" too.)
  if (next && (next.pos === "AUX" || (next.pos === "VERB" && (/(?:s|ed)$/.test(next.lower) || prev?.lower === "that"))) && prev?.pos !== "ADP") return true;
  // "Moscow's conditions", "Kyiv's demands", "Beijing's position": a capital owns a position as its government.
  if ((next?.lower === "'s" || next?.lower === "’s") && GOVERNMENT_POSSESSIONS.has(singular(tokens[m.t1 + 1]?.lower ?? ""))) return true;
  // "rebuffed calls for Ottawa to intervene", "urged Beijing to lift its duties": the subject of an infinitive.
  return next?.lower === "to" && tokens[m.t1 + 1]?.pos === "VERB" && !/(?:ing|ed)$/.test(tokens[m.t1 + 1]!.lower);
}

/**
 * The political wing written right before a body's name ("far-right", "hard-left party",
 * "left-wing coalition"), as "far right" or "left"; null when none.
 */
function wingBefore(tokens: Token[], t0: number): string | null {
  let k = t0 - 1;
  // "The left-wing coalition, the New Popular Front": the description in apposition before it.
  if (tokens[k]?.lower === "the" && tokens[k - 1]?.text === ",") k -= 2;
  if (tokens[k]?.lower === "party" || tokens[k]?.lower === "coalition" || tokens[k]?.lower === "alliance") k--;
  const side = tokens[k]?.lower;
  if (tokens[k - 1]?.text === "-" && (side === "right" || side === "left")) {
    const degree = tokens[k - 2]?.lower ?? "";
    return /^(?:far|hard|extreme|ultra)$/.test(degree) ? `far ${side}` : /^(?:centre|center)$/.test(degree) ? `centre ${side}` : null;
  }
  if (side === "wing" && tokens[k - 1]?.text === "-" && /^(?:right|left)$/.test(tokens[k - 2]?.lower ?? "")) return tokens[k - 2]!.lower;
  return null;
}

/**
 * The head of a description of a body next to its name, if it is one that "the union", "the
 * carmaker" can point back with: before it ("rail operator Deutsche Bahn", "the train drivers'
 * union GDL"), after it ("the GDL union") or in apposition ("IF Metall, Sweden's metalworkers union,").
 */
function descriptionOf(tokens: Token[], m: Mention): string | null {
  const isHead = (t: Token | undefined) => !!t && t.pos === "NOUN" && /^[a-z]+$/.test(t.text) && BODY_DESCRIPTION_HEADS.has(singular(t.lower));
  const before = tokens[m.t0 - 1];
  if (isHead(before)) return singular(before!.lower);
  const after = tokens[m.t1];
  if (isHead(after) && tokens[m.t0 - 1]?.lower === "the" && tokens[m.t1 + 1]?.pos !== "NOUN") return singular(after!.lower);
  if (after?.text !== ",") return null;
  for (let k = m.t1 + 2; k < m.t1 + 8 && tokens[k]; k++) {
    const next = tokens[k + 1]?.text;
    if (isHead(tokens[k]) && (next === "," || next === "." || next === ")")) return singular(tokens[k]!.lower);
    if (!["DET", "ADJ", "NOUN", "PROPN", "PART"].includes(tokens[k]!.pos) && !/^['’]s$|^-$/.test(tokens[k]!.text)) return null;
  }
  return null;
}

/** The lowercase titles of an apposition after a person's name: ", minister of education," -> "minister". */
function titlesInApposition(tokens: Token[], m: Mention): string[] {
  if (tokens[m.t1]?.text !== ",") return [];
  const titles: string[] = [];
  for (let k = m.t1 + 1; k < m.t1 + 10; k++) {
    const t = tokens[k];
    // ("Rosalind Pike, president of the American Federation of Government Employees,": a named
    // body's president is no one "the president" of the story points back to.)
    if (t && /^(?:of|for|at)$/.test(t.lower)) return /^\p{Lu}/u.test(tokens[k + (tokens[k + 1]?.lower === "the" ? 2 : 1)]?.text ?? "") ? [] : titles;
    if (!t || t.text === "," || t.text === "." || t.text === ")" || t.text === "(" || /^(?:in|to)$/.test(t.lower)) return titles;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "PRON") return [];
    if (/^[a-z-]+$/.test(t.text) && PERSON_ROLE_HEADS.has(t.lower)) titles.push(t.lower);
  }
  return [];
}

/** Whether tokens [end, start) read ", known as", ", also known as", "(known as", with "the" allowed after. */
function knownAs(tokens: Token[], end: number, start: number): boolean {
  let k = end;
  if (tokens[k]?.text !== "," && tokens[k]?.text !== "(") return false;
  k++;
  if (tokens[k]?.lower === "also") k++;
  if (tokens[k]?.lower !== "known" || tokens[k + 1]?.lower !== "as") return false;
  k += 2;
  if (tokens[k]?.lower === "the") k++;
  return k === start;
}

/** Heads of a noun phrase that names people or a body: "the union", "officials", "negotiators", "the minister". */
function isAgentive(head: string): boolean {
  return GROUP_HEADS.has(head) || PERSON_ROLE_HEADS.has(head) || PARTY_MEMBER_NOUNS.has(head) || /(?:er|or|ist|ian|ant|ent|tic)s?$/.test(head);
}

/** A quoted question just ended: '... yet?" ', '"…?," '. */
const QUESTION_END = /\?["'”’]?[\s,]*$/;
/** The same before the subject, a lowercase title allowed between: '"... yet?" host Chuck Todd asked'. */
const QUESTION_BEFORE = /\?["'”’]?[\s,]*(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u;

/** A description written in capitals as a name: "the Union", "the Company". */
const DESCRIBED_IN_CAPITALS = /^(?:Union|Company|Party|Corporation|Ministry|Government|Board|Commission|Committee|Group|Fund)$/;

/** A union's numbered unit named with the union's initials: "IAM District 751", "UAW Local 600". */
const UNIT_NAME = /^([A-Z]{2,6}) (?:District|Local|Lodge|Chapter|Branch) \d+$/;

/** "his government", "their party": the speaker's own. */
const OWN_DETERMINERS = new Set(["his", "her", "their", "its", "our", "my"]);
