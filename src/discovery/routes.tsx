import { readFileSync } from "node:fs";
import path from "node:path";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { findTopic } from "../catalogue/index.ts";
import { readPage } from "../content/index.ts";
import { AppError } from "../errors.ts";
import { type Occurrence, occurrenceTime, readEvent } from "../events/index.ts";

import { fallbackChain, pickText } from "../i18n/content.ts";
import { countryName, dateRange, languageName } from "../i18n/formats.ts";
import { LOCALE_INFO, type Locale, localePath } from "../i18n/locales.ts";
import { readResource } from "../library/index.ts";
import { readPost } from "../posts/index.ts";
import { ASSET_DIR } from "../ui/assets.ts";
import type { Services } from "../web/context.ts";
import { FEED_CONTENT_TYPES, type FeedFormat, writeFeed } from "./feeds.ts";
import { cachedPoster, type PosterInput } from "./poster.ts";
import { listFeedPosts } from "./read.ts";
import { planSitemap, sitemapEntries, writeRobots, writeSitemapIndex, writeUrlSet } from "./sitemap.ts";

type SlugParams = { locale: string; slug: string };

/** What a poster prints besides the site's name and the address: read for one kind of thing. */
type PosterText = Pick<PosterInput, "title" | "summary" | "facts" | "updatedAt"> & { lang: Locale };

const FEED_SIZE = 20;

