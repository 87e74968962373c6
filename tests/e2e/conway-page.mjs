// Page object for Conway: the one place that knows how the UI is built
// (test ids, roles, accessible names, CSS state classes). Tests speak in
// terms of panes, elements, details and files; a UI change touches the one
// part that draws it. ConwayPage holds what is page-wide (header, files,
// notice, details, storage, workspaces) and hands out its parts:
// `pane("system")` / `pane("org")` (page-pane.mjs, with `pane.layout` from
// page-layout.mjs), `org` (page-org.mjs), `vocabulary` (page-vocabulary.mjs)
// `review` (page-review.mjs), `share` (page-share.mjs) and `room`
// (page-room.mjs).
import fs from "node:fs/promises";
import { Pane, WAIT_MS } from "./page-pane.mjs";
import { Organisation } from "./page-org.mjs";
import { Vocabulary } from "./page-vocabulary.mjs";
import { Review } from "./page-review.mjs";
import { Share } from "./page-share.mjs";
import { Room } from "./page-room.mjs";

const IMPORT_INPUT = '[data-testid="import-input"]';

export class ConwayPage {
  /** The two panes by kind, made once: a Pane holds locators, not a snapshot. */
  #panes;

  /**
   * @param {import("playwright-core").Page} page
   * @param {{ fit?: boolean }} options `fit` (the default): after each load,
   *   press Fit in both maps, so that tests see whole views whatever the
   *   window (Conway opens a big view on its readable part). Tests of how a
   *   view opens pass `fit: false`.
   */
  constructor(page, { fit = true } = {}) {
    this.page = page;
    this.fitOnLoad = fit;
    /** Console errors and uncaught page errors seen since this object was made. */
    this.errors = [];
    page.on("console", (message) => {
      if (message.type() === "error") this.errors.push(`console.error: ${message.text()}`);
    });
    page.on("pageerror", (error) => this.errors.push(`page error: ${error.message}`));
    this.#panes = { system: new Pane(page, "system", { fit }), org: new Pane(page, "org", { fit }) };
    /** Ownership in bulk, the Conway lens, the "as of" date, the power/interest grid. */
    this.org = new Organisation(this);
    /** The glossary's terms and concerns. */
    this.vocabulary = new Vocabulary(this);
    /** A decision's RFC review, status questions, principles, the framework and MADR files. */
    this.review = new Review(this);
    /** Pictures of views and share links. */
    this.share = new Share(this);
    /** The side panel, maximised maps, the minimap, menus, and names on screen. */
    this.room = new Room(this);
  }

  /** The pane "system" or "org", with the methods for what it draws. */
  pane(kind) {
    const pane = Object.hasOwn(this.#panes, kind) ? this.#panes[kind] : null;
    if (!pane) throw new Error(`unknown pane "${kind}" (use "system" or "org")`);
    return pane;
  }

  // ---------------------------------------------------------------- loading

  /** Opens the app at `url` and waits until both panes have drawn elements. */
  async open(url) {
    await this.page.goto(url);
    await this.waitUntilDrawn();
    await this.#fitIfAsked();
  }

  async reload() {
    await this.page.reload();
    await this.waitUntilDrawn();
    await this.#fitIfAsked();
  }

  async #fitIfAsked() {
    if (!this.fitOnLoad) return;
    for (const kind of ["system", "org"]) {
      const pane = this.pane(kind);
      if (await pane.fitButton.isVisible()) await pane.fit();
    }
    // As after a plain load, nothing has the focus (a focused Fit button would take Space).
    await this.page.evaluate(() => document.activeElement?.blur());
  }

  async waitUntilDrawn() {
    await this.pane("system").nodes.first().waitFor({ timeout: WAIT_MS });
    await this.pane("org").nodes.first().waitFor({ timeout: WAIT_MS });
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
  /** Waits until the document's theme is `theme`. */
  async waitForTheme(theme) {
    await this.page.waitForFunction((t) => document.documentElement.getAttribute("data-theme") === t, theme, { timeout: WAIT_MS });
  }

  /** Lets the page render two frames (events tied to rendering are delivered by then). */
  async nextFrames() {
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }

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
  /** Export → Workspace file: the download's name and bytes. */
  async exportWorkspace() {
    await this.exportButton.click();
    const item = this.page.getByRole("menuitem", { name: "Workspace file (.conway.json)" });
    const [download] = await Promise.all([this.page.waitForEvent("download"), item.click()]);
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

  // ------------------------------------------------------- whole document

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
    if (name === "Terms" || name === "Concerns") return this.vocabulary.open(name);
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

  /** Turns grid snapping on or off (the header's More menu). */
  async toggleSnapToGrid() {
    await this.moreMenuItem("menuitemcheckbox", "Snap to grid").then((item) => item.click());
  }

  /** Whether grid snapping is on, as the More menu shows it. */
  async snapToGrid() {
    const item = await this.moreMenuItem("menuitemcheckbox", "Snap to grid");
    const checked = (await item.getAttribute("aria-checked")) === "true";
    await this.pressEscape();
    return checked;
  }

  /** Opens the header's More menu and returns its item `name` of `role`. */
  async moreMenuItem(role, name) {
    await this.page.getByRole("button", { name: "More", exact: true }).click();
    const item = this.page.getByRole("menu", { name: "More" }).getByRole(role, { name });
    await item.waitFor();
    return item;
  }

  async press(key) {
    await this.page.keyboard.press(key);
  }

  /** Presses Escape on whatever has focus. */
  async pressEscape() {
    await this.page.keyboard.press("Escape");
  }

  // ------------------------------------------------ renaming, properties

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

  /** Ticks or clears "Pinned" in the selected element's properties. */
  async setPinned(pinned) {
    const form = await this.openProperties();
    const box = form.getByTestId("property-pinned");
    if (pinned) await box.check();
    else await box.uncheck();
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
}
