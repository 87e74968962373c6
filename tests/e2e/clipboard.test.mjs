// Copy, cut, paste and duplicate through the system clipboard as workspace
// JSON: pasted elements get fresh ids, and pasting works between two tabs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./support.mjs";

const app = useApp();

test("copy in one tab and paste in another gives new elements with fresh ids", async () => {
  const { app: first, context } = await app.open({ permissions: ["clipboard-read", "clipboard-write"] });
  await first.pane("system").clickNode("person-customer");
  await first.pane("system").shiftClickNode("system-online-store");
  await first.press("Control+c");
  const copied = await first.page.evaluate(() => navigator.clipboard.readText());
  const file = JSON.parse(copied);
  assert.equal(file.format, "conway-workspace", "the clipboard holds a workspace file");
  assert.deepEqual(file.elements.map((e) => e.id).sort(), ["person-customer", "system-online-store"]);
  assert.equal(file.relationships.length, 1, "the relationship between them comes along");

  const { ConwayPage } = await import("./conway-page.mjs");
  const second = new ConwayPage(await context.newPage());
  await second.open(app.url);
  const before = await second.pane("system").nodeIds();
  await second.press("Control+v");
  await second.waitForDetailsName("2 elements selected");
  const added = (await second.pane("system").nodeIds()).filter((id) => !before.includes(id));
  assert.equal(added.length, 2);
  assert.ok(added.every((id) => !["person-customer", "system-online-store"].includes(id)), "fresh ids");
  assert.equal((await second.pane("system").idsNamed("Customer")).length, 2, "the copy sits beside the original");
  await second.press("Control+z");
  assert.deepEqual((await second.pane("system").nodeIds()).sort(), before.sort(), "a paste is one undo step");
});

test("cut removes from the view; duplicate copies next to the original, keeping its owner", async () => {
  const { app: conway } = await app.open({ permissions: ["clipboard-read", "clipboard-write"] });
  const system = conway.pane("system");
  await system.clickNode("ext-payments-provider");
  await conway.press("Control+d");
  const copies = await system.idsNamed("Payments Provider");
  assert.equal(copies.length, 2);
  const copy = copies.find((id) => id !== "ext-payments-provider");
  const a = await system.nodePosition("ext-payments-provider");
  const b = await system.nodePosition(copy);
  assert.deepEqual([b.x - a.x, b.y - a.y], [24, 24]);
  const details = await conway.elementDetails();
  assert.equal(details.owner, "Payments & Fraud");

  await conway.press("Control+x");
  await system.node(copy).waitFor({ state: "detached" });
  await conway.press("Control+v");
  assert.equal((await system.idsNamed("Payments Provider")).length, 2, "the cut element pastes back");
});
