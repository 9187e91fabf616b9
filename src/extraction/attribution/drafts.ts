// Claim drafts of one sentence: for each cue, its subject, stance, content span and evidence
// span, following the attribution patterns of news copy:
//   X said (that) C · C, X said · "Q," X added · "Q," said X · X, he said, C · according to X ·
//   X has proposed/insisted on/is pressing for N · X urged Y to V · X told Y that C ·
//   X's proposal to · it was proposed by X · X ..., pressing them to V (one claim).
import type { Token } from "../nlp.js";
import type { Quote, Sentence } from "../text/structure.js";
import type { Stance } from "../types.js";
import {
  CUE_FORMS,
  DESCRIBING,
  DETAIL_NOUNS,
  GIVING_VERBS,
  NEGATING_SUBJECTS,
  NEGATORS,
  NON_POSITIONS,
  REFUSING_GOVERNORS,
  VERB_CUES,
} from "../lexicon/cues.js";
import { AGENT_POSITION_NOUNS, cueFacts, findCues, type CueHit } from "./cues.js";
import { decideStance, type StanceFacts } from "./stance.js";
import { CALENDAR_WORDS, FINDINGS_HEADS, GROUP_HEADS, MESSAGE_HEADS, PARTY_MEMBERS_BY_ADJECTIVE, PERSON_ROLE_HEADS } from "../lexicon/roles.js";
import { singular } from "../text/inflection.js";
import { looseSubjectRightOf, subjectLeftOf, subjectRightOf, type SentenceView, type SpeakerRef, type Subject } from "./subjects.js";
import { BE_FORMS, COORDINATORS, COPULAS, POSSESSIVES, THIRD_PERSON_POSSESSIVES, TIME_NOUNS } from "../lexicon/function-words.js";
import { HAS_LETTER, LOWER_FIRST } from "../text/letters.js";
import { hasWords } from "../text/words.js";
import { BROADCASTER_INITIALS, MEDIA_NAME_WORDS } from "../lexicon/gazetteer.js";

export type DraftMode = "left" | "trailing" | "inverted" | "according" | "parenthetical" | "continuation" | "possessive" | "passive" | "signed";

export interface Draft {
  subject: Subject;
  cue: CueHit;
  /** The words of the cue as they stand in the text: "has proposed", "called for". */
  cueText: string;
  stance: Stance;
  /** What decided `stance` (stance.ts): the cue's facts and the clause's. */
  facts: StanceFacts;
  mode: DraftMode;
  /** Character range of what was said or proposed. */
  contentStart: number;
  contentEnd: number;
  evStart: number;
  evEnd: number;
  addressee: SpeakerRef | null;
  /** The direct quotation the claim reports, if any. */
  quote: Quote | null;
  sentence: Sentence;
  /** Inside the content of another claim of the same sentence ("X said Y rejected ..."). */
  nestedIn: Draft | null;
  /** Reported speech starts here: "gave an ultimatum ..., saying that they would ...". */
  speechFrom: number | undefined;
  /** For a continuation ("... and confirmed that ..."), the claim whose speaker it shares. */
  host: Draft | undefined;
}

/**
 * Verbs of saying proper: their subject speaks whatever noun phrase it is ("The magazine said", "A
 * reporter asked", "Sixty percent said"); "the attacks highlight", "a program called" do not.
 */
const SPEECH_VERBS = new Set(
  `say tell add note write claim argue ask explain report reply respond answer state declare announce insist urge warn tweet
   comment remark observe contend maintain assert conclude testify recall complain acknowledge admit concede confirm allege
   joke quip retort boast predict charge reveal`.split(/\s+/),
);
/** Positions taken in words, which a time clause reports as said: "after Hamas accused Netanyahu of ...". */
const VERBAL_ACTS = new Set(["express", "accuse", "criticize", "criticise", "condemn", "denounce", "praise", "blame", "call", "invite", "urge", "ask", "warn"]);
/** Heads of a share of a poll's respondents (subjects.ts, looseSubject). */
const SHARE_HEADS = new Set(["share", "percent", "%", "half", "third", "quarter", "majority", "plurality", "minority", "two-thirds", "three-quarters"]);
/** Links of a contrasting clause, whose speaker is a sibling of the one before: "A said X, but B said Y". */
const CONTRASTS = new Set(["while", "whereas", "but", "although", "though"]);
const CLAUSE_LINKS = new Set(["while", "but", "and", "whereas", "as", "although", "though", ",", ";", "-", "—", "–", "even", "after", "before"]);
/** Words that join a second predicate to a subject: "..., but was outvoted", "..., and has since ...". */
const OPEN_MARKS = new Set(["“", '"', "«", "„", "‘"]);
const CLOSE_MARKS = new Set(["”", '"', "»", "’"]);
const NOT_ADDRESSEES = new Set([
  "reporters",
  "reporter",
  "journalists",
  "journalist",
  "media",
  "press",
  "audience",
  "crowd",
  "conference",
  "news",
  "briefing",
  "interview",
  "statement",
  "television",
  "radio",
]);

export interface DraftContext extends SentenceView {
  text: string;
  sentence: Sentence;
  quotes: Quote[];
}

/** Whether the participle at `at` is a relative clause's passive: "a ceasefire that was denied", "which has been rejected". */
function relativePassive(tokens: Token[], at: number, from: number): boolean {
  let k = at - 1;
  while (k > from && (tokens[k]!.pos === "ADV" || tokens[k]!.lower === "been")) k--;
  if (!BE_FORMS.has(tokens[k]?.lower ?? "") && !/^(?:has|have|had)$/.test(tokens[k]?.lower ?? "")) return false;
  const pronoun = tokens[k - 1]?.lower;
  return (pronoun === "that" || pronoun === "which") && tokens[k - 2]?.pos === "NOUN";
}

/** Whether ", said X" or ", X said" closes the sentence after token k: an attribution of what comes before. */
function saidAfter(ctx: DraftContext, k: number): boolean {
  const { tokens, to } = ctx;
  for (let i = k; i < to - 1; i++) {
    if (tokens[i]!.text !== ",") continue;
    const next = tokens[i + 1]!;
    if (SPEECH_VERBS.has(CUE_FORMS.get(next.lower) ?? "") && next.pos === "VERB") return true;
    // (", the director said.": a short subject, then the verb, then the end.)
    for (let j = i + 2; j < Math.min(to, i + 7); j++)
      if (SPEECH_VERBS.has(CUE_FORMS.get(tokens[j]!.lower) ?? "") && tokens[j]!.pos === "VERB" && /^[.!?]?$/.test(tokens[j + 1]?.text ?? "")) return true;
  }
  return false;
}

/** Verbs of writing or speaking to someone: "wrote to the RCN urging ...", "appealed to the union asking ...". */
const ADDRESSING_FORMS = /^(?:wrote|writes|write|writing|spoke|speaks|talked|appealed|appeals|turned)$/;

/** Whether the participle at `at` follows "wrote to <name or noun phrase>" in its clause. */
function writtenTo(tokens: Token[], at: number, from: number): boolean {
  for (let k = at - 1; k > from && k >= at - 6; k--) {
    const w = tokens[k]!;
    if (w.lower === "to") return ADDRESSING_FORMS.test(tokens[k - 1]?.lower ?? "");
    if (!(w.pos === "PROPN" || w.pos === "NOUN" || w.pos === "DET" || w.pos === "ADJ")) return false;
  }
  return false;
}

/** Texts that an outlet reports or publishes: "The email was first reported by ...". */
const PUBLISHED_TEXTS = new Set([
  "email",
  "e-mail",
  "letter",
  "memo",
  "story",
  "document",
  "documents",
  "news",
  "plan",
  "video",
  "message",
  "messages",
  "recording",
  "emails",
  "letters",
  "memos",
]);

/** Whether the subject of the passive at `at` ("The email was previously reported") is a text. */
function reportedText(ctx: DraftContext, at: number): boolean {
  const { tokens, from } = ctx;
  let k = at - 1;
  while (k > from && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "AUX")) k--;
  return PUBLISHED_TEXTS.has(tokens[k]?.lower ?? "");
}

/**
 * Whether the token closes a quotation: a closing mark, or a straight single mark that ends one of
 * the document's quotations ("'... more action,' Steve Murphy said"), never an apostrophe.
 */
function closesQuote(ctx: DraftContext, t: Token): boolean {
  if (CLOSE_MARKS.has(t.text)) return true;
  if (t.text !== "'") return false;
  for (let k = 0; k < ctx.quotes.length; k++) if (ctx.quotes[k]!.end === t.end) return true;
  return false;
}

const insideQuote = (quotes: Quote[], at: number) => quotes.some((q) => at > q.innerStart - 1 && at < q.innerEnd);

export function draftsOf(ctx: DraftContext): Draft[] {
  const { tokens, from, to, quotes } = ctx;
  const cues = findCues(tokens, from, to, (k) => ctx.mentionEndingAt.has(k)).filter((c) => !insideQuote(quotes, tokens[c.at]!.start));
  const drafts: Draft[] = [];
  const consumed = new Set<number>();
  let opener: { stance: Stance; comma: number } | null = null;
  const headline = headlineDraft(ctx);
  if (headline) drafts.push(headline);
  const signed = signatureDraft(ctx);
  if (signed) return [signed];
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    if (consumed.has(cue.at)) continue;
    // "seek to assure", "refused to recommend": the complement's cue carries the position
    // (a refusal flips it, see make()); a complement that only states ("threatened to call a
    // vote", "vowed to tell") leaves it to the first cue.
    const nextCue = cues[c + 1];
    // ("agreed to temporarily halt the process": an adverb between.)
    const adverb = tokens[cue.last + 2]?.pos === "ADV" ? 1 : 0;
    if (
      nextCue &&
      tokens[cue.last + 1]?.lower === "to" &&
      nextCue.at === cue.last + 2 + adverb &&
      nextCue.kind === "verb" &&
      nextCue.stance !== "states" &&
      !NON_POSITIONS.has(nextCue.lemma)
    )
      continue;
    // "Rejecting the offer, the union said it would strike": a participle of position that opens
    // the sentence is the stance of the claim that follows its comma.
    if (cue.at === from && cue.kind === "verb" && /ing$/.test(tokens[cue.at]!.lower) && cue.stance !== "states") {
      let comma = cue.at + 1;
      while (comma < to && comma < cue.at + 12 && tokens[comma]!.text !== ",") comma++;
      if (tokens[comma]?.text === ",") {
        opener = { stance: cue.stance, comma };
        continue;
      }
    }
    const d = draftFor(ctx, cue, drafts, consumed);
    if (d && voteTally(tokens, d)) continue;
    // "..., according to Abiy, who stated this in a speech": the relative clause says again who
    // said what the sentence already gave him.
    if (
      d &&
      tokens[cue.at - 1]?.lower === "who" &&
      /^(?:this|so|that|it)$/.test(tokens[cue.last + 1]?.lower ?? "") &&
      drafts.some((e) => e.subject.t1 === cue.at - 2)
    )
      continue;
    if (d) {
      if (opener && d.subject.t0 > opener.comma && !d.nestedIn) {
        upgrade(d, opener.stance);
        opener = null;
      }
      drafts.push(d);
    }
  }
  finishSpans(ctx, drafts);
  // ("A union seeking to organize the workforce said ...": a participle that describes the subject
  // of another cue is part of who speaks, no claim of its own.)
  if (drafts.length < 2) return drafts;
  const describing = (d: Draft) => drafts.some((e) => e !== d && e.subject.t0 <= d.subject.t0 && d.cue.at < e.subject.t1 && d.cue.at >= e.subject.t0);
  if (!drafts.some(describing)) return drafts;
  const kept = drafts.filter((d) => !describing(d));
  for (const d of kept) if (d.nestedIn && !kept.includes(d.nestedIn)) d.nestedIn = null;
  return kept;
}

