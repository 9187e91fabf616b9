// Attribution cues: verbs and nouns that signal a stated position, mapped to the six stances.
// Sources: the reporting verbs of textacy's quotation/attribution lexicon, the verbal categories
// of CAMEO/PLOVER (make statement, appeal/demand, express intent to cooperate / commit, approve,
// reject, disapprove), and common newswire usage. Lemmas, lowercase.
import type { Stance } from "../types.js";

export interface VerbCue {
  stance: Stance;
  /** Takes reported content: a that-clause, a quote or "C, X said". */
  reporting?: boolean;
  /** The object is who it was said to: "told reporters", "urged Trump to", "asked India to". */
  addressee?: boolean;
  /** Stance when followed by a particle or preposition: "call for", "turn down", "warn against". */
  with?: Record<string, Stance>;
  /** Only a cue when followed by one of these words ("share" a view, "give" an ultimatum). */
  only?: string[];
  /** No cue when followed by one of these particles: "called off the talks" is an event. */
  never?: string[];
  /** A position noun as the object sets the stance: "reiterated their opposition to" opposes. */
  objectStance?: boolean;
  /** Only a cue when its subject is a document of findings (FINDINGS_HEADS): "a new poll shows". */
  findings?: boolean;
  /** Only a cue with "as" after its object: "cast her rival as", "regards the toll as unfair". */
  as?: boolean;
  /** Objects with which it is a cue only as a deed done, in an -ed form: "raised its offer" ("will raise its offer" is a plan others report). */
  done?: string[];
}

const cue = (stance: Stance, opts: Omit<VerbCue, "stance"> = {}): VerbCue => ({ stance, ...opts });

/** What blocking or preventing takes to be a position ("blocked the deal"), not an event ("blocked roads"). */
const BLOCKED_THINGS = [
  ...["deal", "agreement", "bill", "law", "plan", "proposal", "motion", "resolution", "measure", "sale", "merger", "takeover"],
  ...["appointment", "nomination", "statement", "sanctions", "package", "budget", "reform", "treaty", "accession", "move"],
  ...["decision", "vote", "the", "a", "an", "any", "its", "their", "his", "her"],
];
const many = (lemmas: string, c: VerbCue) =>
  lemmas
    .trim()
    .split(/\s+/)
    .map((l) => [l, c] as const);

