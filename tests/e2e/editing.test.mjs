// Editing by direct manipulation: a drag is one undo step, Escape cancels it,
// arrow keys nudge, Delete removes from the view, and edits survive a reload.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./support.mjs";

const app = useApp();
const CUSTOMER = "person-customer";
const STORE = "system-online-store";

function near(actual, expected, message) {
  assert.ok(Math.abs(actual - expected) < 0.5, `${message}: ${actual} is not ${expected}`);
}

test("dragging an element moves it, and undo and redo take one step each", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const before = await system.nodePosition(CUSTOMER);
  const zoom = await system.zoom();
  assert.equal(await conway.undoButton.isDisabled(), true);

  await system.dragNode(CUSTOMER, 120, 60);
  const after = await system.nodePosition(CUSTOMER);
  near(after.x - before.x, 120 / zoom, "moved right with the pointer");
  near(after.y - before.y, 60 / zoom, "moved down with the pointer");

  await conway.undoButton.click();
  assert.deepEqual(await system.nodePosition(CUSTOMER), before, "one undo reverts the whole drag");
  assert.equal(await conway.undoButton.isDisabled(), true, "the drag was a single step");
  await conway.redoButton.click();
  assert.deepEqual(await system.nodePosition(CUSTOMER), after);
  await conway.press("Control+z");
  assert.deepEqual(await system.nodePosition(CUSTOMER), before);
  await conway.press("Control+Shift+z");
  assert.deepEqual(await system.nodePosition(CUSTOMER), after);
  await conway.press("Control+z");
  await conway.press("Control+y");
  assert.deepEqual(await system.nodePosition(CUSTOMER), after);
  assert.deepEqual(conway.errors, []);
});

test("Escape during a drag puts the element back and leaves no undo step", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const before = await system.nodePosition(CUSTOMER);
  await system.dragNode(CUSTOMER, 150, 0, {
    beforeRelease: async () => {
      assert.notDeepEqual(await system.nodePosition(CUSTOMER), before, "it follows the pointer");
      await conway.press("Escape");
    },
  });
  assert.deepEqual(await system.nodePosition(CUSTOMER), before);
  assert.equal(await conway.undoButton.isDisabled(), true);
});

test("arrow keys nudge the selection, Shift for a bigger step, each press one step", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const before = await system.nodePosition(CUSTOMER);
  await system.clickNode(CUSTOMER);
  await conway.press("ArrowRight");
  await conway.press("ArrowRight");
  await conway.press("Shift+ArrowDown");
  const after = await system.nodePosition(CUSTOMER);
  near(after.x - before.x, 2, "two small steps right");
  near(after.y - before.y, 10, "one big step down");
  await conway.press("Control+z");
  near((await system.nodePosition(CUSTOMER)).y, before.y, "undo reverts the last press only");
  near((await system.nodePosition(CUSTOMER)).x - before.x, 2, "the earlier presses stay");
});

test("Shift-click selects several elements and a drag moves them together", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const a = await system.nodePosition(CUSTOMER);
  const b = await system.nodePosition(STORE);
  await system.clickNode(CUSTOMER);
  await system.shiftClickNode(STORE);
  await conway.waitForDetailsName("2 elements selected");
  await system.dragNode(CUSTOMER, 80, 40);
  const a2 = await system.nodePosition(CUSTOMER);
  const b2 = await system.nodePosition(STORE);
  near(a2.x - a.x, b2.x - b.x, "both moved the same distance across");
  near(a2.y - a.y, b2.y - b.y, "both moved the same distance down");
  assert.ok(a2.x > a.x);
  await system.shiftClickNode(STORE);
  assert.equal((await system.nodeState(STORE)).selected, false, "Shift-click again deselects");
});

test("Delete removes the selection from the view only, and undo brings it back", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  await system.clickNode(CUSTOMER);
  await conway.press("Delete");
  await system.node(CUSTOMER).waitFor({ state: "detached" });
  assert.ok(!(await system.nodeIds()).includes(CUSTOMER));
  await system.selectView("Online Store: Containers");
  assert.ok((await system.nodeIds()).includes(CUSTOMER), "the element is still in the model and its other views");
  await system.selectView("System Context");
  await conway.undoButton.click();
  await system.node(CUSTOMER).waitFor();
});

