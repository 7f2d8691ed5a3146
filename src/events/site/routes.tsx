import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { findOrganisation, findProfile, findProgramme, findSeries } from "../../catalogue/catalogue.ts";
import { commentThread } from "../../comments/comments.ts";
import { AppError } from "../../errors.ts";
import { OrganisationView, originOf, PersonView, ProgrammeView, SeriesView } from "../../hubs/views.tsx";
import { fallbackChain, parseLocalized, pickText, pickTextDetailed } from "../../i18n/content.ts";
import { pageNumber, readerZone } from "../../i18n/formats.ts";
import type { Locale } from "../../i18n/locales.ts";
import { listPublicResources } from "../../library/read.ts";
import { listPublicPosts } from "../../posts/read.ts";
import type { Services } from "../../web/context.ts";
import { SLUG_PATTERN } from "../../web/forms.ts";
import { sendPage, viewOf } from "../../web/render.ts";
import { findEventBySlug, listOccurrences } from "../events.ts";
import { EVENT_KINDS } from "../model.ts";
import {
  type EventFilter,
  filterChoices,
  listEventsOf,
  listPublicEvents,
  organisationRoles,
  sessionsOf,
  upcomingCalendar,
} from "../read.ts";
import { findMaterialFile, readEvent } from "../read-event.ts";
import { eventUrl, occurrenceCalendar } from "../registration/registrations.ts";
import { registerRegistrationSiteRoutes, sendCalendar, sendMaterial } from "../registration/site-routes.tsx";
import { EventView } from "./event-view.tsx";
import { EventListView } from "./views.tsx";

/** Filters of the events list; a value that is not one of the choices is ignored, never an error. */
const listQuery = z.object({
  when: z.enum(["upcoming", "past"]).catch("upcoming"),
  kind: z.enum(EVENT_KINDS).optional().catch(undefined),
  topic: z.string().max(100).regex(SLUG_PATTERN).optional().catch(undefined),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  language: z
    .string()
    .max(20)
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)
    .optional()
    .catch(undefined),
  mode: z.enum(["online", "in-person"]).optional().catch(undefined),
});

type Query = Record<string, unknown>;
type SlugParams = { locale: string; slug: string };

/**
 * Public event pages: the list, the event page, calendars, materials, and the pages of series,
 * programmes, organisations and people (with their posts and resources too); registration in
 * site-registration-routes.tsx, topics in src/posts/site-routes.tsx.
 */
