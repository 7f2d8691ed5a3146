import { recordAudit } from "../admin/audit.ts";
import { renderMarkdown } from "../content/markdown.ts";
import { newId } from "../db/ids.ts";
import type { Ctx, Db } from "../db/index.ts";
import type { EventRow } from "../db/schema.ts";
import { AppError } from "../errors.ts";
import type { LocalizedText } from "../i18n/content.ts";
import { forgetFieldStates, recordDirectEdits } from "../i18n/field-translations.ts";
import type { Locale } from "../i18n/locales.ts";
import { insertSourceTranslation, type TranslationsTable, writeTranslation } from "../i18n/translations.ts";
import { canonicalZone } from "../i18n/zones.ts";
import { type Actor, can, canManageEvent, canTranslateEvent } from "../people/policy.ts";
import { reindex } from "../search/index.ts";
import { SLUG_PATTERN } from "../web/forms.ts";
import { announceContentChange } from "../web/micro-cache.ts";
import { eventFieldTexts } from "./field-texts.ts";
import {
  type AgendaSession,
  EVENT_FIELDS,
  EVENT_KINDS,
  type Event,
  type EventFields,
  type EventKind,
  type EventTranslation,
  type Occurrence,
  ORGANISATION_ROLES,
  type OrganisationRole,
  QUESTION_KINDS,
  type Question,
  type QuestionKind,
  SESSION_KINDS,
  SESSION_ROLES,
  type SessionKind,
  type SessionRole,
  toEvent,
  toEventTranslation,
  toOccurrence,
  toQuestion,
  toSession,
} from "./model.ts";
import { mailOccurrenceCancelled } from "./registration/cancellation.ts";
import { fillSeats, mailJoinLink, type SiteInfo, scheduleReminders } from "./registration/registrations.ts";

/** Events: settings, texts, agenda, occurrences and registration questions. Reading for the public is in `read.ts`. */

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
  if (taken && taken.id !== eventId) throw new AppError("CONFLICT", { slug: "events.slugTaken" });
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
  if (!row) throw new AppError("NOT_FOUND");
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

// ---- Agenda ----

export type SessionInput = {
  kind: SessionKind;
  day: number;
  starts: string;
  ends: string;
  title: LocalizedText;
  description: LocalizedText;
  room: string;
  people: { profileId: string; role: SessionRole }[];
};

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export async function listSessions(db: Db, eventId: string): Promise<AgendaSession[]> {
  const rows = await db
    .selectFrom("event_sessions")
    .selectAll()
    .where("event_id", "=", eventId)
    .orderBy("day")
    .orderBy("starts")
    .orderBy("position")
    .execute();
  return rows.map(toSession);
}

export async function listSessionPeople(db: Db, sessionIds: readonly string[]) {
  if (sessionIds.length === 0) return [];
  return db
    .selectFrom("session_people")
    .select(["session_id", "profile_id", "role", "position"])
    .where("session_id", "in", sessionIds)
    .orderBy("position")
    .execute();
}

