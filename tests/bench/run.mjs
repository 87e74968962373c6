// `make bench`: measures the release build in headless Chromium and writes
// the figures, with the date and the machine, to docs/benchmarks.md.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serve, launch, dist } from "../e2e/harness.mjs";
import { sizes, firstDrawn, RUNS } from "./load.mjs";
import { measureDrag } from "./drag.mjs";
import { measureLayout } from "./layout.mjs";
import { measureImport, measureAutosave, IMPORT_RUNS, SAVES } from "./files.mjs";
import { measureSharing } from "./share.mjs";
import { measureLegibility } from "./legibility.mjs";

const out = path.resolve(dist, "../docs/benchmarks.md");
// What follows this line in docs/benchmarks.md is written by hand (size
// histories, one-off measurements) and kept by every run.
const HAND = "<!-- Written by hand below this line; make bench keeps it. -->";
const kept = fs.existsSync(out) ? (fs.readFileSync(out, "utf8").split(HAND)[1] ?? "\n") : "\n";
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const loadAtStart = os.loadavg()[0];
const server = await serve();
const browser = await launch();
try {
  const rows = sizes();
  const load = await firstDrawn(browser, server.url);
  const drags = [];
  for (const count of [1000, 5000]) {
    console.log(`dragging 50 of ${count} elements…`);
    drags.push(await measureDrag(browser, server.url, count));
  }
  // 10,000 elements with as many relationships as fit in browser storage
  // (0.5 per element), then with the 1.5 per element of the views above.
  const imports = [];
  for (const perElement of [0.5, 1.5]) {
    console.log(`importing 10,000 elements, ${perElement} relationships each…`);
    imports.push(await measureImport(browser, server.url, 10000, perElement));
  }
  if (!imports[0].opened) throw new Error(`the 10,000-element file did not open: ${imports[0].title}: ${imports[0].detail}`);
  console.log("autosaving 1,000 elements…");
  const autosave = await measureAutosave(browser, server.url, 1000);
  // Both engines at every size; a layout over a minute is cancelled.
  const layouts = [];
  for (const count of [30, 100, 200, 500, 1000, 2000]) {
    for (const engine of ["sugiyama", "layout-rs"]) {
      console.log(`laying out ${count} elements with ${engine}…`);
      layouts.push(await measureLayout(browser, server.url, count, engine));
    }
  }
  console.log("pictures, publishing and a share link…");
  const sharing = await measureSharing(browser, server.url);
  console.log("legibility: names on opening, labels after auto-layout…");
  const legibility = await measureLegibility(browser, server.url);
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const date = new Date().toISOString().slice(0, 10);
  const machine = `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()}`;
  const goal = (count) => (count <= 1000 ? 8 : 16.7);
  const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;
  const range = (s, f = ms) => `**${f(s.median)}** (${f(s.min)}–${f(s.max)})`;
  const sec = (n) => `${(n / 1000).toFixed(1)} s`;
  const importRow = (i) =>
    i.opened
      ? `| ${i.count} | ${i.relationships} | ${mb(i.bytes)} | ${range(i.read)} | ${range(i.first, sec)} | ${range(i.all, sec)} | ${sec(i.script.median)} | ${sec(i.layout.median)} |`
      : `| ${i.count} | ${i.relationships} | ${mb(i.bytes)} | ${range(i.read)} | not opened: "${i.title}: ${i.detail}" | | | |`;
  const text = `# Benchmarks

Measured by \`make bench\` (tests/bench/) against the release build in headless
Chromium (software rendering, no GPU). Figures are from one machine on one
day; compare runs on the same machine only.

Measured ${date} on ${machine}; load average (1 minute) ${loadAtStart.toFixed(2)} at the start,
${os.loadavg()[0].toFixed(2)} at the end (other work on the machine slows every figure).

## First load

| file | raw | gzip |
|---|---|---|
${rows.map(([k, r, g]) => `| ${k} | ${kb(r)} | ${kb(g)} |`).join("\n")}

Navigation to the first drawn element of the sample workspace (median of ${RUNS}
cold loads, service worker off, localhost): **${load.median.toFixed(0)} ms**
(min ${load.min.toFixed(0)} ms, max ${load.max.toFixed(0)} ms).

## Dragging a selection

A generated workspace with one system view of N containers and 1.5 N
relationships; a marquee selects a block of 50, which is dragged in 30 pointer
moves. Per frame (one pointer move and the two animation frames after it), from
Chromium's performance metrics: script time (the goal), and the whole
main-thread task time, which here is mostly software painting.

| elements | relationships | script per frame, median | worst | goal | task per frame, median | release (one Move command and redraw) |
|---|---|---|---|---|---|---|
${drags.map((d) => `| ${d.count} | ${d.relationships} | **${ms(d.scriptMedian)}** | ${ms(d.scriptMax)} | < ${goal(d.count)} ms | ${ms(d.taskMedian)} | ${ms(d.drop)} (script ${ms(d.dropScript)}) |`).join("\n")}

## Import and autosave

Importing a generated file (containers in one system view, as above, written
as Conway writes files) through the Import button's file chooser, each time
in a fresh browser context with the sample open; median of ${IMPORT_RUNS} imports
(min–max). *Read and validate* is the app's own User Timing measure
\`conway:import\` (src/app/timing.rs): \`format::read\` parsing, migrating and
checking the whole file. *To first drawn* and *to all drawn* run from the
file being handed over (the input's change event) to the animation frame after
the first and the last of its elements is in the page: reading the file, read
and validate, storing it as a new workspace, opening and drawing it; *script*
and *style and layout* are Chromium's main-thread time for each meanwhile.

| elements | relationships | file | read and validate | to first drawn | to all drawn | script | style and layout |
|---|---|---|---|---|---|---|---|
${imports.map(importRow).join("\n")}

An import is stored as a new workspace before it opens, and Chromium keeps at
most 5 MiB (about 5.2 million characters) of localStorage per site, the
sample included: a file much over 5 MB is refused with the message above,
whatever the format's limits (20,000 elements, 20 MB) allow.

Autosave of a generated workspace of ${autosave.count.toLocaleString("en")} elements and ${autosave.relationships.toLocaleString("en")}
relationships (stored as ${mb(autosave.stored)}), after each of ${SAVES} arrow-key nudges of
one element: the app's measure \`conway:autosave\` covers one save once the
300 ms quiet time has passed: checking for changes (serialising the workspace
and comparing it with the last save), serialising it to write, and writing the
record and the list's summary to localStorage. Median ${range(autosave, ms)}.

## Auto-layout

The same generated views, laid out with the layout button, once per engine
(\`?layout-engine=\` picks it; the app itself picks layout-rs up to 40 boxes
and rust-sugiyama above). The layout runs in a web worker. *Click to drawn*
runs from the click until the frame after the new drawing, in a fresh page,
so it includes starting the worker (a user's pointer on the button starts it
ahead of the click; the bench clicks without hovering). Its parts: starting
the worker, laying out in the worker, applying the result (one \`Layout\`
command and the redraw's script), and drawing (style, layout and paint up to
the next frame). Also: the longest main-thread task while the worker lays
out (goal: none over 50 ms) and while the result is applied and drawn; edge
crossings and straight edges passing through a box that is not their end,
counted on the result. A layout still running after a minute is cancelled.

| elements | relationships | engine | click to drawn | start + lay out + apply + draw | longest task while laying out | applying and drawing | crossings | edges through boxes |
|---|---|---|---|---|---|---|---|---|
${layouts.map((l) => l.cancelled
    ? `| ${l.count} | ${l.relationships} | ${l.engine} | > ${(l.drawn / 1000).toFixed(0)} s, cancelled | | ${ms(l.longest)} | | | |`
    : `| ${l.count} | ${l.relationships} | ${l.engine} | **${ms(l.drawn)}** | ${l.phases.map((p) => p.toFixed(0)).join(" + ")} ms | ${ms(l.longest)} | ${ms(l.applying)} | ${l.crossings} | ${l.throughBoxes} |`).join("\n")}

Goals: 1,000 elements and 1,500 relationships laid out in under 1 s in the
browser, with no main-thread task over 50 ms while it runs.

How the canvas stays quick: a drag moves only a preview (the moving elements
and their relationships follow one offset signal; the model changes once, on
release); every element and relationship has its own reactive cell, so a
change redraws only what it touches; below 15 % zoom labels are not drawn.

## Sharing

Median of 3 (min–max), from User Timing measures in the app. The reference is
writing the same workspace as a \`.conway.json\` file (Export → Workspace file)
in the same run.

| what | time | reference: the file | ratio |
|---|---|---|---|
| SVG picture of a 1,000-element view (1,500 relationships) | ${range(sharing.svg)} | ${range(sharing.file)} | ${(sharing.svg.median / sharing.file.median).toFixed(1)} × |
| PNG 2x of the same (rasterise, embed the workspace) | ${range(sharing.png)} | ${range(sharing.file)} | ${(sharing.png.median / sharing.file.median).toFixed(1)} × |
| publishing the sample as a web page (files worker, started each time) | ${range(sharing.publish)} | ${range(sharing.sampleFile)} | ${(sharing.publish.median / sharing.sampleFile.median).toFixed(0)} × |
| the sample's share link (write, deflate, base64url) | ${range(sharing.link)} | ${range(sharing.sampleFile)} | ${(sharing.link.median / sharing.sampleFile.median).toFixed(1)} × |

The sample's share link is ${sharing.linkLength.toLocaleString("en")} characters long.

## Legibility

The smallest on-screen size of the element names when the sample first opens
(no action taken), measured from the rendered text (font size × zoom) of every
name inside each canvas; the goal is at least 11 px.

| window | system map: smallest name | names on screen | organisation map: smallest name | names on screen |
|---|---|---|---|---|
${legibility.opened.map((o) => `| ${o.size} | **${o.system.smallest.toFixed(1)} px** | ${o.system.count} | **${o.org.smallest.toFixed(1)} px** | ${o.org.count} |`).join("\n")}

Relationship labels that overlap another label or an element's box after
auto-layout (goal: 0), per view of the sample and for a generated view:

| view | labels | overlapping |
|---|---|---|
${legibility.labels.map((l) => `| ${l.view} | ${l.labels} | **${l.overlapping}** |`).join("\n")}

${HAND}${kept}`;
  fs.writeFileSync(out, text);
  console.log(text);
  const missed = drags.filter((d) => d.scriptMedian >= goal(d.count));
  if (missed.length) {
    console.error(`goal missed for ${missed.map((d) => d.count).join(", ")} elements`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.close();
}
