import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { CommentsSection, commentThread } from "../comments/index.ts";

import { AppError } from "../errors.ts";
import { pageNumber } from "../i18n/formats.ts";
import type { Services } from "../web/context.ts";
import { sendPage, viewOf } from "../web/render.ts";
import { POST_KINDS } from "./model.ts";
import { listPublicPosts, listTopicsWithCounts, readPost } from "./read.ts";
import { NewsListView, PostView, TopicsView } from "./site-views.tsx";

type Query = Record<string, unknown>;
type SlugParams = { locale: string; slug: string };

/** A kind that is not one of the kinds is ignored, never an error. */
const kindQuery = z.enum(POST_KINDS).optional().catch(undefined);

/** The news list, the page of a post, and the list of topics; a topic's page is in src/hubs/. */
export function registerPostSiteRoutes(app: FastifyInstance, services: Services): void {
  const { config, db, clock } = services;

  app.get<{ Params: { locale: string }; Querystring: Query }>(
    "/:locale/news",
    { config: { access: "public", isCached: true } },
    async (req, reply) => {
      const kind = kindQuery.parse(req.query.kind);
      const list = await listPublicPosts(db, { kind }, pageNumber(req.query.page), clock.now(), req.locale, config);
      return sendPage(reply, <NewsListView v={viewOf(req, services)} kind={kind} list={list} />);
    },
  );

  app.get<{ Params: SlugParams }>("/:locale/news/:slug", { config: { access: "public", isCached: true } }, async (req, reply) => {
    const read = await readPost(db, req.params.slug, req.locale, clock.now(), config);
    if (!read) throw new AppError("NOT_FOUND");
    const v = viewOf(req, services, { alternates: read.availableIn.filter((l) => config.locales.includes(l)), contentLocale: read.locale });
    const thread = await commentThread(services, { type: "post", id: read.post.id, slug: read.post.slug }, req.locale);
    return sendPage(reply, <PostView v={v} read={read} comments={<CommentsSection v={v} thread={thread} />} />);
  });

  app.get<{ Params: { locale: string } }>("/:locale/topics", { config: { access: "public", isCached: true } }, async (req, reply) => {
    const topics = await listTopicsWithCounts(db, req.locale, clock.now(), config);
    return sendPage(reply, <TopicsView v={viewOf(req, services)} topics={topics} />);
  });
}
