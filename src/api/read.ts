import { sql } from "kysely";
import type { z } from "zod";
import { type Actor, canManageEvent } from "../access/policy.ts";
import type { Config } from "../config.ts";
import type { Db } from "../db/index.ts";
import { AppError } from "../errors.ts";
import {
  type Event,
  eventUrl,
  listOccurrences,
  listQuestions,
  listSessionPeople,
  listSessions,
  type Occurrence,
  ORGANISATION_ROLES,
  type OrganisationRole,
  objectiveList,
  oneOf,
  publishedEvents,
  type Registration,
  registrationWindow,
  SESSION_ROLES,
  type SessionRole,
  seatsLeft,
  sessionTimes,
  toEvent,
} from "../events/index.ts";

import {
  chooseTranslation,
  fallbackChain,
  type LocalizedText,
  parseLocalized,
  pickText,
  readableLocales,
  type StoredStatus,
} from "../i18n/content.ts";
import type { Locale } from "../i18n/locales.ts";
import type {
  EventDetail,
  EventList,
  EventListQuery,
  EventSummary,
  ManagedOccurrence,
  PublicOccurrence,
  Registration as RegistrationJson,
} from "./schemas.ts";

/** Reading events for the API, and the JSON shapes of events, occurrences and registrations. */

type SiteConfig = Pick<Config, "baseUrl" | "fallbacks" | "defaultLocale">;

const READABLE = ["published", "outdated"] as const;

function chainFor(event: Event, locale: Locale, config: SiteConfig): Locale[] {
  return fallbackChain(locale, { fallbacks: config.fallbacks, defaultLocale: config.defaultLocale, sourceLocale: event.sourceLocale });
}

/** An event by id or slug; undefined when there is none. */
export async function findEventByIdOrSlug(db: Db, idOrSlug: string): Promise<Event | undefined> {
  const row = await db
    .selectFrom("events")
    .selectAll()
    .where((eb) => eb.or([eb("id", "=", idOrSlug), eb("slug", "=", idOrSlug)]))
    .orderBy(sql`case when id = ${idOrSlug} then 0 else 1 end`)
    .executeTakeFirst();
  return row ? toEvent(row) : undefined;
}

/** The event if it is published, or if this actor manages it (an organiser previewing); NOT_FOUND otherwise. */
export async function eventToRead(db: Db, actor: Actor | null, idOrSlug: string): Promise<Event> {
  const event = await findEventByIdOrSlug(db, idOrSlug);
  if (!event || !(event.isPublished || canManageEvent(actor, event))) throw new AppError("NOT_FOUND", {}, "EVENT_NOT_FOUND");
  return event;
}

/** The event an organiser may manage, by id or slug: NOT_FOUND or FORBIDDEN otherwise. */
export async function eventToManageBy(db: Db, actor: Actor | null, idOrSlug: string): Promise<Event> {
  const event = await findEventByIdOrSlug(db, idOrSlug);
  if (!event) throw new AppError("NOT_FOUND", {}, "EVENT_NOT_FOUND");
  if (!canManageEvent(actor, event)) throw new AppError("FORBIDDEN");
  return event;
}

function summaryOf(
  event: Event,
  translations: readonly { locale: string; status: StoredStatus; title: string; summary: string }[],
  locale: Locale,
  config: SiteConfig,
): z.input<typeof EventSummary> {
  const chain = chainFor(event, locale, config);
  const chosen = chooseTranslation(translations, chain);
  const city = pickText(event.city, chain);
  return {
    id: event.id,
    slug: event.slug,
    kind: event.kind,
    locale: chosen?.locale ?? event.sourceLocale,
    is_fallback: chosen ? chosen.isFallback : true,
    title: chosen?.translation.title ?? event.slug,
    summary: chosen?.translation.summary ?? "",
    available_locales: readableLocales(translations),
    time_zone: event.timeZone,
    online: event.isOnline,
    city: city || null,
    country: event.country,
    starts_at: event.startsAt,
    ends_at: event.endsAt,
    url: eventUrl(config, event, locale),
  };
}

/** Published events, filtered and a page at a time, with texts in the asked language or its fallbacks. */
export async function listPublicEvents(
  ctx: { db: Db; config: SiteConfig; now: Date },
  query: z.output<typeof EventListQuery>,
  locale: Locale,
): Promise<z.input<typeof EventList>> {
  const { db, config } = ctx;
  const filtered = publishedEvents(
    db,
    {
      when: query.when,
      kind: query.kind,
      topic: query.topic,
      country: query.country,
      mode: query.online === undefined ? undefined : query.online ? "online" : "in-person",
    },
    ctx.now,
  );
  const count = await filtered.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  let ordered = filtered.selectAll("events");
  if (query.when === "upcoming") ordered = ordered.orderBy("starts_at", "asc");
  else ordered = ordered.orderBy(sql`case when starts_at is null then 1 else 0 end`).orderBy("starts_at", "desc");
  const rows = await ordered
    .orderBy("id")
    .limit(query.per_page)
    .offset((query.page - 1) * query.per_page)
    .execute();
  const events = rows.map(toEvent);
  const translations =
    events.length === 0
      ? []
      : await db
          .selectFrom("event_translations")
          .select(["event_id", "locale", "status", "title", "summary"])
          .where(
            "event_id",
            "in",
            events.map((e) => e.id),
          )
          .where("status", "in", READABLE)
          .execute();
  const total = Number(count.n);
  return {
    data: events.map((event) =>
      summaryOf(
        event,
        translations.filter((t) => t.event_id === event.id),
        locale,
        config,
      ),
    ),
    pagination: { page: query.page, per_page: query.per_page, total, total_pages: Math.ceil(total / query.per_page) },
  };
}

