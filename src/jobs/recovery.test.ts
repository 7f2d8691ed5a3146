import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { hostname } from "node:os";
import { after, before, describe, test } from "node:test";
import { z } from "zod";
import { createLogger } from "../log.ts";
import { ENGINES, freshStore, TestClock } from "../testing/harness.ts";
import { type AnyJob, claimNextJob, enqueue } from "./queue.ts";
import { startWorker } from "./worker.ts";

const log = createLogger("silent");

/** The id of a process that has ended. */
function endedPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(String(child.stdout));
}

for (const engine of ENGINES) {
  describe(`jobs left running by a killed process (${engine})`, () => {
    let fresh: Awaited<ReturnType<typeof freshStore>>;
    const clock = new TestClock();
    before(async () => {
      fresh = await freshStore(engine);
    });
    after(() => fresh.cleanup());

    test("run again as soon as a worker starts, not when their lock expires; others' jobs are left alone", async () => {
      const db = fresh.store.db;
      const ran: string[] = [];
      const job: AnyJob = { name: "test.mail", schema: z.object({ to: z.string() }), run: async (p) => void ran.push(p.to) };
      const host = hostname();
      const hold = async (to: string, workerId: string) => {
        await enqueue(db, clock, "test.mail", { to });
        const claimed = await claimNextJob(db, engine, clock, workerId, ["test.mail"], 60 * 60_000);
        assert.ok(claimed);
      };
      // Killed mid-send: a process of this machine that has ended, and an earlier run of this very process id.
      await hold("dead@example.org", `${host}:${endedPid()}:aaaa1111`);
      await hold("same-pid@example.org", `${host}:${process.pid}:bbbb2222`);
      // Still running: a live process here (our parent), and a worker on another machine.
      await hold("alive@example.org", `${host}:${process.ppid}:cccc3333`);
      await hold("elsewhere@example.org", `other-${host}:${endedPid()}:dddd4444`);

      const worker = startWorker({ db, engine, clock, log, jobs: [job], pollMs: 20 });
      try {
        const end = Date.now() + 10_000;
        while (ran.length < 2 && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
      } finally {
        await worker.stop();
      }
      assert.deepEqual(ran.sort(), ["dead@example.org", "same-pid@example.org"]);
      const left = await db.selectFrom("jobs").select(["status", "payload"]).where("name", "=", "test.mail").execute();
      assert.deepEqual(
        left.map((j) => j.status),
        ["running", "running"],
        "the jobs of live workers keep their lock",
      );
    });
  });
}
