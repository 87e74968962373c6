// Room for the map and legible defaults: the side panel hides and comes back,
// a map maximises and restores, the sample opens readable at laptop sizes,
// zoomed-out elements show their names large, fitted content stays clear of
// the floating controls, the minimap hides, the header fits, and menus
// follow the WAI-ARIA menu pattern.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./support.mjs";
import { READABLE_PX } from "./page-room.mjs";

const app = useApp();

test("the side panel hides and comes back by its button and Ctrl+\\, remembered in this browser", async () => {
  const { app: conway } = await app.open();
  const { room } = conway;
  const before = await room.canvasSize("system");
  await room.toggleSidePanel();
  assert.equal(await room.sidePanelShown(), false);
  assert.equal(await room.panelToggle.getAttribute("aria-label"), "Show the side panel");
  const wider = await room.canvasSize("system");
  assert.ok(wider.width > before.width + 100, `${wider.width} against ${before.width}`);
  await conway.reload();
  assert.equal(await room.sidePanelShown(), false, "remembered");
  await conway.pane("system").clickEmptyCanvas();
  await conway.press("Control+Backslash");
  assert.equal(await room.sidePanelShown(), true);
  await conway.reload();
  assert.equal(await room.sidePanelShown(), true);
  assert.deepEqual(conway.errors, []);
});

test("a map maximises by its button, Shift+M and a double-click on its title bar, and the layout switch shows one or both", async () => {
  const { app: conway } = await app.open();
  const { room } = conway;
  const both = await room.canvasSize("system");
  await room.toggleMaximise("system");
  assert.equal(await room.paneShown("org"), false);
  assert.ok((await room.canvasSize("system")).width > both.width * 1.8);
  assert.equal(await room.maximiseButton("system").getAttribute("aria-label"), "Restore both maps");
  assert.equal(await room.mapsShown(), "System map only");
  await room.toggleMaximise("system");
  assert.equal(await room.paneShown("org"), true);
  assert.equal(await room.mapsShown(), "Both maps");

  // Shift+M acts on the map last worked in.
  await conway.pane("org").clickEmptyCanvas();
  await conway.press("Shift+M");
  assert.equal(await room.paneShown("system"), false);
  assert.equal(await room.mapsShown(), "Organisation map only");
  await room.doubleClickTitleBar("org");
  assert.equal(await room.paneShown("system"), true);
  await room.doubleClickTitleBar("system");
  assert.equal(await room.paneShown("org"), false);

  await room.showMaps("Organisation map only");
  assert.equal(await room.paneShown("system"), false);
  assert.equal(await room.paneShown("org"), true);
  await room.showMaps("Both maps");
  assert.equal(await room.paneShown("system"), true);
  assert.deepEqual(conway.errors, []);
});

test("a view the user moved keeps its middle when the room changes; one Conway framed is framed again", async () => {
  const { app: conway } = await app.open({ fit: false });
  const { room } = conway;
  const system = conway.pane("system");
  const id = (await system.nodeIds())[0];
  // Conway framed it: a wider pane frames it again (never further out than before).
  const zoom = await system.zoom();
  await room.toggleSidePanel();
  assert.ok((await system.zoom()) >= zoom);
  await room.toggleSidePanel();

  await system.zoomIn();
  const offset = async () => {
    const node = await system.node(id).boundingBox();
    const canvas = await system.canvas.boundingBox();
    return [node.x + node.width / 2 - (canvas.x + canvas.width / 2), node.y + node.height / 2 - (canvas.y + canvas.height / 2)];
  };
  const [dx, dy] = await offset();
  const moved = await system.zoom();
  await room.toggleMaximise("system");
  const [mx, my] = await offset();
  assert.equal(await system.zoom(), moved);
  assert.ok(Math.abs(mx - dx) < 2 && Math.abs(my - dy) < 2, `${[mx, my]} against ${[dx, dy]}`);
});

for (const [width, height] of [[1280, 720], [1440, 900]]) {
  test(`the sample opens readable at ${width}x${height}: every name on screen is at least ${READABLE_PX} px`, async () => {
    const { app: conway } = await app.open({ viewport: { width, height }, fit: false });
    for (const kind of ["system", "org"]) {
      const names = await conway.room.namesOnScreen(kind);
      assert.ok(names.length >= 4, `${kind}: ${names.length} names on screen`);
      const small = names.filter((n) => n.px < READABLE_PX - 0.01);
      assert.deepEqual(small, [], `${kind}: names below ${READABLE_PX} px`);
    }
  });
}

test("zoomed out an element shows its name large over a mark of its kind; zoomed in, the full card", async () => {
  const { app: conway } = await app.open({ viewport: { width: 1280, height: 720 }, fit: false });
  const system = conway.pane("system");
  assert.ok((await system.zoom()) < 0.78);
  assert.equal(await conway.room.compactCount("system"), await system.nodeCount());
  const compact = await conway.room.namesOnScreen("system");
  assert.ok(compact.every((n) => n.compact));
  // The mark says what kind of thing it is.
  assert.match(await system.node("person-customer").textContent(), /Person\s*Customer/);
  while ((await system.zoom()) < 0.8) await system.zoomIn();
  assert.equal(await conway.room.compactCount("system"), 0);
  const full = await conway.room.namesOnScreen("system");
  assert.ok(full.length > 0 && full.every((n) => !n.compact && n.px >= 11));
  assert.match(await system.node("person-customer").textContent(), /\[Person\]/);
});

