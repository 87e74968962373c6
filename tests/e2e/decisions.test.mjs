// The decision log: create and edit decisions (each change one undo step),
// filter and sort the log, supersede as one step, delete with confirmation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, sampleJson } from "./support.mjs";

const app = useApp();
const sample = sampleJson();
const next = Math.max(...sample.decisions.map((d) => d.number)) + 1;
const reference = (n) => `ADR-${String(n).padStart(4, "0")}`;

test("a new decision gets the next number, is edited in its form, and each edit is one undo step", async () => {
  const { app: conway } = await app.open();
  await conway.newDecision();
  await conway.waitForDetailsName("Untitled decision");
  assert.match(await conway.detailsText(), new RegExp(reference(next)));
  await conway.setDecisionField("title", "Adopt OpenTelemetry for tracing");
  await conway.waitForDetailsName("Adopt OpenTelemetry for tracing");
  await conway.setDecisionField("context", "We cannot follow a request **across services**.");
  await conway.details.locator(".markdown strong", { hasText: "across services" }).waitFor();
  await conway.addDecisionOption("Jaeger agents", ["Mature", "Self-hosted"]);
  await conway.details.locator(".option h4", { hasText: "Jaeger agents" }).waitFor();
  assert.deepEqual(await conway.decisionOptions(), ["Jaeger agents"]);
  assert.match(await conway.detailsText(), /GoodMatureSelf-hosted/);
  for (let i = 0; i < 3; i++) await conway.undoButton.click(); // pros, name, the option
  assert.deepEqual(await conway.decisionOptions(), []);
  await conway.undoButton.click();
  assert.equal(await conway.details.locator(".markdown strong").count(), 0, "undo took the context back");
  await conway.waitForDetailsName("Adopt OpenTelemetry for tracing");

  await conway.pressEscape();
  const rows = await conway.decisionLogRows();
  assert.deepEqual(rows.at(-1), { reference: reference(next), title: "Adopt OpenTelemetry for tracing", status: "Proposed" });
  await conway.filterDecisionLog({ status: "Proposed" });
  assert.ok((await conway.decisionLogRows()).every((r) => r.status === "Proposed"));
  await conway.filterDecisionLog({ status: "Any status", text: "opentelemetry" });
  assert.deepEqual((await conway.decisionLogRows()).map((r) => r.reference), [reference(next)]);
});

test("the log filters by category and linked element and sorts newest first", async () => {
  const { app: conway } = await app.open();
  const all = await conway.decisionLogRows();
  assert.equal(all.length, sample.decisions.length);
  const withCategory = sample.decisions.find((d) => d.category);
  const labels = { "two-way-door": "Two-way door", "costly-to-reverse": "Costly to reverse", "one-way-door": "One-way door", "one-team": "One team", "several-teams": "Several teams", "whole-organisation": "Whole organisation" };
  const category = `${labels[withCategory.category.reversibility]} · ${labels[withCategory.category.scope]}`;
  await conway.filterDecisionLog({ category });
  const inCategory = await conway.decisionLogRows();
  const expected = sample.decisions.filter((d) => d.category && d.category.reversibility === withCategory.category.reversibility && d.category.scope === withCategory.category.scope);
  assert.deepEqual(inCategory.map((r) => r.reference).sort(), expected.map((d) => reference(d.number)).sort());
  const element = sample.elements.find((e) => sample.decisions.some((d) => d.links.includes(e.id)));
  await conway.filterDecisionLog({ category: "Any category", linked: element.name });
  assert.deepEqual(
    (await conway.decisionLogRows()).map((r) => r.reference).sort(),
    sample.decisions.filter((d) => d.links.includes(element.id)).map((d) => reference(d.number)).sort(),
  );
  await conway.filterDecisionLog({ linked: "Any element", sort: "Newest first" });
  const newest = [...sample.decisions].filter((d) => d.date).sort((a, b) => b.date.localeCompare(a.date) || a.number - b.number)[0];
  assert.equal((await conway.decisionLogRows())[0].reference, reference(newest.number));
});

