// The PNG export: the view as it is (camera, filters, highlight), at twice the screen's
// resolution for print, with a title above (what the graph holds) and a legend below (the colour
// of each kind, the colour and glyph of each stance, with their counts in claims).
import { ENTITY_KINDS, STANCES } from "../extraction/types.js";
import type { ClaimGraph } from "../graph/model.js";
import { STANCE_GLYPHS } from "../graph/palette.js";
import { KIND_COLORS, STANCE_COLORS } from "./colors.js";
import { installLabels, type ClaimSigma } from "./renderer.js";

/** Print resolution: twice the pixels of the view on a standard screen. */
export const PNG_SCALE = 2;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** The title of the image: the documents, their dates, what the filters keep. */
export function imageTitle(graph: ClaimGraph, filtered: string | null): string {
  const docs = graph.getAttribute("documents");
  const dates = docs
    .map((d) => d.date)
    .filter((d): d is string => !!d)
    .sort();
  const claims = new Set<string>();
  graph.forEachEdge((_, a) => claims.add(a.claim));
  const span = dates.length ? (dates[0] === dates.at(-1) ? `, ${dates[0]}` : `, ${dates[0]} to ${dates.at(-1)}`) : "";
  const only = docs.length === 1 ? docs[0] : undefined;
  const what = only ? (only.title ?? only.source ?? only.id) : `${docs.length} articles`;
  return `${what}${span} — ${graph.order} entities, ${claims.size} claims${filtered ? ` (${filtered})` : ""}`;
}

export async function exportPNG(sigma: ClaimSigma, graph: ClaimGraph, options: { labelPriority(key: string): number; filtered: string | null }): Promise<Blob> {
  const { drawOnCanvas } = await import("@sigma/export-image");
  // The exporter draws at the screen's pixel ratio: asked for twice that for the time of the drawing.
  const ratio = window.devicePixelRatio || 1;
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => ratio * PNG_SCALE });
  let view: HTMLCanvasElement;
  try {
    view = await drawOnCanvas(sigma as never, {
      backgroundColor: "#ffffff",
      withTempRenderer: (tmp) => {
        installLabels(tmp as unknown as ClaimSigma, options.labelPriority);
        tmp.refresh();
      },
    });
  } finally {
    if (own) Object.defineProperty(window, "devicePixelRatio", own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
  const scale = ratio * PNG_SCALE;
  const head = 40 * scale;
  const foot = 56 * scale;
  const out = document.createElement("canvas");
  out.width = view.width;
  out.height = view.height + head + foot;
  const ctx = out.getContext("2d")!;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(view, 0, head);
  ctx.scale(scale, scale);
  const width = out.width / scale;
  ctx.fillStyle = "#1f2933";
  ctx.font = `600 16px ${FONT}`;
  ctx.fillText(fit(ctx, imageTitle(graph, options.filtered), width - 24), 12, 26);
  drawLegend(ctx, graph, (view.height + head) / scale + 8, width);
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error("the image could not be encoded"))), "image/png"));
}

function drawLegend(ctx: CanvasRenderingContext2D, graph: ClaimGraph, top: number, width: number): void {
  const kinds = new Map<string, number>();
  graph.forEachNode((_, a) => kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1));
  const stances = new Map<string, Set<string>>();
  graph.forEachEdge((_, a) => (stances.get(a.stance) ?? stances.set(a.stance, new Set()).get(a.stance)!).add(a.claim));
  ctx.font = `12px ${FONT}`;
  let x = 12;
  let y = top + 12;
  const item = (draw: () => void, text: string) => {
    const w = 18 + ctx.measureText(text).width + 16;
    if (x + w > width) {
      x = 12;
      y += 20;
    }
    draw();
    ctx.fillStyle = "#1f2933";
    ctx.fillText(text, x + 18, y + 4);
    x += w;
  };
  for (const k of ENTITY_KINDS) {
    if (!kinds.get(k)) continue;
    item(
      () => {
        ctx.fillStyle = KIND_COLORS[k];
        ctx.beginPath();
        ctx.arc(x + 6, y, 5, 0, 2 * Math.PI);
        ctx.fill();
      },
      `${k} ${kinds.get(k)}`,
    );
  }
  x += 12;
  for (const s of STANCES) {
    const n = stances.get(s)?.size ?? 0;
    if (!n) continue;
    item(
      () => {
        ctx.fillStyle = STANCE_COLORS[s];
        ctx.fillText(STANCE_GLYPHS[s], x + 2, y + 4);
      },
      `${s} ${n} claim${n === 1 ? "" : "s"}`,
    );
  }
}

function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let t = text;
  while (t.length > 4 && ctx.measureText(`${t}…`).width > width) t = t.slice(0, -1);
  return `${t}…`;
}
