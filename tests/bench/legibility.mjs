// Benchmark: legibility. The smallest on-screen size of element names when
// the sample first opens (from the rendered text: font size times zoom, for
// every name inside the canvas), at laptop sizes; and how many relationship
// labels overlap another label or an element's box after auto-layout of
// each sample view and of a generated 200-element view (goal: 0).
// Exports `measureLegibility` for run.mjs, which writes docs/benchmarks.md.
import fs from "node:fs";
import path from "node:path";
import { dist } from "../e2e/harness.mjs";
import { generatedWorkspace, openSeeded } from "./drag.mjs";

const SAMPLE = JSON.parse(fs.readFileSync(path.resolve(dist, "../public/examples/northwind-retail.conway.json"), "utf8"));
const PANES = { system: "view-system", org: "view-org" };

/** Every name drawn inside the pane's canvas, with its size on screen. */
function namesOnScreen(page, testid) {
  return page.getByTestId(testid).evaluate((pane) => {
    const canvas = pane.querySelector("svg.canvas");
    const area = canvas.getBoundingClientRect();
    const zoom = Number(canvas.querySelector("g.camera").getAttribute("transform").match(/scale\(([-\d.e]+)\)/)[1]);
    return [...canvas.querySelectorAll("[data-node-id] .label-name")]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.width > 0 && r.right > area.left && r.left < area.right && r.bottom > area.top && r.top < area.bottom;
      })
      .map((t) => parseFloat(getComputedStyle(t).fontSize) * zoom);
  });
}

/** Relationship labels overlapping another label or a (non-boundary) box. */
function labelOverlaps(page, testid) {
  return page.getByTestId(testid).evaluate((pane) => {
    // Far out the canvas hides labels; they are measured as they would be drawn.
    const canvas = pane.querySelector("svg.canvas");
    const far = canvas.classList.contains("far");
    canvas.classList.remove("far");
    const inner = (r, by) => ({ left: r.left + by, right: r.right - by, top: r.top + by, bottom: r.bottom - by });
    const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const labels = [...pane.querySelectorAll(".edge-label")].map((l) => inner(l.getBoundingClientRect(), 0.5)).filter((r) => r.right > r.left);
    const boxes = [...pane.querySelectorAll("[data-node-id]")]
      .filter((n) => !/kind-(systemboundary|groupboundary|department)/.test(n.getAttribute("class")))
      .map((n) => n.querySelector(".shape").getBoundingClientRect());
    let overlapping = 0;
    labels.forEach((label, i) => {
      if (labels.some((other, j) => j !== i && hit(label, other)) || boxes.some((b) => hit(label, b))) overlapping += 1;
    });
    if (far) canvas.classList.add("far");
    return { labels: labels.length, overlapping };
  });
}

/** Clicks the pane's Layout button and waits until the layout is applied. */
async function autoLayout(page, kind) {
  const done = await page.evaluate(() => performance.getEntriesByName("conway:auto-layout").length);
  await page.getByTestId(`layout-${kind}`).click();
  await page.waitForFunction((n) => performance.getEntriesByName("conway:auto-layout").length > n, done, { timeout: 120_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function openSample(browser, url, viewport) {
  const context = await browser.newContext({ viewport, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(url);
  for (const testid of Object.values(PANES)) await page.getByTestId(testid).locator("[data-node-id]").first().waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return { context, page };
}

export async function measureLegibility(browser, url) {
  const opened = [];
  for (const [width, height] of [[1280, 720], [1440, 900]]) {
    const { context, page } = await openSample(browser, url, { width, height });
    const row = { size: `${width}x${height}` };
    for (const [kind, testid] of Object.entries(PANES)) {
      const names = await namesOnScreen(page, testid);
      row[kind] = { smallest: Math.min(...names), count: names.length };
    }
    opened.push(row);
    await context.close();
  }
  const labels = [];
  const { context, page } = await openSample(browser, url, { width: 1600, height: 1000 });
  for (const view of SAMPLE.views) {
    const kind = view.kind === "org" ? "org" : "system";
    const picker = page.getByTestId(`${PANES[kind]}-picker`);
    await picker.selectOption({ label: view.name });
    await autoLayout(page, kind);
    labels.push({ view: view.name, ...(await labelOverlaps(page, PANES[kind])) });
  }
  await context.close();
  const generated = await openSeeded(browser, url, generatedWorkspace(200));
  await generated.page.getByTestId(PANES.system).locator("[data-node-id]").first().waitFor();
  await autoLayout(generated.page, "system");
  labels.push({ view: "generated, 200 elements", ...(await labelOverlaps(generated.page, PANES.system)) });
  await generated.context.close();
  return { opened, labels };
}
