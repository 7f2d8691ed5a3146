import { type Actor, can, canManageEvent, canTranslateEvent } from "../access/policy.ts";
import { recordAudit } from "../audit/audit.ts";
import { announceContentChange } from "../changes.ts";
import { newId } from "../db/ids.ts";
import type { Ctx, Db } from "../db/index.ts";
import type { EventRow } from "../db/schema.ts";
import { AppError } from "../errors.ts";
import type { LocalizedText } from "../i18n/content.ts";
import type { Locale } from "../i18n/locales.ts";
import { insertSourceTranslation, type TranslationsTable, writeTranslation } from "../i18n/translations.ts";
import { canonicalZone } from "../i18n/zones.ts";
import { reindex } from "../search/index.ts";
import { renderMarkdown } from "../ui/markdown.ts";
import { SLUG_PATTERN } from "../web/forms.ts";
import {
  EVENT_FIELDS,
  EVENT_KINDS,
  type Event,
  type EventFields,
  type EventKind,
  type EventTranslation,
  ORGANISATION_ROLES,
  type OrganisationRole,
  toEvent,
  toEventTranslation,
} from "./model.ts";

/** Events: their settings and texts. The agenda is in sessions.ts, the times in occurrences.ts, the registration questions in questions.ts; reading for the public is in `read.ts`. */

const EVENT_TRANSLATIONS: TranslationsTable<keyof EventFields> = {
  table: "event_translations",
  entityColumn: "event_id",
  fields: EVENT_FIELDS,
};

export type EventSettings = {
  slug: string;
  kind: EventKind;
  programmeId: string | null;
  seriesId: string | null;
  timeZone: string;
  isOnline: boolean;
  venue: string;
  address: string;
  city: LocalizedText;
  country: string | null;
  workingLanguages: string[];
  interpretation: string[];
  requiresApproval: boolean;
  allowsPseudonymous: boolean;
  organisations: { organisationId: string; role: OrganisationRole }[];
  topicIds: string[];
};

export type NewEvent = EventSettings & { sourceLocale: Locale; fields: EventFields; ownerId?: string | null };

function settingsColumns(s: EventSettings) {
  return {
    slug: s.slug,
    kind: s.kind,
    programme_id: s.programmeId,
    series_id: s.seriesId,
    time_zone: canonicalZone(s.timeZone) ?? s.timeZone,
    is_online: s.isOnline ? 1 : 0,
    venue: s.venue,
    address: s.address,
    city: JSON.stringify(s.city),
    country: s.country ? s.country.toUpperCase() : null,
    working_languages: JSON.stringify(s.workingLanguages),
    interpretation: JSON.stringify(s.interpretation),
    requires_approval: s.requiresApproval ? 1 : 0,
    allows_pseudonymous: s.allowsPseudonymous ? 1 : 0,
  };
}

async function validateSettings(db: Db, s: EventSettings, eventId: string | null): Promise<void> {
  const errors: Record<string, "pages.slugInvalid" | "events.slugTaken" | "events.timeZoneInvalid" | "form.invalid"> = {};
  if (!SLUG_PATTERN.test(s.slug) || s.slug.length > 100) errors.slug = "pages.slugInvalid";
  if (!(EVENT_KINDS as readonly string[]).includes(s.kind)) errors.kind = "form.invalid";
  if (!canonicalZone(s.timeZone)) errors.timeZone = "events.timeZoneInvalid";
  if (s.country && !/^[A-Za-z]{2}$/.test(s.country)) errors.country = "form.invalid";
  if (s.organisations.some((o) => !(ORGANISATION_ROLES as readonly string[]).includes(o.role))) errors.organisations = "form.invalid";
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION_FAILED", errors);
  const taken = await db.selectFrom("events").select("id").where("slug", "=", s.slug).executeTakeFirst();
  if (taken && taken.id !== eventId) throw new AppError("CONFLICT", { slug: "events.slugTaken" }, "SLUG_TAKEN");
}

async function writeLinks(db: Db, eventId: string, s: EventSettings): Promise<void> {
  await db.deleteFrom("event_organisations").where("event_id", "=", eventId).execute();
  const seen = new Set<string>();
  const organisations = s.organisations.filter((o) => !seen.has(o.organisationId) && seen.add(o.organisationId));
  if (organisations.length > 0) {
    await db
      .insertInto("event_organisations")
      .values(organisations.map((o, i) => ({ event_id: eventId, organisation_id: o.organisationId, role: o.role, position: i })))
      .execute();
  }
  await db.deleteFrom("event_topics").where("event_id", "=", eventId).execute();
  const topics = [...new Set(s.topicIds)];
  if (topics.length > 0) {
    await db
      .insertInto("event_topics")
      .values(topics.map((topicId) => ({ event_id: eventId, topic_id: topicId })))
      .execute();
  }
}