const SAY = VERB_CUES.get("say")!;
const PREFIX_DASHES = new Set(["-", "–", "—"]);
/** "Note:", "Photo:", "Update:": labels of page furniture, no source. */
const FURNITURE_LABELS = new Set([
  "note",
  "photo",
  "photos",
  "video",
  "update",
  "updated",
  "editor",
  "source",
  "sources",
  "related",
  "watch",
  "listen",
  "read",
  "correction",
  "disclosure",
  "credit",
  "image",
  "caption",
  "subscribe",
  "advertisement",
  "share",
  "tags",
  "topics",
  "filed",
  "posted",
  "published",
  "follow",
  "latest",
  "the",
]);

/**
 * The headline and transcript form of attribution: "Lynch: No outside influence on FBI probe",
 * "Former Governor Ana Ruiz at the convention: Taxes will fall", "EXCLUSIVE – Tom Reyes: ...",
 * "REYES: I think ...". The source is a name (or an agentive noun phrase) that opens the sentence,
 * with at most a prepositional phrase ("at the convention", "on the tariffs", "to the union")
 * and no verb before the colon; what follows is what they said.
 */
function headlineDraft(ctx: DraftContext): Draft | null {
  const { tokens, from, to } = ctx;
  let s = from;
  if (/^[A-Z]{3,}$/.test(tokens[s]?.text ?? "") && PREFIX_DASHES.has(tokens[s + 1]?.text ?? "")) s += 2;
  let c = s;
  while (c < to && c < s + 12 && tokens[c]!.text !== ":") c++;
  if (c >= to || tokens[c]!.text !== ":" || c === s || to - c < 4) return null;
  // ("Delegate Update:", "Follow X on Twitter:": a label anywhere before the colon.)
  for (let k = s; k < c; k++) if (FURNITURE_LABELS.has(tokens[k]!.lower) && (k === s || tokens[k]!.lower !== "the")) return null;
  // "Clock's ticking:", "He said:": a clause before the colon is no source label.
  // ("McCain Challenger Kelli Ward:": a word of a name that wink tags as a verb is no verb; "Ana Ruiz
  // on Taxes Rising:", "Ruiz to Planned Parenthood:": the prepositional phrase may hold one.)
  let end = c;
  for (let k = s; k < c; k++) {
    const t = tokens[k]!;
    const name = ctx.mentionStartingAt.get(k);
    if (name && !name.adjectival && name.t1 <= c) {
      k = name.t1 - 1;
      continue;
    }
    if (OPEN_MARKS.has(t.text) || CLOSE_MARKS.has(t.text) || t.text === ",") return null;
    if ((t.pos === "VERB" || t.pos === "AUX" || t.pos === "PRON") && end === c) return null;
    if (end === c && k > s && ["on", "at", "to", "in", "about", "from"].includes(t.lower) && (t.pos === "ADP" || t.pos === "PART")) end = k;
  }
  // What follows must be said words: at least three words, not a time or a number alone.
  let words = 0;
  for (let k = c + 1; k < to; k++) if (HAS_LETTER.test(tokens[k]!.text)) words++;
  if (words < 3) return null;
  const subject = subjectLeftOf(ctx, end);
  if (!subject || subject.t0 > s + 1 || subject.refs.some((r) => r.type === "pronoun")) return null;
  const cue: CueHit = { at: c, last: c, stance: "states", lemma: "say", spec: SAY, kind: "verb" };
  return make(ctx, cue, subject, "left", []);
}

/**
 * The signature of an embedded post, as pages keep its text: "If they drop their barriers, we will
 * drop ours. — Donald J. Trump (@realDonaldTrump) March 10, 2018". The name before the handle
 * posted the words of the paragraph before the dash.
 */
function signatureDraft(ctx: DraftContext): Draft | null {
  const { tokens, from, to } = ctx;
  for (let k = from; k + 4 < to; k++) {
    if (!SIGNATURE_DASHES.has(tokens[k]!.text)) continue;
    const m = ctx.mentionStartingAt.get(k + 1);
    if (!m || m.adjectival || (m.kind !== "person" && m.kind !== "organization")) continue;
    const open = tokens[m.t1];
    const handle = tokens[m.t1 + 1];
    if (open?.text !== "(" || !/^@\w{1,30}$/.test(handle?.text ?? "") || tokens[m.t1 + 2]?.text !== ")") continue;
    if (!CALENDAR_WORDS.has(tokens[m.t1 + 3]?.lower ?? "")) continue;
    const cue: CueHit = { at: k, last: k, stance: "states", lemma: "say", spec: SAY, kind: "verb" };
    const subject: Subject = { refs: [{ type: "mention", mention: m, t0: m.t0, t1: m.t1 }], t0: m.t0, t1: m.t1 };
    return make(ctx, cue, subject, "signed", []);
  }
  return null;
}
const SIGNATURE_DASHES = new Set(["—", "–", "-"]);

/**
 * "Nurses will vote to ratify their contracts from Feb. 9", "members must now vote to approve the
 * deal": a vote still to come is an event of the calendar; how the voters decide is not said yet.
 */
function scheduledVote(tokens: readonly Token[], at: number, from: number): boolean {
  if (tokens[at - 1]?.lower !== "to" || !/^vot(?:e|es|ing)$/.test(tokens[at - 2]?.lower ?? "")) return false;
  let k = at - 3;
  while (k >= from && tokens[k]!.pos === "ADV") k--;
  const w = tokens[k]?.lower ?? "";
  return FUTURE_MARKERS.has(w) || (w === "to" && /^(?:set|expected|due|scheduled|going|poised|slated)$/.test(tokens[k - 1]?.lower ?? ""));
}
const FUTURE_MARKERS = new Set(["will", "’ll", "'ll", "must", "shall", "would", "could", "may", "might", "should"]);

/**
 * "Scholz is expected to ask for a vote of confidence", "the union is set to reject": what others
 * forecast someone will say, no position taken yet.
 */
function forecast(tokens: readonly Token[], at: number, from: number): boolean {
  let k = at - 1;
  if (tokens[k]?.lower !== "to") return false;
  k--;
  while (k >= from && tokens[k]!.pos === "ADV") k--;
  return /^(?:expected|set|due|poised|slated|likely|unlikely)$/.test(tokens[k]?.lower ?? "") && BE_FORMS.has(tokens[k - 1]?.lower ?? "");
}

/** "According to her, the important issue was migration": the pronoun stands for the speaker. */
function objectPronounAfter(ctx: DraftContext, k: number): Subject | null {
  const t = ctx.tokens[k + 1];
  const word = t ? OBJECT_TO_SUBJECT[t.lower] : undefined;
  if (!word || ctx.tokens[k + 2]?.text !== ",") return null;
  return { refs: [{ type: "pronoun", word, t0: k + 1, t1: k + 2 }], t0: k + 1, t1: k + 2 };
}
const OBJECT_TO_SUBJECT: Record<string, string> = { him: "he", her: "she", them: "they" };

/**
 * "the two sides weren’t offering any indication that a deal was close", "offered no details":
 * offering words about something (a sign, details, an explanation) puts nothing forward.
 */
function offersOnlyWords(tokens: readonly Token[], cue: CueHit): boolean {
  if (cue.lemma !== "offer" || cue.kind !== "verb") return false;
  let k = cue.last + 1;
  while (tokens[k] && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "ADJ" || tokens[k]!.lower === "no" || tokens[k]!.lower === "any")) k++;
  return INFORMATION_NOUNS.has(tokens[k]?.lower ?? "");
}
const INFORMATION_NOUNS = new Set([
  "indication",
  "indications",
  "sign",
  "signs",
  "hint",
  "hints",
  "detail",
  "details",
  "explanation",
  "explanations",
  "clue",
  "clues",
  "evidence",
  "comment",
  "comments",
  "timeline",
  "timetable",
  "update",
  "updates",
  "specifics",
  "insight",
  "glimpse",
]);

const OPPOSITION_OBJECT = new Set(["to", "from", "against", "over", "among", "by"]);

/** Whether the noun at `at` is the object of a verb of seeking or losing ("win the support of", "lost the backing of"). */
function soughtAt(tokens: readonly Token[], at: number, from: number): boolean {
  return governedBy(tokens, at, from, SEEKING_VERBS);
}

/** Whether the noun at `at`, after its determiner and modifiers, is the object of a verb that `verbs` matches. */
function governedBy(tokens: readonly Token[], at: number, from: number, verbs: RegExp): boolean {
  let k = at - 1;
  while (k > from && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "PRON" || (tokens[k]!.pos === "NOUN" && k > at - 3))) k--;
  const verb = tokens[k];
  return !!verb && k < at - 1 && verb.pos === "VERB" && verbs.test(verb.lower);
}
const ABANDONING_VERBS =
  /^(?:abandon|abandons|abandoned|abandoning|drop|drops|dropped|dropping|withdraw|withdraws|withdrew|withdrawn|withdrawing|scrap|scraps|scrapped|scrapping|shelve|shelves|shelved|shelving|ditch|ditches|ditched|ditching|end|ends|ended|ending)$/;
const SEEKING_VERBS =
  /^(?:win|wins|won|winning|seek|seeks|sought|seeking|secure|secures|secured|securing|need|needs|needed|needing|gain|gains|gained|gaining|court|courts|courted|courting|lose|loses|lost|losing|enlist|enlisted|garner|garnered|get|gets|got|getting|want|wants|wanted|rally|rallied)$/;

