// The page's colours: the palette of kinds and stances (shared with the exports) and the faded
// and highlighted states of the renderer.
export { KIND_COLORS, STANCE_COLORS } from "../graph/palette.js";

export const FADED_NODE = "#e4e7eb";
export const FADED_EDGE = "#eef0f2";
