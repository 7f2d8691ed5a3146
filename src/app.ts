import cookie from "@fastify/cookie";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyRequest, LogController } from "fastify";
import helmet, { type HelmetOptions } from "helmet";
import { toActor } from "./access/identity.ts";
import { can } from "./access/policy.ts";
import { registerAdminRoutes } from "./admin/routes.tsx";
import { registerApiRoutes } from "./api/routes.ts";
import { registerCatalogueRoutes } from "./catalogue/index.ts";
import { registerCommentRoutes } from "./comments/index.ts";
import { registerPageRoutes } from "./content/index.ts";
import { databaseFault } from "./db/index.ts";
import { registerDiscoveryRoutes } from "./discovery/index.ts";
import { AppError } from "./errors.ts";
import {
  registerEventAdminRoutes,
  registerEventSiteRoutes,
  registerMaterialAdminRoutes,
  registerRegistrationAdminRoutes,
} from "./events/index.ts";
import { registerHubRoutes } from "./hubs/routes.tsx";
import { LOCALE_INFO, type Locale, localeFromSegment, negotiateLocale } from "./i18n/locales.ts";
import { translator } from "./i18n/messages.ts";
import { findRedirect } from "./import/redirects.ts";
import { registerLibraryRoutes } from "./library/index.ts";
import type { Logger } from "./log.ts";
import { findSession, registerPeopleRoutes, userForApiToken } from "./people/index.ts";

import { registerPostRoutes } from "./posts/index.ts";
import { registerSiteRoutes, renderError } from "./site/routes.tsx";
import { registerSearchRoutes } from "./site/search-routes.tsx";
import { ASSET_DIR } from "./ui/assets.ts";
import type { Access, Services } from "./web/context.ts";
import { clearSessionCookie, LANGUAGE_COOKIE, sessionCookieName } from "./web/cookies.ts";
import { createCsrfToken, isValidCsrfToken } from "./web/csrf.ts";
import { addStrictBodyParsers, refuseUnacceptable } from "./web/input.ts";
import { etagOf, isNotModified, MicroCache, preferredEncoding } from "./web/micro-cache.ts";
import { dbRateLimitStore } from "./web/rate-limit.ts";

/** The locale a request without a language in its address is answered in. */
function negotiatedLocale(req: FastifyRequest, services: Services): Locale {
  const { locales, defaultLocale } = services.config;
  const fromCookie = localeFromSegment(req.cookies[LANGUAGE_COOKIE]);
  if (fromCookie && locales.includes(fromCookie)) return fromCookie;
  const fromAccount = req.user?.uiLocale;
  if (fromAccount && locales.includes(fromAccount)) return fromAccount;
  return negotiateLocale(req.headers["accept-language"], locales) ?? defaultLocale;
}

/** Every route with the access it declares: what the role-matrix test walks. */
export type RouteEntry = { method: string; url: string; access: Access };

