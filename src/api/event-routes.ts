import type { z } from "zod";
import type { Actor } from "../access/policy.ts";
import type { Db } from "../db/index.ts";
import { AppError } from "../errors.ts";
import {
  createEvent,
  type Event,
  type EventSettings,
  eventFieldsOf,
  eventToManage,
  findOccurrence,
  listEventTranslations,
  listOccurrences,
  type OccurrenceInput,
  type OrganisationRole,
  saveEventTranslation,
  saveOccurrence,
  setEventPublished,
  setOccurrenceCancelled,
  updateEventSettings,
} from "../events/index.ts";

import type { MessageKey } from "../i18n/messages.ts";
import type { Services } from "../web/context.ts";
import { type ApiRoute, apiRoute, requestedLocale } from "./define.ts";
import { eventDetail, eventToManageBy, eventToRead, listPublicEvents, managedOccurrenceJson, occurrenceJson } from "./read.ts";
import {
  EventDetail,
  EventList,
  EventListQuery,
  EventPatch,
  IdParams,
  LocaleQuery,
  ManagedOccurrence,
  NewEventInput,
  NewOccurrenceInput,
  OccurrenceList,
  OccurrencePatch,
  PublicOccurrence,
} from "./schemas.ts";

/** Events and their occurrences: public reads, and writes with a token under the admin's policies. */

type SettingsInput = Partial<z.output<typeof NewEventInput>>;

/** Ids a request refers to must exist; otherwise the database would refuse them later, less clearly. */
async function checkReferences(db: Db, input: SettingsInput): Promise<void> {
  const errors: Record<string, MessageKey> = {};
  const missing = async (table: "programmes" | "series" | "organisations" | "topics", ids: string[]) => {
    if (ids.length === 0) return false;
    const found = await db.selectFrom(table).select("id").where("id", "in", ids).execute();
    return found.length < new Set(ids).size;
  };
  if (input.programme_id && (await missing("programmes", [input.programme_id]))) errors.programme_id = "api.unknownReference";
  if (input.series_id && (await missing("series", [input.series_id]))) errors.series_id = "api.unknownReference";
  if (
    input.organisations &&
    (await missing(
      "organisations",
      input.organisations.map((o) => o.organisation_id),
    ))
  )
    errors.organisations = "api.unknownReference";
  if (input.topic_ids && (await missing("topics", input.topic_ids))) errors.topic_ids = "api.unknownReference";
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION_FAILED", errors);
}

/** The event's settings as the domain takes them, with what the request changes applied. */
async function mergedSettings(db: Db, event: Event, patch: SettingsInput): Promise<EventSettings> {
  const [organisations, topics] = await Promise.all([
    db.selectFrom("event_organisations").select(["organisation_id", "role"]).where("event_id", "=", event.id).orderBy("position").execute(),
    db.selectFrom("event_topics").select("topic_id").where("event_id", "=", event.id).execute(),
  ]);
  return {
    slug: patch.slug ?? event.slug,
    kind: patch.kind ?? event.kind,
    programmeId: patch.programme_id !== undefined ? patch.programme_id : event.programmeId,
    seriesId: patch.series_id !== undefined ? patch.series_id : event.seriesId,
    timeZone: patch.time_zone ?? event.timeZone,
    isOnline: patch.online ?? event.isOnline,
    venue: patch.venue ?? event.venue,
    address: patch.address ?? event.address,
    city: patch.city ?? event.city,
    country: patch.country !== undefined ? patch.country : event.country,
    workingLanguages: patch.working_languages ?? event.workingLanguages,
    interpretation: patch.interpretation ?? event.interpretation,
    requiresApproval: patch.requires_approval ?? event.requiresApproval,
    allowsPseudonymous: patch.allows_pseudonymous ?? event.allowsPseudonymous,
    organisations:
      patch.organisations?.map((o) => ({ organisationId: o.organisation_id, role: o.role })) ??
      organisations.map((o) => ({ organisationId: o.organisation_id, role: o.role as OrganisationRole })),
    topicIds: patch.topic_ids ?? topics.map((t) => t.topic_id),
  };
}

const SETTINGS_KEYS = [
  "slug",
  "kind",
  "time_zone",
  "online",
  "venue",
  "address",
  "city",
  "country",
  "working_languages",
  "interpretation",
  "requires_approval",
  "allows_pseudonymous",
  "programme_id",
  "series_id",
  "organisations",
  "topic_ids",
] as const;
const TEXT_KEYS = ["title", "summary", "body", "objectives"] as const;

/** An occurrence the actor may manage, with its event. */
async function occurrenceToManage(db: Db, actor: Actor | null, occurrenceId: string) {
  const occurrence = await findOccurrence(db, occurrenceId);
  const event = await eventToManage(db, actor, occurrence.eventId);
  return { event, occurrence };
}