export const VERB_CUES = new Map<string, VerbCue>([
  // states: assertion, report, assessment
  ...many(
    `say add note state announce report explain acknowledge admit claim assert maintain
     contend observe remark comment mention reveal disclose declare proclaim write tweet post reply respond answer
     recall stress emphasize emphasise highlight underline predict estimate believe think expect concede allege
     hint clarify testify describe characterize characterise portray
     forecast caution complain cite lament exclaim yell shout chant scream gush enthuse rave`,
    cue("states", { reporting: true }),
  ),
  // "the president of the FSE, Josée Scalabrini, felt that the solutions were too little discussed":
  // a view, with its that-clause only (not "felt tired", "felt the pressure").
  ["feel", cue("states", { reporting: true, only: ["that"] })],
  // Verdicts in one word: "labeled the order 'an abuse of power'", "dubbed the plan a gimmick".
  ...many(`label dub brand term`, cue("states")),
  // "The senator cast her rival as a friend of the banks", "The council regards the toll as unfair": a verdict
  // with "as" (not "cast votes", "with regard to").
  ...many(`cast regard`, cue("states", { as: true })),
  ["retweet", cue("states")],
  // "A new poll shows C", "the survey found that C": what a document of findings states.
  ...many(`show find`, cue("states", { reporting: true, findings: true })),
  // "reiterated their opposition to", "signalled its support for": the object's stance.
  // ("Sumar, who confirmed their backing on Tuesday": the position confirmed.)
  ...many(`reiterate repeat restate signal register reaffirm confirm announce indicate`, cue("states", { reporting: true, objectStance: true })),
  ["tell", cue("states", { reporting: true, addressee: true })],
  ["inform", cue("states", { reporting: true, addressee: true })],
  ["notify", cue("states", { reporting: true, addressee: true })],
  // "reminded voters that the plant had closed".
  ["remind", cue("states", { reporting: true, addressee: true })],
  ["interject", cue("states", { reporting: true })],
  ["intimate", cue("states", { reporting: true })],
  ["brief", cue("states", { reporting: true, addressee: true })],
  ["assure", cue("commits", { reporting: true, addressee: true })],
  ["reassure", cue("commits", { reporting: true, addressee: true })],
  ["warn", cue("states", { reporting: true, addressee: true, with: { against: "opposes", of: "states" } })],
  // "argued against the duties" opposes; "argued for a delay" asks for it.
  ["argue", cue("states", { reporting: true, with: { against: "opposes", for: "demands" } })],
  ["point", cue("states", { reporting: true, only: ["out"] })],
  // "shot back that the reporter had not been called on": a retort.
  ["shoot", cue("states", { reporting: true, only: ["back"] })],
  ["weigh", cue("states", { only: ["in"] })],
  ["chime", cue("states", { only: ["in"] })],
  [
    "express",
    cue("states", {
      only: [
        "confidence",
        "hope",
        "optimism",
        "concern",
        "support",
        "opposition",
        "doubt",
        "regret",
        "frustration",
        "willingness",
        "readiness",
        "disappointment",
        "satisfaction",
        "hesitation",
        "reservations",
        "reservation",
        "skepticism",
        "scepticism",
      ],
    }),
  ],
  ["extend", cue("supports", { only: ["support", "backing", "solidarity"] })],
  ["voice", cue("states", { only: ["support", "opposition", "concern", "doubt", "confidence", "hope", "frustration"] })],
  ["proclaim", cue("states", { reporting: true })],
  // proposes: plans, ideas, offers
  ...many(`propose suggest float table submit unveil outline recommend pitch moot dangle`, cue("proposes", { reporting: true })),
  ...many(`circulate draft tout`, cue("proposes")),
  ["offer", cue("proposes", { addressee: true })],
  // "invited Biden to visit a picket line": an invitation puts a plan to someone.
  ["invite", cue("proposes", { addressee: true })],
  // "raised the prospect that the talks could fail", "raised the possibility of a deal", "raised
  // their offer to $300 billion" (a new offer).
  ["raise", cue("proposes", { only: ["prospect", "possibility", "idea", "option", "offer", "bid"], done: ["offer", "bid"] })],
  ["put", cue("proposes", { only: ["forward"] })],
  ["lay", cue("proposes", { only: ["out"] })],
  ["draw", cue("proposes", { only: ["up"] })],
  ["sponsor", cue("proposes")],
  ["co-sponsor", cue("proposes")],
  ["set", cue("proposes", { only: ["out"] })],
  ["present", cue("proposes", { only: ["a", "an", "the", "its", "his", "her", "their", "plan", "proposal"] })],
  // "made clear that", "made it clear", "made the case that", "makes the point that": an assertion.
  [
    "make",
    cue("proposes", {
      only: ["offer", "proposal", "bid", "counteroffer", "counter-offer", "counterproposal", "clear", "case", "point"],
      with: { clear: "states" },
    }),
  ],
  // demands: asking others for something
  ...many(`demand request`, cue("demands", { reporting: true })),
  // ("Lindner insisted on imposing the debt brake": what follows "on" is what is insisted on.)
  ["insist", cue("demands", { reporting: true, with: { on: "demands", upon: "demands" } })],
  // "appealed for calm", "appealed to both sides to" ask; "will appeal the ruling", "appeal
  // against the fine" challenge it (a direct object, after its determiner).
  [
    "appeal",
    cue("demands", { reporting: true, with: { against: "opposes", the: "opposes", this: "opposes", its: "opposes", their: "opposes", a: "opposes" } }),
  ],
  // A threat is a coercive demand (PLOVER's THREATEN): "threatened sanctions unless ...".
  ["threaten", cue("demands", { reporting: true })],
  ...many(`require seek want implore exhort pressure petition`, cue("demands")),
  ["lobby", cue("demands", { with: { against: "opposes", for: "demands" } })],
  ["campaign", cue("demands", { only: ["for", "against"], with: { against: "opposes", for: "demands" } })],
  ...many(`urge ask instruct order beg encourage plead`, cue("demands", { addressee: true, with: { for: "demands", on: "demands" } })),
  // ("would press pause", "pressed ahead with the strike": a pause and a push on are no demand.)
  ["press", cue("demands", { addressee: true, with: { for: "demands", on: "demands" }, never: ["pause", "ahead"] })],
  // "challenged him to a debate" asks; "challenging the merger", "will challenge the results" opposes.
  [
    "challenge",
    cue("demands", {
      addressee: true,
      with: { for: "demands", on: "demands", the: "opposes", this: "opposes", its: "opposes", their: "opposes", any: "opposes", a: "opposes" },
    }),
  ],
  ["push", cue("demands", { addressee: true, with: { for: "demands", back: "opposes" } })],
  ...many(`balk baulk bristle`, cue("opposes")),
  // Breaking off talks is a position against them; halting production is not: only with these objects.
  ...many(
    `suspend halt freeze cancel abandon`,
    cue("opposes", {
      only: [
        "talks",
        "negotiations",
        "dialogue",
        "deal",
        "agreement",
        "accord",
        "cooperation",
        "participation",
        "membership",
        "aid",
        "funding",
        "ceasefire",
        "truce",
        "contacts",
        "process",
        // ("Netanyahu agreed to temporarily halt the legislation", "froze the reform".)
        "legislation",
        "bill",
        "reform",
        "overhaul",
      ],
    }),
  ),
  ["walk", cue("opposes", { only: ["out", "away"] })],
  // "blocked the deal", "a lawsuit seeking to prevent the deal" are positions; "blocked roads" is an event.
  ...many(`block prevent`, cue("opposes", { only: BLOCKED_THINGS })),
  ["pull", cue("opposes", { only: ["out"] })],
  // "called for", "called on Y to" demand; "called the talks a success" describes.
  ["call", cue("states", { addressee: true, with: { for: "demands", on: "demands", upon: "demands" }, never: ["off"] })],
  ["conclude", cue("states", { reporting: true, only: ["that", ":", ",", "."] })],
  // "has come out against the transaction", "came out in favour of" (attribution/cues.ts reads the words after "out").
  ["come", cue("states", { only: ["out"] })],
  // "“They will refrain from seeking military advantage,” the statement read.", "The letter reads:".
  ["read", cue("states", { reporting: true, only: [":", ",", "."] })],
  // "Cruz continued: ...", "“...,” he continued.", "she continued that ...": speaking on (never "continued to fight").
  ["continue", cue("states", { reporting: true, only: [":", ",", ".", "that"] })],
  ...many(`joke quip retort muse boast brag`, cue("states", { reporting: true })),
  // ("gave Hamas an ultimatum", "gave them a deadline"; not "give an address").
  ["give", cue("demands", { only: ["ultimatum", "deadline"] })],
  ["issue", cue("demands", { only: ["ultimatum", "demand", "call", "appeal"] })],
  // supports: agreement, endorsement
  ...many(
    `agree back support welcome endorse approve accept embrace praise hail applaud commend favor favour recognize
     recognise ratify champion defend laud celebrate greenlight okay prefer`,
    cue("supports"),
  ),
  ...many(`thank congratulate`, cue("supports", { addressee: true })),
  // "echoed Trump's call for tariffs": repeating another's position takes it up.
  ["echo", cue("supports")],
  // ("shares the view that", "shared their concerns"; not "shared her thoughts": her own, no one's position taken up.)
  [
    "share",
    cue("supports", {
      only: ["view", "views", "concern", "concerns", "assessment", "position", "belief", "opinion", "vision", "goal", "hope"],
    }),
  ],
  ["side", cue("supports", { only: ["with"] })],
  // "is standing by her decision", "stood with the strikers".
  ["stand", cue("supports", { only: ["by", "with"] })],
  ["vouch", cue("supports", { only: ["for"] })],
  // "Ankara attaches great importance to the agreement".
  ["attach", cue("supports", { only: ["great", "importance", "particular", "significance"] })],
  // "Sánchez has committed to passing an amnesty law" (not "committed crimes").
  ["commit", cue("commits", { only: ["to", "itself", "himself", "herself", "themselves"] })],
  ["vote", cue("supports", { only: ["for", "against", "down"], with: { against: "opposes", down: "opposes" } })],
  ["sign", cue("supports", { only: ["off", "on"] })],
  // opposes: rejection, disagreement, criticism
  ...many(
    `reject oppose refuse deny dismiss rebuff resist veto dispute criticize criticise condemn
     denounce slam blast decry deplore lambast accuse spurn snub scrap repudiate protest object disavow
     boycott contest fault chide rebuke scold counter blame mock ridicule deride scorn
     pan assail savage skewer berate castigate excoriate bemoan trash rubbish question`,
    cue("opposes"),
  ),
  // "disagreed with the plan" opposes it; "the two sides disagree on several issues, including pay"
  // says where they differ, against no issue.
  ["disagree", cue("opposes", { with: { on: "states", over: "states", about: "states" } })],
  // "charged that the agency had lied": an accusation (not "charged him with fraud").
  ["charge", cue("opposes", { reporting: true, only: ["that"] })],
  ["turn", cue("opposes", { only: ["down"] })],
  ["rail", cue("opposes", { only: ["against"] })],
  // "took a swipe at", "took multiple shots at": criticism with a light verb.
  ["take", cue("opposes", { only: ["swipe", "shot", "jab", "potshot", "dig"] })],
  // "swipes at the rival's plan".
  ["swipe", cue("opposes", { only: ["at"] })],
  ["rule", cue("opposes", { only: ["out"] })],
  ["decline", cue("opposes")],
  ["hit", cue("opposes", { only: ["out", "back"] })],
  ["fire", cue("opposes", { only: ["back"] })],
  ["lash", cue("opposes", { only: ["out"] })],
  ["speak", cue("opposes", { only: ["out"], with: { for: "supports", in: "supports" } })],
  // commits: the source binds itself
  ...many(`promise pledge vow guarantee commit undertake swear`, cue("commits", { reporting: true })),
]);

