// Every kind of edit is saved: after a reload the workspace shows all of them,
// and the undo history (which is never saved) starts empty.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./support.mjs";

const app = useApp();

test("created, renamed, resized, connected, edited and view changes all survive a reload", async () => {
  const { app: conway, page } = await app.open();
  const system = conway.pane("system");
  await system.addFromPalette("Queue");
  await conway.typeName("refund-events");
  const [queue] = await system.idsNamed("refund-events");
  await system.clickNode(queue);
  // Smaller: it was placed beside the others, and must not grow over them.
  await system.dragCorner(queue, "bottomright", -12, -6);
  const size = await system.nodeSize(queue);
  await system.connect("ext-erp", queue);
  await conway.waitForDetailsName("Uses");
  await conway.details.getByTestId("property-label").fill("Publishes refunds to");
  await conway.details.getByTestId("property-label").press("Enter");
  await system.clickNode("ext-payments-provider");
  const form = await conway.openProperties();
  await form.getByLabel("Technology").fill("Adyen");
  await form.getByLabel("Technology").press("Enter");
  await page.waitForFunction(() => document.querySelector('[data-node-id="ext-payments-provider"]').getAttribute("aria-label").includes("Adyen"));
  await system.viewAction("Rename view…");
  await page.getByRole("textbox", { name: "View name" }).fill("Landscape");
  await page.getByRole("textbox", { name: "View name" }).press("Enter");
  await conway.waitForSaveStatus("Saved");

  await conway.reload();
  assert.equal(await system.currentView(), "Landscape");
  assert.deepEqual(await system.idsNamed("refund-events"), [queue]);
  assert.deepEqual(await system.nodeSize(queue), size);
  assert.match(await system.nodeLabel("ext-payments-provider"), /Adyen/);
  await page.locator('[data-testid="view-system"] .edge-label').getByText("Publishes refunds to").waitFor();
  assert.equal(await conway.undoButton.isDisabled(), true, "history is not saved");
  assert.deepEqual(conway.errors, []);
});
