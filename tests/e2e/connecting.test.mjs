// Drawing relationships: drag from a handle to another element; when several
// kinds fit, a menu asks; dropping on empty canvas offers a connected element.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./support.mjs";

const app = useApp();

test("dragging from a handle to another element draws a uses relationship, labelled in its properties", async () => {
  const { app: conway, page } = await app.open();
  const system = conway.pane("system");
  const before = await system.edgeIds();
  await system.connect("person-warehouse-staff", "ext-erp");
  await conway.waitForDetailsName("Uses");
  const added = (await system.edgeIds()).filter((id) => !before.includes(id));
  assert.equal(added.length, 1, "one new relationship is drawn");
  const form = conway.details.getByTestId("properties");
  await form.getByTestId("property-label").fill("Checks stock levels in");
  await form.getByTestId("property-label").press("Enter");
  await page.locator(`[data-edge-id="${added[0]}"] .edge-label`).getByText("Checks stock levels in").waitFor();

  // Ctrl+Z inside a text field is the field's own undo; leave the field first.
  await system.clickEmptyCanvas();
  await conway.press("Control+z");
  await page.locator(`[data-edge-id="${added[0]}"] .edge-label`).waitFor({ state: "detached" });
  await conway.press("Control+z");
  assert.deepEqual(await system.edgeIds(), before, "two undo steps: label, then the relationship");
  assert.deepEqual(conway.errors, []);
});

test("between two teams a menu asks which interaction mode is meant", async () => {
  const { app: conway } = await app.open();
  const org = conway.pane("org");
  const before = await org.edgeIds();
  await org.connect("team-fulfilment", "team-search-relevance");
  const menu = org.connectMenu;
  await menu.waitFor();
  for (const kind of ["Reports to", "Information flow", "Collaboration", "X-as-a-Service", "Facilitating"]) {
    await menu.getByRole("menuitem", { name: kind }).waitFor();
  }
  await menu.getByRole("menuitem", { name: "Facilitating" }).click();
  await conway.waitForDetailsName("Facilitating");
  assert.equal((await org.edgeIds()).length, before.length + 1);
});

test("dropping on empty canvas offers a connected element, made and named in one go", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const count = await system.nodeCount();
  await system.connect("ext-erp", { x: 300, y: 760 });
  const menu = system.connectMenu;
  await menu.getByRole("menuitem", { name: "New External System" }).click();
  await conway.typeName("Tax Engine");
  const [id] = await system.idsNamed("Tax Engine");
  assert.ok(id);
  assert.equal(await system.nodeCount(), count + 1);
  await system.clickNode(id);
  const details = await conway.detailsText();
  assert.match(details, /ERP/, "the new element is connected to the one dragged from");
});

test("Escape closes the connect menu without adding anything", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const before = await system.edgeIds();
  await system.connect("ext-erp", { x: 300, y: 760 });
  await system.connectMenu.waitFor();
  await conway.press("Escape");
  await system.connectMenu.waitFor({ state: "detached" });
  assert.deepEqual(await system.edgeIds(), before);
});

test("a relationship can be reconnected at either end, one undo step each", async () => {
  const { app: conway, page } = await app.open();
  const system = conway.pane("system");
  const edge = await page.locator('[data-testid="view-system"] [data-edge-id]').first();
  const id = await edge.getAttribute("data-edge-id");
  await edge.locator(".edge-hit").click({ force: true });
  await conway.details.getByTestId("properties").waitFor();
  const before = await conway.detailsText();
  await system.dragEdgeEnd(id, "target", "ext-email-provider");
  await page.waitForFunction(() => document.querySelector(".relationship-ends")?.textContent.includes("Email Provider"));
  await system.dragEdgeEnd(id, "source", "person-warehouse-staff");
  await page.waitForFunction(() => document.querySelector(".relationship-ends")?.textContent.startsWith("Warehouse Staff"));
  await system.clickEmptyCanvas();
  await conway.press("Control+z");
  await conway.press("Control+z");
  await edge.locator(".edge-hit").click({ force: true });
  assert.equal(await conway.detailsText(), before, "both ends back where they were");
});
