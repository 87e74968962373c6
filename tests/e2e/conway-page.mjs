// Page object for Conway: the one place that knows how the UI is built
// (test ids, roles, accessible names, CSS state classes). Tests speak in
// terms of panes, elements, details and files; a UI change touches this file.
import fs from "node:fs/promises";
import { orgHelpers } from "./page-org.mjs";
import { layoutHelpers } from "./page-layout.mjs";
import { reviewHelpers } from "./page-review.mjs";

/** The two panes, by the short names tests use. */
const PANES = {
  system: { testid: "view-system", picker: "System view" },
  org: { testid: "view-org", picker: "Organisation view" },
};

const IMPORT_INPUT = '[data-testid="import-input"]';
const WAIT_MS = 10_000;

function paneOf(kind) {
  const pane = PANES[kind];
  if (!pane) throw new Error(`unknown pane "${kind}" (use "system" or "org")`);
  return pane;
}

function cssString(text) {
  return JSON.stringify(String(text));
}

export class ConwayPage {
  /** @param {import("playwright-core").Page} page */
  constructor(page) {
    this.page = page;
    /** Console errors and uncaught page errors seen since this object was made. */
    this.errors = [];
    page.on("console", (message) => {
      if (message.type() === "error") this.errors.push(`console.error: ${message.text()}`);
    });
    page.on("pageerror", (error) => this.errors.push(`page error: ${error.message}`));
  }

  // ---------------------------------------------------------------- loading

  /** Opens the app at `url` and waits until both panes have drawn elements. */
  async open(url) {
    await this.page.goto(url);
    await this.waitUntilDrawn();
  }

  async reload() {
    await this.page.reload();
    await this.waitUntilDrawn();
  }

  async waitUntilDrawn() {
    await this.nodes("system").first().waitFor({ timeout: WAIT_MS });
    await this.nodes("org").first().waitFor({ timeout: WAIT_MS });
  }

