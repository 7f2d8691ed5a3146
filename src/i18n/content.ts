import { createHash } from "node:crypto";
import { isLocale, type Locale } from "./locales.ts";
import { serbianTarget, transliterateSerbian, transliterateSerbianHtml } from "./serbian.ts";

/**
 * The translation pattern every translatable entity follows: `things` + `thing_translations`
 * (thing_id, locale, …fields, status, source_hash, source_fields).
 * A locale with no row is "missing"; a row is draft, published or outdated.
 */
export const TRANSLATION_STATUSES = ["missing", "draft", "published", "outdated"] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];
export type StoredStatus = Exclude<TranslationStatus, "missing">;

export type Fields = Record<string, string>;

/** A stable hash of a set of translatable fields, independent of key order. */
export function hashFields(fields: Fields): string {
  const ordered = Object.keys(fields)
    .sort()
    .map((k) => [k, fields[k]]);
  return createHash("sha256").update(JSON.stringify(ordered)).digest("base64url").slice(0, 22);
}

/** The fields whose source text changed since a translation was made, in the order named. */
export function changedFields<F extends string>(
  names: readonly F[],
  translatedFrom: Partial<Record<F, string>>,
  current: Record<F, string>,
): F[] {
  return names.filter((name) => (translatedFrom[name] ?? "") !== current[name]);
}

/** Just the named fields of a translation, in the order named; what is hashed and kept as `source_fields`. */
export function pickFields<F extends string>(names: readonly F[], from: Record<F, string>): Record<F, string> {
  return Object.fromEntries(names.map((name) => [name, from[name]])) as Record<F, string>;
}

export type SourceChange<F extends string> = { field: F; before: string; after: string };

/**
 * What changed in the source text since an outdated translation was made, field by field, with
 * the old and the new source text, for the translator. Nothing for the source itself, for a
 * missing translation, or for one that is not outdated.
 */
export function changesSinceTranslated<F extends string>(
  names: readonly F[],
  source: Record<F, string> & { locale: string },
  translation: { locale: string; status: StoredStatus; translatedFrom: Partial<Record<F, string>> } | undefined,
): SourceChange<F>[] {
  if (!translation || translation.locale === source.locale || translation.status !== "outdated") return [];
  const { translatedFrom } = translation;
  return changedFields(names, translatedFrom, source).map((field) => ({
    field,
    before: translatedFrom[field] ?? "",
    after: source[field],
  }));
}

export function isReadable(status: StoredStatus): boolean {
  return status === "published" || status === "outdated";
}

/**
 * The order in which to try locales for a reader: the requested one, the configured fallbacks
 * for it, the entity's source locale, then the site default. Applied at read time only.
 */
/** What a reader of content needs to know of the site: the configured fallbacks and the default locale. */
export type ReadOptions = { fallbacks: Map<Locale, Locale[]>; defaultLocale: Locale };

export function fallbackChain(
  requested: Locale,
  options: { fallbacks: Map<Locale, Locale[]>; sourceLocale: string; defaultLocale: Locale },
): Locale[] {
  const chain: Locale[] = [requested, ...(options.fallbacks.get(requested) ?? [])];
  if (isLocale(options.sourceLocale)) chain.push(options.sourceLocale);
  chain.push(options.defaultLocale);
  return [...new Set(chain)];
}

export type Chosen<T> = {
  translation: T;
  locale: Locale;
  isFallback: boolean;
  /** Serbian written in the other script than the reader's: its reader's fields come transliterated. */
  isTransliterated: boolean;
};

/** The fields of a translation a reader sees as text, and as rendered HTML; never the Markdown source. */
const READER_TEXT_FIELDS = ["title", "summary", "cover_alt", "coverAlt", "objectives"];
const READER_HTML_FIELDS = ["body_html", "bodyHtml"];

/** A translation with its reader's fields in the other Serbian script. */
function inScript<T extends object>(translation: T, to: "sr-Latn" | "sr-Cyrl"): T {
  const out = { ...translation } as Record<string, unknown>;
  for (const key of READER_TEXT_FIELDS) if (typeof out[key] === "string") out[key] = transliterateSerbian(out[key], to);
  for (const key of READER_HTML_FIELDS) if (typeof out[key] === "string") out[key] = transliterateSerbianHtml(out[key], to);
  return out as T;
}

/**
 * Picks the first readable translation along the chain; never writes anything back. Serbian in the
 * other script than the reader's (the first of the chain) comes with its title, summary, objectives,
 * alt text and rendered body transliterated into the reader's script, and `isTransliterated` set.
 */
export function chooseTranslation<T extends { locale: string; status: StoredStatus }>(
  translations: readonly T[],
  chain: readonly Locale[],
): Chosen<T> | undefined {
  for (const locale of chain) {
    const translation = translations.find((t) => t.locale === locale && isReadable(t.status));
    if (!translation) continue;
    const to = chain[0] ? serbianTarget(locale, chain[0]) : undefined;
    return {
      translation: to ? inScript(translation, to) : translation,
      locale,
      isFallback: locale !== chain[0],
      isTransliterated: to !== undefined,
    };
  }
  return undefined;
}

/** A plain text in the reader's script: transliterated when `transliterateTo` is set, else as it is. */
export function inReaderScript(text: string, transliterateTo: "sr-Latn" | "sr-Cyrl" | undefined): string {
  return transliterateTo ? transliterateSerbian(text, transliterateTo) : text;
}

/** Locales in which an entity can be read, for the language switcher and hreflang. */
export function readableLocales(translations: readonly { locale: string; status: StoredStatus }[]): Locale[] {
  return translations.filter((t) => isReadable(t.status) && isLocale(t.locale)).map((t) => t.locale as Locale);
}

/** A short text kept as a map from locale to text: names, labels, session titles. */
export type LocalizedText = Partial<Record<Locale, string>>;

/** Reads a LocalizedText column; anything that is not a JSON object of strings reads as empty. */
export function parseLocalized(json: string | null | undefined): LocalizedText {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== "object" || Array.isArray(value)) return {};
    const out: LocalizedText = {};
    for (const [k, v] of Object.entries(value)) if (isLocale(k) && typeof v === "string" && v.trim() !== "") out[k] = v;
    return out;
  } catch {
    return {};
  }
}

export type PickedText = { text: string; locale: Locale | undefined; isFallback: boolean; isTransliterated: boolean };

/**
 * The text in the first locale of the chain that has one, else any text at all, else "". Serbian
 * in the other script than the reader's (the first of the chain) comes transliterated into theirs.
 */
export function pickTextDetailed(text: LocalizedText, chain: readonly Locale[]): PickedText {
  const reader = chain[0];
  for (const locale of chain) {
    const value = text[locale];
    if (!value) continue;
    const to = reader ? serbianTarget(locale, reader) : undefined;
    return { text: inReaderScript(value, to), locale, isFallback: locale !== reader, isTransliterated: to !== undefined };
  }
  const other = (Object.keys(text) as Locale[]).find((l) => text[l]);
  return { text: other ? (text[other] ?? "") : "", locale: other, isFallback: other !== undefined, isTransliterated: false };
}

/** The text in the first locale of the chain that has one (in the reader's Serbian script), else any text at all, else "". */
export function pickText(text: LocalizedText, chain: readonly Locale[]): string {
  return pickTextDetailed(text, chain).text;
}
