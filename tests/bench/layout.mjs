// Benchmark: auto-layout of generated views of 30 to 2,000 elements (1.5
// relationships per element) with each layered engine, in headless Chromium
// against the release build: the time from the click to the new drawing, the
// longest main-thread task while the worker lays out and while the result is
// applied, edge crossings, and straight edges through boxes.
// Exports `measureLayout` for run.mjs, which writes docs/benchmarks.md.
import { generatedWorkspace, openSeeded } from "./drag.mjs";

/** Does the segment a–b pass through the inside of box r? */
function crossesBox(a, b, r) {
  const [x0, y0, x1, y1] = [r.x + 0.5, r.y + 0.5, r.x + r.width - 0.5, r.y + r.height - 0.5];
  let [t0, t1] = [0, 1];
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [[-dx, a.x - x0], [dx, x1 - a.x], [-dy, a.y - y0], [dy, y1 - a.y]]) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

function segmentsCross(a, b, c, d) {
  const orient = (p, q, r) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0;
}

/** Lays out a generated view of `count` elements with `engine` ("sugiyama" or
 * "layout-rs"); returns the figures, or `cancelled: true` if it took longer
 * than `limitMs` (then it is cancelled and nothing else is measured). */
export async function measureLayout(browser, url, count, engine, limitMs = 60_000) {
  const file = generatedWorkspace(count);
  const { context, page, errors } = await openSeeded(browser, `${url}?layout-engine=${engine}`, file);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="view-system"] [data-node-id]').length === n, count, { timeout: 120_000 });
  page.setDefaultTimeout(300_000);
  // Let the first drawing be painted and the page go idle, so its long tasks
  // are not counted as the layout's.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(done, { timeout: 5000 })))));
  // Click, and time until the frame after the new drawing. Long tasks are
  // split into those while the worker lays out (they end before the result
  // lands) and the one that applies and draws it. Past `limitMs` the layout is
  // cancelled, as a user would.
  const timing = await page.evaluate(
    (limitMs) =>
      new Promise((resolve) => {
        const tasks = [];
        const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
        observer.observe({ type: "longtask" });
        const canvas = document.querySelector('[data-testid="view-system"] .canvas-wrap');
        // When the page hears from the layout worker (it is started by the
        // click): the last message before the drawing changes is the result.
        const heard = [];
        const PageWorker = window.Worker;
        window.Worker = class extends PageWorker {
          constructor(...args) {
            super(...args);
            this.addEventListener("message", () => heard.push(performance.now()));
          }
        };
        let applied = null;
        const finish = (cancelled) => {
          watcher.disconnect();
          clearTimeout(limit);
          const drawn = performance.now() - start;
          setTimeout(() => {
            observer.disconnect();
            const result = heard.filter((t) => applied === null || t <= applied).pop() ?? applied ?? Infinity;
            const during = tasks.filter((t) => t.startTime + t.duration <= result);
            const after = tasks.filter((t) => !during.includes(t));
            const longest = (list) => Math.max(0, ...list.map((t) => t.duration));
            const ready = heard[0] ?? start;
            resolve({
              cancelled, drawn, longest: longest(during), applying: longest(after),
              // Phases: starting the worker, laying out in it, applying the result (script), drawing it.
              phases: applied === null ? null : [ready - start, result - ready, applied - result, start + drawn - applied],
            });
          }, 50);
        };
        // The first moved element means the Layout command has been applied.
        const watcher = new MutationObserver(() => {
          if (applied !== null) return;
          applied = performance.now();
          requestAnimationFrame(() => requestAnimationFrame(() => finish(false)));
        });
        watcher.observe(canvas, { attributes: true, attributeFilter: ["transform"], subtree: true });
        const limit = setTimeout(() => {
          document.querySelector('[data-testid="layout-progress"] button')?.click();
          finish(true);
        }, limitMs);
        const start = performance.now();
        document.querySelector('[data-testid="layout-system"]').click();
      }),
    limitMs,
  );
  if (timing.cancelled) {
    await context.close();
    return { count, engine, relationships: file.relationships.length, ...timing };
  }
  const boxes = await page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-testid="view-system"] [data-node-id]')].map((el) => {
        const [, x, y] = el.getAttribute("transform").match(/translate\(([-\d.e]+) ([-\d.e]+)\)/);
        const ring = el.querySelector("rect.focus-ring");
        return [el.dataset.nodeId, { x: Number(x), y: Number(y), width: Number(ring.getAttribute("width")) - 10, height: Number(ring.getAttribute("height")) - 10 }];
      }),
    ),
  );
  await context.close();
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
  const centre = (b) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
  const edges = file.relationships.filter((r) => r.source !== r.target).map((r) => [r.source, r.target, centre(boxes[r.source]), centre(boxes[r.target])]);
  let crossings = 0;
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      const [s1, t1, a, b] = edges[i];
      const [s2, t2, c, d] = edges[j];
      if (s1 === s2 || s1 === t2 || t1 === s2 || t1 === t2) continue;
      if (segmentsCross(a, b, c, d)) crossings++;
    }
  }
  const all = Object.entries(boxes);
  let throughBoxes = 0;
  for (const [source, target, a, b] of edges) {
    if (all.some(([id, box]) => id !== source && id !== target && crossesBox(a, b, box))) throughBoxes++;
  }
  return { count, engine, relationships: file.relationships.length, ...timing, crossings, throughBoxes };
}
