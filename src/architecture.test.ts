// The floor plan of src/, held by `npm run check`: no new folder joins an import cycle, and no more
// imports reach into a domain's internals than when the rule was introduced. Issue 10 brings both
// figures to zero (one door, `index.ts`, per domain); each step that lowers them lowers the numbers here.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, test } from "node:test";
import { folderCycles, type Graph, internalImports, layerViolations, readGraph } from "../scripts/import-graph.ts";

/** The one folder cycle left (issue 10 moves the kit, the catalogue and the hubs out of it): it may shrink, never grow. */
const KNOWN_CYCLE = [
  "access",
  "catalogue",
  "comments",
  "config.ts",
  "content",
  "email",
  "errors.ts",
  "events",
  "files",
  "hubs",
  "i18n",
  "library",
  "posts",
  "search",
  "ui",
  "web",
];
/** Imports from another folder into a domain file other than its index.ts, when the rule came in. */
const INTERNAL_IMPORTS_CEILING = 157;

/** Imports that go up a layer (kernel → domain): i18n/formats.ts still formats events; issue 10 takes it to 0. */
const UPWARD_IMPORTS_CEILING = 3;

const graphOf = (edges: [string, string][]): Graph => ({
  files: [...new Set(edges.flat())],
  edges: edges.map(([from, to]) => ({ from, to })),
});

describe("import graph", () => {
  test("the checker finds a folder cycle and an import past a domain's door", () => {
    const g = graphOf([
      ["events/registrations.ts", "ui/forms.tsx"],
      ["ui/forms.tsx", "events/model.ts"],
      ["posts/read.ts", "events/index.ts"],
      ["hubs/topic.tsx", "posts/read.ts"],
    ]);
    assert.deepEqual(folderCycles(g), [["events", "ui"]]);
    assert.deepEqual(
      internalImports(g).map((e) => e.to),
      ["events/model.ts", "posts/read.ts"],
    );
    assert.deepEqual(
      layerViolations(g).upward.map((e) => e.from),
      ["ui/forms.tsx"],
    );
    assert.deepEqual(layerViolations(graphOf([["wiki/page.ts", "db/index.ts"]])).unplaced, ["wiki"]);
  });

  const graph = readGraph(path.resolve(import.meta.dirname));

  test("no folder outside the known cycle is part of a cycle, and no second cycle appears", () => {
    const cycles = folderCycles(graph);
    assert.ok(cycles.length <= 1, `new folder cycles: ${JSON.stringify(cycles)}`);
    for (const folder of cycles[0] ?? []) assert.ok(KNOWN_CYCLE.includes(folder), `${folder} joined the import cycle`);
  });

  test("imports into a domain's internals do not grow", () => {
    const count = internalImports(graph).length;
    assert.ok(count <= INTERNAL_IMPORTS_CEILING, `${count} imports reach past a domain's index.ts (ceiling ${INTERNAL_IMPORTS_CEILING})`);
  });

  test("every folder has a layer, and no import goes up one (kernel → domains → hubs, site, api)", () => {
    const { upward, unplaced } = layerViolations(graph);
    assert.deepEqual(unplaced, [], "a new folder must be given a layer in scripts/import-graph.ts");
    assert.ok(
      upward.length <= UPWARD_IMPORTS_CEILING,
      `imports going up a layer:\n${upward.map((e) => `${e.from} -> ${e.to}`).join("\n")}`,
    );
  });
});
