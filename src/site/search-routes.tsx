import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { listTopics } from "../catalogue/index.ts";
import { fallbackChain, pickText } from "../i18n/content.ts";
import { pageNumber } from "../i18n/formats.ts";
import type { MessageKey } from "../i18n/messages.ts";
import { MAX_QUERY_LENGTH, SEARCH_TYPES, type SearchResults, search } from "../search/index.ts";

import type { Services } from "../web/context.ts";
import { SLUG_PATTERN } from "../web/forms.ts";
import { sendPage, viewOf } from "../web/render.ts";
import { SearchView } from "./search-views.tsx";

/** A value that is not one of the choices is ignored, never an error; only a too long query is refused. */
const searchQuery = z.object({
  q: z.string().catch(""),
  type: z.enum(SEARCH_TYPES).optional().catch(undefined),
  topic: z.string().max(100).regex(SLUG_PATTERN).optional().catch(undefined),
});

/** The public search page: one box over posts, pages, events, the library and people. */
export function registerSearchRoutes(app: FastifyInstance, services: Services): void {
  const { config, db } = services;

  // Cached per address (the query string included) for anonymous visitors, like every public page.
  app.get<{ Params: { locale: string }; Querystring: Record<string, unknown> }>(
    "/:locale/search",
    { config: { access: "public", isCached: true } },
    async (req, reply) => {
      const form = searchQuery.parse(req.query ?? {});
      const chain = fallbackChain(req.locale, { ...config, sourceLocale: config.defaultLocale });
      const topics = (await listTopics(db))
        .map((t) => ({ id: t.id, slug: t.slug, name: pickText(t.name, chain) || t.slug }))
        .sort((a, b) => a.name.localeCompare(b.name, req.locale));
      const topic = form.topic ? topics.find((t) => t.slug === form.topic) : undefined;
      let results: SearchResults | undefined;
      let error: MessageKey | undefined;
      if (form.q.length > MAX_QUERY_LENGTH) error = "search.tooLong";
      else if (form.q.trim() !== "") {
        results = await search(services, {
          q: form.q,
          locale: req.locale,
          type: form.type,
          topicId: topic?.id,
          page: pageNumber(req.query.page),
          locales: config.locales,
        });
      }
      return sendPage(
        reply,
        <SearchView
          v={viewOf(req, services)}
          form={{ q: form.q, type: form.type, topic: topic?.slug }}
          topics={topics}
          results={results}
          error={error}
        />,
        error ? 422 : 200,
      );
    },
  );
}
