// The one place that decides a claim's stance. The stages that read a claim gather facts (the
// cue and its particle or object, negation, what the content says); decideStance walks one
// ordered table of rules over them and returns the stance with the rules that set it, so that
// "why is this claim *demands*?" has an answer (`claimgraph extract --explain`).
import {
  COMMITTING_CONTENT,
  CONCEDING_CUES,
  CONDITIONAL_OFFER,
  DEMANDING_CONTENT,
  DESCRIBING,
  FLIP_ON_NEGATION,
  MINIMUM_DEMAND,
  NEGATIVE_VERDICT,
  OPPOSING_CONTENT,
  POSITIVE_VERDICT,
  REFUSING_CONTENT,
  REPORTED_COMMITMENT,
  THREAT_CONTENT,
  UNDOING_AIM,
  WANTING_CONTENT,
} from "../lexicon/cues.js";
import type { Stance } from "../types.js";

/** What the content of a claim says, for the rules that read it. */
export interface ContentFacts {
  /** The claim's own words (without the positions nested in them). */
  text: string;
  /** The cue's lemma ("insist", "describe"). */
  lemma: string;
  /** The cue reports speech ("said", "according to"): its content may carry the position. */
  reporting: boolean;
  /** "that any settlement respect ...": a bare verb after a singular subject. */
  subjunctive: boolean;
  /** "agreed to suspend the strike", "agreed they will refrain from": the speaker agreed to act. */
  action?: boolean;
  /** A quotation with no cue of its own, attached to the speaker quoted before. */
  quoteOnly?: boolean;
}

/** The facts that decide a stance, each set by the stage that sees it. */
export interface StanceFacts {
  /** The cue lexicon's stance for the cue word (lexicon/cues.ts). */
  cue: Stance;
  /** A particle or preposition that changes it: "called for", "turned down", "warned India against". */
  particle?: Stance;
  /** A light verb's or a position noun's object: "made an offer", "reiterated their opposition". */
  object?: Stance;
  /** A participle after a possessed noun cue: "Theresa May's speech proposing a transition". */
  participle?: Stance;
  /** A negator before the cue: "did not accept", "Neither Washington nor Brussels has accepted". */
  negated?: boolean;
  /** A refusing verb governs the cue: "refused to accept", "failed to back". */
  refused?: boolean;
  /** Told someone to do something: "told agencies to prepare". */
  toldTo?: boolean;
  /** Cues of the same clause that sharpen a statement: ", pressing them to ...". */
  continuation?: Stance[];
  /** What the content says (read once the content span is known). */
  content?: ContentFacts;
  /** Cues nested in the content by the same speaker: "He said he urged Trump to ...". */
  nested?: Stance[];
}

export interface StanceRule {
  id: string;
  /** A sentence the rule decides, as it reads in news copy. */
  example: string;
  /** The stance after the rule, or undefined when it does not apply. */
  apply(facts: StanceFacts, stance: Stance): Stance | undefined;
  /** Content rules: only the first that applies counts. */
  content?: true;
}

const sharpen = (list: readonly Stance[] | undefined, stance: Stance): Stance | undefined => {
  if (!list || stance !== "states") return undefined;
  for (const s of list) if (s !== "states") return s;
  return undefined;
};

