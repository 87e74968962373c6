// Sharing with people who do not have Conway: pictures of a view (SVG, PNG)
// carry the workspace and open back into Conway with identical bytes; a share
// link opens read-only in a fresh browser and saves as a new workspace; a
// damaged link says so and changes nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, sampleJson } from "./support.mjs";

const app = useApp();
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The names of the elements the sample's first system view shows. */
function firstViewNames() {
  const ws = sampleJson();
  const view = ws.views.find((v) => v.kind === "system");
  const names = new Map(ws.elements.map((e) => [e.id, e.name]));
  return view.placements.map((p) => names.get(p.element));
}

test("a view exports as SVG and PNG pictures that open back into Conway with identical workspace bytes", async () => {
  const { app: conway } = await app.open();
  const original = (await conway.exportWorkspace()).bytes;

  const svg = await conway.share.exportPicture("system", { format: "SVG", theme: "Dark" });
  assert.match(svg.fileName, /\.svg$/);
  const text = svg.bytes.toString("utf8");
  for (const name of firstViewNames()) assert.ok(text.includes(name), `the SVG names ${name}`);
  assert.ok(!/<script|<foreignObject|\shref=/i.test(text), "the SVG is inert");
  const fromSvg = await conway.importFile({ name: svg.fileName, content: svg.bytes, mimeType: "image/svg+xml" });
  assert.equal(fromSvg.title, 'Opened "Northwind Retail"', fromSvg.detail);
  assert.deepEqual((await conway.exportWorkspace()).bytes, original);

  const png = await conway.share.exportPicture("system", { format: "PNG", scale: "2x", theme: "Light" });
  assert.match(png.fileName, /\.png$/);
  assert.deepEqual(png.bytes.subarray(0, 8), PNG_SIGNATURE);
  const width = png.bytes.readUInt32BE(16);
  const svgWidth = Number(/width="([\d.]+)"/.exec(text)[1]);
  assert.ok(Math.abs(width - 2 * svgWidth) <= 2, `2x: ${width} px for an SVG ${svgWidth} wide`);
  const fromPng = await conway.importFile({ name: png.fileName, content: png.bytes, mimeType: "image/png" });
  assert.equal(fromPng.title, 'Opened "Northwind Retail"', fromPng.detail);
  assert.deepEqual((await conway.exportWorkspace()).bytes, original);
  assert.deepEqual(conway.errors, []);
});

test("every view exports at once as a zip of SVG pictures, one per view in order", async () => {
  const { app: conway } = await app.open();
  const { fileName, bytes } = await conway.share.exportAllViews();
  assert.match(fileName, /views\.zip$/);
  const sample = sampleJson();
  // The central directory names each entry once: "PK\x01\x02", then 42 bytes, then the name.
  const names = [];
  for (let at = bytes.indexOf("PK\x01\x02"); at >= 0; at = bytes.indexOf("PK\x01\x02", at + 4)) {
    const length = bytes.readUInt16LE(at + 28);
    names.push(bytes.subarray(at + 46, at + 46 + length).toString("utf8"));
  }
  // Names are the views', with what a file system forbids (":" here) made "-".
  const safe = (name) => name.replace(/[/\\:*?"<>|]/g, "-");
  assert.deepEqual(names, sample.views.map((v, i) => `${String(i + 1).padStart(2, "0")} ${safe(v.name)}.svg`));
});

test("a picture and a link copy to the clipboard; Ctrl/Cmd+Shift+C copies the view as a 2x PNG", async () => {
  const { app: conway, context } = await app.open();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.url });
  await conway.pane("system").nodes.first().click();
  await conway.press("Control+Shift+C");
  // The notice comes once the clipboard holds the picture (the system
  // clipboard is shared: what is there before may be another test's).
  const notice = await conway.waitForNoticeTitle("Picture copied");
  // The browser re-encodes clipboard images, dropping text chunks: the notice says so.
  assert.match(notice.detail, /download it/i);
  const copied = await conway.share.clipboard();
  assert.deepEqual(copied.png.subarray(0, 8), PNG_SIGNATURE);
  const svg = await conway.share.exportPicture("system", { format: "SVG" });
  const svgWidth = Number(/width="([\d.]+)"/.exec(svg.bytes.toString("utf8"))[1]);
  assert.ok(Math.abs(copied.png.readUInt32BE(16) - 2 * svgWidth) <= 2, "2x");

  await conway.share.openPictureDialog("org");
  await conway.share.pictureDialog.getByRole("group", { name: "Format" }).getByRole("button", { name: "SVG" }).click();
  await conway.share.pictureDialog.getByRole("button", { name: "Copy SVG" }).click();
  await conway.page.waitForFunction(() =>
    document.querySelector('[data-testid="notice-detail"]')?.textContent.includes("takes SVG"),
  );
  assert.match((await conway.share.clipboard()).text, /^<\?xml[\s\S]*<svg[\s\S]*Teams/);
  await conway.share.pictureDialog.getByRole("button", { name: "Close" }).click();

  const { url } = await conway.share.shareLink();
  await conway.share.shareDialog.getByRole("button", { name: "Copy link" }).click();
  await conway.share.shareDialog.getByRole("button", { name: "Copied" }).waitFor();
  assert.equal((await conway.share.clipboard()).text, url);
});

