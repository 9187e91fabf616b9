// Questions in plain English, read by a small grammar over the stance lexicon and the entity names.
// The question is normalized (lowercase, no accents or punctuation, possessive 's dropped) and split
// into words; each form below is tried in turn, and every way a form can split the words (where the
// verb is, where a name ends) is tried until all names resolve. Forms:
//   who proposed what · who demands what from Trump · who opposes X · who supports X · who is against X
//   what did X propose · what did X say about Y · what did X say to Y · what are X's demands
//   what was proposed for X · proposals by X · X's proposals on Y · which demands did X make
//   where do X and Y disagree · X vs Y · positions on X · conflicts · X (a bare name: positions on X)
// plus, anywhere: "since|after|before|until|in|on 2025-12-29", "between D1 and D2", "in document ID".
import { DATE_WORDS, readDateWords } from "../../extraction/input/dates.js";
import { normalizeName } from "../model.js";
import type { ClaimQuery, QueryIndex } from "./claims.js";
import { stanceOfWord, STANCE_WORDS, type StanceWord } from "./lexicon.js";
import { lookupName, resolveName } from "./names.js";
import { resolveDocument, shiftDate } from "./pattern.js";
import type { ParseFailure, ParseResult, Plan, UnknownName } from "./plan.js";

type Words = readonly string[];

/** One way of reading the question: a plan, or how far that reading got. */
type Reading = { ok: true; plan: Plan } | ({ ok: false; weight: number; note: string } & ParseFailure);

