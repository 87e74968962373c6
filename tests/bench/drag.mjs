// Benchmark: script time per frame while dragging a selection of 50 elements
// in a view of 1,000 and 5,000 elements (1.5 relationships per element), in
// headless Chromium against the release build. Exports `measureDrag` for
// run.mjs, which writes docs/benchmarks.md.

/** A generated workspace file of the current format version: `count`
 * containers in one system view, the first 50 in a 10 × 5 block apart from the
 * rest, and `perElement` (1.5) relationships per element between near
 * neighbours (deterministic). */
export function generatedWorkspace(count, perElement = 1.5) {
  const id = (i) => `bench-${String(i).padStart(5, "0")}`;
  const elements = [];
  const placements = [];
  const restColumns = Math.ceil(Math.sqrt(count * 2));
  for (let i = 0; i < count; i++) {
    elements.push({ id: id(i), kind: "container", name: `Service ${i}`, technology: "Rust", description: `Generated service number ${i}.` });
    const [column, row, top] = i < 50 ? [i % 10, Math.floor(i / 10), 0] : [(i - 50) % restColumns, Math.floor((i - 50) / restColumns), 5 * 140 + 600];
    placements.push({ element: id(i), x: column * 220, y: top + row * 140, width: 160, height: 80 });
  }
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const relationships = [];
  for (let r = 0; r < Math.floor(count * perElement); r++) {
    const source = Math.floor(random() * count);
    let target = (source + 1 + Math.floor(random() * 12)) % count;
    relationships.push({ id: `rel-${r}`, kind: "uses", source: id(source), target: id(target), description: "Calls", technology: "HTTPS", synchrony: "sync" });
  }
  return {
    format: "conway-workspace",
    version: 2,
    name: `Generated ${count}`,
    description: "",
    concerns: [],
    elements,
    relationships,
    views: [{ id: "view-bench", kind: "system", name: "Everything", description: "", placements }],
    decisions: [],
    principles: [],
    glossary: [],
  };
}

/** A fresh browser context whose first page load finds `file` saved as the
 * open workspace; opens `url` and returns the context, the page and a list
 * that collects page errors. */
export async function openSeeded(browser, url, file) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, serviceWorkers: "block" });
  const text = `conway-record 1\n${JSON.stringify(file)}\n`;
  await context.addInitScript((record) => {
    if (!sessionStorage.getItem("bench-seeded")) {
      localStorage.setItem("conway/workspace/bench", record);
      localStorage.setItem("conway/last-open", "bench");
      sessionStorage.setItem("bench-seeded", "1");
    }
  }, text);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  return { context, page, errors };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/** Opens a generated workspace of `count` elements, selects the 50-element
 * block with a marquee, drags it in `steps` pointer moves and returns the
 * median and worst script and task time per frame, in ms. */
export async function measureDrag(browser, url, count, steps = 30) {
  const { context, page, errors } = await openSeeded(browser, url, generatedWorkspace(count));
  const pane = page.getByTestId("view-system");
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="view-system"] [data-node-id]').length === n, count, { timeout: 120_000 });

  // Middle-drag the block into the clear part of the pane, as a user would.
  const blockBox = () => page.evaluate(() => {
    const boxes = [...document.querySelectorAll('[data-testid="view-system"] [data-node-id]')]
      .filter((g) => Number(g.dataset.nodeId.slice(6)) < 50)
      .map((g) => g.querySelector(".shape").getBoundingClientRect());
    return {
      left: Math.min(...boxes.map((b) => b.left)), top: Math.min(...boxes.map((b) => b.top)),
      right: Math.max(...boxes.map((b) => b.right)), bottom: Math.max(...boxes.map((b) => b.bottom)),
      first: { x: boxes[0].left + boxes[0].width / 2, y: boxes[0].top + boxes[0].height / 2 },
    };
  });
  const paneBox = await pane.locator("svg.canvas").boundingBox();
  let block = await blockBox();
  // Press in the empty band at the top right of the pane and pull the block into view.
  const press = { x: paneBox.x + paneBox.width - 40, y: paneBox.y + 30 };
  await page.mouse.move(press.x, press.y);
  await page.mouse.down({ button: "middle" });
  await page.mouse.move(press.x + (paneBox.x + 140 - block.left), press.y + (paneBox.y + 140 - block.top), { steps: 4 });
  await page.mouse.up({ button: "middle" });
  block = await blockBox();
  // From the empty space beside the block's top right corner (relationships
  // leaving the block run downwards, towards the rest).
  await page.mouse.move(block.right + 6, block.top - 6);
  await page.mouse.down();
  await page.mouse.move(block.left - 4, block.bottom + 4, { steps: 5 });
  await page.mouse.up();
  const selected = await pane.locator('[data-node-id][aria-pressed="true"]').count();
  if (selected !== 50) throw new Error(`the marquee selected ${selected} elements, not 50`);

  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const metrics = async () => {
    const { metrics: list } = await cdp.send("Performance.getMetrics");
    const get = (name) => list.find((m) => m.name === name).value * 1000;
    return { script: get("ScriptDuration"), task: get("TaskDuration"), layout: get("LayoutDuration"), style: get("RecalcStyleDuration") };
  };
  const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

  const script = [];
  const task = [];
  const layout = [];
  const style = [];
  await page.mouse.move(block.first.x, block.first.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    const before = await metrics();
    await page.mouse.move(block.first.x + i * 5, block.first.y + i * 3);
    await frame();
    const after = await metrics();
    script.push(after.script - before.script);
    task.push(after.task - before.task);
    layout.push(after.layout - before.layout);
    style.push(after.style - before.style);
  }
  const beforeDrop = await metrics();
  await page.mouse.up();
  await frame();
  const afterDrop = await metrics();
  const drop = afterDrop.task - beforeDrop.task;
  const dropScript = afterDrop.script - beforeDrop.script;
  const moved = await page.evaluate(() => document.querySelector('[data-node-id="bench-00000"]').getAttribute("transform"));
  await context.close();
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
  return {
    count,
    relationships: Math.floor(count * 1.5),
    scriptMedian: median(script),
    scriptMax: Math.max(...script),
    taskMedian: median(task),
    taskMax: Math.max(...task),
    layoutMedian: median(layout),
    styleMedian: median(style),
    drop,
    dropScript,
    moved,
  };
}