/** A finite verb comes after token k before the clause ends ("... rising seas walked out"). */
function verbFollows(tokens: Token[], k: number, to: number): boolean {
  for (; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === "PUNCT" || t.pos === "CCONJ" || t.pos === "SCONJ") return false;
    if ((t.pos === "VERB" || t.pos === "AUX") && !/ing$/.test(t.lower)) return true;
  }
  return false;
}

/**
 * "In the end, 149 Republicans and 165 Democrats voted for the legislation", "A total of 331 MPs
 * voted in favour of the motion": a count of votes, the result of a ballot, no one's position.
 */
function voteTally(tokens: readonly Token[], d: Draft): boolean {
  // ("48 percent would vote for Governor N": a share of a poll is a position.)
  if (d.cue.lemma !== "vote" || /^(?:percent|per|%)$/.test(tokens[d.subject.t0 + 1]?.lower ?? "")) return false;
  const first = tokens[d.subject.t0];
  return (
    first?.pos === "NUM" || tokens[d.subject.t0 - 1]?.pos === "NUM" || (tokens[d.subject.t0 - 1]?.lower === "of" && tokens[d.subject.t0 - 2]?.lower === "total")
  );
}

function draftFor(ctx: DraftContext, cue: CueHit, earlier: Draft[], consumed: Set<number>): Draft | null {
  const { tokens, from } = ctx;
  const t = tokens[cue.at]!;
  // ("«We can help the unity of the country», — added the Chancellor": a dash after the comma or
  // closing mark, as translations from Russian write it, changes nothing.)
  const dashed = /^[—–-]$/.test(tokens[cue.at - 1]?.text ?? "") && /^[,”»"]$/.test(tokens[cue.at - 2]?.text ?? "");
  const prev = tokens[cue.at - (dashed ? 2 : 1)];

  // "Merkel is due to meet President Steinmeier, who has the power to call snap elections,
  // reported BBC.": a reporting verb between a comma and a name that ends the sentence is
  // inverted, whatever relative clause comes before the comma.
  // ("“...,” Melanne Verveer, who served as chief of staff, told CBS News.": after "told" the name is who heard it.)
  if (cue.spec?.reporting && !cue.spec.addressee && cue.kind !== "according" && prev?.text === "," && cue.at > from + 3) {
    const right = subjectRightOf(ctx, cue.last);
    const after = right ? tokens[right.t1] : undefined;
    if (right && right.refs.length === 1 && right.refs[0]!.type === "mention" && (!after || after.text === "." || right.t1 >= ctx.to))
      return make(ctx, cue, right, "inverted", earlier);
  }

  if (cue.kind === "according") {
    const subject = subjectRightOf(ctx, cue.last) ?? objectPronounAfter(ctx, cue.last);
    return subject && make(ctx, cue, subject, "according", earlier);
  }

  if (cue.kind === "noun" && AGENT_POSITION_NOUNS.has(cue.lemma)) {
    const subject = agentOf(ctx, cue.at);
    return subject && make(ctx, cue, subject, "left", earlier);
  }

  if (cue.kind === "noun") {
    // "to win the support of the Greens", "seeking the backing of Congress": support still sought.
    // ("abandoned their merger bid", "dropped its demand": a position given up is no longer put forward.)
    if (soughtAt(tokens, cue.at, from) || governedBy(tokens, cue.at, from, ABANDONING_VERBS)) return null;
    // "Kenya’s opposition will challenge the results", "opposition leader Raila Odinga": the
    // political opposition, a group; opposing takes an object ("its opposition to the plan").
    if (cue.lemma === "opposition" && !OPPOSITION_OBJECT.has(tokens[cue.at + 1]?.lower ?? "")) return null;
    // "backed the government's plan": a possessed noun inside another claim is its object.
    if (earlier.some((d) => tokens[cue.at]!.start >= d.contentStart && tokens[cue.at]!.start < d.contentEnd)) return null;
    // "over the objections of two members of the Freedom Caucus": the agent after "of".
    const subject = tokens[cue.at + 1]?.lower === "of" ? subjectRightOf(ctx, cue.at + 1) : possessorOf(ctx, cue.at);
    if (!subject) return null;
    // "X's speech proposing ...": the participle names the position.
    let possessed = cue;
    const part = tokens[cue.at + 1];
    if (part?.pos === "VERB" && /ing$/.test(part.lower)) {
      const hit = findCues(tokens, cue.at + 1, cue.at + 2, () => false)[0];
      if (hit) {
        const facts = { ...cueFacts(cue), participle: hit.stance };
        possessed = { ...cue, stance: decideStance(facts).stance, facts };
        consumed.add(hit.at);
      }
    } else if (cue.stance === "states" && part?.lower !== "that") return null; // "Trump's view" alone is no claim
    return make(ctx, possessed, subject, "possessive", earlier);
  }

  if (scheduledVote(tokens, cue.at, from) || forecast(tokens, cue.at, from)) return null;
  if (offersOnlyWords(tokens, cue)) return null;

  if (cue.kind === "adjective") {
    // The subject is left of the copula: "The Green Party remains open to ...".
    // ("The union voted in favor of the contract": left of the verb, cues.ts.)
    let copula = cue.at - 1;
    while (cue.lemma !== "vote" && copula > from && !(COPULAS.has(tokens[copula]!.lower) && tokens[copula]!.lower !== "being")) copula--;
    const subject = cue.lemma === "vote" ? subjectLeftOf(ctx, cue.at) : subjectLeftOf(ctx, copula + (tokens[copula]!.pos === "AUX" ? 1 : 0));
    return subject && !inBackgroundClause(ctx, subject.t0) ? make(ctx, cue, subject, "left", earlier) : null;
  }
  // A participle used as an adjective: "the proposed deal", "a rejected offer".
  if (prev && (prev.pos === "DET" || prev.pos === "ADJ") && tokens[cue.at + 1]?.pos === "NOUN" && /(?:ed|en)$/.test(t.lower)) return null;
  // "who asked not to be named", "declined to be identified": a condition of anonymity.
  if (/^(?:not\s+)?to\s+be\s+(?:named|identified|quoted)\b/i.test(ctx.text.slice(tokens[cue.last + 1]?.start ?? 0, (tokens[cue.last + 1]?.start ?? 0) + 30)))
    return null;
  // "declined to comment", "refused to say", "declined to give details": not a position, whichever
  // cue carries it.
  if (tokens[cue.at - 1]?.lower === "to" && ["decline", "refuse"].includes(CUE_FORMS.get(tokens[cue.at - 2]?.lower ?? "") ?? "") && withholds(tokens, cue.at))
    return null;
  if ((cue.lemma === "decline" || cue.lemma === "refuse") && tokens[cue.at + 1]?.lower === "to" && withholds(tokens, cue.at + 2)) return null;

  // Passive: "it was proposed by Germany", "the compromise, proposed by Denmark, ..."; without
  // an agent there is no speaker.
  let b = cue.at - 1;
  while (b > from && tokens[b]!.pos === "ADV") b--;
  const beforeVerb = b >= from ? tokens[b] : null;
  // ("50,000 people were thought to have taken part", "was said to be": irregular participles too.)
  const participle = /(?:ed|en|wn|put|set|made|thought|said|told|held|sought|found)$/.test(t.lower);
  // ("the plan Hamas agreed to weeks ago and rejected by Netanyahu": a coordinated participle.)
  // ("nations threatened by rising seas": wink may tag the participle an adjective.)
  const reducedRelative =
    prev?.text === "," || (prev?.pos === "NOUN" && (t.pos === "VERB" || t.pos === "ADJ")) || prev?.lower === "and" || prev?.lower === "or";
  // "was unveiled last week by House Speaker Kevin McCarthy": a time phrase before the agent.
  let by = cue.last + 1;
  while (
    by < ctx.to &&
    by < cue.last + 4 &&
    (CALENDAR_WORDS.has(tokens[by]!.lower) || /^(?:last|this|next|week|month|year|on|earlier|later|today|yesterday)$/.test(tokens[by]!.lower))
  )
    by++;
  if (tokens[by]?.lower !== "by") by = cue.last + 1;
  // ("The union responded by rejecting the offer": a gerund after "by" says how, it is no agent.)
  // ("by filing unfair labor practice charges": wink may tag the gerund a noun; its object follows.)
  const afterBy = tokens[by + 1];
  const gerund =
    !!afterBy &&
    /ing$/.test(afterBy.lower) &&
    (afterBy.pos === "VERB" || (afterBy.pos === "NOUN" && LOWER_FIRST.test(afterBy.text) && /^(?:DET|ADJ|NUM|PRON)$/.test(tokens[by + 2]?.pos ?? "")));
  // ("The deal, which still has to be approved by 57,000 members", "will be reviewed by the board":
  // what someone must or will do is no position they took.)
  if (participle && tokens[by]?.lower === "by" && beforeVerb?.lower === "be") return null;
  // "Diplomats from island nations threatened by rising seas walked out": a participle inside the
  // subject of a later verb describes those nations, no one's words.
  if (participle && tokens[by]?.lower === "by" && gerund && prev?.pos === "NOUN" && verbFollows(tokens, by + 2, ctx.to)) return null;
  // ("describing the financial commitment reported by Reuters as poor": which commitment, not a report's claim.)
  if (participle && tokens[by]?.lower === "by" && prev?.pos === "NOUN" && (cue.lemma === "report" || cue.lemma === "cite" || cue.lemma === "quote"))
    return null;
  // ("The email was previously reported by Oregon Public Broadcasting": an outlet that first
  // published a text is where the reader can find it, no position.)
  if (participle && tokens[by]?.lower === "by" && (cue.lemma === "report" || cue.lemma === "publish") && reportedText(ctx, cue.at)) return null;
  if (participle && tokens[by]?.lower === "by" && !gerund && (reducedRelative || (beforeVerb && BE_FORMS.has(beforeVerb.lower)))) {
    const subject = subjectRightOf(ctx, by);
    return subject && make(ctx, cue, subject, "passive", earlier);
  }
  if (participle && beforeVerb && BE_FORMS.has(beforeVerb.lower) && tokens[by]?.lower !== "by") return null;

  // "A new poll shows C", "The reports show C", "C, an exit poll found": a verb of findings
  // speaks only for a document of findings.
  if (cue.spec?.findings) {
    let found = subjectLeftOf(ctx, cue.at, true);
    if (!found || found.refs[0]?.type !== "np" || !FINDINGS_HEADS.has(found.refs[0].head)) found = findingsOf(ctx, cue.at) ?? found;
    const ref = found?.refs[0];
    // ("The full poll can be found here": a passive finds nothing.)
    if (BE_FORMS.has(beforeVerb?.lower ?? "") && !/ing$/.test(t.lower)) return null;
    if (!found || found.refs.length !== 1 || ref?.type !== "np" || !FINDINGS_HEADS.has(ref.head) || inBackgroundClause(ctx, found.t0)) return null;
    const before = tokens[found.t0 - 1];
    const trailing = !!before && found.t0 > from && (before.text === "," || closesQuote(ctx, before)) && !clauseFollows(ctx, cue.last + 1);
    return make(ctx, cue, found, trailing ? "trailing" : "left", earlier);
  }
  // ", pressing them to ...", ", describing the talks as ...": one claim with the clause's speaker.
  // (“messy,” adding, “...”: the comma may stand inside the closing mark.)
  const commaBefore = prev?.text === "," || (!!prev && closesQuote(ctx, prev) && tokens[cue.at - 2]?.text === ",");
  if (commaBefore && /ing$/.test(t.lower)) {
    const host = findLast(earlier, (d) => !d.nestedIn);
    if (host) {
      upgrade(host, cue.stance);
      host.contentEnd = Math.max(host.contentEnd, tokens[ctx.to - 1]!.end);
      if (cue.spec?.reporting) host.speechFrom ??= t.start;
      return null;
    }
    // ("Nippon will likely reduce capacity, citing the closure of four furnaces, said Donnie Blatt":
    // the participle is part of what the attribution at the end of the sentence reports.)
    if (saidAfter(ctx, cue.last + 1)) return null;
    // "Blinken met hostage families while hundreds of protesters demonstrated outside, calling
    // for a hostage release": after a "while" clause, the participle is that clause's subject's.
    const subject = whileClauseSubject(ctx, cue.at) ?? sentenceSubject(ctx, cue.at, SPEECH_VERBS.has(cue.lemma));
    if (!subject) return null;
    // "The WTO cut its forecast ..., citing weak demand": the whole clause is the statement.
    const d = make(ctx, cue, subject, "left", earlier);
    d.contentStart = tokens[Math.min(subject.t1, ctx.to - 1)]!.start;
    return d;
  }
  // "AMCU launched its strike at the three platinum companies on 23 January demanding a living
  // wage": after a date, a participle goes on with the sentence's subject, not the noun before.
  // ("He wrote to the RCN urging its representatives to come back": so after whom one wrote to.)
  if (
    !commaBefore &&
    t.pos === "VERB" &&
    /ing$/.test(t.lower) &&
    prev &&
    (CALENDAR_WORDS.has(prev.lower) || prev.pos === "NUM" || writtenTo(tokens, cue.at, from))
  ) {
    const subject = sentenceSubject(ctx, cue.at);
    if (subject && subject.t1 < cue.at - 3) {
      const d = make(ctx, cue, subject, "left", earlier);
      d.contentStart = t.start;
      return d;
    }
  }

  // "has not confirmed", "did not say": no statement was made.
  if (cue.spec?.reporting && cue.stance === "states" && negated(tokens, cue.at, from)) return null;

  let left = subjectLeftOf(ctx, cue.at, cue.kind === "verb" && SPEECH_VERBS.has(cue.lemma));
  // "48 percent would vote for the governor", "two-thirds support a ban": a share of a poll
  // takes positions, not only speech.
  // "61 percent call him honest": a verdict too.
  if (!left && cue.kind === "verb" && !SPEECH_VERBS.has(cue.lemma) && (cue.stance !== "states" || DESCRIBING.has(cue.lemma))) {
    const share = subjectLeftOf(ctx, cue.at, true);
    const ref = share?.refs[0];
    if (share?.loose && share.refs.length === 1 && ref?.type === "np" && SHARE_HEADS.has(ref.head)) left = share;
  }
  // "The ad slams Kasich", "The editorial endorses Reyes": a message takes positions for its makers.
  if (!left && cue.kind === "verb" && !SPEECH_VERBS.has(cue.lemma)) {
    const message = subjectLeftOf(ctx, cue.at, true);
    const ref = message?.refs[0];
    if (
      message?.loose &&
      message.refs.length === 1 &&
      ref?.type === "np" &&
      (MESSAGE_HEADS.has(ref.head) || (cue.spec?.reporting && !/ing$/.test(t.lower) && FINDINGS_HEADS.has(ref.head)))
    )
      left = message;
  }
  // "when she said, “...”", "when he told them ...": speech in a time clause is still said; a
  // position there is the background of the main clause ("After the union turned down the offer").
  // ("a day after Hamas accused Netanyahu of obstructing the talks": an accusation is speech too;
  // "Six in 10 say the mayor is honest, after barely half said that in spring": a share of an
  // earlier poll still answered.)
  const speechAct = (SPEECH_VERBS.has(cue.lemma) && cue.stance === "states") || VERBAL_ACTS.has(cue.lemma);
  const earlierShare = !!left?.loose && left.refs[0]?.type === "np" && SHARE_HEADS.has(left.refs[0].head);
  if (
    left &&
    inBackgroundClause(ctx, left.t0, cue.at) &&
    !((speechAct && whenClause(ctx, left.t0)) || (SPEECH_VERBS.has(cue.lemma) && cue.stance === "states" && earlierShare))
  )
    return null;
  if (left && hypotheticalComplement(ctx, left.t0, cue.at)) return null;
  if (left) {
    const before = tokens[left.t0 - 1];
    const after = tokens[cue.last + 1];
    // "reiterated their opposition to": what follows is the object, not reported speech.
    const reporting = !!cue.spec?.reporting && cue.object === undefined;
    const subjectAfterBreak = before && left.t0 > from && (before.text === "," || closesQuote(ctx, before));
    if (subjectAfterBreak && reporting && (after?.text === "," || after?.text === "—") && hasWordsAfter(ctx, cue.last + 1)) {
      return make(ctx, cue, left, "parenthetical", earlier);
    }
    // ("During the negotiations, Lindner insisted on imposing the debt brake": the particle of the
    // cue opens its content, no words before the subject.)
    const particle =
      (cue.last > cue.at && cue.spec?.with?.[tokens[cue.last]!.lower] !== undefined && !CALENDAR_WORDS.has(after?.lower ?? "")) ||
      (!!after && cue.spec?.with?.[after.lower] !== undefined && !CALENDAR_WORDS.has(tokens[cue.last + 2]?.lower ?? ""));
    if (subjectAfterBreak && reporting && !particle && !clauseFollows(ctx, cue.last + 1)) return make(ctx, cue, left, "trailing", earlier);
    return make(ctx, cue, firstClauseSubject(ctx, left) ?? left, "left", earlier);
  }
  // "... and confirmed that ...": a second claim of the previous speaker.
  const link = previousWord(tokens, cue.at, from);
  const host = findLast(earlier, (d) => !d.nestedIn);
  // ("Democrats criticized a measure to approve a pipeline and add work requirements": a bare verb
  // after a finite one is coordinated with an infinitive, not a second claim.)
  const bare = tokens[cue.at]!.lower === cue.lemma && /(?:ed|[^s]s)$/.test(host ? tokens[host.cue.at]!.lower : "");
  if (link && (link.lower === "and" || link.lower === "but") && host && !bare) {
    const d = make(ctx, cue, host.subject, "continuation", earlier);
    d.host = host;
    return d;
  }
  // "X visited the camp and accused Y of ...": the subject of the verb before "and" (the
  // sentence's, or a clause's: "Ley and Littleproud will meet, a day after Littleproud ignored
  // requests to meet with Ley and rejected an offer" is Littleproud's), when no claim came before.
  if (link && (link.lower === "and" || link.lower === "but") && !host && cue.kind === "verb") {
    const own = coordinatedVerbSubject(ctx, cue.at);
    if (own) {
      const speechAct = (SPEECH_VERBS.has(cue.lemma) && cue.stance === "states") || VERBAL_ACTS.has(cue.lemma);
      if (inBackgroundClause(ctx, own.t0) && !(speechAct && whenClause(ctx, own.t0))) return null;
      return make(ctx, cue, own, "left", earlier);
    }
    const subject = sentenceSubject(ctx, cue.at);
    if (subject) return make(ctx, cue, subject, "left", earlier);
  }
  // "Netanyahu cast doubts on hopes for a ceasefire by insisting on ...": how the main clause's
  // subject did it is its claim.
  if (link && link.lower === "by" && cue.kind === "verb" && /ing$/.test(tokens[cue.at]!.lower)) {
    // ("The union responded on Monday by rejecting the offer": the response was the rejection.)
    if (host && host.cue.last < cue.at && !tokens.slice(host.cue.last + 1, cue.at).some((t) => t.pos === "VERB" || t.pos === "AUX")) {
      upgrade(host, cue.stance);
      return null;
    }
    const subject = host ? null : sentenceSubject(ctx, cue.at);
    if (subject) return make(ctx, cue, subject, "left", earlier);
  }
  // '"Q," said X' and 'C, said the spokesman'.
  if (cue.spec?.reporting && prev && (prev.text === "," || closesQuote(ctx, prev) || cue.at === from)) {
    const right = subjectRightOf(ctx, cue.last) ?? (SPEECH_VERBS.has(cue.lemma) ? looseSubjectRightOf(ctx, cue.last) : null);
    if (right) return make(ctx, cue, right, "inverted", earlier);
  }
  return null;
}

/**
 * The subject of the finite verb that the verb at `at` is coordinated with ("Littleproud ignored
 * requests to meet with Ley and rejected ..."): the nearest verb before the "and" that no "to"
 * makes an infinitive, with a name right before it; null when none is in the clause.
 */
function coordinatedVerbSubject(ctx: DraftContext, at: number): Subject | null {
  const { tokens, from } = ctx;
  for (let k = at - 2; k > from && k >= at - 14; k--) {
    const t = tokens[k]!;
    if (t.text === "," || t.text === ";" || OPEN_MARKS.has(t.text) || CLOSE_MARKS.has(t.text)) return null;
    if (t.pos !== "VERB" || tokens[k - 1]?.lower === "to" || /ing$/.test(t.lower)) continue;
    const subject = subjectLeftOf(ctx, k);
    // ("after the federal government stepped in and ordered binding arbitration": a body by its description too.)
    return subject && subject.refs.every((r) => r.type === "mention" || (r.type === "np" && GROUP_HEADS.has(r.head))) && subject.t1 >= k - 2 ? subject : null;
  }
  return null;
}

/**
 * "The results of an entrance poll are showing", "Early results of the survey show": a document of
 * findings that opens the noun phrase before the verb (its auxiliaries and adverbs skipped).
 */
function findingsOf(ctx: DraftContext, at: number): Subject | null {
  const { tokens, from } = ctx;
  let end = at - 1;
  while (end >= from && (tokens[end]!.pos === "AUX" || tokens[end]!.pos === "ADV")) end--;
  // The document, then "of ..." or a participial phrase ("Exit polls taken in three states found",
  // "a poll conducted by the university showed"), with no other verb up to the cue.
  for (let h = end; h >= from && h >= end - 15; h--) {
    const t = tokens[h]!;
    if (t.pos === "AUX" || [",", ";", ":", "that", "which", "who"].includes(t.lower)) return null;
    if (t.pos === "VERB" && !/(?:ed|en)$/.test(t.lower)) return null;
    const head = singular(t.lower);
    const next = tokens[h + 1];
    if (t.pos !== "NOUN" || !FINDINGS_HEADS.has(head)) continue;
    if (h !== end && next?.lower !== "of" && !(next?.pos === "VERB" && /(?:ed|en)$/.test(next.lower))) continue;
    let k = h;
    // ("The results of an entrance poll", "The latest Harbor Research poll".)
    while (k - 1 >= from && (["NOUN", "ADJ", "DET", "PROPN", "NUM"].includes(tokens[k - 1]!.pos) || ["of", "/", "-"].includes(tokens[k - 1]!.lower))) k--;
    const before = tokens[k - 1];
    if (before && k > from && ![",", "and", "but", "—", "–"].includes(before.lower)) return null;
    const determiner = DETERMINERS_OPENING.has(tokens[k]!.lower) ? tokens[k]!.lower : "";
    return { refs: [{ type: "np", t0: k, t1: h + 1, head, modifiers: [], determiner }], t0: k, t1: end + 1, loose: true };
  }
  return null;
}
const DETERMINERS_OPENING = new Set(["the", "a", "an", "this", "these", "that", "those"]);

/** Whether a clause follows the cue ("... Mr Davis said the talks had made"), not just a phrase. */
/**
 * A clause that completes a noun and says what would happen ("stronger assurances that Israel
 * would agree to a permanent ceasefire", "hopes that Hamas might accept"): what a party would do
 * is no position it took.
 */
function hypotheticalComplement(ctx: DraftContext, subjectStart: number, cueAt: number): boolean {
  const { tokens } = ctx;
  if (tokens[subjectStart - 1]?.lower !== "that" || tokens[subjectStart - 2]?.pos !== "NOUN") return false;
  for (let k = cueAt - 1; k > subjectStart && k >= cueAt - 3; k--) if (HYPOTHETICAL_MODALS.has(tokens[k]!.lower)) return true;
  return false;
}
const HYPOTHETICAL_MODALS = new Set(["would", "could", "might", "may"]);

function clauseFollows(ctx: DraftContext, k: number): boolean {
  for (let i = k; i < ctx.to; i++) {
    const t = ctx.tokens[i]!;
    // ("“...,” Trump said in August after Nabisco announced it was laying off workers": a clause of
    // time or reason after the cue is no content of its own.)
    if ((BACKGROUND_OPENERS.has(t.lower) || t.lower === "because" || t.lower === "as") && onlyTimeBetween(ctx, k, i)) return false;
    if (t.lower === "that" || t.pos === "AUX" || t.text === ":" || OPEN_MARKS.has(t.text)) return true;
    if (t.pos === "VERB" && !/(?:ed|en|ing)$/.test(t.lower)) return true;
  }
  return false;
}

/** Whether tokens [from, to) say only when: "in August", "on Monday", "last week". */
function onlyTimeBetween(ctx: DraftContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i]!;
    if (t.pos === "ADP" || t.pos === "DET" || t.pos === "NUM" || t.pos === "PUNCT" || CALENDAR_WORDS.has(t.lower) || TIME_NOUNS.has(t.lower)) continue;
    return false;
  }
  return true;
}

