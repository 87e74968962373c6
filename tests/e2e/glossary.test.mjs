// The shared vocabulary: a glossary edited in place, its terms marked where
// they appear with the definition on hover, synonyms to avoid flagged, and
// terms found by the global search.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, sampleJson } from "./support.mjs";

const app = useApp();
const sample = sampleJson();
const GATEWAY = sample.elements.find((e) => e.id === "api-gateway");
const CONTAINERS = sample.views.find((v) => v.id === "view-containers").name;

test("a glossary term is underlined where it appears, with its definition on hover; a word to avoid is flagged", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  await conway.vocabulary.addTerm("Rate limit", { definition: "How many requests a client may make per second.", avoid: "throttle" });
  await system.selectView(sample.views.find((v) => v.id === "view-containers").name);
  await system.clickNode(GATEWAY.id);
  await conway.waitForDetailsName(GATEWAY.name);
  const marks = await conway.vocabulary.glossaryMarks();
  const rate = marks.find((m) => /^rate limits?$/i.test(m.text));
  assert.ok(rate, JSON.stringify(marks));
  assert.equal(rate.kind, "glossary-word");
  assert.equal(rate.title, "Rate limit: How many requests a client may make per second.");
  // The hover text is what the browser shows as the tooltip.
  await conway.details.locator(".glossary-word", { hasText: rate.text }).hover();
  assert.equal(await conway.details.getByTestId("details-description").textContent(), GATEWAY.description, "the text itself is unchanged");
  // A word the glossary says to avoid is flagged with the term to use.
  await conway.pressEscape();
  await conway.vocabulary.addTerm("Ingress", { definition: "Where outside traffic enters.", avoid: "entry point" });
  await system.clickNode(GATEWAY.id);
  await conway.waitForDetailsName(GATEWAY.name);
  const flagged = (await conway.vocabulary.glossaryMarks()).find((m) => m.kind === "glossary-avoid" && /entry point/i.test(m.text));
  assert.ok(flagged, "the sample's gateway is a 'single entry point'");
  assert.equal(flagged.title, 'Say "Ingress" instead: Where outside traffic enters.');
});

test("glossary terms are found by the global search and open in the glossary; edits are one undo step", async () => {
  const { app: conway, page } = await app.open();
  await conway.press("Control+k");
  const dialog = page.getByRole("dialog", { name: "Search" });
  await dialog.getByRole("combobox", { name: "Search" }).fill("trolley");
  await dialog.getByRole("option", { name: /Basket/ }).first().click();
  const card = conway.vocabulary.termCard("Basket");
  await card.locator("details[open]").waitFor();
  const definition = card.getByRole("textbox", { name: "Definition" });
  await definition.fill("What a customer means to buy.");
  await definition.blur();
  await card.locator("summary p", { hasText: "What a customer means to buy." }).waitFor({ state: "attached" });
  await conway.undoButton.click();
  await conway.vocabulary.termCard("Basket").locator("summary p", { hasText: sample.glossary.find((t) => t.term === "Basket").definition }).waitFor({ state: "attached" });
});

test("the concerns vocabulary is edited in place: a new concern can be weighted, a rename shows everywhere, a delete takes its weights and undo brings them back", async () => {
  const { app: conway, page } = await app.open();
  const system = conway.pane("system");
  await conway.vocabulary.addConcern("Accessibility");
  const lens = page.getByRole("combobox", { name: "Concern lens" });
  await lens.locator("option", { hasText: "Concern: Accessibility" }).waitFor({ state: "attached" });

  // Weight it on an element: the properties offer it.
  await system.selectView(CONTAINERS);
  await system.clickNode("notifications-service");
  await conway.openProperties();
  assert.ok((await conway.vocabulary.weightableConcerns()).includes("Accessibility"));
  await conway.details.getByTestId("concern-weights").getByRole("combobox", { name: "Weight of Accessibility" }).selectOption("3");

  // Rename it: the weight follows, under the new name.
  await conway.pressEscape();
  await conway.vocabulary.open("Concerns");
  await conway.vocabulary.concernCard("Accessibility").getByTestId("concern-usage").filter({ hasText: "Weighted by 1 element, tagged on 0 decisions" }).waitFor();
  await conway.vocabulary.renameConcern("Accessibility", "Inclusive design");
  await lens.locator("option", { hasText: "Concern: Inclusive design" }).waitFor({ state: "attached" });

  // A used concern's delete says what goes with it; undo restores the weight.
  const question = await conway.vocabulary.deleteConcern("Inclusive design");
  assert.match(question, /weighted by 1 element/);
  await system.clickNode("notifications-service");
  await conway.openProperties();
  assert.ok(!(await conway.vocabulary.weightableConcerns()).includes("Inclusive design"));
  await conway.undoButton.click();
  await conway.details.getByTestId("concern-weights").getByRole("combobox", { name: "Weight of Inclusive design" }).waitFor();
  assert.equal(await conway.details.getByTestId("concern-weights").getByRole("combobox", { name: "Weight of Inclusive design" }).inputValue(), "3");

  // The lens picker opens the editor; a name already taken is refused.
  await conway.pressEscape();
  await lens.selectOption({ label: "Edit concerns…" });
  await conway.details.getByTestId("concerns").waitFor();
  assert.equal(await lens.inputValue(), "", "opening the editor leaves the lens off");
  await conway.details.getByRole("textbox", { name: "New concern" }).fill("latency");
  await conway.details.getByRole("button", { name: "Add concern" }).click();
  const refused = await conway.waitForNotice();
  assert.match(refused.detail, /already a concern called "latency"/);
  assert.deepEqual(conway.errors, []);
});

test("glossary words are marked inside a decision's markdown and in element names on the canvas", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const order = sample.glossary.find((t) => t.term === "Order");
  // A decision's context is markdown: its words are marked there too.
  await conway.openOverviewTab("Decisions");
  await conway.details.getByText(sample.decisions[0].title).click();
  const context = conway.details.locator(".markdown").first();
  const mark = context.locator(".glossary-word", { hasText: /^Orders$/ }).first();
  await mark.waitFor();
  assert.equal(await mark.getAttribute("title"), `Order: ${order.definition}`);
  assert.equal((await context.textContent()).trim(), sample.decisions[0].context, "the text itself is unchanged");

  // On the canvas, the word in the element's name is underlined and the hover text defines it.
  await conway.pressEscape();
  await system.selectView(CONTAINERS);
  const node = system.node("orders-service");
  await node.locator("tspan.glossary-word", { hasText: "Orders" }).waitFor({ state: "attached" });
  assert.match(await node.locator(":scope > title").textContent(), new RegExp(`^Orders Service\\nOrder: ${order.definition.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  assert.deepEqual(conway.errors, []);
});
