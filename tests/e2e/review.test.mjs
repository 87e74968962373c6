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
  await conway.setReviewField("review-by", "2020-01-31");
  await conway.review.getByTestId("review-overdue").waitFor();
  assert.ok((await conway.decisionFindings()).some((f) => f.startsWith("Review was due by 2020-01-31")));

  await conway.addComment("Priya Raman", "Happy with this if the SLO is **99.9%**.");
  const comments = await conway.comments();
  assert.deepEqual(comments.at(-1), { author: "Priya Raman", text: "Happy with this if the SLO is 99.9%." });
  assert.equal(await conway.review.locator(".comment strong", { hasText: "99.9%" }).count(), 1, "comments are markdown");

  await conway.resolveDecision("Accepted", "Architecture forum");
  const today = await browserToday(page);
  assert.equal(await conway.resolutionLine(), `Accepted by Architecture forum on ${today}`);
  assert.equal(await conway.decisionStatusValue(), "Accepted");
  assert.equal(await conway.review.getByTestId("review-overdue").count(), 0, "a decided RFC is no longer overdue");
  assert.ok(!(await conway.decisionFindings()).some((f) => f.startsWith("Review was due")));
  assert.equal(comments.length, await conway.review.locator(".comment").count(), "the thread is kept as the record");

  await conway.undoButton.click();
  await conway.waitForDecisionStatus("Proposed");
  assert.equal(await conway.decisionStatusValue(), "Proposed", "accepting was one undo step");
  assert.equal(await conway.resolutionLine(), null);
  await conway.pressEscape();
  assert.equal(await conway.details.getByTestId("row-findings").first().isVisible(), true, "the log marks decisions with findings");
});

test("deprecating asks why, and cancelling changes nothing", async () => {
  const { app: conway } = await app.open();
  await conway.openDecision(reference(accepted.number));
  await conway.openProperties();
  await conway.deprecateDecision(null);
  assert.equal(await conway.decisionStatusValue(), "Accepted");
  await conway.deprecateDecision("The vendor retired the API in 2026.");
  assert.equal(await conway.decisionStatusValue(), "Deprecated");
  assert.match(await conway.details.getByTestId("deprecation-reason").textContent(), /The vendor retired the API in 2026\./);
  await conway.undoButton.click();
  await conway.waitForDecisionStatus("Accepted");
  assert.equal(await conway.details.getByTestId("deprecation-reason").count(), 0, "deprecating was one undo step");
});

test("a departure from a principle needs a justification, and the Principles tab counts it", async () => {
  const { app: conway } = await app.open();
  await conway.addPrinciple("Write decisions down");
  await conway.openOverviewTab("Decisions");
  await conway.newDecision("Keep a shared staging database");
  await conway.citePrinciple("Write decisions down", "Departs from");
  const finding = 'Departs from "Write decisions down" without saying why.';
  assert.ok((await conway.decisionFindings()).includes(finding));
  await conway.justifyDeparture("Write decisions down", "Recorded verbally at the forum; a spike only.");
  await conway.details.getByTestId("decision-findings").filter({ hasText: finding }).waitFor({ state: "detached" });
  assert.deepEqual(await conway.citedPrinciples(), ["Departs from Write decisions down Recorded verbally at the forum; a spike only."]);
  await conway.pressEscape();
  await conway.openOverviewTab("Principles");
  assert.match(await conway.principleCard("Write decisions down").textContent(), /Cited by 1 decision, 1 departing/);
});

test("the guidance matrix is the workspace's own: edited, shown to a new decision, kept across a reload", async () => {
  const { app: conway } = await app.open();
  const cell = "Two-way door · One team";
  await conway.editGuidance(cell, "Who decides", "The team, after a 15-minute huddle");
  await conway.guidanceCell(cell).filter({ hasText: "15-minute huddle" }).waitFor();
  await conway.waitForSaveStatus("Saved");
  await conway.reload();
  await conway.openOverviewTab("Framework");
  await conway.guidanceCell(cell).filter({ hasText: "15-minute huddle" }).waitFor();
  await conway.openOverviewTab("Decisions");
  const guidance = await conway.newDecision("Rename the basket API fields", { undo: "Easily", affects: "One team" });
  assert.match(guidance, /The team, after a 15-minute huddle/);
  await conway.undoButton.click(); // the new decision
  await conway.pressEscape();
  await conway.openOverviewTab("Framework");
  await conway.guidanceCell(cell).click();
  await conway.details.getByRole("button", { name: "Reset to Conway's default" }).click();
  await conway.guidanceCell(cell).filter({ hasText: "A note in the log" }).filter({ hasNotText: "huddle" }).waitFor();
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
  await conway.newDecision("Give the notifications service an owner");
  await conway.togglePicking();
  assert.equal(await conway.isPicking(), true);
  const system = await conway.nodes("system").first().getAttribute("data-node-id");
  const org = await conway.nodes("org").first().getAttribute("data-node-id");
  await conway.clickNode("system", system);
  await conway.idsIn("system", "linked", [system]);
  await conway.clickNode("org", org);
  await conway.idsIn("org", "linked", [org]);
  await conway.waitForDetailsName("Give the notifications service an owner");
  assert.equal(await conway.details.getByTestId("decision-links").getByRole("listitem").count(), 2, "picking selected nothing else");
  await conway.clickNode("system", system);
  await conway.idsIn("system", "linked", []);
  await conway.press("Escape");
  assert.equal(await conway.isPicking(), false, "Escape ends picking and keeps the decision open");
  await conway.clickNode("system", system);
  assert.deepEqual(await conway.idsIn("system", "selected", [system]), [system], "once done, a click selects again");
});
