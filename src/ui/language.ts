import { type LocalizedText, pickText } from "../i18n/content.ts";
import type { Locale } from "../i18n/locales.ts";
import type { View } from "../web/context.ts";

/** `lang` for a text shown in another language than the interface's. */
export const langOf = (v: View, locale: Locale) => (locale === v.locale ? undefined : locale);

/** A short translatable text in the interface's language, else the site's languages in order, else any: `pickText` with the view's chain. */
export function pickFor(v: View, text: LocalizedText): string {
  return pickText(text, [v.locale, ...v.locales]);
}