test("the picture dialog previews the view and follows the theme and background chosen", async () => {
  const { app: conway } = await app.open();
  await conway.share.openPictureDialog("org");
  const light = await conway.share.previewSvg();
  assert.ok(light.includes("<svg"), "the preview is the SVG");
  await conway.share.choosePicture({ theme: "Dark", background: false });
  const dark = await conway.share.previewSvg();
  assert.notEqual(dark, light);
  // Colours change with the theme; only the background goes with the checkbox.
  await conway.share.choosePicture({ theme: "Light", background: false });
  const transparent = await conway.share.previewSvg();
  assert.ok(transparent.length < light.length, "no background rectangle");
  await conway.share.choosePicture({ background: true });
  assert.equal(await conway.share.previewSvg(), light);
});

test("printing shows the whole view on its own page, then every decision as a document, and nothing else", async () => {
  const { app: conway } = await app.open();
  const printed = await conway.share.print();
  const sample = sampleJson();
  assert.ok(printed.pictureReady, "the view's picture is ready before printing");
  assert.ok(printed.documentShown && !printed.appShown, "only the print document prints");
  assert.match(printed.text, /Northwind Retail: System Context/);
  assert.equal(printed.decisions, sample.decisions.length);
  for (const d of sample.decisions) assert.ok(printed.text.includes(d.title), `prints ${d.title}`);
  assert.equal(await conway.page.getByTestId("print-document").count(), 0, "gone after printing");
});

