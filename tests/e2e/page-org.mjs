// Part of the page object (ConwayPage carries one as `conway.org`): the
// organisation side outside a pane's canvas: ownership in bulk, the Conway
// lens, the organisation pane's "as of" date and the power/interest grid.
// What a pane draws (owner colours, lens bands, drops on teams) is the Pane's.

export class Organisation {
  /** @param {import("./conway-page.mjs").ConwayPage} conway */
  constructor(conway) {
    this.conway = conway;
    this.page = conway.page;
  }

  get details() {
    return this.conway.details;
  }

  /** With several elements selected, chooses their owner team ("No owner" to clear). */
  async setBulkOwner(teamName) {
    await this.details.getByTestId("bulk-owner").selectOption({ label: teamName });
  }

  /** Opens (or closes) the Conway lens from the header. */
  async toggleLens() {
    await this.page.getByRole("button", { name: "Conway lens", exact: true }).click();
  }

  /** The lens's findings as { title, message }. */
  async lensFindings() {
    const list = this.details.getByTestId("lens-findings");
    await list.waitFor();
    return list.locator(".lens-finding").evaluateAll((items) =>
      items.map((b) => ({ title: b.querySelector("strong").textContent.trim(), message: b.querySelector("span").textContent.trim() })),
    );
  }

  /** Chooses the finding whose message contains `text`. */
  async chooseLensFinding(text) {
    await this.details.getByTestId("lens-findings").locator(".lens-finding", { hasText: text }).click();
  }

  // ------------------------------------------ the organisation pane's date

  /** Turns on the organisation pane's "as of" date, at today. */
  async showInteractionsAsOf() {
    const org = this.conway.pane("org").root;
    await org.getByRole("button", { name: "Interactions as of a date…" }).click();
    await org.getByRole("slider", { name: "Interactions as of" }).waitFor();
  }

  /** Moves the slider to a date (YYYY-MM-DD). */
  async setInteractionsAsOf(date) {
    const org = this.conway.pane("org").root;
    const [y, m, d] = date.split("-").map(Number);
    const day = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1900, 0, 1)) / 86_400_000);
    await org.getByRole("slider", { name: "Interactions as of" }).fill(String(day));
    await org.getByTestId("as-of-date").filter({ hasText: date }).waitFor();
  }

  async showAllInteractions() {
    await this.conway.pane("org").root.getByRole("button", { name: "Show all" }).click();
  }

  // ------------------------------------------------ power/interest grid

  /** Opens the power/interest grid from the organisation pane's ⋯ menu. */
  async openStakeholderGrid() {
    await this.conway.pane("org").viewAction("Power and interest grid…");
    await this.page.getByTestId("stakeholder-grid").waitFor();
  }

  stakeholderDot(name) {
    return this.page.getByTestId("stakeholder-grid").getByRole("button", { name: new RegExp(`^${name}: power`) });
  }

  /** A stakeholder's place on the grid as the dot announces it: { power, interest }. */
  async stakeholderPlace(name) {
    const label = await this.stakeholderDot(name).getAttribute("aria-label");
    const [, power, interest] = label.match(/power (\d+), interest (\d+)/);
    return { power: Number(power), interest: Number(interest) };
  }

  /** Drags a stakeholder's dot to a power and interest (0 to 100). */
  /** The stakeholders whose dot or name covers a quadrant's title. */
  async stakeholdersOverTitles() {
    return this.page.getByTestId("stakeholder-grid").evaluate((plane) => {
      const textRect = (el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return range.getBoundingClientRect();
      };
      const titles = [...plane.querySelectorAll(".quadrant")].map(textRect);
      const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return [...plane.querySelectorAll(".stakeholder-dot")]
        .filter((dot) => titles.some((t) => hit(dot.getBoundingClientRect(), t)))
        .map((dot) => dot.textContent.trim());
    });
  }

  async dragStakeholder(name, power, interest) {
    const plane = await this.page.getByTestId("stakeholder-grid").boundingBox();
    const dot = await this.stakeholderDot(name).locator(".dot").boundingBox();
    await this.page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
    await this.page.mouse.down();
    // The dots keep clear of a band along each edge (the quadrants' titles).
    const inset = Number(await this.page.getByTestId("stakeholder-grid").getAttribute("data-inset"));
    const at = (size, value) => inset + ((size - 2 * inset) * value) / 100;
    await this.page.mouse.move(plane.x + at(plane.width, interest), plane.y + at(plane.height, 100 - power), { steps: 10 });
    await this.page.mouse.up();
  }
}
