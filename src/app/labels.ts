// Which labels the graph shows, and where: the most important actors of the story first, never
// two labels on top of each other, never cut off at the edge of the view. Pure functions of the
// graph and of screen positions (tested without a browser); renderer.ts draws what they choose.
//
// Importance: a speaker with many claims first (Putin, Trump, Zelenskyy in a peace-talks story),
// then what conflicts are about and the entities most spoken of; generic words and topics of a
// single claim ("talks", "offer", "members", "missile") come last and stay unlabelled unless
// hovered or selected.
import { GENERIC_ISSUE_HEADS } from "../extraction/lexicon/issues.js";
import { singular } from "../extraction/text/inflection.js";
import type { ClaimGraph } from "../graph/model.js";
import { normalizeName } from "../graph/model.js";

/**
 * A topic or group that says little alone: a generic word ("talks", "the agreement", "members",
 * "officials"), a common noun of one or two claims ("players", "army"), or a topic of a single
 * claim. Proper names ("Hamas", "House Republicans") and busy common nouns ("strike") are not.
 */
export function isMinorTopic(graph: ClaimGraph, key: string): boolean {
  const a = graph.getNodeAttributes(key);
  if (a.kind !== "topic" && a.kind !== "group") return false;
  if (graph.outDegree(key) > 0) return false;
  const words = normalizeName(a.label).split(" ").filter(Boolean);
  const common = a.label === a.label.toLowerCase();
  if (common && words.length === 1 && (GENERIC_ISSUE_HEADS.has(singular(words[0]!)) || claimsAbout(graph, key) <= 2)) return true;
  return a.kind === "topic" && claimsAbout(graph, key) <= 1;
}

/** Distinct claims an entity is the target of. */
function claimsAbout(graph: ClaimGraph, key: string): number {
  const claims = new Set<string>();
  graph.forEachInEdge(key, (_, a) => claims.add(a.claim));
  return claims.size;
}

/**
 * The importance of every entity for labelling: distinct claims spoken (weighted most), claims
 * about it, distinct speakers about it; minor topics get a negative score (never labelled unless
 * in focus).
 */
export function labelPriorities(graph: ClaimGraph): Map<string, number> {
  const spoken = new Map<string, Set<string>>();
  const about = new Map<string, Set<string>>();
  const speakers = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    const set = map.get(key);
    if (set) set.add(value);
    else map.set(key, new Set([value]));
  };
  graph.forEachEdge((_, a, source, target) => {
    add(spoken, source, a.claim);
    add(about, target, a.claim);
    add(speakers, target, source);
  });
  // The speakers with most claims are labelled first, whatever the topics around them: who speaks
  // is what a reader of the story looks for.
  const leading = new Set(
    [...spoken]
      .sort((x, y) => y[1].size - x[1].size)
      .slice(0, LEADING_SPEAKERS)
      .map(([key]) => key),
  );
  const out = new Map<string, number>();
  graph.forEachNode((key, a) => {
    if (isMinorTopic(graph, key)) return void out.set(key, -1);
    const score =
      3 * (spoken.get(key)?.size ?? 0) + (about.get(key)?.size ?? 0) + 2 * Math.max(0, (speakers.get(key)?.size ?? 0) - 1) + Math.min(a.mentions, 20) / 100;
    out.set(key, leading.has(key) ? score + LEADING_BONUS : score);
  });
  return out;
}

/** How many of the busiest speakers always get their label first, and the bonus that puts them first. */
const LEADING_SPEAKERS = 10;
export const LEADING_BONUS = 10_000;

/** A label the renderer could draw: its node, the node's centre and radius on screen, its text. */
export interface LabelCandidate {
  node: string;
  x: number;
  y: number;
  size: number;
  label: string;
  /** Higher first; focus (the hovered or selected neighbourhood) is added by the caller. */
  priority: number;
}