/** Posters, RSS and Atom feeds, sitemap.xml and robots.txt: how people and machines find things. */
export function registerDiscoveryRoutes(app: FastifyInstance, services: Services): void {
  const { config, db, clock } = services;

  // ---- Posters ----

  const posterReaders: Record<string, (req: FastifyRequest<{ Params: SlugParams }>) => Promise<PosterText | undefined>> = {
    library: async (req) => {
      const read = await readResource(db, req.params.slug, req.locale, config, clock.now());
      if (!read) return undefined;
      const codes = read.files.length > 0 ? read.files.map((f) => f.locale) : read.availableIn;
      const languages = codes.map((code) => languageName(req.locale, code)).join(", ");
      return {
        title: read.title,
        summary: read.summary,
        facts: codes.length > 0 ? [req.t("discovery.poster.availableIn", { languages })] : [],
        updatedAt: read.resource.updatedAt,
        lang: read.locale,
      };
    },
    pages: async (req) => {
      const read = await readPage(db, req.params.slug, req.locale, config);
      if (!read) return undefined;
      return {
        title: read.translation.title,
        summary: read.translation.summary,
        facts: [],
        updatedAt: read.page.updatedAt,
        lang: read.locale,
      };
    },
    events: async (req) => {
      const read = await readEvent(db, req.params.slug, req.locale, config);
      if (!read) return undefined;
      const { event } = read;
      const when = whenText(req.locale, read.occurrences, event.timeZone, clock.now());
      const where = event.isOnline
        ? req.t("events.online")
        : [event.venue, event.address, read.city, event.country ? countryName(req.locale, event.country) : ""].filter((p) => p).join(", ");
      const facts = [when ? req.t("discovery.poster.when", { when }) : "", where ? req.t("discovery.poster.where", { where }) : ""];
      return { title: read.title, summary: read.summary, facts: facts.filter((f) => f), updatedAt: event.updatedAt, lang: read.locale };
    },
    news: async (req) => {
      const read = await readPost(db, req.params.slug, req.locale, clock.now(), config);
      if (!read) return undefined;
      return { title: read.title, summary: read.summary, facts: [], updatedAt: read.post.updatedAt, lang: read.locale };
    },
  };

  for (const [section, readText] of Object.entries(posterReaders)) {
    app.get<{ Params: SlugParams }>(`/:locale/${section}/:slug/poster.pdf`, { config: { access: "public" } }, async (req, reply) => {
      const text = await readText(req);
      if (!text) throw new AppError("NOT_FOUND");
      const path = `/${section}/${req.params.slug}`;
      const pdf = await cachedPoster({
        ...text,
        siteName: config.siteName,
        url: new URL(localePath(req.locale, path), config.baseUrl).href,
        scanHint: req.t("discovery.poster.scan"),
      });
      const fileName = `poster-${req.params.slug}-${LOCALE_INFO[req.locale].segment}.pdf`;
      return reply
        .type("application/pdf")
        .header("Content-Disposition", `inline; filename="${fileName}"`)
        .header("Cache-Control", "public, max-age=600")
        .header("X-Content-Type-Options", "nosniff")
        .send(pdf);
    });
  }

  // ---- Feeds ----

  async function sendFeed(req: FastifyRequest, reply: FastifyReply, format: FeedFormat, topicSlug?: string) {
    const found = topicSlug === undefined ? undefined : await findTopic(db, { slug: topicSlug });
    if (topicSlug !== undefined && !found) throw new AppError("NOT_FOUND");
    const chain = fallbackChain(req.locale, { ...config, sourceLocale: config.defaultLocale });
    const topic = found && { id: found.id, slug: found.slug, name: pickText(found.name, chain) || found.slug };
    const posts = await listFeedPosts(db, req.locale, { ...config, topicId: topic?.id, limit: FEED_SIZE }, clock.now());
    const site = config.siteName;
    const xml = writeFeed(format, {
      locale: req.locale,
      baseUrl: config.baseUrl,
      siteName: site,
      title: topic ? req.t("discovery.feed.topicTitle", { site, topic: topic.name }) : req.t("discovery.feed.title", { site }),
      description: topic
        ? req.t("discovery.feed.topicDescription", { site, topic: topic.name })
        : req.t("discovery.feed.description", { site }),
      pagePath: topic ? `/topics/${topic.slug}` : "/news",
      topicSlug: topic?.slug,
      posts,
      now: clock.now(),
    });
    return reply.type(FEED_CONTENT_TYPES[format]).header("Cache-Control", "public, max-age=300").send(xml);
  }

  for (const [extension, format] of [
    ["xml", "rss"],
    ["atom", "atom"],
  ] as const) {
    app.get(`/:locale/feed.${extension}`, { config: { access: "public" } }, (req, reply) => sendFeed(req, reply, format));
    app.get<{ Params: SlugParams }>(`/:locale/topics/:slug/feed.${extension}`, { config: { access: "public" } }, (req, reply) =>
      sendFeed(req, reply, format, req.params.slug),
    );
  }

  // ---- Sitemap and robots.txt ----

  const sendXml = (reply: FastifyReply, xml: string) =>
    reply.type("application/xml; charset=utf-8").header("Cache-Control", "public, max-age=600").send(xml);

  app.get("/sitemap.xml", { config: { access: "public" } }, async (_req, reply) => {
    const now = clock.now();
    const plan = await planSitemap(db, config, now);
    if (plan.files > 1) return sendXml(reply, writeSitemapIndex(plan.files, config.baseUrl));
    return sendXml(reply, writeUrlSet(await sitemapEntries(db, config, now, plan, 1), config.baseUrl));
  });

  app.get<{ Params: { n: string } }>("/sitemap-:n.xml", { config: { access: "public" } }, async (req, reply) => {
    const n = /^[1-9]\d{0,5}$/.test(req.params.n) ? Number(req.params.n) : 0;
    const now = clock.now();
    const plan = await planSitemap(db, config, now);
    if (n < 1 || n > plan.files) throw new AppError("NOT_FOUND");
    return sendXml(reply, writeUrlSet(await sitemapEntries(db, config, now, plan, n), config.baseUrl));
  });

  app.get("/robots.txt", { config: { access: "public" } }, async (_req, reply) =>
    reply.type("text/plain; charset=utf-8").header("Cache-Control", "public, max-age=86400").send(writeRobots(config.baseUrl)),
  );

  // Browsers and feed readers ask for /favicon.ico whatever the page says: a small icon (16 and
  // 32 pixels, the site's accent colour), not a 404 in every log.
  const favicon = readFileSync(path.join(ASSET_DIR, "favicon.ico"));
  app.get("/favicon.ico", { config: { access: "public" } }, async (_req, reply) =>
    reply.type("image/x-icon").header("Cache-Control", "public, max-age=604800").send(favicon),
  );
}

/**
 * When an event takes place, for a poster: each coming date with its time and zone when there are
 * up to three, else the span from the first to the last.
 */
function whenText(locale: Locale, occurrences: readonly Occurrence[], zone: string, now: Date): string {
  const held = occurrences.filter((o) => !o.isCancelled);
  const coming = held.filter((o) => o.endsAt >= now.toISOString());
  const shown = coming.length > 0 ? coming : held;
  const first = shown[0];
  const last = shown[shown.length - 1];
  if (!first || !last) return "";
  if (shown.length <= 3) return shown.map((o) => occurrenceTime(locale, o, zone)).join("; ");
  return dateRange(locale, first.startsAt, last.endsAt, zone);
}
