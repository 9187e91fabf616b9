// The shared scorer (../shared/eval/score.mjs) as a pure module: the same matching rules and the
// same rounding, so `npm run eval` prints exactly the figures score.mjs prints for each article.
// Keep it in step with score.mjs; `npm run eval -- DIR --check-with score.mjs` compares the two.

export interface GoldEntity {
  name: string;
  type: string;
  aliases?: string[];
}

export interface GoldClaim {
  speaker: string;
  stance: string;
  alt?: string[];
  targets: string[];
  addressee?: string | null;
  content?: string;
  evidence: string;
  optional?: boolean;
}

export interface Gold {
  doc: string;
  scope?: string;
  scope_to_end?: boolean;
  entities: GoldEntity[];
  claims: GoldClaim[];
}

/** The graph JSON as read from a file (CONTRACT.md); read loosely, as score.mjs does. */
export interface GraphData {
  nodes?: { key: string; attributes?: { label?: string; aliases?: unknown } }[];
  edges?: { key?: string; source: string; target: string; attributes?: Record<string, unknown> }[];
}

/** score.mjs's --json object, field for field. */
export interface ScoreResult {
  doc: string;
  gold: number;
  system: number;
  matched: number;
  optionalMatched: number;
  falsePositives: number;
  precision: number;
  recall: number;
  f1: number;
  stanceAccuracy: number;
  targetRecall: number;
  targetPrecision: number;
  entityRecall: number;
  malformedEdges: number;
}

export const FIGURES = ["precision", "recall", "f1", "stanceAccuracy", "targetRecall", "targetPrecision", "entityRecall"] as const;
export type Figure = (typeof FIGURES)[number];

export interface ArticleScore {
  result: ScoreResult;
  /** The figures before rounding, for means over articles. */
  exact: Record<Figure, number>;
  /** MISSED / EXTRA / STANCE / NO ENTITY lines, as score.mjs --verbose prints them. */
  details: string[];
  /** TARGETS lines: for each matched claim whose targets differ, the extra and the missed ones. */
  targetDetails: string[];
  /** Counts behind the target and addressee figures, for pooling over articles (as the cluster scorer does). */
  counts: { tgtSys: number; tgtSysHit: number; tgtAll: number; tgtHit: number; addrGold: number; addrHit: number; addrFalse: number };
  /** The matched pairs: gold speaker name -> system speaker node key (for the cluster figures). */
  matches: { goldSpeaker: string; systemSpeaker: string }[];
  /** Gold entities that a node matches, with that node's kind; and those whose kind differs. */
  kindOk: number;
  kindBad: string[];
}

