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
  const before = await conway.nodePosition("system", CUSTOMER);
  const zoom = await conway.zoom("system");
  assert.equal(await conway.undoButton.isDisabled(), true);

  await conway.dragNode("system", CUSTOMER, 120, 60);
  const after = await conway.nodePosition("system", CUSTOMER);
  near(after.x - before.x, 120 / zoom, "moved right with the pointer");
  near(after.y - before.y, 60 / zoom, "moved down with the pointer");

  await conway.undoButton.click();
  assert.deepEqual(await conway.nodePosition("system", CUSTOMER), before, "one undo reverts the whole drag");
  assert.equal(await conway.undoButton.isDisabled(), true, "the drag was a single step");
  await conway.redoButton.click();
  assert.deepEqual(await conway.nodePosition("system", CUSTOMER), after);
  await conway.press("Control+z");
  assert.deepEqual(await conway.nodePosition("system", CUSTOMER), before);
  await conway.press("Control+Shift+z");
  assert.deepEqual(await conway.nodePosition("system", CUSTOMER), after);
  await conway.press("Control+z");
  await conway.press("Control+y");
  assert.deepEqual(await conway.nodePosition("system", CUSTOMER), after);
  assert.deepEqual(conway.errors, []);
});

test("Escape during a drag puts the element back and leaves no undo step", async () => {
  const { app: conway } = await app.open();
  const before = await conway.nodePosition("system", CUSTOMER);
  await conway.dragNode("system", CUSTOMER, 150, 0, {
    beforeRelease: async () => {
      assert.notDeepEqual(await conway.nodePosition("system", CUSTOMER), before, "it follows the pointer");
      await conway.press("Escape");
    },
  });
  assert.deepEqual(await conway.nodePosition("system", CUSTOMER), before);
  assert.equal(await conway.undoButton.isDisabled(), true);
});

test("arrow keys nudge the selection, Shift for a bigger step, each press one step", async () => {
  const { app: conway } = await app.open();
  const before = await conway.nodePosition("system", CUSTOMER);
  await conway.clickNode("system", CUSTOMER);
  await conway.press("ArrowRight");
  await conway.press("ArrowRight");
  await conway.press("Shift+ArrowDown");
  const after = await conway.nodePosition("system", CUSTOMER);
  near(after.x - before.x, 2, "two small steps right");
  near(after.y - before.y, 10, "one big step down");
  await conway.press("Control+z");
  near((await conway.nodePosition("system", CUSTOMER)).y, before.y, "undo reverts the last press only");
  near((await conway.nodePosition("system", CUSTOMER)).x - before.x, 2, "the earlier presses stay");
});

test("Shift-click selects several elements and a drag moves them together", async () => {
  const { app: conway } = await app.open();
  const a = await conway.nodePosition("system", CUSTOMER);
  const b = await conway.nodePosition("system", STORE);
  await conway.clickNode("system", CUSTOMER);
  await conway.shiftClickNode("system", STORE);
  await conway.waitForDetailsName("2 elements selected");
  await conway.dragNode("system", CUSTOMER, 80, 40);
  const a2 = await conway.nodePosition("system", CUSTOMER);
  const b2 = await conway.nodePosition("system", STORE);
  near(a2.x - a.x, b2.x - b.x, "both moved the same distance across");
  near(a2.y - a.y, b2.y - b.y, "both moved the same distance down");
  assert.ok(a2.x > a.x);
  await conway.shiftClickNode("system", STORE);
  assert.equal((await conway.nodeState("system", STORE)).selected, false, "Shift-click again deselects");
});

test("Delete removes the selection from the view only, and undo brings it back", async () => {
  const { app: conway } = await app.open();
  await conway.clickNode("system", CUSTOMER);
  await conway.press("Delete");
  await conway.node("system", CUSTOMER).waitFor({ state: "detached" });
  assert.ok(!(await conway.nodeIds("system")).includes(CUSTOMER));
  await conway.selectView("system", "Online Store: Containers");
  assert.ok((await conway.nodeIds("system")).includes(CUSTOMER), "the element is still in the model and its other views");
  await conway.selectView("system", "System Context");
  await conway.undoButton.click();
  await conway.node("system", CUSTOMER).waitFor();
});

test("moving a boundary moves what it contains", async () => {
  const { app: conway } = await app.open();
  await conway.selectView("system", "Online Store: Containers");
  const child = "api-gateway";
  const before = await conway.nodePosition("system", child);
  const boundary = await conway.nodePosition("system", "boundary-online-store");
  // Press its label corner: the middle of a boundary is its children.
  await conway.node("system", "boundary-online-store").click({ position: { x: 30, y: 12 } });
  await conway.press("Shift+ArrowRight");
  near((await conway.nodePosition("system", "boundary-online-store")).x - boundary.x, 10, "boundary moved");
  near((await conway.nodePosition("system", child)).x - before.x, 10, "its child moved with it");
});

