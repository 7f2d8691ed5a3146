import type { FastifyInstance } from "fastify";
import { AppError } from "../errors.ts";
import { pageNumber } from "../i18n/formats.ts";
import type { Services } from "../web/context.ts";
import { sendPage, viewOf } from "../web/render.ts";
import { type HubPages, readOrganisationHub, readPersonHub, readProgrammeHub, readSeriesHub, readTopicHub } from "./read.ts";
import { OrganisationView, PersonView, ProgrammeView, SeriesView, TopicView } from "./views.tsx";

type Query = Record<string, unknown>;
type SlugParams = { locale: string; slug: string };
type HubRequest = { Params: SlugParams; Querystring: Query };

/** The page of each list from the query; anything that is not a page number reads as page 1. */
function pagesOf(query: Query): HubPages {
  return { page: pageNumber(query.page), newsPage: pageNumber(query.newsPage), libraryPage: pageNumber(query.libraryPage) };
}

const HUB = { config: { access: "public", isCached: true } } as const;

/** The public pages of topics, series, programmes, organisations and people. */
export function registerHubRoutes(app: FastifyInstance, services: Services): void {
  const { config, db, clock } = services;

  app.get<HubRequest>("/:locale/topics/:slug", HUB, async (req, reply) => {
    const hub = await readTopicHub(db, req.params.slug, pagesOf(req.query), clock.now(), req.locale, config);
    if (!hub) throw new AppError("NOT_FOUND");
    return sendPage(reply, <TopicView v={viewOf(req, services)} {...hub} />);
  });

  app.get<HubRequest>("/:locale/series/:slug", HUB, async (req, reply) => {
    const hub = await readSeriesHub(db, req.params.slug, pagesOf(req.query), clock.now(), req.locale, config);
    if (!hub) throw new AppError("NOT_FOUND");
    return sendPage(reply, <SeriesView v={viewOf(req, services)} {...hub} />);
  });

  app.get<HubRequest>("/:locale/programmes/:slug", HUB, async (req, reply) => {
    const hub = await readProgrammeHub(db, req.params.slug, pagesOf(req.query), clock.now(), req.locale, config);
    if (!hub) throw new AppError("NOT_FOUND");
    return sendPage(reply, <ProgrammeView v={viewOf(req, services)} {...hub} />);
  });

  app.get<HubRequest>("/:locale/organisations/:slug", HUB, async (req, reply) => {
    const hub = await readOrganisationHub(db, req.params.slug, pagesOf(req.query), clock.now(), req.locale, config);
    if (!hub) throw new AppError("NOT_FOUND");
    return sendPage(reply, <OrganisationView v={viewOf(req, services)} {...hub} />);
  });

  app.get<HubRequest>("/:locale/people/:slug", HUB, async (req, reply) => {
    const hub = await readPersonHub(db, req.params.slug, pagesOf(req.query), clock.now(), req.locale, config);
    if (!hub) throw new AppError("NOT_FOUND");
    return sendPage(reply, <PersonView v={viewOf(req, services)} {...hub} />);
  });
}
