// MADR files in and out: the decision log downloads as a zip of
// docs/decisions/NNNN-title.md with an index, and importing it (or loose .md
// files) adds or updates decisions by number as one undoable change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, sampleJson } from "./support.mjs";

const app = useApp();
const sample = sampleJson();
const reference = (n) => `ADR-${String(n).padStart(4, "0")}`;
const first = sample.decisions[0];

test("the decision log exports as a MADR zip and re-importing it gives the same decisions back", async () => {
  const { app: conway } = await app.open();
  const exported = await conway.review.exportMadr();
  assert.equal(exported.fileName, "Northwind Retail-decisions.zip");
  assert.equal(exported.bytes.subarray(0, 4).toString("binary"), "PK\u0003\u0004", "a zip archive");
  const names = exported.bytes.toString("latin1");
  assert.ok(names.includes("docs/decisions/README.md"), "an index");
  assert.ok(names.includes("docs/decisions/0001-use-postgresql-for-order-data.md"), "one file per decision, named by number and title");

  // Change a decision, then import the export: matched by number, it is back as it was.
  await conway.openDecision(reference(first.number));
  await conway.openProperties();
  await conway.setDecisionField("title", "Something else entirely");
  await conway.waitForDetailsName("Something else entirely");
  await conway.pressEscape();
  const notice = await conway.review.importMadr([{ name: exported.fileName, content: exported.bytes }]);
  assert.equal(notice.title, `Imported ${sample.decisions.length} decisions`);
  assert.match(notice.detail, new RegExp(`0 added, ${sample.decisions.length} updated by number`));
  const rows = await conway.decisionLogRows();
  assert.deepEqual(
    rows.map((r) => [r.reference, r.title]),
    sample.decisions.map((d) => [reference(d.number), d.title]),
  );
  // The whole import is one undo step.
  await conway.undoButton.click();
  await conway.details.getByText("Something else entirely").waitFor();
  assert.deepEqual(conway.errors, []);
});

test("loose .md files import as new decisions; a broken one is refused with where, changing nothing", async () => {
  const { app: conway } = await app.open();
  const record = [
    "---",
    "status: accepted",
    "date: 2026-11-02",
    "decision-makers: [Priya Raman]",
    "---",
    "# Use feature flags for every release",
    "",
    "## Context and Problem Statement",
    "",
    "Releases are **coupled** to deploys.",
    "",
    "## Decision Outcome",
    "",
    "Chosen option: \"Flags\", because releases then decouple from deploys.",
    "",
  ].join("\n");
  const notice = await conway.review.importMadr([{ name: "0042-use-feature-flags.md", content: record }, { name: "README.md", content: "# Index\n" }]);
  assert.equal(notice.title, "Imported 1 decision");
  assert.match(notice.detail, /1 added, 0 updated by number, 1 other file skipped/);
  await conway.openDecision("ADR-0042");
  await conway.waitForDetailsName("Use feature flags for every release");
  assert.equal(await conway.details.locator(".markdown strong", { hasText: "coupled" }).count(), 1);
  await conway.pressEscape();

  const before = await conway.decisionLogRows();
  const broken = record.replace("date: 2026-11-02", "date: next week").replace("0042", "0043");
  const refusal = await conway.review.importMadr([{ name: "0043-broken.md", content: broken }]);
  assert.equal(refusal.title, "Could not import the decisions");
  assert.match(refusal.detail, /0043-broken\.md/);
  assert.match(refusal.detail, /next week/);
  assert.match(refusal.detail, /Your decisions are unchanged\./);
  assert.deepEqual(await conway.decisionLogRows(), before);
});
