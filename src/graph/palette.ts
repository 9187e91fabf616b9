// One palette for the graph, the legend and the exports that carry colours (GEXF for Gephi). Kinds
// and stances use distinct hues so a node colour is never read as a stance; stance colours follow
// the meaning (opposes red, supports green).
import type { EntityKind, Stance } from "../extraction/types.js";

export const KIND_COLORS: Record<EntityKind, string> = {
  person: "#3b6fd8",
  organization: "#8a56c9",
  country: "#d9822b",
  place: "#2aa198",
  group: "#c0508a",
  topic: "#7d8593",
};

export const STANCE_COLORS: Record<Stance, string> = {
  states: "#9aa3ad",
  proposes: "#2f80ed",
  demands: "#e6a100",
  supports: "#27ae60",
  opposes: "#e0452b",
  commits: "#7b4fd6",
};

/**
 * A glyph per stance, so that a stance is never told by colour alone (colour-blind readers, prints
 * in black and white): the timeline's marks and the legend carry it.
 */
export const STANCE_GLYPHS: Record<Stance, string> = {
  states: "●",
  proposes: "◆",
  demands: "▲",
  supports: "+",
  opposes: "✕",
  commits: "■",
};

/**
 * Story colours (graph/stories.ts), the biggest story first: ten hues told apart by most readers
 * (Tableau 10); an eleventh story and beyond are grey.
 */
export const STORY_COLORS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];
export const OTHER_STORY_COLOR = "#c5cbd3";
export const storyColor = (index: number | undefined): string => (index === undefined ? undefined : STORY_COLORS[index]) ?? OTHER_STORY_COLOR;
