import { stat } from "node:fs/promises";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { AppError } from "../errors.ts";
import { sendStoredFile } from "../files/index.ts";
import { pageNumber } from "../i18n/formats.ts";
import { localeFromSegment } from "../i18n/locales.ts";
import type { Services } from "../web/context.ts";
import { SLUG_PATTERN } from "../web/forms.ts";
import { sendPage, viewOf } from "../web/render.ts";
import { registerLibraryAdminRoutes } from "./admin-routes.tsx";
import { registerDisseminationRoutes } from "./dissemination-routes.tsx";
import { countDownload, resourceFilePath } from "./files.ts";
import { findPublicFile, libraryChoices, listPublicResources, readResource } from "./read.ts";
import { RESOURCE_KINDS } from "./resources.ts";
import { LibraryListView, ResourceView } from "./views.tsx";

/** Filters of the list; a value that is not one of the choices is ignored, never an error. */
const listQuery = z.object({
  kind: z.enum(RESOURCE_KINDS).optional().catch(undefined),
  topic: z.string().max(100).regex(SLUG_PATTERN).optional().catch(undefined),
  language: z.string().max(20).optional().catch(undefined),
});

type SlugParams = { locale: string; slug: string };

/** The public library (list, resource pages, downloads counted per language) and its admin. */
export function registerLibraryRoutes(app: FastifyInstance, services: Services): void {
  const { config, db, clock } = services;

  app.get<{ Params: { locale: string }; Querystring: Record<string, unknown> }>(
    "/:locale/library",
    { config: { access: "public", isCached: true } },
    async (req, reply) => {
      const q = listQuery.parse(req.query ?? {});
      const language = localeFromSegment(q.language);
      const filter = { kind: q.kind, topic: q.topic, language: language && config.locales.includes(language) ? language : undefined };
      const [list, choices] = await Promise.all([
        listPublicResources(db, filter, pageNumber(req.query.page), req.locale, config),
        libraryChoices(db, req.locale, config, config.locales),
      ]);
      return sendPage(reply, <LibraryListView v={viewOf(req, services)} filter={filter} list={list} choices={choices} />);
    },
  );

  app.get<{ Params: SlugParams }>("/:locale/library/:slug", { config: { access: "public", isCached: true } }, async (req, reply) => {
    const read = await readResource(db, req.params.slug, req.locale, config, clock.now());
    if (!read) throw new AppError("NOT_FOUND");
    const v = viewOf(req, services, { alternates: read.availableIn.filter((l) => config.locales.includes(l)), contentLocale: read.locale });
    return sendPage(reply, <ResourceView v={v} read={read} />);
  });

  // A download is counted for the resource, the language and the day, and nothing else is kept:
  // no address, no cookie, no log line naming the file. HEAD requests (link checkers) are not counted.
  app.get<{ Params: SlugParams & { fileLocale: string } }>(
    "/:locale/library/:slug/files/:fileLocale",
    { config: { access: "public" } },
    async (req, reply) => {
      const locale = localeFromSegment(req.params.fileLocale);
      if (!locale || !config.locales.includes(locale)) throw new AppError("NOT_FOUND");
      const file = await findPublicFile(db, req.params.slug, locale);
      if (!file) throw new AppError("NOT_FOUND");
      const stored = resourceFilePath(config.dataDir, file.id);
      const isThere = await stat(stored).then(
        () => true,
        () => false,
      );
      if (!isThere) throw new AppError("NOT_FOUND");
      if (req.method === "GET") await countDownload(services, file.resourceId, locale);
      return sendStoredFile(reply, stored, file);
    },
  );

  registerLibraryAdminRoutes(app, services);
  registerDisseminationRoutes(app, services);
}
