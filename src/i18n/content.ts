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
  /**
   * Set when the text is Serbian in the other script than the reader's: the script to show it in.
   * The caller transliterates the reader's fields with `inReaderScript` / `inReaderScriptHtml`.
   */
  transliterateTo?: "sr-Latn" | "sr-Cyrl" | undefined;
};

/** Picks the first readable translation along the chain; never writes anything back. */
export function chooseTranslation<T extends { locale: string; status: StoredStatus }>(
  translations: readonly T[],
  chain: readonly Locale[],
): Chosen<T> | undefined {
  for (const locale of chain) {
    const translation = translations.find((t) => t.locale === locale && isReadable(t.status));
    if (translation) {
      const transliterateTo = chain[0] ? serbianTarget(locale, chain[0]) : undefined;
      return { translation, locale, isFallback: locale !== chain[0], ...(transliterateTo ? { transliterateTo } : {}) };
    }
  }
  return undefined;
}

/** A chosen plain text in the reader's script: transliterated when `transliterateTo` is set, else as it is. */
export function inReaderScript(text: string, transliterateTo: "sr-Latn" | "sr-Cyrl" | undefined): string {
  return transliterateTo ? transliterateSerbian(text, transliterateTo) : text;
}

/** A chosen rendered HTML in the reader's script: only its text nodes change. */
export function inReaderScriptHtml(html: string, transliterateTo: "sr-Latn" | "sr-Cyrl" | undefined): string {
  return transliterateTo ? transliterateSerbianHtml(html, transliterateTo) : html;
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
