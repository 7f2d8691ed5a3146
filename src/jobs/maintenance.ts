import { readdir, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { addMs, type Clock, DAY } from "../clock.ts";
import { purgeCommentSenders } from "../comments/comments.ts";
import type { Db } from "../db/index.ts";
import { outboxFolder } from "../email/mailer.ts";
import { purgeRegistrations } from "../events/registration/retention.ts";
import { purgeExpiredSessions } from "../people/sessions.ts";
import { purgeRateLimits } from "../web/rate-limit.ts";
import { type AnyJob, enqueue } from "./queue.ts";

export const PURGE = "maintenance.purge";
const OUTBOX_DAYS = 30;

/** Schedules the next daily purge; the unique key keeps it to one per day across instances. */
export async function schedulePurge(db: Db, clock: Clock, from = clock.now()): Promise<void> {
  const next = addMs(from, DAY);
  const day = next.toISOString().slice(0, 10);
  await enqueue(db, clock, PURGE, {}, { runAt: new Date(`${day}T03:00:00.000Z`), uniqueKey: `${PURGE}:${day}` });
}

/**
 * Deletes what we no longer need: expired sessions, invitations and reset links, old rate-limit
 * counters, outbox mail older than 30 days, and jobs that failed for good more than 30 days ago.
 */
export function purgeJob(db: Db, clock: Clock, dataDir: string): AnyJob {
  return {
    name: PURGE,
    schema: z.object({}),
    async run() {
      const now = clock.now();
      const iso = now.toISOString();
      const ctx = { db, clock };
      await purgeExpiredSessions(ctx);
      await purgeRateLimits(db, now);
      await db.deleteFrom("invitations").where("expires_at", "<", iso).execute();
      await db.deleteFrom("password_resets").where("expires_at", "<", iso).execute();
      await db
        .deleteFrom("jobs")
        .where("status", "=", "failed")
        .where("run_at", "<", addMs(now, -OUTBOX_DAYS * DAY).toISOString())
        .execute();
      const folder = outboxFolder(dataDir);
      const cutoff = now.getTime() - OUTBOX_DAYS * DAY;
      for (const name of await readdir(folder).catch(() => [] as string[])) {
        const file = path.join(folder, name);
        if ((await stat(file)).mtimeMs < cutoff) await unlink(file);
      }
      // Registrants' names and emails go some time after their event; see purgeRegistrations.
      while ((await purgeRegistrations(ctx)) > 0) {}
      // Commenters' address hashes and emails go 90 days after the comment; see purgeCommentSenders.
      await purgeCommentSenders(ctx);
      await schedulePurge(db, clock, now);
    },
  };
}
