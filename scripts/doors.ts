// Puts every import that reaches into another domain's internals through that domain's door:
// the names are added to the domain's `index.ts` (created when missing) and the import points at
// it. Tests are left alone (they may test internals). Run after moves or merges:
//
//   node --import tsx scripts/doors.ts          rewrite, then `npx biome check --write .`
//   node --import tsx scripts/doors.ts --dry    list what would change
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DOMAINS, isTestFile } from "./import-graph.ts";

const src = path.resolve(import.meta.dirname, "..", "src");
const IMPORT = /import\s+(type\s+)?\{([^}]*)\}\s*from\s*"(\.\.?\/[^"]+)";/g;

type Name = { name: string; isType: boolean };

function sources(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) sources(file, out);
    else if (/\.tsx?$/.test(entry.name)) out.push(file);
  }
  return out;
}

const folderOf = (file: string) => path.relative(src, file).split(path.sep)[0] ?? "";
const isDomain = (folder: string) => (DOMAINS as readonly string[]).includes(folder);

function parseNames(list: string, allTypes: boolean): Name[] {
  return list
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const isType = allTypes || part.startsWith("type ");
      return { name: part.replace(/^type\s+/, ""), isType };
    });
}

/** Exports to add per domain: internal file → names (with `as` kept for the importer only). */
const wanted = new Map<string, Map<string, Map<string, boolean>>>();
const rewrites: Array<{ file: string; text: string }> = [];

for (const file of sources(src)) {
  const rel = path.relative(src, file);
  if (isTestFile(rel.split(path.sep).join("/"))) continue;
  const from = folderOf(file);
  const text = readFileSync(file, "utf8");
  const byDoor = new Map<string, Name[]>();
  let changed = false;
  const next = text.replace(IMPORT, (whole, allTypes: string | undefined, list: string, spec: string) => {
    const target = path.resolve(path.dirname(file), spec);
    const domain = folderOf(target);
    if (!isDomain(domain) || domain === from) return whole;
    const door = path.join(src, domain, "index.ts");
    if (target === door) return whole;
    const names = parseNames(list, Boolean(allTypes));
    const internal = `./${path.relative(path.join(src, domain), target).split(path.sep).join("/")}`;
    const perDomain = wanted.get(domain) ?? new Map<string, Map<string, boolean>>();
    wanted.set(domain, perDomain);
    const perFile = perDomain.get(internal) ?? new Map<string, boolean>();
    perDomain.set(internal, perFile);
    for (const n of names) {
      const exported = n.name.split(/\s+as\s+/)[0] as string;
      perFile.set(exported, (perFile.get(exported) ?? true) && n.isType);
    }
    const doorNames = byDoor.get(door) ?? [];
    byDoor.set(door, doorNames);
    doorNames.push(...names);
    changed = true;
    return `/*door:${door}*/`;
  });
  if (!changed) continue;
  let out = next;
  for (const [door, names] of byDoor) {
    let spec = path.relative(path.dirname(file), door).split(path.sep).join("/");
    if (!spec.startsWith(".")) spec = `./${spec}`;
    const allTypes = names.every((n) => n.isType);
    const list = names.map((n) => (n.isType && !allTypes ? `type ${n.name}` : n.name));
    const unique = [...new Set(list)].join(", ");
    const statement = `import ${allTypes ? "type " : ""}{ ${unique} } from "${spec}";`;
    let first = true;
    out = out.replaceAll(`/*door:${door}*/`, () => {
      if (!first) return "";
      first = false;
      return statement;
    });
  }
  rewrites.push({ file, text: out });
}

/** Existing `export … from "./x"` names in a door, so that a second run adds nothing twice. */
function alreadyExported(door: string): Set<string> {
  const names = new Set<string>();
  if (!existsSync(door)) return names;
  const text = readFileSync(door, "utf8");
  for (const m of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const part of (m[1] ?? "").split(",")) {
      const name = part
        .trim()
        .replace(/^type\s+/, "")
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  }
  return names;
}

const dry = process.argv.includes("--dry");
for (const [domain, files] of wanted) {
  const door = path.join(src, domain, "index.ts");
  const have = alreadyExported(door);
  const lines: string[] = [];
  for (const [internal, names] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const fresh = [...names].filter(([name]) => !have.has(name)).sort(([a], [b]) => a.localeCompare(b));
    if (fresh.length === 0) continue;
    const values = fresh.filter(([, isType]) => !isType).map(([n]) => n);
    const types = fresh.filter(([, isType]) => isType).map(([n]) => n);
    if (values.length > 0) lines.push(`export { ${values.join(", ")} } from "${internal}";`);
    if (types.length > 0) lines.push(`export type { ${types.join(", ")} } from "${internal}";`);
    for (const [n] of fresh) have.add(n);
  }
  if (lines.length === 0) continue;
  if (dry) {
    console.log(`${domain}/index.ts +${lines.length}`);
    continue;
  }
  const head = existsSync(door)
    ? readFileSync(door, "utf8")
    : `// The door of src/${domain}/.\n// Other folders import ${domain} only through this file (src/architecture.test.ts); tests may reach inside.\n// scripts/doors.ts adds what another folder starts to use.\n`;
  writeFileSync(door, `${head.trimEnd()}\n${lines.join("\n")}\n`);
}
if (dry) console.log(`${rewrites.length} files would import through a door`);
else {
  for (const { file, text } of rewrites) writeFileSync(file, text);
  console.log(`${rewrites.length} files now import through a door`);
}
