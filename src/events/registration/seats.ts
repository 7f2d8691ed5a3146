import { sql } from "kysely";
import { announceContentChange } from "../../changes.ts";
import type { Db } from "../../db/index.ts";
import { AppError } from "../../errors.ts";
import { type Event, type Occurrence, toEvent, toOccurrence } from "../model.ts";
import type { RegistrationCtx } from "./registrations.ts";
import { mailStatus } from "./status-mails.ts";

/**
 * Seats and the waitlist.
 *
 * Seats are counted in `occurrences.confirmed_count` and taken only by a guarded UPDATE
 * (`… SET confirmed_count = confirmed_count + 1 WHERE confirmed_count < capacity`). On PostgreSQL
 * the row lock makes concurrent guards wait and re-check the new count; on SQLite every write
 * transaction runs alone. So a seat is never sold twice, whatever the concurrency, on any number
 * of app instances. Every change to who holds a seat takes that row lock first.
 */

export async function loadOccurrence(db: Db, occurrenceId: string): Promise<{ event: Event; occurrence: Occurrence }> {
  const occurrence = await db.selectFrom("occurrences").selectAll().where("id", "=", occurrenceId).executeTakeFirst();
  if (!occurrence) throw new AppError("NOT_FOUND", {}, "OCCURRENCE_NOT_FOUND");
  const event = await db.selectFrom("events").selectAll().where("id", "=", occurrence.event_id).executeTakeFirstOrThrow();
  return { event: toEvent(event), occurrence: toOccurrence(occurrence) };
}

/** Takes one seat if there is one; true when taken. Holds the occurrence's row lock until the transaction ends. */
export async function takeSeat(db: Db, occurrenceId: string): Promise<boolean> {
  const result = await db
    .updateTable("occurrences")
    .set((eb) => ({ confirmed_count: eb("confirmed_count", "+", 1) }))
    .where("id", "=", occurrenceId)
    .where((eb) => eb.or([eb("capacity", "is", null), eb("confirmed_count", "<", eb.ref("capacity"))]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Locks an occurrence's row (a no-op update) so seat changes on it run one at a time. */
export async function lockOccurrence(db: Db, occurrenceId: string): Promise<void> {
  await db.updateTable("occurrences").set({ confirmed_count: sql`confirmed_count` }).where("id", "=", occurrenceId).execute();
}

export async function freeSeat(db: Db, occurrenceId: string): Promise<void> {
  await db
    .updateTable("occurrences")
    .set((eb) => ({ confirmed_count: eb("confirmed_count", "-", 1) }))
    .where("id", "=", occurrenceId)
    .where("confirmed_count", ">", 0)
    .execute();
}

/**
 * Gives free seats to the waitlist, first come first served, until the seats or the waitlist run
 * out; tells each person promoted. Safe to call at any time and from any instance.
 */
export async function fillSeats(ctx: RegistrationCtx, occurrenceId: string): Promise<number> {
  let promoted = 0;
  for (;;) {
    const done = await ctx.db.transaction().execute(async (trx) => {
      // Lock the occurrence first: the seat is taken before anyone is chosen for it.
      if (!(await takeSeat(trx, occurrenceId))) return true;
      const next = await trx
        .selectFrom("registrations")
        .select("id")
        .where("occurrence_id", "=", occurrenceId)
        .where("status", "=", "waitlisted")
        .orderBy("created_at")
        .orderBy("id")
        .limit(1)
        .executeTakeFirst();
      if (!next) {
        await freeSeat(trx, occurrenceId);
        return true;
      }
      await trx
        .updateTable("registrations")
        .set({ status: "confirmed", updated_at: ctx.clock.now().toISOString() })
        .where("id", "=", next.id)
        .execute();
      await mailStatus({ ...ctx, db: trx }, next.id, "promoted");
      promoted++;
      return false;
    });
    if (done) break;
  }
  if (promoted > 0) announceContentChange();
  return promoted;
}