const norm = (s: unknown) =>
  String(s ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/^\s*the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
const surname = (s: string) => norm(s).split(" ").pop();
const round = (x: number) => Math.round(x * 1000) / 1000;

interface Span {
  start: number;
  end: number;
}
interface SystemClaim {
  id: string;
  speaker: string;
  stance: string;
  targets: Set<string>;
  spans: Span[];
  addressee: string | null;
}
type ScopedGold = GoldClaim & Span;

export function scoreArticle(text: string, gold: Gold, graph: GraphData): ArticleScore {
  // Scope: only gold and system claims whose evidence lies in it are scored.
  let scopeStart = 0;
  let scopeEnd = text.length;
  if (gold.scope) {
    scopeStart = text.indexOf(gold.scope);
    if (scopeStart < 0) throw new Error("gold scope not found in text");
    scopeEnd = gold.scope_to_end ? text.length : scopeStart + gold.scope.length;
  }
  const entities = new Map(gold.entities.map((e) => [e.name, e]));
  const goldNames = (name: string) => {
    const e = entities.get(name);
    return e ? [e.name, ...(e.aliases ?? [])] : [name];
  };
  const nameMatches = (sysNames: unknown[], goldName: string, loose: boolean) => {
    const g = goldNames(goldName).map(norm).filter(Boolean);
    const s = sysNames.map(norm).filter(Boolean);
    if (s.some((x) => g.includes(x))) return true;
    const e = entities.get(goldName);
    if (e?.type === "person" && s.some((x) => x.split(" ").length <= 4 && surname(x) === surname(e.name))) return true;
    if (loose) return s.some((x) => g.some((y) => x.length > 3 && y.length > 3 && (x.includes(y) || y.includes(x))));
    return false;
  };

  // System claims: edges grouped by their claim id.
  const nodes = new Map((graph.nodes ?? []).map((n) => [n.key, n]));
  const nodeNames = (key: string): unknown[] => {
    const n = nodes.get(key);
    if (!n) return [String(key)];
    const a = n.attributes ?? {};
    return [a.label ?? key, ...(Array.isArray(a.aliases) ? a.aliases : [])];
  };
  const sysClaims = new Map<string, SystemClaim>();
  let malformed = 0;
  for (const e of graph.edges ?? []) {
    const a = e.attributes ?? {};
    const id = (a.claim ?? e.key) as string;
    const ev: unknown[] = Array.isArray(a.evidence) ? a.evidence : a.evidence ? [a.evidence] : [];
    const spans = ev.filter((x): x is Span => {
      const sp = x as Partial<Span> | null;
      return Number.isInteger(sp?.start) && Number.isInteger(sp?.end) && sp!.end! > sp!.start!;
    });
    if (!spans.length || !a.stance) {
      malformed++;
      continue;
    }
    let c = sysClaims.get(id);
    if (!c)
      sysClaims.set(
        id,
        (c = { id, speaker: e.source, stance: a.stance as string, targets: new Set(), spans, addressee: (a.addressee as string | null | undefined) ?? null }),
      );
    c.targets.add(e.target);
  }
  const inScope = (s: number, e: number) => s < scopeEnd && e > scopeStart;
  const sys = [...sysClaims.values()].filter((c) => c.spans.some((sp) => inScope(sp.start, sp.end)));
  const goldClaims: ScopedGold[] = gold.claims
    .map((c) => {
      const start = text.indexOf(c.evidence);
      if (start < 0) throw new Error("gold evidence not in text: " + c.evidence.slice(0, 60));
      return { ...c, start, end: start + c.evidence.length };
    })
    .filter((c) => inScope(c.start, c.end));

  // One-to-one matching; required gold claims first, then optional ones.
  const overlaps = (g: Span, s: SystemClaim) => s.spans.some((sp) => sp.start < g.end && sp.end > g.start);
  const stanceOf = (g: GoldClaim) => [g.stance, ...(g.alt ?? [])];
  const used = new Set<string>();
  const matches: { g: ScopedGold; s: SystemClaim }[] = [];
  for (const g of [...goldClaims.filter((c) => !c.optional), ...goldClaims.filter((c) => c.optional)]) {
    const cands = sys.filter((s) => !used.has(s.id) && overlaps(g, s) && nameMatches(nodeNames(s.speaker), g.speaker, false));
    const best = cands.find((s) => stanceOf(g).includes(s.stance)) ?? cands[0];
    if (!best) continue;
    used.add(best.id);
    matches.push({ g, s: best });
  }
  const required = goldClaims.filter((c) => !c.optional);
  const tp = matches.filter((m) => !m.g.optional).length;
  const optionalHits = matches.length - tp;
  const fp = sys.length - matches.length;
  const precision = sys.length - optionalHits ? tp / (sys.length - optionalHits) : 0;
  const recall = required.length ? tp / required.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const stanceOk = matches.filter((m) => stanceOf(m.g).includes(m.s.stance)).length;
  let tgtHit = 0;
  let tgtAll = 0;
  let tgtSys = 0;
  let tgtSysHit = 0;
  const targetDetails: string[] = [];
  for (const m of matches) {
    const missed: string[] = [];
    const extra: string[] = [];
    for (const t of m.g.targets) {
      tgtAll++;
      if ([...m.s.targets].some((k) => nameMatches(nodeNames(k), t, true))) tgtHit++;
      else missed.push(t);
    }
    for (const k of m.s.targets) {
      tgtSys++;
      if (m.g.targets.some((t) => nameMatches(nodeNames(k), t, true))) tgtSysHit++;
      else extra.push(String(nodeNames(k)[0]));
    }
    if (missed.length || extra.length)
      targetDetails.push(
        `TARGETS  ${m.g.speaker} ${m.s.stance} | ${m.g.evidence.slice(0, 70)}${extra.length ? `\n   extra: ${extra.join("; ")}` : ""}${missed.length ? `\n   missed: ${missed.join("; ")}` : ""}`,
      );
  }
  let addrGold = 0;
  let addrHit = 0;
  let addrFalse = 0;
  for (const m of matches) {
    if (m.g.addressee) {
      addrGold++;
      if (m.s.addressee && nameMatches(nodeNames(m.s.addressee), m.g.addressee, true)) addrHit++;
    } else if (m.s.addressee) addrFalse++;
  }
  let kindOk = 0;
  const kindBad: string[] = [];
  for (const e of gold.entities) {
    const k = [...nodes.keys()].find((key) => nameMatches(nodeNames(key), e.name, false));
    if (!k) continue;
    const kind = (nodes.get(k)!.attributes as { kind?: string } | undefined)?.kind;
    if (kind === e.type) kindOk++;
    else kindBad.push(`${e.name}: ${e.type} -> ${kind}`);
  }
  const named = gold.entities.filter((e) => ["person", "organization", "country", "place"].includes(e.type));
  const allSysNames = [...nodes.keys()].map(nodeNames);
  const entFound = named.filter((e) => allSysNames.some((n) => nameMatches(n, e.name, false)));

  const exact: Record<Figure, number> = {
    precision,
    recall,
    f1,
    stanceAccuracy: matches.length ? stanceOk / matches.length : 0,
    targetRecall: tgtAll ? tgtHit / tgtAll : 0,
    targetPrecision: tgtSys ? tgtSysHit / tgtSys : 0,
    entityRecall: named.length ? entFound.length / named.length : 0,
  };
  const result: ScoreResult = {
    doc: gold.doc,
    gold: required.length,
    system: sys.length,
    matched: tp,
    optionalMatched: optionalHits,
    falsePositives: fp,
    precision: round(exact.precision),
    recall: round(exact.recall),
    f1: round(exact.f1),
    stanceAccuracy: round(exact.stanceAccuracy),
    targetRecall: round(exact.targetRecall),
    targetPrecision: round(exact.targetPrecision),
    entityRecall: round(exact.entityRecall),
    malformedEdges: malformed,
  };

  // console.log joins its arguments with spaces; the lines below are built the same way.
  const line = (...parts: unknown[]) => parts.map(String).join(" ");
  const details: string[] = [];
  const matchedGold = new Set(matches.map((m) => m.g));
  for (const g of required) if (!matchedGold.has(g)) details.push(line("MISSED  ", g.speaker, g.stance, "|", g.evidence.slice(0, 90)));
  for (const s of sys)
    if (!used.has(s.id)) details.push(line("EXTRA   ", nodeNames(s.speaker)[0], s.stance, "|", text.slice(s.spans[0]!.start, s.spans[0]!.end).slice(0, 90)));
  for (const m of matches)
    if (!stanceOf(m.g).includes(m.s.stance)) details.push(line("STANCE  ", m.g.speaker, "gold", m.g.stance, "got", m.s.stance, "|", m.g.evidence.slice(0, 70)));
  for (const e of named) if (!entFound.includes(e)) details.push(line("NO ENTITY", e.name));
  return {
    result,
    exact,
    details,
    targetDetails,
    counts: { tgtSys, tgtSysHit, tgtAll, tgtHit, addrGold, addrHit, addrFalse },
    matches: matches.map((m) => ({ goldSpeaker: m.g.speaker, systemSpeaker: m.s.speaker })),
    kindOk,
    kindBad,
  };
}

/** The one-line summary score.mjs prints. */
export function formatScore(r: Pick<ScoreResult, "doc" | Figure>): string {
  return `${r.doc}: attribution P ${r.precision} R ${r.recall} F1 ${r.f1} | stance ${r.stanceAccuracy} | targets ${r.targetRecall} (precision ${r.targetPrecision}) | entities ${r.entityRecall}`;
}

/** Mean of each figure over articles (from the exact figures), rounded as score.mjs rounds. */
export function meanScores(scores: readonly ArticleScore[]): Record<Figure, number> {
  const mean = {} as Record<Figure, number>;
  for (const f of FIGURES) mean[f] = scores.length ? round(scores.reduce((sum, s) => sum + s.exact[f], 0) / scores.length) : 0;
  return mean;
}