test("moving a boundary moves what it contains", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  await system.selectView("Online Store: Containers");
  const child = "api-gateway";
  const before = await system.nodePosition(child);
  const boundary = await system.nodePosition("boundary-online-store");
  // Press its label corner: the middle of a boundary is its children.
  await system.node("boundary-online-store").click({ position: { x: 30, y: 12 } });
  await conway.press("Shift+ArrowRight");
  near((await system.nodePosition("boundary-online-store")).x - boundary.x, 10, "boundary moved");
  near((await system.nodePosition(child)).x - before.x, 10, "its child moved with it");
});

test("a moved element stays where it was put after a reload", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  await system.dragNode(CUSTOMER, 100, 0);
  const moved = await system.nodePosition(CUSTOMER);
  await conway.waitForSaveStatus("Saved");
  await conway.reload();
  assert.deepEqual(await system.nodePosition(CUSTOMER), moved);
  assert.equal(await conway.undoButton.isDisabled(), true, "history is not saved");
});

test("a corner handle resizes the selected element as one undo step", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  await system.clickNode("ext-erp");
  const before = await system.nodeSize("ext-erp");
  const position = await system.nodePosition("ext-erp");
  const zoom = await system.zoom();
  await system.dragCorner("ext-erp", "bottomright", 45, 30);
  const after = await system.nodeSize("ext-erp");
  near(after.width - before.width, 45 / zoom, "wider by the drag");
  near(after.height - before.height, 30 / zoom, "taller by the drag");
  assert.deepEqual(await system.nodePosition("ext-erp"), position, "the opposite corner stays");
  await conway.undoButton.click();
  assert.deepEqual(await system.nodeSize("ext-erp"), before);
  assert.equal(await conway.undoButton.isDisabled(), true, "the resize was one step");
});

test("with snapping on, a drag lands on the 10-unit grid", async () => {
  const { app: conway, page } = await app.open();
  const system = conway.pane("system");
  await conway.toggleSnapToGrid();
  assert.equal(await conway.snapToGrid(), true);
  // Alt keeps other elements' edges out of it, so only the grid counts.
  await system.dragNode(CUSTOMER, 77, 33, { free: true });
  const p = await system.nodePosition(CUSTOMER);
  assert.equal(p.x % 10, 0, `x ${p.x} is on the grid`);
  assert.equal(p.y % 10, 0, `y ${p.y} is on the grid`);
});

test("a drag snaps to another element's edge with a guide line, and Alt drags freely", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const store = await system.nodePosition(STORE);
  const before = await system.nodePosition(CUSTOMER);
  const zoom = await system.zoom();
  // Aim the customer's left edge 3 pixels right of the store's left edge, far below it.
  const dx = (store.x - before.x) * zoom + 3;
  let guides = 0;
  await system.dragNode(CUSTOMER, dx, 40, {
    beforeRelease: async () => {
      guides = await system.guides.count();
    },
  });
  assert.ok(guides >= 1, "a guide shows while the edges line up");
  assert.equal(await system.guides.count(), 0, "guides go when the drag ends");
  assert.equal((await system.nodePosition(CUSTOMER)).x, store.x, "the left edges line up exactly");

  await conway.undoButton.click();
  await system.dragNode(CUSTOMER, dx, 40, { free: true });
  near((await system.nodePosition(CUSTOMER)).x, before.x + dx / zoom, "with Alt it follows the pointer");
});

test("dragging an element out of a boundary takes it out, and dropping it in nests it", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  await system.selectView("Online Store: Containers");
  await system.clickNode("mobile-app");
  assert.match(await conway.detailsText(), /Inside\s*Online Store/);
  const boundary = await system.node("boundary-online-store").locator(".shape").boundingBox();
  const app_ = await system.node("mobile-app").locator(".shape").boundingBox();
  // Out: past the boundary's top edge.
  await system.dragNode("mobile-app", 0, boundary.y - app_.y - app_.height - 30);
  await conway.waitForDetailsName("Mobile App");
  assert.doesNotMatch(await conway.detailsText(), /Inside/, "no longer inside the boundary");
  // Back in: into the middle of the boundary.
  const now = await system.node("mobile-app").locator(".shape").boundingBox();
  await system.dragNode("mobile-app", boundary.x + boundary.width / 2 - (now.x + now.width / 2), boundary.y + 60 - now.y);
  assert.match(await conway.detailsText(), /Inside\s*Online Store/);
  await conway.press("Control+z");
  assert.doesNotMatch(await conway.detailsText(), /Inside/, "undo reverts the move and the nesting together");
});