export function eventRoutes(services: Services): ApiRoute[] {
  const { db, config } = services;
  const read = () => ({ db, config, now: services.clock.now() });
  const actorOf = (req: { actor: Actor | null }): Actor => req.actor as Actor;

  return [
    apiRoute({
      method: "GET",
      path: "/events",
      access: "public",
      operationId: "listEvents",
      summary: "Published events, a page at a time",
      description: "Upcoming events by default, soonest first; past and all events newest first.",
      tag: "events",
      query: EventListQuery,
      status: 200,
      response: EventList,
      errors: ["VALIDATION_FAILED"],
      isPublicCacheable: true,
      handle: ({ req, query }) => listPublicEvents(read(), query, requestedLocale(req, services, query.locale)),
    }),

    apiRoute({
      method: "GET",
      path: "/events/:id",
      access: "public",
      operationId: "getEvent",
      summary: "One event, by id or slug, with its agenda, organisations, occurrences and registration questions",
      description: "Published events for everyone; an unpublished one only for a token of someone who manages it.",
      tag: "events",
      params: IdParams,
      query: LocaleQuery,
      status: 200,
      response: EventDetail,
      errors: ["NOT_FOUND", "VALIDATION_FAILED"],
      reasons: ["EVENT_NOT_FOUND"],
      isPublicCacheable: true,
      isTokenOptional: true,
      handle: async ({ req, params, query }) => {
        const locale = requestedLocale(req, services, query.locale);
        return eventDetail(read(), await eventToRead(db, req.actor, params.id), locale);
      },
    }),

    apiRoute({
      method: "GET",
      path: "/events/:id/occurrences",
      access: "public",
      operationId: "listEventOccurrences",
      summary: "The occurrences of an event, with seats left and whether registration is open",
      tag: "occurrences",
      params: IdParams,
      status: 200,
      response: OccurrenceList,
      errors: ["NOT_FOUND"],
      reasons: ["EVENT_NOT_FOUND"],
      isPublicCacheable: true,
      isTokenOptional: true,
      handle: async ({ req, params }) => {
        const event = await eventToRead(db, req.actor, params.id);
        const now = services.clock.now();
        return { data: (await listOccurrences(db, event.id)).map((o) => occurrenceJson(event, o, now)) };
      },
    }),

    apiRoute({
      method: "GET",
      path: "/occurrences/:id",
      access: "public",
      operationId: "getOccurrence",
      summary: "One occurrence",
      tag: "occurrences",
      params: IdParams,
      status: 200,
      response: PublicOccurrence,
      errors: ["NOT_FOUND"],
      reasons: ["OCCURRENCE_NOT_FOUND"],
      isPublicCacheable: true,
      isTokenOptional: true,
      handle: async ({ req, params }) => {
        const occurrence = await findOccurrence(db, params.id);
        const event = await eventToRead(db, req.actor, occurrence.eventId);
        return occurrenceJson(event, occurrence, services.clock.now());
      },
    }),

    apiRoute({
      method: "POST",
      path: "/events",
      access: "events.create",
      operationId: "createEvent",
      summary: "Create an event",
      description: "The event starts unpublished; the token's account owns and manages it.",
      tag: "events",
      body: NewEventInput,
      status: 201,
      response: EventDetail,
      errors: ["NOT_SIGNED_IN", "FORBIDDEN", "VALIDATION_FAILED", "CONFLICT"],
      reasons: ["SLUG_TAKEN"],
      handle: async ({ req, body }) => {
        await checkReferences(db, body);
        const event = await createEvent(services, actorOf(req), {
          slug: body.slug,
          kind: body.kind,
          sourceLocale: body.source_locale,
          programmeId: body.programme_id,
          seriesId: body.series_id,
          timeZone: body.time_zone,
          isOnline: body.online,
          venue: body.venue,
          address: body.address,
          city: body.city,
          country: body.country,
          workingLanguages: body.working_languages,
          interpretation: body.interpretation,
          requiresApproval: body.requires_approval,
          allowsPseudonymous: body.allows_pseudonymous,
          organisations: body.organisations.map((o) => ({ organisationId: o.organisation_id, role: o.role })),
          topicIds: body.topic_ids,
          fields: { title: body.title, summary: body.summary, body: body.body, objectives: body.objectives.join("\n") },
        });
        return eventDetail(read(), event, event.sourceLocale);
      },
    }),

    apiRoute({
      method: "PATCH",
      path: "/events/:id",
      access: "events.manage",
      authorise: async ({ req, params }) => void (await eventToManageBy(db, req.actor, params.id)),
      operationId: "updateEvent",
      summary: "Change an event's settings, or its texts in the source language",
      tag: "events",
      params: IdParams,
      body: EventPatch,
      status: 200,
      response: EventDetail,
      errors: ["NOT_SIGNED_IN", "FORBIDDEN", "NOT_FOUND", "VALIDATION_FAILED", "CONFLICT"],
      reasons: ["EVENT_NOT_FOUND", "SLUG_TAKEN"],
      handle: async ({ req, params, body }) => {
        const actor = actorOf(req);
        let event = await eventToManageBy(db, actor, params.id);
        if (SETTINGS_KEYS.some((k) => body[k] !== undefined)) {
          await checkReferences(db, body);
          await updateEventSettings(services, actor, event.id, await mergedSettings(db, event, body));
        }
        if (TEXT_KEYS.some((k) => body[k] !== undefined)) {
          const source = (await listEventTranslations(db, event.id)).find((t) => t.locale === event.sourceLocale);
          const current = source ? eventFieldsOf(source) : { title: event.slug, summary: "", body: "", objectives: "" };
          await saveEventTranslation(services, actor, event.id, event.sourceLocale, {
            title: body.title ?? current.title,
            summary: body.summary ?? current.summary,
            body: body.body ?? current.body,
            objectives: body.objectives?.join("\n") ?? current.objectives,
            status: "published",
          });
        }
        event = await eventToManageBy(db, actor, event.id);
        return eventDetail(read(), event, event.sourceLocale);
      },
    }),

    ...(["publish", "unpublish"] as const).map((action) =>
      apiRoute({
        method: "POST",
        path: `/events/:id/${action}`,
        access: "events.manage",
        operationId: `${action}Event`,
        summary: action === "publish" ? "Publish an event" : "Take an event off the site",
        tag: "events",
        params: IdParams,
        status: 200,
        response: EventDetail,
        errors: ["NOT_SIGNED_IN", "FORBIDDEN", "NOT_FOUND"],
        reasons: ["EVENT_NOT_FOUND"],
        handle: async ({ req, params }) => {
          const event = await eventToManageBy(db, req.actor, params.id);
          const changed = await setEventPublished(services, actorOf(req), event.id, action === "publish");
          return eventDetail(read(), changed, changed.sourceLocale);
        },
      }),
    ),

    apiRoute({
      method: "POST",
      path: "/events/:id/occurrences",
      access: "events.manage",
      authorise: async ({ req, params }) => void (await eventToManageBy(db, req.actor, params.id)),
      operationId: "createOccurrence",
      summary: "Add an occurrence to an event",
      tag: "occurrences",
      params: IdParams,
      body: NewOccurrenceInput,
      status: 201,
      response: ManagedOccurrence,
      errors: ["NOT_SIGNED_IN", "FORBIDDEN", "NOT_FOUND", "VALIDATION_FAILED"],
      reasons: ["EVENT_NOT_FOUND"],
      handle: async ({ req, params, body }) => {
        const event = await eventToManageBy(db, req.actor, params.id);
        const occurrence = await saveOccurrence(services, actorOf(req), event.id, null, {
          startsAt: body.starts_at,
          endsAt: body.ends_at,
          capacity: body.capacity,
          registrationOpensAt: body.registration_opens_at,
          registrationClosesAt: body.registration_closes_at,
          reminders: body.reminders_minutes,
          joinUrl: body.join_url,
        });
        return managedOccurrenceJson(event, occurrence, services.clock.now());
      },
    }),

    apiRoute({
      method: "PATCH",
      path: "/occurrences/:id",
      access: "events.manage",
      authorise: async ({ req, params }) => void (await occurrenceToManage(db, req.actor, params.id)),
      operationId: "updateOccurrence",
      summary: "Change an occurrence: times, capacity, registration window, reminders, join link; cancel or restore it",
      description: "Raising the capacity gives the new seats to the waitlist at once.",
      tag: "occurrences",
      params: IdParams,
      body: OccurrencePatch,
      status: 200,
      response: ManagedOccurrence,
      errors: ["NOT_SIGNED_IN", "FORBIDDEN", "NOT_FOUND", "VALIDATION_FAILED", "CONFLICT"],
      reasons: ["OCCURRENCE_NOT_FOUND", "CAPACITY_BELOW_CONFIRMED"],
      handle: async ({ req, params, body }) => {
        const actor = actorOf(req);
        const { event, occurrence } = await occurrenceToManage(db, actor, params.id);
        const { cancelled, ...fields } = body;
        if (Object.values(fields).some((v) => v !== undefined)) {
          const input: OccurrenceInput = {
            startsAt: fields.starts_at ?? occurrence.startsAt,
            endsAt: fields.ends_at ?? occurrence.endsAt,
            capacity: fields.capacity !== undefined ? fields.capacity : occurrence.capacity,
            registrationOpensAt: fields.registration_opens_at !== undefined ? fields.registration_opens_at : occurrence.registrationOpensAt,
            registrationClosesAt:
              fields.registration_closes_at !== undefined ? fields.registration_closes_at : occurrence.registrationClosesAt,
            reminders: fields.reminders_minutes ?? occurrence.reminders,
            joinUrl: fields.join_url ?? occurrence.joinUrl,
          };
          await saveOccurrence(services, actor, event.id, occurrence.id, input);
        }
        if (cancelled !== undefined && cancelled !== occurrence.isCancelled) {
          await setOccurrenceCancelled(services, actor, occurrence.id, cancelled);
        }
        return managedOccurrenceJson(event, await findOccurrence(db, occurrence.id), services.clock.now());
      },
    }),
  ];
}
