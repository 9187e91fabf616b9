// The pattern syntax for power users: `subject -stances-> object [modifiers]`.
//   ?who -proposes-> ?what                 every proposal
//   Zelenskyy -demands|proposes-> ?x       Zelenskyy's demands and proposals
//   ?x -opposes-> Donbas                   who opposes Donbas
//   Donbas <-demands- ?who                 the same arrow, written from the target
//   Putin|Peskov --> ?x to:Trump           anything said by Putin or Peskov, addressed to Trump
//   ?who -*-> "security guarantees" in:seed-media-line from:2025-12 until:2025-12-31
// A slot is `?name` or `*` (anything) or names separated by `|`; a stance list is stance names or
// verbs (proposed, urged) separated by `|`, or `*` / nothing for any stance.
import { normalizeName } from "../model.js";
import type { ClaimQuery, QueryIndex } from "./claims.js";
import { editDistance, resolveName } from "./names.js";
import { STANCE_WORDS, stanceOfWord } from "./lexicon.js";
import type { ParseResult, UnknownName } from "./plan.js";
import { STANCES, type Stance } from "../../extraction/types.js";

const FORWARD = /^(?<left>.*?)\s*(?:^|\s)-(?<stances>[^<>-]*)->(?:\s+|$)(?<right>.*)$/;
const BACKWARD = /^(?<left>.*?)(?:\s+|^)<-(?<stances>[^<>-]*)-(?:\s|$)\s*(?<right>.*)$/;
const MODIFIER = /(?:^|\s)(to|in|doc|from|since|until|before|after):("[^"]*"|\S+)/gi;

/** A bare `->` or `<-` between spaces is the any-stance arrow `-->` or `<--`. */
const bareArrows = (input: string) => input.replace(/(^|\s)->(?=\s|$)/g, "$1-->").replace(/(^|\s)<-(?=\s|$)/g, "$1<--");

const ARROWS = /(^|\s)-[^<>-]*->|<-[^<>-]*-(\s|$)/g;

/** Whether the input is written in the pattern syntax rather than in English. */
export function isPattern(input: string): boolean {
  return new RegExp(ARROWS.source).test(bareArrows(input));
}

export function parsePattern(index: QueryIndex, raw: string): ParseResult {
  const input = bareArrows(raw.trim());
  if ((input.match(ARROWS) ?? []).length > 1)
    return {
      ok: false,
      understood: "a pattern with several arrows",
      message: "A pattern has one arrow: `subject -stance-> object`. Ask one pattern at a time.",
      unknown: [],
    };
  const forward = FORWARD.exec(input);
  const backward = forward ? null : BACKWARD.exec(input);
  const m = forward ?? backward;
  if (!m?.groups) {
    return {
      ok: false,
      understood: "a pattern (it has an arrow)",
      message: "A pattern reads `subject -stance-> object`, e.g. `?who -proposes-> ?what` or `Donbas <-demands- ?who`.",
      unknown: [],
    };
  }
  // The three groups always take part in a match (empty at worst).
  const { left = "", stances: stanceList = "" } = m.groups;
  let { right = "" } = m.groups;
  const modifiers: [string, string][] = [];
  right = right.replace(MODIFIER, (_, key: string, value: string) => {
    modifiers.push([key.toLowerCase(), value.replace(/^"|"$/g, "")]);
    return " ";
  });
  const [subject, object] = forward ? [left, right] : [right, left];

  const unknown: UnknownName[] = [];
  const problems: string[] = [];
  const query: ClaimQuery = {};
  const speaker = slot(index, subject, unknown);
  const target = slot(index, object, unknown);
  if (speaker) query.speaker = speaker;
  if (target) query.target = target;
  const stances = parseStances(stanceList, problems);
  if (stances) query.stance = stances;

  for (const [key, value] of modifiers) {
    if (key === "to") {
      const to = slot(index, value, unknown);
      if (to) query.addressee = to;
    } else if (key === "in" || key === "doc") {
      const doc = resolveDocument(index, value);
      if (doc) query.document = doc;
      else problems.push(`no document "${value}" (documents: ${[...index.documents.keys()].slice(0, 5).join(", ")})`);
    } else if (!/^\d{4}(-\d{2}){0,2}$/.test(value)) problems.push(`${key}: expects a date like 2025-12-29, not "${value}"`);
    else if (key === "from" || key === "since") query.from = value;
    else if (key === "after") query.from = shiftDate(value, 1);
    else if (key === "until") query.to = value;
    else query.to = shiftDate(value, -1);
  }

  if (unknown.length || problems.length) {
    const names = unknown.map((u) => `unknown name "${u.text}"` + (u.suggestions.length ? ` (did you mean ${u.suggestions.join(", ")}?)` : ""));
    return {
      ok: false,
      understood: `a pattern: subject "${subject.trim()}", stances "${stanceList.trim() || "*"}", object "${object.trim()}"`,
      message: [...names, ...problems].join("; "),
      unknown,
    };
  }
  return { ok: true, plan: { kind: "claims", query } };
}