/** A content rule of a reported statement: the cue states and reports speech. */
const reported = (f: StanceFacts, stance: Stance) => stance === "states" && !!f.content?.reporting;
const opening = (text: string) => text.replace(/^[“"«„\s]+/, "");

/** The rules, in the order they apply; each sees the stance the rules before it left. */
export const STANCE_RULES: readonly StanceRule[] = [
  { id: "cue", example: "Zelenskyy said the talks were constructive (say: states)", apply: (f) => f.cue },
  { id: "particle", example: "The union called for a ceasefire (call + for: demands)", apply: (f) => f.particle },
  { id: "object", example: "Hamas made an offer (make + offer: proposes); reiterated their opposition to the clause (opposes)", apply: (f) => f.object },
  { id: "participle", example: "Theresa May's speech proposing a two-year transition (proposes)", apply: (f) => f.participle },
  {
    id: "negation",
    example: "Moscow did not accept the plan (accept: supports -> opposes)",
    apply: (f, s) => (f.negated ? (FLIP_ON_NEGATION[s] ?? s) : undefined),
  },
  {
    id: "refusal",
    example: "India refused to back the text (back: supports -> opposes)",
    // (A refused commitment opposes: "refused to commit to the deal"; a negated one only states.)
    apply: (f, s) => (f.refused ? (s === "commits" ? "opposes" : (FLIP_ON_NEGATION[s] ?? "opposes")) : undefined),
  },
  {
    id: "told-to",
    example: "Biden told agencies to prepare for a default (tell + to V: demands)",
    apply: (f, s) => (f.toldTo && s === "states" ? "demands" : undefined),
  },
  {
    id: "continuation",
    example: "She gave an ultimatum, pressing them to decide (the clause's cue sharpens the claim)",
    apply: (f, s) => sharpen(f.continuation, s),
  },
  {
    id: "past-assurance",
    example: "Petro assured that his administration did not make a unilateral decision (a promise about the past states)",
    content: true,
    apply: (f, s) =>
      s === "commits" &&
      f.content &&
      /^\s*(?:\S+\s+)?(?:that\s+)?(?:\S+\s+){0,5}?(?:did|was|were|had|has|have)\b/i.test(f.content.text) &&
      !/\b(?:will|would|shall|'ll|’ll|going to)\b/i.test(f.content.text)
        ? "states"
        : undefined,
  },
  {
    id: "agreed-action",
    example: "The two sides agreed to suspend their strike until Jan. 15 (agree to act: commits)",
    content: true,
    apply: (f, s) => (s === "supports" && f.content?.action ? "commits" : undefined),
  },
  {
    id: "insist-indicative",
    example: "He insisted the offer was fair (insist on a fact: states)",
    content: true,
    apply: (f) =>
      f.content &&
      f.content.lemma === "insist" &&
      /^\s*(?:that\s+)?(?:\S+\s+){0,5}?(?:was|were|is|are|had|has|did|will|would|could|won['’]t|wouldn['’]t|can['’]t|isn['’]t|aren['’]t|wasn['’]t|didn['’]t|hasn['’]t|cannot)(?!\w)/i.test(
        f.content.text,
      ) &&
      !DEMANDING_CONTENT.test(f.content.text) &&
      !f.content.subjunctive
        ? "states"
        : undefined,
  },
  {
    id: "suggest-indicative",
    example: "A snap poll suggested that his party's support has gone up (suggest a fact: states)",
    content: true,
    apply: (f) =>
      f.content &&
      f.content.lemma === "suggest" &&
      /^\s*(?:that\s+)?(?:\S+\s+){0,6}?(?:was|were|is|are|had|has|have)\b/i.test(f.content.text) &&
      !DEMANDING_CONTENT.test(f.content.text) &&
      !f.content.subjunctive
        ? "states"
        : undefined,
  },
  {
    id: "verdict",
    example: "She called the measure 'a partisan trap' (a negative verdict: opposes)",
    content: true,
    apply: (f, s) => {
      if (!f.content || s !== "states" || !DESCRIBING.has(f.content.lemma)) return undefined;
      const t = f.content.text;
      return NEGATIVE_VERDICT.test(t) || (/\bnot\b|n't\b/i.test(t) && POSITIVE_VERDICT.test(t)) ? "opposes" : undefined;
    },
  },
  {
    id: "minimum-demand",
    example: "The unions said they will not accept anything short of a repeal of the laws (demands)",
    content: true,
    apply: (f, s) => ((reported(f, s) || s === "opposes") && f.content && MINIMUM_DEMAND.test(f.content.text) ? "demands" : undefined),
  },
  {
    id: "undoing-aim",
    example: "Saudi Arabia has sought to water down a landmark pledge (an aim against the pledge: opposes)",
    content: true,
    apply: (f, s) => (s === "demands" && f.content && UNDOING_AIM.test(f.content.text) ? "opposes" : undefined),
  },
  {
    id: "red-line",
    example: "Rouhani said enrichment is a red line (opposes)",
    content: true,
    apply: (f, s) => (reported(f, s) && OPPOSING_CONTENT.some((re) => re.test(f.content!.text)) ? "opposes" : undefined),
  },
  {
    id: "refusal-content",
    example: '"We will not sign this deal," he said (opposes)',
    content: true,
    apply: (f, s) => (reported(f, s) && !f.content!.quoteOnly && REFUSING_CONTENT.test(opening(f.content!.text)) ? "opposes" : undefined),
  },
  {
    id: "threat",
    example: "The union said it would strike unless the city pays (demands)",
    content: true,
    apply: (f, s) => (reported(f, s) && !f.content!.quoteOnly && THREAT_CONTENT.test(f.content!.text) ? "demands" : undefined),
  },
  {
    id: "conditional-offer",
    example: "Nursing leaders said they would press pause if the minister agreed to negotiations (proposes)",
    content: true,
    apply: (f, s) => (reported(f, s) && !f.content!.quoteOnly && CONDITIONAL_OFFER.test(f.content!.text.replace(/^\s*that\s+/i, "")) ? "proposes" : undefined),
  },
  {
    id: "commitment",
    example: '"We will match every dollar," the mayor said (commits)',
    content: true,
    apply: (f, s) =>
      reported(f, s) && !f.content!.quoteOnly && (COMMITTING_CONTENT.test(opening(f.content!.text)) || REPORTED_COMMITMENT.test(opening(f.content!.text)))
        ? "commits"
        : undefined,
  },
  {
    id: "demand-content",
    example: "Kyiv said Moscow must withdraw its troops (demands)",
    content: true,
    apply: (f, s) =>
      reported(f, s) &&
      !f.content!.quoteOnly &&
      !CONCEDING_CUES.has(f.content!.lemma) &&
      (DEMANDING_CONTENT.test(f.content!.text) || WANTING_CONTENT.test(f.content!.text))
        ? "demands"
        : undefined,
  },
  { id: "nested-cue", example: "He said he urged Trump to meet Putin (the nested cue of the same speaker: demands)", apply: (f, s) => sharpen(f.nested, s) },
];

export interface StanceDecision {
  stance: Stance;
  /** The rules that set the stance, in order ("cue" first), each with the stance it gave. */
  rules: { rule: string; stance: Stance }[];
}

/** The stance the facts give, walking STANCE_RULES in order. */
export function decideStance(facts: StanceFacts): StanceDecision {
  let stance: Stance = facts.cue;
  const rules: StanceDecision["rules"] = [];
  let contentDecided = false;
  for (const rule of STANCE_RULES) {
    if (rule.content && contentDecided) continue;
    const next = rule.apply(facts, stance);
    if (next === undefined) continue;
    if (rule.content) contentDecided = true;
    if (rule.id === "cue" || next !== stance) rules.push({ rule: rule.id, stance: next });
    stance = next;
  }
  return { stance, rules };
}
