import { IntlMessageFormat } from "intl-messageformat";
import en from "./catalogs/en.json" with { type: "json" };
import fr from "./catalogs/fr.json" with { type: "json" };
import lt from "./catalogs/lt.json" with { type: "json" };
import ru from "./catalogs/ru.json" with { type: "json" };
import srCyrl from "./catalogs/sr-Cyrl.json" with { type: "json" };
import srLatn from "./catalogs/sr-Latn.json" with { type: "json" };
import uk from "./catalogs/uk.json" with { type: "json" };
import type { Locale } from "./locales.ts";

/** Every message id; English is the source catalog. */
export type MessageKey = keyof typeof en;
export type MessageValues = Record<string, string | number | Date>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export const CATALOGS: Record<Locale, Partial<Record<MessageKey, string>>> = {
  en,
  ru,
  uk,
  "sr-Latn": srLatn,
  "sr-Cyrl": srCyrl,
  lt,
  fr,
};

const compiled = new Map<string, IntlMessageFormat>();

function format(locale: Locale, key: MessageKey): IntlMessageFormat {
  const id = `${locale}\u0000${key}`;
  let message = compiled.get(id);
  if (!message) {
    const ownSource = CATALOGS[locale][key];
    const source = ownSource ?? en[key];
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