/** Node keys of a slot, or null for a variable or wildcard (anything). */
function slot(index: QueryIndex, text: string, unknown: UnknownName[]): string[] | null {
  const t = text.trim().replace(/^"|"$/g, "");
  if (!t || t === "*" || /^\?\w*$/.test(t)) return null;
  const keys: string[] = [];
  for (const part of t.split("|")) {
    const name = part.trim().replace(/^"|"$/g, "");
    if (index.names.labels.has(name)) {
      keys.push(name); // a node key written as is: person:vladimir-putin
      continue;
    }
    const match = resolveName(index.names, name);
    if (match.ok) keys.push(...match.keys);
    else unknown.push({ text: name, suggestions: match.suggestions });
  }
  return [...new Set(keys)];
}

function parseStances(text: string, problems: string[]): Stance[] | null {
  const words = text.trim();
  if (!words || words === "*") return null;
  const stances = new Set<Stance>();
  for (const word of words.split("|").map((w) => w.trim())) {
    const stance = stanceOfWord(word);
    if (stance === "any") return null;
    if (stance) stances.add(stance);
    else problems.push(`unknown stance "${word}"` + didYouMeanStance(word));
  }
  return [...stances];
}

function didYouMeanStance(word: string): string {
  const w = word.toLowerCase();
  const best = [...STANCES, ...STANCE_WORDS.keys()]
    .map((s) => [s, editDistance(w, s, 3)] as const)
    .filter(([, d]) => d <= 2)
    .sort((a, b) => a[1] - b[1])[0];
  return best ? ` (did you mean ${best[0]}?)` : ` (stances: ${STANCES.join(", ")})`;
}

/** A document id, or a document whose normalized title or id is the given text. */
export function resolveDocument(index: QueryIndex, text: string): string | null {
  if (index.documents.has(text)) return text;
  const wanted = normalizeName(text);
  for (const doc of index.documents.values()) if (normalizeName(doc.id) === wanted || (doc.title && normalizeName(doc.title) === wanted)) return doc.id;
  return null;
}

/** The day (or month, or year) after or before a partial ISO date. */
export function shiftDate(date: string, by: 1 | -1): string {
  const [y = NaN, m, d] = date.split("-").map(Number);
  if (m !== undefined && d !== undefined) return new Date(Date.UTC(y, m - 1, d + by)).toISOString().slice(0, 10);
  if (m !== undefined) return new Date(Date.UTC(y, m - 1 + by, 1)).toISOString().slice(0, 7);
  return String(y + by);
}

/** The canonical pattern of a claims query, e.g. `Volodymyr Zelenskyy -proposes-> ?what`. */
export function toPattern(index: QueryIndex, query: ClaimQuery): string {
  const list = <T extends string>(v: T | readonly T[] | undefined): readonly T[] => (v === undefined ? [] : typeof v === "string" ? [v] : v);
  const names = (keys: readonly string[]) => keys.map((k) => index.names.labels.get(k) ?? k).join("|");
  const quote = (s: string) => (/\s/.test(s) ? `"${s}"` : s);
  const speaker = list(query.speaker);
  const target = list(query.target);
  const stance = list(query.stance);
  const parts = [speaker.length ? names(speaker) : "?who", `-${stance.length ? stance.join("|") : "*"}->`, target.length ? names(target) : "?what"];
  const addressee = list(query.addressee);
  if (addressee.length) parts.push(`to:${quote(names(addressee))}`);
  for (const d of list(query.document)) parts.push(`in:${quote(d)}`);
  if (query.from) parts.push(`from:${query.from}`);
  if (query.to) parts.push(`until:${query.to}`);
  return parts.join(" ");
}
