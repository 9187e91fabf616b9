// Small controls over the graph: zoom in / out / fit, and a tooltip naming the claim under the
// pointer (who, stance, about whom, summary) before anyone clicks an arrow.
import { STANCE_COLORS } from "./colors.js";
import { STANCE_GLYPHS } from "../graph/palette.js";
import { h } from "./dom.js";
import type { Renderer } from "./renderer.js";
import type { Store } from "./state.js";

export function addGraphControls(wrap: HTMLElement, renderer: Renderer, store: Store): void {
  const camera = renderer.sigma.getCamera();
  const button = (label: string, title: string, action: () => void) => {
    const b = h("button", { type: "button", title, "aria-label": title }, label);
    b.addEventListener("click", action);
    return b;
  };
  wrap.append(
    h(
      "div",
      { class: "zoom-controls" },
      button("+", "Zoom in", () => camera.animatedZoom({ duration: 250 })),
      button("−", "Zoom out", () => camera.animatedUnzoom({ duration: 250 })),
      button("⤢", "Fit the whole graph", () => camera.animatedReset({ duration: 300 })),
      // Fullscreen: the graph with its legend (the stage), where the browser allows it.
      ...(document.fullscreenEnabled
        ? [
            button("▢", "Fullscreen (Esc leaves it)", () => {
              const stage = wrap.closest("#stage") ?? wrap;
              if (document.fullscreenElement) void document.exitFullscreen();
              else void stage.requestFullscreen?.();
            }),
          ]
        : []),
    ),
  );

  const tip = h("div", { class: "edge-tip", role: "tooltip", hidden: true });
  wrap.append(tip);
  renderer.sigma.on("enterEdge", ({ edge, event }) => {
    const g = store.graph;
    if (!g.hasEdge(edge)) return;
    const a = g.getEdgeAttributes(edge);
    const label = (n: string) => g.getNodeAttribute(n, "label");
    tip.replaceChildren(
      h("strong", {}, label(g.source(edge))),
      " ",
      h("span", { class: "stance", style: `color:${STANCE_COLORS[a.stance]}` }, `${STANCE_GLYPHS[a.stance]} ${a.stance}`),
      " ",
      h("strong", {}, label(g.target(edge))),
      h("div", {}, a.summary),
    );
    tip.style.left = `${event.x + 14}px`;
    tip.style.top = `${event.y + 14}px`;
    tip.hidden = false;
  });
  renderer.sigma.on("leaveEdge", () => (tip.hidden = true));
  renderer.sigma.getCamera().on("updated", () => (tip.hidden = true));
}
