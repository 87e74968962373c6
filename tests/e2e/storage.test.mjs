// Nothing is lost: damaged or newer stored data is never overwritten, a save
// that fails keeps the last good copy, and tabs follow each other's saves.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, sampleJson } from "./support.mjs";

const app = useApp();

function renamed(name) {
  const ws = sampleJson();
  ws.name = name;
  return { name: `${name}.conway.json`, content: `${JSON.stringify(ws, null, 2)}\n` };
}

test("a damaged saved copy is set aside, offered for download and never overwritten", async () => {
  const { app: conway } = await app.open();
  const slot = await conway.openSlot();
  const SLOT = await conway.openSlotKey();
  await conway.setStoredValue(SLOT, "conway-record 4\n{ this is not json");
  await conway.reload();
  const notice = await conway.waitForNotice();
  assert.equal(notice.title, "Saved workspace could not be opened");
  assert.match(notice.detail, /damaged copy is kept in browser storage/);
  const aside = (await conway.storedKeys()).filter((k) => k.startsWith(`conway/set-aside/${slot}/`));
  assert.equal(aside.length, 1, "exactly one copy set aside");
  // The workspace text is kept (without storage's record header) so it can be repaired as a file.
  assert.equal(await conway.storedValue(aside[0]), "{ this is not json");
  const download = await conway.downloadFromNotice("Download it");
  assert.equal(download.bytes.toString("utf8"), "{ this is not json");

  // Work goes on and is saved in the same slot; the set-aside copy stays.
  await conway.renameWorkspace("Northwind Retail", "After Damage");
  await conway.waitForWorkspaceName("After Damage");
  await conway.waitForSaveStatus("Saved");
  assert.equal(await conway.storedValue(aside[0]), "{ this is not json");
  assert.match(await conway.storedValue(SLOT), /"name": "After Damage"/);
});

test("data saved by a newer Conway pauses saving and stays intact", async () => {
  const { app: conway } = await app.open();
  const SLOT = await conway.openSlotKey();
  const future = 'conway-record 7\n{"format": "conway-workspace", "version": 9, "name": "From the future"}\n';
  await conway.setStoredValue(SLOT, future);
  await conway.reload();
  const notice = await conway.waitForNotice();
  assert.equal(notice.title, "Saved workspace needs a newer Conway");
  assert.match(notice.detail, /file version 9/);
  assert.equal(await conway.saveStatusText(), "Saving paused");

  await conway.renameWorkspace("Northwind Retail", "Edited Anyway");
  await conway.waitForWorkspaceName("Edited Anyway");
  assert.equal(await conway.saveStatusText(), "Saving paused");
  assert.equal(await conway.storedValue(SLOT), future, "the newer data was not overwritten");
  // Opening another workspace now would drop the edit, so it is refused.
  const list = await conway.openWorkspaceList();
  await list.getByRole("button", { name: "New workspace" }).click();
  await conway.waitForNoticeTitle("The open workspace could not be saved");
  await conway.closeWorkspaceList();
  assert.equal(await conway.workspaceNameText(), "Edited Anyway");
});

test("a failed save says so, keeps the last good copy, and export still works", async () => {
  const { app: conway, page } = await app.open();
  await conway.importFile(renamed("Good Copy"));
  await conway.waitForSaveStatus("Saved");
  const SLOT = await conway.openSlotKey();
  const good = await conway.storedValue(SLOT);

  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await conway.renameWorkspace("Good Copy", "Too Big To Save");
  await conway.waitForSaveStatus("Not saved");
  assert.match(await page.getByTestId("save-status").getAttribute("title"), /storage is full/);
  assert.equal(await conway.storedValue(SLOT), good, "the last good copy is intact");
  const exported = await conway.exportWorkspace();
  assert.equal(exported.fileName, "Too Big To Save.conway.json");
});

test("a second tab follows the first tab's saves", async () => {
  const { app: first, context } = await app.open();
  const page = await context.newPage();
  const { ConwayPage } = await import("./conway-page.mjs");
  const second = new ConwayPage(page);
  await second.open(app.url);

  await first.renameWorkspace("Northwind Retail", "Shared Between Tabs");
  await first.waitForSaveStatus("Saved");
  await second.waitForWorkspaceName("Shared Between Tabs");
  assert.equal(await second.saveStatusText(), "Saved");
});

test("a tab with unsaved work is asked before another tab's save replaces it, and Keep mine keeps both", async () => {
  const { app: first, page: firstPage, context } = await app.open();
  const { ConwayPage } = await import("./conway-page.mjs");
  const secondPage = await context.newPage();
  const second = new ConwayPage(secondPage);
  await second.open(app.url);

  // The first tab cannot save for a moment, so its move stays unsaved.
  await firstPage.evaluate(() => {
    window.__setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await first.pane("system").dragNode("person-customer", 90, 0);
  await first.waitForSaveStatus("Not saved");
  const mine = await first.pane("system").nodePosition("person-customer");

  await second.renameWorkspace("Northwind Retail", "Saved Elsewhere");
  await second.waitForSaveStatus("Saved");
  const notice = await first.waitForNotice();
  assert.equal(notice.title, "Changed in another tab");
  assert.equal(await first.workspaceNameText(), "Northwind Retail", "the unsaved work is still on screen");
  assert.deepEqual(await first.pane("system").nodePosition("person-customer"), mine);

  await firstPage.evaluate(() => {
    Storage.prototype.setItem = window.__setItem;
  });
  await first.notice.getByRole("button", { name: "Keep mine" }).click();
  await first.waitForSaveStatus("Saved");
  const slot = await first.openSlot();
  assert.match(await first.storedValue(`conway/workspace/${slot}`), /"name": "Northwind Retail"/);
  const aside = (await first.storedKeys()).filter((k) => k.startsWith(`conway/set-aside/${slot}/`));
  assert.equal(aside.length, 1, "the other tab's copy was kept aside");
  assert.match(await first.storedValue(aside[0]), /"name": "Saved Elsewhere"/);
});

test("importing adds a workspace and leaves the open one in the list", async () => {
  const { app: conway } = await app.open();
  const before = await conway.openSlot();
  const notice = await conway.importFile(renamed("Newcomer"));
  assert.match(notice.detail, /as a new workspace\. "Northwind Retail" is still in your workspace list/);
  assert.notEqual(await conway.openSlot(), before);
  assert.deepEqual(await conway.workspaceNames(), ["Newcomer", "Northwind Retail"]);
  assert.match(await conway.storedValue(`conway/workspace/${before}`), /"name": "Northwind Retail"/);
});
