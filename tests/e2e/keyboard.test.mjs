// What a pointer does on the canvas, a keyboard user can do too: reach an
// element with Tab, select it, then place, size and connect it with fields.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./support.mjs";

const app = useApp();

test("an element reached with Tab is sized and connected from the keyboard, each change one undo step", async () => {
  const { app: conway, page } = await app.open();
  // Tab until an element of the system pane has focus, then Enter selects it.
  let focused = null;
  for (let i = 0; i < 60 && !focused; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.closest('[data-testid="view-system"] [data-node-id]')?.dataset.nodeId ?? null);
  }
  assert.ok(focused, "an element can be reached with Tab");
  await page.keyboard.press("Enter");
  assert.equal(await conway.node("system", focused).getAttribute("aria-pressed"), "true");

  const before = await conway.nodeSize("system", focused);
  await conway.setPlacementField("width", before.width + 100);
  assert.equal((await conway.nodeSize("system", focused)).width, before.width + 100);
  await conway.undoButton.click();
  assert.deepEqual(await conway.nodeSize("system", focused), before, "resizing by field is one step");

  const edges = await conway.edgeIds("system");
  await conway.clickNode("system", focused);
  await conway.connectToByName("Email Provider");
  const added = (await conway.edgeIds("system")).filter((id) => !edges.includes(id));
  assert.equal(added.length, 1, "one relationship was added");
  await conway.undoButton.click();
  assert.deepEqual(await conway.edgeIds("system"), edges);
});