/** Adds (sessionId null) or changes a session of the agenda, with its speakers and facilitators. */
export async function saveSession(ctx: Ctx, actor: Actor, eventId: string, sessionId: string | null, input: SessionInput): Promise<string> {
  await eventToManage(ctx.db, actor, eventId);
  const errors: Record<string, "form.invalid" | "events.endsBeforeStart" | "pages.titleRequired"> = {};
  if (!(SESSION_KINDS as readonly string[]).includes(input.kind)) errors.kind = "form.invalid";
  if (!Number.isInteger(input.day) || input.day < 1 || input.day > 60) errors.day = "form.invalid";
  if (!HHMM.test(input.starts)) errors.starts = "form.invalid";
  if (!HHMM.test(input.ends)) errors.ends = "form.invalid";
  else if (HHMM.test(input.starts) && input.ends <= input.starts) errors.ends = "events.endsBeforeStart";
  if (Object.values(input.title).every((t) => !t?.trim())) errors.title = "pages.titleRequired";
  if (input.people.some((p) => !(SESSION_ROLES as readonly string[]).includes(p.role))) errors.people = "form.invalid";
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION_FAILED", errors);
  const id = sessionId ?? newId();
  const values = {
    kind: input.kind,
    day: input.day,
    starts: input.starts,
    ends: input.ends,
    title: JSON.stringify(input.title),
    description: JSON.stringify(input.description),
    room: input.room,
  };
  const event = await findEvent(ctx.db, eventId);
  await ctx.db.transaction().execute(async (trx) => {
    const before = sessionId ? (await listSessions(trx, eventId)).filter((s) => s.id === sessionId) : [];
    if (sessionId) {
      const result = await trx
        .updateTable("event_sessions")
        .set(values)
        .where("id", "=", sessionId)
        .where("event_id", "=", eventId)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw new AppError("NOT_FOUND");
    } else {
      const count = await trx
        .selectFrom("event_sessions")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("event_id", "=", eventId)
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("event_sessions")
        .values({ id, event_id: eventId, ...values, position: Number(count.n) })
        .execute();
    }
    await trx.deleteFrom("session_people").where("session_id", "=", id).execute();
    const seen = new Set<string>();
    const people = input.people.filter((p) => !seen.has(p.profileId) && seen.add(p.profileId));
    if (people.length > 0) {
      await trx
        .insertInto("session_people")
        .values(people.map((p, i) => ({ session_id: id, profile_id: p.profileId, role: p.role, position: i })))
        .execute();
    }
    const now = ctx.clock.now().toISOString();
    const after = [{ ...input, id, eventId, position: 0 }];
    await recordDirectEdits(trx, eventFieldTexts(event.sourceLocale, before, []), eventFieldTexts(event.sourceLocale, after, []), {
      actorId: actor.id,
      now,
    });
    await trx.updateTable("events").set({ updated_at: now }).where("id", "=", eventId).execute();
  });
  announceContentChange();
  return id;
}

export async function deleteSession(ctx: Ctx, actor: Actor, eventId: string, sessionId: string): Promise<void> {
  await eventToManage(ctx.db, actor, eventId);
  const deleted = await ctx.db.deleteFrom("event_sessions").where("id", "=", sessionId).where("event_id", "=", eventId).executeTakeFirst();
  if (Number(deleted.numDeletedRows) > 0) await forgetFieldStates(ctx.db, "session", [sessionId]);
  announceContentChange();
}

// ---- Occurrences ----

export type OccurrenceInput = {
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  reminders: number[];
  joinUrl: string;
};

export async function listOccurrences(db: Db, eventId: string): Promise<Occurrence[]> {
  const rows = await db.selectFrom("occurrences").selectAll().where("event_id", "=", eventId).orderBy("starts_at").execute();
  return rows.map(toOccurrence);
}

export async function findOccurrence(db: Db, id: string): Promise<Occurrence> {
  const row = await db.selectFrom("occurrences").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND");
  return toOccurrence(row);
}

function validateOccurrence(input: OccurrenceInput): void {
  const errors: Record<string, "form.invalid" | "events.endsBeforeStart"> = {};
  const valid = (iso: string | null) => iso === null || !Number.isNaN(Date.parse(iso));
  if (!valid(input.startsAt)) errors.startsAt = "form.invalid";
  if (!valid(input.endsAt)) errors.endsAt = "form.invalid";
  else if (input.endsAt <= input.startsAt) errors.endsAt = "events.endsBeforeStart";
  if (input.capacity !== null && (!Number.isInteger(input.capacity) || input.capacity < 0 || input.capacity > 1_000_000))
    errors.capacity = "form.invalid";
  if (!valid(input.registrationOpensAt)) errors.registrationOpensAt = "form.invalid";
  if (!valid(input.registrationClosesAt)) errors.registrationClosesAt = "form.invalid";
  if (input.reminders.some((m) => !Number.isInteger(m) || m <= 0 || m > 60 * 24 * 60)) errors.reminders = "form.invalid";
  if (input.joinUrl && !/^https:\/\/\S+$/.test(input.joinUrl)) errors.joinUrl = "form.invalid";
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION_FAILED", errors);
}

const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

