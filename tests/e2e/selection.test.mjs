// Selection: details of the selected element, cross-highlighting between the
// system and organisation panes, decisions, and clearing the selection.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, sampleJson } from "./support.mjs";

const app = useApp();
const sample = sampleJson();

const element = (id) => {
  const found = sample.elements.find((e) => e.id === id);
  assert.ok(found, `sample has element ${id}`);
  return found;
};
const view = (id) => sample.views.find((v) => v.id === id);
const shows = (viewId, id) => view(viewId).placements.some((p) => p.element === id);
const reference = (d) => `ADR-${String(d.number).padStart(4, "0")}`;
const capitalised = (s) => s[0].toUpperCase() + s.slice(1);

const SYSTEM_CONTEXT = "view-context";
const CONTAINERS = "view-containers";
const TEAMS = "view-teams";
// An external system drawn in the first system view whose owner team is drawn
// in the first org view, and which decisions link to.
const PAYMENTS = element("ext-payments-provider");
const OWNER = element(PAYMENTS.owner);
const PAYMENTS_DECISIONS = sample.decisions.filter((d) => d.links.includes(PAYMENTS.id)).sort((a, b) => a.number - b.number);
// A team owning several elements of the containers view.
const CHECKOUT = element("team-checkout");
const CHECKOUT_OWNS = sample.elements.filter((e) => e.owner === CHECKOUT.id);
const CHECKOUT_IN_CONTAINERS = CHECKOUT_OWNS.filter((e) => shows(CONTAINERS, e.id)).map((e) => e.id);

test("the sample has what these tests rely on", () => {
  assert.equal(sample.views.find((v) => v.kind === "system").id, SYSTEM_CONTEXT);
  assert.equal(sample.views.find((v) => v.kind === "org").id, TEAMS);
  assert.ok(shows(SYSTEM_CONTEXT, PAYMENTS.id));
  assert.ok(shows(TEAMS, OWNER.id));
  assert.ok(PAYMENTS_DECISIONS.length >= 1);
  assert.ok(CHECKOUT_IN_CONTAINERS.length >= 3);
  assert.ok(CHECKOUT_OWNS.some((e) => !shows(CONTAINERS, e.id)), "the team also owns elements not in that view");
});

test("clicking a system element shows its details and highlights its owner team", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const org = conway.pane("org");
  await system.clickNode(PAYMENTS.id);
  await conway.waitForDetailsName(PAYMENTS.name);

  const details = await conway.elementDetails();
  assert.equal(details.kind, "External System");
  assert.equal(details.name, PAYMENTS.name);
  assert.equal(details.description, PAYMENTS.description);
  assert.equal(details.owner, OWNER.name);
  assert.deepEqual(
    details.decisions,
    PAYMENTS_DECISIONS.map((d) => ({ reference: reference(d), title: d.title, status: capitalised(d.status) })),
  );
  assert.match(details.decisions[0].reference, /^ADR-\d{4}$/);
  assert.ok(details.concerns, "concerns are listed");

  assert.deepEqual(await system.idsIn("selected", [PAYMENTS.id]), [PAYMENTS.id]);
  assert.equal((await system.nodeState(PAYMENTS.id)).pressed, "true");
  assert.ok((await system.nodeState(PAYMENTS.id)).selected, "drawn as selected");
  assert.deepEqual(await org.idsIn("highlighted", [OWNER.id]), [OWNER.id], "owner team highlighted in the org pane");
  assert.deepEqual(await system.idsIn("highlighted"), [], "nothing highlighted in the pane of the selection");
  assert.equal(await system.currentView(), view(SYSTEM_CONTEXT).name, "the system view stays put");
  assert.deepEqual(conway.errors, []);
});