test("Fit keeps every element clear of the palette, the minimap and the bar under the organisation map", async () => {
  const { app: conway } = await app.open();
  for (const kind of ["system", "org"]) {
    await conway.pane(kind).fit();
    assert.deepEqual(await conway.room.nodesUnderControls(kind), [], kind);
  }
  await conway.pane("system").toggleOwnerColours();
  await conway.pane("system").fit();
  assert.deepEqual(await conway.room.nodesUnderControls("system"), [], "with the owner legend");
});

test("the minimap is small, hides and comes back, remembered in this browser", async () => {
  const { app: conway } = await app.open();
  const { room } = conway;
  const box = await room.minimap("system").boundingBox();
  assert.ok(box.width <= 140 && box.height <= 100, `${box.width}x${box.height}`);
  await room.hideMinimap("system");
  assert.equal(await room.minimap("system").isVisible(), false);
  assert.equal(await room.minimap("org").isVisible(), false, "for both maps");
  await conway.reload();
  assert.equal(await room.minimap("system").isVisible(), false);
  await room.showMinimap("org");
  assert.equal(await room.minimap("system").isVisible(), true);
});

for (const width of [1280, 1024]) {
  test(`the header fits at ${width} px: nothing cut off, no button text wraps, every zoom figure shows`, async () => {
    const { app: conway } = await app.open({ viewport: { width, height: 800 } });
    assert.deepEqual(await conway.room.headerMisfits(), { cut: [], wrapped: [] });
    assert.deepEqual(await conway.room.clippedTabs(), [], "every overview tab shows whole");
    assert.deepEqual(await conway.room.brokenLogFacts(), [], "no date or category is broken across lines");
    const figures = await conway.room.zoomFigures();
    assert.equal(figures.length, 2);
    assert.ok(figures.every((f) => /^\d+%$/.test(f ?? "")), JSON.stringify(figures));
    // What moved into the More menu is there.
    if (width < 1200) {
      await conway.page.getByRole("button", { name: "More", exact: true }).click();
      const menu = conway.page.getByRole("menu", { name: "More" });
      await menu.getByRole("menuitem", { name: "Import…" }).waitFor();
      await menu.getByRole("menuitemcheckbox", { name: "Conway lens" }).waitFor();
    }
  });
}

test("menus open one at a time, close on Escape and outside clicks, and follow the menu pattern", async () => {
  const { app: conway } = await app.open();
  const { room, page } = conway;
  const viewActions = conway.pane("system").root.getByRole("button", { name: "View actions" });
  await viewActions.click();
  assert.deepEqual(await room.openMenus(), ["View actions"]);
  assert.equal(await room.focusedText(), "New view", "the first item has focus");
  await conway.press("ArrowDown");
  assert.equal(await room.focusedText(), "Rename view…");
  await conway.press("End");
  assert.equal(await room.focusedText(), "Delete view…");
  await conway.press("ArrowDown");
  assert.equal(await room.focusedText(), "New view", "arrows wrap round");
  await conway.press("ArrowUp");
  assert.equal(await room.focusedText(), "Delete view…");
  await conway.press("Home");
  assert.equal(await room.focusedText(), "New view");
  await conway.press("Escape");
  assert.deepEqual(await room.openMenus(), []);
  assert.equal(await room.focusedName(), "View actions", "focus returns to the button");

  // Only one open at a time.
  await viewActions.click();
  await conway.exportButton.click();
  assert.deepEqual(await room.openMenus(), ["Export"]);
  // An outside click closes it.
  await conway.pane("org").clickEmptyCanvas();
  assert.deepEqual(await room.openMenus(), []);

  // From the keyboard: ArrowUp on the button opens on the last item.
  await conway.exportButton.focus();
  await conway.press("ArrowUp");
  assert.equal(await room.focusedText(), "Print…");
  await conway.press("Tab");
  assert.deepEqual(await room.openMenus(), []);
  // Choosing an item closes the menu.
  await page.getByRole("button", { name: "More", exact: true }).click();
  await page.getByRole("menuitemcheckbox", { name: "Snap to grid" }).click();
  assert.deepEqual(await room.openMenus(), []);
  await page.getByRole("button", { name: "More", exact: true }).click();
  assert.equal(await page.getByRole("menuitemcheckbox", { name: "Snap to grid" }).getAttribute("aria-checked"), "true");
  assert.deepEqual(conway.errors, []);
});

test("the details panel starts at its top each time the selection changes", async () => {
  const { app: conway } = await app.open({ viewport: { width: 1600, height: 700 } });
  const system = conway.pane("system");
  const [first, second] = await system.nodeIds();
  await system.clickNode(first);
  await conway.openProperties();
  assert.ok(await conway.room.scrollSidePanelToBottom() > 0, "the panel is long enough to scroll");
  await system.clickNode(second);
  await conway.room.waitForSidePanelAtTop();
});

test("a workspace without an organisation view says so in that pane and offers to create one", async () => {
  const { app: conway } = await app.open();
  const ws = JSON.parse((await conway.exportWorkspace()).bytes.toString("utf8"));
  ws.name = "Systems only";
  ws.views = ws.views.filter((v) => v.kind !== "org");
  await conway.importFile({ name: "systems.conway.json", content: JSON.stringify(ws) });
  await conway.waitForWorkspaceName("Systems only");
  const org = conway.pane("org");
  const offer = org.root.getByTestId("view-org-no-view");
  await offer.getByText("This workspace has no organisation view yet.").waitFor();
  assert.equal(await org.root.locator(".palette").count(), 0, "no palette that could do nothing");
  assert.equal(await org.root.locator(".as-of").count(), 0, "no date bar over nothing");
  await offer.getByRole("button", { name: "Create an organisation view" }).click();
  await offer.waitFor({ state: "detached" });
  assert.equal(await org.root.locator(".palette").count(), 1);
  await org.addFromPalette("Team");
  assert.equal(await org.nodeCount(), 1);
});