test("a moved element stays where it was put after a reload", async () => {
  const { app: conway } = await app.open();
  await conway.dragNode("system", CUSTOMER, 100, 0);
  const moved = await conway.nodePosition("system", CUSTOMER);
  await conway.waitForSaveStatus("Saved");
  await conway.reload();
  assert.deepEqual(await conway.nodePosition("system", CUSTOMER), moved);
  assert.equal(await conway.undoButton.isDisabled(), true, "history is not saved");
});

test("a corner handle resizes the selected element as one undo step", async () => {
  const { app: conway } = await app.open();
  await conway.clickNode("system", "ext-erp");
  const before = await conway.nodeSize("system", "ext-erp");
  const position = await conway.nodePosition("system", "ext-erp");
  const zoom = await conway.zoom("system");
  await conway.dragCorner("system", "ext-erp", "bottomright", 45, 30);
  const after = await conway.nodeSize("system", "ext-erp");
  near(after.width - before.width, 45 / zoom, "wider by the drag");
  near(after.height - before.height, 30 / zoom, "taller by the drag");
  assert.deepEqual(await conway.nodePosition("system", "ext-erp"), position, "the opposite corner stays");
  await conway.undoButton.click();
  assert.deepEqual(await conway.nodeSize("system", "ext-erp"), before);
  assert.equal(await conway.undoButton.isDisabled(), true, "the resize was one step");
});

test("with snapping on, a drag lands on the 10-unit grid", async () => {
  const { app: conway, page } = await app.open();
  await page.getByRole("button", { name: "Snap to grid" }).click();
  assert.equal(await page.getByRole("button", { name: "Snap to grid" }).getAttribute("aria-pressed"), "true");
  // Alt keeps other elements' edges out of it, so only the grid counts.
  await conway.dragNode("system", CUSTOMER, 77, 33, { free: true });
  const p = await conway.nodePosition("system", CUSTOMER);
  assert.equal(p.x % 10, 0, `x ${p.x} is on the grid`);
  assert.equal(p.y % 10, 0, `y ${p.y} is on the grid`);
});

test("a drag snaps to another element's edge with a guide line, and Alt drags freely", async () => {
  const { app: conway } = await app.open();
  const store = await conway.nodePosition("system", STORE);
  const before = await conway.nodePosition("system", CUSTOMER);
  const zoom = await conway.zoom("system");
  // Aim the customer's left edge 3 pixels right of the store's left edge, far below it.
  const dx = (store.x - before.x) * zoom + 3;
  let guides = 0;
  await conway.dragNode("system", CUSTOMER, dx, 40, {
    beforeRelease: async () => {
      guides = await conway.guides("system").count();
    },
  });
  assert.ok(guides >= 1, "a guide shows while the edges line up");
  assert.equal(await conway.guides("system").count(), 0, "guides go when the drag ends");
  assert.equal((await conway.nodePosition("system", CUSTOMER)).x, store.x, "the left edges line up exactly");

  await conway.undoButton.click();
  await conway.dragNode("system", CUSTOMER, dx, 40, { free: true });
  near((await conway.nodePosition("system", CUSTOMER)).x, before.x + dx / zoom, "with Alt it follows the pointer");
});

test("dragging an element out of a boundary takes it out, and dropping it in nests it", async () => {
  const { app: conway } = await app.open();
  await conway.selectView("system", "Online Store: Containers");
  await conway.clickNode("system", "mobile-app");
  assert.match(await conway.detailsText(), /Inside\s*Online Store/);
  const boundary = await conway.node("system", "boundary-online-store").locator(".shape").boundingBox();
  const app_ = await conway.node("system", "mobile-app").locator(".shape").boundingBox();
  // Out: past the boundary's top edge.
  await conway.dragNode("system", "mobile-app", 0, boundary.y - app_.y - app_.height - 30);
  await conway.waitForDetailsName("Mobile App");
  assert.doesNotMatch(await conway.detailsText(), /Inside/, "no longer inside the boundary");
  // Back in: into the middle of the boundary.
  const now = await conway.node("system", "mobile-app").locator(".shape").boundingBox();
  await conway.dragNode("system", "mobile-app", boundary.x + boundary.width / 2 - (now.x + now.width / 2), boundary.y + 60 - now.y);
  assert.match(await conway.detailsText(), /Inside\s*Online Store/);
  await conway.press("Control+z");
  assert.doesNotMatch(await conway.detailsText(), /Inside/, "undo reverts the move and the nesting together");
});
