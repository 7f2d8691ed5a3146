import type { Child } from "hono/jsx";
import { toActor } from "../access/identity.ts";
import { can } from "../access/policy.ts";
import { LOCALE_INFO, type Locale, localePath } from "../i18n/locales.ts";
import type { View } from "../web/context.ts";
import { assetUrl } from "./assets.ts";

type LayoutProps = {
  v: View;
  title: string;
  description?: string;
  children: Child;
  /** Extra links in <head>, such as canonical and hreflang. */
  head?: Child;
};

/**
 * The canonical address of a page: in its own language when its text is in that language, else
 * (a fallback, such as an English text shown under /ru/) in the language the text is really in.
 */
export function canonicalUrl(v: Pick<View, "locale" | "contentLocale" | "path" | "baseUrl">): string {
  return new URL(localePath(v.contentLocale ?? v.locale, v.path ?? "/"), v.baseUrl).href;
}

/** hreflang alternates and the canonical address for a page that exists in several languages. */
export function LanguageAlternates({ v }: { v: View }) {
  if (v.path === undefined) return null;
  const path = v.path;
  return (
    <>
      <link rel="canonical" href={canonicalUrl(v)} />
      {v.alternates.map((l) => (
        <link rel="alternate" hreflang={l} href={new URL(localePath(l, path), v.baseUrl).href} />
      ))}
    </>
  );
}

/** Open Graph locale names: Facebook's list has one Serbian, written with Latin letters. */
export const OG_LOCALES: Record<Locale, string> = {
  en: "en_GB",
  ru: "ru_RU",
  uk: "uk_UA",
  "sr-Latn": "sr_RS",
  "sr-Cyrl": "sr_RS",
  lt: "lt_LT",
  fr: "fr_FR",
};

/**
 * What a public page tells search engines and link previews: the canonical address, the hreflang
 * alternates and Open Graph tags. `image` is an absolute or site-relative address of a cover.
 */
export function PageMeta(props: {
  v: View;
  title: string;
  description?: string | undefined;
  type?: "website" | "article";
  image?: string | undefined;
  imageAlt?: string | undefined;
  publishedAt?: string | null | undefined;
}) {
  const { v } = props;
  const url = canonicalUrl(v);
  const alternates = [...new Set(v.alternates.filter((l) => l !== v.locale).map((l) => OG_LOCALES[l]))].filter(
    (l) => l !== OG_LOCALES[v.locale],
  );
  return (
    <>
      <LanguageAlternates v={v} />
      <meta property="og:type" content={props.type ?? "website"} />
      <meta property="og:title" content={props.title} />
      {props.description ? <meta property="og:description" content={props.description} /> : null}
      <meta property="og:url" content={url} />
      <meta property="og:site_name" content={v.siteName} />
      <meta property="og:locale" content={OG_LOCALES[v.locale]} />
      {alternates.map((l) => (
        <meta property="og:locale:alternate" content={l} />
      ))}
      {props.image ? <meta property="og:image" content={new URL(props.image, v.baseUrl).href} /> : null}
      {props.image && props.imageAlt ? <meta property="og:image:alt" content={props.imageAlt} /> : null}
      {props.publishedAt ? <meta property="article:published_time" content={props.publishedAt} /> : null}
    </>
  );
}

/**
 * Lists the languages this page exists in, each in its own name. On the public site each is a link
 * that only navigates (the address carries the language); pages without a language in their address
 * (the admin) offer a form that posts the choice, which is remembered, and stored on the account.
 */
