import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type MessageFormatElement, type PluralElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { LOCALES } from "./locales.ts";
import {
  CATALOG_AREAS,
  CATALOGS,
  SOURCE_CATALOG as en,
  type MessageKey,
  type MessageValues,
  readCatalogFile,
  translate,
} from "./messages.ts";

const EN_KEYS = Object.keys(en) as MessageKey[];

/** How an argument is used, which decides the sample value it is formatted with. */
type ArgumentKind = "string" | "number" | "date";

/** Every argument (and tag, as `<name>`) a message uses, at any depth of plural, select and tag nesting. */
function argumentsOf(elements: MessageFormatElement[], into = new Map<string, ArgumentKind>()): Map<string, ArgumentKind> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        if (!into.has(element.value)) into.set(element.value, "string");
        break;
      case TYPE.number:
        into.set(element.value, "number");
        break;
      case TYPE.date:
      case TYPE.time:
        into.set(element.value, "date");
        break;
      case TYPE.select:
        if (!into.has(element.value)) into.set(element.value, "string");
        for (const option of Object.values(element.options)) argumentsOf(option.value, into);
        break;
      case TYPE.plural:
        into.set(element.value, "number");
        for (const option of Object.values(element.options)) argumentsOf(option.value, into);
        break;
      case TYPE.tag:
        into.set(`<${element.value}>`, "string");
        argumentsOf(element.children, into);
        break;
    }
  }
  return into;
}

function pluralsOf(elements: MessageFormatElement[]): PluralElement[] {
  const found: PluralElement[] = [];
  for (const element of elements) {
    if (element.type === TYPE.plural) found.push(element);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) found.push(...pluralsOf(option.value));
    }
    if (element.type === TYPE.tag) found.push(...pluralsOf(element.children));
  }
  return found;
}

/** Parses a message, or returns the parser's complaint. */
function tryParse(message: unknown): MessageFormatElement[] | string {
  if (typeof message !== "string") return `not a string but ${typeof message}`;
  try {
    return parse(message, { requiresOtherClause: false });
  } catch (error: unknown) {
    return error instanceof Error ? error.message : String(error);
  }
}

function sortedNames(args: Map<string, ArgumentKind>): string[] {
  return [...args.keys()].sort();
}

const englishArguments = new Map<MessageKey, Map<string, ArgumentKind>>();
for (const key of EN_KEYS) {
  const parsed = tryParse(en[key]);
  englishArguments.set(key, typeof parsed === "string" ? new Map() : argumentsOf(parsed));
}

/** Numbers that reach every plural category of the shipped languages (one, few, many, other; fractions too). */
const SAMPLE_COUNTS = [0, 1, 2, 5, 21, 1.5, 1_000_000];

/**
 * Sample values: a number for plural and number arguments, a date for dates, otherwise a string.
 * A translation may use a plain English argument as a plural (`{min}` → `{min, plural, …}`), so its own use counts too.
 */
function sampleValues(key: MessageKey, translation: unknown, count: number): MessageValues {
  const parsed = tryParse(translation);
  const kinds = new Map(englishArguments.get(key));
  if (typeof parsed !== "string") for (const [name, kind] of argumentsOf(parsed)) if (kind !== "string") kinds.set(name, kind);
  const values: MessageValues = {};
  for (const [name, kind] of kinds) {
    if (name.startsWith("<")) continue;
    values[name] = kind === "number" ? count : kind === "date" ? new Date("2026-01-02T03:04:05Z") : `sample ${name}`;
  }
  return values;
}

test("CATALOGS has a catalog for every locale", () => {
  assert.deepEqual(Object.keys(CATALOGS).sort(), [...LOCALES].sort());
});

for (const locale of LOCALES) {
  const catalog: Record<string, unknown> = CATALOGS[locale];

  describe(`catalog ${locale}`, () => {
    test("each area holds exactly the keys of the same area in English, and no key is in two areas", () => {
      const problems: string[] = [];
      const areaOf = new Map<string, string>();
      for (const area of CATALOG_AREAS) {
        const english = Object.keys(readCatalogFile(area, "en"));
        const own = Object.keys(readCatalogFile(area, locale));
        for (const key of english) if (!own.includes(key)) problems.push(`${area || "base"}: missing ${key}`);
        for (const key of own) if (!english.includes(key)) problems.push(`${area || "base"}: extra ${key}`);
        for (const key of own) {
          if (areaOf.has(key)) problems.push(`${key} is in ${areaOf.get(key) || "base"} and ${area || "base"}`);
          areaOf.set(key, area);
        }
      }
      assert.deepEqual(problems, []);
    });

    test("has exactly the keys of en.json", () => {
      const missing = EN_KEYS.filter((key) => !(key in catalog));
      const extra = Object.keys(catalog).filter((key) => !(key in en));
      assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
    });

    test("every message parses as ICU MessageFormat", () => {
      const failures = Object.entries(catalog).flatMap(([key, message]) => {
        const parsed = tryParse(message);
        return typeof parsed === "string" ? [`${key}: ${parsed}`] : [];
      });
      assert.deepEqual(failures, []);
    });

    test("every message uses the same arguments as English", () => {
      const mismatches: string[] = [];
      for (const [key, message] of Object.entries(catalog)) {
        const english = englishArguments.get(key as MessageKey);
        const parsed = tryParse(message);
        if (!english || typeof parsed === "string") continue;
        const expected = sortedNames(english).join(", ");
        const actual = sortedNames(argumentsOf(parsed)).join(", ");
        if (actual !== expected) mismatches.push(`${key}: {${actual}} instead of {${expected}}`);
      }
      assert.deepEqual(mismatches, []);
    });

    test("every plural has `other` and only the plural categories of the language", () => {
      const problems: string[] = [];
      for (const [key, message] of Object.entries(catalog)) {
        const parsed = tryParse(message);
        if (typeof parsed === "string") continue;
        for (const plural of pluralsOf(parsed)) {
          const categories = new Intl.PluralRules(locale, { type: plural.pluralType }).resolvedOptions().pluralCategories;
          const selectors = Object.keys(plural.options);
          if (!selectors.includes("other")) problems.push(`${key}: {${plural.value}} has no "other"`);
          for (const selector of selectors) {
            if (!/^=\d+$/.test(selector) && !(categories as string[]).includes(selector)) {
              problems.push(`${key}: {${plural.value}} has "${selector}", not a plural category of ${locale}`);
            }
          }
        }
      }
      assert.deepEqual(problems, []);
    });

    test("every message formats with sample values, in every plural form", () => {
      const failures: string[] = [];
      for (const key of EN_KEYS) {
        for (const count of SAMPLE_COUNTS) {
          try {
            const text = translate(locale, key, sampleValues(key, catalog[key], count));
            if (text.length === 0) failures.push(`${key} (${count}): empty result`);
          } catch (error: unknown) {
            failures.push(`${key} (${count}): ${error instanceof Error ? error.message : String(error)}`);
            break;
          }
        }
      }
      assert.deepEqual(failures, []);
    });
  });
}