test("a proposal supersedes only once accepted, both decisions in one step; deleting asks first", async () => {
  const { app: conway, page } = await app.open();
  const old = sample.decisions.find((d) => d.status === "accepted");
  const statusOfOld = async () => (await conway.decisionLogRows()).find((r) => r.reference === reference(old.number)).status;
  await conway.newDecision();
  await conway.setDecisionField("title", "Replace the old way");
  await conway.details.getByTestId("supersede-choice").selectOption({ label: `${reference(old.number)} ${old.title}` });
  await conway.details.getByRole("button", { name: "Supersede selected" }).click();
  await conway.details.getByText(`Supersedes`).first().waitFor();
  await conway.pressEscape();
  assert.equal(await statusOfOld(), "Accepted", "still in force while its successor is only proposed");
  await conway.openDecision(reference(next));
  await conway.review.resolveDecision("Accepted", "Architecture forum");
  await conway.pressEscape();
  assert.equal(await statusOfOld(), "Superseded", "accepting the successor supersedes it");
  await conway.undoButton.click();
  assert.equal(await statusOfOld(), "Accepted", "one undo reverts the old decision too");
  await conway.openDecision(reference(next));
  await conway.review.waitForDecisionStatus("Proposed");
  await conway.pressEscape();

  await conway.openDecision(reference(next));
  await conway.openProperties();
  let question = null;
  page.once("dialog", (dialog) => {
    question = dialog.message();
    dialog.accept();
  });
  await conway.details.getByTestId("delete-decision").click();
  assert.match(question, /Delete the decision "Replace the old way"\?/);
  await conway.details.getByTestId("decision-log").waitFor();
  assert.equal((await conway.decisionLogRows()).some((r) => r.reference === reference(next)), false);
});

test("linked elements carry a badge with the count and the most important status, and a selected decision dims the rest", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const org = conway.pane("org");
  const decided = (id) => sample.decisions.filter((d) => d.links.includes(id)).length;
  // A system view with an element that several decisions shape.
  const view = sample.views.find((v) => v.kind === "system" && v.placements.some((p) => decided(p.element) > 1));
  await system.selectView(view.name);
  const shown = new Set(view.placements.map((p) => p.element));
  const importance = { proposed: 4, accepted: 3, superseded: 2, deprecated: 1, rejected: 0 };
  const element = [...shown].find((id) => decided(id) > 1);
  const linked = sample.decisions.filter((d) => d.links.includes(element));
  const badge = await system.decisionBadge(element);
  assert.equal(badge.count, linked.length);
  assert.equal(badge.status, [...linked].sort((a, b) => importance[b.status] - importance[a.status])[0].status);
  for (const d of linked) assert.ok(badge.titles.includes(d.title), `hover names ${d.title}`);
  const unlinked = [...shown].find((id) => !sample.decisions.some((d) => d.links.includes(id)));
  if (unlinked) assert.equal(await system.decisionBadge(unlinked), null);

  assert.equal(await system.isFocusing(), false);
  await conway.openDecision(reference(linked[0].number));
  await conway.waitForDetailsName(linked[0].title);
  assert.equal(await system.isFocusing(), true);
  assert.equal(await org.isFocusing(), true);
  assert.match(await system.node(element).getAttribute("class"), /\blinked\b/);
});

test("a decision is linked from the decision and from the element, and the links show both ways", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const customer = sample.elements.find((e) => e.id === "person-customer");
  assert.equal(await system.decisionBadge(customer.id), null);
  await conway.newDecision();
  await conway.setDecisionField("title", "Customers sign in with passkeys");
  await conway.linkFromDecision(customer.name);
  await conway.details.getByRole("button", { name: `Unlink ${customer.name}` }).waitFor();
  assert.equal((await system.decisionBadge(customer.id)).count, 1);
  await conway.unlinkFromDecision(customer.name);
  await conway.page.waitForFunction(() => !document.querySelector('[data-node-id="person-customer"] [data-testid="decision-badge"]'));

  // From the element's side.
  const store = sample.elements.find((e) => e.id === "system-online-store");
  await system.clickNode(store.id);
  await conway.linkFromElement(`${reference(next)} Customers sign in with passkeys`);
  await conway.page.waitForFunction(() => document.querySelector('[data-node-id="system-online-store"] [data-testid="decision-badge"]'));
  const details = await conway.elementDetails();
  assert.ok(details.decisions.some((d) => d.reference === reference(next)), "the element lists the decision");
  await conway.openDecision(reference(next));
  await conway.details.getByRole("button", { name: `Unlink ${store.name}` }).waitFor();
});

