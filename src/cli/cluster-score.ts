// The story-cluster scorer (../shared/eval/multi-score.mjs) as a pure module: one graph built from
// a cluster's dated articles, scored per article (as score.mjs) and as a knowledge graph across
// articles: one node per real-world entity, its kind, its claims on that node, no false merges,
// and how many nodes take part in claims against the gold entities. Keep it in step with
// multi-score.mjs; the figures are the same for the same graph.
import { scoreArticle, type ArticleScore, type Gold, type GraphData } from "./score.js";

export interface ClusterArticle {
  slug: string;
  text: string;
  gold: Gold;
}

export interface ClusterEntity {
  name: string;
  type: string;
  forms?: string[];
  articles?: string[];
}

export interface ClusterEntities {
  entities: ClusterEntity[];
  must_not_merge?: { a: string; b: string; why?: string }[];
}

interface Row {
  name: string;
  type: string;
  nodes: string[];
  speakerNodes: Map<string, number>;
  docsSpeaking: number;
  major: string | null;
  kind: string | null;
}

export interface ClusterScore {
  cluster: string;
  articles: number;
  documents: number;
  problems: string[];
  f1: number;
  precision: number;
  recall: number;
  stance: number;
  targetRecall: number;
  targetPrecision: number;
  addressee: number | null;
  falseAddressees: number;
  actorsFound: number;
  actorsInOneNode: number;
  nodesPerActor: number;
  speakersConsistent: number | null;
  claimsOnMajorNode: number | null;
  kindAccuracy: number;
  falseMerges: string[];
  nodes: number;
  goldEntities: number;
  nodeInflation: number;
  edgeless: number;
  perArticle: { slug: string; score: ArticleScore }[];
  /** MISSED / EXTRA / ENTITY lines, as multi-score.mjs --verbose prints them. */
  details: string[];
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

interface GraphDocument {
  id: string;
  text?: string;
  date?: string | null;
}

export function scoreCluster(
  cluster: string,
  articles: readonly ClusterArticle[],
  entities: ClusterEntities,
  graph: GraphData & { attributes?: { documents?: GraphDocument[] } },
): ClusterScore {
  const docs = graph.attributes?.documents ?? [];
  const nodes = graph.nodes ?? [];
  const nodeByKey = new Map(nodes.map((n) => [n.key, n]));
  const nodeNames = (key: string): unknown[] => {
    const a = nodeByKey.get(key)?.attributes ?? {};
    return [a.label ?? key, ...(Array.isArray(a.aliases) ? a.aliases : [])];
  };
  const kindOf = (key: string) => ((nodeByKey.get(key)?.attributes ?? {}) as { kind?: string }).kind ?? null;
  const problems: string[] = [];
  const perArticle: { slug: string; score: ArticleScore }[] = [];
  const details: string[] = [];

  for (const article of [...articles].sort((a, b) => a.slug.localeCompare(b.slug))) {
    // The document the CLI made of this article: the one whose text lies in the article's text.
    const doc =
      docs.find((d) => d.text === article.text) ?? docs.find((d) => d.text && article.text.includes(d.text) && d.text.length > article.text.length / 2);
    if (!doc?.text) {
      problems.push(`${article.slug}: no document of the graph holds its text`);
      continue;
    }
    const shift = article.text.indexOf(doc.text);
    // Only this document's claims, with their offsets moved into the article's text.
    const edges = (graph.edges ?? []).flatMap((e) => {
      const ev = e.attributes?.evidence;
      const list = Array.isArray(ev) ? (ev as { doc?: string; start: number; end: number }[]) : [];
      if (list[0]?.doc !== doc.id) return [];
      const moved = list.filter((s) => s.doc === doc.id).map((s) => ({ ...s, start: s.start + shift, end: s.end + shift }));
      return [{ ...e, attributes: { ...e.attributes, evidence: moved } }];
    });
    perArticle.push({ slug: article.slug, score: scoreArticle(article.text, article.gold, { nodes, edges }) });
  }

  const formsOf = (e: ClusterEntity) => new Set([e.name, ...(e.forms ?? [])].map(norm).filter(Boolean));
  const rows: Row[] = entities.entities.map((e) => {
    const forms = formsOf(e);
    const matched = nodes.map((n) => n.key).filter((k) => nodeNames(k).some((x) => forms.has(norm(x))));
    const speakerNodes = new Map<string, number>();
    let docsSpeaking = 0;
    for (const { score } of perArticle) {
      let speaks = false;
      for (const m of score.matches)
        if (m.goldSpeaker === e.name) {
          speaks = true;
          speakerNodes.set(m.systemSpeaker, (speakerNodes.get(m.systemSpeaker) ?? 0) + 1);
        }
      if (speaks) docsSpeaking++;
    }
    const major = [...speakerNodes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? matched[0] ?? null;
    return { name: e.name, type: e.type, nodes: matched, speakerNodes, docsSpeaking, major, kind: major ? kindOf(major) : null };
  });
  const actors = rows.filter((r) => r.type !== "topic");
  const found = actors.filter((r) => r.nodes.length > 0);
  const multiSpeakers = rows.filter((r) => r.docsSpeaking >= 2);
  const falseMerges: string[] = [];
  for (const p of entities.must_not_merge ?? []) {
    const a = rows.find((r) => r.name === p.a);
    const b = rows.find((r) => r.name === p.b);
    if (a?.major && b?.major && a.major === b.major) falseMerges.push(`${p.a} = ${p.b} (${a.major})`);
  }
  const inClaims = new Set<string>();
  for (const e of graph.edges ?? []) {
    inClaims.add(e.source);
    inClaims.add(e.target);
    const addressee = e.attributes?.addressee;
    if (typeof addressee === "string" && addressee) inClaims.add(addressee);
  }
  const goldNames = new Set(perArticle.flatMap(({ slug }) => articles.find((a) => a.slug === slug)!.gold.entities.map((x) => x.name)));
  const sum = (f: (s: ArticleScore) => number) => perArticle.reduce((t, a) => t + f(a.score), 0);
  const mean = (f: (s: ArticleScore) => number) => (perArticle.length ? sum(f) / articles.length : 0);
  const counts = (k: keyof ArticleScore["counts"]) => sum((s) => s.counts[k]);
  const claimsMatched = multiSpeakers.reduce((t, r) => t + [...r.speakerNodes.values()].reduce((a, b) => a + b, 0), 0);
  const onMajor = multiSpeakers.reduce((t, r) => t + (r.major ? (r.speakerNodes.get(r.major) ?? 0) : 0), 0);

  for (const { slug, score } of perArticle)
    for (const d of score.details) {
      if (d.startsWith("MISSED")) details.push(`MISSED ${slug}: ${d.replace(/^MISSED\s+/, "")}`);
      else if (d.startsWith("EXTRA")) details.push(`EXTRA  ${slug}: ${d.replace(/^EXTRA\s+/, "")}`);
    }
  for (const r of rows)
    if (r.nodes.length !== 1 || r.speakerNodes.size > 1 || (r.kind && r.kind !== r.type))
      details.push(`ENTITY ${r.name} (${r.type}): ${r.nodes.length} nodes [${r.nodes.join(", ")}], speaks on ${r.speakerNodes.size} nodes, kind ${r.kind}`);

  return {
    cluster,
    articles: articles.length,
    documents: docs.length,
    problems,
    f1: mean((s) => s.exact.f1),
    precision: mean((s) => s.exact.precision),
    recall: mean((s) => s.exact.recall),
    stance: mean((s) => s.exact.stanceAccuracy),
    targetRecall: counts("tgtAll") ? counts("tgtHit") / counts("tgtAll") : 0,
    targetPrecision: counts("tgtSys") ? counts("tgtSysHit") / counts("tgtSys") : 0,
    addressee: counts("addrGold") ? counts("addrHit") / counts("addrGold") : null,
    falseAddressees: counts("addrFalse"),
    actorsFound: found.length / (actors.length || 1),
    actorsInOneNode: found.filter((r) => r.nodes.length === 1).length / (found.length || 1),
    nodesPerActor: found.reduce((t, r) => t + r.nodes.length, 0) / (found.length || 1),
    speakersConsistent: multiSpeakers.length ? multiSpeakers.filter((r) => r.speakerNodes.size === 1).length / multiSpeakers.length : null,
    claimsOnMajorNode: claimsMatched ? onMajor / claimsMatched : null,
    kindAccuracy: found.length ? found.filter((r) => r.kind === r.type).length / found.length : 0,
    falseMerges,
    nodes: nodes.length,
    goldEntities: goldNames.size,
    nodeInflation: inClaims.size / (goldNames.size || 1),
    edgeless: nodes.length - inClaims.size,
    perArticle,
    details,
  };
}

const f = (x: number | null) => (x === null ? "–" : x.toFixed(2));

/** The two lines multi-score.mjs prints for a cluster. */
export function formatClusterScore(r: ClusterScore): string[] {
  return [
    `${r.cluster}: ${r.articles} articles -> ${r.documents} documents; claims F1 ${f(r.f1)} (P ${f(r.precision)} R ${f(r.recall)}) stance ${f(r.stance)} targets R ${f(r.targetRecall)} P ${f(r.targetPrecision)} addressee ${f(r.addressee)}`,
    `  entities: actors found ${f(r.actorsFound)}, in one node ${f(r.actorsInOneNode)} (${f(r.nodesPerActor)} nodes each), speakers consistent ${f(r.speakersConsistent)} (claims on main node ${f(r.claimsOnMajorNode)}), kinds ${f(r.kindAccuracy)}, false merges ${r.falseMerges.length}${r.falseMerges.length ? " [" + r.falseMerges.join("; ") + "]" : ""}; ${r.nodes - r.edgeless} nodes in claims for ${r.goldEntities} gold entities (x${f(r.nodeInflation)}), ${r.edgeless} more without a claim${r.problems.length ? "; problems: " + r.problems.join("; ") : ""}`,
  ];
}
