import { LOCALE_INFO, localePath } from "../i18n/locales.ts";
import type { View } from "../web/context.ts";

/**
 * A small link to the printable A4 poster of this page (`<path>/poster.pdf`) in the reader's
 * language, and a fold-out list of the poster in the other languages the page exists in.
 * `path` is the page's path without the locale: "/library/harm-reduction-guide".
 */
export function PosterLink({ v, path }: { v: View; path: string }) {
  const others = v.alternates.filter((l) => l !== v.locale);
  return (
    <div class="poster-link">
      <a href={localePath(v.locale, `${path}/poster.pdf`)} rel="nofollow" type="application/pdf">
        {v.t("discovery.poster.link")}
      </a>
      {others.length > 0 ? (
        <details>
          <summary>{v.t("discovery.poster.otherLanguages")}</summary>
          <ul>
            {others.map((l) => (
              <li>
                <a href={localePath(l, `${path}/poster.pdf`)} rel="nofollow" type="application/pdf" hreflang={l} lang={l}>
                  {LOCALE_INFO[l].name}
                </a>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