/** Conjunctions of time and condition, whose clause is the background of the main one. */
const BACKGROUND_OPENERS = new Set(["after", "before", "when", "once", "until", "since", "if", "unless", "whenever"]);

/** The last dash or semicolon outside quotation marks before token `end` in the sentence, or -1. */
function clauseBreakBefore(ctx: DraftContext, end: number): number {
  const { tokens, from } = ctx;
  let quotes = 0;
  let last = -1;
  for (let k = from; k < end; k++) {
    const t = tokens[k]!.text;
    if (OPEN_MARKS.has(t) || CLOSE_MARKS.has(t)) quotes++;
    else if ((t === "—" || t === "–" || t === ";") && quotes % 2 === 0) last = k;
  }
  return last;
}

/** Conjunctions that open a clause before the main one: "Although X say ..., Y told ...". */
const CLAUSE_OPENERS = new Set(["although", "though", "while", "whereas", "because"]);

/**
 * Where an opening subordinate clause that holds the subject ends: the comma after the cue
 * ("Although Canada and Mexico say the idea is unworkable[,] Trump told ..."), or -1.
 */
function openingClauseEnd(ctx: DraftContext, subjectStart: number, cueLast: number): number {
  const { tokens, from, to } = ctx;
  let k = from;
  while (k < subjectStart && OPEN_MARKS.has(tokens[k]!.text)) k++;
  if (!CLAUSE_OPENERS.has(tokens[k]?.lower ?? "")) return -1;
  for (let j = k + 1; j < subjectStart; j++) if (tokens[j]!.text === ",") return -1;
  for (let j = cueLast + 1; j < to; j++) {
    const t = tokens[j]!;
    if (OPEN_MARKS.has(t.text) || CLOSE_MARKS.has(t.text)) return -1;
    if (t.text === ",") return j;
  }
  return -1;
}

