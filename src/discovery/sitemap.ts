import { sql } from "kysely";
import { type CatalogueKind, countEntries, listAddresses } from "../catalogue/index.ts";

import type { Db } from "../db/index.ts";
import { isLocale, type Locale, localePath } from "../i18n/locales.ts";
import { publicTranslation } from "../i18n/translations.ts";

/**
 * sitemap.xml: one <url> per public thing and language it is public in, each listing all its
 * languages as hreflang alternates plus x-default (its source language). Large sites get a
 * sitemap index and numbered files, each read with paged queries.
 */

/** One thing of the site and the languages it can be read in. */
export type SitemapEntry = {
  /** The path without the locale: "/news/some-slug". */
  path: string;
  languages: { locale: Locale; lastmod?: string | undefined }[];
  /** The language for hreflang="x-default". */
  xDefault: Locale;
};

type SiteLocales = { locales: readonly Locale[]; defaultLocale: Locale };

type Source = {
  count(db: Db, now: Date): Promise<number>;
  list(db: Db, now: Date, offset: number, limit: number): Promise<SitemapEntry[]>;
};

/**
 * A file stays under both limits of the protocol (50,000 addresses and 50 MB): with seven
 * languages every <url> carries eight alternates and weighs about a kilobyte.
 */
export const URLS_PER_FILE = 20_000;

/** The home page and the lists of each language. */
const SECTIONS = ["/", "/news", "/events", "/library", "/topics"];

/** Published things with translations: pages, posts, events, resources. */
function translated(spec: {
  table: "pages" | "posts" | "events" | "resources";
  translations: "page_translations" | "post_translations" | "event_translations" | "resource_translations";
  foreignKey: string;
  prefix: string;
  /** Posts go public per language at their own published_at; the others by a flag on the thing. */
  isPerLanguage: boolean;
  site: SiteLocales;
}): Source {
  const isPublic = (now: Date) => (spec.isPerLanguage ? publicTranslation("t", now) : sql`t.status in ('published', 'outdated')`);
  const thingIsPublic = spec.isPerLanguage ? sql`1 = 1` : sql`e.is_published = 1`;
  const hasPublicText = (now: Date) =>
    sql`exists (select 1 from ${sql.table(spec.translations)} t where t.${sql.ref(spec.foreignKey)} = e.id and ${isPublic(now)})`;
  return {
    async count(db, now) {
      const { rows } = await sql<{ n: number | string }>`
        select count(*) as n from ${sql.table(spec.table)} e where ${thingIsPublic} and ${hasPublicText(now)}`.execute(db);
      return Number(rows[0]?.n ?? 0);
    },
    async list(db, now, offset, limit) {
      const { rows: things } = await sql<{ id: string; slug: string; source_locale: string; updated_at: string }>`
        select e.id, e.slug, e.source_locale, e.updated_at from ${sql.table(spec.table)} e
        where ${thingIsPublic} and ${hasPublicText(now)}
        order by e.id limit ${limit} offset ${offset}`.execute(db);
      if (things.length === 0) return [];
      const { rows: texts } = await sql<{ entity_id: string; locale: string; updated_at: string }>`
        select t.${sql.ref(spec.foreignKey)} as entity_id, t.locale, t.updated_at from ${sql.table(spec.translations)} t
        where t.${sql.ref(spec.foreignKey)} in (${sql.join(things.map((t) => t.id))}) and ${isPublic(now)}`.execute(db);
      const changed = new Map(texts.map((t) => [`${t.entity_id} ${t.locale}`, t.updated_at]));
      return things.map((thing) => {
        const languages = spec.site.locales.flatMap((locale) => {
          const updatedAt = changed.get(`${thing.id} ${locale}`);
          return updatedAt === undefined ? [] : [{ locale, lastmod: later(thing.updated_at, updatedAt) }];
        });
        return { path: `${spec.prefix}/${thing.slug}`, languages, xDefault: xDefaultOf(thing.source_locale, languages, spec.site) };
      });
    },
  };
}

/** Catalogue pages (topics, programmes, series, organisations, people): shown in every language of the site. */
function everywhere(kind: CatalogueKind, prefix: string, site: SiteLocales): Source {
  return {
    count: (db) => countEntries(db, kind),
    async list(db, _now, offset, limit) {
      const slugs = await listAddresses(db, kind, offset, limit);
      return slugs.map((slug) => ({
        path: `${prefix}/${slug}`,
        languages: site.locales.map((locale) => ({ locale })),
        xDefault: site.defaultLocale,
      }));
    },
  };
}

function sections(site: SiteLocales): Source {
  return {
    count: async () => SECTIONS.length,
    list: async (_db, _now, offset, limit) =>
      SECTIONS.slice(offset, offset + limit).map((path) => ({
        path,
        languages: site.locales.map((locale) => ({ locale })),
        xDefault: site.defaultLocale,
      })),
  };
}