// Not "may" or "might": "what did May propose" names Theresa May.
const AUX = new Set(["did", "does", "do", "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "should", "been", "be"]);
const WH = new Set(["what", "which", "who", "whom"]);
const YES_NO = new Set(["did", "does", "do", "has", "have", "had"]);
// Words at the end that change nothing: "what has Zelenskyy proposed so far".
const TRAILING = / (?:so far|recently|lately|today|yesterday|now|exactly|again|overall|in total|at all|please)$/;
const ANYTHING = new Set(["what", "anything", "something", "things", "everything", "whom", "who"]);
const TARGET_PREPS = new Set(["about", "on", "regarding", "concerning", "over", "of", "in", "for", "towards", "toward", "around"]);
const ADDRESSEE_PREPS = new Set(["to", "from", "at", "with"]);
// Verbs whose bare object is the person spoken to: "what did Zelenskyy tell Trump".
const ADDRESSING = new Set(["tell", "tells", "told", "telling", "ask", "asks", "asked", "urge", "urges", "urged", "urging"]);
const MAKE = new Set([
  "make",
  "made",
  "makes",
  "issue",
  "issued",
  "raise",
  "raised",
  "have",
  "had",
  "express",
  "expressed",
  "voice",
  "voiced",
  "take",
  "took",
  "taken",
  "put",
  "offer",
  "offered",
  "give",
  "gives",
  "gave",
  "given",
  "set",
  "sets",
  "deliver",
  "delivered",
  "submit",
  "submitted",
  "present",
  "presented",
  "table",
  "tabled",
]);
const POLITE = /^(?:please |can you |could you |would you |tell me |show me |show |list |find |give me |i want to know |i d like to know )+/;
// A date in a question: ISO ("2025-06-01", "2025-06", "2025") or words ("June", "May 1, 2025").
const DATE = String.raw`(${DATE_WORDS})(?![\w-])`;

const LONGEST_STANCE_WORDS = Math.max(...[...STANCE_WORDS.keys()].map((w) => w.split(" ").length));

/** Stance words starting at word i, longest first: "calls for" before "calls". */
function stancesAt(words: Words, i: number): { stance: StanceWord; end: number }[] {
  const found: { stance: StanceWord; end: number }[] = [];
  for (let n = Math.min(LONGEST_STANCE_WORDS, words.length - i); n >= 1; n--) {
    const stance = stanceOfWord(words.slice(i, i + n).join(" "));
    if (stance) found.push({ stance, end: i + n });
  }
  return found;
}

const success = (plan: Plan): Reading => ({ ok: true, plan });
const failure = (understood: string, unknown: UnknownName[], note = ""): Reading => ({
  ok: false,
  understood,
  unknown,
  weight: unknown.reduce((n, u) => n + u.text.split(" ").length, 0),
  message: "", // written once the best failing reading is known, with suggestions
  note,
});

function unknownMessage(unknown: readonly UnknownName[]): string {
  return unknown.map((u) => `I do not know "${u.text}"` + (u.suggestions.length ? `: did you mean ${u.suggestions.join(", ")}?` : ".")).join(" ");
}

const stanceQuery = (stance: StanceWord | null): ClaimQuery => (stance && stance !== "any" ? { stance } : {});
const stanceText = (stance: StanceWord | null) => (stance && stance !== "any" ? stance : "says anything");

/** Names found in a phrase: the keys, or the unknown name. */
function entity(index: QueryIndex, words: Words, unknown: UnknownName[]): string[] | null {
  const match = resolveName(index.names, words.join(" "), false);
  if (match.ok) return match.keys;
  // A list, "Putin and Peskov" or "Putin or Peskov": any of them.
  if (words.some((w) => w === "and" || w === "or")) {
    const parts: string[][] = [[]];
    for (const w of words) w === "and" || w === "or" ? parts.push([]) : parts[parts.length - 1]!.push(w);
    if (parts.every((p) => p.length)) {
      const keys: string[] = [];
      const missing: UnknownName[] = [];
      for (const part of parts) {
        const m = resolveName(index.names, part.join(" "), false);
        if (m.ok) keys.push(...m.keys);
        else missing.push({ text: m.text, suggestions: m.suggestions });
      }
      if (!missing.length) return [...new Set(keys)];
      if (missing.length < parts.length) {
        unknown.push(...missing);
        return null;
      }
    }
  }
  unknown.push({ text: match.text, suggestions: match.suggestions });
  return null;
}

interface Tail {
  target?: string[];
  addressee?: string[];
}

/**
 * The words after the verb: prepositional phrases ("about X", "to Y"), optionally led by a bare
 * phrase (the object: a target, or the addressee of "tell"). A preposition inside a name
 * ("Republic of Korea") is tried as part of the name first.
 */
function parseTail(index: QueryIndex, words: Words, lead: "target" | "addressee" | "none"): { tail: Tail; unknown: UnknownName[] } | null {
  let w = [...words];
  while (w.length && ANYTHING.has(w[0]!)) w = w.slice(1);
  if (!w.length) return { tail: {}, unknown: [] };
  const isPrep = (x: string) => TARGET_PREPS.has(x) || ADDRESSEE_PREPS.has(x);
  if (lead === "none" && !isPrep(w[0]!)) return null;
  const optional = w
    .map((x, i) => (i > 0 && isPrep(x) ? i : -1))
    .filter((i) => i > 0)
    .slice(0, 6);
  let best: { tail: Tail; unknown: UnknownName[] } | null = null;
  const combos = [...Array(1 << optional.length).keys()].sort((a, b) => popcount(a) - popcount(b));
  for (const combo of combos) {
    const cuts = optional.filter((_, k) => combo & (1 << k));
    const starts = [0, ...cuts];
    const tail: Tail = {};
    const unknown: UnknownName[] = [];
    let valid = true;
    starts.forEach((start, k) => {
      const end = starts[k + 1] ?? w.length;
      // Each start is 0 or a cut, an index of w.
      const first = w[start]!;
      const hasPrep = isPrep(first);
      const words = w.slice(hasPrep ? start + 1 : start, end);
      if (words.length && words.every((x) => ANYTHING.has(x))) return; // "to whom", "about what": no condition
      const phrase = words.filter((x, i) => i > 0 || !ANYTHING.has(x));
      if (!phrase.length) return (valid = false);
      const role = hasPrep ? (ADDRESSEE_PREPS.has(first) ? "addressee" : "target") : lead;
      if (role === "none") return (valid = false);
      if (tail[role]) return (valid = false);
      const keys = entity(index, phrase, unknown);
      if (keys) tail[role] = keys;
    });
    if (!valid) continue;
    if (!unknown.length) return { tail, unknown };
    if (!best || weightOf(unknown) < weightOf(best.unknown)) best = { tail, unknown };
  }
  return best;
}

const popcount = (n: number) => n.toString(2).replace(/0/g, "").length;
const weightOf = (unknown: readonly UnknownName[]) => unknown.reduce((n, u) => n + u.text.split(" ").length, 0);

function claimsReading(query: ClaimQuery, unknown: UnknownName[], understood: string): Reading {
  return unknown.length ? failure(understood, unknown) : success({ kind: "claims", query });
}

function withTail(query: ClaimQuery, tail: Tail): ClaimQuery {
  return { ...query, ...(tail.target ? { target: tail.target } : {}), ...(tail.addressee ? { addressee: tail.addressee } : {}) };
}

// --- The forms -----------------------------------------------------------------------------------

/** A form reads the question's words (never none: parseQuestion answers an empty question itself). */
type Form = (index: QueryIndex, words: Words, text: string) => Reading[];

/** "conflicts", "positions", "where do they disagree": every contested issue. */
const allIssues: Form = (_index, _words, text) => {
  const m =
    /^(?:(?:what|where|which) (?:are|is) )?(?:all |the )?(?:(contested issues|conflicts|disagreements|disputes|controversies)|issues|positions)$/.exec(text) ??
    /^()(?:who disagrees(?: with whom)?|where do (?:they|people|speakers|actors) disagree)$/.exec(text);
  if (!m) return [];
  return [success({ kind: "issues", conflictsOnly: m[1] !== undefined })];
};

/** "positions on X", "who stands where on X", "conflicts over X". */
const positionsOn: Form = (index, _words, text) => {
  const m =
    /^(?:(?:what|where|which) (?:are|is) )?(?:the |all )?(?:positions?|stances?|views?|opinions?|conflicts?|disagreements?|disputes?|debate) (?:on|about|over|regarding|concerning|of|around) (.+)$/.exec(
      text,
    ) ??
    /^(?:who stands where|where does everyone stand|who thinks what|what do (?:people|they|speakers|actors) (?:say|think)) (?:on|about|over|regarding) (.+)$/.exec(
      text,
    ) ??
    /^(?:about|regarding|on|everything about|all about) (.+)$/.exec(text);
  if (!m) return [];
  const unknown: UnknownName[] = [];
  const phrase = m[1]!;
  const issue = entity(index, phrase.split(" "), unknown);
  return [issue ? success({ kind: "positions", issue }) : failure(`positions on "${phrase}"`, unknown)];
};

/** Two names joined by "and", split at each "and" in turn. */
function pair(index: QueryIndex, words: Words, joiners = new Set(["and", "with"])): { a: string[]; b: string[] } | { unknown: UnknownName[] } {
  let best: UnknownName[] | null = null;
  for (let i = 1; i < words.length - 1; i++) {
    if (!joiners.has(words[i]!)) continue;
    const unknown: UnknownName[] = [];
    const a = entity(index, words.slice(0, i), unknown);
    const b = entity(index, words.slice(i + 1), unknown);
    if (a && b) return { a, b };
    if (!best || weightOf(unknown) < weightOf(best)) best = unknown;
  }
  return { unknown: best ?? [{ text: words.join(" "), suggestions: [] }] };
}

/** "where do X and Y disagree", "where does X disagree with Y", "X vs Y", "disagreements between X and Y". */
const disagreements: Form = (index, _words, text) => {
  const m =
    /^(?:where|how|on what|what|why|in what) (?:do|does|did) (.+) (?:disagree|differ|clash|conflict)(?: (?:on|about|over))?$/.exec(text) ??
    /^(?:where|how|on what|what|why|in what) (?:do|does|did) (.+) (?:disagree|differ|clash|conflict) with (.+?)(?: (?:on|about|over))?$/.exec(text) ??
    /^(?:do|does|did) (.+) (?:disagree|differ|clash)$/.exec(text) ??
    /^(?:disagreements?|conflicts?|differences?|disputes?) (?:between|of) (.+)$/.exec(text) ??
    /^(.+) (?:vs|versus) (.+)$/.exec(text);
  if (!m) return [];
  let phrase = m[1]!;
  if (m[2] !== undefined) phrase = `${m[1]} and ${m[2]}`;
  const withMatch = /^(.+) (?:disagree|differ|clash) with (.+)$/.exec(phrase);
  if (withMatch) phrase = `${withMatch[1]} and ${withMatch[2]}`;
  const p = pair(index, phrase.split(" "));
  if ("a" in p) return [success({ kind: "disagreements", a: p.a, b: p.b })];
  return [failure(`where two sides disagree ("${phrase}")`, p.unknown, ' Ask "where do X and Y disagree" with two known names.')];
};

/** Leading auxiliaries: "has", "has been", "did". */
function skipAux(words: Words, i: number): number {
  while (i < words.length && AUX.has(words[i]!)) i++;
  return i;
}

/** "who proposed what", "who opposes X", "who said what to Y", "who is in favour of X", "who made proposals". */
const whoVerb: Form = (index, words) => {
  if (words[0] !== "who") return [];
  const readings: Reading[] = [];
  let i = skipAux(words, 1);
  if (i + 1 < words.length && MAKE.has(words[i]!)) {
    let j = i + 1;
    while (["a", "an", "any", "the", "some", "forward"].includes(words[j] ?? "")) j++;
    if (stancesAt(words, j).length) i = j;
  }
  for (const { stance, end } of stancesAt(words, i)) {
    // A stance found at i: words[i] is its first word.
    const parsed = parseTail(index, words.slice(end), ADDRESSING.has(words[i]!) ? "addressee" : "target");
    if (!parsed) continue;
    const understood = `who ${stanceText(stance)}` + describeTail(parsed.tail, words.slice(end));
    readings.push(claimsReading(withTail(stanceQuery(stance), parsed.tail), parsed.unknown, understood));
  }
  return readings;
};

/**
 * "what did X propose", "what did X say about Y", "what are X's demands", "which proposals did X make",
 * "what was proposed for Y", "who does X support", "what X demanded from Y".
 */
const whatDid: Form = (index, words) => {
  // Yes-no questions read the same: "did Putin demand anything", "has Zelenskyy proposed something".
  const opening = words[0]!;
  if (!WH.has(opening) && !YES_NO.has(opening)) return [];
  const readings: Reading[] = [];
  // "which proposals did X make": the stance is the noun after the question word.
  for (const { stance, end } of stancesAt(words, 1)) {
    const start = skipAux(words, end);
    if (start === end) continue;
    // The speaker may be absent: "which proposals were made about Donbas".
    for (let v = start; v < words.length; v++) {
      if (!MAKE.has(words[v]!)) continue;
      readings.push(...subjectVerbTail(index, words.slice(start, v), stance, words.slice(v + 1 + (words[v + 1] === "forward" ? 1 : 0)), `which ${stance} did`));
    }
  }
  const start = skipAux(words, 1);
  for (let v = start; v < words.length; v++) {
    for (const { stance, end } of stancesAt(words, v)) {
      const lead = ADDRESSING.has(words[v]!) ? "addressee" : "target";
      readings.push(...subjectVerbTail(index, words.slice(start, v), stance, words.slice(end), opening, lead, start === 1));
    }
  }
  return readings;
};

/** A speaker (possibly none: "what was proposed"), a stance and the words after the verb. */
function subjectVerbTail(
  index: QueryIndex,
  subject: Words,
  stance: StanceWord,
  rest: Words,
  opening: string,
  lead: "target" | "addressee" | "none" = "none",
  subjectRequired = false,
): Reading[] {
  const unknown: UnknownName[] = [];
  let speaker: string[] | null = null;
  if (subject.length) speaker = entity(index, subject, unknown);
  else if (subjectRequired) return [];
  const parsed = parseTail(index, rest, lead);
  if (!parsed) return [];
  unknown.push(...parsed.unknown);
  // "what does Russia want": Russia, and those who speak for it (its officials and institutions).
  const members = !!speaker && speaker.some((k) => index.members.has(k));
  const query = withTail({ ...stanceQuery(stance), ...(speaker ? { speaker } : {}), ...(members ? { members } : {}) }, parsed.tail);
  const understood = `${opening} ${subject.length ? `"${subject.join(" ")}"` : "anyone"} ${stanceText(stance)}` + describeTail(parsed.tail, rest);
  return [claimsReading(query, unknown, understood)];
}

/** "Zelenskyy proposals", "Putin demands on Donbas", "Peskov supports Trump", "Zelenskyy position on Donbas". */
const subjectVerb: Form = (index, words) => {
  if (WH.has(words[0]!)) return [];
  const readings: Reading[] = [];
  for (let v = 1; v < words.length; v++)
    for (const { stance, end } of stancesAt(words, v))
      readings.push(...subjectVerbTail(index, words.slice(0, v), stance, words.slice(end), "", "target", true));
  return readings;
};

/** "proposals", "proposals by X", "demands of X on Y", "proposals on Donbas". */
const nounBy: Form = (index, words) => {
  let i = 0;
  while (["all", "the", "any"].includes(words[i] ?? "")) i++;
  const readings: Reading[] = [];
  for (const { stance, end } of stancesAt(words, i)) {
    if (end === words.length) {
      readings.push(success({ kind: "claims", query: stanceQuery(stance) }));
      continue;
    }
    if (["by", "from", "of"].includes(words[end]!) || (words[end] === "made" && words[end + 1] === "by")) {
      const from = words[end] === "made" ? end + 2 : end + 1;
      for (let v = from + 1; v <= words.length; v++) {
        if (v < words.length && !TARGET_PREPS.has(words[v]!) && !ADDRESSEE_PREPS.has(words[v]!)) continue;
        readings.push(...subjectVerbTail(index, words.slice(from, v), stance, words.slice(v), `${stance} by`, "none", true));
      }
    }
    const parsed = parseTail(index, words.slice(end), "none");
    if (parsed)
      readings.push(claimsReading(withTail(stanceQuery(stance), parsed.tail), parsed.unknown, `${stance}` + describeTail(parsed.tail, words.slice(end))));
  }
  return readings;
};

/** A bare name: the positions taken on it. */
const bareName: Form = (index, words) => {
  const keys = lookupName(index.names, words.join(" "));
  if (keys.length) return [success({ kind: "positions", issue: keys })];
  const match = resolveName(index.names, words.join(" "), false);
  return match.ok ? [success({ kind: "positions", issue: match.keys })] : [];
};

function describeTail(tail: Tail, rest: Words): string {
  if (!rest.length) return "";
  const parts = [];
  if (tail.target) parts.push("about a target");
  if (tail.addressee) parts.push("to an addressee");
  return parts.length ? ` ${parts.join(" and ")} ("${rest.join(" ")}")` : ` "${rest.join(" ")}"`;
}

/**
 * Positions over time: "how did X's position (on Y) change", "has X changed its stance on Y",
 * "timeline of X (on Y)", "X over time", "who changed position on Y", "changes on Y".
 */
const overTime: Form = (index, _words, text) => {
  const POSITION = String.raw`(?:positions?|stances?|views?|minds?|lines?|tune|tone|demands?|proposals?|offers?)`;
  const CHANGE = String.raw`(?:change|changed|changes|changing|shift|shifted|shifts|evolve|evolved|evolves|move|moved|develop|developed)`;
  const OWNER = String.raw`(?:(?:its|their|his|her|the) )?`;
  const ON = String.raw`(?: (on|about|over|regarding|towards?) (.+?))?`;
  const actorForms = [
    new RegExp(String.raw`^how (?:did|has|have|does|do) (.+?) ${POSITION}${ON} ${CHANGE}(?: over time)?$`),
    new RegExp(String.raw`^how (?:did|has|have|does|do) (.+?) ${CHANGE}(?: ${OWNER}${POSITION})?${ON}(?: over time)?$`),
    new RegExp(String.raw`^(?:did|has|have|does|do) (.+?) ${CHANGE} ${OWNER}${POSITION}${ON}$`),
    new RegExp(String.raw`^(?:the )?(?:timeline|history|changes|evolution|chronology) (?:of|for) (.+?)${ON}$`),
    new RegExp(String.raw`^(?:what did )?(.+?) (?:say )?over time${ON}$`),
  ];
  const everyone = [
    new RegExp(String.raw`^who (?:has |have )?(?:changed|shifted|reversed|moved|switched) ${OWNER}${POSITION}${ON}$`),
    new RegExp(String.raw`^(?:the )?(?:changes|shifts|reversals|changes of position|position changes)${ON}$`),
    new RegExp(String.raw`^(?:the )?timeline${ON}$`),
  ];
  for (const re of everyone) {
    const m = re.exec(text);
    if (!m) continue;
    const unknown: UnknownName[] = [];
    const issue = m[2] === undefined ? null : entity(index, m[2].split(" "), unknown);
    if (m[2] !== undefined && !issue) return [failure(`changes of position on "${m[2]}"`, unknown)];
    return [success({ kind: "timeline", actors: null, issue, changesOnly: !/^(?:the )?timeline\b/.test(text) })];
  }
  for (const re of actorForms) {
    const m = re.exec(text);
    if (!m) continue;
    const name = m[1]!.replace(/^the /, "");
    // "timeline of Council on Foreign Relations": the preposition may belong to the name.
    const readings: [string, string | undefined][] =
      m[3] === undefined
        ? [[name, undefined]]
        : [
            [name, m[3]],
            [`${name} ${m[2]} ${m[3]}`, undefined],
          ];
    let best: UnknownName[] | null = null;
    for (const [who, about] of readings) {
      const unknown: UnknownName[] = [];
      const actors = entity(index, who.split(" "), unknown);
      const issue = about === undefined ? null : entity(index, about.split(" "), unknown);
      if (actors && (about === undefined || issue)) return [success({ kind: "timeline", actors, issue, changesOnly: false })];
      if (!best || weightOf(unknown) < weightOf(best)) best = unknown;
    }
    return [failure(`the positions of "${name}" over time${m[3] ? ` on "${m[3]}"` : ""}`, best ?? [])];
  }
  return [];
};

const FORMS: Form[] = [overTime, allIssues, positionsOn, disagreements, bareName, whoVerb, whatDid, nounBy, subjectVerb];

// --- Dates and documents ---------------------------------------------------------------------------

interface Modifiers {
  query: ClaimQuery;
  problems: string[];
  understood: string[];
}

/**
 * The year of a month named without one ("in June"): the latest year whose articles are dated in
 * that month, else the latest year of any article, else this year.
 */
function latestYearOf(index: QueryIndex): (month: number) => number {
  const years = new Map<number, number>();
  let latest = 0;
  for (const d of index.documents.values()) {
    if (!d.date) continue;
    const [y = 0, m] = d.date.split("-").map(Number);
    latest = Math.max(latest, y);
    if (m) years.set(m, Math.max(years.get(m) ?? 0, y));
  }
  return (month) => years.get(month) || latest || new Date().getUTCFullYear();
}

/** Take the date and document conditions out of the question. */
function takeModifiers(index: QueryIndex, input: string): { rest: string } & Modifiers {
  const query: ClaimQuery = {};
  const problems: string[] = [];
  const understood: string[] = [];
  const yearOf = latestYearOf(index);
  const iso = (words: string): string | null => {
    const date = readDateWords(words, yearOf);
    if (!date) problems.push(`"${words}" is not a date`);
    return date;
  };
  let rest = input.replace(new RegExp(String.raw`\bbetween ${DATE} and ${DATE}`, "i"), (_, a: string, b: string) => {
    const [from, to] = [iso(a), iso(b)];
    if (from) query.from = from;
    if (to) query.to = to;
    understood.push(`between ${from ?? a} and ${to ?? b}`);
    return " ";
  });
  rest = rest.replace(new RegExp(String.raw`\b(since|after|from|before|until|till|by|in|on|during)\s+${DATE}`, "gi"), (all, word: string, words: string) => {
    // A month only after a date word ("in May"; "may" alone is a verb), and a bare month that is a
    // name of the graph stays a name: "what did Juncker demand from May".
    if (!/\d/.test(words) && lookupName(index.names, normalizeName(words)).length) return all;
    const date = iso(words);
    if (!date) return all;
    const w = word.toLowerCase();
    if (w === "since" || w === "from") query.from = date;
    else if (w === "after") query.from = shiftDate(date, 1);
    else if (w === "before") query.to = shiftDate(date, -1);
    else if (w === "until" || w === "till" || w === "by") query.to = date;
    else query.from = query.to = date;
    understood.push(`${w} ${date}`);
    return " ";
  });
  rest = rest.replace(/\b(?:in|from) (?:the )?(?:document|doc|article|source) ("[^"]+"|\S+)/i, (_, name: string) => {
    const text = name.replace(/^"|"$/g, "").replace(/[?.!]+$/, "");
    const doc = resolveDocument(index, text);
    if (doc) {
      query.document = doc;
      understood.push(`in document ${doc}`);
    } else problems.push(`there is no document "${text}" (documents: ${[...index.documents.keys()].slice(0, 5).join(", ")})`);
    return " ";
  });
  // "in seed-media-line": a bare document id.
  rest = rest.replace(/\bin (\S+)/gi, (all, id: string) => {
    const clean = id.replace(/[?.!,]+$/, "");
    if (!index.documents.has(clean)) return all;
    query.document = clean;
    understood.push(`in document ${clean}`);
    return " ";
  });
  return { rest, query, problems, understood };
}

// --- The parser ------------------------------------------------------------------------------------

/** Read an English question into a plan, or say what was understood and what was not. */
export function parseQuestion(index: QueryIndex, input: string): ParseResult {
  const mods = takeModifiers(index, input);
  let text = normalizeName(mods.rest).replace(POLITE, "");
  while (TRAILING.test(text)) text = text.replace(TRAILING, "");
  const words = text.split(" ").filter(Boolean);
  if (mods.problems.length) return { ok: false, understood: mods.understood.join(", ") || "a question", message: mods.problems.join("; "), unknown: [] };
  if (!words.length) {
    if (Object.keys(mods.query).length) return { ok: true, plan: { kind: "claims", query: mods.query } };
    return { ok: false, understood: "nothing", message: 'Ask a question, e.g. "who proposed what".', unknown: [] };
  }

  let best: Extract<Reading, { ok: false }> | null = null;
  for (const form of FORMS) {
    for (const reading of form(index, words, words.join(" "))) {
      if (reading.ok) return { ok: true, plan: addModifiers(reading.plan, mods) };
      if (!best || reading.weight < best.weight) best = reading;
    }
  }
  let fail: ParseFailure;
  if (best) {
    const unknown = best.unknown.map((u) => {
      const m = resolveName(index.names, u.text);
      return { text: u.text, suggestions: m.ok ? [] : m.suggestions };
    });
    fail = { understood: [best.understood, ...mods.understood].join(", "), unknown, message: unknownMessage(unknown) + best.note };
  } else fail = notUnderstood(index, words, mods.understood);
  return { ok: false, ...asTyped(fail, input) };
}

/** Names in a failure as the user typed them ("Zelenkyy", not "zelenkyy"). */
function asTyped(fail: ParseFailure, input: string): ParseFailure {
  const raw = input.split(/\s+/).filter(Boolean);
  let { understood, message } = fail;
  const unknown = fail.unknown.map((u) => {
    for (let i = 0; i < raw.length; i++)
      for (let j = i + 1; j <= raw.length; j++) {
        const typed = raw
          .slice(i, j)
          .join(" ")
          .replace(/^["'(]+|[?!.,;:"')]+$/g, "");
        if (normalizeName(typed) !== u.text) continue;
        understood = understood.split(`"${u.text}"`).join(`"${typed}"`);
        message = message.split(`"${u.text}"`).join(`"${typed}"`);
        return { ...u, text: typed };
      }
    return u;
  });
  return { understood, message, unknown };
}

function addModifiers(plan: Plan, mods: Modifiers): Plan {
  if (plan.kind === "claims") return { ...plan, query: { ...plan.query, ...mods.query } };
  if (plan.kind === "timeline") return { ...plan, ...(mods.query.from ? { from: mods.query.from } : {}), ...(mods.query.to ? { to: mods.query.to } : {}) };
  return plan;
}

/** The generic answer to a question no form reads: the names and stances recognized, and examples. */
function notUnderstood(index: QueryIndex, words: Words, modifiers: string[]): ParseFailure {
  const names: string[] = [];
  const stances: string[] = [];
  for (let i = 0; i < words.length;) {
    let step = 0;
    for (let n = Math.min(index.names.longest, words.length - i); n >= 1; n--) {
      const [key] = lookupName(index.names, words.slice(i, i + n).join(" "));
      if (key !== undefined) {
        names.push(index.names.labels.get(key) ?? key);
        step = n;
        break;
      }
    }
    if (!step) {
      step = 1;
      const s = stancesAt(words, i)[0];
      if (s) {
        stances.push(`"${words.slice(i, s.end).join(" ")}" (${s.stance === "any" ? "any stance" : s.stance})`);
        step = s.end - i;
      }
    }
    i += step;
  }
  const understood = [
    names.length ? `names: ${[...new Set(names)].join(", ")}` : "no known name",
    stances.length ? `stance words: ${stances.join(", ")}` : "no stance word",
    ...modifiers,
  ].join("; ");
  // "who threatened X": a question shape with a verb the lexicon lacks.
  const verbHint =
    !stances.length && WH.has(words[0]!)
      ? "I know no stance verb in it: use said, proposed, demanded, supported, opposed or promised (or their synonyms). "
      : "";
  // Examples with names of this graph: the names recognized, else the most frequent speakers.
  const speakers = [...index.bySpeaker].sort((a, b) => b[1].length - a[1].length).map(([k]) => index.names.labels.get(k) ?? k);
  const [x = "X", y = "Y"] = [...new Set([...names, ...speakers])];
  const unknown: UnknownName[] = [];
  if (!names.length && words.length <= 3) {
    const match = resolveName(index.names, words.join(" "));
    if (!match.ok && match.suggestions.length) unknown.push({ text: match.text, suggestions: match.suggestions });
  }
  return {
    understood,
    unknown,
    message:
      (unknown.length ? unknownMessage(unknown) + " " : "I could not read this question. ") +
      verbHint +
      `Questions I understand: "who proposed what", "what did ${x} propose", "who opposes ${x}", ` +
      `"what did ${x} say about ${y}", "what did ${x} say to ${y}", "where do ${x} and ${y} disagree", ` +
      `"positions on ${x}", or a pattern such as "?who -proposes-> ?what".`,
  };
}
