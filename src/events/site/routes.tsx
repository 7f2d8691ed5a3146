import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { commentThread } from "../../comments/index.ts";
import { AppError } from "../../errors.ts";
import { pageNumber, readerZone } from "../../i18n/formats.ts";
import type { Services } from "../../web/context.ts";
import { SLUG_PATTERN } from "../../web/forms.ts";
import { sendPage, viewOf } from "../../web/render.ts";
import { findEventBySlug } from "../events.ts";
import { EVENT_KINDS } from "../model.ts";
import { type EventFilter, readEventList } from "../read.ts";
import { findPublicOccurrence, upcomingCalendar } from "../read-calendar.ts";
import { findMaterialFile, readEvent } from "../read-event.ts";
import { registerRegistrationSiteRoutes, sendCalendar, sendMaterial } from "../registration/site-routes.tsx";
import { eventUrl, occurrenceCalendar } from "../registration/status-mails.ts";
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
 * Public event pages: the list, the event page, calendars and materials; registration in
 * registration/site-routes.tsx; the pages of series, programmes, organisations and people in src/hubs/.
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
      const { list, choices } = await readEventList(db, filter, pageNumber(req.query.page), clock.now(), req.locale, config);
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
      const found = await findPublicOccurrence(db, req.params.slug, req.params.occurrenceId);
      if (!found) throw new AppError("NOT_FOUND");
      const { event, occurrence } = found;
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
}