function sourcesOf(site: SiteLocales): Source[] {
  return [
    sections(site),
    translated({ table: "pages", translations: "page_translations", foreignKey: "page_id", prefix: "/pages", isPerLanguage: false, site }),
    translated({ table: "posts", translations: "post_translations", foreignKey: "post_id", prefix: "/news", isPerLanguage: true, site }),
    translated({
      table: "events",
      translations: "event_translations",
      foreignKey: "event_id",
      prefix: "/events",
      isPerLanguage: false,
      site,
    }),
    translated({
      table: "resources",
      translations: "resource_translations",
      foreignKey: "resource_id",
      prefix: "/library",
      isPerLanguage: false,
      site,
    }),
    everywhere("topics", "/topics", site),
    everywhere("programmes", "/programmes", site),
    everywhere("series", "/series", site),
    everywhere("organisations", "/organisations", site),
    everywhere("profiles", "/people", site),
  ];
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}

function xDefaultOf(sourceLocale: string, languages: readonly { locale: Locale }[], site: SiteLocales): Locale {
  const has = (l: string) => languages.some((x) => x.locale === l);
  if (isLocale(sourceLocale) && has(sourceLocale)) return sourceLocale;
  if (has(site.defaultLocale)) return site.defaultLocale;
  return languages[0]?.locale ?? site.defaultLocale;
}

/** How many things go in one file, so that their addresses in every language stay under `urlsPerFile`. */
function thingsPerFile(site: SiteLocales, urlsPerFile: number): number {
  return Math.max(1, Math.floor(urlsPerFile / Math.max(1, site.locales.length)));
}

export type SitemapPlan = { files: number; counts: number[]; perFile: number };

/** Counts the public things once and says how many files the sitemap needs. */
export async function planSitemap(db: Db, site: SiteLocales, now: Date, urlsPerFile = URLS_PER_FILE): Promise<SitemapPlan> {
  const counts = await Promise.all(sourcesOf(site).map((s) => s.count(db, now)));
  const perFile = thingsPerFile(site, urlsPerFile);
  const total = counts.reduce((a, b) => a + b, 0);
  return { files: Math.max(1, Math.ceil(total / perFile)), counts, perFile };
}

/** The things of file `n` (1-based) of the plan: a slice across the sources in a fixed order. */
export async function sitemapEntries(db: Db, site: SiteLocales, now: Date, plan: SitemapPlan, n: number): Promise<SitemapEntry[]> {
  const sources = sourcesOf(site);
  let from = (n - 1) * plan.perFile;
  let room = plan.perFile;
  const out: SitemapEntry[] = [];
  for (const [i, source] of sources.entries()) {
    const count = plan.counts[i] ?? 0;
    if (room <= 0) break;
    if (from >= count) {
      from -= count;
      continue;
    }
    const take = Math.min(room, count - from);
    out.push(...(await source.list(db, now, from, take)));
    room -= take;
    from = 0;
  }
  return out;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A <urlset> with hreflang alternates for the entries. */
export function writeUrlSet(entries: readonly SitemapEntry[], baseUrl: URL): string {
  const href = (locale: Locale, path: string) => escapeXml(new URL(localePath(locale, path), baseUrl).href);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  for (const entry of entries) {
    const alternates = entry.languages.map(
      (l) => `<xhtml:link rel="alternate" hreflang="${l.locale}" href="${href(l.locale, entry.path)}"/>`,
    );
    alternates.push(`<xhtml:link rel="alternate" hreflang="x-default" href="${href(entry.xDefault, entry.path)}"/>`);
    for (const language of entry.languages) {
      out.push("<url>", `<loc>${href(language.locale, entry.path)}</loc>`);
      if (language.lastmod) out.push(`<lastmod>${escapeXml(language.lastmod)}</lastmod>`);
      out.push(...alternates, "</url>");
    }
  }
  out.push("</urlset>", "");
  return out.join("\n");
}

/** A <sitemapindex> of the numbered files /sitemap-1.xml … /sitemap-<files>.xml. */
export function writeSitemapIndex(files: number, baseUrl: URL): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'];
  for (let n = 1; n <= files; n++) out.push(`<sitemap><loc>${escapeXml(new URL(`/sitemap-${n}.xml`, baseUrl).href)}</loc></sitemap>`);
  out.push("</sitemapindex>", "");
  return out.join("\n");
}

/** robots.txt: everything may be crawled but the admin and the API; where the sitemap is. */
export function writeRobots(baseUrl: URL): string {
  return [
    "User-agent: *",
    "Allow: /",
    "Disallow: /admin",
    "Disallow: /api/",
    "",
    `Sitemap: ${new URL("/sitemap.xml", baseUrl).href}`,
    "",
  ].join("\n");
}