/**
 * "After the union turned down the offer, Boeing ...": a position in a background clause is an
 * event. But "since" before a present perfect gives a reason, not a time, and the position
 * stands: "... a permanent ceasefire, since Netanyahu has repeatedly rejected those ideas".
 */
function inBackgroundClause(ctx: DraftContext, subjectStart: number, cueAt = -1): boolean {
  for (let k = subjectStart - 1; k >= ctx.from; k--) {
    const w = ctx.tokens[k]!;
    if (w.text === "," || w.text === ";" || CLOSE_MARKS.has(w.text)) return false;
    if (BACKGROUND_OPENERS.has(w.lower)) return !(w.lower === "since" && cueAt > subjectStart && perfectBefore(ctx, subjectStart, cueAt));
  }
  return false;
}

/** "has (repeatedly) rejected": a form of "have" among the words between the subject and the cue. */
function perfectBefore(ctx: DraftContext, from: number, cueAt: number): boolean {
  for (let k = cueAt - 1; k >= from && k >= cueAt - 3; k--) if (PERFECT_AUXILIARIES.has(ctx.tokens[k]!.lower)) return true;
  return false;
}
const PERFECT_AUXILIARIES = new Set(["has", "have", "'s", "’s", "'ve", "’ve"]);

/**
 * Who is "a supporter of" or "a critic of" something: the name before the apposition ("Sheldon
 * Adler, a fierce supporter of the deal,") or the subject of the copula ("Adler is a longtime critic of").
 */
