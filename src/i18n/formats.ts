import type { Locale } from "./locales.ts";
import { formatDateTime } from "./messages.ts";
import { CANONICAL_ZONES, canonicalZone, OFFERED_ZONES, zoneName, zoneOffsetLabel } from "./zones.ts";

/** Formats in the reader's language, shared by every page: countries, languages, dates and ranges, zones, file sizes. */

/** Every zone a reader may choose, by canonical IANA name. */
export const TIME_ZONES: readonly string[] = CANONICAL_ZONES;

/** A zone from a query string by its canonical name (Europe/Kiev → Europe/Kyiv), or undefined when it is not one. */
export function readerZone(value: unknown): string | undefined {
  return canonicalZone(value);
}

// ISO 3166-1 alpha-2 codes the runtime names but that are not countries today.
const NOT_COUNTRIES = new Set("AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ".split(" "));

/** ISO 3166-1 alpha-2 codes of countries and territories (with Kosovo as XK). */
export const COUNTRY_CODES: readonly string[] = (() => {
  const names = new Intl.DisplayNames("en", { type: "region", fallback: "none" });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!NOT_COUNTRIES.has(code) && names.of(code)) codes.push(code);
    }
  }
  return codes;
})();

const regionNames = new Map<Locale, Intl.DisplayNames>();
const languageNames = new Map<Locale, Intl.DisplayNames>();
const sortedCountries = new Map<Locale, { code: string; name: string }[]>();

export function countryName(locale: Locale, code: string): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames(locale, { type: "region", fallback: "code" });
    regionNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every country with its name in the reader's language, in that language's alphabetical order. */
export function countryOptions(locale: Locale): { code: string; name: string }[] {
  let list = sortedCountries.get(locale);
  if (!list) {
    const collator = new Intl.Collator(locale);
    list = COUNTRY_CODES.map((code) => ({ code, name: countryName(locale, code) })).sort((a, b) => collator.compare(a.name, b.name));
    sortedCountries.set(locale, list);
  }
  return list;
}

export function languageName(locale: Locale, code: string): string {
  let names = languageNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames(locale, { type: "language", fallback: "code" });
    languageNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Remembers the results of a pure formatting function: time-zone maths and Intl ranges cost tens
 * of microseconds each, and an event page repeats the same few many times.
 */
export function memo<A extends (string | number)[]>(fn: (...args: A) => string, max = 20_000): (...args: A) => string {
  const cache = new Map<string, string>();
  return (...args: A) => {
    const key = args.join("\u0000");
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= max) cache.clear();
      value = fn(...args);
      cache.set(key, value);
    }
    return value;
  };
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, zone: string, options: Intl.DateTimeFormatOptions, id: string): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${id}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    formats.set(key, f);
  }
  return f;
}

/** "7–9 Dec 2026" in the event's zone. */
export const dateRange = memo((locale: Locale, startsAt: string, endsAt: string, zone: string) =>
  format(locale, zone, { dateStyle: "medium" }, "date").formatRange(new Date(startsAt), new Date(endsAt)),
);

/** "09:00–10:30" in a zone. */
export const timeRange = memo((locale: Locale, startsAt: string, endsAt: string, zone: string) =>
  format(locale, zone, { timeStyle: "short" }, "time").formatRange(new Date(startsAt), new Date(endsAt)),
);

/** "Monday 7 December 2026" in a zone, for the days of an agenda. */
export const longDate = memo((locale: Locale, iso: string, zone: string) =>
  format(locale, zone, { dateStyle: "full" }, "full").format(new Date(iso)),
);

/** "7 Dec 2026, 09:00 (Paris, UTC+01:00)": one moment in a zone, with the zone said by its city. */
export const zonedMoment = memo(
  (locale: Locale, iso: string, zone: string) =>
    `${formatDateTime(locale, iso, "datetime", zone)} (${zoneName(locale, zone)}, ${zoneOffsetLabel(iso, zone)})`,
);

/**
 * The options of the zone chooser without JavaScript: the zones where the networks' members and
 * partners are (OFFERED_ZONES), plus the event's own and the chosen one, each by its city in the
 * reader's language. A full list of 400 zones would triple the weight of every event page; any
 * valid zone still works in `?tz=`, and with JavaScript the reader's own zone is used anyway.
 */
export function zoneOptionsHtml(locale: Locale, selected: string | undefined, placeholder: string, eventZone?: string): string {
  const zones = [...OFFERED_ZONES];
  for (const extra of [eventZone, selected].map((z) => canonicalZone(z))) if (extra && !zones.includes(extra)) zones.push(extra);
  const chosen = canonicalZone(selected);
  const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  const options = zones
    .map((z) => `<option value="${escapeHtml(z)}"${z === chosen ? ' selected=""' : ""}>${escapeHtml(zoneName(locale, z))}</option>`)
    .join("");
  return `${chosen ? "" : `<option value="">${escapeHtml(placeholder)}</option>`}${options}`;
}

/**
 * A file size as the reader's browser and system show it: SI units, 1 kB = 1000 bytes and
 * 1 MB = 1000 kB, with the locale's short unit names ("1.5 MB", "1,5 МБ"). One rule for the public
 * pages and the organisers' lists, so the same file never shows two sizes.
 */
export function fileSize(locale: Locale, bytes: number): string {
  const units = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: units[unit],
    unitDisplay: "short",
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}

/** A page number from a query string: 1 unless a whole number from 1 to 5000. */
export function pageNumber(value: unknown): number {
  const n = typeof value === "string" && /^\d{1,4}$/.test(value) ? Number(value) : 1;
  return n >= 1 && n <= 5000 ? n : 1;
}

/** JSON for a <script> element: `<`, `>`, `&` and line separators escaped so no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The Open Graph form of a locale: language_TERRITORY. */

/** A BCP 47 tag in its canonical spelling, or undefined. */
export function canonicalLanguage(tag: string): string | undefined {
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
