// Untrusted text: a workspace whose every text field carries markup and
// script payloads is shown as text, never run or turned into elements.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, sampleJson } from "./support.mjs";

const app = useApp();

const PAYLOADS = [
  "<script>window.__pwned=1</script>",
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  "javascript:window.__pwned=1",
  "'><iframe src=\"javascript:window.__pwned=1\"></iframe>",
  "{{constructor.constructor('window.__pwned=1')()}}",
  "[click](javascript:window.__pwned=1) **bold** <b>bold</b>",
];
const IMG = PAYLOADS[1];

// Text fields of the file format; ids, kinds, enums, dates, numbers and
// references are other keys and stay as they are.
const TEXT_FIELDS = new Set([
  "name", "description", "technology", "role", "title", "context", "outcome", "confirmation",
  "statement", "rationale", "term", "definition", "author", "text", "justification",
  "deprecation_reason", "by", "decides", "analysis", "consult",
]);
const TEXT_LISTS = new Set([
  "deciders", "consulted", "informed", "drivers", "good_consequences", "bad_consequences",
  "pros", "cons", "implications", "avoid", "reviewers", "open_questions",
]);

/** The sample with a payload added to every text field, cycling through PAYLOADS. */
function poisonedWorkspace() {
  const ws = sampleJson();
  let next = 0;
  const poison = (text) => `${PAYLOADS[next++ % PAYLOADS.length]} ${text}`;
  const walk = (value) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== "object") return;
    for (const [key, field] of Object.entries(value)) {
      if (TEXT_FIELDS.has(key) && typeof field === "string") value[key] = poison(field);
      else if (TEXT_LISTS.has(key) && Array.isArray(field)) value[key] = field.map(poison);
      else walk(field);
    }
  };
  walk(ws);
  // Fields the sample leaves empty, and the ones the test reads back, get a fixed payload.
  ws.name = `${PAYLOADS[0]} Poisoned ${IMG}`;
  ws.guidance = [{ reversibility: "one-way-door", scope: "one-team", decides: IMG, analysis: PAYLOADS[6], consult: PAYLOADS[0] }];
  for (const r of ws.relationships) r.technology = `${PAYLOADS[2]} ${r.technology ?? ""}`.trim();
  return { ws, count: next };
}

const { ws: POISONED, count: POISONED_FIELDS } = poisonedWorkspace();
const TARGET = POISONED.elements.find((e) => e.id === "ext-payments-provider");
TARGET.name = `${IMG} Payments`;
TARGET.description = `${PAYLOADS[0]} ${PAYLOADS[2]} ${PAYLOADS[3]}`;
const DECISION = POISONED.decisions.find((d) => d.links.includes(TARGET.id));
DECISION.title = `${IMG} Stripe`;
// Markdown fields: raw HTML shows as text, markdown renders, a javascript: link is only text.
DECISION.context = `${PAYLOADS[0]} ${PAYLOADS[1]} ${PAYLOADS[2]} ${PAYLOADS[4]}`;
DECISION.outcome = `${PAYLOADS[6]} ${PAYLOADS[0]}`;
const reference = (d) => `ADR-${String(d.number).padStart(4, "0")}`;
const RFC = POISONED.decisions.find((d) => d.review?.comments?.length);

// What injectionEvidence() reads when nothing was injected.
const CLEAN = { pwned: "undefined", scripts: 0, imgs: 0, handlers: 0, iframes: 0, svgsWithOnload: 0, jsLinks: 0 };

test("the poisoned workspace is a valid file that changes only text", () => {
  assert.ok(POISONED_FIELDS > 500, `payloads placed in ${POISONED_FIELDS} text fields`);
  const sample = sampleJson();
  assert.deepEqual(POISONED.elements.map((e) => [e.id, e.kind, e.owner, e.parent]), sample.elements.map((e) => [e.id, e.kind, e.owner, e.parent]));
  assert.deepEqual(POISONED.decisions.map((d) => [d.id, d.number, d.status, d.date, d.links]), sample.decisions.map((d) => [d.id, d.number, d.status, d.date, d.links]));
});

