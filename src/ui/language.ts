import type { LocalizedText } from "../i18n/content.ts";
import type { Locale } from "../i18n/locales.ts";
import type { View } from "../web/context.ts";

/** `lang` for a text shown in another language than the interface's. */
export const langOf = (v: View, locale: Locale) => (locale === v.locale ? undefined : locale);

/** A short translatable text in the reader's language, else in any language it has. */
export function pickFor(v: View, text: LocalizedText): string {
  for (const l of [v.locale, ...v.locales]) if (text[l]) return text[l] as string;
  return Object.values(text).find((t) => t) ?? "";
}
