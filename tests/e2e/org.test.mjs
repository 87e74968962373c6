// The organisation side: giving system elements an owner by dropping them on
// a team or in bulk, and colouring a system view by owner with a legend.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, sampleJson } from "./support.mjs";

const app = useApp();
const sample = sampleJson();
const CONTAINERS = sample.views.find((v) => v.id === "view-containers").name;
const UNOWNED = "notifications-service";
const team = (id) => sample.elements.find((e) => e.id === id);
const FULFILMENT = team("team-fulfilment");

test("dropping a system element on a team in the organisation pane makes that team its owner, as one undo step", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const org = conway.pane("org");
  await system.selectView(CONTAINERS);
  await system.clickNode(UNOWNED);
  const before = await system.nodePosition(UNOWNED);
  await system.dragNodeOnto(UNOWNED, org, FULFILMENT.id, {
    beforeRelease: async () => assert.equal(await org.isDropTarget(FULFILMENT.id), true, "the team is marked while over it"),
  });
  assert.equal(await org.isDropTarget(FULFILMENT.id), false);
  await conway.details.getByTestId("details-owner").filter({ hasText: FULFILMENT.name }).waitFor();
  assert.deepEqual(await system.nodePosition(UNOWNED), before, "the element stays where it was");
  await conway.undoButton.click();
  await conway.details.getByTestId("details-owner").filter({ hasText: "No owner" }).waitFor();
  assert.deepEqual(conway.errors, []);
});

test("several selected elements get one owner at once, and one undo takes it back", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  await system.selectView(CONTAINERS);
  const ids = [UNOWNED, "search-service"];
  await system.clickNode(ids[0]);
  await system.shiftClickNode(ids[1]);
  await conway.org.setBulkOwner(FULFILMENT.name);
  for (const id of ids) {
    await conway.pressEscape();
    await system.clickNode(id);
    await conway.details.getByTestId("details-owner").filter({ hasText: FULFILMENT.name }).waitFor();
  }
  await conway.undoButton.click();
  await conway.pressEscape();
  await system.clickNode(UNOWNED);
  await conway.details.getByTestId("details-owner").filter({ hasText: "No owner" }).waitFor();
  await conway.pressEscape();
  await system.clickNode("search-service");
  await conway.details.getByTestId("details-owner").filter({ hasText: team("team-search-relevance").name }).waitFor();
});

test("a system view coloured by owner fills elements with their team's colour, shows a legend and tints the teams", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const org = conway.pane("org");
  await system.selectView(CONTAINERS);
  assert.equal(await system.ownerColour("search-service"), null);
  await system.toggleOwnerColours();
  await system.ownerLegend.waitFor();
  const legend = await system.ownerLegendEntries();
  assert.ok(legend.some((line) => line.startsWith(team("team-search-relevance").name)), legend.join(" | "));
  assert.match(legend.at(-1), /^No owner \d+$/, "unowned elements are counted last");
  assert.match(await system.ownerColour("search-service"), /^owner-\d$/);
  assert.equal(await system.ownerColour(UNOWNED), "unowned");
  // Elements owned by the same team share a colour; another team's differ.
  const searchIndex = await system.ownerColour("search-index");
  assert.equal(searchIndex, await system.ownerColour("search-service"));
  assert.notEqual(await system.ownerColour("orders-service"), searchIndex);
  // The organisation pane tints each team with the same colour.
  assert.equal(await org.ownerColour("team-search-relevance"), searchIndex);
  await system.ownerLegend.getByRole("button", { name: "Stop colouring by owner" }).click();
  await system.ownerLegend.waitFor({ state: "detached" });
  assert.equal(await system.ownerColour("search-service"), null);
  assert.equal(await org.ownerColour("team-search-relevance"), null);
});

