// Views: one model, many views. Create, rename, duplicate and delete views,
// and add an element the model already holds to another view.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./support.mjs";

const app = useApp();

test("a new view starts empty and takes existing elements from the model", async () => {
  const { app: conway, page } = await app.open();
  const system = conway.pane("system");
  const views = await system.viewNames();
  await system.viewAction("New view");
  assert.deepEqual((await system.viewNames()).length, views.length + 1);
  assert.equal(await system.nodeCount(), 0, "a new view shows nothing yet");

  await system.viewAction("Add existing element…");
  const dialog = page.getByRole("dialog", { name: "Add existing element" });
  await dialog.getByRole("searchbox", { name: "Filter elements" }).fill("orders data");
  await dialog.getByRole("option", { name: /Orders Database/ }).click();
  await system.node("orders-db").waitFor();
  assert.equal(await system.nodeCount(), 1);
  await conway.waitForDetailsName("Orders Database");
  assert.match(await conway.detailsText(), /Online Store: Containers/, "the same element, now shown in several views");
});

test("rename, duplicate and delete a view, each undoable", async () => {
  const { app: conway, page } = await app.open();
  const system = conway.pane("system");
  await system.viewAction("Rename view…");
  const dialog = page.getByRole("dialog", { name: "Rename view" });
  await dialog.getByRole("textbox", { name: "View name" }).fill("Landscape");
  await dialog.getByRole("textbox", { name: "View name" }).press("Enter");
  assert.equal(await system.currentView(), "Landscape");

  const count = await system.nodeCount();
  await system.viewAction("Duplicate view");
  assert.equal(await system.currentView(), "Landscape (copy)");
  assert.equal(await system.nodeCount(), count, "the copy shows the same elements");

  page.once("dialog", (d) => d.accept());
  await system.viewAction("Delete view…");
  assert.ok(!(await system.viewNames()).includes("Landscape (copy)"));
  await conway.press("Control+z");
  assert.ok((await system.viewNames()).includes("Landscape (copy)"), "undo brings the view back");
  await conway.press("Control+z");
  await conway.press("Control+z");
  assert.ok((await system.viewNames()).includes("System Context"), "undo reverts the rename");
});
