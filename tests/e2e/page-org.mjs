// Part of the page object (mixed into ConwayPage by conway-page.mjs): the
// organisation side: ownership by drag and in bulk, colour by owner.

async function fillTermField(card, label, value) {
  const field = card.getByRole("textbox", { name: label });
  await field.fill(value);
  await field.blur();
}

export const orgHelpers = {
  /** Drags an element of one pane onto an element of another pane and drops it there. */
  async dragNodeOnto(fromKind, id, toKind, targetId, { beforeRelease } = {}) {
    const from = await this.node(fromKind, id).locator(".shape").first().boundingBox();
    const to = await this.node(toKind, targetId).locator(".shape").first().boundingBox();
    await this.page.mouse.move(from.x + from.width / 2, from.y + Math.min(from.height / 2, 20));
    await this.page.mouse.down();
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    if (beforeRelease) await beforeRelease();
    await this.page.mouse.up();
  },

  /** Whether an element is marked as the team a drop would give ownership to. */
  async isDropTarget(kind, id) {
    return this.node(kind, id).evaluate((el) => el.classList.contains("drop-target"));
  },

  /** With several elements selected, chooses their owner team ("No owner" to clear). */
  async setBulkOwner(teamName) {
    await this.details.getByTestId("bulk-owner").selectOption({ label: teamName });
  },

  /** Turns colouring by owner on or off for a pane's view (from its ⋯ menu). */
  async toggleOwnerColours(kind) {
    await this.pane(kind).getByRole("button", { name: "View actions" }).click();
    await this.pane(kind).getByRole("menuitemcheckbox", { name: "Colour by owner" }).click();
  },

  ownerLegend(kind) {
    return this.pane(kind).getByTestId("owner-legend");
  },

  /** The legend's lines, e.g. ["Checkout 5", "No owner 1"]. */
  async ownerLegendEntries(kind) {
    return (await this.ownerLegend(kind).getByRole("listitem").allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
  },

  /** The owner colour class of a drawn element: "owner-3", "unowned" or null. */
  async ownerColour(kind, id) {
    return this.node(kind, id).evaluate((el) => [...el.classList].find((c) => c.startsWith("owner-") || c === "unowned") ?? null);
  },

  /** Opens (or closes) the Conway lens from the header. */
  async toggleLens() {
    await this.page.getByRole("button", { name: "Conway lens", exact: true }).click();
  },

  /** The lens's findings as { title, message }. */
  async lensFindings() {
    const list = this.details.getByTestId("lens-findings");
    await list.waitFor();
    return list.locator(".lens-finding").evaluateAll((items) =>
      items.map((b) => ({ title: b.querySelector("strong").textContent.trim(), message: b.querySelector("span").textContent.trim() })),
    );
  },

  /** Chooses the finding whose message contains `text`. */
  async chooseLensFinding(text) {
    await this.details.getByTestId("lens-findings").locator(".lens-finding", { hasText: text }).click();
  },

  /** Bands the lens draws over a pane, as their CSS state ("declared", "light", "undeclared"). */
  async lensBands(kind) {
    return this.pane(kind).locator(".lens-band").evaluateAll((lines) => lines.map((l) => l.getAttribute("class").replace("lens-band ", "")));
  },

  /** Turns on the organisation pane's "as of" date, at today. */
  async showInteractionsAsOf() {
    await this.pane("org").getByRole("button", { name: "Interactions as of a date…" }).click();
    await this.pane("org").getByRole("slider", { name: "Interactions as of" }).waitFor();
  },

  /** Moves the slider to a date (YYYY-MM-DD). */
  async setInteractionsAsOf(date) {
    const [y, m, d] = date.split("-").map(Number);
    const day = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1900, 0, 1)) / 86_400_000);
    await this.pane("org").getByRole("slider", { name: "Interactions as of" }).fill(String(day));
    await this.pane("org").getByTestId("as-of-date").filter({ hasText: date }).waitFor();
  },

  async showAllInteractions() {
    await this.pane("org").getByRole("button", { name: "Show all" }).click();
  },

  /** Waits until a pane draws (or no longer draws) a relationship. */
  async waitForEdge(kind, id, shown = true) {
    await this.edges(kind).and(this.page.locator(`[data-edge-id="${id}"]`)).first().waitFor({ state: shown ? "attached" : "detached" });
  },

  /** Opens the power/interest grid from the organisation pane's ⋯ menu. */
  async openStakeholderGrid() {
    await this.viewAction("org", "Power and interest grid…");
    await this.page.getByTestId("stakeholder-grid").waitFor();
  },

  stakeholderDot(name) {
    return this.page.getByTestId("stakeholder-grid").getByRole("button", { name: new RegExp(`^${name}: power`) });
  },

  /** A stakeholder's place on the grid as the dot announces it: { power, interest }. */
  async stakeholderPlace(name) {
    const label = await this.stakeholderDot(name).getAttribute("aria-label");
    const [, power, interest] = label.match(/power (\d+), interest (\d+)/);
    return { power: Number(power), interest: Number(interest) };
  },

  /** Drags a stakeholder's dot to a power and interest (0 to 100). */
  async dragStakeholder(name, power, interest) {
    const plane = await this.page.getByTestId("stakeholder-grid").boundingBox();
    const dot = await this.stakeholderDot(name).locator(".dot").boundingBox();
    await this.page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(plane.x + (plane.width * interest) / 100, plane.y + (plane.height * (100 - power)) / 100, { steps: 10 });
    await this.page.mouse.up();
  },

  /** Opens the overview's Glossary tab on its terms or its concerns. */
  async openVocabulary(part = "Terms") {
    await this.openOverviewTab("Glossary");
    const segment = this.details.getByRole("group", { name: "Glossary of" }).getByRole("button", { name: part, exact: true });
    await segment.click();
    await this.details.getByTestId(part === "Terms" ? "glossary" : "concerns").waitFor();
  },

  /** Adds a concern to the workspace's vocabulary. */
  async addConcern(name) {
    await this.openVocabulary("Concerns");
    await this.details.getByRole("textbox", { name: "New concern" }).fill(name);
    await this.details.getByRole("button", { name: "Add concern" }).click();
    await this.concernCard(name).waitFor();
  },

  /** The card of a concern in the concerns editor, by its name. */
  concernCard(name) {
    return this.details.getByTestId("concern").filter({ has: this.page.locator("summary h4", { hasText: new RegExp(`^${name}$`) }) });
  },

  /** Renames a concern in the concerns editor. */
  async renameConcern(name, to) {
    await this.concernCard(name).locator("summary").click();
    const field = this.concernCard(name).getByRole("textbox", { name: "Concern" });
    await field.fill(to);
    await field.press("Tab");
    await this.concernCard(to).waitFor();
  },

  /** Deletes a concern, accepting the question; returns the question. */
  async deleteConcern(name) {
    let question = "";
    this.page.once("dialog", (dialog) => {
      question = dialog.message();
      dialog.accept();
    });
    const card = this.concernCard(name);
    if (!(await card.locator("details[open]").count())) await card.locator("summary").click();
    await card.getByRole("button", { name: "Delete…" }).click();
    await this.concernCard(name).waitFor({ state: "detached" });
    return question;
  },

  /** The names of the concerns an element's properties offer to weight. */
  async weightableConcerns() {
    const selects = this.details.getByTestId("concern-weights").getByRole("combobox");
    return (await selects.evaluateAll((all) => all.map((s) => s.getAttribute("aria-label")))).map((l) => l.replace(/^Weight of /, ""));
  },

  /** Adds a glossary term from the Glossary tab and fills its fields. */
  async addTerm(word, { definition = "", avoid = "" } = {}) {
    await this.openVocabulary("Terms");
    await this.details.getByRole("textbox", { name: "New term" }).fill(word);
    await this.details.getByRole("button", { name: "Add term" }).click();
    const card = this.termCard(word);
    await card.locator("details[open]").waitFor();
    if (definition) await fillTermField(card, "Definition", definition);
    if (avoid) await fillTermField(card, "Words to avoid (comma-separated)", avoid);
  },

  termCard(word) {
    return this.details.getByTestId("term").filter({ has: this.page.locator("summary h4", { hasText: new RegExp(`^${word}$`) }) });
  },

  /** Glossary words marked in the details: [{ text, kind: "glossary-word" | "glossary-avoid", title }]. */
  async glossaryMarks() {
    return this.details.locator(".glossary-word, .glossary-avoid").evaluateAll((spans) =>
      spans.map((s) => ({ text: s.textContent, kind: s.className, title: s.getAttribute("title") })),
    );
  },
};
