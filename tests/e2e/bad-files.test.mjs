// Bad workspace files: each is refused with a message that says why, and the
// open workspace is left exactly as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, sampleJson } from "./support.mjs";

const app = useApp();

/** The sample, changed by `edit`, as pretty JSON text. */
function sampleWith(edit) {
  const ws = sampleJson();
  edit(ws);
  return JSON.stringify(ws, null, 2);
}

/** The sample as text with its first `"x": <number>` replaced by `"x": <raw>`. */
function sampleWithFirstX(raw) {
  const text = JSON.stringify(sampleJson(), null, 2);
  const changed = text.replace(/"x": -?[0-9.]+/, `"x": ${raw}`);
  assert.notEqual(changed, text, "the sample has a placement to change");
  return changed;
}

function tooLarge() {
  const text = JSON.stringify(sampleJson());
  const size = 20_000_001;
  // A valid workspace padded with spaces past the 20 MB limit.
  return Buffer.concat([Buffer.from(text), Buffer.alloc(size - text.length, " ")]);
}

const BAD_FILES = [
  { name: "notes.txt", content: "Shopping list: milk, eggs", expect: ["This is not a JSON file"] },
  { name: "array.json", content: "[1, 2, 3]", expect: ["top level must be an object"] },
  {
    name: "drawing.excalidraw.json",
    content: JSON.stringify({ type: "excalidraw", format: "excalidraw", version: 2, elements: [] }),
    expect: ['its format is "excalidraw"', 'expected "conway-workspace"'],
  },
  { name: "no-format.json", content: JSON.stringify({ version: 1, name: "x" }), expect: ['has no "format" field'] },
  {
    name: "no-version.conway.json",
    content: sampleWith((ws) => delete ws.version),
    expect: ['has no "version" field'],
  },
  {
    name: "from-the-future.conway.json",
    content: sampleWith((ws) => (ws.version = 99)),
    expect: ["version 99", `reads up to version ${sampleJson().version}`],
  },
  {
    name: "version-zero.conway.json",
    content: sampleWith((ws) => (ws.version = 0)),
    expect: ["version 0 is not a version Conway ever wrote"],
  },
  {
    name: "dangling-owner.conway.json",
    content: sampleWith((ws) => (ws.elements.find((e) => e.id === "ext-payments-provider").owner = "team-x")),
    expect: ['"Payments Provider": owner "team-x" does not exist'],
  },
  {
    name: "duplicate-id.conway.json",
    content: sampleWith((ws) => ws.elements.push({ id: "person-customer", kind: "person", name: "Customer again" })),
    expect: ['id "person-customer" is already used by elements[0] "Customer"'],
  },
  {
    name: "unknown-kind.conway.json",
    content: sampleWith((ws) => (ws.elements[0].kind = "spaceship")),
    expect: ["elements[0].kind", 'unknown variant "spaceship"'],
  },
  { name: "huge-number.conway.json", content: sampleWithFirstX("1e999"), expect: ["not a JSON file", "out of range"] },
  {
    name: "far-away.conway.json",
    content: sampleWithFirstX("5e9"),
    expect: ["placements[0]", "must be finite numbers within"],
  },
  {
    name: "empty-name.conway.json",
    content: sampleWith((ws) => (ws.elements[2].name = "")),
    expect: ["elements[2]: name is empty"],
  },
  {
    name: "long-name.conway.json",
    content: sampleWith((ws) => (ws.elements[0].name = "N".repeat(201))),
    expect: ["name is 201 characters long; the limit is 200"],
  },
  {
    name: "bad-date.conway.json",
    content: sampleWith((ws) => (ws.decisions[0].date = "2024-02-30")),
    expect: ['date "2024-02-30" is not a date written YYYY-MM-DD'],
  },
  {
    name: "truncated.conway.json",
    content: JSON.stringify(sampleJson(), null, 2).slice(0, 5000),
    expect: ["This is not a JSON file", "EOF"],
  },
];

test("the bad files are bad for the reason each case names", () => {
  assert.ok(BAD_FILES.length >= 12);
  assert.equal(new Set(BAD_FILES.map((f) => f.name)).size, BAD_FILES.length, "file names are unique");
});

test("every bad file is refused with its reason and the workspace is unchanged", async () => {
  const { app: conway } = await app.open();
  const system = conway.pane("system");
  const org = conway.pane("org");
  const name = await conway.workspaceNameText();
  const before = await conway.exportWorkspace();
  const drawn = { system: await system.nodeIds(), org: await org.nodeIds() };

  const failures = [];
  for (const file of BAD_FILES) {
    const notice = await conway.importFile(file);
    const problems = [];
    if (notice.role !== "alert") problems.push(`role is ${notice.role}, not alert`);
    if (notice.title !== `Could not open "${file.name}"`) problems.push(`title is ${JSON.stringify(notice.title)}`);
    for (const fragment of [...file.expect, "Your current workspace is unchanged."]) {
      if (!notice.detail.includes(fragment)) problems.push(`detail lacks ${JSON.stringify(fragment)}`);
    }
    if ((await conway.workspaceNameText()) !== name) problems.push("workspace name changed");
    if (problems.length) failures.push(`${file.name}: ${problems.join("; ")}\n    detail: ${JSON.stringify(notice.detail)}`);
  }
  assert.deepEqual(failures, [], `\n${failures.join("\n")}`);

  assert.deepEqual(await system.nodeIds(), drawn.system, "the system pane is unchanged");
  assert.deepEqual(await org.nodeIds(), drawn.org, "the org pane is unchanged");
  const after = await conway.exportWorkspace();
  assert.equal(after.fileName, before.fileName);
  assert.ok(after.bytes.equals(before.bytes), "an export after the bad imports is byte-identical to one before");
  assert.deepEqual(conway.errors, []);
});

// Kept apart from the table so that this case alone fails if its message
// differs: the size is checked before the file is read, on its own code path.
test("a file over 20 MB is refused for its size and the workspace is unchanged", async () => {
  const file = { name: "too-large.conway.json", content: tooLarge() };
  assert.ok(file.content.length > 20_000_000);
  JSON.parse(file.content.toString("utf8")); // valid JSON: refused for its size alone

  const { app: conway } = await app.open();
  const name = await conway.workspaceNameText();
  const before = await conway.exportWorkspace();
  const notice = await conway.importFile(file);
  assert.equal(notice.role, "alert");
  assert.equal(notice.title, `Could not open "${file.name}"`);
  assert.equal(await conway.workspaceNameText(), name);
  const after = await conway.exportWorkspace();
  assert.ok(after.bytes.equals(before.bytes), "the workspace is unchanged");
  assert.ok(notice.detail.includes("up to 20 MB"), notice.detail);
  assert.ok(
    notice.detail.includes("Your current workspace is unchanged."),
    `like every other refused import, the detail says the workspace is unchanged; it reads: ${JSON.stringify(notice.detail)}`,
  );
});
