import { readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import enApi from "./catalogs/api/en.json" with { type: "json" };
import enCatalogue from "./catalogs/catalogue/en.json" with { type: "json" };
import enComments from "./catalogs/comments/en.json" with { type: "json" };
import enDiscovery from "./catalogs/discovery/en.json" with { type: "json" };
import en from "./catalogs/en.json" with { type: "json" };
import enEvents from "./catalogs/events/en.json" with { type: "json" };
import enEventsAdmin from "./catalogs/events-admin/en.json" with { type: "json" };
import enEventsRegistrations from "./catalogs/events-registrations/en.json" with { type: "json" };
import enEventsSite from "./catalogs/events-site/en.json" with { type: "json" };
import enLibrary from "./catalogs/library/en.json" with { type: "json" };
import enPeople from "./catalogs/people/en.json" with { type: "json" };
import enPosts from "./catalogs/posts/en.json" with { type: "json" };
import enSearch from "./catalogs/search/en.json" with { type: "json" };
import enTranslations from "./catalogs/translations/en.json" with { type: "json" };
import { LOCALES, type Locale } from "./locales.ts";

/**
 * Catalogs are split by area so that work on one area does not touch another's files:
 * `catalogs/<locale>.json` for the shell, accounts and pages, `catalogs/<area>/<locale>.json` for the rest.
 * A key lives in exactly one area (catalogs.test.ts checks it).
 */
export const CATALOG_AREAS = [
  "",
  "events",
  "events-site",
  "events-admin",
  "events-registrations",
  "catalogue",
  "api",
  "posts",
  "comments",
  "library",
  "discovery",
  "search",
  "people",
  "translations",
] as const;

/** English is the source catalog: every message id, all areas merged. */
export const SOURCE_CATALOG = {
  ...en,
  ...enEvents,
  ...enEventsSite,
  ...enEventsAdmin,
  ...enEventsRegistrations,
  ...enCatalogue,
  ...enApi,
  ...enPosts,
  ...enComments,
  ...enLibrary,
  ...enDiscovery,
  ...enSearch,
  ...enPeople,
  ...enTranslations,
};

/** Every message id. */
export type MessageKey = keyof typeof SOURCE_CATALOG;
export type MessageValues = Record<string, string | number | Date>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** One area's catalog for one locale, as stored. */
export function readCatalogFile(area: string, locale: Locale): Record<string, string> {
  const file = path.join(import.meta.dirname, "catalogs", area, `${locale}.json`);
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
}

export const CATALOGS = Object.fromEntries(
  LOCALES.map((locale) => [locale, Object.assign({}, ...CATALOG_AREAS.map((area) => readCatalogFile(area, locale)))]),
) as Record<Locale, Partial<Record<MessageKey, string>>>;

const compiled = new Map<string, IntlMessageFormat>();

function format(locale: Locale, key: MessageKey): IntlMessageFormat {
  const id = `${locale}\u0000${key}`;
  let message = compiled.get(id);
  if (!message) {
    const ownSource = CATALOGS[locale][key];
    const source = ownSource ?? SOURCE_CATALOG[key];
    message = new IntlMessageFormat(source, ownSource === undefined ? "en" : locale);
    compiled.set(id, message);
  }
  return message;
}

/** Formats an interface message in a locale; a message missing from a catalog falls back to English. */
export function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const result = format(locale, key).format(values);
  return Array.isArray(result) ? result.join("") : String(result);
}

export function translator(locale: Locale): Translate {
  return (key, values) => translate(locale, key, values);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats a date and time with Intl, cached per locale and style. */
export function formatDateTime(locale: Locale, date: Date | string, style: "date" | "datetime" = "datetime", timeZone = "UTC"): string {
  const id = `${locale}|${style}|${timeZone}`;
  let f = dateFormats.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      dateStyle: "medium",
      ...(style === "datetime" ? { timeStyle: "short" } : {}),
      timeZone,
    });
    dateFormats.set(id, f);
  }
  return f.format(typeof date === "string" ? new Date(date) : date);
}
