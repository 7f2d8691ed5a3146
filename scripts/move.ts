// Moves files or folders with `git mv` and rewrites every relative import that points at them,
// in every TypeScript and JavaScript file of the repository (tests, e2e, bench and scripts too).
//
//   node --import tsx scripts/move.ts src/events/catalogue.ts src/catalogue/catalogue.ts [FROM TO]…
//
// A folder moves with everything under it. The imports of a moved file are rewritten as well,
// so they still reach what they reached before. Nothing else in a file changes. A pair whose FROM is
// gone and whose TO exists only rewrites imports: run the same moves again after merging a branch
// that still imports the old paths.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const SOURCE = /\.(ts|tsx|js|mjs)$/;
const SKIP = new Set(["node_modules", ".git", "data", "coverage"]);
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bexport\s*\*\s*from\s*)(["'])(\.\.?\/[^"']+)\2/g;

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (SOURCE.test(entry.name)) out.push(path);
  }
  return out;
}

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const out: string[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    out.push(...filesUnder(join(path, entry.name)));
  }
  return out;
}

function specifier(fromFile: string, target: string): string {
  const path = relative(dirname(fromFile), target);
  return path.startsWith(".") ? path : `./${path}`;
}

export function plan(pairs: ReadonlyArray<readonly [string, string]>): Map<string, string> {
  const moves = new Map<string, string>();
  for (const [from, to] of pairs) {
    const source = resolve(root, from);
    const target = resolve(root, to);
    // Already moved (e.g. a branch merged after the move still imports the old path): rewrite only.
    if (!existsSync(source) && existsSync(target) && !statSync(target).isDirectory()) {
      moves.set(source, target);
      continue;
    }
    if (!existsSync(source)) throw new Error(`${from} does not exist`);
    for (const file of filesUnder(source)) moves.set(file, file === source ? target : join(target, relative(source, file)));
  }
  for (const target of moves.values()) {
    if (existsSync(target) && !moves.has(target) && [...moves].some(([from, to]) => to === target && existsSync(from)))
      throw new Error(`${relative(root, target)} exists already`);
  }
  return moves;
}

export function rewrite(moves: ReadonlyMap<string, string>): number {
  let changed = 0;
  for (const file of walk(root)) {
    const text = readFileSync(file, "utf8");
    const newHome = moves.get(file) ?? file;
    const next = text.replace(SPECIFIER, (whole, lead: string, quote: string, spec: string) => {
      const target = resolve(dirname(file), spec);
      const moved = moves.get(target);
      if (!moved && newHome === file) return whole;
      return `${lead}${quote}${specifier(newHome, moved ?? target)}${quote}`;
    });
    if (next !== text) {
      writeFileSync(file, next);
      changed += 1;
    }
  }
  return changed;
}

if (process.argv[1]?.endsWith("move.ts")) {
  const args = process.argv.slice(2);
  if (args.length === 0 || args.length % 2 !== 0) {
    console.error("usage: scripts/move.ts FROM TO [FROM TO]…");
    process.exit(2);
  }
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < args.length; i += 2) pairs.push([args[i] as string, args[i + 1] as string]);
  const moves = plan(pairs);
  const changed = rewrite(moves);
  for (const [from, to] of moves) {
    if (!existsSync(from)) continue;
    mkdirSync(dirname(to), { recursive: true });
    execFileSync("git", ["mv", relative(root, from), relative(root, to)], { cwd: root });
  }
  console.log(`moved ${moves.size} files, rewrote imports in ${changed}`);
}
