import { z } from "zod";
import { addMs, type Clock, DAY } from "../clock.ts";
import type { Ctx, Db } from "../db/index.ts";
import { type AnyJob, enqueue } from "./queue.ts";

export const PURGE = "maintenance.purge";
const FAILED_JOB_DAYS = 30;

/**
 * One thing the daily purge deletes. Each domain declares its own beside its tables (e.g.
 * `purgeRegistrations` in events/registration/); the list is put together in src/server.ts, so
 * the queue knows none of them.
 */
export type Purge = {
  /** What goes, for logs and docs: "registrants' names and emails". Never a person's data. */
  what: string;
  run(ctx: Ctx & { now: Date; dataDir: string }): Promise<unknown>;
};

/** Schedules the next daily purge; the unique key keeps it to one per day across instances. */
export async function schedulePurge(db: Db, clock: Clock, from = clock.now()): Promise<void> {
  const next = addMs(from, DAY);
  const day = next.toISOString().slice(0, 10);
  await enqueue(db, clock, PURGE, {}, { runAt: new Date(`${day}T03:00:00.000Z`), uniqueKey: `${PURGE}:${day}` });
}

/** Runs every declared purge, then deletes jobs that failed for good more than 30 days ago. */
export function purgeJob(db: Db, clock: Clock, dataDir: string, purges: readonly Purge[]): AnyJob {
  return {
    name: PURGE,
    schema: z.object({}),
    async run() {
      const now = clock.now();
      for (const purge of purges) await purge.run({ db, clock, now, dataDir });
      await db
        .deleteFrom("jobs")
        .where("status", "=", "failed")
        .where("run_at", "<", addMs(now, -FAILED_JOB_DAYS * DAY).toISOString())
        .execute();
      await schedulePurge(db, clock, now);
    },
  };
}