test("selecting a team highlights the elements it owns in the current system view", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const org = conway.pane("org");
  await system.selectView(view(CONTAINERS).name);
  assert.deepEqual(
    (await system.nodeIds()).sort(),
    view(CONTAINERS).placements.map((p) => p.element).sort(),
  );

  await org.clickNode(CHECKOUT.id);
  await conway.waitForDetailsName(CHECKOUT.name);
  assert.deepEqual(await org.idsIn("selected", [CHECKOUT.id]), [CHECKOUT.id]);
  assert.deepEqual(
    await system.idsIn("highlighted", CHECKOUT_IN_CONTAINERS),
    [...CHECKOUT_IN_CONTAINERS].sort(),
    "exactly the team's elements drawn in the containers view are highlighted",
  );
  assert.equal(await system.currentView(), view(CONTAINERS).name);

  const details = await conway.elementDetails();
  assert.equal(details.kind, "Stream-aligned team");
  assert.equal(details.name, CHECKOUT.name);
  assert.deepEqual([...details.owned].sort(), CHECKOUT_OWNS.map((e) => e.name).sort(), "details list everything the team owns");

  // Selecting another team moves the highlight.
  const discovery = element("team-discovery");
  const discoveryInContainers = sample.elements
    .filter((e) => e.owner === discovery.id && shows(CONTAINERS, e.id))
    .map((e) => e.id);
  await org.clickNode(discovery.id);
  assert.deepEqual(await system.idsIn("highlighted", discoveryInContainers), [...discoveryInContainers].sort());
  assert.equal((await org.nodeState(CHECKOUT.id)).pressed, "false", "the previous team is no longer selected");
});

test("Escape and a click on empty canvas clear the selection", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const org = conway.pane("org");
  await system.clickNode(PAYMENTS.id);
  await conway.waitForDetailsName(PAYMENTS.name);
  await conway.pressEscape();
  await conway.waitForOverview();
  assert.ok(await conway.isOverviewShown());
  assert.deepEqual(await conway.overviewTabs(), ["Decisions", "Framework", "Principles", "Glossary"]);
  assert.deepEqual(await system.idsIn("selected", []), []);
  assert.equal((await system.nodeState(PAYMENTS.id)).pressed, "false");
  assert.deepEqual(await org.idsIn("highlighted", []), [], "the cross-highlight goes with the selection");

  await org.clickNode(OWNER.id);
  await conway.waitForDetailsName(OWNER.name);
  await org.clickEmptyCanvas();
  await conway.waitForOverview();
  assert.deepEqual(await org.idsIn("selected", []), []);
  assert.deepEqual(await system.idsIn("highlighted", []), []);
});

test("keyboard: Enter on a focused element selects it", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const org = conway.pane("org");
  await system.pressOnNode(PAYMENTS.id, "Enter");
  await conway.waitForDetailsName(PAYMENTS.name);
  assert.deepEqual(await system.idsIn("selected", [PAYMENTS.id]), [PAYMENTS.id]);
  assert.deepEqual(await org.idsIn("highlighted", [OWNER.id]), [OWNER.id]);

  await org.pressOnNode(OWNER.id, "Enter");
  await conway.waitForDetailsName(OWNER.name);
  assert.deepEqual(await org.idsIn("selected", [OWNER.id]), [OWNER.id]);
  await conway.pressEscape();
  await conway.waitForOverview();
});

test("decisions: a linked decision opens from the element, and from the decision log", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  await system.clickNode(PAYMENTS.id);
  await conway.waitForDetailsName(PAYMENTS.name);
  const decision = PAYMENTS_DECISIONS[0];
  await conway.openDecision(reference(decision));
  await conway.waitForDetailsName(decision.title);
  assert.match(await conway.detailsText(), new RegExp(reference(decision)));
  assert.ok(
    (await system.idsIn("linked", [PAYMENTS.id])).includes(PAYMENTS.id),
    "elements the decision shapes are marked linked",
  );

  await conway.pressEscape();
  await conway.waitForOverview();
  const log = await conway.decisionLogRows();
  const sorted = [...sample.decisions].sort((a, b) => a.number - b.number);
  assert.deepEqual(
    log,
    sorted.map((d) => ({ reference: reference(d), title: d.title, status: capitalised(d.status) })),
    "the decision log lists every decision in number order",
  );
  const first = sorted[0];
  await conway.openDecision(reference(first));
  await conway.waitForDetailsName(first.title);
  const text = await conway.detailsText();
  assert.ok(text.includes(first.context), "the decision's context is shown");
  assert.ok(text.includes(capitalised(first.status)), "the decision's status is shown");
});
