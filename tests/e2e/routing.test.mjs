// Relationships are routed around the boxes while an element is dragged, on
// every frame, not only when it is dropped.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, sampleJson } from "./support.mjs";

const app = useApp();
const sample = sampleJson();
const ends = Object.fromEntries(sample.relationships.map((r) => [r.id, [r.source, r.target]]));
// In the first system view the customer sits above the online store, and
// the ERP below it: dragged below the ERP, the customer's straight line to
// the store would pass through the ERP.
const CUSTOMER = "person-customer";
const STORE = "system-online-store";
const BELOW = "ext-erp";
const EDGE = "rel-customer-store";

test("the sample has what this test relies on", () => {
  const view = sample.views.find((v) => v.kind === "system");
  const at = (id) => view.placements.find((p) => p.element === id);
  for (const id of [CUSTOMER, STORE, BELOW]) assert.ok(at(id), `${id} is in the first system view`);
  assert.deepEqual(ends[EDGE], [CUSTOMER, STORE]);
  assert.ok(at(CUSTOMER).y < at(STORE).y && at(STORE).y < at(BELOW).y, "customer, store and ERP top to bottom");
});

test("while an element is dragged its relationships bend around the boxes in the way; one undo puts it back", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const before = await system.layout.boxes();
  const dragged = Object.keys(await system.layout.edgePaths()).filter((id) => ends[id].includes(CUSTOMER));
  assert.ok(dragged.includes(EDGE));
  assert.deepEqual(await system.layout.edgesThroughBoxes(ends), [], "nothing crosses a box before the drag");
  const zoom = await system.zoom();
  const down = (before[BELOW].y + before[BELOW].height + 100 - before[CUSTOMER].y) * zoom;

  await system.dragNode(CUSTOMER, 0, down, {
    beforeRelease: async () => {
      await system.layout.waitForBentEdge(EDGE);
      const boxes = await system.layout.boxes();
      assert.ok(boxes[CUSTOMER].y > before[BELOW].y + before[BELOW].height, "the customer is drawn below the ERP");
      const paths = await system.layout.edgePaths();
      for (const id of dragged) {
        assert.ok(paths[id].length > 2, `${id} bends during the drag: ${JSON.stringify(paths[id])}`);
      }
      assert.deepEqual(await system.layout.edgesThroughBoxes(ends), [], "no relationship passes through a box");
      assert.equal(await conway.undoButton.isDisabled(), true, "nothing is changed before the drop");
    },
  });

  await system.layout.waitForBentEdge(EDGE);
  assert.deepEqual(await system.layout.edgesThroughBoxes(ends), [], "still around the boxes after the drop");
  const dropped = await system.nodePosition(CUSTOMER);
  assert.ok(dropped.y > before[BELOW].y + before[BELOW].height, "the customer stays where it was dropped");
  await conway.undoButton.click();
  assert.deepEqual(await system.nodePosition(CUSTOMER), { x: before[CUSTOMER].x, y: before[CUSTOMER].y });
  assert.equal(await conway.undoButton.isDisabled(), true, "the drag was one undo step");
  assert.deepEqual(await system.layout.edgesThroughBoxes(ends), []);
  assert.deepEqual(conway.errors, []);
});
