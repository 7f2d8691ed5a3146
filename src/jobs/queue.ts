import { EventEmitter } from "node:events";
import { sql } from "kysely";
import type { z } from "zod";
import { addMs, type Clock, HOUR } from "../clock.ts";
import { newId } from "../db/ids.ts";
import type { Db, Engine } from "../db/index.ts";
import type { JobRow } from "../db/schema.ts";

/**
 * A durable job queue in the database. Jobs have names such as `email.send`, carry ids and small
 * payloads, and must be idempotent: a job whose worker died is run again once its lock expires.
 */
export type JobDefinition<S extends z.ZodType> = {
  name: string;
  schema: S;
  maxAttempts?: number;
  /** How long a run may hold its lock before another worker may take the job over. */
  lockMs?: number;
  run(payload: z.infer<S>, job: { id: string; attempt: number }): Promise<void>;
};

// biome-ignore lint/suspicious/noExplicitAny: definitions of every payload type live in one registry
export type AnyJob = JobDefinition<any>;

export const jobEvents = new EventEmitter();

export type EnqueueOptions = {
  runAt?: Date;
  /** At most one queued job with this key exists; a second enqueue with it does nothing. */
  uniqueKey?: string;
  maxAttempts?: number;
};

/** Adds a job; call it inside the transaction that makes the job necessary. */
export async function enqueue(db: Db, clock: Clock, name: string, payload: unknown, options: EnqueueOptions = {}): Promise<void> {
  const now = clock.now();
  await db
    .insertInto("jobs")
    .values({
      id: newId(),
      name,
      payload: JSON.stringify(payload),
      status: "queued",
      unique_key: options.uniqueKey ?? null,
      run_at: (options.runAt ?? now).toISOString(),
      attempts: 0,
      max_attempts: options.maxAttempts ?? 8,
      locked_by: null,
      locked_until: null,
      last_error: null,
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column("unique_key").doNothing())
    .execute();
  jobEvents.emit("enqueued");
}

/** Wait before retry n: 15 s, 30 s, 1 min, … at most one hour. */
export function backoffMs(attempt: number): number {
  return Math.min(15_000 * 2 ** Math.max(0, attempt - 1), HOUR);
}

/**
 * Takes the next due job and locks it for this worker. On PostgreSQL, FOR UPDATE SKIP LOCKED lets
 * several instances claim at once without ever taking the same job; SQLite runs one writer at a time.
 */
export async function claimNextJob(
  db: Db,
  engine: Engine,
  clock: Clock,
  workerId: string,
  names: readonly string[],
  lockMs: number,
): Promise<JobRow | undefined> {
  if (names.length === 0) return undefined;
  const now = clock.now().toISOString();
  const lockedUntil = addMs(clock.now(), lockMs).toISOString();
  const lock = engine === "postgres" ? sql`for update skip locked` : sql``;
  const nameList = sql.join(names.map((n) => sql`${n}`));
  const result = await sql<JobRow>`
    update jobs set status = 'running', locked_by = ${workerId}, locked_until = ${lockedUntil},
      attempts = attempts + 1
    where id = (
      select id from jobs
      where name in (${nameList})
        and ((status = 'queued' and run_at <= ${now})
          or (status = 'running' and locked_until < ${now}))
      order by run_at
      limit 1
      ${lock}
    )
    returning *`.execute(db);
  return result.rows[0];
}

/** A finished job leaves the table, and its payload with it: payloads may hold an address. */
export async function completeJob(db: Db, job: JobRow, workerId: string): Promise<void> {
  await db.deleteFrom("jobs").where("id", "=", job.id).where("locked_by", "=", workerId).execute();
}

export async function failJob(db: Db, clock: Clock, job: JobRow, workerId: string, error: unknown): Promise<void> {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const isFinal = job.attempts >= job.max_attempts;
  await db
    .updateTable("jobs")
    .set({
      status: isFinal ? "failed" : "queued",
      run_at: addMs(clock.now(), backoffMs(job.attempts)).toISOString(),
      locked_by: null,
      locked_until: null,
      last_error: message.slice(0, 2000),
    })
    .where("id", "=", job.id)
    .where("locked_by", "=", workerId)
    .execute();
}

/** True while a process with this id runs on this machine. */
function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === "EPERM";
  }
}

/**
 * Queues again, at once, the jobs that a worker on this machine left running when its process died
 * (killed, or the machine restarted): waiting for their lock to expire would delay a mail by minutes.
 * Worker ids read `host:pid:suffix`; a job held by a live process, by a worker of this process
 * (`liveWorkerIds`) or by another machine is left alone. Jobs are idempotent, so a rare mistake
 * only runs one twice.
 */
export async function releaseOrphanedJobs(
  db: Db,
  clock: Clock,
  host: string,
  liveWorkerIds: ReadonlySet<string>,
  isAlive: (pid: number) => boolean = isProcessAlive,
): Promise<number> {
  const held = await db
    .selectFrom("jobs")
    .select(["id", "locked_by"])
    .where("status", "=", "running")
    .where("locked_by", "like", `${host}:%`)
    .execute();
  let released = 0;
  for (const job of held) {
    const lockedBy = job.locked_by ?? "";
    const pid = Number(lockedBy.slice(host.length + 1).split(":")[0]);
    if (!lockedBy.startsWith(`${host}:`) || liveWorkerIds.has(lockedBy) || !Number.isInteger(pid)) continue;
    if (pid !== process.pid && isAlive(pid)) continue;
    const result = await db
      .updateTable("jobs")
      .set({ status: "queued", run_at: clock.now().toISOString(), locked_by: null, locked_until: null })
      .where("id", "=", job.id)
      .where("locked_by", "=", lockedBy)
      .where("status", "=", "running")
      .executeTakeFirst();
    released += Number(result.numUpdatedRows);
  }
  return released;
}

export async function listJobs(db: Db) {
  return db
    .selectFrom("jobs")
    .select(["id", "name", "status", "run_at", "attempts", "max_attempts", "last_error", "created_at"])
    .orderBy("run_at")
    .limit(200)
    .execute();
}
