// RFCs and the decision framework: a proposal's review (comments, review-by
// date, accepting it records who and when), deprecating asks why, principles
// a decision departs from need a justification, the guidance matrix is the
// workspace's own, and decision numbers are never reused.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, sampleJson } from "./support.mjs";

const app = useApp();
const sample = sampleJson();
const next = Math.max(...sample.decisions.map((d) => d.number)) + 1;
const reference = (n) => `ADR-${String(n).padStart(4, "0")}`;
const proposal = sample.decisions.find((d) => d.status === "proposed");
const accepted = sample.decisions.find((d) => d.status === "accepted");

async function browserToday(page) {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  });
}

test("an RFC past its review date is flagged; comments add to its thread; accepting records who and when", async () => {
  const { app: conway, page } = await app.open();
  await conway.openDecision(reference(proposal.number));
  await conway.openProperties();
  await conway.review.setReviewField("review-by", "2020-01-31");
  await conway.review.section.getByTestId("review-overdue").waitFor();
  assert.ok((await conway.decisionFindings()).some((f) => f.startsWith("Review was due by 2020-01-31")));

  await conway.review.addComment("Priya Raman", "Happy with this if the SLO is **99.9%**.");
  const comments = await conway.review.comments();
  assert.deepEqual(comments.at(-1), { author: "Priya Raman", text: "Happy with this if the SLO is 99.9%." });
  assert.equal(await conway.review.section.locator(".comment strong", { hasText: "99.9%" }).count(), 1, "comments are markdown");

  await conway.review.resolveDecision("Accepted", "Architecture forum");
  const today = await browserToday(page);
  assert.equal(await conway.review.resolutionLine(), `Accepted by Architecture forum on ${today}`);
  assert.equal(await conway.review.decisionStatusValue(), "Accepted");
  assert.equal(await conway.review.section.getByTestId("review-overdue").count(), 0, "a decided RFC is no longer overdue");
  assert.ok(!(await conway.decisionFindings()).some((f) => f.startsWith("Review was due")));
  assert.equal(comments.length, await conway.review.section.locator(".comment").count(), "the thread is kept as the record");

  await conway.undoButton.click();
  await conway.review.waitForDecisionStatus("Proposed");
  assert.equal(await conway.review.decisionStatusValue(), "Proposed", "accepting was one undo step");
  assert.equal(await conway.review.resolutionLine(), null);
  await conway.pressEscape();
  assert.equal(await conway.details.getByTestId("row-findings").first().isVisible(), true, "the log marks decisions with findings");
});

test("deprecating asks why, and cancelling changes nothing", async () => {
  const { app: conway } = await app.open();
  await conway.openDecision(reference(accepted.number));
  await conway.openProperties();
  await conway.review.deprecateDecision(null);
  assert.equal(await conway.review.decisionStatusValue(), "Accepted");
  await conway.review.deprecateDecision("The vendor retired the API in 2026.");
  assert.equal(await conway.review.decisionStatusValue(), "Deprecated");
  assert.match(await conway.details.getByTestId("deprecation-reason").textContent(), /The vendor retired the API in 2026\./);
  await conway.undoButton.click();
  await conway.review.waitForDecisionStatus("Accepted");
  assert.equal(await conway.details.getByTestId("deprecation-reason").count(), 0, "deprecating was one undo step");
});

test("a departure from a principle needs a justification, and the Principles tab counts it", async () => {
  const { app: conway } = await app.open();
  await conway.review.addPrinciple("Write decisions down");
  await conway.openOverviewTab("Decisions");
  await conway.newDecision("Keep a shared staging database");
  await conway.review.citePrinciple("Write decisions down", "Departs from");
  const finding = 'Departs from "Write decisions down" without saying why.';
  assert.ok((await conway.decisionFindings()).includes(finding));
  await conway.review.justifyDeparture("Write decisions down", "Recorded verbally at the forum; a spike only.");
  await conway.details.getByTestId("decision-findings").filter({ hasText: finding }).waitFor({ state: "detached" });
  assert.deepEqual(await conway.review.citedPrinciples(), ["Departs from Write decisions down Recorded verbally at the forum; a spike only."]);
  await conway.pressEscape();
  await conway.openOverviewTab("Principles");
  assert.match(await conway.review.principleCard("Write decisions down").textContent(), /Cited by 1 decision, 1 departing/);
});

test("the guidance matrix is the workspace's own: edited, shown to a new decision, kept across a reload", async () => {
  const { app: conway } = await app.open();
  const cell = "Two-way door · One team";
  await conway.review.editGuidance(cell, "Who decides", "The team, after a 15-minute huddle");
  await conway.review.guidanceCell(cell).filter({ hasText: "15-minute huddle" }).waitFor();
  await conway.waitForSaveStatus("Saved");
  await conway.reload();
  await conway.openOverviewTab("Framework");
  await conway.review.guidanceCell(cell).filter({ hasText: "15-minute huddle" }).waitFor();
  await conway.openOverviewTab("Decisions");
  const guidance = await conway.newDecision("Rename the basket API fields", { undo: "Easily", affects: "One team" });
  assert.match(guidance, /The team, after a 15-minute huddle/);
  await conway.undoButton.click(); // the new decision
  await conway.pressEscape();
  await conway.openOverviewTab("Framework");
  await conway.review.guidanceCell(cell).click();
  await conway.details.getByRole("button", { name: "Reset to Conway's default" }).click();
  await conway.review.guidanceCell(cell).filter({ hasText: "A note in the log" }).filter({ hasNotText: "huddle" }).waitFor();
});

test("a deleted decision's number is never given again, even after a reload", async () => {
  const { app: conway, page } = await app.open();
  await conway.newDecision("First try");
  assert.match(await conway.detailsText(), new RegExp(reference(next)));
  page.once("dialog", (dialog) => dialog.accept());
  await conway.details.getByTestId("delete-decision").click();
  await conway.details.getByTestId("decision-log").waitFor();
  await conway.waitForSaveStatus("Saved");
  await conway.reload();
  await conway.newDecision("Second try");
  assert.match(await conway.detailsText(), new RegExp(reference(next + 1)));
});

test("picking on the canvas links and unlinks elements of either map to the open decision", async () => {
  const { app: conway } = await app.open();
  const systemPane = conway.pane("system");
  const orgPane = conway.pane("org");
  await conway.newDecision("Give the notifications service an owner");
  await conway.review.togglePicking();
  assert.equal(await conway.review.isPicking(), true);
  const system = await systemPane.nodes.first().getAttribute("data-node-id");
  const org = await orgPane.nodes.first().getAttribute("data-node-id");
  await systemPane.clickNode(system);
  await systemPane.idsIn("linked", [system]);
  await orgPane.clickNode(org);
  await orgPane.idsIn("linked", [org]);
  await conway.waitForDetailsName("Give the notifications service an owner");
  assert.equal(await conway.details.getByTestId("decision-links").getByRole("listitem").count(), 2, "picking selected nothing else");
  await systemPane.clickNode(system);
  await systemPane.idsIn("linked", []);
  await conway.press("Escape");
  assert.equal(await conway.review.isPicking(), false, "Escape ends picking and keeps the decision open");
  await systemPane.clickNode(system);
  assert.deepEqual(await systemPane.idsIn("selected", [system]), [system], "once done, a click selects again");
});
