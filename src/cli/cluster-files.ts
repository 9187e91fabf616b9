// A story cluster on disk (../shared/eval/GUIDE.md, "Story clusters"): its corpus, per-article gold
// and cross-article entities, read for the scorer; and the one graph its corpus makes, merged as
// `npm run extract -- CLUSTER/corpus.jsonl` merges it.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Extractor } from "../extraction/index.js";
import { readInput } from "../extraction/input/index.js";
import { exportGraph } from "../graph/format.js";
import { buildGraph } from "../graph/model.js";
import type { ClusterArticle, ClusterEntities } from "./cluster-score.js";
import type { Gold, GraphData } from "./score.js";

export interface ClusterFiles {
  name: string;
  corpus: string;
  articles: ClusterArticle[];
  entities: ClusterEntities;
}

export function readCluster(dir: string): ClusterFiles {
  const articles = readdirSync(join(dir, "gold"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => {
      const slug = f.slice(0, -5);
      return { slug, text: readFileSync(join(dir, "articles", `${slug}.txt`), "utf8"), gold: JSON.parse(readFileSync(join(dir, "gold", f), "utf8")) as Gold };
    });
  return {
    name: basename(dir.replace(/\/+$/, "")),
    corpus: readFileSync(join(dir, "corpus.jsonl"), "utf8"),
    articles,
    entities: JSON.parse(readFileSync(join(dir, "entities.json"), "utf8")) as ClusterEntities,
  };
}

/** The cluster's articles extracted and merged into one graph, as graph JSON. */
export function clusterGraph(extractor: Extractor, corpus: string): GraphData {
  const graph = buildGraph(readInput("corpus.jsonl", corpus).documents.map((doc) => extractor.extract(doc)));
  return JSON.parse(JSON.stringify(exportGraph(graph))) as GraphData;
}