test("payloads in every text field show as text and never run", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const notice = await conway.importFile({ name: "poisoned.conway.json", content: JSON.stringify(POISONED, null, 2) });
  assert.equal(notice.title, `Opened "${POISONED.name}"`, notice.detail);
  await conway.waitForWorkspaceName(POISONED.name);
  assert.deepEqual(await conway.injectionEvidence(), CLEAN, "the workspace name, canvas and overview render payloads as text");

  // Overview tabs show principles and glossary.
  const shownIn = {
    Principles: [POISONED.principles[0].name, POISONED.principles[0].statement],
    Glossary: [POISONED.glossary[0].term, POISONED.glossary[0].definition],
    Decisions: [POISONED.decisions[0].title],
  };
  for (const [tab, texts] of Object.entries(shownIn)) {
    await conway.openOverviewTab(tab);
    const shown = await conway.detailsText();
    for (const t of texts) assert.ok(shown.includes(t), `${tab} tab shows literally: ${t.slice(0, 60)}`);
    assert.deepEqual(await conway.injectionEvidence(), CLEAN, `overview tab ${tab}`);
  }

  // Every view of both panes.
  for (const kind of ["system", "org"]) {
    for (const view of POISONED.views.filter((v) => v.kind === kind)) {
      await conway.pane(kind).selectView(view.name);
      assert.deepEqual(await conway.injectionEvidence(), CLEAN, `view ${view.name}`);
    }
  }
  await system.selectView(POISONED.views[0].name);

  // Element details.
  await system.clickNode(TARGET.id);
  await conway.waitForDetailsName(TARGET.name);
  const details = await conway.elementDetails();
  assert.equal(details.name, TARGET.name);
  assert.ok(details.name.includes("<img src=x onerror="), "the img payload is visible as text");
  assert.equal(details.description, TARGET.description);
  assert.equal(details.owner, POISONED.elements.find((e) => e.id === TARGET.owner).name);
  assert.match(await system.nodeLabel(TARGET.id), /^<img src=x onerror=/);
  assert.deepEqual(await conway.injectionEvidence(), CLEAN, "element details");

  // Decision details: title, context, options, outcome, consequences.
  await conway.openDecision(reference(DECISION));
  await conway.waitForDetailsName(DECISION.title);
  const text = await conway.detailsText();
  for (const field of [DECISION.title, DECISION.context, DECISION.options[0].name, DECISION.options[0].pros[0]]) {
    assert.ok(text.includes(field), `decision text shown literally: ${field.slice(0, 60)}`);
  }
  assert.ok(text.includes(`click bold <b>bold</b> ${PAYLOADS[0]}`), "the outcome's markdown renders and its HTML shows as text");
  assert.equal(await conway.details.locator(".markdown strong").first().textContent(), "bold");
  assert.deepEqual(await conway.injectionEvidence(), CLEAN, "decision details");

  // An RFC's review: reviewers, open questions and the comment thread (markdown).
  await conway.pressEscape();
  await conway.openDecision(reference(RFC));
  await conway.waitForDetailsName(RFC.title);
  const review = await conway.review.section.innerText();
  for (const field of [RFC.review.reviewers[0], RFC.review.open_questions[0], RFC.review.comments[0].author]) {
    assert.ok(review.includes(field), `review text shown literally: ${field.slice(0, 60)}`);
  }
  assert.deepEqual(await conway.injectionEvidence(), CLEAN, "RFC review");

  // The framework's matrix and the principles.
  await conway.pressEscape();
  await conway.openOverviewTab("Framework");
  assert.ok((await conway.review.guidanceCell("One-way door · One team").innerText()).includes(IMG));
  await conway.openOverviewTab("Principles");
  await conway.details.getByTestId("principle").first().locator("summary").click();
  assert.deepEqual(await conway.injectionEvidence(), CLEAN, "framework and principles");
  await conway.openOverviewTab("Decisions");

  // Payloads are also harmless in the file name of an export.
  const exported = await conway.exportWorkspace();
  assert.ok(!/[<>:"/\\|?*]/.test(exported.fileName), `safe file name: ${exported.fileName}`);
  assert.deepEqual(JSON.parse(exported.bytes.toString("utf8")), POISONED, "payloads round-trip unchanged");
  assert.deepEqual(await conway.injectionEvidence(), CLEAN);
  assert.deepEqual(conway.errors, []);
});

test("payloads run nothing in any export: the SVG opened on its own, the PNG, a share link", async () => {
  const { app: conway, context } = await app.open();
  await conway.importFile({ name: "poisoned.conway.json", content: JSON.stringify(POISONED, null, 2) });
  await conway.waitForWorkspaceName(POISONED.name);
  const requests = [];
  for (const kind of ["system", "org"]) {
    const svg = await conway.share.exportPicture(kind, { format: "SVG" });
    const text = svg.bytes.toString("utf8");
    assert.ok(text.includes("Payments"), "the payloads' text is in the picture");
    // The picture opened as a document of its own, where a script would run.
    const page = await context.newPage();
    page.on("request", (r) => requests.push(r.url()));
    await page.route("http://picture.test/**", (route) => route.fulfill({ body: svg.bytes, contentType: "image/svg+xml" }));
    await page.goto("http://picture.test/picture.svg");
    assert.equal(await page.evaluate(() => typeof window.__pwned), "undefined", `${kind} SVG runs nothing`);
    assert.equal(await page.evaluate(() => document.querySelectorAll("script, foreignObject, [onload], [onerror]").length), 0);
    await page.close();
    const png = await conway.share.exportPicture(kind, { format: "PNG", scale: "1x" });
    const back = await conway.importFile({ name: png.fileName, content: png.bytes, mimeType: "image/png" });
    assert.equal(back.title, `Opened "${POISONED.name}"`, back.detail);
    assert.deepEqual(await conway.injectionEvidence(), CLEAN, `${kind} PNG opened back`);
  }
  assert.deepEqual(requests.filter((u) => !u.startsWith("http://picture.test/")), [], "a picture loads nothing");

  // The published page, opened with JavaScript on: only its own script runs.
  const published = await conway.share.publishPage();
  const { page: site, requests: siteRequests } = await conway.share.openPublished(context, published.bytes);
  assert.equal(await site.evaluate(() => typeof window.__pwned), "undefined", "the published page runs no payload");
  assert.equal(await site.evaluate(() => document.querySelectorAll("iframe, img, [onload], [onerror], [onclick]").length), 0);
  assert.equal(await site.evaluate(() => document.scripts.length), 2, "the page's own script and its inert workspace");
  assert.deepEqual(siteRequests, ["http://published.test/page.html"], "the page loads nothing");
  await site.close();

  // A share link carrying the payloads shows them as text in a fresh browser.
  const { url } = await conway.share.shareLink();
  const { app: friend } = await app.open({ load: false });
  await friend.open(url);
  assert.match(await friend.share.bannerText(), /Poisoned/);
  assert.deepEqual(await friend.injectionEvidence(), CLEAN, "the shared workspace");
  assert.deepEqual(conway.errors, []);
  assert.deepEqual(friend.errors, []);
});