export function occurrenceJson(event: Pick<Event, "timeZone">, occurrence: Occurrence, now: Date): z.input<typeof PublicOccurrence> {
  return {
    id: occurrence.id,
    event_id: occurrence.eventId,
    starts_at: occurrence.startsAt,
    ends_at: occurrence.endsAt,
    time_zone: event.timeZone,
    capacity: occurrence.capacity,
    seats_left: seatsLeft(occurrence),
    registration_state: registrationWindow(occurrence, now),
    registration_opens_at: occurrence.registrationOpensAt,
    registration_closes_at: occurrence.registrationClosesAt,
    cancelled: occurrence.isCancelled,
  };
}

/** An occurrence as its organisers see it: with the join link and reminders. */
export function managedOccurrenceJson(
  event: Pick<Event, "timeZone">,
  occurrence: Occurrence,
  now: Date,
): z.input<typeof ManagedOccurrence> {
  return {
    ...occurrenceJson(event, occurrence, now),
    confirmed_count: occurrence.confirmedCount,
    reminders_minutes: occurrence.reminders,
    join_url: occurrence.joinUrl,
  };
}

export function registrationJson(r: Registration): z.input<typeof RegistrationJson> {
  return {
    id: r.id,
    event_id: r.eventId,
    occurrence_id: r.occurrenceId,
    status: r.status,
    name: r.name,
    email: r.email,
    locale: r.locale,
    pseudonymous: r.isPseudonymous,
    answers: r.answers,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
    cancelled_at: r.cancelledAt,
  };
}

/** Everything the public page of an event shows, in one language with fallbacks; never a join link or a person's data. */
export async function eventDetail(
  ctx: { db: Db; config: SiteConfig; now: Date },
  event: Event,
  locale: Locale,
): Promise<z.input<typeof EventDetail>> {
  const { db, config } = ctx;
  const chain = chainFor(event, locale, config);
  const text = (map: LocalizedText) => pickText(map, chain);
  const [translations, organisations, topics, sessions, occurrences, questions] = await Promise.all([
    db
      .selectFrom("event_translations")
      .select(["locale", "status", "title", "summary", "objectives", "body_html"])
      .where("event_id", "=", event.id)
      .where("status", "in", READABLE)
      .execute(),
    db
      .selectFrom("event_organisations")
      .innerJoin("organisations", "organisations.id", "event_organisations.organisation_id")
      .select([
        "organisations.id",
        "organisations.slug",
        "organisations.name",
        "organisations.short_name",
        "organisations.kind",
        "organisations.country",
        "organisations.website",
        "event_organisations.role",
      ])
      .where("event_organisations.event_id", "=", event.id)
      .orderBy("event_organisations.position")
      .execute(),
    db
      .selectFrom("event_topics")
      .innerJoin("topics", "topics.id", "event_topics.topic_id")
      .select(["topics.id", "topics.slug", "topics.name"])
      .where("event_topics.event_id", "=", event.id)
      .orderBy("topics.slug")
      .execute(),
    listSessions(db, event.id),
    listOccurrences(db, event.id),
    listQuestions(db, event.id),
  ]);
  const people = await listSessionPeople(
    db,
    sessions.map((s) => s.id),
  );
  const profileIds = [...new Set(people.map((p) => p.profile_id))];
  const profiles =
    profileIds.length === 0
      ? []
      : await db.selectFrom("profiles").select(["id", "slug", "name", "position"]).where("id", "in", profileIds).execute();
  const profileById = new Map(profiles.map((p) => [p.id, p]));
  const first = occurrences.find((o) => !o.isCancelled) ?? occurrences[0];
  const chosen = chooseTranslation(translations, chain);
  const summary = summaryOf(event, translations, locale, config);
  return {
    ...summary,
    published: event.isPublished,
    objectives: objectiveList(chosen?.translation.objectives ?? ""),
    body_html: chosen?.translation.body_html ?? "",
    venue: event.venue,
    address: event.address,
    working_languages: event.workingLanguages,
    interpretation: event.interpretation,
    requires_approval: event.requiresApproval,
    allows_pseudonymous: event.allowsPseudonymous,
    organisations: organisations.map((o) => ({
      id: o.id,
      slug: o.slug,
      name: text(parseLocalized(o.name)) || o.short_name || o.slug,
      short_name: o.short_name,
      kind: o.kind,
      country: o.country,
      website: o.website,
      role: oneOf<OrganisationRole>(ORGANISATION_ROLES, o.role, "partner"),
    })),
    topics: topics.map((t) => ({ id: t.id, slug: t.slug, name: text(parseLocalized(t.name)) || t.slug })),
    agenda: sessions.map((s) => {
      const times = first ? sessionTimes(s, first.startsAt, first.startsAt, event.timeZone) : undefined;
      return {
        id: s.id,
        kind: s.kind,
        day: s.day,
        starts: s.starts,
        ends: s.ends,
        starts_at: times?.startsAt ?? null,
        ends_at: times?.endsAt ?? null,
        title: text(s.title),
        description: text(s.description),
        room: s.room,
        people: people
          .filter((p) => p.session_id === s.id && profileById.has(p.profile_id))
          .map((p) => {
            const profile = profileById.get(p.profile_id) as (typeof profiles)[number];
            return {
              id: profile.id,
              slug: profile.slug,
              name: profile.name,
              position: text(parseLocalized(profile.position)),
              role: oneOf<SessionRole>(SESSION_ROLES, p.role, "speaker"),
            };
          }),
      };
    }),
    occurrences: occurrences.map((o) => occurrenceJson(event, o, ctx.now)),
    questions: questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      label: text(q.label),
      help: text(q.help),
      required: q.isRequired,
      options: q.options.map((o) => ({ value: o.value, label: text(o.label) || o.value })),
    })),
  };
}
