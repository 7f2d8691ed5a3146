import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import type { Actor } from "../../access/policy.ts";
import { openStore } from "../../db/index.ts";
import { listOutbox } from "../../email/mailer.ts";
import { AppError } from "../../errors.ts";
import { createLogger } from "../../log.ts";
import { prepare } from "../../server.ts";
import { createPerson } from "../../testing/client.ts";
import { createTestEvent } from "../../testing/events.ts";
import { ENGINES, startTestApp, type TestApp } from "../../testing/harness.ts";
import { findOccurrence } from "../occurrences.ts";
import { listRegistrations } from "./organiser-list.ts";
import { register } from "./registrations.ts";

/**
 * Registration never sells a seat twice: many simultaneous registrations over real HTTP at one
 * occurrence, on SQLite with one instance and on PostgreSQL with two instances sharing the database.
 */
const REQUESTS = Number(process.env.OUTREACH_TEST_REGISTRATIONS ?? 200);
const SEATS = Number(process.env.OUTREACH_TEST_SEATS ?? 50);

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: "127.0.0.1" });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

for (const engine of ENGINES) {
  describe(`simultaneous registrations (${engine})`, () => {
    let t: TestApp;
    const extra: { close(): Promise<void> }[] = [];
    const bases: string[] = [];
    const env = { OUTREACH_REGISTRATION_LIMIT: "100000" };

    before(async () => {
      t = await startTestApp(engine, { env });
      bases.push(await listen(t.app));
      if (engine === "postgres") {
        // A second app instance on its own connection pool, as behind a load balancer.
        const store = openStore({ databaseUrl: databaseUrlOf(t), dataDir: t.config.dataDir, poolSize: 10 });
        const second = await prepare(t.config, { clock: t.clock, log: createLogger("silent"), store });
        bases.push(await listen(second.app));
        extra.push({ close: () => second.close().then(() => store.close()) });
      }
    });
    after(async () => {
      for (const e of extra) await e.close();
      await t.cleanup();
    });

    test(`${REQUESTS} at once for ${SEATS} seats: exactly ${SEATS} confirmed, the rest waitlisted, nothing lost`, async () => {
      const p = await createPerson(t.services, "organiser");
      const organiser: Actor = { id: p.id, role: "organiser", locales: [] };
      const { occurrences, questionIds } = await createTestEvent(t.services, organiser, {
        occurrences: [{ capacity: SEATS }],
      });
      const occurrence = occurrences[0]!;
      const responses = await Promise.all(
        Array.from({ length: REQUESTS }, async (_, i) => {
          const base = bases[i % bases.length];
          const res = await fetch(`${base}/api/v1/occurrences/${occurrence.id}/registrations`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({
              name: `Person ${i}`,
              email: `p${i}@example.org`,
              locale: i % 2 ? "ru" : "en",
              answers: { [questionIds[0]!]: "Network" },
            }),
          });
          return { status: res.status, body: (await res.json()) as { next_step?: string } };
        }),
      );
      const byStatus = new Map<number, number>();
      for (const r of responses) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
      assert.deepEqual([...byStatus], [[202, REQUESTS]], "every request was accepted");
      assert.ok(responses.every((r) => r.body.next_step === "check_email"));
      // Each instance's worker settles the queued registrations at once; wait for every one of them.
      for (let i = 0; i < 200; i++) {
        await t.worker?.drain();
        const waiting = await t.services.db
          .selectFrom("jobs")
          .select("id")
          .where("name", "in", ["events.register", "email.send"])
          .where("status", "!=", "failed")
          .execute();
        if (waiting.length === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }

      const stored = await listRegistrations(t.services.db, occurrence.eventId, { occurrenceId: occurrence.id });
      assert.equal(stored.length, REQUESTS, "nothing lost");
      assert.equal(new Set(stored.map((r) => r.email)).size, REQUESTS);
      assert.equal(stored.filter((r) => r.status === "confirmed").length, SEATS);
      assert.equal(stored.filter((r) => r.status === "waitlisted").length, REQUESTS - SEATS);
      assert.equal((await findOccurrence(t.services.db, occurrence.id)).confirmedCount, SEATS);
      const mails = await listOutbox(t.config.dataDir, REQUESTS * 2);
      assert.equal(new Set(mails.map((m) => m.to)).size, REQUESTS, "every registrant has had a mail");
    });

    test("20 at once with one address: exactly one seat, the others refused as already registered", async () => {
      const p = await createPerson(t.services, "organiser");
      const organiser: Actor = { id: p.id, role: "organiser", locales: [] };
      const { occurrences, questionIds } = await createTestEvent(t.services, organiser, { occurrences: [{ capacity: SEATS }] });
      const occurrence = occurrences[0]!;
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) =>
          register(t.services, occurrence.id, {
            name: `Person ${i}`,
            email: i % 2 ? "Same@Example.org" : "same@example.org",
            locale: "en",
            isPseudonymous: false,
            answers: { [questionIds[0]!]: "Network" },
          }),
        ),
      );
      assert.equal(results.filter((r) => r.status === "fulfilled").length, 1, "one registration");
      for (const r of results) {
        if (r.status === "rejected")
          assert.ok(r.reason instanceof AppError && r.reason.fields.email === "events.alreadyRegistered", String(r.reason));
      }
      const stored = await listRegistrations(t.services.db, occurrence.eventId, { occurrenceId: occurrence.id });
      assert.equal(stored.length, 1);
      assert.equal((await findOccurrence(t.services.db, occurrence.id)).confirmedCount, 1, "one seat taken");
    });

    test("20 posts at once with one address over HTTP: the same answer to each, one seat", async () => {
      const p = await createPerson(t.services, "organiser");
      const organiser: Actor = { id: p.id, role: "organiser", locales: [] };
      const { occurrences, questionIds } = await createTestEvent(t.services, organiser, { occurrences: [{ capacity: SEATS }] });
      const occurrence = occurrences[0]!;
      const responses = await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          const res = await fetch(`${bases[i % bases.length]}/api/v1/occurrences/${occurrence.id}/registrations`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({
              name: `Person ${i}`,
              email: "one@example.org",
              locale: "en",
              answers: { [questionIds[0]!]: "Network" },
            }),
          });
          return { status: res.status, body: await res.text() };
        }),
      );
      assert.ok(
        responses.every((r) => r.status === 202 && r.body === responses[0]!.body),
        "every post gets the same answer",
      );
      for (let i = 0; i < 200; i++) {
        await t.worker?.drain();
        const waiting = await t.services.db
          .selectFrom("jobs")
          .select("id")
          .where("name", "=", "events.register")
          .where("status", "!=", "failed")
          .execute();
        if (waiting.length === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const stored = await listRegistrations(t.services.db, occurrence.eventId, { occurrenceId: occurrence.id });
      assert.deepEqual(
        stored.map((r) => [r.email, r.status]),
        [["one@example.org", "confirmed"]],
      );
      assert.equal((await findOccurrence(t.services.db, occurrence.id)).confirmedCount, 1, "one seat taken");
    });
  });
}

function databaseUrlOf(t: TestApp): string {
  const url = t.config.databaseUrl;
  if (!url) throw new Error("no database url");
  return url;
}