export function LanguageSwitcher({ v }: { v: View }) {
  if (v.path === undefined) {
    if (v.locales.length < 2) return null;
    return (
      <nav class="languages" aria-label={v.t("nav.languages")}>
        <form method="post" action="/language">
          <input type="hidden" name="_csrf" value={v.csrf} />
          <ul>
            {v.locales.map((locale) => (
              <li>
                <button
                  type="submit"
                  class="link"
                  name="to"
                  value={LOCALE_INFO[locale].segment}
                  lang={locale}
                  aria-current={locale === v.locale ? "true" : undefined}
                >
                  {LOCALE_INFO[locale].name}
                </button>
              </li>
            ))}
          </ul>
        </form>
      </nav>
    );
  }
  const path = v.path;
  const links = v.alternates.map((l) => ({ locale: l, href: localePath(l, path) }));
  if (links.length < 2) return null;
  return (
    <nav class="languages" aria-label={v.t("nav.languages")}>
      <ul>
        {links.map(({ locale, href }) => (
          <li>
            <a href={href} lang={locale} hreflang={locale} aria-current={locale === v.locale ? "true" : undefined}>
              {LOCALE_INFO[locale].name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Document({ v, title, description, head, children }: LayoutProps) {
  return (
    <html lang={v.locale} dir={LOCALE_INFO[v.locale].dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${v.siteName}`}</title>
        {description ? <meta name="description" content={description} /> : null}
        <link rel="stylesheet" href={assetUrl("style.css")} />
        <script src={assetUrl("app.js")} defer />
        {head}
      </head>
      {children}
    </html>
  );
}

/** The public site: header with the languages, main content, footer. */
export function SiteLayout(props: LayoutProps) {
  const { v } = props;
  return (
    <Document {...props}>
      <body class="site">
        <a class="skip" href="#main">
          {v.t("nav.skip")}
        </a>
        <header class="masthead">
          <div class="wrap">
            <a class="brand" href={localePath(v.locale)}>
              {v.siteName}
            </a>
            <nav aria-label={v.t("nav.main")}>
              <ul class="menu">
                <li>
                  <a href={localePath(v.locale)}>{v.t("nav.home")}</a>
                </li>
                <li>
                  <a href={localePath(v.locale, "/news")}>{v.t("posts.nav")}</a>
                </li>
                <li>
                  <a href={localePath(v.locale, "/events")}>{v.t("site.nav.events")}</a>
                </li>
                <li>
                  <a href={localePath(v.locale, "/library")}>{v.t("library.nav")}</a>
                </li>
                <li>
                  <a href={localePath(v.locale, "/pages/about")}>{v.t("nav.about")}</a>
                </li>
                <li>
                  <a href={localePath(v.locale, "/search")}>{v.t("search.nav")}</a>
                </li>
                <li>
                  {v.user ? (
                    <a href="/admin">{v.t("nav.admin")}</a>
                  ) : (
                    <a href={localePath(v.locale, "/account/sign-in")}>{v.t("nav.signIn")}</a>
                  )}
                </li>
              </ul>
            </nav>
            <LanguageSwitcher v={v} />
          </div>
        </header>
        <main id="main" class="wrap">
          {props.children}
        </main>
        <footer class="footer">
          <div class="wrap">
            <p>{v.t("footer.privacy")}</p>
            <p>
              <a href={localePath(v.locale, "/pages/privacy")}>{v.t("nav.privacy")}</a>
              {" · "}
              <a href={localePath(v.locale, "/pages/contact")}>{v.t("nav.contact")}</a>
            </p>
          </div>
        </footer>
      </body>
    </Document>
  );
}

/** The admin area: a side menu of what this account may do. */
export function AdminLayout(props: LayoutProps) {
  const { v } = props;
  const actor = v.user ? toActor(v.user) : null;
  const items: { href: string; label: string; show: boolean }[] = [
    { href: "/admin", label: v.t("admin.nav.dashboard"), show: true },
    { href: "/admin/pages", label: v.t("admin.nav.pages"), show: can(actor, "pages.translate") },
    { href: "/admin/posts", label: v.t("posts.admin.nav"), show: can(actor, "posts.translate") },
    { href: "/admin/comments", label: v.t("comments.admin.nav"), show: can(actor, "comments.moderate") },
    { href: "/admin/library", label: v.t("library.admin.nav"), show: can(actor, "library.translate") },
    { href: "/admin/events", label: v.t("eventsAdmin.nav"), show: can(actor, "events.manage") || can(actor, "events.translate") },
    { href: "/admin/catalogue-texts", label: v.t("catalogueTexts.title"), show: can(actor, "catalogue.translate") },
    { href: "/admin/organisations", label: v.t("catalogue.organisations.title"), show: can(actor, "catalogue.manage") },
    { href: "/admin/profiles", label: v.t("catalogue.profiles.title"), show: can(actor, "catalogue.manage") },
    { href: "/admin/programmes", label: v.t("catalogue.programmes.title"), show: can(actor, "catalogue.manage") },
    { href: "/admin/series", label: v.t("catalogue.series.title"), show: can(actor, "catalogue.manage") },
    { href: "/admin/topics", label: v.t("catalogue.topics.title"), show: can(actor, "catalogue.manage") },
    { href: "/admin/users", label: v.t("admin.nav.users"), show: can(actor, "users.manage") },
    { href: "/admin/outbox", label: v.t("admin.nav.outbox"), show: can(actor, "outbox.read") },
    { href: "/admin/jobs", label: v.t("admin.nav.jobs"), show: can(actor, "jobs.read") },
    { href: "/admin/audit", label: v.t("admin.nav.audit"), show: can(actor, "audit.read") },
    { href: "/admin/account", label: v.t("admin.nav.account"), show: true },
  ];
  return (
    <Document {...props}>
      <body class="admin">
        <a class="skip" href="#main">
          {v.t("nav.skip")}
        </a>
        <header class="masthead">
          <div class="wrap">
            <a class="brand" href="/admin">
              {v.siteName}
            </a>
            <nav aria-label={v.t("nav.main")}>
              <ul class="menu">
                <li>
                  <a href={localePath(v.locale)}>{v.t("admin.viewSite")}</a>
                </li>
              </ul>
            </nav>
            <LanguageSwitcher v={v} />
          </div>
        </header>
        <div class="wrap admin-grid">
          <nav class="side" aria-label={v.t("admin.nav.label")}>
            <ul>
              {items
                .filter((i) => i.show)
                .map((i) => (
                  <li>
                    <a href={i.href}>{i.label}</a>
                  </li>
                ))}
            </ul>
            {v.user ? (
              <form method="post" action="/admin/sign-out">
                <input type="hidden" name="_csrf" value={v.csrf} />
                <button type="submit" class="link">
                  {v.t("nav.signOut")}
                </button>
              </form>
            ) : null}
          </nav>
          <main id="main">
            {v.notice ? (
              <p class="notice" role="status">
                {v.notice}
              </p>
            ) : null}
            {props.children}
          </main>
        </div>
      </body>
    </Document>
  );
}

/** A plain page for sign-in and other account steps. */
export function AccountLayout(props: LayoutProps) {
  return <SiteLayout {...props} />;
}