/** Nouns that carry a position: "X's proposal to", "a demand for", "X made an offer". */
export const NOUN_CUES = new Map<string, Stance>([
  ...["proposal", "offer", "plan", "suggestion", "initiative", "counterproposal", "counteroffer", "bid", "blueprint", "draft"].map(
    (n) => [n, "proposes"] as const,
  ),
  ...["demand", "call", "request", "appeal", "ultimatum", "insistence", "plea"].map((n) => [n, "demands"] as const),
  ...["statement", "claim", "assertion", "remarks", "comments", "assessment", "warning", "view", "announcement", "speech", "address"].map(
    (n) => [n, "states"] as const,
  ),
  ...["support", "endorsement", "approval", "backing", "recognition"].map((n) => [n, "supports"] as const),
  ...["rejection", "opposition", "criticism", "condemnation", "veto", "refusal", "objection", "denial", "objections"].map((n) => [n, "opposes"] as const),
  ...["pledge", "promise", "vow", "commitment", "guarantee", "assurance"].map((n) => [n, "commits"] as const),
]);

/** "expressed support" -> supports: the stance of the object of a light cue (express, voice). */
export const OBJECT_STANCE: Record<string, Stance> = {
  support: "supports",
  backing: "supports",
  opposition: "opposes",
  // "made the case that", "made the point that" (the light verb make)
  case: "states",
  point: "states",
  concern: "states",
  doubt: "states",
  frustration: "opposes",
  willingness: "commits",
  readiness: "commits",
  hesitation: "opposes",
  reservations: "opposes",
  reservation: "opposes",
  skepticism: "opposes",
  scepticism: "opposes",
};

