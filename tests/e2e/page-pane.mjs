// Part of the page object (conway-page.mjs hands these out as
// `conway.pane("system")` and `conway.pane("org")`): one pane of the app, the
// system map or the organisation map. It knows the pane's test ids, picker
// and canvas, and speaks in elements, relationships and views of that pane
// only; what lies outside a pane (header, details, notice) is ConwayPage's.
import { PaneLayout } from "./page-layout.mjs";

/** How long the page object waits for the UI to reach a state (every part uses it). */
export const WAIT_MS = 10_000;

/** The two panes, by the short names tests use. */
const PANES = {
  system: { testid: "view-system", pickerName: "System view", layoutTestid: "layout-system" },
  org: { testid: "view-org", pickerName: "Organisation view", layoutTestid: "layout-org" },
};

function cssString(text) {
  return JSON.stringify(String(text));
}

export class Pane {
  /**
   * @param {import("playwright-core").Page} page
   * @param {"system" | "org"} kind
   * @param {{ fit?: boolean }} options
   */
  constructor(page, kind, { fit = true } = {}) {
    const ids = PANES[kind];
    /** Press Fit after choosing a view (see ConwayPage's `fit`). */
    this.fitOnShow = fit;
    if (!ids) throw new Error(`unknown pane "${kind}" (use "system" or "org")`);
    this.page = page;
    this.kind = kind;
    /** The pane's test id ("view-system"); its buttons' ids derive from it. */
    this.testid = ids.testid;
    /** The accessible name of the pane's view picker. */
    this.pickerName = ids.pickerName;
    /** The test id of the pane's Layout button. */
    this.layoutTestid = ids.layoutTestid;
    /** Auto-layout, the geometry drawn and the routing of relationships in this pane. */
    this.layout = new PaneLayout(this);
  }

  // --------------------------------------------------------------- locators

  get root() {
    return this.page.getByTestId(this.testid);
  }

  get picker() {
    return this.root.getByRole("combobox", { name: this.pickerName, exact: true });
  }

  get fitButton() {
    return this.page.getByTestId(`${this.testid}-fit`);
  }

  get canvas() {
    return this.root.locator("svg.canvas");
  }

  get nodes() {
    return this.root.locator("[data-node-id]");
  }

  node(id) {
    return this.root.locator(`[data-node-id=${cssString(id)}]`);
  }

  get edges() {
    return this.root.locator("[data-edge-id]");
  }

  /** Alignment guides drawn right now. */
  get guides() {
    return this.root.getByTestId("guide");
  }

  /** The connect menu, once it is open. */
  get connectMenu() {
    return this.root.getByRole("menu");
  }

  /** The hint that the view is empty. */
  get emptyHint() {
    return this.page.getByTestId(`${this.testid}-empty`);
  }

  get minimap() {
    return this.root.getByRole("img", { name: /^Minimap/ });
  }

  /** The legend shown while the view is coloured by owner. */
  get ownerLegend() {
    return this.root.getByTestId("owner-legend");
  }

  // ------------------------------------------------------- what is drawn

  async nodeCount() {
    return this.nodes.count();
  }

  /** Ids of the elements drawn, in drawing order. */
  async nodeIds() {
    return this.nodes.evaluateAll((els) => els.map((el) => el.getAttribute("data-node-id")));
  }

  /** Accessible label of a drawn element ("<name>, <caption>"). */
  async nodeLabel(id) {
    return this.node(id).getAttribute("aria-label");
  }

  /** The ids of elements whose accessible name starts with `name`. */
  async idsNamed(name) {
    return this.nodes.evaluateAll(
      (nodes, n) => nodes.filter((g) => g.getAttribute("aria-label").startsWith(`${n}, `)).map((g) => g.dataset.nodeId),
      name,
    );
  }

  /** Ids of the relationships drawn. */
  async edgeIds() {
    return this.edges.evaluateAll((edges) => edges.map((e) => e.dataset.edgeId));
  }

  /** Waits until the pane draws (or no longer draws) a relationship. */
  async waitForEdge(id, shown = true) {
    await this.edges.and(this.page.locator(`[data-edge-id="${id}"]`)).first().waitFor({ state: shown ? "attached" : "detached" });
  }

  /** An element's position in the current view, in canvas units: { x, y }. */
  async nodePosition(id) {
    const transform = await this.node(id).getAttribute("transform");
    const [, x, y] = transform.match(/translate\(([-\d.e]+) ([-\d.e]+)\)/);
    return { x: Number(x), y: Number(y) };
  }

  /** An element's box in the current view, in canvas units. */
  async nodeSize(id) {
    const rect = this.node(id).locator(".focus-ring");
    return { width: Number(await rect.getAttribute("width")) - 10, height: Number(await rect.getAttribute("height")) - 10 };
  }

