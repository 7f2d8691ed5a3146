/** The interface languages Outreach ships. Adding one: a catalog file in catalogs/ and an entry here. */
export const LOCALES = ["en", "ru", "uk", "sr-Latn", "sr-Cyrl", "lt", "fr"] as const;
export type Locale = (typeof LOCALES)[number];

type LocaleInfo = {
  /** The name of the language in itself, for the switcher. */
  name: string;
  /** The path segment, lower case: /sr-latn/… */
  segment: string;
  dir: "ltr" | "rtl";
};

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  en: { name: "English", segment: "en", dir: "ltr" },
  ru: { name: "Русский", segment: "ru", dir: "ltr" },
  uk: { name: "Українська", segment: "uk", dir: "ltr" },
  "sr-Latn": { name: "Srpski (latinica)", segment: "sr-latn", dir: "ltr" },
  "sr-Cyrl": { name: "Српски (ћирилица)", segment: "sr-cyrl", dir: "ltr" },
  lt: { name: "Lietuvių", segment: "lt", dir: "ltr" },
  fr: { name: "Français", segment: "fr", dir: "ltr" },
};

const bySegment = new Map<string, Locale>(LOCALES.map((l) => [LOCALE_INFO[l].segment, l]));

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

export function localeFromSegment(segment: string | undefined): Locale | undefined {
  return segment === undefined ? undefined : bySegment.get(segment.toLowerCase());
}

/** Prefixes a path with the locale's segment: localePath("ru", "/events") is "/ru/events". */
export function localePath(locale: Locale, path = "/"): string {
  return `/${LOCALE_INFO[locale].segment}${path === "/" ? "/" : path}`;
}

/**
 * Picks the best of the offered locales for an Accept-Language header.
 * "sr" alone goes to Serbian Latin; "sr-RS" and "sr-Cyrl" to Cyrillic, the official script.
 */
export function negotiateLocale(header: string | undefined, offered: readonly Locale[]): Locale | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((r) => r.tag && r.tag !== "*" && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranges) {
    const exact = offered.find((l) => l.toLowerCase() === tag);
    if (exact) return exact;
    if (tag.startsWith("sr")) {
      const wantsLatin = tag.includes("latn") || tag === "sr";
      const pick = wantsLatin ? "sr-Latn" : "sr-Cyrl";
      if (offered.includes(pick)) return pick;
    }
    const base = tag.split("-")[0];
    const byBase = offered.find((l) => l.toLowerCase().split("-")[0] === base);
    if (byBase) return byBase;
  }
  return undefined;
}
