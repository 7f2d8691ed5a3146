// The import graph of src/ at the level of folders: which folder imports which, the cycles between
// folders, and imports that reach into a domain's internals instead of its door (`index.ts`).
// `src/architecture.test.ts` holds the tree to these rules in `npm run check`;
// `node --import tsx scripts/import-graph.ts` prints the figures.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Folders whose only door is their `index.ts`: another folder imports nothing else from them. */
export const DOMAINS = [
  "catalogue",
  "comments",
  "content",
  "discovery",
  "events",
  "files",
  "library",
  "people",
  "posts",
  "search",
] as const;

/**
 * The layers of src/, bottom to top. A folder imports only from its own layer or the ones below:
 * the kernel knows no domain, and no domain knows the pages that list domains. Within a layer the
 * folder graph must have no cycle.
 */
export const LAYERS = {
  kernel: [
    "access",
    "audit",
    "changes.ts",
    "clock.ts",
    "config.ts",
    "db",
    "email",
    "errors.ts",
    "i18n",
    "jobs",
    "log.ts",
    "testing",
    "ui",
    "web",
  ],
  domains: DOMAINS,
  above: ["admin", "api", "app.ts", "cli", "demo", "hubs", "import", "server.ts", "site"],
} as const;

export type Layer = keyof typeof LAYERS;
const ORDER: readonly Layer[] = ["kernel", "domains", "above"];

export function layerOf(folder: string): Layer | undefined {
  return ORDER.find((layer) => (LAYERS[layer] as readonly string[]).includes(folder));
}

/** Imports that go up a layer, and folders no layer names (a new folder must be placed). */
export function layerViolations(graph: Graph): { upward: Edge[]; unplaced: string[] } {
  const unplaced = new Set<string>();
  const upward: Edge[] = [];
  for (const file of graph.files) if (!layerOf(folderOf(file))) unplaced.add(folderOf(file));
  for (const e of crossFolderEdges(graph)) {
    const from = layerOf(folderOf(e.from));
    const to = layerOf(folderOf(e.to));
    if (from && to && ORDER.indexOf(to) > ORDER.indexOf(from)) upward.push(e);
  }
  return { upward, unplaced: [...unplaced].sort() };
}

export interface Edge {
  /** The importing file, relative to src/. */
  from: string;
  /** The imported file, relative to src/. */
  to: string;
}

export interface Graph {
  files: string[];
  edges: Edge[];
}

const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^import\s+["']([^"']+)["']/gm;

function listSources(dir: string, root: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) listSources(file, root, out);
    else if (/\.tsx?$/.test(name)) out.push(path.relative(root, file).split(path.sep).join("/"));
  }
  return out;
}

export function isTestFile(file: string): boolean {
  return /\.test\.tsx?$/.test(file) || file.startsWith("testing/");
}

/** Every relative import between source files under `srcDir`, tests left out. */
export function readGraph(srcDir: string): Graph {
  const files = listSources(srcDir, srcDir).filter((f) => !isTestFile(f));
  const edges: Edge[] = [];
  for (const from of files) {
    const text = readFileSync(path.join(srcDir, from), "utf8");
    for (const match of text.matchAll(SPECIFIER)) {
      const spec = match[1] ?? match[2] ?? match[3];
      if (!spec?.startsWith(".")) continue;
      const to = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
      edges.push({ from, to });
    }
  }
  return { files, edges };
}

/** The node a file belongs to: its top folder under src/, or the file itself at the top. */
export function folderOf(file: string): string {
  const slash = file.indexOf("/");
  return slash === -1 ? file : file.slice(0, slash);
}

export function crossFolderEdges(graph: Graph): Edge[] {
  return graph.edges.filter((e) => folderOf(e.from) !== folderOf(e.to));
}

/** Imports from another folder into a domain, other than its `index.ts`. */
export function internalImports(graph: Graph, domains: readonly string[] = DOMAINS): Edge[] {
  return crossFolderEdges(graph).filter((e) => {
    const target = folderOf(e.to);
    return domains.includes(target) && e.to !== `${target}/index.ts`;
  });
}

/** Strongly connected sets of folders with more than one member (Tarjan), each sorted. */
export function folderCycles(graph: Graph): string[][] {
  const next = new Map<string, Set<string>>();
  for (const e of crossFolderEdges(graph)) {
    const a = folderOf(e.from);
    const b = folderOf(e.to);
    if (!next.has(a)) next.set(a, new Set());
    next.get(a)!.add(b);
  }
  const nodes = new Set<string>([...next.keys(), ...[...next.values()].flatMap((s) => [...s])]);
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const set: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        set.push(w);
      } while (w !== v);
      if (set.length > 1) out.push(set.sort());
    }
  };
  for (const v of [...nodes].sort()) if (!index.has(v)) visit(v);
  return out;
}

/** One path of folders that closes a cycle inside `set`, for a readable failure. */
export function cycleExample(graph: Graph, set: string[]): string[] {
  const next = new Map<string, string[]>();
  for (const e of crossFolderEdges(graph)) {
    const a = folderOf(e.from);
    const b = folderOf(e.to);
    if (!set.includes(a) || !set.includes(b)) continue;
    next.set(a, [...(next.get(a) ?? []), b]);
  }
  const start = set[0]!;
  const seen = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of next.get(v) ?? []) {
      if (w === start) {
        const pathBack = [v];
        let p = seen.get(v);
        while (p) {
          pathBack.push(p);
          p = seen.get(p);
        }
        return [...pathBack.reverse(), start];
      }
      if (!seen.has(w)) {
        seen.set(w, v);
        queue.push(w);
      }
    }
  }
  return set;
}

export function summarise(graph: Graph) {
  const cross = crossFolderEdges(graph);
  const cycles = folderCycles(graph);
  return {
    files: graph.files.length,
    imports: graph.edges.length,
    crossFolderImports: cross.length,
    intoDomainInternals: internalImports(graph).length,
    upwardImports: layerViolations(graph).upward.length,
    cycles: cycles.length,
    foldersInCycles: cycles.reduce((n, c) => n + c.length, 0),
    largestCycle: cycles.reduce((n, c) => Math.max(n, c.length), 0),
    cycleSets: cycles,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const graph = readGraph(path.resolve(import.meta.dirname, "..", "src"));
  const figures = summarise(graph);
  console.log(JSON.stringify(figures, null, 2));
  if (process.argv.includes("--internals")) {
    for (const e of internalImports(graph)) console.log(`${e.from} -> ${e.to}`);
  }
  if (process.argv.includes("--layers")) {
    const { upward, unplaced } = layerViolations(graph);
    for (const e of upward) console.log(`up: ${e.from} -> ${e.to}`);
    for (const f of unplaced) console.log(`no layer: ${f}`);
  }
  if (process.argv.includes("--cycles")) {
    for (const set of figures.cycleSets) console.log(cycleExample(graph, set).join(" -> "));
  }
}
