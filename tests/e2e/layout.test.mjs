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
  await conway.selectView("system", CONTAINERS);
  await conway.clickNode("system", PINNED);
  await conway.setPinned(true);
  assert.equal(await conway.isPinned("system", PINNED), true, "the canvas shows the pin");
  await conway.pressEscape();
  const before = await conway.positions("system");

  await conway.autoLayout("system");
  await conway.waitForLayoutChange("system", before);
  const after = await conway.positions("system");
  assert.deepEqual(after[PINNED], before[PINNED], "the pinned element did not move");
  const moved = Object.keys(before).filter((id) => after[id].x !== before[id].x || after[id].y !== before[id].y);
  assert.ok(moved.length > 3, `most elements move (${moved.length})`);

  await conway.undoButton.click();
  await conway.waitForPositions("system", before);
  assert.equal(await conway.isPinned("system", PINNED), true, "undoing the layout keeps the pin");

  // The pin is saved with the workspace.
  await conway.waitForSaveStatus("Saved");
  await conway.reload();
  await conway.selectView("system", CONTAINERS);
  assert.equal(await conway.isPinned("system", PINNED), true, "the pin survives a reload");
  assert.deepEqual(conway.errors, []);
});

test("Shift+L with two elements selected lays out only those; Pin every element leaves nothing to move", async () => {
  const { app: conway, page } = await app.open();
  await conway.selectView("system", CONTAINERS);
  const before = await conway.positions("system");
  const chosen = ["search-service", "search-index"];
  await conway.clickNode("system", chosen[0]);
  await conway.shiftClickNode("system", chosen[1]);
  await conway.press("Shift+L");
  await conway.waitForLayoutChange("system", before);
  const after = await conway.positions("system");
  for (const id of Object.keys(before).filter((id) => !chosen.includes(id))) {
    assert.deepEqual(after[id], before[id], `${id} is not selected and stays`);
  }

  await conway.pressEscape();
  await conway.pane("system").getByRole("button", { name: "View actions" }).click();
  await page.getByRole("menuitem", { name: "Pin every element", exact: true }).click();
  await conway.autoLayout("system");
  const notice = await conway.waitForNotice();
  assert.equal(notice.title, "Nothing to move");
  assert.deepEqual(await conway.positions("system"), after);
});

test("the direction button flips auto-layout between top-down and left-right", async () => {
  const { app: conway } = await app.open();
  const button = conway.layoutDirection("system");
  assert.equal(await button.getAttribute("aria-label"), "Layout direction: top-down");
  await button.click();
  assert.equal(await button.getAttribute("aria-label"), "Layout direction: left-right");
});

test("an element added to a view or created by connecting lands beside its neighbours on free ground, moving nothing", async () => {
  const { app: conway, page } = await app.open();
  await conway.selectView("system", CONTAINERS);
  const before = await conway.positions("system");

  // An element related to one in the view goes beside it.
  await conway.viewAction("system", "Add existing element…");
  const dialog = page.getByRole("dialog", { name: "Add existing element" });
  await dialog.getByRole("searchbox", { name: "Filter elements" }).fill("Order API Controller");
  await dialog.getByRole("option", { name: /Order API Controller/ }).click();
  await conway.node("system", "order-api").waitFor();
  assert.deepEqual(await conway.overlapping("system", "order-api"), []);
  const boxes = await conway.boxes("system");
  const gateway = boxes["api-gateway"];
  const added = boxes["order-api"];
  const distance = Math.hypot(added.x - gateway.x, added.y - gateway.y);
  assert.ok(distance < 600, `beside the API gateway it is called by (${Math.round(distance)} units away)`);

  // Dropping a new connected element where another one stands puts it on free ground next to it.
  await conway.pressEscape();
  // A point of empty canvas just below the ERP (outside any boundary): a new box centred there would overlap it.
  const orders = boxes["ext-erp"];
  const screen = await conway.node("system", "ext-erp").locator(".focus-ring").boundingBox();
  const canvas = await conway.canvas("system").boundingBox();
  const scale = screen.width / (orders.width + 10);
  const drop = { x: orders.x + orders.width / 2, y: orders.y + orders.height + 24 };
  const empty = Object.values(boxes).every((b) => b.boundary || !(drop.x >= b.x && drop.x <= b.x + b.width && drop.y >= b.y && drop.y <= b.y + b.height));
  assert.ok(empty, "the drop point is on empty canvas");
  await conway.connect("system", "ext-erp", {
    x: screen.x - canvas.x + (drop.x - (orders.x - 5)) * scale,
    y: screen.y - canvas.y + (drop.y - (orders.y - 5)) * scale,
  });
  await conway.connectMenu("system").getByRole("menuitem", { name: "New External System" }).click();
  await conway.typeName("Tax Engine");
  const [id] = await conway.idsNamed("system", "Tax Engine");
  assert.deepEqual(await conway.overlapping("system", id), []);
  const after = await conway.positions("system");
  for (const [other, at] of Object.entries(before)) assert.deepEqual(after[other], at, `${other} did not move`);
});

