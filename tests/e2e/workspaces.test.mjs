// Several workspaces in one browser: the list creates, opens, renames,
// duplicates and deletes them; each is saved on its own; the app reopens the
// last one open.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./support.mjs";

const app = useApp();

test("a new workspace opens empty, is saved on its own, and the app reopens the last one open", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  await conway.createWorkspace("New workspace");
  await conway.waitForWorkspaceName("Untitled workspace");
  await system.emptyHint.waitFor();
  assert.equal(await system.nodeCount(), 0);
  assert.deepEqual(await conway.workspaceNames(), ["Untitled workspace", "Northwind Retail"]);
  assert.equal(await conway.openWorkspaceInList(), "Untitled workspace");

  await system.addFromPalette("Container");
  await conway.typeName("Payment Gateway");
  await conway.waitForSaveStatus("Saved");

  await conway.switchToWorkspace("Northwind Retail");
  assert.equal(await system.nodeCount() > 0, true);
  assert.deepEqual(await system.idsNamed("Payment Gateway"), [], "the new element stayed in its own workspace");
  const before = await system.nodePosition("person-customer");
  await system.dragNode("person-customer", 80, 0);
  await conway.waitForSaveStatus("Saved");
  const moved = await system.nodePosition("person-customer");
  assert.notDeepEqual(moved, before);

  await conway.reload();
  assert.equal(await conway.workspaceNameText(), "Northwind Retail", "reopens the last one open");
  assert.deepEqual(await system.nodePosition("person-customer"), moved);

  await conway.switchToWorkspace("Untitled workspace");
  assert.equal((await system.idsNamed("Payment Gateway")).length, 1);
});

test("renaming in the list commits with Enter, cancels with Escape, and renaming the open one is an undo step", async () => {
  const { app: conway } = await app.open();
  await conway.renameWorkspace("Northwind Retail", "Ignored", "Escape");
  assert.deepEqual(await conway.workspaceNames(), ["Northwind Retail"]);
  await conway.renameWorkspace("Northwind Retail", "Northwind 2027");
  await conway.waitForWorkspaceName("Northwind 2027");
  assert.deepEqual(await conway.workspaceNames(), ["Northwind 2027"]);
  await conway.undoButton.click();
  await conway.waitForWorkspaceName("Northwind Retail");

  // Renaming a workspace that is not open changes it in storage.
  await conway.createWorkspace("New workspace");
  await conway.renameWorkspace("Northwind Retail", "Archive");
  await conway.switchToWorkspace("Archive");
  assert.equal(await conway.workspaceNameText(), "Archive");
});

test("duplicating copies a workspace; deleting asks first and the open one gives way to another", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  await conway.duplicateWorkspace("Northwind Retail");
  assert.deepEqual((await conway.workspaceNames()).sort(), ["Northwind Retail", "Northwind Retail (copy)"]);
  await conway.switchToWorkspace("Northwind Retail (copy)");
  assert.equal(await system.nodeCount() > 0, true, "the copy has the elements");

  const question = await conway.deleteWorkspace("Northwind Retail", { accept: false });
  assert.match(question, /Delete the workspace "Northwind Retail" from this browser\? This cannot be undone/);
  assert.equal((await conway.workspaceNames()).length, 2, "dismissing keeps it");

  await conway.deleteWorkspace("Northwind Retail (copy)");
  await conway.waitForWorkspaceName("Northwind Retail");
  assert.deepEqual(await conway.workspaceNames(), ["Northwind Retail"]);
  const notice = await conway.waitForNoticeTitle('Deleted "Northwind Retail (copy)"');
  assert.match(notice.detail, /you can still download it/);
  const download = await conway.downloadFromNotice("Download it");
  assert.equal(download.fileName, "Northwind Retail (copy).conway.json");

  // Deleting the last one leaves a new blank workspace, never nothing.
  await conway.deleteWorkspace("Northwind Retail");
  await conway.waitForWorkspaceName("Untitled workspace");
  assert.deepEqual(await conway.workspaceNames(), ["Untitled workspace"]);
});

test("a workspace saved by a newer Conway is not deleted, and a deleted one stays downloadable as stored", async () => {
  const { app: conway } = await app.open();
  const northwind = await conway.openSlotKey();
  await conway.createWorkspace("New workspace");
  await conway.waitForWorkspaceName("Untitled workspace");
  const future = 'conway-record 3\n{"format": "conway-workspace", "version": 9, "name": "From the future"}\n';
  await conway.setStoredValue(northwind, future);
  await conway.deleteWorkspace("Northwind Retail");
  assert.equal((await conway.waitForNoticeTitle("Not deleted")).title, "Not deleted");
  assert.equal(await conway.storedValue(northwind), future, "the newer data is intact");

  // A damaged copy is deleted on request, and what was stored is what the notice offers.
  await conway.setStoredValue(northwind, "conway-record 3\n{ damaged");
  await conway.deleteWorkspace("Northwind Retail");
  await conway.waitForNoticeTitle('Deleted "Untitled workspace"');
  assert.equal(await conway.storedValue(northwind), null);
  const download = await conway.downloadFromNotice("Download it");
  assert.equal(download.bytes.toString("utf8"), "{ damaged");
});
