// Offline: the first load stays on the app's own origin, and once the service
// worker controls the page the app opens with the network cut off.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, sampleJson } from "./support.mjs";

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
