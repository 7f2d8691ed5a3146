import type { Actor } from "../access/policy.ts";
import { recordAudit } from "../audit/audit.ts";
import { announceContentChange } from "../changes.ts";
import { newId } from "../db/ids.ts";
import type { Ctx, Db } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { reindex } from "../search/index.ts";
import { eventToManage } from "./events.ts";
import { type Occurrence, toOccurrence } from "./model.ts";
import { mailOccurrenceCancelled } from "./registration/cancellation.ts";
import type { SiteInfo } from "./registration/registrations.ts";
import { scheduleReminders } from "./registration/reminders.ts";
import { fillSeats } from "./registration/seats.ts";
import { mailJoinLink } from "./registration/status-mails.ts";

/** The times an event takes place, each with its seats, registration window, reminders and join link. */

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
  if (!row) throw new AppError("NOT_FOUND", {}, "OCCURRENCE_NOT_FOUND");
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
      if (Number(result.numUpdatedRows) === 0)
        throw new AppError("CONFLICT", { capacity: "events.capacityBelowConfirmed" }, "CAPACITY_BELOW_CONFIRMED");
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
