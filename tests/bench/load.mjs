// Benchmark: first-load transfer size and time from navigation to the first
// drawn element, in headless Chromium against the release build. Writes the
// figures, with the date and the machine, to docs/benchmarks.md.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { serve, launch, dist } from "../e2e/harness.mjs";

const RUNS = 7;
const out = path.resolve(dist, "../docs/benchmarks.md");

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

function sizes() {
  const files = fs.readdirSync(dist).filter((f) => /\.(wasm|js|css|html)$/.test(f) && f !== "sw.js");
  const by = (re) => files.filter((f) => re.test(f)).map((f) => path.join(dist, f));
  const sum = (list, fn) => list.reduce((n, f) => n + fn(f), 0);
  const raw = (f) => fs.statSync(f).size;
  const groups = { wasm: by(/\.wasm$/), js: by(/\.js$/), css: by(/\.css$/), html: by(/\.html$/) };
  const rows = Object.entries(groups).map(([k, list]) => [k, sum(list, raw), sum(list, gzipSize)]);
  rows.push(["total", rows.reduce((n, r) => n + r[1], 0), rows.reduce((n, r) => n + r[2], 0)]);
  return rows;
}

async function firstDrawn(browser, url) {
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

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const server = await serve();
const browser = await launch();
try {
  const rows = sizes();
  const load = await firstDrawn(browser, server.url);
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const date = new Date().toISOString().slice(0, 10);
  const text = `# Benchmarks

Measured by \`make bench\` (tests/bench/load.mjs) against the release build in
headless Chromium. Figures are from one machine on one day; compare runs on
the same machine only.

## First load (${date}, ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()})

| file | raw | gzip |
|---|---|---|
${rows.map(([k, r, g]) => `| ${k} | ${kb(r)} | ${kb(g)} |`).join("\n")}

Navigation to the first drawn element of the sample workspace (median of ${RUNS}
cold loads, service worker off, localhost): **${load.median.toFixed(0)} ms**
(min ${load.min.toFixed(0)} ms, max ${load.max.toFixed(0)} ms).
`;
  fs.writeFileSync(out, text);
  console.log(text);
} finally {
  await browser.close();
  await server.close();
}