  /** Resolves once a service worker controls this page. */
  async waitForServiceWorkerControl() {
    await this.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: WAIT_MS });
  }

  /**
   * Whether a request for something the service worker has not cached reaches
   * the server (so whether the page and its worker are really online).
   */
  async canReachServer() {
    return this.page.evaluate(() =>
      fetch(`/not-cached-probe?${Date.now()}`, { cache: "no-store" }).then(
        () => true,
        () => false,
      ),
    );
  }

  // ------------------------------------------------------------------ header

  get workspaceName() {
    return this.page.getByTestId("workspace-name");
  }

  get saveStatus() {
    return this.page.getByTestId("save-status");
  }

  async workspaceNameText() {
    return (await this.workspaceName.textContent()).trim();
  }

  async saveStatusText() {
    return (await this.saveStatus.textContent()).trim();
  }

  /** Waits until the save status reads exactly `text` ("Saved", "Saving…", …). */
  async waitForSaveStatus(text) {
    await this.page.waitForFunction(
      (want) => document.querySelector('[data-testid="save-status"]')?.textContent.trim() === want,
      text,
      { timeout: WAIT_MS },
    );
  }

  /** Waits until the header shows the workspace name `name`. */
  async waitForWorkspaceName(name) {
    await this.page.waitForFunction(
      (want) => document.querySelector('[data-testid="workspace-name"]')?.textContent.trim() === want,
      name,
      { timeout: WAIT_MS },
    );
  }

  get themeToggle() {
    return this.page.getByRole("button", { name: /^Switch to (dark|light) theme$/ });
  }

  /** The accessible name of the theme button ("Switch to dark theme" …). */
  async themeToggleName() {
    return this.themeToggle.getAttribute("aria-label");
  }

  /** The `data-theme` of the document ("light" or "dark"). */
  async theme() {
    return this.page.evaluate(() => document.documentElement.getAttribute("data-theme"));
  }

  /** Clicks the theme button and waits until the document's theme changed; returns the new theme. */
  async toggleTheme() {
    const before = await this.theme();
    await this.themeToggle.click();
    await this.page.waitForFunction(
      (old) => document.documentElement.getAttribute("data-theme") !== old,
      before,
      { timeout: WAIT_MS },
    );
    return this.theme();
  }

  // ------------------------------------------------------------ import/export

  get importButton() {
    return this.page.getByRole("button", { name: "Import", exact: true });
  }

  get exportButton() {
    return this.page.getByRole("button", { name: "Export", exact: true });
  }

  /**
   * Imports a file as the file picker would deliver it, then waits for the
   * notice the import produces. `file` is { name, content (string or Buffer), mimeType? }.
   * Returns the notice: { role, title, detail }.
   */
  async importFile(file) {
    await this.dismissNotice();
    await this.page.setInputFiles(IMPORT_INPUT, {
      name: file.name,
      mimeType: file.mimeType ?? "application/json",
      buffer: Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content, "utf8"),
    });
    return this.waitForNotice();
  }

  /** Imports through the "Import" button and the browser's file chooser. */
  async importFileWithButton(file) {
    await this.dismissNotice();
    const [chooser] = await Promise.all([this.page.waitForEvent("filechooser"), this.importButton.click()]);
    await chooser.setFiles({
      name: file.name,
      mimeType: file.mimeType ?? "application/json",
      buffer: Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content, "utf8"),
    });
    return this.waitForNotice();
  }

  /** Clicks "Export" and returns the downloaded file: { fileName, bytes }. */
  async exportWorkspace() {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.exportButton.click()]);
    const failure = await download.failure();
    if (failure) throw new Error(`export download failed: ${failure}`);
    const file = await download.path();
    return { fileName: download.suggestedFilename(), bytes: await fs.readFile(file) };
  }

  // ------------------------------------------------------------------ notice

  get notice() {
    return this.page.getByTestId("notice");
  }

  async waitForNotice() {
    await this.notice.waitFor({ timeout: WAIT_MS });
    return this.readNotice();
  }

  /** Waits until the notice's title reads `title`, then returns the notice. */
  async waitForNoticeTitle(title) {
    await this.page.waitForFunction(
      (want) => document.querySelector('[data-testid="notice-title"]')?.textContent.trim() === want,
      title,
      { timeout: WAIT_MS },
    );
    return this.readNotice();
  }

  /** The notice shown, or null: { role, title, detail }. */
  async readNotice() {
    if ((await this.notice.count()) === 0) return null;
    return {
      role: await this.notice.getAttribute("role"),
      title: (await this.notice.getByTestId("notice-title").textContent()).trim(),
      detail: (await this.notice.getByTestId("notice-detail").textContent()).trim(),
    };
  }

  /** Closes the notice if one is shown. */
  async dismissNotice() {
    if ((await this.notice.count()) === 0) return;
    await this.notice.getByRole("button", { name: "Dismiss" }).click();
    await this.notice.waitFor({ state: "detached", timeout: WAIT_MS });
  }

  // ------------------------------------------------------------------- panes

  pane(kind) {
    return this.page.getByTestId(paneOf(kind).testid);
  }

  picker(kind) {
    return this.pane(kind).getByRole("combobox", { name: paneOf(kind).picker, exact: true });
  }

  fitButton(kind) {
    return this.page.getByTestId(`${paneOf(kind).testid}-fit`);
  }

  canvas(kind) {
    return this.pane(kind).locator("svg.canvas");
  }

  nodes(kind) {
    return this.pane(kind).locator("[data-node-id]");
  }

  node(kind, id) {
    return this.pane(kind).locator(`[data-node-id=${cssString(id)}]`);
  }

  edges(kind) {
    return this.pane(kind).locator("[data-edge-id]");
  }

  async nodeCount(kind) {
    return this.nodes(kind).count();
  }

  /** Ids of the elements drawn in a pane, in drawing order. */
  async nodeIds(kind) {
    return this.nodes(kind).evaluateAll((els) => els.map((el) => el.getAttribute("data-node-id")));
  }

  /** Accessible label of a drawn element ("<name>, <caption>"). */
  async nodeLabel(kind, id) {
    return this.node(kind, id).getAttribute("aria-label");
  }

  /** The names of the views a pane's picker offers. */
  async viewNames(kind) {
    return this.picker(kind).locator("option").allTextContents();
  }

  /** The name of the view a pane shows. */
  async currentView(kind) {
    return this.picker(kind).evaluate((select) => select.selectedOptions[0]?.textContent ?? null);
  }

  /** Picks a view by its name and waits until the pane draws it. */
  async selectView(kind, name) {
    await this.picker(kind).selectOption({ label: name });
    await this.pane(kind).locator(`svg.canvas[aria-label=${cssString(name)}]`).waitFor({ timeout: WAIT_MS });
  }

  async fit(kind) {
    await this.fitButton(kind).click();
  }

  async zoomIn(kind) {
    await this.pane(kind).getByRole("button", { name: "Zoom in", exact: true }).click();
  }

  /**
   * Ids of the elements drawn (partly) outside their pane's canvas. With
   * `waitForNone`, first waits (up to a timeout) until every element is inside.
   */
  async nodesOutsideCanvas(kind, { waitForNone = false } = {}) {
    const probe = ({ testid, none }) => {
      const svg = document.querySelector(`[data-testid="${testid}"] svg.canvas`);
      const box = svg.getBoundingClientRect();
      const outside = [...svg.querySelectorAll("[data-node-id]")]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.left < box.left - 1 || r.top < box.top - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1;
        })
        .map((el) => el.getAttribute("data-node-id"));
      return !none || outside.length === 0 ? outside : false;
    };
    const args = { testid: paneOf(kind).testid, none: waitForNone };
    if (waitForNone) {
      const matched = await this.page.waitForFunction(probe, args, { timeout: WAIT_MS }).catch(() => null);
      if (matched) return matched.jsonValue();
    }
    return this.page.evaluate(probe, { ...args, none: false });
  }

  /** Selects an element by clicking it in a pane. */
  async clickNode(kind, id) {
    await this.node(kind, id).click();
  }

  /** Moves keyboard focus to an element in a pane and presses `key` on it. */
  async pressOnNode(kind, id, key = "Enter") {
    const node = this.node(kind, id);
    await node.focus();
    await node.press(key);
  }

  /** Presses Escape on whatever has focus. */
  async pressEscape() {
    await this.page.keyboard.press("Escape");
  }

  /** Clicks a point of a pane's canvas where no element or relationship is drawn. */
  async clickEmptyCanvas(kind) {
    const point = await this.canvas(kind).evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      for (let y = box.top + 6; y < box.bottom - 6; y += 12) {
        for (let x = box.left + 6; x < box.right - 6; x += 12) {
          const hit = document.elementFromPoint(x, y);
          if (hit && svg.contains(hit) && !hit.closest("[data-node-id], [data-edge-id]")) return { x, y };
        }
      }
      return null;
    });
    if (!point) throw new Error(`no empty point on the ${kind} canvas`);
    await this.page.mouse.click(point.x, point.y);
  }

  /** State of a drawn element: { pressed, selected, highlighted, linked }. */
  async nodeState(kind, id) {
    return this.node(kind, id).evaluate((el) => ({
      pressed: el.getAttribute("aria-pressed"),
      selected: el.classList.contains("selected"),
      highlighted: el.classList.contains("highlighted"),
      linked: el.classList.contains("linked"),
    }));
  }

  /**
   * Ids of the elements in a pane drawn in a state: "selected" (aria-pressed),
   * "highlighted" or "linked". With `expected`, first waits (up to a timeout)
   * for exactly those ids, then returns what is drawn either way, sorted.
   */
  async idsIn(kind, state, expected) {
    const args = { testid: paneOf(kind).testid, state, want: expected ? [...expected].sort() : null };
    // Self-contained: Playwright sends its source to the page.
    const probe = ({ testid, state: s, want }) => {
      const nodes = document.querySelectorAll(`[data-testid="${testid}"] [data-node-id]`);
      const ids = [...nodes]
        .filter((el) => (s === "selected" ? el.getAttribute("aria-pressed") === "true" : el.classList.contains(s)))
        .map((el) => el.getAttribute("data-node-id"))
        .sort();
      return want === null || JSON.stringify(ids) === JSON.stringify(want) ? ids : false;
    };
    if (args.want) {
      const matched = await this.page.waitForFunction(probe, args, { timeout: WAIT_MS }).catch(() => null);
      if (matched) return matched.jsonValue();
    }
    return this.page.evaluate(probe, { ...args, want: null });
  }

  /**
   * Traces of text having become markup or script anywhere in the document:
   * whether `window.__pwned` was set, and counts of scripts mentioning it,
   * `<img src=x>`, inline event handlers, iframes, `<svg onload>` and
   * `javascript:` URLs. All counts are 0 and `pwned` is "undefined" when clean.
   */
  async injectionEvidence() {
    return this.page.evaluate(() => ({
      pwned: typeof window.__pwned,
      scripts: [...document.scripts].filter((s) => s.textContent.includes("__pwned")).length,
      imgs: document.querySelectorAll('img[src="x"], img[onerror]').length,
      handlers: document.querySelectorAll("[onerror], [onload], [onclick], [onmouseover], [onfocus]").length,
      iframes: document.querySelectorAll("iframe").length,
      svgsWithOnload: [...document.querySelectorAll("svg")].filter((s) => s.hasAttribute("onload")).length,
      jsLinks: [...document.querySelectorAll("[href], [src], [action], [formaction]")].filter((el) =>
        ["href", "src", "action", "formaction"].some((a) => (el.getAttribute(a) ?? "").trim().toLowerCase().startsWith("javascript:")),
      ).length,
    }));
  }

  // ----------------------------------------------------------------- details

  get details() {
    return this.page.getByTestId("details");
  }

  get decisionLog() {
    return this.details.getByTestId("decision-log");
  }

  /** Waits until the details panel shows a record named `name` (element or decision). */
  async waitForDetailsName(name) {
    await this.page.waitForFunction(
      (want) => document.querySelector('[data-testid="details"] [data-testid="details-name"]')?.textContent.trim() === want,
      name,
      { timeout: WAIT_MS },
    );
  }

  /** Waits until the panel shows the workspace overview (nothing selected). */
  async waitForOverview() {
    await this.decisionLog.waitFor({ timeout: WAIT_MS });
  }

  async isOverviewShown() {
    return (await this.decisionLog.count()) > 0 && (await this.details.getByTestId("details-name").count()) === 0;
  }

  /** Names of the overview tabs ("Decisions", "Principles", "Glossary"). */
  async overviewTabs() {
    return this.details.getByRole("tab").allTextContents();
  }

  async openOverviewTab(name) {
    if (name === "Terms" || name === "Concerns") return this.openVocabulary(name);
    const tab = this.details.getByRole("tab", { name, exact: true });
    await tab.click();
    await this.details.locator('[role="tab"][aria-selected="true"]', { hasText: name }).waitFor({ timeout: WAIT_MS });
  }

  /** Text of the whole details panel. */
  async detailsText() {
    return this.details.textContent();
  }

  async #optionalText(testid) {
    const locator = this.details.getByTestId(testid);
    return (await locator.count()) ? (await locator.textContent()).trim() : null;
  }

  /** Reads the decision rows of a list in the details panel. */
  async #decisionRows(testid) {
    return this.details
      .getByTestId(testid)
      .getByRole("button")
      .evaluateAll((buttons) =>
        buttons.map((b) => ({
          reference: b.querySelector(".adr-number")?.textContent.trim() ?? "",
          title: b.querySelector(".adr-title")?.textContent.trim() ?? "",
          status: b.querySelector(".badge")?.textContent.trim() ?? "",
        })),
      );
  }

  /**
   * What the details panel says about the selected element:
   * { kind, name, description, owner, decisions: [{reference, title, status}], concerns, owned: [names] }.
   * Fields the panel does not show are null.
   */
  async elementDetails() {
    const owned = this.details.getByTestId("details-owned");
    return {
      kind: await this.#optionalText("details-kind"),
      name: await this.#optionalText("details-name"),
      description: await this.#optionalText("details-description"),
      owner: await this.#optionalText("details-owner"),
      decisions: (await this.details.getByTestId("details-decisions").count()) ? await this.#decisionRows("details-decisions") : null,
      concerns: await this.#optionalText("details-concerns"),
      owned: (await owned.count()) ? (await owned.getByRole("listitem").allTextContents()).map((t) => t.trim()) : null,
    };
  }

  /** The decision rows of the overview's decision log. */
  async decisionLogRows() {
    return this.#decisionRows("decision-log");
  }

  /**
   * Creates a decision from the log through its questions: `title`, and the
   * answers by their words ({ undo: "Hardly", affects: "Several teams" }).
   * Returns the guidance the dialog showed, then waits for the decision's form.
   */
  async newDecision(title = "", { undo, affects } = {}) {
    await this.details.getByRole("button", { name: "New decision" }).click();
    const dialog = this.page.getByRole("dialog", { name: "New decision" });
    await dialog.waitFor();
    if (title) await dialog.getByRole("textbox", { name: "Decision title" }).fill(title);
    if (undo) await dialog.getByRole("radio", { name: new RegExp(`^${undo}`) }).check();
    if (affects) await dialog.getByRole("radio", { name: affects, exact: true }).check();
    const guidance = (await dialog.getByTestId("guidance").count()) ? (await dialog.getByTestId("guidance").textContent()).trim() : null;
    await dialog.getByRole("button", { name: "Create decision" }).click();
    await dialog.waitFor({ state: "detached" });
    await this.details.getByTestId("decision-form").waitFor({ timeout: WAIT_MS });
    return guidance;
  }

  /** Sets a field of the open decision form (by its test id suffix: "title", "status", "context", ...). */
  async setDecisionField(field, value) {
    const input = this.details.getByTestId(`decision-${field}`);
    if (["status", "reversibility", "scope"].includes(field)) await input.selectOption({ label: value });
    else {
      await input.fill(value);
      await input.blur();
    }
  }

  /** Moves the timeline's "as of" slider to decision number `n`. */
  async timelineAsOf(n) {
    const slider = this.details.getByRole("slider", { name: "As of decision" });
    await slider.fill(String(n));
  }

  /** The timeline's rows: [{ reference, inForce }] in order. */
  async timelineRows() {
    return this.details.getByTestId("decision-timeline").locator("li").evaluateAll((rows) =>
      rows.map((r) => ({ reference: r.querySelector(".adr-number").textContent.trim(), inForce: r.dataset.inForce === "true" })),
    );
  }

  /** The linter's findings shown on the selected decision. */
  async decisionFindings() {
    const list = this.details.getByTestId("decision-findings");
    if ((await list.count()) === 0) return [];
    return (await list.getByRole("listitem").allTextContents()).map((t) => t.trim());
  }

  /** Adds a considered option to the open decision form with its name and pros (one per line). */
  async addDecisionOption(name, pros = []) {
    const count = await this.details.getByTestId("option-editor").count();
    await this.details.getByRole("button", { name: "Add option" }).click();
    const n = count + 1;
    const field = this.details.getByRole("textbox", { name: `Option ${n} name`, exact: true });
    await field.fill(name);
    await field.blur();
    const good = this.details.getByRole("textbox", { name: `Option ${n} good, one per line`, exact: true });
    await good.fill(pros.join("\n"));
    await good.blur();
  }

  /** In the open decision form, links the decision to an element or relationship by its name. */
  async linkFromDecision(name) {
    const editor = this.details.getByTestId("link-editor");
    await editor.getByRole("combobox", { name: "Link an element or relationship" }).selectOption({ label: name });
    await editor.getByRole("button", { name: "Link", exact: true }).click();
  }

  /** In the open decision form, unlinks an element or relationship by its name. */
  async unlinkFromDecision(name) {
    await this.details.getByTestId("link-editor").getByRole("button", { name: `Unlink ${name}`, exact: true }).click();
  }

  /** In the selected element's properties, links it to a decision ("ADR-0003 Title"). */
  async linkFromElement(label) {
    await this.openProperties();
    await this.details.getByRole("combobox", { name: "Link to a decision" }).selectOption({ label });
    await this.details.getByRole("button", { name: "Link", exact: true }).click();
  }

  /** The decision badge of an element: { count, status, titles } or null. */
  async decisionBadge(kind, id) {
    const badge = this.node(kind, id).getByTestId("decision-badge");
    if ((await badge.count()) === 0) return null;
    return {
      count: Number(await badge.locator("text").textContent()),
      status: (await badge.getAttribute("class")).match(/status-(\w+)/)[1],
      titles: await badge.locator("title").textContent(),
    };
  }

  /** Whether a pane dims what the selected decision does not shape. */
  async isFocusing(kind) {
    return (await this.canvas(kind).getAttribute("class")).split(/\s+/).includes("focusing");
  }

  /** Names of the considered options the decision shows. */
  async decisionOptions() {
    return this.details.locator(".option h4").allTextContents();
  }

  /** Narrows the decision log: { status, category, linked, text, sort } as the selects show them. */
  async filterDecisionLog({ status, category, linked, text, sort } = {}) {
    const selects = { Status: status, Category: category, "Linked element": linked, Sort: sort };
    for (const [name, label] of Object.entries(selects)) {
      if (label !== undefined) await this.details.getByRole("combobox", { name, exact: true }).selectOption({ label });
    }
    if (text !== undefined) await this.details.getByRole("searchbox", { name: "Filter decisions" }).fill(text);
  }

  /** Clicks the owner team shown for the selected element. */
  async clickOwner() {
    await this.details.getByTestId("details-owner").getByRole("button").click();
  }

  /** Clicks the row of decision `reference` ("ADR-0002") in the details panel (element details or decision log). */
  async openDecision(reference) {
    await this.details
      .getByRole("button")
      .filter({ has: this.page.locator(".adr-number", { hasText: reference }) })
      .first()
      .click();
  }

  // ----------------------------------------------------------------- storage

  /** The raw value Conway keeps under a localStorage key, or null. */
  async storedValue(key) {
    return this.page.evaluate((k) => localStorage.getItem(k), key);
  }

  /** Writes a raw localStorage value, as another tab or an old version would. */
  async setStoredValue(key, value) {
    await this.page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value]);
  }

  /** The storage slot of the open workspace (the one the app reopens). */
  async openSlot() {
    return this.page.evaluate(() => localStorage.getItem("conway/last-open"));
  }

  /** The localStorage key the open workspace is saved under. */
  async openSlotKey() {
    return `conway/workspace/${await this.openSlot()}`;
  }

  /** Every localStorage key Conway wrote. */
  async storedKeys() {
    return this.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("conway/")).sort());
  }

  /** Clicks a button of the notice by its name and returns the download it starts. */
  async downloadFromNotice(name) {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.notice.getByRole("button", { name }).click(),
    ]);
    return { fileName: download.suggestedFilename(), bytes: await fs.readFile(await download.path()) };
  }

  // ----------------------------------------------------------------- editing

  get undoButton() {
    return this.page.getByRole("button", { name: "Undo", exact: true });
  }

  get redoButton() {
    return this.page.getByRole("button", { name: "Redo", exact: true });
  }

  /** An element's position in its pane's current view, in canvas units: { x, y }. */
  async nodePosition(kind, id) {
    const transform = await this.node(kind, id).getAttribute("transform");
    const [, x, y] = transform.match(/translate\(([-\d.e]+) ([-\d.e]+)\)/);
    return { x: Number(x), y: Number(y) };
  }

  /** The pane's zoom factor (1 = 100 %). */
  async zoom(kind) {
    const transform = await this.pane(kind).locator("g.camera").getAttribute("transform");
    return Number(transform.match(/scale\(([-\d.e]+)\)/)[1]);
  }

  /**
   * Drags an element by (dx, dy) screen pixels in small steps, like a hand.
   * `beforeRelease` runs while the button is still down (e.g. to press Escape).
   */
  /** Drags an element by (dx, dy) screen pixels; `free` holds Alt, which turns off snapping to other elements. */
  async dragNode(kind, id, dx, dy, { beforeRelease, steps = 8, free = false } = {}) {
    const box = await this.node(kind, id).locator(".shape").first().boundingBox();
    const start = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 20) };
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    if (free) await this.page.keyboard.down("Alt");
    await this.page.mouse.move(start.x + dx, start.y + dy, { steps });
    if (beforeRelease) await beforeRelease();
    await this.page.mouse.up();
    if (free) await this.page.keyboard.up("Alt");
  }

  /** Alignment guides drawn in a pane right now. */
  guides(kind) {
    return this.pane(kind).getByTestId("guide");
  }

  /** Shift-click: adds an element to the selection or takes it out. */
  async shiftClickNode(kind, id) {
    await this.node(kind, id).click({ modifiers: ["Shift"] });
  }

  async press(key) {
    await this.page.keyboard.press(key);
  }

  // ------------------------------------------------------ creating, renaming

  /** Clicks a palette button ("Container") of a pane. */
  async addFromPalette(kind, kindName) {
    await this.pane(kind).getByRole("button", { name: `Add ${kindName}`, exact: true }).click();
  }

  /** Drags a palette button onto the canvas at (x, y) pixels from the canvas's top-left. */
  async dragFromPalette(kind, kindName, x, y) {
    const button = this.pane(kind).getByRole("button", { name: `Add ${kindName}`, exact: true });
    await button.dragTo(this.canvas(kind), { targetPosition: { x, y } });
  }

  /** Double-clicks empty canvas at (x, y) pixels from the canvas's top-left. */
  async doubleClickCanvas(kind, x, y) {
    await this.canvas(kind).dblclick({ position: { x, y } });
  }

  get renameField() {
    return this.page.getByRole("textbox", { name: "Element name" });
  }

  /** Types a name into the in-place rename field and presses `key` (Enter or Escape). */
  async typeName(name, key = "Enter") {
    await this.renameField.waitFor({ timeout: WAIT_MS });
    await this.renameField.fill(name);
    await this.renameField.press(key);
    await this.renameField.waitFor({ state: "detached", timeout: WAIT_MS });
  }

  /** The ids of elements whose accessible name starts with `name`. */
  async idsNamed(kind, name) {
    return this.nodes(kind).evaluateAll(
      (nodes, n) => nodes.filter((g) => g.getAttribute("aria-label").startsWith(`${n}, `)).map((g) => g.dataset.nodeId),
      name,
    );
  }

  /** Opens the properties form of the selected element. */
  async openProperties() {
    const section = this.details.locator("details.edit-section");
    if (!(await section.evaluate((d) => d.open))) await section.locator("summary").click();
    return this.details.getByTestId("properties");
  }

  /** Types into a "Position and size" field ("x", "y", "width", "height") of the selected element and commits it. */
  async setPlacementField(field, value) {
    await this.openProperties();
    const input = this.details.getByTestId(`property-${field}`);
    await input.fill(String(value));
    await input.press("Enter");
    await input.blur();
  }

  /** Connects the selected element to another (by name) with the keyboard-friendly "Connect to" field. */
  async connectToByName(name) {
    await this.openProperties();
    await this.details.getByTestId("connect-to").selectOption({ label: name });
    await this.details.getByRole("button", { name: "Connect", exact: true }).click();
  }

  /** Deletes the selected element from the model, accepting the question; returns the question. */
  async deleteSelectedFromModel() {
    const form = await this.openProperties();
    let question = "";
    this.page.once("dialog", (dialog) => {
      question = dialog.message();
      dialog.accept();
    });
    await form.getByTestId("delete-from-model").click();
    return question;
  }

  // -------------------------------------------------------------- connecting

  /** Drags from an element's right-hand handle to a point: another element's id, or { x, y } on the canvas. */
  async connect(kind, fromId, to) {
    await this.node(kind, fromId).hover();
    const handle = await this.node(kind, fromId).locator("circle.handle").nth(1).boundingBox();
    let target;
    if (typeof to === "string") {
      const box = await this.node(kind, to).locator(".shape").first().boundingBox();
      target = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 20) };
    } else {
      const canvas = await this.canvas(kind).boundingBox();
      target = { x: canvas.x + to.x, y: canvas.y + to.y };
    }
    await this.page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(target.x, target.y, { steps: 8 });
    await this.page.mouse.up();
  }

  /** The connect menu of a pane, once it is open. */
  connectMenu(kind) {
    return this.pane(kind).getByRole("menu");
  }

  /** Ids of the relationships drawn in a pane. */
  async edgeIds(kind) {
    return this.edges(kind).evaluateAll((edges) => edges.map((e) => e.dataset.edgeId));
  }

  // ------------------------------------------------------------------- views

  /** Chooses an item of a pane's "View actions" menu. */
  async viewAction(kind, item) {
    await this.pane(kind).getByRole("button", { name: "View actions" }).click();
    await this.pane(kind).getByRole("menuitem", { name: item }).click();
  }

  /** Drags a corner handle ("bottomright", ...) of the selected element by (dx, dy) screen pixels. */
  async dragCorner(kind, id, corner, dx, dy) {
    const box = await this.node(kind, id).locator(`rect.resize-handle.corner-${corner}`).boundingBox();
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + dx, start.y + dy, { steps: 6 });
    await this.page.mouse.up();
  }

  /** An element's box in its pane's current view, in canvas units. */
  async nodeSize(kind, id) {
    const rect = this.node(kind, id).locator(".focus-ring");
    return { width: Number(await rect.getAttribute("width")) - 10, height: Number(await rect.getAttribute("height")) - 10 };
  }

  /** Drags an end ("source" or "target") of the selected relationship (`edgeId`, selected first) onto another element. */
  async dragEdgeEnd(kind, edgeId, end, toId) {
    const handle = await this.pane(kind).locator(`circle.end-handle.${end}`).boundingBox();
    const box = await this.node(kind, toId).locator(".shape").first().boundingBox();
    await this.page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 20), { steps: 8 });
    await this.page.mouse.up();
  }

  // -------------------------------------------------------------- workspaces
  // Each helper opens the list, acts, and closes it again (the list is modal).

  get workspaceList() {
    return this.page.getByRole("dialog", { name: "Workspaces" });
  }

  /** Opens the workspace list from the header (the workspace name). */
  async openWorkspaceList() {
    if (!(await this.workspaceList.isVisible())) {
      await this.workspaceName.click();
    }
    await this.workspaceList.waitFor();
    return this.workspaceList;
  }

  /** Names in the workspace list, in its order (most recently saved first). */
  async workspaceNames() {
    const list = await this.openWorkspaceList();
    const names = await list.getByTestId("workspace-item").locator(".workspace-title").allTextContents();
    await this.closeWorkspaceList();
    return names;
  }

  /** A pane's hint that its view is empty. */
  emptyHint(kind) {
    return this.page.getByTestId(`${paneOf(kind).testid}-empty`);
  }

  /** The name the list marks as open. */
  async openWorkspaceInList() {
    const list = await this.openWorkspaceList();
    const name = await list.locator('[data-testid="workspace-item"][aria-current="true"] .workspace-title').textContent();
    await this.closeWorkspaceList();
    return name;
  }

  /** "New workspace" or "New from sample"; waits until it is open. */
  async createWorkspace(button = "New workspace") {
    const list = await this.openWorkspaceList();
    await list.getByRole("button", { name: button }).click();
    await this.workspaceList.waitFor({ state: "detached" });
  }

  async switchToWorkspace(name) {
    const list = await this.openWorkspaceList();
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    await list.getByRole("button", { name: new RegExp(`^${escaped} (saved|not saved)`) }).click();
    await this.workspaceList.waitFor({ state: "detached" });
    await this.waitForWorkspaceName(name);
  }

  /** Renames through the list; `key` "Enter" commits, "Escape" cancels. */
  async renameWorkspace(name, to, key = "Enter") {
    const list = await this.openWorkspaceList();
    await list.getByRole("button", { name: `Rename ${name}`, exact: true }).click();
    const field = list.getByRole("textbox", { name: "Workspace name" });
    await field.fill(to);
    await field.press(key);
    await field.waitFor({ state: "detached" });
    await this.closeWorkspaceList();
  }

  async duplicateWorkspace(name) {
    const list = await this.openWorkspaceList();
    const count = await list.getByTestId("workspace-item").count();
    await list.getByRole("button", { name: `Duplicate ${name}`, exact: true }).click();
    await list.getByTestId("workspace-item").nth(count).waitFor();
    await this.closeWorkspaceList();
  }

  /** Deletes through the list, answering the confirmation; returns its question. */
  async deleteWorkspace(name, { accept = true } = {}) {
    const list = await this.openWorkspaceList();
    let question = null;
    this.page.once("dialog", (dialog) => {
      question = dialog.message();
      if (accept) dialog.accept();
      else dialog.dismiss();
    });
    await list.getByRole("button", { name: `Delete ${name}`, exact: true }).click();
    await this.closeWorkspaceList();
    return question;
  }

  async closeWorkspaceList() {
    if (await this.workspaceList.isVisible()) {
      await this.workspaceList.getByRole("button", { name: "Close" }).click();
    }
    await this.workspaceList.waitFor({ state: "detached" });
  }

  /** A pane's minimap. */
  minimap(kind) {
    return this.pane(kind).getByRole("img", { name: /^Minimap/ });
  }
}

for (const helpers of [reviewHelpers, orgHelpers, layoutHelpers]) {
  Object.defineProperties(ConwayPage.prototype, Object.getOwnPropertyDescriptors(helpers));
}