/** Keeps the event's first start and last end in step with its occurrences, for listings. */
async function refreshEventSpan(db: Db, eventId: string): Promise<void> {
  const span = await db
    .selectFrom("occurrences")
    .select((eb) => [eb.fn.min("starts_at").as("first"), eb.fn.max("ends_at").as("last")])
    .where("event_id", "=", eventId)
    .where("is_cancelled", "=", 0)
    .executeTakeFirst();
  await db
    .updateTable("events")
    .set({ starts_at: (span?.first as string | null) ?? null, ends_at: (span?.last as string | null) ?? null })
    .where("id", "=", eventId)
    .execute();
}

/**
 * Adds (occurrenceId null) or changes an occurrence. Raising the capacity promotes people from the
 * waitlist at once; lowering it below the seats already taken is refused, since nobody loses a seat.
 */
export async function saveOccurrence(
  ctx: Ctx & { config: SiteInfo },
  actor: Actor,
  eventId: string,
  occurrenceId: string | null,
  input: OccurrenceInput,
): Promise<Occurrence> {
  await eventToManage(ctx.db, actor, eventId);
  validateOccurrence(input);
  const now = ctx.clock.now().toISOString();
  const values = {
    starts_at: iso(input.startsAt) as string,
    ends_at: iso(input.endsAt) as string,
    capacity: input.capacity,
    registration_opens_at: iso(input.registrationOpensAt),
    registration_closes_at: iso(input.registrationClosesAt),
    reminders: JSON.stringify([...new Set(input.reminders)].sort((a, b) => b - a)),
    join_url: input.joinUrl,
    updated_at: now,
  };
  const id = occurrenceId ?? newId();
  await ctx.db.transaction().execute(async (trx) => {
    if (occurrenceId) {
      const current = await trx
        .selectFrom("occurrences")
        .selectAll()
        .where("id", "=", occurrenceId)
        .where("event_id", "=", eventId)
        .executeTakeFirst();
      if (!current) throw new AppError("NOT_FOUND");
      // Guarded: fails when confirmed seats already exceed the new capacity, even under concurrency.
      const result = await trx
        .updateTable("occurrences")
        .set(values)
        .where("id", "=", occurrenceId)
        .where((eb) => (input.capacity === null ? eb.lit(true) : eb("confirmed_count", "<=", input.capacity)))
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw new AppError("CONFLICT", { capacity: "events.capacityBelowConfirmed" });
      // People who already hold a seat get a new or changed join link by mail, in the same transaction.
      if (input.joinUrl && input.joinUrl !== current.join_url) await mailJoinLink({ ...ctx, db: trx }, occurrenceId, input.joinUrl);
    } else {
      await trx
        .insertInto("occurrences")
        .values({ id, event_id: eventId, ...values, confirmed_count: 0, is_cancelled: 0, created_at: now })
        .execute();
    }
    await refreshEventSpan(trx, eventId);
    await reindex({ db: trx, clock: ctx.clock }, "event", eventId);
    await recordAudit(
      { db: trx, clock: ctx.clock },
      { actorId: actor.id, action: occurrenceId ? "occurrence.updated" : "occurrence.created", subjectType: "occurrence", subjectId: id },
    );
  });
  const saved = await findOccurrence(ctx.db, id);
  await scheduleReminders(ctx, saved);
  await fillSeats(ctx, id);
  announceContentChange();
  return findOccurrence(ctx.db, id);
}

/**
 * Cancels an occurrence: it stays on the page marked as cancelled and takes no more registrations,
 * and everyone who held a seat gets a mail with the .ics that removes it from their calendar.
 */
export async function setOccurrenceCancelled(
  ctx: Ctx & { config: SiteInfo },
  actor: Actor,
  occurrenceId: string,
  isCancelled: boolean,
): Promise<void> {
  const occurrence = await findOccurrence(ctx.db, occurrenceId);
  await eventToManage(ctx.db, actor, occurrence.eventId);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("occurrences")
      .set({ is_cancelled: isCancelled ? 1 : 0, updated_at: ctx.clock.now().toISOString() })
      .where("id", "=", occurrenceId)
      .execute();
    await refreshEventSpan(trx, occurrence.eventId);
    if (isCancelled && !occurrence.isCancelled) await mailOccurrenceCancelled({ ...ctx, db: trx }, occurrenceId);
    await reindex({ db: trx, clock: ctx.clock }, "event", occurrence.eventId);
    await recordAudit(
      { db: trx, clock: ctx.clock },
      {
        actorId: actor.id,
        action: isCancelled ? "occurrence.cancelled" : "occurrence.restored",
        subjectType: "occurrence",
        subjectId: occurrenceId,
      },
    );
  });
  announceContentChange();
}