declare module "fastify" {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Powerful browser features no page of ours uses, off for every page and anything it embeds. */
const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()";

/**
 * Builds the web application: plugins, request context (locale, session, CSRF), the access check
 * every route declares, one error handler, and the routes of every domain.
 */
export async function buildApp(services: Services, log: Logger): Promise<FastifyInstance> {
  const { config } = services;
  const app = Fastify({
    loggerInstance: log as FastifyBaseLogger,
    // One line per request is written in onResponse, without addresses or query strings.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
    forceCloseConnections: "idle",
    routerOptions: { ignoreTrailingSlash: false, maxParamLength: 200 },
    // An address Fastify cannot decode (`%FF`, an encoded lone surrogate) is a bad request, on our own error page.
    frameworkErrors: (error, req, reply) => {
      const locale = localeFromSegment(req.url.split("/")[1]);
      req.locale = locale && config.locales.includes(locale) ? locale : config.defaultLocale;
      req.t = translator(req.locale);
      // The request has not been through our hooks: it is answered as for a visitor without a session.
      req.session = null;
      req.user = null;
      req.actor = null;
      req.sitePath = undefined;
      req.csrfToken = () => createCsrfToken(services.secret, "anonymous", services.clock.now());
      reply.headers(securityHeaders);
      void renderError(reply, req, services, toAppError(error));
    },
  });

  const pageCache = new MicroCache();
  const routes: RouteEntry[] = [];
  app.decorate("routeTable", routes);
  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/assets/") || route.method === "HEAD") return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} declares no access`);
    routes.push({ method: String(route.method), url: route.url, access });
  });

  await app.register(cookie);
  addStrictBodyParsers(app);
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 5, fields: 200 } });
  // Security headers are the same on every response: helmet computes them once, at start.
  const securityHeaders = computeSecurityHeaders({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        ...(config.isHttps ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: config.isHttps ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "same-origin" },
    crossOriginEmbedderPolicy: false,
  });
  securityHeaders["Permissions-Policy"] = PERMISSIONS_POLICY;
  app.addHook("onRequest", (_req, reply, done) => {
    reply.headers(securityHeaders);
    done();
  });
  await app.register(rateLimit, {
    global: false,
    store: dbRateLimitStore(services),
    keyGenerator: (req) => req.ip,
    errorResponseBuilder: () => new AppError("RATE_LIMITED"),
  });
  await app.register(fastifyStatic, {
    root: ASSET_DIR,
    prefix: "/assets/",
    cacheControl: false,
    setHeaders(res) {
      res.header("Cache-Control", "public, max-age=31536000, immutable");
    },
  });

  app.decorateRequest("locale", "en");
  app.decorateRequest("t", translator("en"));
  app.decorateRequest("session", null);
  app.decorateRequest("user", null);
  app.decorateRequest("actor", null);
  app.decorateRequest("sitePath", undefined);
  app.decorateRequest("csrfToken", function (this: FastifyRequest) {
    return createCsrfToken(services.secret, this.session?.id ?? "anonymous", services.clock.now());
  });

  app.addHook("onRequest", async (req, reply) => {
    const isApi = req.url.startsWith("/api/");
    // The API ignores the session cookie: it acts only for a bearer token, so it needs no form token.
    const bearer = isApi ? /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1] : undefined;
    if (isApi && req.headers.authorization) {
      const user = bearer ? await userForApiToken(services, bearer) : undefined;
      if (!user) throw new AppError("NOT_SIGNED_IN");
      req.user = user;
      req.actor = toActor(user);
    }
    const token = isApi ? undefined : req.cookies[sessionCookieName(services)];
    if (token) {
      const session = await findSession(services, token);
      if (session) {
        req.session = session;
        if (session.isTwoFactorDone) {
          req.user = session.user;
          req.actor = toActor(session.user);
        }
      } else {
        clearSessionCookie(reply, services);
      }
    }
    const segment = (req.params as { locale?: string } | undefined)?.locale;
    if (segment !== undefined) {
      const locale = localeFromSegment(segment);
      if (!locale || !config.locales.includes(locale)) throw new AppError("NOT_FOUND");
      req.locale = locale;
      // Following a link to another language remembers nothing: only a choice posted to /language does.
      req.sitePath = (req.url.split("?")[0] ?? "").slice(segment.length + 1) || "/";
    } else {
      req.locale = negotiatedLocale(req, services);
    }
    req.t = translator(req.locale);
    // A NUL or a broken character in the address is refused here, in the reader's language, before any route reads it.
    refuseUnacceptable(req.params);
    refuseUnacceptable(req.query);

    const access = req.routeOptions.config.access;
    if (req.routeOptions.config.isCached && !req.session && req.method === "GET") {
      const cached = pageCache.entry(req.url, Date.now());
      if (cached !== undefined) {
        reply.header("X-Cache", "hit").header("ETag", cached.etag).header("Vary", "Accept-Encoding");
        if (isNotModified(req.headers["if-none-match"], cached.etag)) return reply.code(304).send();
        reply.type("text/html; charset=utf-8");
        const encoding = preferredEncoding(req.headers["accept-encoding"]);
        if (!encoding) return reply.send(cached.body);
        return reply.header("Content-Encoding", encoding).send(MicroCache.encoded(cached, encoding));
      }
    }
    if (!access || access === "public") return;
    if (access === "two-factor") {
      if (!req.session || req.session.isTwoFactorDone) throw new AppError("NOT_SIGNED_IN");
      return;
    }
    if (!req.user) throw new AppError("NOT_SIGNED_IN");
    if (access !== "signed-in" && !can(req.actor, access)) throw new AppError("FORBIDDEN");
  });

  app.addHook("preValidation", async (req) => {
    refuseUnacceptable(req.body);
    if (!UNSAFE_METHODS.has(req.method)) return;
    if (req.url.startsWith("/api/")) return;
    const origin = req.headers.origin;
    if (origin && origin !== config.baseUrl.origin && origin !== `${req.protocol}://${req.host}`) {
      throw new AppError("CSRF_INVALID");
    }
    const token = (req.body as Record<string, unknown> | undefined)?._csrf ?? req.headers["x-csrf-token"];
    if (!isValidCsrfToken(services.secret, req.session?.id ?? "anonymous", token, services.clock.now())) {
      throw new AppError("CSRF_INVALID");
    }
  });

  app.addHook("onSend", async (req, reply, payload) => {
    if (req.session || reply.getHeader("set-cookie")) reply.header("Cache-Control", "private, no-store");
    const isCacheable = req.routeOptions.config?.isCached && !req.session && req.method === "GET" && reply.statusCode === 200;
    if (isCacheable && typeof payload === "string" && !reply.hasHeader("X-Cache")) {
      // A page anyone gets alike carries a tag of its bytes; a client that holds them gets a 304.
      const etag = etagOf(payload);
      pageCache.set(req.url, payload, Date.now(), etag);
      reply.header("ETag", etag).header("Vary", "Accept-Encoding");
      if (isNotModified(req.headers["if-none-match"], etag)) {
        reply.code(304);
        return "";
      }
      // Compressed once and kept with the cache entry, so the visitors after this one get the same bytes for free.
      const encoding = preferredEncoding(req.headers["accept-encoding"]);
      const entry = encoding ? pageCache.entry(req.url, Date.now()) : undefined;
      if (encoding && entry) {
        reply.header("Content-Encoding", encoding);
        return MicroCache.encoded(entry, encoding);
      }
    }
    return payload;
  });

  app.addHook("onResponse", async (req, reply) => {
    req.log.info(
      {
        method: req.method,
        route: req.routeOptions.url ?? "(no route)",
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      "request",
    );
  });

  app.setErrorHandler(async (error, req, reply) => {
    const appError = toAppError(error);
    const fault = databaseFault(error);
    if (fault) {
      // The cause by its code only (SQLITE_FULL, 57P01, ENOSPC…): the message of a database error may quote values.
      req.log.error(
        { route: req.routeOptions.url, cause: fault.code },
        fault.kind === "full" ? "database full: writes fail until space is freed" : "database unavailable",
      );
    } else if (appError.code === "INTERNAL") {
      req.log.error(
        { route: req.routeOptions.url, err: { message: (error as Error).message, stack: (error as Error).stack } },
        "request failed",
      );
    }
    if (appError.code === "NOT_SIGNED_IN" && req.method === "GET" && !req.url.startsWith("/api/")) {
      return reply.redirect(`/${LOCALE_INFO[req.locale].segment}/account/sign-in?next=${encodeURIComponent(req.url)}`);
    }
    // An old one-segment address (a WordPress page: /about/) matches /:locale routes before the 404 handler.
    if (appError.code === "NOT_FOUND" && (req.method === "GET" || req.method === "HEAD")) {
      const to = await findRedirect(services, req.url);
      if (to) return reply.redirect(to, 301);
    }
    return renderError(reply, req, services, appError);
  });

  app.setNotFoundHandler(async (req, reply) => {
    if (req.method === "GET" || req.method === "HEAD") {
      const to = await findRedirect(services, req.url);
      if (to) return reply.redirect(to, 301);
    }
    const segment = req.url.split("/")[1];
    const locale = localeFromSegment(segment);
    if (locale && config.locales.includes(locale)) {
      req.locale = locale;
      req.t = translator(locale);
    }
    return renderError(reply, req, services, new AppError("NOT_FOUND"));
  });

  registerSiteRoutes(app, services);
  registerPeopleRoutes(app, services);
  registerPageRoutes(app, services);
  registerAdminRoutes(app, services);
  registerEventSiteRoutes(app, services);
  registerEventAdminRoutes(app, services);
  registerRegistrationAdminRoutes(app, services);
  registerMaterialAdminRoutes(app, services);
  registerCatalogueRoutes(app, services);
  registerApiRoutes(app, services);
  registerPostRoutes(app, services);
  registerHubRoutes(app, services);
  registerCommentRoutes(app, services);
  registerLibraryRoutes(app, services);
  registerDiscoveryRoutes(app, services);
  registerSearchRoutes(app, services);
  return app;
}

/** Turns anything thrown into an AppError: Fastify's own client errors keep their 4xx meaning. */
function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (databaseFault(error)) return new AppError("UNAVAILABLE");
  const e = error as { statusCode?: number; code?: string };
  if (e.code === "FST_ERR_CTP_BODY_TOO_LARGE" || e.code === "FST_REQ_FILE_TOO_LARGE" || e.statusCode === 413) {
    return new AppError("PAYLOAD_TOO_LARGE");
  }
  if (e.statusCode === 429) return new AppError("RATE_LIMITED");
  if (e.statusCode === 404) return new AppError("NOT_FOUND");
  if (typeof e.statusCode === "number" && e.statusCode >= 400 && e.statusCode < 500) return new AppError("BAD_REQUEST");
  return new AppError("INTERNAL");
}

/** The headers helmet sets for these options, captured once from its middleware. */
function computeSecurityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => {
      headers[name] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name];
    },
  };
  helmet(options)({} as never, response as never, () => {});
  return headers;
}