  /** State of a drawn element: { pressed, selected, highlighted, linked }. */
  async nodeState(id) {
    return this.node(id).evaluate((el) => ({
      pressed: el.getAttribute("aria-pressed"),
      selected: el.classList.contains("selected"),
      highlighted: el.classList.contains("highlighted"),
      linked: el.classList.contains("linked"),
    }));
  }

  /**
   * Ids of the elements drawn in a state: "selected" (aria-pressed),
   * "highlighted" or "linked". With `expected`, first waits (up to a timeout)
   * for exactly those ids, then returns what is drawn either way, sorted.
   */
  async idsIn(state, expected) {
    const args = { testid: this.testid, state, want: expected ? [...expected].sort() : null };
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
   * Ids of the elements drawn (partly) outside the canvas. With
   * `waitForNone`, first waits (up to a timeout) until every element is inside.
   */
  async nodesOutsideCanvas({ waitForNone = false } = {}) {
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
    const args = { testid: this.testid, none: waitForNone };
    if (waitForNone) {
      const matched = await this.page.waitForFunction(probe, args, { timeout: WAIT_MS }).catch(() => null);
      if (matched) return matched.jsonValue();
    }
    return this.page.evaluate(probe, { ...args, none: false });
  }

  /** The decision badge of an element: { count, status, titles } or null. */
  async decisionBadge(id) {
    const badge = this.node(id).getByTestId("decision-badge");
    if ((await badge.count()) === 0) return null;
    return {
      count: Number(await badge.locator("text").textContent()),
      status: (await badge.getAttribute("class")).match(/status-(\w+)/)[1],
      titles: await badge.locator("title").textContent(),
    };
  }

  /** Whether the pane dims what the selected decision does not shape. */
  async isFocusing() {
    return (await this.canvas.getAttribute("class")).split(/\s+/).includes("focusing");
  }

  /** Whether an element shows the pin badge. */
  async isPinned(id) {
    return (await this.node(id).getByTestId("pin-badge").count()) > 0;
  }

  /** Whether an element is marked as the team a drop would give ownership to. */
  async isDropTarget(id) {
    return this.node(id).evaluate((el) => el.classList.contains("drop-target"));
  }

  /** The owner colour class of a drawn element: "owner-3", "unowned" or null. */
  async ownerColour(id) {
    return this.node(id).evaluate((el) => [...el.classList].find((c) => c.startsWith("owner-") || c === "unowned") ?? null);
  }

  /** The owner legend's lines, e.g. ["Checkout 5", "No owner 1"]. */
  async ownerLegendEntries() {
    return (await this.ownerLegend.getByRole("listitem").allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
  }

  /** Bands the Conway lens draws over the pane, as their CSS state ("declared", "light", "undeclared"). */
  async lensBands() {
    return this.root.locator(".lens-band").evaluateAll((lines) => lines.map((l) => l.getAttribute("class").replace("lens-band ", "")));
  }

  // ------------------------------------------------------- views and camera

  /** The names of the views the picker offers. */
  async viewNames() {
    return this.picker.locator("option").allTextContents();
  }

  /** The name of the view the pane shows. */
  async currentView() {
    return this.picker.evaluate((select) => select.selectedOptions[0]?.textContent ?? null);
  }

  /** Picks a view by its name and waits until the pane draws it. */
  async selectView(name) {
    await this.picker.selectOption({ label: name });
    await this.root.locator(`svg.canvas[aria-label=${cssString(name)}]`).waitFor({ timeout: WAIT_MS });
    if (this.fitOnShow) await this.fit();
  }

  /** Chooses an item of the "View actions" menu. */
  async viewAction(item) {
    await this.root.getByRole("button", { name: "View actions" }).click();
    await this.root.getByRole("menuitem", { name: item }).click();
  }

  /** Turns colouring by owner on or off for the view (from its ⋯ menu). */
  async toggleOwnerColours() {
    await this.root.getByRole("button", { name: "View actions" }).click();
    await this.root.getByRole("menuitemcheckbox", { name: "Colour by owner" }).click();
  }

  async fit() {
    await this.fitButton.click();
  }

  /** Zooms in one step: the + button, or in a pane too narrow to show it, the + key. */
  async zoomIn() {
    const button = this.root.getByRole("button", { name: "Zoom in", exact: true });
    if (await button.isVisible()) return button.click();
    const before = await this.zoom();
    await this.clickEmptyCanvas(); // the keys act on the pane last worked in
    await this.page.keyboard.press("+");
    await this.page.waitForFunction(
      ({ testid, before }) => {
        const t = document.querySelector(`[data-testid="${testid}"] g.camera`).getAttribute("transform");
        return Number(t.match(/scale\(([-\d.e]+)\)/)[1]) > before;
      },
      { testid: this.testid, before },
    );
  }

  /** The zoom factor (1 = 100 %). */
  async zoom() {
    const transform = await this.root.locator("g.camera").getAttribute("transform");
    return Number(transform.match(/scale\(([-\d.e]+)\)/)[1]);
  }

  // ------------------------------------------------ pointer and keyboard

  /** Selects an element by clicking it. */
  async clickNode(id) {
    await this.node(id).click();
  }

  /** Shift-click: adds an element to the selection or takes it out. */
  async shiftClickNode(id) {
    await this.node(id).click({ modifiers: ["Shift"] });
  }

  /** Moves keyboard focus to an element and presses `key` on it. */
  async pressOnNode(id, key = "Enter") {
    const node = this.node(id);
    await node.focus();
    await node.press(key);
  }

  /** Clicks a point of the canvas where no element or relationship is drawn. */
  async clickEmptyCanvas() {
    const point = await this.canvas.evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      for (let y = box.top + 6; y < box.bottom - 6; y += 12) {
        for (let x = box.left + 6; x < box.right - 6; x += 12) {
          const hit = document.elementFromPoint(x, y);
          if (hit && svg.contains(hit) && !hit.closest("[data-node-id], [data-edge-id]")) return { x, y };
        }
      }
      return null;
    });
    if (!point) throw new Error(`no empty point on the ${this.kind} canvas`);
    await this.page.mouse.click(point.x, point.y);
  }