/** Creates an unpublished event with its texts in the source language; the creator owns it unless told otherwise. */
export async function createEvent(ctx: Ctx, actor: Actor, input: NewEvent): Promise<Event> {
  if (!can(actor, "events.create")) throw new AppError("FORBIDDEN");
  if (!input.fields.title.trim()) throw new AppError("VALIDATION_FAILED", { title: "pages.titleRequired" });
  await validateSettings(ctx.db, input, null);
  const now = ctx.clock.now().toISOString();
  const row: EventRow = {
    id: newId(),
    ...settingsColumns(input),
    source_locale: input.sourceLocale,
    owner_id: input.ownerId === undefined ? actor.id : input.ownerId,
    is_published: 0,
    starts_at: null,
    ends_at: null,
    created_at: now,
    updated_at: now,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto("events").values(row).execute();
    await insertSourceTranslation(trx, EVENT_TRANSLATIONS, {
      entityId: row.id,
      locale: input.sourceLocale,
      fields: input.fields,
      bodyHtml: renderMarkdown(input.fields.body),
      actorId: actor.id,
      now,
    });
    await writeLinks(trx, row.id, input);
    await recordAudit(
      { db: trx, clock: ctx.clock },
      { actorId: actor.id, action: "event.created", subjectType: "event", subjectId: row.id, detail: input.sourceLocale },
    );
    await reindex({ db: trx, clock: ctx.clock }, "event", row.id);
  });
  return toEvent(row);
}

export async function findEvent(db: Db, id: string): Promise<Event> {
  const row = await db.selectFrom("events").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND", {}, "EVENT_NOT_FOUND");
  return toEvent(row);
}

export async function findEventBySlug(db: Db, slug: string): Promise<Event | undefined> {
  const row = await db.selectFrom("events").selectAll().where("slug", "=", slug).executeTakeFirst();
  return row ? toEvent(row) : undefined;
}

/** The event, if this actor may manage it; NOT_FOUND or FORBIDDEN otherwise. */
export async function eventToManage(db: Db, actor: Actor | null, id: string): Promise<Event> {
  const event = await findEvent(db, id);
  if (!canManageEvent(actor, event)) throw new AppError("FORBIDDEN");
  return event;
}

export async function updateEventSettings(ctx: Ctx, actor: Actor, eventId: string, settings: EventSettings): Promise<Event> {
  const event = await eventToManage(ctx.db, actor, eventId);
  await validateSettings(ctx.db, settings, eventId);
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("events")
      .set({ ...settingsColumns(settings), updated_at: now })
      .where("id", "=", eventId)
      .execute();
    await writeLinks(trx, eventId, settings);
    await reindex({ db: trx, clock: ctx.clock }, "event", eventId);
    await recordAudit(
      { db: trx, clock: ctx.clock },
      { actorId: actor.id, action: "event.updated", subjectType: "event", subjectId: eventId },
    );
  });
  announceContentChange();
  return { ...event, ...settings, updatedAt: now };
}

/** Admins may hand an event to another organiser. */
export async function setEventOwner(ctx: Ctx, actor: Actor, eventId: string, ownerId: string | null): Promise<void> {
  if (actor.role !== "admin") throw new AppError("FORBIDDEN");
  await findEvent(ctx.db, eventId);
  await ctx.db.updateTable("events").set({ owner_id: ownerId }).where("id", "=", eventId).execute();
  await recordAudit(ctx, { actorId: actor.id, action: "event.owner-changed", subjectType: "event", subjectId: eventId });
}

export async function listEventTranslations(db: Db, eventId: string): Promise<EventTranslation[]> {
  const rows = await db.selectFrom("event_translations").selectAll().where("event_id", "=", eventId).execute();
  return rows.map(toEventTranslation);
}

/**
 * Saves the texts of one language, as pages do: saving the source marks translations made from
 * older source text outdated; a translation records which source text it was made from.
 */
export async function saveEventTranslation(
  ctx: Ctx,
  actor: Actor,
  eventId: string,
  locale: Locale,
  input: EventFields & { status: "draft" | "published" },
): Promise<void> {
  const event = await findEvent(ctx.db, eventId);
  if (!canTranslateEvent(actor, event, locale)) throw new AppError("FORBIDDEN");
  const isSource = locale === event.sourceLocale;
  if (isSource && !canManageEvent(actor, event)) throw new AppError("FORBIDDEN");
  if (!input.title.trim()) throw new AppError("VALIDATION_FAILED", { title: "pages.titleRequired" });
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const translations = await listEventTranslations(trx, eventId);
    await writeTranslation(trx, EVENT_TRANSLATIONS, {
      entityId: eventId,
      locale,
      sourceLocale: event.sourceLocale,
      source: translations.find((t) => t.locale === event.sourceLocale),
      fields: input,
      bodyHtml: renderMarkdown(input.body),
      status: input.status,
      actorId: actor.id,
      now,
    });
    await trx.updateTable("events").set({ updated_at: now }).where("id", "=", eventId).execute();
    await reindex({ db: trx, clock: ctx.clock }, "event", eventId);
    await recordAudit(
      { db: trx, clock: ctx.clock },
      { actorId: actor.id, action: "event.translation-saved", subjectType: "event", subjectId: eventId, detail: locale },
    );
  });
  announceContentChange();
}

export async function setEventPublished(ctx: Ctx, actor: Actor, eventId: string, isPublished: boolean): Promise<Event> {
  const event = await eventToManage(ctx.db, actor, eventId);
  await ctx.db
    .updateTable("events")
    .set({ is_published: isPublished ? 1 : 0, updated_at: ctx.clock.now().toISOString() })
    .where("id", "=", eventId)
    .execute();
  await reindex(ctx, "event", eventId);
  await recordAudit(ctx, {
    actorId: actor.id,
    action: isPublished ? "event.published" : "event.unpublished",
    subjectType: "event",
    subjectId: eventId,
  });
  announceContentChange();
  return { ...event, isPublished };
}
