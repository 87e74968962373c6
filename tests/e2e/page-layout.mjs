// Part of the page object (each Pane of page-pane.mjs carries one as
// `pane.layout`): the geometry a pane draws, its auto-layout, and at the end
// the routing of relationships (also while a drag is in progress). It reads
// and drives one pane only; pins are set in the properties form (ConwayPage).

/** Does the segment a–b pass through the inside of box r (touching its border does not count)? */
function crossesBox([ax, ay], [bx, by], r) {
  const [x0, y0, x1, y1] = [r.x + 0.5, r.y + 0.5, r.x + r.width - 0.5, r.y + r.height - 0.5];
  let [t0, t1] = [0, 1];
  for (const [p, q] of [[ax - bx, ax - x0], [bx - ax, x1 - ax], [ay - by, ay - y0], [by - ay, y1 - ay]]) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
    if (t0 > t1) return false;
  }
  return true;
}

export class PaneLayout {
  /** @param {import("./page-pane.mjs").Pane} pane */
  constructor(pane) {
    this.pane = pane;
    this.page = pane.page;
  }

  /** Every drawn element's position: { id: { x, y } }. */
  async positions() {
    const list = await this.pane.nodes.evaluateAll((els) =>
      els.map((el) => {
        const [, x, y] = el.getAttribute("transform").match(/translate\(([-\d.e]+) ([-\d.e]+)\)/);
        return [el.getAttribute("data-node-id"), { x: Number(x), y: Number(y) }];
      }),
    );
    return Object.fromEntries(list);
  }

  /** Every drawn element's box: { id: { x, y, width, height, boundary } } in canvas units. */
  async boxes() {
    const list = await this.pane.nodes.evaluateAll((els) =>
      els.map((el) => {
        const [, x, y] = el.getAttribute("transform").match(/translate\(([-\d.e]+) ([-\d.e]+)\)/);
        const ring = el.querySelector("rect.focus-ring");
        const box = {
          x: Number(x),
          y: Number(y),
          width: Number(ring.getAttribute("width")) - 10,
          height: Number(ring.getAttribute("height")) - 10,
          boundary: /kind-(systemboundary|groupboundary|department)/.test(el.getAttribute("class")),
        };
        return [el.getAttribute("data-node-id"), box];
      }),
    );
    return Object.fromEntries(list);
  }

  /** The elements (not boundaries) whose boxes overlap the box of `id`. */
  async overlapping(id) {
    const all = await this.boxes();
    const a = all[id];
    return Object.entries(all)
      .filter(([other, b]) => other !== id && !b.boundary)
      .filter(([, b]) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
      .map(([other]) => other);
  }

  /** Waits until some element is no longer where `before` (from `positions()`) says. */
  async waitForChange(before) {
    await this.page.waitForFunction(
      ({ testid, before }) =>
        [...document.querySelectorAll(`[data-testid="${testid}"] [data-node-id]`)].some((el) => {
          const was = before[el.getAttribute("data-node-id")];
          const [, x, y] = el.getAttribute("transform").match(/translate\(([-\d.e]+) ([-\d.e]+)\)/);
          return was && (Number(x) !== was.x || Number(y) !== was.y);
        }),
      { testid: this.pane.testid, before },
    );
  }

  /** Waits until every element is back where `before` (from `positions()`) says. */
  async waitForPositions(before) {
    await this.page.waitForFunction(
      ({ testid, before }) =>
        [...document.querySelectorAll(`[data-testid="${testid}"] [data-node-id]`)].every((el) => {
          const was = before[el.getAttribute("data-node-id")];
          const [, x, y] = el.getAttribute("transform").match(/translate\(([-\d.e]+) ([-\d.e]+)\)/);
          return was && Number(x) === was.x && Number(y) === was.y;
        }),
      { testid: this.pane.testid, before },
    );
  }

  /** Every drawn relationship's path: { id: [[x, y], ...] } in canvas units. */
  async edgePaths() {
    const list = await this.pane.edges.evaluateAll((els) =>
      els.map((el) => {
        const d = el.querySelector("path.edge-line").getAttribute("d");
        const points = [...d.matchAll(/[ML]\s*([-\d.e]+)\s+([-\d.e]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
        return [el.getAttribute("data-edge-id"), points];
      }),
    );
    return Object.fromEntries(list);
  }

  /** Clicks the pane's Layout button. */
  async run() {
    await this.page.getByTestId(this.pane.layoutTestid).click();
  }

  /** The progress of a layout running in the background (role status). */
  get progress() {
    return this.pane.root.getByTestId("layout-progress");
  }

  /** Stops the running layout with its Cancel button. */
  async cancel() {
    await this.progress.getByRole("button", { name: "Cancel" }).click();
  }

  /** The layout direction button. */
  get direction() {
    return this.pane.root.getByRole("button", { name: /^Layout direction: / });
  }

  // ------------------------------------------- routing (also while dragging)

  /**
   * The drawn relationships that pass through an element's box (not a
   * boundary's) that is not one of their ends, as "edge through element";
   * `ends` maps a relationship id to [source, target]. Boxes and paths are as
   * drawn now, so during a drag the moved boxes count where they are drawn.
   */
  async edgesThroughBoxes(ends) {
    const boxes = await this.boxes();
    const paths = await this.edgePaths();
    const offending = [];
    for (const [id, points] of Object.entries(paths)) {
      for (let i = 1; i < points.length; i++) {
        for (const [box, r] of Object.entries(boxes)) {
          if (r.boundary || ends[id]?.includes(box)) continue;
          if (crossesBox(points[i - 1], points[i], r)) offending.push(`${id} through ${box}`);
        }
      }
    }
    return offending;
  }

  /** Waits until a relationship's drawn path bends (has more than two points). */
  async waitForBentEdge(edgeId) {
    await this.page.waitForFunction(
      ({ testid, edgeId }) => {
        const edge = [...document.querySelectorAll(`[data-testid="${testid}"] [data-edge-id]`)].find(
          (el) => el.getAttribute("data-edge-id") === edgeId,
        );
        const d = edge?.querySelector("path.edge-line")?.getAttribute("d") ?? "";
        return (d.match(/[ML]/g) ?? []).length > 2;
      },
      { testid: this.pane.testid, edgeId },
    );
  }
}