// ---- Registration questions ----

export type QuestionInput = {
  kind: QuestionKind;
  label: LocalizedText;
  help: LocalizedText;
  options: { value: string; label: LocalizedText }[];
  isRequired: boolean;
};

export async function listQuestions(db: Db, eventId: string): Promise<Question[]> {
  const rows = await db.selectFrom("registration_questions").selectAll().where("event_id", "=", eventId).orderBy("position").execute();
  return rows.map(toQuestion);
}

export async function saveQuestion(
  ctx: Ctx,
  actor: Actor,
  eventId: string,
  questionId: string | null,
  input: QuestionInput,
): Promise<string> {
  await eventToManage(ctx.db, actor, eventId);
  const errors: Record<string, "form.invalid" | "events.labelRequired" | "events.optionsRequired"> = {};
  if (!(QUESTION_KINDS as readonly string[]).includes(input.kind)) errors.kind = "form.invalid";
  if (Object.values(input.label).every((t) => !t?.trim())) errors.label = "events.labelRequired";
  if ((input.kind === "choice" || input.kind === "multi") && input.options.length < 2) errors.options = "events.optionsRequired";
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION_FAILED", errors);
  const values = {
    kind: input.kind,
    label: JSON.stringify(input.label),
    help: JSON.stringify(input.help),
    options: JSON.stringify(input.kind === "choice" || input.kind === "multi" ? input.options : []),
    is_required: input.isRequired || input.kind === "consent" ? 1 : 0,
  };
  const id = questionId ?? newId();
  const event = await findEvent(ctx.db, eventId);
  const before = questionId ? (await listQuestions(ctx.db, eventId)).filter((q) => q.id === questionId) : [];
  if (questionId) {
    const result = await ctx.db
      .updateTable("registration_questions")
      .set(values)
      .where("id", "=", questionId)
      .where("event_id", "=", eventId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new AppError("NOT_FOUND");
  } else {
    const count = await ctx.db
      .selectFrom("registration_questions")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("event_id", "=", eventId)
      .executeTakeFirstOrThrow();
    await ctx.db
      .insertInto("registration_questions")
      .values({ id, event_id: eventId, ...values, position: Number(count.n) })
      .execute();
  }
  const after = [{ ...input, options: values.options === "[]" ? [] : input.options, id, eventId, position: 0 }];
  await recordDirectEdits(ctx.db, eventFieldTexts(event.sourceLocale, [], before), eventFieldTexts(event.sourceLocale, [], after), {
    actorId: actor.id,
    now: ctx.clock.now().toISOString(),
  });
  announceContentChange();
  return id;
}

export async function deleteQuestion(ctx: Ctx, actor: Actor, eventId: string, questionId: string): Promise<void> {
  await eventToManage(ctx.db, actor, eventId);
  const deleted = await ctx.db
    .deleteFrom("registration_questions")
    .where("id", "=", questionId)
    .where("event_id", "=", eventId)
    .executeTakeFirst();
  if (Number(deleted.numDeletedRows) > 0) await forgetFieldStates(ctx.db, "question", [questionId]);
  announceContentChange();
}

/** Moves a question one place up or down in the form. */
export async function moveQuestion(ctx: Ctx, actor: Actor, eventId: string, questionId: string, direction: "up" | "down"): Promise<void> {
  await eventToManage(ctx.db, actor, eventId);
  const questions = await listQuestions(ctx.db, eventId);
  const index = questions.findIndex((q) => q.id === questionId);
  const other = questions[direction === "up" ? index - 1 : index + 1];
  if (index < 0 || !other) return;
  const ordered = [...questions];
  ordered[index] = other;
  ordered[direction === "up" ? index - 1 : index + 1] = questions[index] as Question;
  await ctx.db.transaction().execute(async (trx) => {
    for (const [i, q] of ordered.entries())
      await trx.updateTable("registration_questions").set({ position: i }).where("id", "=", q.id).execute();
  });
  announceContentChange();
}
