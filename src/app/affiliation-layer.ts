// Who speaks for whom, drawn on a canvas layer of its own between sigma's edges and nodes: a
// dashed line from an official or a body to the organization or country it speaks for. The graph
// keeps only claims as edges (CONTRACT.md); ties are node attributes, so they are drawn, not added.
import type { ClaimSigma } from "./renderer.js";
import type { Store } from "./state.js";

const LAYER = "affiliations";

export function addAffiliationLayer(sigma: ClaimSigma, store: Store): void {
  sigma.createCanvasContext(LAYER, { style: { pointerEvents: "none" } });
  const canvas = sigma.getCanvases()[LAYER];
  if (!canvas) return;
  // Below the nodes, above the edges: the node layer draws over the line ends.
  const nodes = sigma.getCanvases().nodes;
  if (nodes && canvas.parentElement === nodes.parentElement) nodes.before(canvas);
  const ctx = canvas.getContext("2d");
  if (!ctx) return;

  sigma.on("afterRender", () => {
    const { width, height } = sigma.getDimensions();
    const ratio = width ? canvas.width / width : 1;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (!store.state.filters.showAffiliations) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.strokeStyle = "rgba(82, 96, 109, 0.75)";
    ctx.lineWidth = 1.4;
    ctx.setLineDash([5, 4]);
    const g = store.graph;
    g.forEachNode((key, a) => {
      if (!a.affiliations?.length) return;
      const from = sigma.getNodeDisplayData(key);
      if (!from || from.hidden) return;
      for (const aff of a.affiliations) {
        const to = g.hasNode(aff.entity) ? sigma.getNodeDisplayData(aff.entity) : undefined;
        if (!to || to.hidden) continue;
        const p = sigma.framedGraphToViewport(from);
        const q = sigma.framedGraphToViewport(to);
        if ((p.x < 0 && q.x < 0) || (p.y < 0 && q.y < 0) || (p.x > width && q.x > width) || (p.y > height && q.y > height)) continue;
        ctx.beginPath();
        ctx.moveTo(p.x, p.y);
        ctx.lineTo(q.x, q.y);
        ctx.stroke();
      }
    });
  });
  store.subscribe((change) => {
    if (change === "filters") sigma.refresh({ skipIndexation: true });
  });
}
