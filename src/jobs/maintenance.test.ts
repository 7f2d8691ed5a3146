import assert from "node:assert/strict";
import { mkdirSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { DAY, HOUR } from "../clock.ts";
import { outboxFolder } from "../email/mailer.ts";
import { createUser } from "../people/accounts.ts";
import { createSession } from "../people/sessions.ts";
import { PURGES } from "../server.ts";
import { ENGINES, freshStore, TestClock } from "../testing/harness.ts";
import { PURGE, purgeJob } from "./maintenance.ts";

for (const engine of ENGINES) {
  describe(`the daily purge (${engine})`, () => {
    let fresh: Awaited<ReturnType<typeof freshStore>>;
    before(async () => {
      fresh = await freshStore(engine);
    });
    after(() => fresh.cleanup());

    test("runs every purge the domains declare: expired sessions and old outbox mail go, fresh ones stay; the next run is queued", async () => {
      const clock = new TestClock();
      const db = fresh.store.db;
      const ctx = { db, clock };
      const user = await createUser(ctx, { email: "purge@example.org", name: "P", password: "a long enough password", role: "editor" });
      await createSession(ctx, user.id, true);
      clock.advance(15 * DAY);
      await createSession(ctx, user.id, true);
      const folder = outboxFolder(fresh.dataDir);
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, "old.json"), "{}");
      writeFileSync(path.join(folder, "new.json"), "{}");
      const old = new Date(clock.now().getTime() - 31 * DAY);
      utimesSync(path.join(folder, "old.json"), old, old);
      const fresher = new Date(clock.now().getTime() - HOUR);
      utimesSync(path.join(folder, "new.json"), fresher, fresher);

      await purgeJob(db, clock, fresh.dataDir, PURGES).run({}, { id: "test", attempt: 1 });

      const sessions = await db.selectFrom("sessions").select("id").execute();
      assert.equal(sessions.length, 1, "the session past its 14 days is gone, today's stays");
      assert.deepEqual(readdirSync(folder), ["new.json"]);
      const next = await db.selectFrom("jobs").select(["name", "run_at"]).where("name", "=", PURGE).execute();
      assert.equal(next.length, 1);
    });
  });
}
