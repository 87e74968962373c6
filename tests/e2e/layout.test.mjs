// Auto-layout that never destroys manual work: one undo step, pinned elements
// stay, the selection alone can be laid out, and pins are kept with the file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, sampleJson } from "./support.mjs";
import { generatedWorkspace } from "../bench/drag.mjs";

const app = useApp();
const sample = sampleJson();
const CONTAINERS = sample.views.find((v) => v.id === "view-containers").name;
const PINNED = "api-gateway";

test("the Layout button lays out the view as one undo step, and a pinned element stays exactly where it was", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  await system.selectView(CONTAINERS);
  await system.clickNode(PINNED);
  await conway.setPinned(true);
  assert.equal(await system.isPinned(PINNED), true, "the canvas shows the pin");
  await conway.pressEscape();
  const before = await system.layout.positions();

  await system.layout.run();
  await system.layout.waitForChange(before);
  const after = await system.layout.positions();
  assert.deepEqual(after[PINNED], before[PINNED], "the pinned element did not move");
  const moved = Object.keys(before).filter((id) => after[id].x !== before[id].x || after[id].y !== before[id].y);
  assert.ok(moved.length > 3, `most elements move (${moved.length})`);

  await conway.undoButton.click();
  await system.layout.waitForPositions(before);
  assert.equal(await system.isPinned(PINNED), true, "undoing the layout keeps the pin");

  // The pin is saved with the workspace.
  await conway.waitForSaveStatus("Saved");
  await conway.reload();
  await system.selectView(CONTAINERS);
  assert.equal(await system.isPinned(PINNED), true, "the pin survives a reload");
  assert.deepEqual(conway.errors, []);
});

test("Shift+L with two elements selected lays out only those; Pin every element leaves nothing to move", async () => {
  const { app: conway, page } = await app.open();
  const system = conway.pane("system");
  await system.selectView(CONTAINERS);
  const before = await system.layout.positions();
  const chosen = ["search-service", "search-index"];
  await system.clickNode(chosen[0]);
  await system.shiftClickNode(chosen[1]);
  await conway.press("Shift+L");
  await system.layout.waitForChange(before);
  const after = await system.layout.positions();
  for (const id of Object.keys(before).filter((id) => !chosen.includes(id))) {
    assert.deepEqual(after[id], before[id], `${id} is not selected and stays`);
  }

  await conway.pressEscape();
  await system.root.getByRole("button", { name: "View actions" }).click();
  await page.getByRole("menuitem", { name: "Pin every element", exact: true }).click();
  await system.layout.run();
  const notice = await conway.waitForNotice();
  assert.equal(notice.title, "Nothing to move");
  assert.deepEqual(await system.layout.positions(), after);
});

test("the direction button flips auto-layout between top-down and left-right", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const button = system.layout.direction;
  assert.equal(await button.getAttribute("aria-label"), "Layout direction: top-down");
  await button.click();
  assert.equal(await button.getAttribute("aria-label"), "Layout direction: left-right");
});

