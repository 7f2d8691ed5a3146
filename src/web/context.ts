import type { Session, User } from "../access/identity.ts";
import type { Actor, Permission } from "../access/policy.ts";
import type { Clock } from "../clock.ts";
import type { Config } from "../config.ts";
import type { Db, Engine } from "../db/index.ts";
import type { Mailer } from "../email/mailer.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Translate } from "../i18n/messages.ts";

/**
 * Every route declares who may reach it. "public": anyone; "signed-in": any account with its second
 * factor done; "two-factor": an account between password and second factor; or a permission.
 */
export type Access = "public" | "signed-in" | "two-factor" | Permission;

export type Services = {
  config: Config;
  db: Db;
  engine: Engine;
  clock: Clock;
  secret: string;
  mailer: Mailer;
};

/** What a view needs to know about the request it renders for. */
export type View = {
  locale: Locale;
  t: Translate;
  user: User | null;
  csrf: string;
  /** The path without its locale prefix, for the language switcher; undefined off the public site. */
  path: string | undefined;
  /** Locales this page really exists in; the switcher lists only these. */
  alternates: readonly Locale[];
  /** The language the page's text is really in, when a fallback shows another one than `locale`. */
  contentLocale?: Locale | undefined;
  siteName: string;
  locales: readonly Locale[];
  baseUrl: URL;
  /** A short notice after a form was saved, from ?done=… */
  notice?: string | undefined;
};

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
    /** Anonymous GETs of this route may be served from the micro-cache. */
    isCached?: boolean;
  }
  interface FastifyRequest {
    locale: Locale;
    t: Translate;
    session: Session | null;
    user: User | null;
    actor: Actor | null;
    /** The path after the locale prefix on the public site: "/pages/about". */
    sitePath: string | undefined;
    csrfToken(): string;
  }
}
