// Creating and naming elements: the palette (click and drag), double-click on
// empty canvas, rename in place, the properties form, and deleting from the model.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./support.mjs";

const app = useApp();

test("a palette click adds an element, renamed in place with Enter, as one undo step each", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const count = await system.nodeCount();
  await system.addFromPalette("Container");
  await conway.typeName("Refunds Service");
  const [id] = await system.idsNamed("Refunds Service");
  assert.ok(id, "the new container is drawn with its name");
  assert.equal(await system.nodeCount(), count + 1);
  assert.match(await system.nodeLabel(id), /\[Container\]$/);
  assert.equal((await system.nodeState(id)).selected, true, "the new element is selected");

  await conway.undoButton.click();
  assert.deepEqual(await system.idsNamed("Refunds Service"), [], "undo reverts the rename");
  assert.equal(await system.nodeCount(), count + 1);
  await conway.undoButton.click();
  assert.equal(await system.nodeCount(), count, "undo again removes the element");
  assert.deepEqual(conway.errors, []);
});

test("Escape cancels a rename and keeps the old name", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  await system.node("person-customer").dblclick();
  await conway.typeName("Shopper", "Escape");
  assert.match(await system.nodeLabel("person-customer"), /^Customer, /);
  await system.pressOnNode("person-customer", "F2");
  await conway.typeName("Online Customer");
  assert.match(await system.nodeLabel("person-customer"), /^Online Customer, /);
});

test("a palette kind dragged onto the canvas lands where it is dropped", async () => {
  const { app: conway } = await app.open();
  const org = conway.pane("org");
  await org.dragFromPalette("Stakeholder", 300, 200);
  await conway.typeName("Head of Logistics");
  const [id] = await org.idsNamed("Head of Logistics");
  const box = await org.node(id).locator(".shape").first().boundingBox();
  const canvas = await org.canvas.boundingBox();
  const centre = { x: box.x + box.width / 2 - canvas.x, y: box.y + box.height / 2 - canvas.y };
  assert.ok(Math.abs(centre.x - 300) < 3 && Math.abs(centre.y - 200) < 3, `centred on the drop point, got ${JSON.stringify(centre)}`);
});

test("double-click on empty canvas creates the most recent kind there", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  await system.addFromPalette("Data Store");
  await conway.typeName("Refunds DB");
  await system.doubleClickCanvas(60, 700);
  await conway.typeName("Audit DB");
  const [id] = await system.idsNamed("Audit DB");
  assert.match(await system.nodeLabel(id), /\[Data Store\]$/);
});

test("the properties form edits fields, each change one undo step", async () => {
  const { app: conway, page } = await app.open();
  const system = conway.pane("system");
  await system.clickNode("ext-payments-provider");
  const form = await conway.openProperties();
  await form.getByLabel("Technology").fill("Adyen");
  await form.getByLabel("Technology").press("Enter");
  await page.waitForFunction(() => document.querySelector('[data-node-id="ext-payments-provider"]').getAttribute("aria-label").includes("Adyen"));
  await form.getByTestId("property-owner").selectOption({ label: "No owner" });
  await page.getByTestId("details-owner").getByText("No owner").waitFor();
  await conway.undoButton.click();
  await page.getByTestId("details-owner").getByRole("button", { name: "Payments & Fraud" }).waitFor();
  assert.match(await system.nodeLabel("ext-payments-provider"), /Adyen/, "only the last change was undone");
});

test("deleting from the model asks first, takes it from every view, and undo restores it", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  await system.clickNode("person-customer");
  const question = await conway.deleteSelectedFromModel();
  await system.node("person-customer").waitFor({ state: "detached" });
  assert.match(question, /appears in 2 views/);
  await system.selectView("Online Store: Containers");
  assert.ok(!(await system.nodeIds()).includes("person-customer"), "gone from every view");
  await conway.press("Control+z");
  await system.node("person-customer").waitFor();
});