export interface PlacedLabel extends LabelCandidate {
  /** The box of the label on screen (text and its background). */
  box: { x: number; y: number; width: number; height: number };
  /** The text as drawn (long names are cut). */
  text: string;
  /** Drawn left of the node (it would have run past the right edge). */
  left: boolean;
  /** Set when the label stands a few lines away from its node, in a crowd: a thin line joins them. */
  leader?: boolean;
}

/** Longest label text at the default zoom; hovering shows the whole name. */
export const LABEL_MAX_CHARS = 32;

export function labelText(label: string): string {
  return label.length > LABEL_MAX_CHARS ? `${label.slice(0, LABEL_MAX_CHARS - 2).trimEnd()}…` : label;
}

/**
 * Greedy placement by priority: each label goes right of its node, or left of it when it would
 * run past the view's right edge; a label whose box meets one already placed is left out. At most
 * `max` labels (a screenful stays readable).
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  view: { width: number; height: number },
  measure: (text: string) => number,
  options: { fontSize: number; max?: number } = { fontSize: 13 },
): PlacedLabel[] {
  const { fontSize, max = 400 } = options;
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || b.size - a.size || (a.node < b.node ? -1 : 1));
  const placed: PlacedLabel[] = [];
  // A coarse grid of the boxes placed, so that each test looks at a few neighbours only.
  const CELL = 64;
  const grid = new Map<string, PlacedLabel["box"][]>();
  const cells = (b: PlacedLabel["box"]) => {
    const out: string[] = [];
    for (let i = Math.floor(b.x / CELL); i <= Math.floor((b.x + b.width) / CELL); i++)
      for (let j = Math.floor(b.y / CELL); j <= Math.floor((b.y + b.height) / CELL); j++) out.push(`${i},${j}`);
    return out;
  };
  const meets = (a: PlacedLabel["box"], b: PlacedLabel["box"]) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  for (const c of sorted) {
    if (placed.length >= max) break;
    if (c.x < -50 || c.y < -20 || c.x > view.width + 50 || c.y > view.height + 20) continue;
    const text = labelText(c.label);
    const width = measure(text) + 4;
    const height = fontSize + 4;
    // Right of the node, else left of it, else above or below it: the first place that is free
    // and inside the view.
    const y = c.y - fontSize / 2 - 2;
    const places: { x: number; y: number; left: boolean; leader?: boolean }[] = [
      { x: c.x + c.size + 1, y, left: false },
      { x: c.x - c.size - 3 - width, y, left: true },
      { x: c.x - width / 2, y: c.y - c.size - height - 1, left: false },
      { x: c.x - width / 2, y: c.y + c.size + 1, left: false },
    ];
    // The busiest speakers, never left unlabelled while there is room a little farther out: one
    // to three lines higher or lower, joined to the node by a thin line.
    if (c.priority >= LEADING_BONUS)
      for (const dy of [1, -1, 2, -2, 3, -3])
        places.push(
          { x: c.x + c.size + 1, y: y + dy * height, left: false, leader: true },
          { x: c.x - c.size - 3 - width, y: y + dy * height, left: true, leader: true },
        );
    const fits = (p: { x: number; y: number }) => p.x >= 0 && p.x + width <= view.width;
    let chosen: { box: PlacedLabel["box"]; keys: string[]; left: boolean; leader: boolean } | null = null;
    for (const p of places) {
      if (!fits(p) || p.y < 0 || p.y + height > view.height) continue;
      const box = { x: p.x, y: p.y, width, height };
      const keys = cells(box);
      if (keys.some((k) => grid.get(k)?.some((o) => meets(o, box)))) continue;
      chosen = { box, keys, left: p.left, leader: !!p.leader };
      break;
    }
    if (!chosen) continue;
    const { box, keys, left, leader } = chosen;
    for (const k of keys) {
      const list = grid.get(k);
      if (list) list.push(box);
      else grid.set(k, [box]);
    }
    placed.push(leader ? { ...c, box, text, left, leader } : { ...c, box, text, left });
  }
  return placed;
}
