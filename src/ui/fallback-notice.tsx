import { LOCALE_INFO, type Locale } from "../i18n/locales.ts";
import type { View } from "../web/context.ts";

/** Tells the reader the text is not (yet, or not fully) in their language. */
export function FallbackNotice({
  v,
  shownIn,
  isOutdated,
  isTransliterated = false,
}: {
  v: View;
  shownIn: Locale;
  isOutdated: boolean;
  /** Serbian written in the other script, shown transliterated into the reader's. */
  isTransliterated?: boolean;
}) {
  if (isTransliterated) {
    return (
      <p class="fallback" role="note">
        {v.t("content.transliterated", { language: LOCALE_INFO[shownIn].name })}
      </p>
    );
  }
  if (shownIn !== v.locale) {
    return (
      <p class="fallback" role="note">
        {v.t("content.fallback", { language: LOCALE_INFO[shownIn].name })}
      </p>
    );
  }
  if (isOutdated) {
    return (
      <p class="fallback" role="note">
        {v.t("content.outdated")}
      </p>
    );
  }
  return null;
}