/**
 * Content words that make a reported statement a position: "X said enrichment is a red line"
 * opposes; "Y should", "must" demand something of others.
 */
/** Verbs that pass a verdict on something: "called the plan reckless", "described the talks as useful". */
export const DESCRIBING = new Set(["call", "describe", "brand", "label", "term", "dub", "characterize", "characterise", "deem", "consider"]);
/** A negative verdict opposes what it describes. */
export const NEGATIVE_VERDICT =
  /\b(?:unacceptable|unreasonable|inferior|inadequate|insufficient|paltry|derisory|meagre|meager|unjustified|deceiving|deceptive|misleading|dishonest|disingenuous|disrespectful|impertinen(?:t|ce)|embarrassing|laughable|reckless|irresponsible|dangerous|absurd|ridiculous|outrageous|illegal|illegitimate|unlawful|unfair|unjust|insult(?:ing)?|trap|disaster|disastrous|mistake|betrayal|sham|farce|non-starter|provocat(?:ion|ive)|propaganda|baseless|unfounded|lies|nonsense|counterproductive|unrealistic|unworkable|disgraceful|shameful|appalling|catastrophic|blackmail|hypocritical|cynical|a joke|worthless|meaningless|destabili[sz]ing|aggressi(?:on|ve)|hostile|flawed|unconstitutional)\b/i;
