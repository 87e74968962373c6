// First visit: the sample workspace opens, drawn in both panes, saved, with no
// errors; the theme toggle works and is remembered.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, sampleJson } from "./support.mjs";

const app = useApp();
const sample = sampleJson();
const firstView = (kind) => sample.views.find((v) => v.kind === kind);

test("the sample workspace opens with both panes drawn, saved and without errors", async () => {
  const { app: conway } = await app.open({ load: false });
  const system = conway.pane("system");
  await conway.open(app.url);

  assert.equal(await conway.workspaceNameText(), sample.name);
  for (const kind of ["system", "org"]) {
    const view = firstView(kind);
    assert.equal(await conway.pane(kind).currentView(), view.name, `${kind} pane shows its first view`);
    assert.deepEqual(
      await conway.pane(kind).viewNames(),
      sample.views.filter((v) => v.kind === kind).map((v) => v.name),
      `${kind} picker lists the ${kind} views`,
    );
    const drawn = await conway.pane(kind).nodeIds();
    assert.ok(drawn.length >= 5, `${kind} pane draws at least 5 elements, drew ${drawn.length}`);
    assert.deepEqual(
      [...drawn].sort(),
      view.placements.map((p) => p.element).sort(),
      `${kind} pane draws exactly the elements placed in "${view.name}"`,
    );
  }
  const customer = sample.elements.find((e) => e.id === "person-customer");
  assert.match(await system.nodeLabel(customer.id), new RegExp(`^${customer.name}, `));
  assert.ok((await system.edges.count()) > 0, "relationships are drawn");

  await conway.waitForSaveStatus("Saved");
  assert.equal(await conway.saveStatusText(), "Saved");
  assert.equal(await conway.readNotice(), null, "no notice on a first visit");
  assert.ok(await conway.isOverviewShown(), "nothing is selected: the overview is shown");
  assert.deepEqual(conway.errors, [], "no console errors or page errors while loading");
});

test("Fit shows the whole view in its pane", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const containers = sample.views.find((v) => v.id === "view-containers");
  await system.selectView(containers.name);
  assert.deepEqual(await system.nodesOutsideCanvas({ waitForNone: true }), [], "a newly shown view starts fitted");
  for (let i = 0; i < 4; i++) await system.zoomIn();
  assert.ok((await system.nodesOutsideCanvas()).length > 0, "zoomed in, some elements are out of sight");
  await system.fit();
  assert.deepEqual(await system.nodesOutsideCanvas({ waitForNone: true }), [], "after Fit every element is in sight");
});

test("both themes: the toggle switches data-theme and the choice survives a reload", async () => {
  const { app: conway } = await app.open();
  assert.equal(await conway.theme(), "light", "a light system theme starts light");
  assert.equal(await conway.themeToggleName(), "Switch to dark theme");

  assert.equal(await conway.toggleTheme(), "dark");
  assert.equal(await conway.themeToggleName(), "Switch to light theme");
  await conway.reload();
  assert.equal(await conway.theme(), "dark", "dark theme is remembered across a reload");
  assert.equal(await conway.themeToggleName(), "Switch to light theme");

  assert.equal(await conway.toggleTheme(), "light");
  await conway.reload();
  assert.equal(await conway.theme(), "light", "light theme is remembered across a reload");
  assert.equal(await conway.themeToggleName(), "Switch to dark theme");
  assert.deepEqual(conway.errors, []);
});

test("a dark system theme starts dark", async () => {
  const { app: conway } = await app.open({ colorScheme: "dark" });
  assert.equal(await conway.theme(), "dark");
  assert.equal(await conway.themeToggleName(), "Switch to light theme");
});

test("the theme follows the system setting as it changes, until the user picks one", async () => {
  const { app: conway, page } = await app.open();
  assert.equal(await conway.theme(), "light");
  await page.emulateMedia({ colorScheme: "dark" });
  await conway.waitForTheme("dark");
  await page.emulateMedia({ colorScheme: "light" });
  await conway.waitForTheme("light");
  // Once chosen in Conway, the system's changes no longer move it.
  assert.equal(await conway.toggleTheme(), "dark");
  await page.emulateMedia({ colorScheme: "light" });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.emulateMedia({ colorScheme: "light" });
  await conway.nextFrames(); // media changes are delivered as the page renders
  assert.equal(await conway.theme(), "dark");
});
