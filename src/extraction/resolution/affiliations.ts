// Who speaks for what: a person's employer or country, read off the title before the name
// ("Kremlin spokesman Dmitry Peskov", "Airbus chief executive Guillaume Faury", "Chinese Foreign
// Minister Wang Yi") or an apposition after it ("Bryan Corliss, a spokesman for the International
// Association of Machinists, said", "Dmitry Peskov, the Kremlin's spokesman,"). An organization
// named with its country ("China's commerce ministry", "the Qatari foreign ministry") is part of
// that country. The graph keeps these ties beside the claims (docs/graph.md, "Affiliations").
import type { Mention } from "../entities/mentions.js";
import type { DocEntity } from "../entities/registry.js";
import { PARTY_MEMBERS, TITLE_HEADS, TITLE_MODIFIERS } from "../lexicon/roles.js";
import type { Token } from "../nlp.js";
import { UPPER_FIRST, LOWER_FIRST } from "../text/letters.js";

/** Bodies of a government, which belong to the country named with them. */
const GOVERNMENT_BODY =
  /\b(?:ministry|department|office|commission|council|agency|embassy|mission|parliament|army|military|police|government|cabinet|court|senate|assembly|foreign service|treasury)\b/i;

/** Record that `member` speaks for `owner` as `role` ("spokesman"); the first role seen is kept. */
export function addAffiliation(member: DocEntity, owner: DocEntity, role: string): void {
  if (member === owner || owner.kind === "person" || owner.kind === "topic" || (owner.kind === "group" && !isPartyGroup(owner))) return;
  if (!member.affiliatedWith.includes(owner)) member.affiliatedWith.push(owner);
  if (role && !member.affiliationRoles.has(owner.key)) member.affiliationRoles.set(owner.key, role);
}

/** What can own a title: an organization, a country (a capital or seat of government stands for it), a party. */
function ownerOf(e: DocEntity | undefined): e is DocEntity {
  return !!e && (e.kind === "organization" || e.kind === "country" || (e.kind === "group" && isPartyGroup(e)));
}

/** A party's members ("Republicans", "House Democrats"): "Republican Reps. Ralph Norman" is one of them. */
function isPartyGroup(e: DocEntity): boolean {
  return PARTY_MEMBERS.has(e.label.slice(e.label.lastIndexOf(" ") + 1).toLowerCase());
}

/**
 * The ties that one sentence's mentions state, once they are resolved: titles before names and
 * appositions after them. `mentions` are the sentence's, in text order.
 */
