// Offline and installed: the first load stays on the app's own origin, once
// the service worker controls the page the app opens with the network cut
// off, and the installed app opens the share links it is launched with.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, sampleJson } from "./support.mjs";
import { ConwayPage } from "./conway-page.mjs";

const app = useApp();
const sample = sampleJson();

test("the first load requests nothing outside the app's origin", async () => {
  const { app: conway, context } = await app.open({ load: false });
  const requests = [];
  context.on("request", (request) => requests.push(request.url()));
  await conway.open(app.url);
  await conway.waitForServiceWorkerControl(); // includes the worker's precache downloads

  assert.ok(requests.length > 0);
  const origin = `${app.url}/`;
  const elsewhere = requests.filter((url) => !url.startsWith(origin));
  assert.deepEqual(elsewhere, [], "every request goes to the app's own server");
  assert.ok(requests.some((url) => url.endsWith(".wasm")), "the recorder saw the app load");
});

test("after a first visit the app opens offline", async () => {
  const { app: conway, context } = await app.open();
  const system = conway.pane("system");
  await conway.waitForServiceWorkerControl();

  await context.setOffline(true);
  assert.equal(await conway.canReachServer(), false, "the page and its service worker are really offline");
  conway.errors.length = 0; // the probe's failed request is logged as a console error
  const failed = [];
  context.on("requestfailed", (request) => {
    // The worker tries the network first for the page itself, then serves its copy.
    // The probe above may report its failure late; it is not part of the load.
    if (request.url() !== `${app.url}/` && !request.url().includes("/not-cached-probe")) failed.push(`${request.url()} ${request.failure()?.errorText}`);
  });
  await conway.reload();

  assert.equal(await conway.workspaceNameText(), sample.name);
  for (const kind of ["system", "org"]) {
    const view = sample.views.find((v) => v.kind === kind);
    assert.equal(await conway.pane(kind).currentView(), view.name);
    assert.deepEqual((await conway.pane(kind).nodeIds()).sort(), view.placements.map((p) => p.element).sort(), `${kind} pane drawn offline`);
  }
  await system.clickNode("person-customer");
  await conway.waitForDetailsName(sample.elements.find((e) => e.id === "person-customer").name);
  assert.deepEqual(failed, [], "every file of the offline load came from the service worker");
  assert.deepEqual(conway.errors, []);
});

test("a share link opens offline, in a new window of the app, read-only", async () => {
  const { app: conway, context } = await app.open();
  await conway.waitForServiceWorkerControl();
  const { url } = await conway.share.shareLink();
  await conway.share.closeShareDialog();

  await context.setOffline(true);
  const window = new ConwayPage(await context.newPage());
  await window.open(url);
  assert.match(await window.share.bannerText(), new RegExp(sample.name));
  assert.equal(await window.saveStatusText(), "Read-only");
});

test("the installed app captures share links and opens the one it is launched with", async () => {
  const { app: conway } = await app.open();
  const manifest = await conway.page.evaluate(async () => (await fetch("/manifest.webmanifest")).json());
  assert.equal(manifest.handle_links, "preferred", "links into the app open in the installed app");
  assert.deepEqual(manifest.launch_handler, { client_mode: ["navigate-existing", "auto"] });
  const { url } = await conway.share.shareLink();
  await conway.share.closeShareDialog();

  // Headless Chromium cannot install an app, so the launch queue the browser
  // hands an installed app is stood in for, and given the captured link.
  const { app: installed, context } = await app.open({ load: false });
  await context.addInitScript(() => {
    const launches = { consumer: null };
    Object.defineProperty(window, "launchQueue", {
      configurable: true,
      value: { setConsumer: (consumer) => { launches.consumer = consumer; } },
    });
    window.__launch = (targetURL) => launches.consumer({ targetURL, files: [] });
  });
  await installed.open(app.url);
  assert.equal(await installed.share.bannerText(), null);
  await installed.page.evaluate((target) => window.__launch(target), url);
  await installed.share.waitForBanner(new RegExp(sample.name));
  assert.equal(await installed.saveStatusText(), "Read-only");
  assert.deepEqual(installed.errors, []);
});