  /** Double-clicks empty canvas at (x, y) pixels from the canvas's top-left. */
  async doubleClickCanvas(x, y) {
    await this.canvas.dblclick({ position: { x, y } });
  }

  /**
   * Drags an element by (dx, dy) screen pixels in small steps, like a hand.
   * `beforeRelease` runs while the button is still down (e.g. to press Escape);
   * `free` holds Alt, which turns off snapping to other elements.
   */
  async dragNode(id, dx, dy, { beforeRelease, steps = 8, free = false } = {}) {
    const box = await this.node(id).locator(".shape").first().boundingBox();
    const start = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 20) };
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    if (free) await this.page.keyboard.down("Alt");
    await this.page.mouse.move(start.x + dx, start.y + dy, { steps });
    if (beforeRelease) await beforeRelease();
    await this.page.mouse.up();
    if (free) await this.page.keyboard.up("Alt");
  }

  /** Drags an element of this pane onto element `targetId` of pane `target` and drops it there. */
  async dragNodeOnto(id, target, targetId, { beforeRelease } = {}) {
    const from = await this.node(id).locator(".shape").first().boundingBox();
    const to = await target.node(targetId).locator(".shape").first().boundingBox();
    await this.page.mouse.move(from.x + from.width / 2, from.y + Math.min(from.height / 2, 20));
    await this.page.mouse.down();
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    if (beforeRelease) await beforeRelease();
    await this.page.mouse.up();
  }

  /** Drags a corner handle ("bottomright", ...) of the selected element by (dx, dy) screen pixels. */
  async dragCorner(id, corner, dx, dy) {
    const box = await this.node(id).locator(`rect.resize-handle.corner-${corner}`).boundingBox();
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + dx, start.y + dy, { steps: 6 });
    await this.page.mouse.up();
  }

  /** Drags an end ("source" or "target") of the selected relationship (`edgeId`, selected first) onto another element. */
  async dragEdgeEnd(edgeId, end, toId) {
    const handle = await this.root.locator(`circle.end-handle.${end}`).boundingBox();
    const box = await this.node(toId).locator(".shape").first().boundingBox();
    await this.page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 20), { steps: 8 });
    await this.page.mouse.up();
  }

  /** Drags from an element's right-hand handle to a point: another element's id, or { x, y } on the canvas. */
  async connect(fromId, to) {
    await this.node(fromId).hover();
    const handle = await this.node(fromId).locator("circle.handle").nth(1).boundingBox();
    let target;
    if (typeof to === "string") {
      const box = await this.node(to).locator(".shape").first().boundingBox();
      target = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 20) };
    } else {
      const canvas = await this.canvas.boundingBox();
      target = { x: canvas.x + to.x, y: canvas.y + to.y };
    }
    await this.page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(target.x, target.y, { steps: 8 });
    await this.page.mouse.up();
  }

  // ---------------------------------------------------------------- palette

  /** Clicks a palette button ("Container"). */
  async addFromPalette(kindName) {
    await this.#paletteButton(kindName).click();
  }

  /** Drags a palette button onto the canvas at (x, y) pixels from the canvas's top-left. */
  async dragFromPalette(kindName, x, y) {
    await this.#paletteButton(kindName).dragTo(this.canvas, { targetPosition: { x, y } });
  }

  /** Every palette button: its accessible name, tooltip, and its glyph (markup and colour). */
  async paletteButtons() {
    return this.root.locator(".palette button").evaluateAll((buttons) =>
      buttons.map((b) => {
        const svg = b.querySelector("svg");
        // What tells kinds apart: the glyph's shape and its colour.
        return { name: b.getAttribute("aria-label"), title: b.getAttribute("title"), glyph: `${svg.innerHTML} ${getComputedStyle(svg).fill}` };
      }));
  }

  #paletteButton(kindName) {
    return this.root.getByRole("button", { name: `Add ${kindName}`, exact: true });
  }
}
