// Compares the message keys the code uses with en.json, the source catalog.
// Keys used in code but missing from en.json are errors (exit code 1); keys never used are warnings.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { SOURCE_CATALOG as en } from "../src/i18n/messages.ts";

/** Keys the code builds at run time (`role.${r}`, error messages looked up by code): all keys under these count as used. */
const DYNAMIC_PREFIXES = ["role.", "translation.status.", "pages.field.", "error.", "zone."];

/** t("key"), v.t("key"), req.t("key"), translate(locale, "key"), also with a template literal. */
const CALL = /\b(?:t\(|translate\(\s*[\w.]+\s*,)\s*(["'`])([^"'`]*)\1/g;
/** Any string literal shaped like a key, such as "section.name". */
const KEY_LITERAL = /(["'`])([a-z][a-zA-Z]*(?:\.[a-zA-Z][\w-]*)+)\1/g;

const root = path.resolve(import.meta.dirname, "..");
const known = new Set(Object.keys(en));
const used = new Set<string>();
const prefixes = new Set(DYNAMIC_PREFIXES);
const missing = new Map<string, string>();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

for (const file of sourceFiles(path.join(root, "src"))) {
  const lines = readFileSync(file, "utf8").split("\n");
  lines.forEach((line, index) => {
    for (const [, , key = ""] of line.matchAll(KEY_LITERAL)) if (known.has(key)) used.add(key);
    for (const [, , key = ""] of line.matchAll(CALL)) {
      if (key.includes("${")) prefixes.add(key.slice(0, key.indexOf("${")));
      else if (known.has(key)) used.add(key);
      else if (!missing.has(key)) missing.set(key, `${path.relative(root, file)}:${index + 1}`);
    }
  });
}

const unused = [...known].filter((key) => !used.has(key) && ![...prefixes].some((prefix) => key.startsWith(prefix)));
if (unused.length > 0) console.warn(`Warning: ${unused.length} key(s) in en.json never referenced:\n  ${unused.join("\n  ")}`);
if (missing.size > 0) {
  console.error(`${missing.size} key(s) used in code but missing from en.json:`);
  for (const [key, where] of missing) console.error(`  ${key}  (${where})`);
  process.exitCode = 1;
} else {
  console.log(`All ${used.size} keys used in code exist in en.json.`);
}