test("the Conway lens lists what the maps disagree on; a finding selects its elements; bands show dependencies on both panes", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const org = conway.pane("org");
  await system.selectView(CONTAINERS);
  await conway.org.toggleLens();
  const findings = await conway.org.lensFindings();
  assert.ok(findings.some((f) => f.title === "Owned by no team" && f.message === "Notifications Service is owned by no team."), JSON.stringify(findings));
  assert.ok(findings.some((f) => f.title === "Collaboration past its end date" && /Checkout and Payments & Fraud/.test(f.message)));
  // One finding per pair of teams: the overdue collaboration, not also "no interaction".
  assert.ok(!findings.some((f) => f.title === "Dependency without a declared interaction" && /Checkout/.test(f.message) && /Payments & Fraud/.test(f.message)), JSON.stringify(findings));
  await conway.org.chooseLensFinding("Notifications Service");
  assert.deepEqual(await system.idsIn("selected", [UNOWNED]), [UNOWNED]);
  await conway.details.getByTestId("lens-findings").waitFor(); // the lens stays open while selecting
  const teams = sample.elements.filter((e) => e.kind === "team").length;
  assert.equal(await conway.details.getByTestId("team-matrix").locator("tbody tr").count(), teams);
  assert.match(await conway.details.getByTestId("load-formula").textContent(), /owned elements \+ ½ × relationships crossing/);
  assert.ok((await org.lensBands()).length > 0, "bands between teams on the organisation pane");
  assert.ok((await system.lensBands()).length > 0, "crossing relationships on the system pane");

  // Giving the orphan an owner clears its finding at once.
  await system.dragNodeOnto(UNOWNED, org, FULFILMENT.id);
  await conway.details.getByTestId("lens-findings").locator(".lens-finding", { hasText: "Notifications Service is owned by no team" }).waitFor({ state: "detached" });
  await conway.org.toggleLens();
  assert.equal((await org.lensBands()).length, 0, "closing the lens removes its bands");
});

test("the organisation pane's date slider shows the interactions in force on a date", async () => {
  const { app: conway } = await app.open();
  const org = conway.pane("org");
  const ENDED = "ix-checkout-payments"; // a collaboration from 2026-02-02 to 2026-05-29
  assert.ok((await org.edgeIds()).includes(ENDED));
  await conway.org.showInteractionsAsOf();
  await conway.org.setInteractionsAsOf("2026-11-23");
  await org.waitForEdge(ENDED, false); // an interaction that has ended is hidden
  await conway.org.setInteractionsAsOf("2026-03-16");
  await org.waitForEdge(ENDED); // in force in March
  await conway.org.setInteractionsAsOf("2026-01-30");
  await org.waitForEdge(ENDED, false); // not yet started in January
  assert.ok((await org.edgeIds()).length > 0, "other relationships stay");
  await conway.org.showAllInteractions();
  await org.waitForEdge(ENDED);
});

test("the concern lens lights up who cares, what carries the concern and who owns it, in both panes", async () => {
  const { app: conway, page } = await app.open();
  const system = conway.pane("system");
  const org = conway.pane("org");
  await system.selectView(CONTAINERS);
  const latency = sample.concerns.find((c) => c.name === "Latency");
  const tagged = sample.elements.filter((e) => e.concerns?.some((c) => c.concern === latency.id));
  const systemTagged = tagged.filter((e) => !["team", "org-person", "stakeholder", "department"].includes(e.kind)).map((e) => e.id);
  const owners = [...new Set(systemTagged.map((id) => sample.elements.find((e) => e.id === id).owner).filter(Boolean))];
  await page.getByRole("combobox", { name: "Concern lens" }).selectOption({ label: "Concern: Latency" });
  await conway.waitForDetailsName("Latency");
  const shownSystem = new Set(await system.nodes.evaluateAll((ns) => ns.map((n) => n.dataset.nodeId)));
  const shownOrg = new Set(await org.nodes.evaluateAll((ns) => ns.map((n) => n.dataset.nodeId)));
  assert.deepEqual(await system.idsIn("highlighted", systemTagged.filter((id) => shownSystem.has(id))), systemTagged.filter((id) => shownSystem.has(id)).sort());
  const orgExpected = owners.filter((id) => shownOrg.has(id)).sort();
  assert.ok(orgExpected.length > 0);
  assert.deepEqual(await org.idsIn("highlighted", orgExpected), orgExpected);
  const decisions = sample.decisions.filter((d) => d.concerns?.includes(latency.id)).length;
  assert.equal(await conway.details.getByTestId("concern-decisions").getByRole("listitem").count(), decisions);
  await conway.details.getByRole("button", { name: "Turn the concern lens off" }).click();
  assert.deepEqual(await system.idsIn("highlighted", []), []);
});