function agentOf(ctx: DraftContext, at: number): Subject | null {
  const { tokens, from } = ctx;
  let k = at - 1;
  while (
    k >= from &&
    (["ADJ", "ADV", "DET"].includes(tokens[k]!.pos) ||
      ["longtime", "long-time", "staunch", "vocal", "fierce", "prominent", "leading", "outspoken", "early", "strong"].includes(tokens[k]!.lower))
  )
    k--;
  if (k < from) return null;
  if (tokens[k]!.text === ",") return appositionAnchor(ctx, k);
  if (/^(?:is|was|are|were|been|remains|remained|’s|'s)$/.test(tokens[k]!.lower)) {
    let c = k;
    while (c - 1 >= from && tokens[c - 1]!.pos === "AUX") c--;
    return subjectLeftOf(ctx, c);
  }
  return null;
}

/** The name that an apposition opened by the comma at k describes: "Adler, a critic of ...". */
function appositionAnchor(ctx: DraftContext, comma: number): Subject | null {
  const { tokens, from } = ctx;
  let e = comma - 1;
  // "Kristen Gillibrand (D-NY), a supporter of": the party tag in brackets.
  if (tokens[e]?.text === ")") {
    while (e > from && tokens[e]!.text !== "(") e--;
    e--;
  }
  const m = e >= from ? ctx.mentionEndingAt.get(e) : undefined;
  if (!m || m.adjectival || (m.kind !== "person" && m.kind !== "organization")) return null;
  return { refs: [{ type: "mention", mention: m, t0: m.t0, t1: m.t1 }], t0: m.t0, t1: m.t1 };
}

/** The clause of a subject opens with "when" or "as". */
function whenClause(ctx: DraftContext, subjectStart: number): boolean {
  const w = ctx.tokens[subjectStart - 1]?.lower;
  return w === "when" || w === "as" || w === "after" || w === "before" || w === "since";
}

/** The last element that passes `test`, without copying the list. */
function findLast<T>(list: T[], test: (x: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return list[i];
  return undefined;
}

/** How many words follow token k in the sentence. */
function wordsAfter(ctx: DraftContext, k: number): number {
  let n = 0;
  for (let i = k + 1; i < ctx.to; i++) if (ctx.tokens[i]!.pos !== "PUNCT") n++;
  return n;
}

function hasWordsAfter(ctx: DraftContext, k: number): boolean {
  for (let i = k + 1; i < ctx.to; i++) if (ctx.tokens[i]!.pos !== "PUNCT") return true;
  return false;
}

function previousWord(tokens: Token[], at: number, from: number): Token | null {
  for (let k = at - 1; k >= from; k--) if (!["ADV", "AUX"].includes(tokens[k]!.pos)) return tokens[k]!;
  return null;
}

/** The subject of a "while / whereas / as" clause that ends right before the participle at `before` (its comma), or null. */
function whileClauseSubject(ctx: DraftContext, before: number): Subject | null {
  const { tokens, from } = ctx;
  for (let w = before - 2; w > from; w--) {
    const t = tokens[w]!;
    if (t.text === "," || OPEN_MARKS.has(t.text) || CLOSE_MARKS.has(t.text)) return null;
    // ("Schools will stay shut after teachers on Tuesday rejected a pay offer, terming it inferior":
    // after a clause of time whose verb is a position, the participle goes on with that clause.)
    const timeClause = /^(?:after|when|because|since|before|until)$/.test(t.lower);
    if (t.lower !== "while" && t.lower !== "whereas" && t.lower !== "as" && !timeClause) continue;
    for (let v = w + 2; v < before - 1; v++)
      if (tokens[v]!.pos === "VERB" || tokens[v]!.pos === "AUX") return !timeClause || CUE_FORMS.has(tokens[v]!.lower) ? subjectLeftOf(ctx, v, true) : null;
    return null;
  }
  return null;
}

/** The subject of the sentence's first verb, for a participle that hangs on the main clause. */
/**
 * "Continental union bosses are clear on how they feel about Musk, and they also want the EU to
 * get involved": a pronoun that opens a clause after ", and" or ", but" is the subject of the
 * sentence's first clause, when that is a noun phrase or a name that agrees with it.
 */
function firstClauseSubject(ctx: DraftContext, left: Subject): Subject | null {
  const ref = left.refs.length === 1 ? left.refs[0]! : null;
  const { tokens } = ctx;
  if (ref?.type !== "pronoun" || !/^(?:they|he|she)$/.test(ref.word)) return null;
  if (!/^(?:and|but)$/.test(tokens[left.t0 - 1]?.lower ?? "") || tokens[left.t0 - 2]?.text !== ",") return null;
  const first = sentenceSubject(ctx, left.t0 - 2);
  const head = first?.refs.length === 1 ? first.refs[0]! : null;
  if (!first || !head || head.type === "pronoun" || first.t1 > left.t0 - 2) return null;
  const plural = first.refs.length > 1 || (head.type === "np" && /s$/.test(tokens[head.t1 - 1]!.lower));
  const person = head.type === "mention" && head.mention.kind === "person";
  if (ref.word === "they" ? !plural : !person) return null;
  return { refs: first.refs, t0: left.t0, t1: left.t1 };
}

function sentenceSubject(ctx: DraftContext, before: number, loose = false): Subject | null {
  // "Speaking in Dubuque, Edwards went after his rival, calling him ...": an opening participle or
  // prepositional phrase is not the main clause.
  let start = ctx.from;
  const first = ctx.tokens[start]!;
  if ((first.pos === "VERB" && /(?:ing|ed)$/.test(first.lower)) || first.pos === "ADP" || first.pos === "SCONJ") {
    let c = start + 1;
    while (c < before && ctx.tokens[c]!.text !== ",") c++;
    if (c < before) start = c + 1;
  }
  for (let k = start; k < before; k++) {
    const t = ctx.tokens[k]!;
    // "the detained fishermen": a participle inside a noun phrase is not the main verb.
    if (["DET", "ADJ"].includes(ctx.tokens[k - 1]?.pos ?? "") && t.pos === "VERB") continue;
    if (t.pos === "VERB" || t.pos === "AUX") return subjectLeftOf(ctx, k, loose);
  }
  return null;
}

/** "Theresa May's speech", "his proposal", "the union's offer": who owns the noun cue. */
function possessorOf(ctx: DraftContext, at: number): Subject | null {
  const { tokens, from } = ctx;
  for (let k = at - 1; k >= Math.max(from, at - 4); k--) {
    const w = tokens[k]!.lower;
    if (w === "’s" || w === "'s" || ((w === "'" || w === "’") && /s$/.test(tokens[k - 1]?.text ?? ""))) {
      const ref = ctx.mentionEndingAt.get(k - 1);
      if (ref && !ref.adjectival) return { refs: [{ type: "mention", mention: ref, t0: ref.t0, t1: ref.t1 }], t0: ref.t0, t1: ref.t1 };
      const left = subjectLeftOf(ctx, k);
      return left;
    }
    if (THIRD_PERSON_POSSESSIVES.has(w)) {
      // "AMCU has until this week held strong in its demands": "its" is the clause's named subject.
      const subject = w === "its" || w === "their" ? sentenceSubject(ctx, k) : null;
      const ref = subject?.refs.length === 1 ? subject.refs[0]! : null;
      const body =
        ref?.type === "mention"
          ? ref.mention.kind === "organization" || ref.mention.kind === "country" || ref.mention.kind === "group"
          : ref?.type === "np" && ref.determiner === "the";
      // (After a preposition only: "will raise its offer" plans a deed, no position yet.)
      if (subject && body && subject.t1 <= k && tokens[k - 1]?.pos === "ADP") return subject;
      return { refs: [{ type: "pronoun", word: w === "his" ? "he" : w === "her" ? "she" : w === "its" ? "it" : "they", t0: k, t1: k + 1 }], t0: k, t1: k + 1 };
    }
    // "tough American demands": the country of the demonym.
    const demonym = k === at - 1 ? ctx.mentionEndingAt.get(k) : undefined;
    if (demonym?.adjectival) return { refs: [{ type: "mention", mention: demonym, t0: demonym.t0, t1: demonym.t1 }], t0: demonym.t0, t1: demonym.t1 };
    // "some Republican demands for work requirements": the party's members (resolution/speakers.ts).
    // (Not opening the sentence: "Liberal demands ..." may be any capitalized adjective's.)
    if (k === at - 1 && k > from && /^\p{Lu}/u.test(tokens[k]!.text) && PARTY_MEMBERS_BY_ADJECTIVE.has(w))
      return { refs: [{ type: "np", t0: k, t1: k + 1, head: w, modifiers: [], determiner: "" }], t0: k, t1: k + 1 };
    if (!["PROPN", "NOUN", "ADJ", "NUM"].includes(tokens[k]!.pos)) return null;
  }
  return null;
}

/** A cue of the same clause sharpens the claim's statement (stance.ts, "continuation"). */
function upgrade(d: Draft, stance: Stance) {
  (d.facts.continuation ??= []).push(stance);
  d.stance = decideStance(d.facts).stance;
}

/** A negator before the cue ("did not accept", "has never backed") or a negated subject ("Neither Washington nor Brussels has accepted"). */
function negated(tokens: Token[], at: number, from: number): boolean {
  for (let k = at - 1; k >= from && k >= at - 8; k--) if (NEGATING_SUBJECTS.has(tokens[k]!.lower)) return true;
  for (let k = at - 1; k >= Math.max(from, at - 3); k--) {
    if (NEGATORS.has(tokens[k]!.lower)) return true;
    if (!["AUX", "ADV", "PART"].includes(tokens[k]!.pos)) return false;
  }
  return false;
}

function make(ctx: DraftContext, cue: CueHit, subject: Subject, mode: DraftMode, earlier: Draft[]): Draft {
  const { tokens, sentence, from, to } = ctx;
  const facts: StanceFacts = { ...cueFacts(cue) };
  if (negated(tokens, cue.at, from)) facts.negated = true;
  // "refused to accept": the refusal governs the complement; other raising verbs pass it through.
  if (tokens[cue.at - 1]?.lower === "to") {
    const gov = tokens[cue.at - 2];
    if (gov && REFUSING_GOVERNORS.has(CUE_FORMS.get(gov.lower) ?? gov.lower)) facts.refused = true;
    // ("wouldn't commit to back the rail proposal": a negated governor refuses its complement.)
    else if (gov && CUE_FORMS.has(gov.lower) && negated(tokens, cue.at - 2, from)) facts.refused = true;
  }
  let stance = decideStance(facts).stance;

  const sentStart = tokens[from]!.start;
  const sentEnd = tokens[to - 1]!.end;
  let contentStart: number;
  let contentEnd: number;
  let evStart: number;
  let evEnd: number;
  let addressee: SpeakerRef | null = null;
  let afterCue = cue.last + 1;

  // "pressing for protections", "called for a ceasefire": what follows "for" is asked for, not asked.
  // "called the meeting humiliating" describes; only "called on X to" has an addressee.
  const particleTaken =
    (cue.last > cue.at && ["for", "against", "back", "out", "down"].includes(tokens[cue.last]!.lower)) ||
    (cue.lemma === "call" && !["on", "upon"].includes(tokens[cue.last]!.lower));
  if (!particleTaken && (cue.spec?.addressee || ["give", "make", "issue", "appeal", "demand"].includes(cue.lemma))) {
    const found = addresseeAfter(ctx, cue);
    if (found) {
      addressee = found.ref;
      if (found.t1 > afterCue && found.t0 <= afterCue + 2) afterCue = found.t1;
      // "told agencies to prepare ...": telling someone to do something is a demand.
      let k = found.t1;
      while (k < to && (CALENDAR_WORDS.has(tokens[k]!.lower) || tokens[k]!.lower === "on")) k++;
      // ("told Grant Shapps to “tone down the rhetoric”": the verb may open a quotation.)
      const quoted = OPEN_MARKS.has(tokens[k + 1]?.text ?? "");
      const verb = quoted ? tokens[k + 2] : tokens[k + 1];
      // (wink reads the verb after the mark as a noun: "to “tone down ...”".)
      if (tokens[k]?.lower === "to" && (verb?.pos === "VERB" || (quoted && verb?.pos === "NOUN" && /^\p{Ll}/u.test(verb.text)))) {
        facts.toldTo = true;
        stance = decideStance(facts).stance;
      }
    } else if (cue.spec?.addressee) {
      // "told reporters:": not an addressee worth a node, but not part of what was said either.
      const obj = objectAt(ctx, afterCue);
      if (obj && obj.ref.type === "np" && NOT_ADDRESSEES.has(obj.ref.head.endsWith("s") ? obj.ref.head : `${obj.ref.head}s`) && obj.t1 - afterCue <= 3)
        afterCue = obj.t1;
    }
  }
  // Skip "that", ":", and when and where it was said ("said Monday that", "said in a statement:").
  for (;;) {
    const w = tokens[afterCue]?.lower ?? "";
    if (afterCue >= to) break;
    if (
      ["that", ":", ","].includes(w) ||
      CALENDAR_WORDS.has(w) ||
      ["today", "yesterday", "tonight", "again", "also", "publicly", "repeatedly", "earlier", "later"].includes(w)
    )
      afterCue++;
    else if ((w === "on" || w === "late" || w === "early") && CALENDAR_WORDS.has(tokens[afterCue + 1]?.lower ?? "")) afterCue += 2;
    else if (
      w === "in" &&
      /^(?:a|an|the|his|her|its|their)$/.test(tokens[afterCue + 1]?.lower ?? "") &&
      /^(?:statement|interview|speech|post|tweet|letter|email|e-mail|briefing|address|message)s?$/.test(tokens[afterCue + 2]?.lower ?? "")
    )
      afterCue += 3;
    else break;
  }

  switch (mode) {
    case "trailing":
    case "inverted": {
      contentStart = sentStart;
      const endTok = mode === "trailing" ? subject.t0 - 1 : cue.at - 1;
      contentEnd = tokens[Math.max(from, endTok - 1)]?.end ?? sentStart;
      if (contentEnd <= contentStart) contentEnd = sentEnd;
      evStart = sentStart;
      evEnd = sentEnd;
      // "Republicans claimed ... while Democrats criticized ... — though new exemptions would make
      // more people eligible, the CBO estimated": after other claims, a dash or a semicolon opens
      // the clause the attribution at the end reports.
      const brk = clauseBreakBefore(ctx, endTok);
      if (brk >= 0 && earlier.some((d) => d.cue.at < brk)) contentStart = evStart = tokens[brk + 1]!.start;
      break;
    }
    case "according": {
      const phraseEnd = subject.t1;
      const atStart = cue.at <= from + 1;
      contentStart = atStart ? tokens[Math.min(to - 1, phraseEnd + (tokens[phraseEnd]?.text === "," ? 1 : 0))]!.start : sentStart;
      contentEnd = atStart ? sentEnd : tokens[Math.max(from, cue.at - 2)]!.end;
      evStart = sentStart;
      evEnd = sentEnd;
      break;
    }
    case "signed": {
      // The post is the paragraph before the dash (after the page's own tag, if it kept one).
      const dash = tokens[cue.at]!.start;
      const line = ctx.text.lastIndexOf("\n", dash - 1) + 1;
      const tag = ctx.text.lastIndexOf(">", dash - 1);
      contentStart = evStart = tag >= line ? tag + 1 : line;
      while (contentStart < dash && /\s/.test(ctx.text[contentStart]!)) contentStart++;
      evStart = contentStart;
      contentEnd = tokens[cue.at - 1]!.end;
      evEnd = sentEnd;
      break;
    }
    case "passive":
      // "The proposal was unveiled last week by Kevin McCarthy", "The compromise, proposed by
      // Denmark, would let the World Bank ...": what was proposed and what it would do, around the agent.
      contentStart = sentStart;
      contentEnd = sentEnd;
      evStart = sentStart;
      evEnd = sentEnd;
      break;
    case "parenthetical":
      contentStart = sentStart;
      contentEnd = sentEnd;
      evStart = sentStart;
      evEnd = sentEnd;
      break;
    default: {
      const reporting = !!cue.spec?.reporting || cue.kind === "according";
      if (subject.relative) {
        // "The union, which had sought better pensions, rejected ...": the clause ends at its comma.
        let k = cue.last + 1;
        while (k < to && ![",", "-", "—", "–", ";"].includes(tokens[k]!.text)) k++;
        contentStart = tokens[Math.min(afterCue, to - 1)]!.start;
        contentEnd = tokens[k - 1]!.end;
        evStart = tokens[subject.t0]!.start;
        evEnd = contentEnd;
        break;
      }
      // "The proposal, which Orban backed, would ...": the relative pronoun is the object, and
      // the claim is about the noun phrase it stands for.
      const antecedent = objectAntecedent(ctx, subject.t0, afterCue);
      if (antecedent) {
        contentStart = tokens[antecedent[0]]!.start;
        contentEnd = tokens[antecedent[1] - 1]!.end;
        evStart = sentStart;
        evEnd = sentEnd;
        break;
      }
      // Positions read best from the cue on ("proposed turning Donbas into ..."); reports from their content.
      contentStart = afterCue < to ? tokens[reporting && mode !== "possessive" ? afterCue : cue.at]!.start : sentEnd;
      contentEnd = sentEnd;
      // "had argued against the duties, but was outvoted by member states": a position's content
      // ends where the subject's next predicate begins (a reported clause may go on: "said the plan
      // was good, but was too costly").
      if (!reporting || stance !== "states") {
        for (let k = afterCue; k + 2 < to; k++) {
          if (tokens[k]!.text !== "," || !COORDINATORS.has(tokens[k + 1]!.lower)) continue;
          const next = tokens[k + 2]!;
          if (next.pos === "AUX" || (next.pos === "VERB" && /(?:ed|s)$/.test(next.lower))) {
            contentEnd = tokens[k - 1]!.end;
            break;
          }
        }
      }
      const first = earlier.length === 0 && mode !== "continuation";
      evStart = first ? sentStart : clauseStart(ctx, mode === "continuation" ? cue.at : subject.t0);
      evEnd = sentEnd;
      // "Although Canada and Mexico say the idea is unworkable, Trump told reporters that ...": a
      // claim in an opening subordinate clause ends with the clause, and the main clause is a claim of its own.
      const clauseEnd = openingClauseEnd(ctx, subject.t0, cue.last);
      if (clauseEnd >= 0) contentEnd = evEnd = Math.min(contentEnd, tokens[clauseEnd - 1]!.end);
    }
  }

  // A quotation that the content opens, or that the sentence closes, extends the evidence.
  let quote: Quote | null = null;
  for (const q of ctx.quotes) {
    if (q.end <= contentStart - 1 || q.start >= contentEnd + 1) continue;
    // A scare quote is short; a short quotation that a trailing attribution follows is speech
    // ("“I agree,” Zarif said.").
    const spoken = (mode === "trailing" || mode === "inverted") && q.start <= sentStart + 1;
    if (!spoken && !hasWords(ctx.text, q.innerStart, q.innerEnd, 4) && !(q.start < sentStart || q.end > sentEnd)) continue; // a scare quote
    quote = quote ?? q;
    if (q.start < sentStart && (mode === "trailing" || mode === "inverted" || mode === "parenthetical")) {
      // The quotation began in an earlier sentence: the claim covers all of it.
      evStart = Math.min(evStart, q.start);
      contentStart = Math.min(contentStart, q.start);
    }
    if (q.end > sentEnd && mode !== "trailing" && mode !== "inverted") evEnd = Math.max(evEnd, q.end);
  }

  // The innermost earlier claim whose content holds this cue; a continuation stands on its own.
  // ", while Kyiv is pressing for ...": a contrasting clause is a sibling, not reported content.
  // ", and Y said B": a coordinated clause with its own subject and verb of speech is a sibling too.
  const coordinated = tokens[subject.t0 - 1]?.lower === "and" && tokens[subject.t0 - 2]?.text === "," && cue.kind === "verb" && SPEECH_VERBS.has(cue.lemma);
  // "70 percent of residents said yes, but 58 percent of business owners say": the link may stand
  // before the whole noun phrase of a share.
  let link = subject.t0 - 1;
  while (link > from && link >= subject.t0 - 5 && !CONTRASTS.has(tokens[link]!.lower) && ["NUM", "NOUN", "ADJ", "DET", "ADP"].includes(tokens[link]!.pos))
    link--;
  // "..., after barely half said that in the spring survey": an earlier share of a poll is a sibling too.
  const ref0 = subject.refs[0];
  const earlierShare = !!subject.loose && ref0?.type === "np" && SHARE_HEADS.has(ref0.head) && BACKGROUND_OPENERS.has(tokens[subject.t0 - 1]?.lower ?? "");
  const contrast = coordinated || earlierShare || CONTRASTS.has(tokens[link]?.lower ?? "");
  // "X said A, and B, according to Y": a closing "according to" is the narrator's attribution.
  const closingAccording = cue.kind === "according" && tokens[cue.at - 1]?.text === ",";
  // "unveiled a bill ..., a plan Democrats said they would block": speech is never the content of
  // a proposal or another position, only of reported speech.
  const speech = cue.kind === "verb" && !!cue.spec?.reporting && cue.stance === "states";
  // ("... — though C, the CBO estimated": a trailing attribution after a dash reports its own clause.)
  const ownClause = mode === "trailing" || mode === "inverted" ? clauseBreakBefore(ctx, subject.t0) : -1;
  // "..., before June 5, the date when Treasury Secretary Janet Yellen said C": a relative clause of
  // a noun is the narrator's, not part of what the earlier speaker reported.
  // ("Petro announced a ceasefire that was denied by the guerrilla group": the same for a passive in
  // a relative clause, whose agent holds its own position.)
  const relative =
    ((tokens[subject.t0 - 1]?.lower === "when" || tokens[subject.t0 - 1]?.lower === "where") && tokens[subject.t0 - 2]?.pos === "NOUN") ||
    (mode === "passive" && relativePassive(tokens, cue.at, from));
  const nestedIn =
    mode === "continuation" || contrast || closingAccording || relative
      ? null
      : (findLast(
          earlier,
          (d) =>
            d.cue.at > ownClause &&
            embedsSpeech(d, tokens[cue.at]!.start) &&
            tokens[cue.at]!.start >= d.contentStart &&
            tokens[cue.at]!.start < d.contentEnd &&
            d.mode !== "trailing" &&
            !(speech && d.stance !== "states"),
        ) ?? null);
  return {
    subject,
    cue,
    cueText: ctx.text.slice(tokens[auxStart(tokens, cue.at, from)]!.start, tokens[cue.last]!.end),
    stance,
    facts,
    mode,
    contentStart,
    contentEnd,
    evStart,
    evEnd,
    addressee,
    quote,
    sentence,
    nestedIn,
    // Every draft has the same fields from the start: one object shape keeps V8's code monomorphic.
    speechFrom: undefined,
    host: undefined,
  };
}

/**
 * "the proposal, which Orban backed,", "the plan that Kyiv rejected would": when a relative pronoun
 * right before the subject is the cue's object (nothing follows the cue but its time phrase and
 * a comma, the end or the main clause's auxiliary),
 * the token range of the noun phrase it stands for.
 */
function objectAntecedent(ctx: DraftContext, subjectStart: number, afterCue: number): [number, number] | null {
  const { tokens, from, to } = ctx;
  const pronoun = tokens[subjectStart - 1]?.lower;
  if (pronoun !== "which" && pronoun !== "that") return null;
  // The clause ends right after the cue (and its time phrase): a comma, or the main verb resumes.
  const next = tokens[afterCue];
  if (afterCue < to && ![",", ".", ";", ")", "—", "–"].includes(next!.text) && next!.pos !== "AUX") return null;
  let end = subjectStart - 1;
  if (tokens[end - 1]?.text === ",") end--;
  let start = end;
  while (start - 1 >= from && ["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(tokens[start - 1]!.pos)) start--;
  const head = tokens[end - 1];
  return start < end && head && (head.pos === "NOUN" || head.pos === "PROPN") ? [start, end] : null;
}

/** The verb at k ("comment", "give details") withholds information rather than taking a position. */
function withholds(tokens: Token[], k: number): boolean {
  const word = tokens[k]?.lower ?? "";
  if (NON_POSITIONS.has(CUE_FORMS.get(word) ?? word)) return true;
  // "declined to go into detail", "refused to get into specifics".
  if ((word === "go" || word === "get") && tokens[k + 1]?.lower === "into" && DETAIL_NOUNS.has(tokens[k + 2]?.lower ?? "")) return true;
  if (!GIVING_VERBS.has(word)) return false;
  // "give further details", "provide a timeline", "offer any specifics"
  for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) if (DETAIL_NOUNS.has(tokens[j]!.lower)) return true;
  return false;
}

/** Reported speech embeds other positions ("X said Y rejected ..."); a proposal or a refusal does not. */
function embedsSpeech(d: Draft, at: number): boolean {
  return !!d.cue.spec?.reporting || d.cue.kind === "according" || (d.speechFrom !== undefined && at >= d.speechFrom);
}

/** Include the auxiliaries in the cue text: "has proposed", "did not agree". */
function auxStart(tokens: Token[], at: number, from: number): number {
  let k = at;
  while (k - 1 >= from && (tokens[k - 1]!.pos === "AUX" || ["not", "n't", "never", "also"].includes(tokens[k - 1]!.lower))) k--;
  return k;
}

/** Where the clause of a subject starts, conjunctions included: ", while Kyiv is pressing". */
function clauseStart(ctx: DraftContext, t0: number): number {
  let k = t0;
  while (k - 1 >= ctx.from && CLAUSE_LINKS.has(ctx.tokens[k - 1]!.lower)) k--;
  return ctx.tokens[k]!.start;
}

/** Who a claim is said to: "told Y", "urged Y to", "gave an ultimatum to Y", "appealed to Y to", "offered Y a raise". */
function addresseeAfter(ctx: DraftContext, cue: CueHit): { ref: SpeakerRef; t0: number; t1: number } | null {
  const { tokens, to } = ctx;
  let k = cue.last + 1;
  // "appealed to both sides" is addressed; "appealed the fine" is not.
  if (tokens[k]?.lower === "to" && !["give", "make", "issue"].includes(cue.lemma)) k++;
  else if (cue.lemma === "appeal") return null;
  if (["give", "make", "issue"].includes(cue.lemma)) {
    // the addressee follows "to" after the object
    while (k < to && k < cue.last + 6 && tokens[k]!.lower !== "to") k++;
    if (tokens[k]?.lower !== "to") return null;
    k++;
  }
  // "demanded that the council publish": the subject of a bare verb is who is asked; otherwise
  // "that" opens what was said ("warning that inflation risks remained"), no addressee.
  if (tokens[k]?.lower === "that" && cue.stance === "demands") k++;
  else if (tokens[k]?.lower === "that") return null;
  const w = tokens[k];
  if (w?.pos === "PRON" && ["him", "her", "them", "us", "me"].includes(w.lower)) {
    return { ref: { type: "pronoun", word: w.lower, t0: k, t1: k + 1 }, t0: k, t1: k + 1 };
  }
  const obj = objectAt(ctx, k);
  if (!obj) return null;
  if (obj.ref.type === "np" && (NOT_ADDRESSEES.has(obj.ref.head) || NOT_ADDRESSEES.has(`${obj.ref.head}s`))) return null;
  // "told a Doha news conference": the name only says where the conference was.
  let after = obj.t1;
  while (after < to && after < obj.t1 + 3 && tokens[after]!.pos === "NOUN" && !NOT_ADDRESSEES.has(tokens[after]!.lower)) after++;
  if (obj.ref.type === "mention" && NOT_ADDRESSEES.has(tokens[after]?.lower ?? "")) return null;
  if (cue.lemma === "offer" && tokens[obj.t1]?.pos !== "DET" && tokens[obj.t1]?.pos !== "NUM") return null; // "offered a deal": no addressee
  // "demanded the council publish the report" asks the council; "demanding a complete Israeli
  // withdrawal" asks for the withdrawal: a described object is an addressee only before a verb.
  if (cue.lemma === "demand" && obj.ref.type === "np" && tokens[obj.t1]?.pos !== "VERB" && tokens[obj.t1]?.lower !== "to") return null;
  return { ref: obj.ref, t0: k, t1: obj.t1 };
}

/** The noun phrase or name that starts at token k: "the city council", "his Ukrainian counterpart, Oleh Marchenko,". */
function objectAt(ctx: DraftContext, k: number): { ref: SpeakerRef; t1: number } | null {
  const { tokens, to } = ctx;
  let e = k;
  let determiner = "";
  if (tokens[e] && (tokens[e]!.pos === "DET" || POSSESSIVES.has(tokens[e]!.lower))) determiner = tokens[e++]!.lower;
  let last: SpeakerRef | null = null;
  while (e < to) {
    const m = ctx.mentionStartingAt.get(e);
    if (m && !m.adjectival) {
      last = { type: "mention", mention: m, t0: k, t1: m.t1 };
      e = m.t1;
      // A name ends the object unless a group noun follows: "urged Kremlin officials", not "that Mogadishu release".
      if (!GROUP_HEADS.has(tokens[e]?.lower ?? "") && !PERSON_ROLE_HEADS.has(tokens[e]?.lower ?? "")) break;
      continue;
    }
    if (m && m.adjectival) {
      e = m.t1;
      continue;
    }
    const t = tokens[e]!;
    if (t.pos === "NOUN" || t.pos === "ADJ" || (t.pos === "PROPN" && !m) || (t.text === "-" && last === null)) {
      if (t.pos === "NOUN" || t.pos === "PROPN") last = { type: "np", t0: k, t1: e + 1, head: singular(t.lower), modifiers: [], determiner };
      e++;
      continue;
    }
    break;
  }
  if (!last) return null;
  // An appositive name after the phrase is who it is: "his counterpart, Oleh Marchenko,".
  if (tokens[e]?.text === "," && last.type === "np") {
    const m = ctx.mentionStartingAt.get(e + 1);
    if ((m && !m.adjectival && m.kind === "person") || (m && !m.adjectival && [",", "to", "that", "by", "on"].includes(tokens[m.t1]?.lower ?? ""))) {
      return { ref: { type: "mention", mention: m!, t0: m!.t0, t1: m!.t1 }, t1: m!.t1 + (tokens[m!.t1]?.text === "," ? 1 : 0) };
    }
  }
  return { ref: last, t1: e };
}

/**
 * Content of a claim ends where the next claim's clause starts: "X said A, while Y is pressing
 * for B" gives X "A" and Y "B".
 */
function finishSpans(ctx: DraftContext, drafts: Draft[]) {
  const { tokens } = ctx;
  // "Greg Boso said the raise was too costly, according to the Charleston Gazette-Mail": the
  // outlet passes on the words of a speaker the sentence names; its report is no claim of its own.
  for (const t of drafts) {
    // (Only an outlet: "according to two people familiar with the talks" are sources, speakers of their own.)
    const outlet = ctx.text.slice(tokens[t.subject.t0]!.start, tokens[t.subject.t1 - 1]!.end);
    if (t.mode !== "according" || t.nestedIn || !(MEDIA_NAME_WORDS.test(outlet) || BROADCASTER_INITIALS.test(outlet))) continue;
    // ("According to Reuters, Pedro Ortega said ...": the speaker after the outlet was read as
    // part of what the outlet said.)
    // (Not across a clause of its own: "X said A, and B remained undecided, according to aides".)
    const between = (d: Draft) => {
      const [a, b] = tokens[d.cue.at]!.start < tokens[t.cue.at]!.start ? [d.cue.at, t.cue.at] : [t.cue.last, d.cue.at];
      return ctx.text.slice(tokens[a]!.end, tokens[b]!.start);
    };
    const reported = drafts.find(
      (d) =>
        d !== t &&
        (!d.nestedIn || d.nestedIn === t) &&
        // ("“...,” Erdogan told reporters, according to AFP": after a quotation's attribution too.)
        (d.mode === "left" || d.mode === "trailing" || d.mode === "inverted") &&
        d.cue.spec?.reporting &&
        d.sentence === t.sentence &&
        !/[;:]|,\s*(?:and|but|while|whereas)\b/.test(between(d)),
    );
    if (reported) {
      reported.nestedIn = null;
      t.nestedIn = reported;
    }
  }
  // Positions inside the content of a trailing attribution are reported by its speaker:
  // "European ministers agreed to extend the cap, two diplomats said."
  for (const t of drafts) {
    if (t.mode !== "trailing" && t.mode !== "inverted" && t.mode !== "parenthetical") continue;
    for (const d of drafts) {
      // A trailing cue nested in d closes nothing when its clause goes on ("X said his band and
      // Y, AKA Z, recorded a dozen tracks"): d keeps its claim; "..., CNN reported." closes the sentence.
      if (d === t || d.nestedIn || (t.nestedIn === d && (t.mode === "parenthetical" || wordsAfter(ctx, t.cue.last) >= 3))) continue;
      const at = tokens[d.cue.at]!.start;
      if (at >= t.contentStart && at < t.contentEnd && !(t.mode === "parenthetical" && d.subject === t.subject)) {
        // "US officials said that Netanyahu torpedoed their efforts, CNN reported": the outlet
        // reports the officials' words, which stay theirs; its report is no claim of its own.
        // ("“...,” Vucic said, N1 reported.": the same after a quotation.)
        if (t.cue.lemma === "report" && d.cue.spec?.reporting && (d.mode === "left" || d.mode === "parenthetical" || d.mode === "trailing")) t.nestedIn = d;
        else {
          d.nestedIn = t;
          // ("Moscow had told Turkey that it objects, Maria Zakharova told Interfax": the trailing
          // attribution closes the sentence; it is no part of what Moscow told, or neither speaks.)
          if (t.nestedIn === d) t.nestedIn = null;
        }
      }
    }
  }
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.mode === "trailing" || d.mode === "inverted" || d.mode === "parenthetical") continue;
    for (let j = i + 1; j < drafts.length; j++) {
      const n = drafts[j]!;
      // Only a sibling clause ends this one: "X said A and confirmed B", "A, while Y insisted on B".
      if (n.nestedIn === d || (n.nestedIn && n.nestedIn !== d.nestedIn)) continue;
      // (A trailing attribution with a clause of its own after a dash ends this one at the dash.)
      // ("the one Hamas agreed to weeks ago and rejected by Netanyahu": a passive's clause starts at its verb.)
      const start =
        n.mode === "continuation" || (n.mode === "passive" && n.subject.t0 > n.cue.at)
          ? clauseStart(ctx, n.cue.at)
          : n.mode === "trailing" && n.contentStart > tokens[ctx.from]!.start
            ? n.contentStart - 1
            : clauseStart(ctx, n.subject.t0);
      if (start > tokens[d.cue.at]!.start && start < d.contentEnd) {
        d.contentEnd = trimEnd(ctx.text, d.contentStart, start);
        if (d.evEnd > start && d.evEnd <= tokens[ctx.to - 1]!.end) d.evEnd = d.contentEnd;
        if (n.evStart > start) n.evStart = start;
        break;
      }
    }
  }
  for (const d of drafts) {
    d.evStart = trimStart(ctx.text, d.evStart, d.evEnd);
    d.evEnd = trimEnd(ctx.text, d.evStart, d.evEnd);
    d.contentStart = trimStart(ctx.text, d.contentStart, d.contentEnd);
    d.contentEnd = trimEnd(ctx.text, d.contentStart, d.contentEnd);
  }
}

function trimStart(text: string, start: number, end: number): number {
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
  while (start < end && /^(?:while|but|and|whereas)\s/i.test(text.slice(start, start + 9)) && OPEN_MARKS.size) {
    start = text.indexOf(" ", start) + 1;
  }
  return start;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,;:—–-]/.test(text[end - 1]!)) end--;
  return end;
}