/** Praise: "not constructive" is a negative verdict. */
export const POSITIVE_VERDICT =
  /\b(?:constructive|productive|positive|step forward|breakthrough|historic|encouraging|welcome|important step|fair|reasonable|turning point|excellent|successful|useful|promising|good (?:deal|step|start|news)|great (?:deal|step|success))\b/i;

export const OPPOSING_CONTENT = [
  /\bred lines?\b/i,
  // "Manila “strongly condemns the China Coast Guard’s ... use of water cannons”".
  /^(?:\S+\s+){0,3}?(?:strongly |firmly |vehemently )?(?:condemns?|denounces?|deplores?)\b/i,
  /\bnot (?:be )?negotiable\b/i,
  /\bnon-negotiable\b/i,
  /\bunacceptable\b/i,
  /\b(?:will|would|can|could) never (?:accept|agree|allow|tolerate)\b/i,
  // (Not "will not back down / back out": that holds a position, commits.)
  /\b(?:cannot|can't|won't|won’t|will not|would not) (?:accept|agree to|allow|tolerate|support|sign|approve|back(?!\s+(?:down|out|off|away))|endorse)\b/i,
  // "we oppose the adoption of this document": the speaker's own words.
  /\b(?:we|i)\s+(?:strongly\s+|firmly\s+|totally\s+)?(?:oppose|reject|condemn|denounce)\b/i,
  // "This document does not uphold the principles of equity": a text that fails what it should do.
  /\b(?:does|do|did)\s*(?:not|n't|n’t)\s+(?:uphold|respect|reflect|address|honou?r)\b/i,
  // "his party is “not available” for another coalition", "not interested in a deal".
  /\b(?:is|are|was|were) ["“]?not (?:available|interested)["”]? (?:for|in)\b/i,
  // Blame laid on someone: "the blame lies squarely at the Government's door", "X is to blame".
  /\bblame (?:lies|rests|sits)\b/i,
  /\b(?:is|was|are|were) (?:entirely |solely |squarely |partly )?to blame\b/i,
  /\bat the (?:\S+ )?door of\b|['’]s door\b/i,
];
/**
 * "We will not sign", "we won't accept": a refusal. (Not "we will never abandon" or "we won't back
 * down", which hold a position, nor "I won't get into any of that", which withholds an answer.)
 */
export const REFUSING_CONTENT =
  /^(?:we|i|he|she|they|it)\s+(?:will|would|shall|can)\s*(?:not|never)\s+(?:accept|agree|sign|support|allow|tolerate|back(?!\s+(?:down|out|off|away))|approve|endorse|negotiate|recognize|recognise|ratify)\b|^(?:we|i)\s+(?:(?:will|would|shall|can)\s*(?:not|never)|won't|won’t|wouldn't|wouldn’t|can't|can’t|cannot)\b(?!\s+(?:abandon|give up|give in|surrender|back down|back out|betray|forget|stop|relent|retreat|hesitate|rest|(?:get|go) into|comment|discuss|speculate|elaborate|talk about|say|reveal|disclose)\b)|\b(?:we|they|i)(?:['’]re|['’]m| are| am)\s+not\s+going\s+to\s+(?:accept|agree|consent|sign|support|allow|tolerate|approve|endorse|ratify)\b|\b(?:was|were|is|are|am)\s+not\s+(?:prepared|willing)\s+to\b/i;
/** "will not accept anything short of a repeal", "nothing less than X is acceptable": the least the speaker asks, a demand. */
export const MINIMUM_DEMAND = /\b(?:anything|nothing)\s+(?:short of|less than)\b/i;
/** "has sought to water down a pledge", "wants to scrap the law": an aim against a thing opposes it. */
export const UNDOING_AIM =
  /^\s*(?:\S+\s+)?(?:to\s+)(?:water down|weaken|dilute|scrap|repeal|overturn|roll back|reverse|block|derail|kill|gut|undermine|abolish|dismantle)\b/i;
/** "will strike unless the city pays", "would strike if the company did not raise its offer": a threat is a demand. */
export const THREAT_CONTENT =
  /\b(?:will|would|could)\b[^.;]{0,80}\bunless\b|\b(?:will|would)\s[^.;]{0,60}?\bif\s(?!not\b)[^.;]{0,60}?\b(?:not|n't|n’t|fails?|failed|refuses?|refused)\b/i;

/**
 * "Nursing leaders said they would “press pause” if Steve Barclay agreed to proper negotiations":
 * what the speaker would do if the other side moved is an offer.
 */
export const CONDITIONAL_OFFER =
  /^["“]?(?:it|he|she|they|we|i)\s+(?:would|will|could)\s[^.;]{1,60}?\bif\s(?![^.;]*\b(?:not|n't|n’t|fails?|failed|refuses?|refused)\b)[^.;]{0,60}?\b(?:agreed?|agrees|accepted?|accepts|returned|returns?|dropped|drops?|withdrew|withdraws?|met|meets?|came back|comes back)\b/i;

/** "We will match every dollar": the speaker binds itself. */
export const COMMITTING_CONTENT =
  /^(?:(?:as|in|on|for|from|with|if)\s[^,.;]{1,40},\s*)?(?:(?:we|i)\s+(?:will|shall|'ll|’ll|are going to|am going to|would)\s+(?:\w+ly\s+)?(?!be\b|have\b|like\b|love\b|need\b|see\b|not\b|never\b)\w+|(?:we|i)\s+(?:guarantee|promise|pledge|vow|commit|undertake)\b|(?:\S+\s+){0,2}?(?:(?:will|would|shall)\s+["“]?(?:never|not)|won't|won’t) (?:abandon|give up|give in|surrender|back down|back out|betray|forget|relent|retreat)\b|(?:we|i)\s+(?:are|am|remain) (?:fully |firmly |still )?committed to\b)/i;
/** "X said it would present a new proposal": reported, the speaker's own future action. */
export const REPORTED_COMMITMENT =
  /^(?:it|he|she|they)\s+(?:will|would|'ll|’ll|plans? to|planned to|intends? to|intended to)\s+(?:\w+ly\s+)?(?:present|sponsor|provide|offer|deliver|send|pay|fund|submit|introduce|table|hold|open|release|withdraw|cut|raise|increase|invest|build|create|support|help|continue|resume|return|sign|ratify|implement|lift|extend|restore|reduce|hire|protect|honour|honor|respect|keep|maintain|uphold|observe|abide|halt|suspend|release|stop|cease|end)\b/i;
/** "I really wanted the guarantees to be longer", "we would like": the speaker asks for something. */
export const WANTING_CONTENT =
  /\b(?:we|i)(?:['’](?:re|m)|\s+(?:are|am))\s+(?:still\s+|also\s+)?(?:asking|urging|demanding|calling (?:on|for))\b|\b(?:we|i)\s+(?:really\s+|still\s+|also\s+)?(?:want|wanted|would like|'d like|’d like|need(?!\s+to\b)|needed(?!\s+to\b)|ask|asked|urge|urged|call for|called for|insist|insisted|demand|demanded)\b(?!\s+to\s+(?:thank|congratulate|say|be clear|make (?:it )?clear|emphasi[sz]e|stress|remind|note|acknowledge|express|welcome|apologi[sz]e|recogni[sz]e|commend|praise|send|show|work|continue)\b)/i;

/**
 * Cues that report what the speaker concedes or explains, no demand whatever the content says:
 * "he admitted that much work would still need to be done", "The official acknowledged that the
 * staff team has to explain the plan to their seniors".
 */
export const CONCEDING_CUES = new Set(["admit", "acknowledge", "concede", "recognize", "recognise", "disclose", "explain", "reveal"]);

/** What someone else should do (not "we have to accept"): demands. */
export const DEMANDING_CONTENT =
  /\b(?<!\b(?:we|i|i really|we really|we still)\s)(?:should|must|ought to|(?<!\b(?:where|wherever|what|whatever|how|when)\s+\w+\s)needs? to|has to|have to|had to)\b|\bcalls? (?:on|upon)\b.{1,80}?\bto\b/i;

/** Words up to three before a cue (past auxiliaries and adverbs) that negate it: "did not agree", "has never backed". */
export const NEGATORS = new Set(["not", "n't", "never"]);
/** Subjects that negate the cue they govern: "Neither Washington nor Brussels has accepted", "None of them backed". */
export const NEGATING_SUBJECTS = new Set(["neither", "nobody", "none"]);
/** Verbs whose "to" complement they negate: "refused to accept", "failed to back" (stance.ts, "refusal"). */
export const REFUSING_GOVERNORS = new Set(["refuse", "decline", "reject", "fail", "fails", "failed", "failing"]);

/** Cues that, negated, flip to their opposite; other stances keep their sense. */
// ("Trudeau declared that he does not want to interfere": a wish denied demands nothing; "wouldn't
// commit to back the proposal" commits to nothing.)
export const FLIP_ON_NEGATION: Partial<Record<Stance, Stance>> = { supports: "opposes", opposes: "supports", demands: "states", commits: "states" };

/** "declined to comment" is not a position. */
export const NON_POSITIONS = new Set([
  "comment",
  "elaborate",
  "say",
  "speculate",
  "confirm",
  "discuss",
  "answer",
  "respond",
  "disclose",
  "reveal",
  "specify",
  "identify",
  "name",
]);
/** "declined to give details", "refused to provide a timeline": no position either. */
export const GIVING_VERBS = new Set(["give", "gives", "provide", "offer", "share", "release", "put", "disclose", "reveal", "confirm"]);
export const DETAIL_NOUNS = new Set([
  "tally",
  "count",
  "breakdown",
  "figure",
  "number",
  "details",
  "detail",
  "specifics",
  "information",
  "comment",
  "comments",
  "figures",
  "numbers",
  "timeline",
  "timetable",
  "names",
  "name",
  "date",
  "reasons",
  "reason",
  "explanation",
]);

/** Irregular forms of the cue verbs (past, participle). */
const IRREGULAR: Record<string, string[]> = {
  say: ["said"],
  come: ["came"],
  tell: ["told"],
  feel: ["felt"],
  seek: ["sought"],
  give: ["gave", "given"],
  make: ["made"],
  put: ["put"],
  set: ["set"],
  speak: ["spoke", "spoken"],
  stand: ["stood"],
  take: ["took", "taken"],
  write: ["wrote", "written"],
  think: ["thought"],
  swear: ["swore", "sworn"],
  undertake: ["undertook", "undertaken"],
  lay: ["laid"],
  hit: ["hit", "hitting"],
  find: ["found"],
  cast: ["cast"],
  show: ["shown"],
  forecast: ["forecast"],
  bid: ["bid"],
  lash: ["lashed"],
  fire: ["fired"],
  shoot: ["shot"],
  pan: ["panned", "panning"],
  dub: ["dubbed", "dubbing"],
  side: ["sided"],
  sign: ["signed"],
  turn: ["turned"],
  rule: ["ruled"],
  vote: ["voted"],
  draw: ["drew", "drawn"],
  freeze: ["froze", "frozen"],
  // A final stressed syllable doubles its consonant, which the rule below cannot tell ("edit", "visit" do not).
  admit: ["admitted", "admitting"],
  submit: ["submitted", "submitting"],
  commit: ["committed", "committing"],
  quip: ["quipped", "quipping"],
  // British doubling: "labelled", "signalled", "cancelled".
  label: ["labelled", "labelling"],
  signal: ["signalled", "signalling"],
  cancel: ["cancelled", "cancelling"],
  echo: ["echoes"],
  veto: ["vetoes"],
};

/** Every inflected form of a regular English verb: "urge" -> urges, urged, urging. */
function inflections(lemma: string): string[] {
  const out = [lemma];
  const cvc = /[^aeiou][aeiou][bdgklmnprt]$/.test(lemma) && !/(?:en|er|it|on|al|el|at|et)$/.test(lemma) && lemma.length <= 5;
  const stem = cvc ? lemma + lemma[lemma.length - 1] : lemma;
  if (/(?:s|sh|ch|x|z)$/.test(lemma)) out.push(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) out.push(`${lemma.slice(0, -1)}ies`);
  else out.push(`${lemma}s`);
  // "agree" -> agreed, agreeing; "urge" -> urged, urging.
  if (lemma.endsWith("ee")) out.push(`${lemma}d`, `${lemma}ing`);
  else if (lemma.endsWith("e")) out.push(`${lemma}d`, `${lemma.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(lemma)) out.push(`${lemma.slice(0, -1)}ied`, `${lemma}ing`);
  else out.push(`${stem}ed`, `${stem}ing`, `${lemma}ed`, `${lemma}ing`);
  return out;
}

/**
 * Surface form -> cue lemma, for every form of every cue verb: finding cues needs no
 * lemmatizer call per token.
 */
export const CUE_FORMS = new Map<string, string>();
for (const lemma of VERB_CUES.keys()) {
  for (const form of [...inflections(lemma), ...(IRREGULAR[lemma] ?? [])]) if (!CUE_FORMS.has(form)) CUE_FORMS.set(form, lemma);
}

/**
 * Adjectives that state a position after "be": "is opposed to", "are ready to", "is open to",
 * "is against". The word after them must be the given one.
 */
export const ADJECTIVE_CUES = new Map<string, { stance: Stance; next: string[] }>([
  ["opposed", { stance: "opposes", next: ["to"] }],
  ["against", { stance: "opposes", next: [] }],
  ["committed", { stance: "commits", next: ["to"] }],
  ["ready", { stance: "commits", next: ["to"] }],
  ["willing", { stance: "commits", next: ["to"] }],
  ["prepared", { stance: "commits", next: ["to"] }],
  ["determined", { stance: "commits", next: ["to"] }],
  ["open", { stance: "supports", next: ["to"] }],
  ["favour", { stance: "supports", next: ["of"] }],
  ["favor", { stance: "supports", next: ["of"] }],
  ["unwilling", { stance: "opposes", next: ["to"] }],
  // "Republicans are insistent that any plan ...", "is adamant that".
  ["insistent", { stance: "demands", next: [] }],
  ["adamant", { stance: "demands", next: [] }],
  ["reluctant", { stance: "opposes", next: ["to"] }],
]);
