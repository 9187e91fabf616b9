// Frames per second while the mouse drags a graph around: the measure of panning that
// scripts/perf-browser.ts and scripts/perf-gephi-lite.ts share, so that both apps are dragged alike.
import type { Page } from "playwright-core";

/** Frames per second while the mouse drags the graph in `container` around for `ms`. */
export async function panFps(page: Page, container = "#graph", ms = 3000): Promise<number> {
  const box = (await page.locator(container).first().boundingBox())!;
  // Start (and end) the drag on empty ground, not on a node or an edge (that would drag or select
  // it): the first point near the centre where the page shows no pointer cursor. Both apps show
  // one over a node or an edge; their hover waits for a frame, which takes long on a big graph.
  let cx = box.x + box.width / 2,
    cy = box.y + box.height / 2;
  for (const [dx, dy] of [
    [0, 0],
    [40, 0],
    [-40, 0],
    [0, 40],
    [0, -40],
    [80, 60],
    [-80, -60],
    [120, -90],
    [-120, 90],
  ] as [number, number][]) {
    await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
    await page.evaluate(`new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 200))))`);
    const cursor = (await page.evaluate(`(() => {
      const el = document.elementFromPoint(${box.x + box.width / 2 + dx}, ${box.y + box.height / 2 + dy});
      for (let e = el; e; e = e.parentElement) { const c = getComputedStyle(e).cursor; if (c !== "auto" && c !== "default") return c; }
      return "default";
    })()`)) as string;
    if (cursor !== "pointer") {
      [cx, cy] = [box.x + box.width / 2 + dx, box.y + box.height / 2 + dy];
      break;
    }
  }
  await page.evaluate(`(() => {
    window.__frames = 0;
    window.__counting = true;
    const tick = () => { if (!window.__counting) return; window.__frames++; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const t0 = Date.now();
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  let i = 0;
  while (Date.now() - t0 < ms) {
    const a = (i++ / 20) * Math.PI;
    await page.mouse.move(cx + 150 * Math.cos(a), cy + 100 * Math.sin(a));
  }
  // Back where the drag began, so that the graph is where it was and the release lands on empty
  // ground: at a few frames per second the browser merges mouse moves, and sigma may take the
  // release for a click (Gephi Lite would then select whatever lies under the pointer).
  await page.mouse.move(cx, cy);
  await page.mouse.up();
  const frames = (await page.evaluate(`(() => { window.__counting = false; return window.__frames; })()`)) as number;
  return frames / ((Date.now() - t0) / 1000);
}