test("a share link opens read-only in a fresh browser and saves as a new workspace there", async () => {
  const { app: conway } = await app.open();
  const original = (await conway.exportWorkspace()).bytes;
  const link = await conway.share.shareLink();
  assert.match(link.url, /#w=1\.[A-Za-z0-9_-]+$/);
  assert.equal(link.length, `${link.url.length} characters`);
  // The sample is longer than chat tools reliably carry.
  assert.match(link.warning ?? "", /chat tools/);
  await conway.share.closeShareDialog();

  const { app: friend } = await app.open({ load: false });
  await friend.open(link.url);
  assert.match(await friend.share.bannerText(), /Northwind Retail/);
  assert.equal(await friend.saveStatusText(), "Read-only");
  // Nothing changes while it is read-only: a delete is refused and says why.
  const system = friend.pane("system");
  const before = await system.nodeCount();
  await system.nodes.first().click();
  await friend.press("Delete");
  const refusal = await friend.waitForNoticeTitle("Read-only");
  assert.match(refusal.detail, /Save it to your workspaces/);
  assert.equal(await system.nodeCount(), before);
  assert.deepEqual(await friend.storedKeys(), [], "a preview stores nothing");

  await friend.share.saveShared();
  await friend.waitForSaveStatus("Saved");
  assert.ok(!friend.page.url().includes("#"), "the link leaves the address once saved");
  assert.deepEqual((await friend.exportWorkspace()).bytes, original);
  await friend.reload();
  assert.equal(await friend.workspaceNameText(), "Northwind Retail");
  assert.equal(await friend.share.bannerText(), null);
  assert.deepEqual(friend.errors, []);
});

test("closing a shared workspace opens your own, as you left them", async () => {
  const { app: conway } = await app.open();
  await conway.importFile({ name: "mine.conway.json", content: JSON.stringify({ ...sampleJson(), name: "Mine" }) });
  await conway.waitForWorkspaceName("Mine");
  const { url } = await conway.share.shareLink();
  await conway.share.closeShareDialog();
  // The same browser (same storage): the link shows "Mine" read-only, then Close goes back.
  await conway.page.goto(url);
  await conway.waitUntilDrawn();
  assert.match(await conway.share.bannerText(), /Mine/);
  await conway.share.closeShared();
  assert.equal(await conway.workspaceNameText(), "Mine");
  assert.equal(await conway.saveStatusText(), "Saved");
  assert.ok(!conway.page.url().includes("#"), "the link leaves the address");
  assert.equal((await conway.storedKeys()).filter((k) => k.startsWith("conway/summary/")).length, 2, "nothing was added");
});

test("a cut-short or changed link says so and opens your own workspaces, unchanged", async () => {
  const { app: conway } = await app.open();
  const { url } = await conway.share.shareLink();
  for (const [broken, reason] of [
    [url.slice(0, -200), /cut short/],
    [url.replace(/#w=1\./, "#w=9."), /newer/],
  ]) {
    const { app: friend } = await app.open({ load: false });
    await friend.open(broken);
    const notice = await friend.waitForNoticeTitle("This share link could not be opened");
    assert.match(notice.detail, reason);
    assert.equal(await friend.share.bannerText(), null);
    assert.equal(await friend.workspaceNameText(), "Northwind Retail");
  }
});

test("the published page shows every view and decision without JavaScript, makes no request, and opens back into Conway", async () => {
  const { app: conway } = await app.open();
  const original = (await conway.exportWorkspace()).bytes;
  const published = await conway.share.publishPage();
  assert.match(published.fileName, /\.html$/);
  const sample = sampleJson();

  const noScript = await app.newContext({ javaScriptEnabled: false });
  const { page, requests } = await conway.share.openPublished(noScript, published.bytes);
  const text = await page.locator("body").innerText();
  for (const v of sample.views) assert.ok(text.includes(v.name), `view ${v.name}`);
  for (const d of sample.decisions) assert.ok(text.includes(d.title), `decision ${d.title}`);
  assert.ok(sample.glossary.length > 0);
  for (const t of sample.glossary) assert.ok(text.includes(t.term), `term ${t.term}`);
  assert.equal(await page.locator("svg").count() >= sample.views.length, true, "every view is drawn");
  // Plain links: a decision's link to an element it shapes lands on that element.
  const link = page.locator('a[href^="#element-"]').first();
  const target = (await link.getAttribute("href")).slice(1);
  await link.click();
  assert.equal(new URL(page.url()).hash, `#${target}`);
  assert.equal(await page.locator(`[id="${target}"]`).count(), 1);
  assert.deepEqual(requests, ["http://published.test/page.html"], "the page loads nothing");

  // With JavaScript, the one allowed script enhances it (search), and the CSP blocks nothing it needs.
  const { page: live, errors } = await conway.share.openPublished(conway.page.context(), published.bytes);
  await live.getByRole("searchbox").fill(sample.decisions[0].title);
  assert.match(await live.locator("#search-count").innerText(), /match/);
  assert.deepEqual(errors, [], "no CSP violation or script error");

  const back = await conway.importFile({ name: published.fileName, content: published.bytes, mimeType: "text/html" });
  assert.equal(back.title, 'Opened "Northwind Retail"', back.detail);
  assert.deepEqual((await conway.exportWorkspace()).bytes, original);
});
