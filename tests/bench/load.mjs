// Benchmark: first-load transfer size and time from navigation to the first
// drawn element, in headless Chromium against the release build. Exports the
// measurements for run.mjs, which writes docs/benchmarks.md.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { dist } from "../e2e/harness.mjs";

export const RUNS = 7;

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** Raw and gzip bytes of the release build by kind: [[kind, raw, gzip], ...];
 * the first load's files, then (last) the workers', which the page fetches
 * only when it first needs them. */
export function sizes() {
  const all = fs.readdirSync(dist).filter((f) => /\.(wasm|js|css|html)$/.test(f) && f !== "sw.js");
  const workers = ["layout_worker", "files_worker"];
  const files = all.filter((f) => !workers.some((w) => f.startsWith(w)));
  const of = (w) => all.filter((f) => f.startsWith(w)).map((f) => path.join(dist, f));
  const worker = of("layout_worker");
  const by = (re) => files.filter((f) => re.test(f)).map((f) => path.join(dist, f));
  const sum = (list, fn) => list.reduce((n, f) => n + fn(f), 0);
  const raw = (f) => fs.statSync(f).size;
  const groups = { wasm: by(/\.wasm$/), js: by(/\.js$/), css: by(/\.css$/), html: by(/\.html$/) };
  const rows = Object.entries(groups).map(([k, list]) => [k, sum(list, raw), sum(list, gzipSize)]);
  rows.push(["total", rows.reduce((n, r) => n + r[1], 0), rows.reduce((n, r) => n + r[2], 0)]);
  rows.push(["layout worker (wasm and js, fetched on the first layout)", sum(worker, raw), sum(worker, gzipSize)]);
  const madr = of("files_worker");
  rows.push(["files worker (fetched on publishing, or a MADR export or import)", sum(madr, raw), sum(madr, gzipSize)]);
  return rows;
}

/** Navigation to the first drawn element, over RUNS cold loads (ms). */
export async function firstDrawn(browser, url) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, serviceWorkers: "block" });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector("[data-node-id]");
    times.push(await page.evaluate(() => {
      const paint = performance.getEntriesByType("navigation")[0];
      return performance.now() - (paint ? paint.startTime : 0);
    }));
    await context.close();
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] };
}
