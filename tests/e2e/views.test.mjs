// Views: one model, many views. Create, rename, duplicate and delete views,
// and add an element the model already holds to another view.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./support.mjs";

const app = useApp();

test("a new view starts empty and takes existing elements from the model", async () => {
  const { app: conway, page } = await app.open();
  const views = await conway.viewNames("system");
  await conway.viewAction("system", "New view");
  assert.deepEqual((await conway.viewNames("system")).length, views.length + 1);
  assert.equal(await conway.nodeCount("system"), 0, "a new view shows nothing yet");

  await conway.viewAction("system", "Add existing element…");
  const dialog = page.getByRole("dialog", { name: "Add existing element" });
  await dialog.getByRole("searchbox", { name: "Filter elements" }).fill("orders data");
  await dialog.getByRole("option", { name: /Orders Database/ }).click();
  await conway.node("system", "orders-db").waitFor();
  assert.equal(await conway.nodeCount("system"), 1);
  await conway.waitForDetailsName("Orders Database");
  assert.match(await conway.detailsText(), /Online Store: Containers/, "the same element, now shown in several views");
});

test("rename, duplicate and delete a view, each undoable", async () => {
  const { app: conway, page } = await app.open();
  await conway.viewAction("system", "Rename view…");
  const dialog = page.getByRole("dialog", { name: "Rename view" });
  await dialog.getByRole("textbox", { name: "View name" }).fill("Landscape");
  await dialog.getByRole("textbox", { name: "View name" }).press("Enter");
  assert.equal(await conway.currentView("system"), "Landscape");

  const count = await conway.nodeCount("system");
  await conway.viewAction("system", "Duplicate view");
  assert.equal(await conway.currentView("system"), "Landscape (copy)");
  assert.equal(await conway.nodeCount("system"), count, "the copy shows the same elements");

  page.once("dialog", (d) => d.accept());
  await conway.viewAction("system", "Delete view…");
  assert.ok(!(await conway.viewNames("system")).includes("Landscape (copy)"));
  await conway.press("Control+z");
  assert.ok((await conway.viewNames("system")).includes("Landscape (copy)"), "undo brings the view back");
  await conway.press("Control+z");
  await conway.press("Control+z");
  assert.ok((await conway.viewNames("system")).includes("System Context"), "undo reverts the rename");
});
