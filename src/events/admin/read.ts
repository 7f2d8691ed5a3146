import type { Actor } from "../../access/policy.ts";
import type { Db } from "../../db/index.ts";
import { changesSinceTranslated, type SourceChange, type TranslationStatus } from "../../i18n/content.ts";
import type { Locale } from "../../i18n/locales.ts";
import { listEventTranslations } from "../events.ts";
import { EVENT_FIELDS, type Event, type EventFields, type EventTranslation, type OrganisationRole, toEvent } from "../model.ts";
import { countRegistrations } from "../registration/organiser-list.ts";

/** What the organiser's admin reads beyond the domain functions: overviews, links and the translation editor. */

export const ADMIN_PAGE_SIZE = 50;

export type EventOverview = Event & {
  title: string;
  statuses: Record<string, TranslationStatus>;
  counts: { confirmed: number; waitlisted: number; pending: number };
};

/**
 * One page of the events an actor works on: admins and translators see every event, organisers the
 * events they own. Newest first by date; events without dates yet first of all.
 */
export async function listEventsForAdmin(
  db: Db,
  actor: Actor,
  locales: readonly Locale[],
  page: number,
): Promise<{ events: EventOverview[]; hasMore: boolean }> {
  let query = db.selectFrom("events").selectAll();
  if (actor.role === "organiser") query = query.where("owner_id", "=", actor.id);
  const rows = await query
    .orderBy((eb) => eb.fn.coalesce("starts_at", "created_at"), "desc")
    .orderBy("id")
    .limit(ADMIN_PAGE_SIZE + 1)
    .offset((page - 1) * ADMIN_PAGE_SIZE)
    .execute();
  const events = rows.slice(0, ADMIN_PAGE_SIZE).map(toEvent);
  if (events.length === 0) return { events: [], hasMore: false };
  const translations = await db
    .selectFrom("event_translations")
    .select(["event_id", "locale", "status", "title"])
    .where(
      "event_id",
      "in",
      events.map((e) => e.id),
    )
    .execute();
  const counts = await Promise.all(events.map((e) => countRegistrations(db, e.id)));
  return {
    hasMore: rows.length > ADMIN_PAGE_SIZE,
    events: events.map((event, i) => {
      const own = translations.filter((t) => t.event_id === event.id);
      const statuses: Record<string, TranslationStatus> = {};
      for (const l of locales) statuses[l] = own.find((t) => t.locale === l)?.status ?? "missing";
      const total = { confirmed: 0, waitlisted: 0, pending: 0 };
      for (const c of counts[i]?.values() ?? []) {
        total.confirmed += c.confirmed;
        total.waitlisted += c.waitlisted;
        total.pending += c.pending;
      }
      return { ...event, title: own.find((t) => t.locale === event.sourceLocale)?.title ?? event.slug, statuses, counts: total };
    }),
  };
}

/** The hosts, partners and topics of an event, as the settings form shows them. */
export async function readEventLinks(
  db: Db,
  eventId: string,
): Promise<{ organisations: { organisationId: string; role: OrganisationRole }[]; topicIds: string[] }> {
  const organisations = await db
    .selectFrom("event_organisations")
    .select(["organisation_id", "role"])
    .where("event_id", "=", eventId)
    .orderBy("position")
    .execute();
  const topics = await db.selectFrom("event_topics").select("topic_id").where("event_id", "=", eventId).execute();
  return {
    organisations: organisations.map((o) => ({ organisationId: o.organisation_id, role: o.role as OrganisationRole })),
    topicIds: topics.map((t) => t.topic_id),
  };
}

/** Accounts that may own an event: organisers and administrators, not disabled. */
export async function listEventOwners(db: Db): Promise<{ id: string; name: string; email: string; role: string }[]> {
  return db
    .selectFrom("users")
    .select(["id", "name", "email", "role"])
    .where("role", "in", ["admin", "organiser"])
    .where("disabled_at", "is", null)
    .orderBy("name")
    .execute();
}

export type EventTextEditor = {
  event: Event;
  locale: Locale;
  source: EventTranslation;
  translation: EventTranslation | undefined;
  status: TranslationStatus;
  statuses: Record<string, TranslationStatus>;
  /** Fields whose source text changed since this translation was made, with old and new source. */
  changes: SourceChange<keyof EventFields>[];
};

/** What the translation editor of an event shows for one language, as for pages. */
export async function getEventTextEditor(db: Db, event: Event, locale: Locale): Promise<EventTextEditor> {
  const translations = await listEventTranslations(db, event.id);
  const source = translations.find((t) => t.locale === event.sourceLocale);
  if (!source) throw new Error(`event ${event.id} has no text in its source language`);
  const translation = translations.find((t) => t.locale === locale);
  const changes = changesSinceTranslated(EVENT_FIELDS, source, translation);
  const statuses: Record<string, TranslationStatus> = {};
  for (const t of translations) statuses[t.locale] = t.status;
  return { event, locale, source, translation, status: translation?.status ?? "missing", statuses, changes };
}

/** The event's title in its original language, for headings in the admin. */
export async function eventTitle(db: Db, event: Event): Promise<string> {
  const row = await db
    .selectFrom("event_translations")
    .select("title")
    .where("event_id", "=", event.id)
    .where("locale", "=", event.sourceLocale)
    .executeTakeFirst();
  return row?.title ?? event.slug;
}
