import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { listPublishedPages, readPage } from "../content/index.ts";
import { databaseFault, isSchemaCurrent, ping, probeWrite } from "../db/index.ts";
import { FeedLinks } from "../discovery/index.ts";
import { AppError, ERROR_CODES } from "../errors.ts";
import { LOCALE_INFO, type Locale, localeFromSegment, localePath } from "../i18n/locales.ts";
import { findRedirect } from "../import/redirects.ts";
import { setUiLocale } from "../people/index.ts";
import { listPublicPosts, PostItem, type PostSummary } from "../posts/index.ts";

import { FallbackNotice } from "../ui/fallback-notice.tsx";
import { AdminLayout, PageMeta, SiteLayout } from "../ui/layout.tsx";
import type { Services, View } from "../web/context.ts";
import { cookieOptions, LANGUAGE_COOKIE } from "../web/cookies.ts";
import { formValues } from "../web/forms.ts";
import { safeNext } from "../web/next.ts";
import { seeOther, sendPage, viewOf } from "../web/render.ts";

type HomeProps = {
  v: View;
  intro: Awaited<ReturnType<typeof readPage>>;
  pages: Awaited<ReturnType<typeof listPublishedPages>>;
  news: PostSummary[];
};

function HomeView({ v, intro, pages, news }: HomeProps) {
  const listed = pages.filter((p) => p.page.slug !== "home");
  return (
    <SiteLayout
      v={v}
      title={intro?.translation.title ?? v.siteName}
      description={intro?.translation.summary}
      head={
        <>
          <PageMeta v={v} title={intro?.translation.title ?? v.siteName} description={intro?.translation.summary} />
          <FeedLinks v={v} />
        </>
      }
    >
      <section class="hero" lang={intro?.locale ?? v.locale}>
        {intro ? <FallbackNotice v={v} shownIn={intro.locale} isOutdated={intro.isOutdated} /> : null}
        <h1>{intro?.translation.title ?? v.siteName}</h1>
        {intro?.translation.summary ? <p class="lead">{intro.translation.summary}</p> : null}
        {intro ? <div class="prose" dangerouslySetInnerHTML={{ __html: intro.translation.bodyHtml }} /> : null}
      </section>
      {news.length > 0 ? (
        <section aria-labelledby="news-title">
          <h2 id="news-title">{v.t("home.latestNews")}</h2>
          <ol class="post-list">
            {news.map((item) => (
              <PostItem v={v} item={item} level={3} />
            ))}
          </ol>
          <p>
            <a href={localePath(v.locale, "/news")}>{v.t("home.allNews")}</a>
          </p>
        </section>
      ) : null}
      {listed.length > 0 ? (
        <section aria-labelledby="pages-title">
          <h2 id="pages-title">{v.t("home.pages")}</h2>
          <ul class="cards">
            {listed.map((p) => (
              <li class="card" lang={p.locale}>
                <h3>
                  <a href={localePath(v.locale, `/pages/${p.page.slug}`)}>{p.title}</a>
                </h3>
                {p.summary ? <p>{p.summary}</p> : null}
                {p.isFallback ? <p class="meta">{v.t("content.fallbackShort", { language: LOCALE_INFO[p.locale].name })}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </SiteLayout>
  );
}

function ErrorView({ v, error, isAdmin }: { v: View; error: AppError; isAdmin: boolean }) {
  const Layout = isAdmin ? AdminLayout : SiteLayout;
  const message = v.t(ERROR_CODES[error.code].message);
  return (
    <Layout v={v} title={message}>
      <h1>{message}</h1>
      {Object.keys(error.fields).length > 0 ? (
        <ul>
          {Object.values(error.fields).map((key) => (
            <li>{v.t(key)}</li>
          ))}
        </ul>
      ) : null}
      <p>
        <a href={isAdmin ? "/admin" : localePath(v.locale)}>{isAdmin ? v.t("admin.nav.dashboard") : v.t("nav.home")}</a>
      </p>
      <p class="meta">
        {v.t("error.code")} <code>{error.code}</code>
      </p>
    </Layout>
  );
}

/** The one place errors become responses: a page in the reader's language, or JSON under /api. */
export async function renderError(reply: FastifyReply, req: FastifyRequest, services: Services, error: AppError) {
  if (req.url.startsWith("/api/")) {
    // Each field error keeps its stable message key as a code beside the message in the request's language.
    const fields = Object.fromEntries(Object.entries(error.fields).map(([field, key]) => [field, { code: key, message: req.t(key) }]));
    if (error.code === "RATE_LIMITED" && !reply.hasHeader("Retry-After")) reply.header("Retry-After", "60");
    if (error.code === "UNAVAILABLE") reply.header("Retry-After", "10");
    if (error.code === "NOT_SIGNED_IN") reply.header("WWW-Authenticate", 'Bearer realm="api"');
    return reply
      .code(error.status)
      .header("Cache-Control", "no-store")
      .type("application/json; charset=utf-8")
      .send({
        error: {
          code: error.code,
          ...(error.reason ? { reason: error.reason } : {}),
          message: req.t(ERROR_CODES[error.code].message),
          fields,
        },
      });
  }
  if (error.code === "RATE_LIMITED") reply.header("Retry-After", "60");
  if (error.code === "UNAVAILABLE") reply.header("Retry-After", "10");
  const isAdmin = req.url.startsWith("/admin") && req.user !== null;
  const v: View = { ...viewOf(req, services), path: undefined };
  return sendPage(reply, <ErrorView v={v} error={error} isAdmin={isAdmin} />, error.status);
}

/** Home, language choice, and the health endpoints. */
export function registerSiteRoutes(app: FastifyInstance, services: Services): void {
  const { config } = services;

  app.get("/", { config: { access: "public" } }, async (req, reply) => {
    // Old WordPress addresses by id (/?p=123, /?page_id=4) lead to what they were imported as.
    const to = req.url.includes("?") ? await findRedirect(services, req.url) : undefined;
    if (to) return reply.redirect(to, 301);
    return reply.redirect(localePath(req.locale), 302);
  });

  app.get("/:locale/", { config: { access: "public", isCached: true } }, async (req, reply) => {
    const [intro, pages, news] = await Promise.all([
      readPage(services.db, "home", req.locale, config),
      listPublishedPages(services.db, req.locale, config),
      listPublicPosts(services.db, {}, 1, services.clock.now(), req.locale, config, 3),
    ]);
    return sendPage(reply, <HomeView v={viewOf(req, services)} intro={intro} pages={pages} news={news.items} />);
  });

  app.get<{ Params: { locale: string } }>("/:locale", { config: { access: "public" } }, async (req, reply) => {
    return reply.redirect(`/${req.params.locale}/`, 301);
  });

  /** The language a choice names, if the site offers it. */
  const chosenLocale = (to: unknown): Locale => {
    const locale = typeof to === "string" ? localeFromSegment(to) : undefined;
    if (!locale || !config.locales.includes(locale)) throw new AppError("BAD_REQUEST");
    return locale;
  };
  /** Back where the choice was made: an address on this site, else the admin. */
  const backTo = (req: FastifyRequest, next: unknown): string =>
    safeNext(next, config.baseUrl, safeNext(req.headers.referer, config.baseUrl, "/admin"));

  /**
   * A language chosen by following a link (an old bookmark, a link without a form): remembered in the
   * visitor's browser only. It changes nothing stored, since a GET may be sent by any other site.
   */
  app.get<{ Querystring: { to?: unknown; next?: unknown } }>("/language", { config: { access: "public" } }, async (req, reply) => {
    const locale = chosenLocale(req.query.to);
    reply.setCookie(LANGUAGE_COOKIE, LOCALE_INFO[locale].segment, cookieOptions(services, 31_536_000));
    return reply.redirect(backTo(req, req.query.next), 303);
  });

  /** A language chosen with the switcher's form: remembered in the browser, and on the account when signed in. */
  app.post("/language", { config: { access: "public" } }, async (req, reply) => {
    const values = formValues(req.body);
    const locale = chosenLocale(values.to);
    reply.setCookie(LANGUAGE_COOKIE, LOCALE_INFO[locale].segment, cookieOptions(services, 31_536_000));
    if (req.user) await setUiLocale(services, req.user.id, locale);
    return seeOther(reply, backTo(req, values.next));
  });

  app.get("/healthz", { config: { access: "public" } }, async (_req, reply) => {
    return reply.header("Cache-Control", "no-store").send({ status: "ok" });
  });

  /** Ready while the database answers, its schema is current and it takes writes (a full disk does not). */
  app.get("/readyz", { config: { access: "public" } }, async (req, reply) => {
    reply.header("Cache-Control", "no-store");
    try {
      await ping(services.db);
      if (!(await isSchemaCurrent(services.db))) return reply.code(503).send({ status: "migrations pending" });
      await probeWrite(services.db);
      return reply.send({ status: "ready", database: services.engine });
    } catch (error) {
      const fault = databaseFault(error);
      req.log.warn({ cause: fault?.code ?? "unknown" }, "not ready");
      return reply.code(503).send({ status: fault?.kind === "full" ? "database full" : "database unavailable" });
    }
  });
}
