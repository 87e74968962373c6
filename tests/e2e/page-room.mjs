// The part of the page object for the window's room and legibility: the side
// panel, maximising a map and the layout switch, the minimap, the header's
// menus, and what the canvas shows of its elements' names (sizes on screen,
// compact or full labels), measured from the rendered text.

/** The smallest on-screen size of a name that reads easily (editor::scene::READABLE_NAME_PX). */
export const READABLE_PX = 11;

export class Room {
  /** @param {import("./conway-page.mjs").ConwayPage} conway */
  constructor(conway) {
    this.conway = conway;
    this.page = conway.page;
  }

  get header() {
    return this.page.locator("header.app-header");
  }

  get sidePanel() {
    return this.page.getByTestId("details");
  }

  get panelToggle() {
    return this.page.getByTestId("panel-toggle");
  }

  async sidePanelShown() {
    return this.sidePanel.isVisible();
  }

  /** Scrolls the side panel to its end; returns how far it scrolled. */
  async scrollSidePanelToBottom() {
    return this.sidePanel.evaluate((panel) => {
      panel.scrollTop = panel.scrollHeight;
      return panel.scrollTop;
    });
  }

  async waitForSidePanelAtTop() {
    await this.page.waitForFunction(() => document.querySelector('[data-testid="details"]').scrollTop === 0, null, { timeout: 10_000 });
  }

  async toggleSidePanel() {
    await this.panelToggle.click();
  }

  /** Chooses "System map only", "Both maps" or "Organisation map only". */
  async showMaps(label) {
    await this.header.getByRole("group", { name: "Maps shown" }).getByRole("button", { name: label, exact: true }).click();
  }

  /** The layout switch's pressed button. */
  async mapsShown() {
    const pressed = this.header.getByRole("group", { name: "Maps shown" }).locator('[aria-pressed="true"]');
    return pressed.getAttribute("aria-label");
  }

  /** Whether the pane ("system" or "org") is on screen. */
  async paneShown(kind) {
    return this.conway.pane(kind).root.isVisible();
  }

  maximiseButton(kind) {
    return this.page.getByTestId(`${this.conway.pane(kind).testid}-maximise`);
  }

  async toggleMaximise(kind) {
    await this.maximiseButton(kind).click();
  }

  /** Double-clicks the pane's title bar, away from its controls. */
  async doubleClickTitleBar(kind) {
    const bar = this.conway.pane(kind).root.locator(".pane-toolbar");
    const maximise = await this.maximiseButton(kind).boundingBox();
    const box = await bar.boundingBox();
    // Just left of the maximise button: the bar itself (its auto margin).
    await this.page.mouse.dblclick(maximise.x - 6, box.y + box.height / 2);
  }

  /** The canvas's width and height on screen. */
  async canvasSize(kind) {
    const box = await this.conway.pane(kind).canvas.boundingBox();
    return { width: box.width, height: box.height };
  }

  // ------------------------------------------------------------ minimap

  minimap(kind) {
    return this.conway.pane(kind).root.locator("svg.minimap");
  }

  async hideMinimap(kind) {
    await this.conway.pane(kind).root.getByRole("button", { name: "Hide the minimap" }).click();
  }

  async showMinimap(kind) {
    await this.conway.pane(kind).root.getByTestId("minimap-show").click();
  }

  // ------------------------------------------------------------- names

  /**
   * Every element name drawn in the pane's canvas and on screen, with its
   * size on screen in CSS pixels (its font size times the camera's zoom).
   */
  async namesOnScreen(kind) {
    return this.conway.pane(kind).root.evaluate((pane) => {
      const canvas = pane.querySelector("svg.canvas");
      const area = canvas.getBoundingClientRect();
      const camera = canvas.querySelector("g.camera");
      const zoom = Number(camera.getAttribute("transform").match(/scale\(([-\d.e]+)\)/)[1]);
      return [...canvas.querySelectorAll("[data-node-id] .label-name")]
        .filter((text) => {
          const r = text.getBoundingClientRect();
          return r.width > 0 && r.right > area.left && r.left < area.right && r.bottom > area.top && r.top < area.bottom;
        })
        .map((text) => ({
          text: text.textContent,
          px: parseFloat(getComputedStyle(text).fontSize) * zoom,
          compact: text.closest(".labels").classList.contains("compact"),
        }));
    });
  }

  /** How many of the pane's elements show their compact labels. */
  async compactCount(kind) {
    return this.conway.pane(kind).root.getByTestId("compact-labels").count();
  }

  /**
   * The elements of the pane whose boxes overlap a control floating over the
   * canvas (palette, minimap, the "as of" bar, the owner legend).
   */
  async nodesUnderControls(kind) {
    return this.conway.pane(kind).root.evaluate((pane) => {
      const controls = [".palette", ".minimap-box:not(.hidden)", ".as-of", ".owner-legend"]
        .flatMap((selector) => [...pane.querySelectorAll(selector)])
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0);
      const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return [...pane.querySelectorAll("[data-node-id] .shape")]
        .filter((shape) => controls.some((c) => hit(shape.getBoundingClientRect(), c)))
        .map((shape) => shape.closest("[data-node-id]").dataset.nodeId);
    });
  }

  // -------------------------------------------------------------- menus

  /** Every menu open on the page, by name. */
  async openMenus() {
    return this.page.getByRole("menu").evaluateAll((menus) => menus.map((m) => m.getAttribute("aria-label")));
  }

  /** The text of the focused element. */
  async focusedText() {
    return this.page.evaluate(() => document.activeElement?.textContent?.trim() ?? null);
  }

  /** The accessible name (or text) of the focused element. */
  async focusedName() {
    return this.page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent?.trim() ?? null);
  }

  /**
   * What of the header does not fit: controls cut off at its right edge, and
   * buttons whose text wraps onto a second line.
   */
  async headerMisfits() {
    return this.header.evaluate((header) => {
      const edge = header.getBoundingClientRect().right;
      const shown = [...header.querySelectorAll("button, a.button, select, h1, .save-status")].filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().width > 0);
      const cut = shown.filter((el) => el.getBoundingClientRect().right > edge + 0.5).map((el) => el.getAttribute("aria-label") || el.textContent.trim());
      const wrapped = shown
        .filter((el) => el.tagName === "BUTTON" && el.getBoundingClientRect().height > 40)
        .map((el) => el.getAttribute("aria-label") || el.textContent.trim());
      return { cut, wrapped };
    });
  }

  /** The facts of decision log rows (category, date, links) broken across lines. */
  async brokenLogFacts() {
    return this.page.getByTestId("decision-log").evaluate((log) =>
      [...log.querySelectorAll(".meta-part")].filter((part) => part.getClientRects().length > 1).map((part) => part.textContent));
  }

  /** The overview's tabs that are cut off by the panel's edge. */
  async clippedTabs() {
    return this.page.getByRole("tablist", { name: "Workspace records" }).evaluate((list) => {
      const edge = list.getBoundingClientRect();
      return [...list.querySelectorAll("[role=tab]")]
        .filter((tab) => {
          const r = tab.getBoundingClientRect();
          return r.left < edge.left - 0.5 || r.right > edge.right + 0.5;
        })
        .map((tab) => tab.textContent.trim());
    });
  }

  /** The zoom figure each pane shows ("55%"), or null where it is hidden. */
  async zoomFigures() {
    return this.page.locator(".pane:not([hidden]) .zoom-level").evaluateAll((figures) =>
      figures.map((f) => (f.getClientRects().length > 0 && f.getBoundingClientRect().width > 0 ? f.textContent : null)));
  }
}