test("a decision lists the stakeholders whose concerns it touches, and whether they were consulted", async () => {
  const { app: conway } = await app.open();
  await conway.openDecision("ADR-0011");
  const items = await conway.details.getByTestId("stakeholders-touched").getByRole("listitem").allInnerTexts();
  assert.ok(items.some((t) => /^Hannah Becker · .*not consulted, and should be$/.test(t.trim())), items.join(" | "));
  assert.ok((await conway.decisionFindings()).some((f) => f.startsWith("Touches what Hannah Becker cares about")));
});

test("on the power/interest grid a stakeholder is moved by drag or keys, and the change survives a reload", async () => {
  const { app: conway, page } = await app.open();
  const cfo = sample.elements.find((e) => e.id === "stakeholder-cfo");
  await conway.org.openStakeholderGrid();
  const before = await conway.org.stakeholderPlace(cfo.name);
  await conway.org.dragStakeholder(cfo.name, 20, 80);
  const moved = await conway.org.stakeholderPlace(cfo.name);
  assert.ok(Math.abs(moved.power - 20) <= 2 && Math.abs(moved.interest - 80) <= 2, JSON.stringify(moved));
  assert.notDeepEqual(moved, before);
  // The arrow keys move it too, one undo step each.
  await conway.org.stakeholderDot(cfo.name).focus();
  await page.keyboard.press("ArrowUp");
  await page.getByRole("button", { name: `${cfo.name}: power ${moved.power + 2}, interest ${moved.interest}` }).waitFor();
  await conway.press("Escape");
  await conway.undoButton.click();
  await conway.waitForSaveStatus("Saved");
  await conway.reload();
  await conway.org.openStakeholderGrid();
  assert.deepEqual(await conway.org.stakeholderPlace(cfo.name), moved, "the drag was kept; the key press was undone");
});

test("a team's page lists what it owns, what crosses to other teams, its interactions, decisions and stakeholders", async () => {
  const { app: conway } = await app.open();
  const org = conway.pane("org");
  const search = team("team-search-relevance");
  await org.clickNode(search.id);
  await conway.waitForDetailsName(search.name);
  const list = async (testid) => conway.details.getByTestId(testid).getByRole("listitem").allInnerTexts();
  assert.ok((await conway.elementDetails()).owned.includes("Search Service"));
  assert.ok((await list("team-crossing")).length > 0, "relationships crossing to other teams");
  assert.ok((await list("team-interactions")).some((t) => /Collaboration · 2026-09-07 to 2027-01-29/.test(t)), "its interactions with dates");
  assert.ok((await list("team-decisions")).some((t) => t.startsWith("ADR-0007")));
  assert.ok((await list("team-stakeholders")).includes("Hannah Becker"));
  assert.match(await conway.details.getByTestId("team-load").textContent(), /^Cognitive load \d+\.\d: \d+ owned/);
});

test("an element's concerns are weighted in its properties, and the concern lens follows", async () => {
  const { app: conway, page } = await app.open();
  const system = conway.pane("system");
  await system.selectView(CONTAINERS);
  await system.clickNode(UNOWNED);
  await conway.openProperties();
  await conway.details.getByTestId("concern-weights").getByRole("combobox", { name: "Weight of Cost" }).selectOption("4");
  await page.getByRole("combobox", { name: "Concern lens" }).selectOption({ label: "Concern: Cost" });
  await conway.pressEscape();
  await conway.details.getByTestId("concern-elements").getByText("Notifications Service").waitFor();
  assert.ok((await system.idsIn("highlighted")).includes(UNOWNED));
  await conway.undoButton.click();
  await conway.details.getByTestId("concern-elements").getByText("Notifications Service").waitFor({ state: "detached" });
});

test("on the power/interest grid no name is drawn over a quadrant's title, even at the edges", async () => {
  const { app: conway } = await app.open();
  await conway.org.openStakeholderGrid();
  const cfo = sample.elements.find((e) => e.id === "stakeholder-cfo");
  for (const [power, interest] of [[100, 0], [100, 100], [0, 0], [0, 100]]) {
    await conway.org.dragStakeholder(cfo.name, power, interest);
    assert.deepEqual(await conway.org.stakeholderPlace(cfo.name), { power, interest });
    assert.deepEqual(await conway.org.stakeholdersOverTitles(), [], `at power ${power}, interest ${interest}`);
  }
});
