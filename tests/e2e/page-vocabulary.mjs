// Part of the page object (ConwayPage carries one as `conway.vocabulary`): the
// workspace's vocabulary in the overview's Glossary tab, its terms and its
// concerns, the concern weights in an element's properties, and the glossary
// words marked in the details panel. It never touches a pane.

async function fillTermField(card, label, value) {
  const field = card.getByRole("textbox", { name: label });
  await field.fill(value);
  await field.blur();
}

export class Vocabulary {
  /** @param {import("./conway-page.mjs").ConwayPage} conway */
  constructor(conway) {
    this.conway = conway;
    this.page = conway.page;
  }

  get details() {
    return this.conway.details;
  }

  /** Opens the overview's Glossary tab on its terms or its concerns. */
  async open(part = "Terms") {
    await this.conway.openOverviewTab("Glossary");
    const segment = this.details.getByRole("group", { name: "Glossary of" }).getByRole("button", { name: part, exact: true });
    await segment.click();
    await this.details.getByTestId(part === "Terms" ? "glossary" : "concerns").waitFor();
  }

  /** Adds a concern to the workspace's vocabulary. */
  async addConcern(name) {
    await this.open("Concerns");
    await this.details.getByRole("textbox", { name: "New concern" }).fill(name);
    await this.details.getByRole("button", { name: "Add concern" }).click();
    await this.concernCard(name).waitFor();
  }

  /** The card of a concern in the concerns editor, by its name. */
  concernCard(name) {
    return this.details.getByTestId("concern").filter({ has: this.page.locator("summary h4", { hasText: new RegExp(`^${name}$`) }) });
  }

  /** Renames a concern in the concerns editor. */
  async renameConcern(name, to) {
    await this.concernCard(name).locator("summary").click();
    const field = this.concernCard(name).getByRole("textbox", { name: "Concern" });
    await field.fill(to);
    await field.press("Tab");
    await this.concernCard(to).waitFor();
  }

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
  }

  /** The names of the concerns an element's properties offer to weight. */
  async weightableConcerns() {
    const selects = this.details.getByTestId("concern-weights").getByRole("combobox");
    return (await selects.evaluateAll((all) => all.map((s) => s.getAttribute("aria-label")))).map((l) => l.replace(/^Weight of /, ""));
  }

  /** Adds a glossary term from the Glossary tab and fills its fields. */
  async addTerm(word, { definition = "", avoid = "" } = {}) {
    await this.open("Terms");
    await this.details.getByRole("textbox", { name: "New term" }).fill(word);
    await this.details.getByRole("button", { name: "Add term" }).click();
    const card = this.termCard(word);
    await card.locator("details[open]").waitFor();
    if (definition) await fillTermField(card, "Definition", definition);
    if (avoid) await fillTermField(card, "Words to avoid (comma-separated)", avoid);
  }

  termCard(word) {
    return this.details.getByTestId("term").filter({ has: this.page.locator("summary h4", { hasText: new RegExp(`^${word}$`) }) });
  }

  /** Glossary words marked in the details: [{ text, kind: "glossary-word" | "glossary-avoid", title }]. */
  async glossaryMarks() {
    return this.details.locator(".glossary-word, .glossary-avoid").evaluateAll((spans) =>
      spans.map((s) => ({ text: s.textContent, kind: s.className, title: s.getAttribute("title") })),
    );
  }
}
