import type { Ctx } from "../../db/index.ts";
import { enqueue } from "../../jobs/queue.ts";
import { type Occurrence, toOccurrence } from "../model.ts";
import type { RegistrationCtx } from "./registrations.ts";
import { mailStatus } from "./status-mails.ts";

export const REMIND = "event.remind";

/** Queues one reminder job per configured reminder, keyed by the start so a moved occurrence gets new ones. */
export async function scheduleReminders(ctx: Ctx, occurrence: Occurrence): Promise<void> {
  const now = ctx.clock.now().getTime();
  for (const minutes of occurrence.reminders) {
    const runAt = Date.parse(occurrence.startsAt) - minutes * 60_000;
    if (runAt <= now) continue;
    await enqueue(
      ctx.db,
      ctx.clock,
      REMIND,
      { occurrenceId: occurrence.id, minutes, startsAt: occurrence.startsAt },
      { runAt: new Date(runAt), uniqueKey: `remind:${occurrence.id}:${minutes}:${occurrence.startsAt}` },
    );
  }
}

/** Runs a reminder: one mail to each confirmed registrant, unless the occurrence moved or was cancelled since. */
export async function sendReminders(
  ctx: RegistrationCtx,
  payload: { occurrenceId: string; minutes: number; startsAt: string },
): Promise<number> {
  const row = await ctx.db.selectFrom("occurrences").selectAll().where("id", "=", payload.occurrenceId).executeTakeFirst();
  if (!row) return 0;
  const occurrence = toOccurrence(row);
  if (occurrence.isCancelled || occurrence.startsAt !== payload.startsAt || !occurrence.reminders.includes(payload.minutes)) return 0;
  const registrations = await ctx.db
    .selectFrom("registrations")
    .select("id")
    .where("occurrence_id", "=", occurrence.id)
    .where("status", "=", "confirmed")
    .where("email", "!=", "")
    .execute();
  for (const r of registrations) {
    // The unique key keeps a re-run of this job from queueing a second reminder that is still waiting.
    await mailStatus(ctx, r.id, "reminder", undefined, `reminder:${r.id}:${payload.minutes}:${payload.startsAt}`);
  }
  return registrations.length;
}
