// Drawing relationships: drag from a handle to another element; when several
// kinds fit, a menu asks; dropping on empty canvas offers a connected element.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./support.mjs";

const app = useApp();

test("dragging from a handle to another element draws a uses relationship, labelled in its properties", async () => {
  const { app: conway, page } = await app.open();
  const before = await conway.edgeIds("system");
  await conway.connect("system", "person-warehouse-staff", "ext-erp");
  await conway.waitForDetailsName("Uses");
  const added = (await conway.edgeIds("system")).filter((id) => !before.includes(id));
  assert.equal(added.length, 1, "one new relationship is drawn");
  const form = conway.details.getByTestId("properties");
  await form.getByTestId("property-label").fill("Checks stock levels in");
  await form.getByTestId("property-label").press("Enter");
  await page.locator(`[data-edge-id="${added[0]}"] .edge-label`).getByText("Checks stock levels in").waitFor();

  // Ctrl+Z inside a text field is the field's own undo; leave the field first.
  await conway.clickEmptyCanvas("system");
  await conway.press("Control+z");
  await page.locator(`[data-edge-id="${added[0]}"] .edge-label`).waitFor({ state: "detached" });
  await conway.press("Control+z");
  assert.deepEqual(await conway.edgeIds("system"), before, "two undo steps: label, then the relationship");
  assert.deepEqual(conway.errors, []);
});

test("between two teams a menu asks which interaction mode is meant", async () => {
  const { app: conway } = await app.open();
  const before = await conway.edgeIds("org");
  await conway.connect("org", "team-fulfilment", "team-search-relevance");
  const menu = conway.connectMenu("org");
  await menu.waitFor();
  for (const kind of ["Reports to", "Information flow", "Collaboration", "X-as-a-Service", "Facilitating"]) {
    await menu.getByRole("menuitem", { name: kind }).waitFor();
  }
  await menu.getByRole("menuitem", { name: "Facilitating" }).click();
  await conway.waitForDetailsName("Facilitating");
  assert.equal((await conway.edgeIds("org")).length, before.length + 1);
});

test("dropping on empty canvas offers a connected element, made and named in one go", async () => {
  const { app: conway } = await app.open();
  const count = await conway.nodeCount("system");
  await conway.connect("system", "ext-erp", { x: 300, y: 760 });
  const menu = conway.connectMenu("system");
  await menu.getByRole("menuitem", { name: "New External System" }).click();
  await conway.typeName("Tax Engine");
  const [id] = await conway.idsNamed("system", "Tax Engine");
  assert.ok(id);
  assert.equal(await conway.nodeCount("system"), count + 1);
  await conway.clickNode("system", id);
  const details = await conway.detailsText();
  assert.match(details, /ERP/, "the new element is connected to the one dragged from");
});

test("Escape closes the connect menu without adding anything", async () => {
  const { app: conway } = await app.open();
  const before = await conway.edgeIds("system");
  await conway.connect("system", "ext-erp", { x: 300, y: 760 });
  await conway.connectMenu("system").waitFor();
  await conway.press("Escape");
  await conway.connectMenu("system").waitFor({ state: "detached" });
  assert.deepEqual(await conway.edgeIds("system"), before);
});

test("a relationship can be reconnected at either end, one undo step each", async () => {
  const { app: conway, page } = await app.open();
  const edge = await page.locator('[data-testid="view-system"] [data-edge-id]').first();
  const id = await edge.getAttribute("data-edge-id");
  await edge.locator(".edge-hit").click({ force: true });
  await conway.details.getByTestId("properties").waitFor();
  const before = await conway.detailsText();
  await conway.dragEdgeEnd("system", id, "target", "ext-email-provider");
  await page.waitForFunction(() => document.querySelector(".relationship-ends")?.textContent.includes("Email Provider"));
  await conway.dragEdgeEnd("system", id, "source", "person-warehouse-staff");
  await page.waitForFunction(() => document.querySelector(".relationship-ends")?.textContent.startsWith("Warehouse Staff"));
  await conway.clickEmptyCanvas("system");
  await conway.press("Control+z");
  await conway.press("Control+z");
  await edge.locator(".edge-hit").click({ force: true });
  assert.equal(await conway.detailsText(), before, "both ends back where they were");
});
