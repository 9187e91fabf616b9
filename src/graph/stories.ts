// Stories: the documents of a graph grouped by the named actors they share, so that a graph of
// fifty articles about four negotiations can be coloured and filtered story by story. Two
// documents are of one story when the actors they both name weigh enough: an actor named by few
// documents weighs much ("Shawn Fain", "Ildefonso Guajardo"), one named by most weighs nothing
// ("United States", "Joe Biden" across a strike, a debt ceiling and a war); and when they are
// close in time (a month apart at most counts fully). Stories are the connected groups of
// documents so linked to one of their closest few. On the four dev clusters (28 articles, 2017
// to 2024) no story mixes two clusters; one NAFTA article of November 2017, eight months before
// the others, stands alone.
import type { ClaimGraph } from "./model.js";

export interface Story {
  /** 0 for the story of most documents, then 1, 2... */
  index: number;
  /** Document ids, in the graph's order. */
  documents: string[];
  /** The actors that most tie the story together (its heaviest shared names), for a caption. */
  names: string[];
}

export interface Stories {
  stories: Story[];
  /** Document id -> story index. */
  byDocument: Map<string, number>;
  /** Node key -> the story of most of the documents that mention it (ties: the larger story). */
  byNode: Map<string, number>;
}

/** Kinds whose names identify a story; topics and places are shared words too often. */
const NAMED_KINDS = new Set(["person", "organization", "group", "country"]);
/** The least cosine similarity of two documents' weighted names that makes them one story. */
const LINK_SIMILARITY = 0.05;
/** How many of its closest documents a document may link to (each must count it among theirs). */
const NEIGHBOURS = 5;

export function findStories(graph: ClaimGraph): Stories {
  const docs = graph.getAttribute("documents").map((d) => d.id);
  const dates = new Map(graph.getAttribute("documents").map((d) => [d.id, d.date ? Date.parse(d.date) : NaN]));
  const n = docs.length;
  const named = new Map<string, string[]>(); // doc -> named entities
  const frequency = new Map<string, number>();
  graph.forEachNode((key, a) => {
    if (!NAMED_KINDS.has(a.kind) || a.label === a.label.toLowerCase()) return;
    const mentioned = [...new Set(a.docs)];
    frequency.set(key, mentioned.length);
    for (const d of mentioned) (named.get(d) ?? named.set(d, []).get(d)!).push(key);
  });
  // An actor in more than a third of the documents (and in more than two) ties nothing together.
  const weight = (key: string) => {
    const f = frequency.get(key) ?? n;
    return f > 2 && f > n / 3 ? 0 : Math.log((n + 1) / f);
  };
  const parent = new Map(docs.map((d) => [d, d]));
  const find = (d: string): string => {
    let r = d;
    while (parent.get(r) !== r) r = parent.get(r)!;
    // Path compression: every document on the way points at the root.
    for (let x = d; x !== r;) {
      const next = parent.get(x)!;
      parent.set(x, r);
      x = next;
    }
    return r;
  };
  // Pairs through shared actors only (an actor's documents), so that unrelated documents cost
  // nothing. Similarity: the cosine of the documents' weighted name vectors, so that a long
  // article naming many actors links no more easily than a short one.
  const shared = new Map<string, number>();
  const docsOf = new Map<string, string[]>();
  const norm = new Map<string, number>();
  for (const [d, keys] of named)
    for (const k of keys) {
      (docsOf.get(k) ?? docsOf.set(k, []).get(k)!).push(d);
      norm.set(d, (norm.get(d) ?? 0) + weight(k) ** 2);
    }
  for (const [k, ds] of docsOf) {
    const w = weight(k);
    if (!w) continue;
    for (let i = 0; i < ds.length; i++)
      for (let j = i + 1; j < ds.length; j++) {
        const [x, y] = [ds[i]!, ds[j]!];
        const pair = x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
        shared.set(pair, (shared.get(pair) ?? 0) + w * w);
      }
  }
  // A link needs the two documents to be among each other's closest few (mutual neighbours):
  // a strike article that names the White House does not chain the strike to the debt ceiling.
  const neighbours = new Map<string, { doc: string; sim: number }[]>();
  for (const [pair, w] of shared) {
    const [a = "", b = ""] = pair.split("\u0000"); // two documents, as joined above
    const sim = (w / Math.sqrt((norm.get(a) ?? 1) * (norm.get(b) ?? 1))) * closeness(dates.get(a), dates.get(b));
    if (sim < LINK_SIMILARITY) continue;
    (neighbours.get(a) ?? neighbours.set(a, []).get(a)!).push({ doc: b, sim });
    (neighbours.get(b) ?? neighbours.set(b, []).get(b)!).push({ doc: a, sim });
  }
  const closest = new Map<string, Set<string>>();
  for (const [d, list] of neighbours)
    closest.set(
      d,
      new Set(
        list
          .sort((x, y) => y.sim - x.sim)
          .slice(0, NEIGHBOURS)
          .map((x) => x.doc),
      ),
    );
  for (const [a, near] of closest)
    for (const b of near) {
      if (!closest.get(b)?.has(a)) continue;
      const [ra, rb] = [find(a), find(b)];
      if (ra !== rb) parent.set(ra, rb);
    }
  const groups = new Map<string, string[]>();
  for (const d of docs) (groups.get(find(d)) ?? groups.set(find(d), []).get(find(d))!).push(d);
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length || docs.indexOf(a[0]!) - docs.indexOf(b[0]!));
  const byDocument = new Map<string, number>();
  const stories: Story[] = ordered.map((documents, index) => {
    for (const d of documents) byDocument.set(d, index);
    const inStory = new Map<string, number>();
    for (const d of documents) for (const k of named.get(d) ?? []) inStory.set(k, (inStory.get(k) ?? 0) + 1);
    const names = [...inStory]
      .filter(([k, c]) => (c > 1 || documents.length === 1) && weight(k) > 0)
      // The names most of its articles give, the rarer in other stories first.
      .sort((a, b) => b[1] - a[1] || weight(b[0]) - weight(a[0]))
      .slice(0, 3)
      .map(([k]) => graph.getNodeAttribute(k, "label"));
    return { index, documents, names };
  });
  const byNode = new Map<string, number>();
  graph.forEachNode((key, a) => {
    const counts = new Map<number, number>();
    for (const d of a.docs) {
      const s = byDocument.get(d);
      if (s !== undefined) counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    let best: number | undefined;
    for (const [s, c] of counts) if (best === undefined || c > counts.get(best)! || (c === counts.get(best)! && s < best)) best = s;
    if (best !== undefined) byNode.set(key, best);
  });
  return { stories, byDocument, byNode };
}

const DAY = 86_400_000;

/**
 * How much two documents' dates let them be one story: fully within a month of each other, less
 * and less beyond (a strike in September and a budget deal in May that both name the White House
 * are two stories); undated documents are judged by their names alone.
 */
function closeness(a: number | undefined, b: number | undefined): number {
  if (a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b)) return 1;
  const days = Math.abs(a - b) / DAY;
  return days <= 30 ? 1 : Math.exp(-(days - 30) / 45);
}
