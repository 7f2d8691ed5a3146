import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { z } from "zod";
import { MINUTE } from "../clock.ts";
import { openStore } from "../db/index.ts";
import { createLogger } from "../log.ts";
import { ENGINES, freshStore, TestClock } from "../testing/harness.ts";
import { type AnyJob, claimNextJob, enqueue } from "./queue.ts";
import { startWorker } from "./worker.ts";

const log = createLogger("silent");

for (const engine of ENGINES) {
  describe(`job queue (${engine})`, () => {
    let fresh: Awaited<ReturnType<typeof freshStore>>;
    const clock = new TestClock();
    before(async () => {
      fresh = await freshStore(engine);
    });
    after(() => fresh.cleanup());

    test("a job runs once with its payload and leaves the queue", async () => {
      const seen: string[] = [];
      const job: AnyJob = { name: "test.echo", schema: z.object({ word: z.string() }), run: async (p) => void seen.push(p.word) };
      const worker = startWorker({ db: fresh.store.db, engine, clock, log, jobs: [job], isPolling: false });
      await enqueue(fresh.store.db, clock, "test.echo", { word: "hello" });
      assert.equal(await worker.drain(), 1);
      assert.equal(await worker.drain(), 0);
      assert.deepEqual(seen, ["hello"]);
      await worker.stop();
    });

    test("a failing job is retried with backoff, then kept as failed", async () => {
      let runs = 0;
      const job: AnyJob = {
        name: "test.flaky",
        schema: z.object({}),
        run: async () => {
          runs++;
          throw new Error("smtp down");
        },
      };
      const worker = startWorker({ db: fresh.store.db, engine, clock, log, jobs: [job], isPolling: false });
      await enqueue(fresh.store.db, clock, "test.flaky", {}, { maxAttempts: 3 });
      await worker.drain();
      assert.equal(runs, 1);
      await worker.drain();
      assert.equal(runs, 1, "not again before the backoff has passed");
      clock.advance(20_000);
      await worker.drain();
      assert.equal(runs, 2);
      clock.advance(MINUTE);
      await worker.drain();
      assert.equal(runs, 3);
      clock.advance(60 * MINUTE);
      await worker.drain();
      assert.equal(runs, 3, "no more runs after the last attempt");
      const row = await fresh.store.db.selectFrom("jobs").selectAll().where("name", "=", "test.flaky").executeTakeFirstOrThrow();
      assert.equal(row.status, "failed");
      assert.match(row.last_error ?? "", /smtp down/);
      await worker.stop();
    });

    test("a unique key keeps a scheduled job single", async () => {
      await enqueue(fresh.store.db, clock, "test.daily", {}, { uniqueKey: "test.daily:2026-11-23" });
      await enqueue(fresh.store.db, clock, "test.daily", {}, { uniqueKey: "test.daily:2026-11-23" });
      const rows = await fresh.store.db.selectFrom("jobs").select("id").where("name", "=", "test.daily").execute();
      assert.equal(rows.length, 1);
    });

    test("a job scheduled for later waits for its time", async () => {
      let runs = 0;
      const job: AnyJob = { name: "test.later", schema: z.object({}), run: async () => void runs++ };
      const worker = startWorker({ db: fresh.store.db, engine, clock, log, jobs: [job], isPolling: false });
      await enqueue(fresh.store.db, clock, "test.later", {}, { runAt: new Date(clock.now().getTime() + 10 * MINUTE) });
      await worker.drain();
      assert.equal(runs, 0);
      clock.advance(11 * MINUTE);
      await worker.drain();
      assert.equal(runs, 1);
      await worker.stop();
    });

    test("a job whose worker died is taken over once its lock expires", async () => {
      await enqueue(fresh.store.db, clock, "test.orphan", {});
      const claimed = await claimNextJob(fresh.store.db, engine, clock, "dead-worker", ["test.orphan"], 60_000);
      assert.ok(claimed);
      let runs = 0;
      const job: AnyJob = { name: "test.orphan", schema: z.object({}), run: async () => void runs++ };
      const worker = startWorker({ db: fresh.store.db, engine, clock, log, jobs: [job], isPolling: false });
      await worker.drain();
      assert.equal(runs, 0, "still locked by the dead worker");
      clock.advance(2 * MINUTE);
      await worker.drain();
      assert.equal(runs, 1);
      await worker.stop();
    });

    test("jobs survive a restart", async () => {
      await enqueue(fresh.store.db, clock, "test.durable", { n: 1 });
      const reopened =
        engine === "sqlite" ? openStore({ dataDir: fresh.dataDir }) : openStore({ databaseUrl: fresh.databaseUrl, dataDir: fresh.dataDir });
      const rows = await reopened.db.selectFrom("jobs").select("payload").where("name", "=", "test.durable").execute();
      await reopened.close();
      assert.deepEqual(
        rows.map((r) => JSON.parse(r.payload)),
        [{ n: 1 }],
      );
    });

    test("two workers on separate connections never run the same job twice", async () => {
      const runs = new Map<number, number>();
      const job: AnyJob = {
        name: "test.race",
        schema: z.object({ n: z.number() }),
        run: async (p: { n: number }) => {
          runs.set(p.n, (runs.get(p.n) ?? 0) + 1);
          await new Promise((r) => setTimeout(r, 1));
        },
      };
      for (let n = 0; n < 60; n++) await enqueue(fresh.store.db, clock, "test.race", { n });
      const second =
        engine === "sqlite" ? openStore({ dataDir: fresh.dataDir }) : openStore({ databaseUrl: fresh.databaseUrl, dataDir: fresh.dataDir });
      const a = startWorker({ db: fresh.store.db, engine, clock, log, jobs: [job], isPolling: false });
      const b = startWorker({ db: second.db, engine, clock, log, jobs: [job], isPolling: false });
      const [ranA, ranB] = await Promise.all([a.drain(), b.drain()]);
      await a.stop();
      await b.stop();
      await second.close();
      assert.equal(ranA + ranB, 60);
      assert.equal(runs.size, 60);
      assert.ok(
        [...runs.values()].every((count) => count === 1),
        "every job ran exactly once",
      );
    });
  });
}
