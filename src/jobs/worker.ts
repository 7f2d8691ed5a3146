import { hostname } from "node:os";
import type { Clock } from "../clock.ts";
import { newId } from "../db/ids.ts";
import type { Db, Engine } from "../db/index.ts";
import type { Logger } from "../log.ts";
import { type AnyJob, claimNextJob, completeJob, failJob, jobEvents, releaseOrphanedJobs } from "./queue.ts";

/** Workers running in this process: their jobs are never taken for orphans. */
const liveWorkerIds = new Set<string>();

export type Worker = {
  /** Runs due jobs until none is left; for tests and the CLI. */
  drain(): Promise<number>;
  stop(): Promise<void>;
};

/**
 * Polls the queue and runs jobs one at a time. Several workers, in one process or many, can share
 * a database: each job is claimed by exactly one of them.
 */
export function startWorker(options: {
  db: Db;
  engine: Engine;
  clock: Clock;
  log: Logger;
  jobs: readonly AnyJob[];
  pollMs?: number;
  isPolling?: boolean;
}): Worker {
  const { db, engine, clock, log } = options;
  const workerId = `${hostname()}:${process.pid}:${newId().slice(-8)}`;
  const byName = new Map(options.jobs.map((j) => [j.name, j]));
  const names = [...byName.keys()];
  const lockMs = Math.max(60_000, ...options.jobs.map((j) => j.lockMs ?? 0));
  let isStopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  async function runOne(): Promise<boolean> {
    const job = await claimNextJob(db, engine, clock, workerId, names, lockMs);
    if (!job) return false;
    const definition = byName.get(job.name);
    try {
      if (!definition) throw new Error(`No handler for job ${job.name}`);
      const payload = definition.schema.parse(JSON.parse(job.payload));
      await definition.run(payload, { id: job.id, attempt: job.attempts });
      await completeJob(db, job, workerId);
      log.info({ job: job.name, jobId: job.id, attempt: job.attempts }, "job done");
    } catch (error) {
      await failJob(db, clock, job, workerId, error);
      log.warn({ job: job.name, jobId: job.id, attempt: job.attempts, err: String(error) }, "job failed");
    }
    return true;
  }

  async function drain(): Promise<number> {
    let count = 0;
    while (!isStopped && (await runOne())) count++;
    return count;
  }

  function tick() {
    timer = undefined;
    if (isStopped) return;
    running = drain()
      .catch((error) => log.error({ err: String(error) }, "job worker error"))
      .finally(() => {
        if (!isStopped) timer = setTimeout(tick, options.pollMs ?? 1000);
      });
  }

  const wake = () => {
    if (timer && !isStopped) {
      clearTimeout(timer);
      timer = setTimeout(tick, 10);
    }
  };

  liveWorkerIds.add(workerId);
  if (options.isPolling !== false) {
    jobEvents.on("enqueued", wake);
    // Jobs a killed process of this machine left running go first, before their locks expire.
    running = releaseOrphanedJobs(db, clock, hostname(), liveWorkerIds)
      .then((released) => {
        if (released > 0) log.warn({ released }, "jobs of a stopped process queued again");
      })
      .catch((error) => log.error({ err: String(error) }, "job worker error"))
      .finally(() => {
        if (!isStopped) timer = setTimeout(tick, 10);
      });
  }

  return {
    drain: () => {
      running = running.then(drain);
      return running as Promise<number>;
    },
    async stop() {
      isStopped = true;
      liveWorkerIds.delete(workerId);
      jobEvents.off("enqueued", wake);
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
