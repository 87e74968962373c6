// Benchmark: importing a 10,000-element workspace file through the Import
// button, and autosaving a 1,000-element workspace, in headless Chromium
// against the release build. The app records the User Timing measures
// "conway:import" (parse, migrate, validate) and "conway:autosave" (check for
// changes, serialise, store) in src/app/timing.rs; this reads them back.
// Exports `measureImport` and `measureAutosave` for run.mjs, which writes
// docs/benchmarks.md.
import { generatedWorkspace, openSeeded } from "./drag.mjs";

export const IMPORT_RUNS = Number(process.env.IMPORT_RUNS ?? 5);
export const SAVES = 9;

const stats = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
};

/** A generated workspace of `count` elements and `perElement` relationships
 * per element as a file, written as Conway writes files (2-space indent,
 * trailing newline): { name, text, bytes, count, relationships }. */
export function generatedFile(count, perElement) {
  const file = generatedWorkspace(count, perElement);
  const text = `${JSON.stringify(file, null, 2)}\n`;
  return { name: `generated-${count}.conway.json`, text, bytes: Buffer.byteLength(text), count, relationships: file.relationships.length };
}

/** Opens the app with the sample in a fresh context and imports `file` through
 * the Import button's file chooser. Returns the notice title, the
 * "conway:import" measure, and the times from the file being handed over
 * (the input's change event) to the first and to the last imported element
 * in the DOM, each taken at the animation frame after (so the frame that drew
 * them is painted); both null when the workspace did not open. */
export async function importOnce(browser, url, file) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForSelector("[data-node-id]");
    const last = `bench-${String(file.count - 1).padStart(5, "0")}`;
    await page.evaluate((lastId) => {
      const seen = (window.__import = {});
      document.addEventListener("change", () => (seen.chosen = performance.now()), { capture: true, once: true });
      const after = (key) => requestAnimationFrame(() => (seen[key] = performance.now()));
      const watch = () => {
        if (seen.chosen !== undefined && seen.first === undefined && document.querySelector('[data-node-id^="bench-"]')) after("first");
        if (seen.chosen !== undefined && document.querySelector(`[data-node-id="${lastId}"]`)) after("all");
        else requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    }, last);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const metrics = async () => {
      const { metrics: list } = await cdp.send("Performance.getMetrics");
      const get = (name) => list.find((m) => m.name === name).value * 1000;
      return { script: get("ScriptDuration"), layout: get("LayoutDuration") + get("RecalcStyleDuration") };
    };
    const before = await metrics();
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Import", exact: true }).click()]);
    await chooser.setFiles({ name: file.name, mimeType: "application/json", buffer: Buffer.from(file.text) });
    await page.getByTestId("notice").waitFor({ timeout: 300_000 });
    const title = (await page.getByTestId("notice-title").textContent()).trim();
    const detail = (await page.getByTestId("notice-detail").textContent()).trim();
    const opened = title.startsWith("Opened");
    if (opened) await page.waitForFunction(() => window.__import.all !== undefined, null, { timeout: 300_000 });
    const after = await metrics();
    const result = await page.evaluate(() => {
      const seen = window.__import;
      const read = performance.getEntriesByName("conway:import").map((e) => e.duration);
      return {
        read: read[read.length - 1],
        first: seen.first === undefined ? null : seen.first - seen.chosen,
        all: seen.all === undefined ? null : seen.all - seen.chosen,
      };
    });
    if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
    if (result.read === undefined) throw new Error(`no "conway:import" measure (notice: ${title})`);
    return { title, detail, opened, ...result, script: after.script - before.script, layout: after.layout - before.layout };
  } finally {
    await context.close();
  }
}

/** Imports the generated file of `count` elements IMPORT_RUNS times (a fresh
 * context each, so browser storage starts empty) and returns the file's size
 * and the median, min and max of each figure. */
export async function measureImport(browser, url, count, perElement) {
  const file = generatedFile(count, perElement);
  const runs = [];
  for (let i = 0; i < IMPORT_RUNS; i++) runs.push(await importOnce(browser, url, file));
  const opened = runs.every((r) => r.opened);
  if (!opened && runs.some((r) => r.opened)) throw new Error(`the file opened in some runs only: ${runs.map((r) => r.title).join(" / ")}`);
  return {
    count,
    relationships: file.relationships,
    bytes: file.bytes,
    opened,
    title: runs[0].title,
    detail: runs[0].detail,
    read: stats(runs.map((r) => r.read)),
    first: opened ? stats(runs.map((r) => r.first)) : null,
    all: opened ? stats(runs.map((r) => r.all)) : null,
    script: stats(runs.map((r) => r.script)),
    layout: stats(runs.map((r) => r.layout)),
  };
}

/** Opens a generated workspace of `count` elements, selects one element and
 * nudges it with the arrow key SAVES times, waiting for each autosave; returns
 * the median, min and max "conway:autosave" measure and the stored size. */
export async function measureAutosave(browser, url, count) {
  const { context, page, errors } = await openSeeded(browser, url, generatedWorkspace(count));
  try {
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="view-system"] [data-node-id]').length === n, count, { timeout: 120_000 });
    const node = page.locator('[data-testid="view-system"] [data-node-id="bench-00000"]');
    await node.focus();
    await node.press("Enter");
    const saves = () => page.evaluate(() => performance.getEntriesByName("conway:autosave").length);
    const before = await saves();
    for (let i = 1; i <= SAVES; i++) {
      await page.keyboard.press(i % 2 ? "ArrowRight" : "ArrowDown");
      await page.waitForFunction((n) => performance.getEntriesByName("conway:autosave").length >= n, before + i, { timeout: 60_000 });
    }
    await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.textContent.trim() === "Saved", null, { timeout: 60_000 });
    const { times, stored } = await page.evaluate(() => ({
      times: performance.getEntriesByName("conway:autosave").map((e) => e.duration),
      stored: localStorage.getItem("conway/workspace/bench").length,
    }));
    if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
    return { count, relationships: Math.floor(count * 1.5), stored, saves: SAVES, ...stats(times.slice(before)) };
  } finally {
    await context.close();
  }
}
