// Every kind of edit is saved: after a reload the workspace shows all of them,
// and the undo history (which is never saved) starts empty.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./support.mjs";

const app = useApp();

test("created, renamed, resized, connected, edited and view changes all survive a reload", async () => {
  const { app: conway, page } = await app.open();
  await conway.addFromPalette("system", "Queue");
  await conway.typeName("refund-events");
  const [queue] = await conway.idsNamed("system", "refund-events");
  await conway.clickNode("system", queue);
  await conway.dragCorner("system", queue, "bottomright", 40, 20);
  const size = await conway.nodeSize("system", queue);
  await conway.connect("system", "ext-erp", queue);
  await conway.waitForDetailsName("Uses");
  await conway.details.getByTestId("property-label").fill("Publishes refunds to");
  await conway.details.getByTestId("property-label").press("Enter");
  await conway.clickNode("system", "ext-payments-provider");
  const form = await conway.openProperties();
  await form.getByLabel("Technology").fill("Adyen");
  await form.getByLabel("Technology").press("Enter");
  await page.waitForFunction(() => document.querySelector('[data-node-id="ext-payments-provider"]').getAttribute("aria-label").includes("Adyen"));
  await conway.viewAction("system", "Rename view…");
  await page.getByRole("textbox", { name: "View name" }).fill("Landscape");
  await page.getByRole("textbox", { name: "View name" }).press("Enter");
  await conway.waitForSaveStatus("Saved");

  await conway.reload();
  assert.equal(await conway.currentView("system"), "Landscape");
  assert.deepEqual(await conway.idsNamed("system", "refund-events"), [queue]);
  assert.deepEqual(await conway.nodeSize("system", queue), size);
  assert.match(await conway.nodeLabel("system", "ext-payments-provider"), /Adyen/);
  await page.locator('[data-testid="view-system"] .edge-label').getByText("Publishes refunds to").waitFor();
  assert.equal(await conway.undoButton.isDisabled(), true, "history is not saved");
  assert.deepEqual(conway.errors, []);
});
