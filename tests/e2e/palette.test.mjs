// The palette: every kind named (accessible name and tooltip, with its key),
// each kind its own glyph, its letter adds it from the keyboard, and clicking
// a kind several times lays the new elements out side by side at the next
// free spot instead of piling them up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./support.mjs";

const app = useApp();

test("every palette button names its kind, and no two kinds share a glyph (shape and colour)", async () => {
  const { app: conway } = await app.open();
  for (const kind of ["system", "org"]) {
    const buttons = await conway.pane(kind).paletteButtons();
    assert.ok(buttons.length >= 4, kind);
    for (const b of buttons) {
      assert.match(b.name, /^Add \S/, `${kind}: ${b.name}`);
      assert.ok(b.title.startsWith(b.name), `${kind}: the tooltip names it too: ${b.title}`);
      assert.match(b.title, /\([A-Z];/, `${kind}: the tooltip gives its key: ${b.title}`);
    }
    const glyphs = new Map();
    for (const b of buttons) {
      assert.ok(!glyphs.has(b.glyph), `${b.name} looks like ${glyphs.get(b.glyph)}`);
      glyphs.set(b.glyph, b.name);
    }
  }
});

test("clicking a kind several times places each new element beside the last, never on it", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const before = await system.nodeIds();
  for (let i = 0; i < 3; i++) {
    await system.addFromPalette("Container");
    await conway.typeName(`New ${i}`);
  }
  const added = (await system.nodeIds()).filter((id) => !before.includes(id));
  assert.equal(added.length, 3);
  for (const id of added) {
    assert.deepEqual(await system.layout.overlapping(id), [], `${id} lies on nothing`);
  }
});

test("a kind's letter adds it to the map last worked in, beside what is there, ready to be named", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const org = conway.pane("org");
  const before = await system.nodeIds();
  await system.clickEmptyCanvas();
  await conway.press("c");
  await conway.typeName("Pricing Service");
  const [added] = await system.idsNamed("Pricing Service");
  assert.ok(added && !before.includes(added));
  assert.match(await system.nodeLabel(added), /Container/);
  assert.deepEqual(await system.layout.overlapping(added), []);
  // The same letter means the organisation's kind there; one with no kind there does nothing.
  const teams = await org.nodeCount();
  await org.clickEmptyCanvas();
  await conway.press("t");
  await conway.typeName("Pricing");
  assert.equal(await org.nodeCount(), teams + 1);
  await conway.press("c");
  assert.equal(await org.nodeCount(), teams + 1, "no container in the organisation");
  assert.equal(await conway.renameField.count(), 0);
});
