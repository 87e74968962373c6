// Search: Ctrl/Cmd+K or / finds elements and decisions; choosing a result
// selects it, switches to a view that shows it and brings it into view.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./support.mjs";

const app = useApp();

test("choosing an element switches to a view that shows it and centres it", async () => {
  const { app: conway, page } = await app.open();
  const system = conway.pane("system");
  assert.equal(await system.currentView(), "System Context");
  await conway.press("Control+k");
  const dialog = page.getByRole("dialog", { name: "Search" });
  await dialog.getByRole("combobox", { name: "Search" }).fill("orders data");
  await dialog.getByRole("option", { name: /Orders Database/ }).waitFor();
  await conway.press("Enter");
  await dialog.waitFor({ state: "detached" });
  await conway.waitForDetailsName("Orders Database");
  assert.equal(await system.currentView(), "Online Store: Containers");
  await page.waitForFunction(() => {
    const node = document.querySelector('[data-testid="view-system"] [data-node-id="orders-db"] .shape');
    const canvas = document.querySelector('[data-testid="view-system"] svg.canvas');
    if (!node || !canvas) return false;
    const a = node.getBoundingClientRect();
    const b = canvas.getBoundingClientRect();
    return Math.abs(a.x + a.width / 2 - (b.x + b.width / 2)) < 4 && Math.abs(a.y + a.height / 2 - (b.y + b.height / 2)) < 4;
  });
});

test("/ opens search, decisions are found, arrows choose and Escape closes", async () => {
  const { app: conway, page } = await app.open();
  await conway.press("/");
  const dialog = page.getByRole("dialog", { name: "Search" });
  await dialog.getByRole("combobox", { name: "Search" }).fill("rabbitmq");
  const first = dialog.getByRole("option").first();
  await first.waitFor();
  assert.match(await first.textContent(), /ADR-0003/);
  await conway.press("Escape");
  await dialog.waitFor({ state: "detached" });
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await dialog.getByRole("combobox", { name: "Search" }).fill("use postgresql");
  await dialog.getByRole("option").first().waitFor();
  await conway.press("ArrowDown");
  await conway.press("ArrowUp");
  await conway.press("Enter");
  await conway.waitForDetailsName("Use PostgreSQL for order data");
});
