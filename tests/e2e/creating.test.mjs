// Creating and naming elements: the palette (click and drag), double-click on
// empty canvas, rename in place, the properties form, and deleting from the model.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./support.mjs";

const app = useApp();

test("a palette click adds an element, renamed in place with Enter, as one undo step each", async () => {
  const { app: conway } = await app.open();
  const count = await conway.nodeCount("system");
  await conway.addFromPalette("system", "Container");
  await conway.typeName("Refunds Service");
  const [id] = await conway.idsNamed("system", "Refunds Service");
  assert.ok(id, "the new container is drawn with its name");
  assert.equal(await conway.nodeCount("system"), count + 1);
  assert.match(await conway.nodeLabel("system", id), /\[Container\]$/);
  assert.equal((await conway.nodeState("system", id)).selected, true, "the new element is selected");

  await conway.undoButton.click();
  assert.deepEqual(await conway.idsNamed("system", "Refunds Service"), [], "undo reverts the rename");
  assert.equal(await conway.nodeCount("system"), count + 1);
  await conway.undoButton.click();
  assert.equal(await conway.nodeCount("system"), count, "undo again removes the element");
  assert.deepEqual(conway.errors, []);
});

test("Escape cancels a rename and keeps the old name", async () => {
  const { app: conway } = await app.open();
  await conway.node("system", "person-customer").dblclick();
  await conway.typeName("Shopper", "Escape");
  assert.match(await conway.nodeLabel("system", "person-customer"), /^Customer, /);
  await conway.pressOnNode("system", "person-customer", "F2");
  await conway.typeName("Online Customer");
  assert.match(await conway.nodeLabel("system", "person-customer"), /^Online Customer, /);
});

test("a palette kind dragged onto the canvas lands where it is dropped", async () => {
  const { app: conway } = await app.open();
  await conway.dragFromPalette("org", "Stakeholder", 300, 200);
  await conway.typeName("Head of Logistics");
  const [id] = await conway.idsNamed("org", "Head of Logistics");
  const box = await conway.node("org", id).locator(".shape").first().boundingBox();
  const canvas = await conway.canvas("org").boundingBox();
  const centre = { x: box.x + box.width / 2 - canvas.x, y: box.y + box.height / 2 - canvas.y };
  assert.ok(Math.abs(centre.x - 300) < 3 && Math.abs(centre.y - 200) < 3, `centred on the drop point, got ${JSON.stringify(centre)}`);
});

test("double-click on empty canvas creates the most recent kind there", async () => {
  const { app: conway } = await app.open();
  await conway.addFromPalette("system", "Data Store");
  await conway.typeName("Refunds DB");
  await conway.doubleClickCanvas("system", 60, 700);
  await conway.typeName("Audit DB");
  const [id] = await conway.idsNamed("system", "Audit DB");
  assert.match(await conway.nodeLabel("system", id), /\[Data Store\]$/);
});

test("the properties form edits fields, each change one undo step", async () => {
  const { app: conway, page } = await app.open();
  await conway.clickNode("system", "ext-payments-provider");
  const form = await conway.openProperties();
  await form.getByLabel("Technology").fill("Adyen");
  await form.getByLabel("Technology").press("Enter");
  await page.waitForFunction(() => document.querySelector('[data-node-id="ext-payments-provider"]').getAttribute("aria-label").includes("Adyen"));
  await form.getByTestId("property-owner").selectOption({ label: "No owner" });
  await page.getByTestId("details-owner").getByText("No owner").waitFor();
  await conway.undoButton.click();
  await page.getByTestId("details-owner").getByRole("button", { name: "Payments & Fraud" }).waitFor();
  assert.match(await conway.nodeLabel("system", "ext-payments-provider"), /Adyen/, "only the last change was undone");
});

test("deleting from the model asks first, takes it from every view, and undo restores it", async () => {
  const { app: conway } = await app.open();
  await conway.clickNode("system", "person-customer");
  const question = await conway.deleteSelectedFromModel();
  await conway.node("system", "person-customer").waitFor({ state: "detached" });
  assert.match(question, /appears in 2 views/);
  await conway.selectView("system", "Online Store: Containers");
  assert.ok(!(await conway.nodeIds("system")).includes("person-customer"), "gone from every view");
  await conway.press("Control+z");
  await conway.node("system", "person-customer").waitFor();
});
