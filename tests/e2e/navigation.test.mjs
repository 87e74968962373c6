// Moving around and finding help: marquee selection, panning with Space or
// the middle button, zoom shortcuts, and the shortcuts overlay.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./support.mjs";

const app = useApp();

test("dragging on empty canvas selects what lies inside the rectangle", async () => {
  const { app: conway, page } = await app.open();
  const system = conway.pane("system");
  const canvas = await system.canvas.boundingBox();
  const boxOf = async (id) => system.node(id).locator(".shape").first().boundingBox();
  const customer = await boxOf("person-customer");
  const agent = await boxOf("person-support-agent");
  // A rectangle around the two people at the top of the context view.
  const from = { x: Math.min(customer.x, agent.x) - 10, y: Math.min(customer.y, agent.y) - 10 };
  const to = { x: Math.max(customer.x + customer.width, agent.x + agent.width) + 10, y: Math.max(customer.y + customer.height, agent.y + agent.height) + 10 };
  assert.ok(from.x > canvas.x && from.y > canvas.y, "the rectangle starts on the canvas");
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
  await conway.waitForDetailsName("2 elements selected");
  assert.equal((await system.nodeState("person-customer")).selected, true);
  assert.equal((await system.nodeState("person-support-agent")).selected, true);
  assert.equal((await system.nodeState("system-online-store")).selected, false, "only what lies wholly inside");
});

test("Space-drag and middle-drag pan without selecting", async () => {
  const { app: conway, page } = await app.open();
  const system = conway.pane("system");
  const before = await system.node("person-customer").boundingBox();
  const canvas = await system.canvas.boundingBox();
  const start = { x: canvas.x + 30, y: canvas.y + canvas.height - 30 };
  await page.keyboard.down("Space");
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 60, start.y - 40, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up("Space");
  const after = await system.node("person-customer").boundingBox();
  assert.ok(Math.abs(after.x - before.x - 60) < 1 && Math.abs(after.y - before.y + 40) < 1, "the view moved with the pointer");

  await page.mouse.move(start.x, start.y);
  await page.mouse.down({ button: "middle" });
  await page.mouse.move(start.x - 60, start.y + 40, { steps: 5 });
  await page.mouse.up({ button: "middle" });
  const back = await system.node("person-customer").boundingBox();
  assert.ok(Math.abs(back.x - before.x) < 1 && Math.abs(back.y - before.y) < 1, "middle-drag panned back");
  assert.equal(await conway.isOverviewShown(), true, "panning selected nothing");
});

test("Shift+0 resets the zoom to 100% and Shift+1 fits the view again", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  await system.clickEmptyCanvas();
  const fitted = await system.zoom();
  await conway.press("Shift+Digit0");
  assert.equal(await system.zoom(), 1);
  await conway.press("Shift+Digit1");
  assert.equal(await system.zoom(), fitted);
  await conway.press("+");
  assert.ok((await system.zoom()) > fitted);
});

test("? lists every shortcut and Escape closes the list", async () => {
  const { app: conway, page } = await app.open();
  await conway.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await dialog.waitFor();
  for (const keys of ["Ctrl/Cmd+Z", "Shift+1", "Delete / Backspace", "Escape"]) {
    await dialog.getByText(keys, { exact: true }).waitFor();
  }
  await conway.press("Escape");
  await dialog.waitFor({ state: "detached" });
  await (await conway.moreMenuItem("menuitem", "Keyboard shortcuts")).click();
  await dialog.waitFor();
  await dialog.getByText("Shift+M", { exact: true }).waitFor();
  assert.match(await page.getByRole("button", { name: "Undo" }).getAttribute("title"), /Ctrl\+Z/, "toolbar tooltips name their shortcut");
});

test("each pane has a minimap of its view; pressing it moves the view there", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const map = system.minimap;
  assert.equal(await map.locator("rect:not(.minimap-viewport)").count(), await system.nodeCount(), "one box per element");
  await conway.press("Shift+Digit0");
  const before = await system.node("person-customer").boundingBox();
  const box = await map.boundingBox();
  await map.click({ position: { x: 8, y: box.height - 8 } });
  const after = await system.node("person-customer").boundingBox();
  assert.ok(Math.abs(after.x - before.x) > 20 || Math.abs(after.y - before.y) > 20, "the view moved");
  assert.ok(await map.locator(".minimap-viewport").count() === 1, "the visible part is outlined");
});