test("the linter flags what a decision lacks, and the map suggests a wider scope", async () => {
  const { app: conway } = await app.open();
  await conway.newDecision();
  await conway.setDecisionField("title", "Move all services to one region");
  assert.deepEqual(await conway.decisionFindings(), [
    "Proposed decision needs: context and problem.",
    "Proposed, but nobody is asked to review it: name its reviewers.",
  ]);
  await conway.review.setReviewField("reviewers", "Platform team");
  await conway.page.waitForFunction(() => [...document.querySelectorAll('[data-testid="decision-findings"] li')].length === 1);
  await conway.setDecisionField("context", "Two regions double the on-call load.");
  await conway.details.getByTestId("decision-findings").waitFor({ state: "detached" });

  await conway.review.resolveDecision("Accepted", "Architecture forum");
  await conway.details.getByTestId("decision-findings").waitFor();
  assert.match((await conway.decisionFindings())[0], /^Accepted decision needs: decision outcome, deciders\./);

  // Linked to elements of two teams but scoped to one: too narrow, and the map says so.
  const owned = sample.elements.filter((e) => e.owner);
  const [a, b] = [owned[0], owned.find((e) => e.owner !== owned[0].owner)];
  await conway.setDecisionField("reversibility", "Two-way door");
  await conway.setDecisionField("scope", "One team");
  await conway.linkFromDecision(a.name);
  await conway.linkFromDecision(b.name);
  await conway.page.waitForFunction(() => [...document.querySelectorAll('[data-testid="decision-findings"] li')].some((li) => li.textContent.includes("Scoped to one team")));
  assert.match(await conway.details.getByTestId("scope-suggestion").textContent(), /Several teams/);
});

test("a new decision starts with two questions that set its category and show the framework's guidance", async () => {
  const { app: conway } = await app.open();
  const guidance = await conway.newDecision("Move order data to a new database", { undo: "Hardly", affects: "The whole organisation" });
  assert.match(guidance, /One-way door · Whole organisation/);
  assert.match(guidance, /Who decides\s*The CTO with the org-wide architecture group/);
  assert.match(guidance, /An RFC with review/);
  await conway.waitForDetailsName("Move order data to a new database");
  assert.match(await conway.detailsText(), /CategoryOne-way door · Whole organisation/);
});

test("the timeline orders decisions by date and the slider shows what was in force as of a decision", async () => {
  const { app: conway } = await app.open();
  await conway.review.showDecisionsAs("Timeline");
  const successor = sample.decisions.find((d) => (d.relations ?? []).some((r) => r.kind === "supersedes"));
  const replaced = sample.decisions.find((d) => d.id === successor.relations.find((r) => r.kind === "supersedes").target);
  const row = async (d) => (await conway.timelineRows()).find((r) => r.reference === reference(d.number));
  assert.equal((await row(replaced)).inForce, false, "replaced today");
  await conway.timelineAsOf(successor.number - 1);
  assert.equal((await row(replaced)).inForce, true, "in force before its successor arrived");
  assert.equal((await row(successor)).inForce, false);
  const dated = sample.decisions.filter((d) => d.date).sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number);
  assert.equal((await conway.timelineRows())[0].reference, reference(dated[0].number));
});

test("deleting an element keeps its decisions and says which links go with it", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const element = "ext-payments-provider";
  const linked = sample.decisions.filter((d) => d.links.includes(element));
  assert.ok(linked.length > 0);
  await system.clickNode(element);
  const question = await conway.deleteSelectedFromModel();
  await system.node(element).waitFor({ state: "detached" });
  assert.match(question, new RegExp(`Decisions ${linked.map((d) => reference(d.number)).join(", ")} stay, without their link to it`));
  await conway.pressEscape();
  const rows = await conway.decisionLogRows();
  for (const d of linked) assert.ok(rows.some((r) => r.reference === reference(d.number)), `${reference(d.number)} is kept`);
  await conway.undoButton.click();
  await system.node(element).waitFor();
  assert.equal((await system.decisionBadge(element)).count, linked.length, "undo brings the links back");
});

test("an amends relation shows on both decisions, and removing it is one undo step", async () => {
  const { app: conway } = await app.open();
  const target = sample.decisions.find((d) => d.status === "accepted");
  await conway.newDecision("Tighten the gateway timeouts");
  const editor = conway.details.getByTestId("relation-editor");
  await editor.getByRole("combobox", { name: "Related decision" }).selectOption({ label: `${reference(target.number)} ${target.title}` });
  await editor.getByRole("button", { name: "Add", exact: true }).click();
  await editor.getByText(`Amends ${reference(target.number)}`).waitFor();
  assert.match(await conway.detailsText(), new RegExp(`Amends\\s*${reference(target.number)}`));
  await conway.pressEscape();
  await conway.openDecision(reference(target.number));
  await conway.waitForDetailsName(target.title);
  assert.match(await conway.detailsText(), new RegExp(`Amended by\\s*${reference(next)} Tighten the gateway timeouts`));
});