export function affiliationsOfSentence(
  mentions: readonly Mention[],
  entityOf: (m: Mention) => DocEntity | undefined,
  tokens: Token[],
  text: string,
  bodyBefore?: (at: number) => DocEntity | null,
): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const person = entityOf(m);
    // "China's commerce ministry", "the Qatari foreign ministry": a government body of a country.
    if (person?.kind === "organization" && GOVERNMENT_BODY.test(person.label) && k > 0) {
      const before = mentions[k - 1]!;
      const country = entityOf(before);
      const between = text.slice(before.end, m.start);
      if (country?.kind === "country" && /^(?:\s*(?:'s|’s))?\s*$/.test(between)) addAffiliation(person, country, "");
      continue;
    }
    if (!person || person.kind !== "person") continue;
    // A title before the name: the organizations and countries it names.
    if (m.role && m.roleStart !== undefined) {
      for (let j = k - 1; j >= 0 && mentions[j]!.start >= m.roleStart; j--) {
        const owner = entityOf(mentions[j]!);
        if (ownerOf(owner)) addAffiliation(person, owner, roleAfter(text, mentions[j]!.end, m.start));
      }
    }
    // "Mexico's Economy Minister Ildefonso Guajardo", "Israel's Benjamin Netanyahu": the possessor.
    const s0 = m.roleT0 ?? m.t0;
    const before = k > 0 ? mentions[k - 1] : undefined;
    if (before && /^['’]s$/.test(tokens[s0 - 1]?.text ?? "") && tokens[s0 - 2]?.end === before.end) {
      const owner = entityOf(before);
      if (ownerOf(owner)) addAffiliation(person, owner, m.role ? roleWords(m.role) : "");
    }
    // "Its leader, Christian Lindner, said", "Their spokesman, Ali Reza, said": the title before the
    // name in apposition is of the body that "its" or "their" stands for (the last one named).
    if (bodyBefore && tokens[s0 - 1]?.text === ",") {
      let t = s0 - 2;
      let titled = false;
      while (t >= 0 && s0 - t <= 5 && (tokens[t]!.pos === "NOUN" || tokens[t]!.pos === "ADJ" || tokens[t]!.pos === "PROPN")) {
        if (TITLE_HEADS.has(tokens[t]!.lower)) titled = true;
        t--;
      }
      const possessive = tokens[t];
      // (Opening the sentence, "Its leader, X,", or after a comma: not "praised its leader, X," said of another.)
      const opens = possessive && (/^(?:Its|Their)$/.test(possessive.text) || (/^(?:its|their)$/.test(possessive.text) && tokens[t - 1]?.text === ","));
      if (titled && possessive && opens) {
        const owner = bodyBefore(possessive.start);
        if (ownerOf(owner ?? undefined)) addAffiliation(person, owner!, roleWords(text.slice(tokens[t + 1]!.start, tokens[s0 - 2]!.end)));
      }
    }
    // ", a spokesman for the union,", ", the Kremlin's spokesman,", ", Ford's chief executive,".
    const comma = tokens[m.t1];
    if (comma?.text !== ",") continue;
    // (", who took over as Aerion's chief executive in August,", ", who became the union's
    // president": the title that a relative clause gives.)
    const open = relativeTitleStart(tokens, m.t1 + 1);
    let e = open;
    let titled = false;
    while (e < tokens.length && e < open + 12 && !/^[,;:.)"”]$/.test(tokens[e]!.text)) {
      if (TITLE_HEADS.has(tokens[e]!.lower) && LOWER_FIRST.test(tokens[e]!.text)) titled = true;
      e++;
    }
    // (", general secretary of the Royal College of Nursing,": a bare title opens it too.)
    const bareTitle =
      !!tokens[open] && LOWER_FIRST.test(tokens[open]!.text) && (TITLE_HEADS.has(tokens[open]!.lower) || TITLE_MODIFIERS.has(tokens[open]!.lower));
    if (!titled || (!/^(?:a|an|the|its|his|her)$/i.test(tokens[open]?.text ?? "") && !bareTitle && !mentions.some((o) => o.t0 === open))) continue;
    const end = tokens[e - 1]!.end;
    for (let j = k + 1; j < mentions.length && mentions[j]!.start < end; j++) {
      if (mentions[j]!.start < tokens[open]!.start) continue;
      const owner = entityOf(mentions[j]!);
      if (ownerOf(owner)) addAffiliation(person, owner, roleWords(text.slice(tokens[open]!.start, end)));
    }
  }
}

/** Verbs after which a relative clause gives a title: "who took over as", "who became", "who is". */
const TITLE_GIVING = /^(?:as|became|becomes|is|was|remains)$/;

/**
 * Where the title of an apposition starts: at k, or after "who took over as", "who became",
 * "who was named as" (at most five words between "who" and the verb).
 */
function relativeTitleStart(tokens: Token[], k: number): number {
  if (tokens[k]?.lower !== "who") return k;
  for (let v = k + 1; v < tokens.length && v <= k + 5; v++) {
    if (/^[,;:.]$/.test(tokens[v]!.text)) break;
    if (TITLE_GIVING.test(tokens[v]!.lower)) return v + 1;
  }
  return k;
}

/** "Kremlin spokesman" -> "spokesman": the words of a title after the owner's name. */
function roleAfter(text: string, from: number, to: number): string {
  return roleWords(text.slice(from, to));
}

/** The title words of a phrase: ", a senior spokesman for the union," -> "senior spokesman". */
function roleWords(s: string): string {
  const words = s
    .replace(/[’']s\b/g, "")
    .split(/[\s,]+/)
    .filter(Boolean);
  const from = words.findIndex((w) => TITLE_HEADS.has(w.toLowerCase()) || TITLE_MODIFIERS.has(w.toLowerCase()));
  if (from < 0) return "";
  let to = from;
  while (
    to < words.length &&
    (TITLE_HEADS.has(words[to]!.toLowerCase()) ||
      TITLE_MODIFIERS.has(words[to]!.toLowerCase()) ||
      (words[to] === "of" && to + 1 < words.length && UPPER_FIRST.test(words[to + 1]!)) ||
      (words[to - 1] === "of" && UPPER_FIRST.test(words[to]!)))
  )
    to++;
  return words.slice(from, to).join(" ");
}
