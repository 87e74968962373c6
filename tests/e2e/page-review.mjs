// Part of the page object (ConwayPage carries one as `conway.review`): the
// RFC review, status changes that ask a question, principles cited by a
// decision, the Principles tab, the decision framework's matrix and MADR
// files in and out. It works in the details panel and never touches a pane.
import fs from "node:fs/promises";

export class Review {
  /** @param {import("./conway-page.mjs").ConwayPage} conway */
  constructor(conway) {
    this.conway = conway;
    this.page = conway.page;
  }

  get details() {
    return this.conway.details;
  }

  /** Accepts or rejects the open proposal, naming who decided. */
  async resolveDecision(verdict, by) {
    await this.details.getByTestId("decision-status").selectOption({ label: verdict });
    const question = this.details.getByTestId("status-question");
    await question.getByRole("textbox").fill(by);
    await question.getByRole("button", { name: verdict === "Rejected" ? "Reject" : "Accept" }).click();
    await question.waitFor({ state: "detached" });
  }

  /** Chooses Deprecated and answers why; `reason` null cancels instead. */
  async deprecateDecision(reason) {
    await this.details.getByTestId("decision-status").selectOption({ label: "Deprecated" });
    const question = this.details.getByTestId("status-question");
    await question.waitFor();
    if (reason === null) {
      await question.getByRole("button", { name: "Cancel" }).click();
    } else {
      await question.getByRole("textbox").fill(reason);
      await question.getByRole("button", { name: "Deprecate" }).click();
    }
    await question.waitFor({ state: "detached" });
  }

  /** The status the form's select shows. */
  async decisionStatusValue() {
    return this.details.getByTestId("decision-status").inputValue();
  }

  /** Waits until the open decision's status badge reads `label`. */
  async waitForDecisionStatus(label) {
    await this.details.locator(".decision-meta .badge", { hasText: new RegExp(`^${label}$`) }).waitFor();
  }

  /** The review section of the open decision (RFC review). */
  get section() {
    return this.details.getByTestId("review");
  }

  async addComment(author, text) {
    const before = await this.section.locator(".comment").count();
    await this.section.getByRole("textbox", { name: "Your name" }).fill(author);
    await this.section.getByRole("textbox", { name: "Comment" }).fill(text);
    await this.section.getByRole("button", { name: "Add comment" }).click();
    await this.section.locator(".comment").nth(before).waitFor();
  }

  /** Comments of the open decision as { author, text }. */
  async comments() {
    return this.section.locator(".comment").evaluateAll((items) =>
      items.map((c) => ({ author: c.querySelector("strong")?.textContent ?? "", text: c.querySelector(".markdown")?.textContent.trim() ?? "" })),
    );
  }

  async resolutionLine() {
    const line = this.details.getByTestId("resolution");
    return (await line.count()) ? (await line.textContent()).trim() : null;
  }

  /** Sets review fields in the open form: reviewers (comma-separated), review-by (YYYY-MM-DD). */
  async setReviewField(field, value) {
    const input = this.details.getByTestId(field === "reviewers" ? "review-reviewers" : field === "review-by" ? "review-by-input" : "review-questions");
    await input.fill(value);
    await input.blur();
  }

  /** Cites a workspace principle from the open form ("Follows" or "Departs from"). */
  async citePrinciple(name, stance = "Follows") {
    const editor = this.details.getByTestId("principle-editor");
    await editor.getByRole("combobox", { name: "Stance", exact: true }).selectOption({ label: stance });
    await editor.getByRole("combobox", { name: "Principle to cite" }).selectOption({ label: name });
    await editor.getByRole("button", { name: "Cite" }).click();
    await editor.getByText(name, { exact: true }).waitFor();
  }

  async justifyDeparture(name, text) {
    const field = this.details.getByTestId("principle-editor").getByRole("textbox", { name: `Why depart from ${name}` });
    await field.fill(text);
    await field.blur();
  }

  /** Principles listed on the open decision, e.g. ["Departs from Prefer managed…"]. */
  async citedPrinciples() {
    const list = this.details.getByTestId("decision-principles");
    if ((await list.count()) === 0) return [];
    return (await list.getByRole("listitem").allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
  }

  /** Shows the decision log as "List" or "Timeline". */
  async showDecisionsAs(mode) {
    await this.conway.openOverviewTab("Decisions");
    const group = this.details.getByRole("group", { name: "Show decisions as" });
    await group.getByRole("button", { name: mode, exact: true }).click();
  }

  async addPrinciple(name) {
    await this.conway.openOverviewTab("Principles");
    await this.details.getByRole("textbox", { name: "New principle name" }).fill(name);
    await this.details.getByRole("button", { name: "Add principle" }).click();
    await this.principleCard(name).waitFor();
  }

  principleCard(name) {
    return this.details.getByTestId("principle").filter({ has: this.page.locator("summary h4", { hasText: name }) });
  }

  /** The guidance cell of the framework matrix, by "Reversibility · Scope". */
  guidanceCell(label) {
    return this.details.getByTestId("framework-matrix").getByRole("button", { name: label, exact: true });
  }

  /** Edits one field of a framework cell ("Who decides", "Analysis expected", "Who must be consulted"). */
  async editGuidance(label, field, value) {
    await this.conway.openOverviewTab("Framework");
    const cell = this.guidanceCell(label);
    if ((await cell.getAttribute("aria-pressed")) !== "true") await cell.click();
    const editor = this.details.getByTestId("guidance-editor");
    await editor.getByRole("textbox", { name: field }).fill(value);
    await editor.getByRole("textbox", { name: field }).blur();
    await cell.filter({ hasText: value }).or(editor.getByRole("textbox", { name: field })).first().waitFor();
  }

  /** Starts or stops picking the open decision's links on the canvas. */
  async togglePicking() {
    await this.details.getByTestId("link-editor").getByRole("button", { name: /^(Pick on the canvas|Done picking)$/ }).click();
  }

  async isPicking() {
    const button = this.details.getByTestId("link-editor").getByRole("button", { name: /^(Pick on the canvas|Done picking)$/ });
    return (await button.getAttribute("aria-pressed")) === "true";
  }

  /** Downloads the decision log as a MADR zip: { fileName, bytes }. */
  async exportMadr() {
    const button = this.details.getByRole("group", { name: "MADR files" }).getByRole("button", { name: "Export MADR" });
    const [download] = await Promise.all([this.page.waitForEvent("download"), button.click()]);
    const failure = await download.failure();
    if (failure) throw new Error(`MADR export failed: ${failure}`);
    return { fileName: download.suggestedFilename(), bytes: await fs.readFile(await download.path()) };
  }

  /** Imports MADR files ({ name, content } with a Buffer or text) and returns the notice. */
  async importMadr(files) {
    await this.conway.dismissNotice();
    await this.details.getByTestId("madr-import-input").setInputFiles(
      files.map((f) => ({
        name: f.name,
        mimeType: f.name.endsWith(".zip") ? "application/zip" : "text/markdown",
        buffer: Buffer.isBuffer(f.content) ? f.content : Buffer.from(f.content, "utf8"),
      })),
    );
    return this.conway.waitForNotice();
  }
}
