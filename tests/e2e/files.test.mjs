// Workspace files: export gives the canonical file, import then export gives
// the same bytes back, an imported workspace is kept across a reload, and a
// 10,000-element file imports.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, sampleBytes, sampleJson } from "./support.mjs";
import { generatedWorkspace } from "../bench/drag.mjs";

const app = useApp();

test("export then import gives back the same file bytes", async () => {
  const { app: conway } = await app.open();
  const first = await conway.exportWorkspace();
  assert.equal(first.fileName, "Northwind Retail.conway.json");
  assert.ok(
    first.bytes.equals(sampleBytes()),
    "the sample exports byte-for-byte as public/examples/northwind-retail.conway.json",
  );

  const notice = await conway.importFile({ name: first.fileName, content: first.bytes });
  assert.equal(notice.title, 'Opened "Northwind Retail"', notice.detail);
  const second = await conway.exportWorkspace();
  assert.equal(second.fileName, first.fileName);
  assert.ok(second.bytes.equals(first.bytes), "export → import → export is byte-identical");
  assert.deepEqual(conway.errors, []);
});

test("an imported workspace is shown and survives a reload", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const ws = sampleJson();
  ws.name = "Imported Co";
  const customer = ws.elements.find((e) => e.id === "person-customer");
  customer.name = "Shopper Renamed";
  const text = `${JSON.stringify(ws, null, 2)}\n`;

  const notice = await conway.importFile({ name: "imported-co.conway.json", content: text });
  assert.equal(notice.role, "status", "a successful import is not an alert");
  assert.equal(notice.title, 'Opened "Imported Co"', notice.detail);
  await conway.waitForWorkspaceName("Imported Co");
  assert.match(await system.nodeLabel(customer.id), /^Shopper Renamed, /);

  await conway.waitForSaveStatus("Saved");
  await conway.reload();
  assert.equal(await conway.workspaceNameText(), "Imported Co", "the imported workspace is still open after a reload");
  assert.match(await system.nodeLabel(customer.id), /^Shopper Renamed, /);
  assert.equal(await conway.saveStatusText(), "Saved");
  assert.equal(await conway.readNotice(), null, "the reload shows no notice");

  // What was kept is exactly what was imported.
  const exported = await conway.exportWorkspace();
  assert.equal(exported.fileName, "Imported Co.conway.json");
  assert.deepEqual(JSON.parse(exported.bytes.toString("utf8")), ws);
  assert.deepEqual(conway.errors, []);
});

test("the Import button opens a file chooser that imports the chosen file", async () => {
  const { app: conway } = await app.open();
  const ws = sampleJson();
  ws.name = "Chosen Co";
  const notice = await conway.importFileWithButton({ name: "chosen.conway.json", content: JSON.stringify(ws) });
  assert.equal(notice.title, 'Opened "Chosen Co"', notice.detail);
  await conway.waitForWorkspaceName("Chosen Co");
});

test("a 10,000-element file imports", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  // The file `make bench` imports (tests/bench/files.mjs), with its view cut
  // to 50 elements: drawing all 10,000 takes about half a minute.
  const ws = generatedWorkspace(10_000, 0.5);
  ws.views[0].placements = ws.views[0].placements.slice(0, 50);
  const notice = await conway.importFile({ name: "generated.conway.json", content: JSON.stringify(ws, null, 2) });
  assert.equal(notice.title, 'Opened "Generated 10000"', notice.detail);
  assert.equal(await system.nodeCount(), 50);
  assert.equal(await conway.saveStatusText(), "Saved");
  const exported = JSON.parse((await conway.exportWorkspace()).bytes.toString("utf8"));
  assert.equal(exported.elements.length, 10_000);
  assert.equal(exported.relationships.length, 5_000);
  assert.deepEqual(conway.errors, []);
});
