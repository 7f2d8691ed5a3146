// The floor plan of src/, held by `npm run check` (docs/decisions/0016-floor-plan.md): every folder
// sits in a layer (kernel → domains → hubs, site, api) and imports nothing from a layer above; no
// folder-level import cycle anywhere; and another folder reaches a domain only through its door,
// `index.ts`. `node --import tsx scripts/import-graph.ts --layers --cycles --internals` shows offenders;
// `scripts/doors.ts` puts an import through a door.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, test } from "node:test";
import { folderCycles, type Graph, internalImports, layerViolations, readGraph } from "../scripts/import-graph.ts";

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

  test("no folder-level import cycle", () => {
    assert.deepEqual(folderCycles(graph), [], `folder cycles: ${JSON.stringify(folderCycles(graph))}`);
  });

  test("another folder imports a domain only through its index.ts", () => {
    const past = internalImports(graph).map((e) => `${e.from} -> ${e.to}`);
    assert.deepEqual(past, [], "run `node --import tsx scripts/doors.ts` to put these through the door");
  });

  test("every folder has a layer, and no import goes up one (kernel → domains → hubs, site, api)", () => {
    const { upward, unplaced } = layerViolations(graph);
    assert.deepEqual(unplaced, [], "a new folder must be given a layer in scripts/import-graph.ts");
    assert.deepEqual(
      upward.map((e) => `${e.from} -> ${e.to}`),
      [],
      "a kernel folder may not import a domain, nor a domain a page that lists domains",
    );
  });
});