export function registerEventSiteRoutes(app: FastifyInstance, services: Services): void {
  registerRegistrationSiteRoutes(app, services);
  const { config, db, clock } = services;
  const onlineLabel = (req: FastifyRequest) => req.t("events.online");

  // ---- Listing and calendars ----

  app.get<{ Params: { locale: string }; Querystring: Query }>(
    "/:locale/events",
    { config: { access: "public", isCached: true } },
    async (req, reply) => {
      const filter: EventFilter = listQuery.parse(req.query ?? {});
      const page = pageNumber(req.query.page);
      const [list, choices] = await Promise.all([
        listPublicEvents(db, filter, page, clock.now(), req.locale, config),
        filterChoices(db, req.locale, config),
      ]);
      return sendPage(reply, <EventListView v={viewOf(req, services)} filter={filter} list={list} choices={choices} />);
    },
  );

  app.get<{ Params: { locale: string } }>("/:locale/events.ics", { config: { access: "public" } }, async (req, reply) => {
    const ics = await upcomingCalendar(db, config, req.locale, clock.now(), {
      onlineLabel: onlineLabel(req),
      feedName: req.t("site.list.feedName", { site: config.siteName }),
    });
    return sendCalendar(reply, ics, "events");
  });

  // ---- The event page ----

  app.get<{ Params: SlugParams; Querystring: Query }>(
    "/:locale/events/:slug",
    { config: { access: "public", isCached: true } },
    async (req, reply) => {
      const read = await readEvent(db, req.params.slug, req.locale, config);
      if (!read) throw new AppError("NOT_FOUND");
      const at = typeof req.query.at === "string" && read.occurrences.some((o) => o.id === req.query.at) ? req.query.at : undefined;
      const v = viewOf(req, services, {
        alternates: read.availableIn.filter((l) => config.locales.includes(l)),
        contentLocale: read.locale,
      });
      const comments = await commentThread(services, { type: "event", id: read.event.id, slug: read.event.slug }, req.locale);
      return sendPage(
        reply,
        <EventView
          v={v}
          read={read}
          now={clock.now()}
          tz={readerZone(req.query.tz)}
          agendaAt={at}
          url={eventUrl(config, read.event, req.locale)}
          comments={comments}
        />,
      );
    },
  );

  app.get<{ Params: SlugParams & { occurrenceId: string } }>(
    "/:locale/events/:slug/calendar/:occurrenceId.ics",
    { config: { access: "public" } },
    async (req, reply) => {
      const event = await findEventBySlug(db, req.params.slug);
      if (!event?.isPublished) throw new AppError("NOT_FOUND");
      const occurrence = (await listOccurrences(db, event.id)).find((o) => o.id === req.params.occurrenceId);
      if (!occurrence) throw new AppError("NOT_FOUND");
      const ics = await occurrenceCalendar(services, event, occurrence, req.locale, { onlineLabel: onlineLabel(req) });
      return sendCalendar(reply, ics, event.slug);
    },
  );

  app.get<{ Params: SlugParams & { fileId: string } }>(
    "/:locale/events/:slug/materials/:fileId",
    { config: { access: "public" } },
    async (req, reply) => {
      const event = await findEventBySlug(db, req.params.slug);
      if (!event?.isPublished) throw new AppError("NOT_FOUND");
      const file = await findMaterialFile(db, event.id, req.params.fileId, ["public"]);
      if (!file) throw new AppError("NOT_FOUND");
      return sendMaterial(reply, config.dataDir, file);
    },
  );

  // ---- Series, programmes, organisations, speakers ----

  const chainFor = (locale: Locale) => fallbackChain(locale, { ...config, sourceLocale: config.defaultLocale });

  app.get<{ Params: SlugParams; Querystring: Query }>(
    "/:locale/series/:slug",
    { config: { access: "public", isCached: true } },
    async (req, reply) => {
      const series = await findSeries(db, { slug: req.params.slug });
      if (!series) throw new AppError("NOT_FOUND");
      const chain = chainFor(req.locale);
      const title = pickTextDetailed(series.title, chain);
      const description = pickTextDetailed(series.description, chain);
      const [list, programme] = await Promise.all([
        listEventsOf(db, { seriesId: series.id }, pageNumber(req.query.page), clock.now(), req.locale, config),
        series.programmeId ? findProgramme(db, { id: series.programmeId }) : undefined,
      ]);
      return sendPage(
        reply,
        <SeriesView
          v={viewOf(req, services)}
          series={{
            slug: series.slug,
            title: title.text || series.slug,
            description: description.text,
            origin: originOf(title, description),
          }}
          programme={programme ? { slug: programme.slug, title: pickText(programme.title, chain) || programme.slug } : null}
          list={list}
        />,
      );
    },
  );

  app.get<{ Params: SlugParams; Querystring: Query }>(
    "/:locale/programmes/:slug",
    { config: { access: "public", isCached: true } },
    async (req, reply) => {
      const programme = await findProgramme(db, { slug: req.params.slug });
      if (!programme) throw new AppError("NOT_FOUND");
      const chain = chainFor(req.locale);
      const now = clock.now();
      const title = pickTextDetailed(programme.title, chain);
      const description = pickTextDetailed(programme.description, chain);
      const [list, series, posts, resources] = await Promise.all([
        listEventsOf(db, { programmeId: programme.id }, pageNumber(req.query.page), now, req.locale, config),
        db.selectFrom("series").select(["slug", "title"]).where("programme_id", "=", programme.id).orderBy("slug").execute(),
        listPublicPosts(db, { scope: { programmeId: programme.id } }, pageNumber(req.query.newsPage), now, req.locale, config),
        listPublicResources(db, { programmeId: programme.id }, pageNumber(req.query.libraryPage), req.locale, config),
      ]);
      return sendPage(
        reply,
        <ProgrammeView
          v={viewOf(req, services)}
          programme={{
            slug: programme.slug,
            title: title.text || programme.slug,
            description: description.text,
            origin: originOf(title, description),
          }}
          series={series.map((s) => ({ slug: s.slug, title: pickText(parseLocalized(s.title), chain) || s.slug }))}
          list={list}
          linked={{ posts, resources }}
        />,
      );
    },
  );

  app.get<{ Params: SlugParams; Querystring: Query }>(
    "/:locale/organisations/:slug",
    { config: { access: "public", isCached: true } },
    async (req, reply) => {
      const organisation = await findOrganisation(db, { slug: req.params.slug });
      if (!organisation) throw new AppError("NOT_FOUND");
      const chain = chainFor(req.locale);
      const now = clock.now();
      const [list, posts, resources] = await Promise.all([
        listEventsOf(db, { organisationId: organisation.id }, pageNumber(req.query.page), now, req.locale, config),
        listPublicPosts(db, { scope: { organisationId: organisation.id } }, pageNumber(req.query.newsPage), now, req.locale, config),
        listPublicResources(db, { organisationId: organisation.id }, pageNumber(req.query.libraryPage), req.locale, config),
      ]);
      const roles = await organisationRoles(
        db,
        organisation.id,
        list.items.map((i) => i.id),
      );
      return sendPage(
        reply,
        <OrganisationView
          v={viewOf(req, services)}
          organisation={{
            slug: organisation.slug,
            name: pickText(organisation.name, chain) || organisation.shortName || organisation.slug,
            shortName: organisation.shortName,
            country: organisation.country,
            website: organisation.website && /^https?:\/\//.test(organisation.website) ? organisation.website : null,
            description: pickText(organisation.description, chain),
            origin: originOf(pickTextDetailed(organisation.name, chain), pickTextDetailed(organisation.description, chain)),
          }}
          list={list}
          roles={roles}
          linked={{ posts, resources }}
        />,
      );
    },
  );

  app.get<{ Params: SlugParams; Querystring: Query }>(
    "/:locale/people/:slug",
    { config: { access: "public", isCached: true } },
    async (req, reply) => {
      const person = await findProfile(db, { slug: req.params.slug });
      if (!person) throw new AppError("NOT_FOUND");
      const chain = chainFor(req.locale);
      const now = clock.now();
      const [list, organisation, posts] = await Promise.all([
        listEventsOf(db, { profileId: person.id }, pageNumber(req.query.page), now, req.locale, config),
        person.organisationId ? findOrganisation(db, { id: person.organisationId }) : undefined,
        listPublicPosts(db, { scope: { authorProfileId: person.id } }, pageNumber(req.query.newsPage), now, req.locale, config),
      ]);
      const sessions = await sessionsOf(
        db,
        person.id,
        list.items.map((i) => i.id),
        req.locale,
        config,
      );
      return sendPage(
        reply,
        <PersonView
          v={viewOf(req, services)}
          person={{
            slug: person.slug,
            name: person.name,
            position: pickText(person.position, chain),
            bio: pickText(person.bio, chain),
            origin: originOf(pickTextDetailed(person.position, chain), pickTextDetailed(person.bio, chain)),
            organisation: organisation
              ? { slug: organisation.slug, name: pickText(organisation.name, chain) || organisation.shortName || organisation.slug }
              : null,
          }}
          list={list}
          sessions={sessions}
          linked={{ posts }}
        />,
      );
    },
  );
}
