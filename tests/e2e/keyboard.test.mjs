// What a pointer does on the canvas, a keyboard user can do too: reach an
// element with Tab, select it, then place, size and connect it with fields.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./support.mjs";

const app = useApp();

test("an element reached with Tab is sized and connected from the keyboard, each change one undo step", async () => {
  const { app: conway, page } = await app.open();
  const system = conway.pane("system");
  // Tab until an element of the system pane has focus, then Enter selects it.
  let focused = null;
  for (let i = 0; i < 100 && !focused; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.closest('[data-testid="view-system"] [data-node-id]')?.dataset.nodeId ?? null);
  }
  assert.ok(focused, "an element can be reached with Tab");
  await page.keyboard.press("Enter");
  assert.equal(await system.node(focused).getAttribute("aria-pressed"), "true");

  const before = await system.nodeSize(focused);
  await conway.setPlacementField("width", before.width + 100);
  assert.equal((await system.nodeSize(focused)).width, before.width + 100);
  await conway.undoButton.click();
  assert.deepEqual(await system.nodeSize(focused), before, "resizing by field is one step");

  const edges = await system.edgeIds();
  await system.clickNode(focused);
  await conway.connectToByName("Email Provider");
  const added = (await system.edgeIds()).filter((id) => !edges.includes(id));
  assert.equal(added.length, 1, "one relationship was added");
  await conway.undoButton.click();
  assert.deepEqual(await system.edgeIds(), edges);
});