test("after auto-layout relationships are drawn around the boxes: no segment passes through a box that is not its end", async () => {
  const { app: conway } = await app.open();
  await conway.selectView("system", CONTAINERS);
  const before = await conway.positions("system");
  await conway.autoLayout("system");
  await conway.waitForLayoutChange("system", before);
  const paths = await conway.edgePaths("system");
  const ends = Object.fromEntries(sample.relationships.map((r) => [r.id, [r.source, r.target]]));
  const drawn = Object.keys(paths);
  assert.ok(drawn.length > 10, `${drawn.length} relationships drawn`);
  const bent = drawn.filter((id) => paths[id].length > 2);
  assert.ok(bent.length > 0, "some relationships bend around boxes");
  assert.deepEqual(await conway.edgesThroughBoxes("system", ends), []);
});

test("a large view is laid out in the background: progress shows, the page stays usable, and Cancel leaves the view as it was", async () => {
  const { app: conway } = await app.open({ load: false });
  // layout-rs takes many seconds on 300 boxes: time enough to look and cancel.
  await conway.open(`${app.url}?layout-engine=layout-rs`);
  const notice = await conway.importFile({ name: "large.conway.json", content: JSON.stringify(generatedWorkspace(300)) });
  assert.equal(notice.role, "status", `the large workspace opens (${notice.title}: ${notice.detail})`);
  await conway.dismissNotice();
  await conway.nodes("system").first().waitFor();
  await conway.fit("system");
  const before = await conway.positions("system");
  assert.equal(Object.keys(before).length, 300);
  const undoable = await conway.undoButton.isEnabled();

  await conway.autoLayout("system");
  const progress = conway.layoutProgress("system");
  await progress.waitFor({ state: "visible" });
  assert.match(await progress.innerText(), /Laying out 300 elements/);
  assert.equal(await progress.getByRole("progressbar", { name: "Layout progress" }).count(), 1);
  // The main thread is free: selecting an element works while the layout runs.
  await conway.clickNode("system", "bench-00162");
  assert.deepEqual(await conway.idsIn("system", "selected", ["bench-00162"]), ["bench-00162"]);
  assert.equal(await progress.isVisible(), true, "still laying out");

  await conway.cancelLayout("system");
  await progress.waitFor({ state: "detached" });
  assert.deepEqual(await conway.positions("system"), before, "nothing moved");
  assert.equal(await conway.undoButton.isEnabled(), undoable, "no undo step was added");

  // Escape cancels too, and a cancelled layout can be run again.
  await conway.pressEscape();
  await conway.autoLayout("system");
  await progress.waitFor({ state: "visible" });
  await conway.pressEscape();
  await progress.waitFor({ state: "detached" });
  assert.deepEqual(await conway.positions("system"), before);
  assert.deepEqual(conway.errors, []);
});