test("an element added to a view or created by connecting lands beside its neighbours on free ground, moving nothing", async () => {
  const { app: conway, page } = await app.open();
  const system = conway.pane("system");
  await system.selectView(CONTAINERS);
  const before = await system.layout.positions();

  // An element related to one in the view goes beside it.
  await system.viewAction("Add existing element…");
  const dialog = page.getByRole("dialog", { name: "Add existing element" });
  await dialog.getByRole("searchbox", { name: "Filter elements" }).fill("Order API Controller");
  await dialog.getByRole("option", { name: /Order API Controller/ }).click();
  await system.node("order-api").waitFor();
  assert.deepEqual(await system.layout.overlapping("order-api"), []);
  const boxes = await system.layout.boxes();
  const gateway = boxes["api-gateway"];
  const added = boxes["order-api"];
  const distance = Math.hypot(added.x - gateway.x, added.y - gateway.y);
  assert.ok(distance < 600, `beside the API gateway it is called by (${Math.round(distance)} units away)`);

  // Dropping a new connected element where another one stands puts it on free ground next to it.
  await conway.pressEscape();
  // A point of empty canvas just below the ERP (outside any boundary): a new box centred there would overlap it.
  const orders = boxes["ext-erp"];
  const screen = await system.node("ext-erp").locator(".focus-ring").boundingBox();
  const canvas = await system.canvas.boundingBox();
  const scale = screen.width / (orders.width + 10);
  const drop = { x: orders.x + orders.width / 2, y: orders.y + orders.height + 24 };
  const empty = Object.values(boxes).every((b) => b.boundary || !(drop.x >= b.x && drop.x <= b.x + b.width && drop.y >= b.y && drop.y <= b.y + b.height));
  assert.ok(empty, "the drop point is on empty canvas");
  await system.connect("ext-erp", {
    x: screen.x - canvas.x + (drop.x - (orders.x - 5)) * scale,
    y: screen.y - canvas.y + (drop.y - (orders.y - 5)) * scale,
  });
  await system.connectMenu.getByRole("menuitem", { name: "New External System" }).click();
  await conway.typeName("Tax Engine");
  const [id] = await system.idsNamed("Tax Engine");
  assert.deepEqual(await system.layout.overlapping(id), []);
  const after = await system.layout.positions();
  for (const [other, at] of Object.entries(before)) assert.deepEqual(after[other], at, `${other} did not move`);
});

test("after auto-layout relationships are drawn around the boxes: no segment passes through a box that is not its end", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  await system.selectView(CONTAINERS);
  const before = await system.layout.positions();
  await system.layout.run();
  await system.layout.waitForChange(before);
  const paths = await system.layout.edgePaths();
  const ends = Object.fromEntries(sample.relationships.map((r) => [r.id, [r.source, r.target]]));
  const drawn = Object.keys(paths);
  assert.ok(drawn.length > 10, `${drawn.length} relationships drawn`);
  const bent = drawn.filter((id) => paths[id].length > 2);
  assert.ok(bent.length > 0, "some relationships bend around boxes");
  assert.deepEqual(await system.layout.edgesThroughBoxes(ends), []);
});

test("a large view is laid out in the background: progress shows, the page stays usable, and Cancel leaves the view as it was", async () => {
  const { app: conway } = await app.open({ load: false });
  const system = conway.pane("system");
  // layout-rs takes many seconds on 300 boxes: time enough to look and cancel.
  await conway.open(`${app.url}?layout-engine=layout-rs`);
  const notice = await conway.importFile({ name: "large.conway.json", content: JSON.stringify(generatedWorkspace(300)) });
  assert.equal(notice.role, "status", `the large workspace opens (${notice.title}: ${notice.detail})`);
  await conway.dismissNotice();
  await system.nodes.first().waitFor();
  await system.fit();
  const before = await system.layout.positions();
  assert.equal(Object.keys(before).length, 300);
  const undoable = await conway.undoButton.isEnabled();

  await system.layout.run();
  const progress = system.layout.progress;
  await progress.waitFor({ state: "visible" });
  assert.match(await progress.innerText(), /Laying out 300 elements/);
  assert.equal(await progress.getByRole("progressbar", { name: "Layout progress" }).count(), 1);
  // The main thread is free: selecting an element works while the layout runs.
  await system.clickNode("bench-00162");
  assert.deepEqual(await system.idsIn("selected", ["bench-00162"]), ["bench-00162"]);
  assert.equal(await progress.isVisible(), true, "still laying out");

  await system.layout.cancel();
  await progress.waitFor({ state: "detached" });
  assert.deepEqual(await system.layout.positions(), before, "nothing moved");
  assert.equal(await conway.undoButton.isEnabled(), undoable, "no undo step was added");

  // Escape cancels too, and a cancelled layout can be run again.
  await conway.pressEscape();
  await system.layout.run();
  await progress.waitFor({ state: "visible" });
  await conway.pressEscape();
  await progress.waitFor({ state: "detached" });
  assert.deepEqual(await system.layout.positions(), before);
  assert.deepEqual(conway.errors, []);
});
