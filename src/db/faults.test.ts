import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import type { Actor } from "../access/policy.ts";
import { translate } from "../i18n/messages.ts";
import { createLogger } from "../log.ts";
import { createPerson, TestClient } from "../testing/client.ts";
import { createTestEvent } from "../testing/events.ts";
import { freshStore, startTestApp, type TestApp } from "../testing/harness.ts";
import { databaseFault } from "./index.ts";

describe("what counts as a database fault", () => {
  test("an unreachable or full database, on either engine; not a bug or a broken rule", () => {
    const cases: [unknown, ReturnType<typeof databaseFault>][] = [
      [Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" }), { kind: "full", code: "SQLITE_FULL" }],
      [Object.assign(new Error("could not extend file"), { code: "53100" }), { kind: "full", code: "53100" }],
      [Object.assign(new Error("write failed"), { code: "ENOSPC" }), { kind: "full", code: "ENOSPC" }],
      [
        Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
        { kind: "unavailable", code: "57P01" },
      ],
      [Object.assign(new Error("the database system is starting up"), { code: "57P03" }), { kind: "unavailable", code: "57P03" }],
      [
        Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
        { kind: "unavailable", code: "ECONNREFUSED" },
      ],
      [new Error("Connection terminated unexpectedly"), { kind: "unavailable", code: "connection lost" }],
      [new Error("Client has encountered a connection error and is not queryable"), { kind: "unavailable", code: "connection lost" }],
      [Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" }), { kind: "unavailable", code: "SQLITE_BUSY" }],
      [
        new Error("Migration failed", { cause: Object.assign(new Error("x"), { code: "SQLITE_FULL" }) }),
        { kind: "full", code: "SQLITE_FULL" },
      ],
      [Object.assign(new Error("duplicate key value"), { code: "23505" }), undefined],
      [Object.assign(new Error("UNIQUE constraint failed"), { code: "SQLITE_CONSTRAINT_UNIQUE" }), undefined],
      [new TypeError("x is undefined"), undefined],
    ];
    for (const [error, expected] of cases) assert.deepEqual(databaseFault(error), expected, String(error));
  });
});

describe("SQLite settings", () => {
  test("synchronous is FULL (2): an acknowledged write survives a power cut", async () => {
    const fresh = await freshStore("sqlite");
    try {
      const { rows } = await sql<{ synchronous: number }>`pragma synchronous`.execute(fresh.store.db);
      assert.equal(rows[0]?.synchronous, 2);
    } finally {
      await fresh.cleanup();
    }
  });

  test("a transaction that fills the disk fails with SQLITE_FULL, not with the rollback's 'no transaction is active'", async () => {
    const fresh = await freshStore("sqlite");
    try {
      const db = fresh.store.db;
      const { rows } = await sql<{ page_count: number }>`pragma page_count`.execute(db);
      await sql.raw(`pragma max_page_count = ${rows[0]?.page_count}`).execute(db);
      const error = await db
        .transaction()
        .execute(async (trx) => {
          for (let i = 0; i < 100; i++) {
            await trx
              .insertInto("settings")
              .values({ key: `filler-${i}`, value: randomBytes(4096).toString("hex") })
              .execute();
          }
        })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      assert.equal((error as { code?: string } | undefined)?.code, "SQLITE_FULL", String(error));
      // Nothing of it stays, and the connection works on.
      const left = await db.selectFrom("settings").select("key").where("key", "like", "filler-%").execute();
      assert.equal(left.length, 0);
      await sql.raw("pragma max_page_count = 1073741823").execute(db);
      await db.insertInto("settings").values({ key: "after", value: "ok" }).execute();
    } finally {
      await fresh.cleanup();
    }
  });
});

describe("a full disk (SQLite)", () => {
  const lines: string[] = [];
  let t: TestApp;
  before(async () => {
    const sink = new Writable({
      write(chunk, _encoding, callback) {
        lines.push(String(chunk));
        callback();
      },
    });
    t = await startTestApp("sqlite", { env: { OUTREACH_REGISTRATION_LIMIT: "100000" }, log: createLogger("info", sink) });
  });
  after(() => t.cleanup());

  test("writes answer 503 with the cause in the log, /readyz is not ready, nothing accepted is lost, and it recovers", async () => {
    const p = await createPerson(t.services, "organiser");
    const organiser: Actor = { id: p.id, role: "organiser", locales: [] };
    const { occurrences, questionIds } = await createTestEvent(t.services, organiser, { occurrences: [{ capacity: 100 }] });
    const occurrence = occurrences[0]!;
    const url = `/api/v1/occurrences/${occurrence.id}/registrations`;
    const register = (i: number) =>
      t.app.inject({
        method: "POST",
        url,
        headers: { "accept-language": "ru" },
        payload: { name: `Person ${i}`, email: `full-${i}@example.org`, locale: "ru", answers: { [questionIds[0]!]: "Network" } },
      });
    assert.equal((await t.app.inject("/readyz")).statusCode, 200);

    // No more pages than the file has now: the disk is full from here on.
    const db = t.services.db;
    const { rows } = await sql<{ page_count: number }>`pragma page_count`.execute(db);
    await sql.raw(`pragma max_page_count = ${rows[0]?.page_count}`).execute(db);

    const accepted: string[] = [];
    let refused: Awaited<ReturnType<typeof register>> | undefined;
    for (let i = 0; i < 2000 && !refused; i++) {
      const res = await register(i);
      if (res.statusCode === 202) accepted.push(`full-${i}@example.org`);
      else refused = res;
    }
    assert.ok(refused, "the disk filled up");
    assert.equal(refused.statusCode, 503, refused.body);
    assert.equal(refused.headers["retry-after"], "10");
    const body = refused.json() as { error: { code: string; message: string } };
    assert.equal(body.error.code, "UNAVAILABLE");
    assert.equal(body.error.message, "База данных сайта сейчас недоступна. Пожалуйста, попробуйте ещё раз через минуту.");

    const log = lines.join("");
    assert.match(log, /"cause":"SQLITE_FULL"/, "the log names the real cause");
    assert.doesNotMatch(log, /cannot rollback/);
    assert.doesNotMatch(log, /full-\d+@example\.org/, "no address in the log");

    const ready = await t.app.inject("/readyz");
    assert.equal(ready.statusCode, 503, "not ready while writes fail");
    assert.equal((ready.json() as { status: string }).status, "database full");
    assert.equal((await t.app.inject("/healthz")).statusCode, 200, "the process itself is alive");

    // The same through the site's form: a page in the reader's language, with its code.
    const { event } = await t.services.db
      .selectFrom("events")
      .select("slug")
      .where("id", "=", occurrence.eventId)
      .executeTakeFirstOrThrow()
      .then((row) => ({ event: row }));
    const formUrl = `/fr/events/${event.slug}/register/${occurrence.id}`;
    const client = new TestClient(t.app);
    assert.equal((await client.get(formUrl)).statusCode, 200, "pages are still read");
    let page: Awaited<ReturnType<typeof client.post>> | undefined;
    for (let i = 0; i < 50 && !page; i++) {
      const res = await client.post(formUrl, { name: `Form ${i}`, email: `form-${i}@example.org`, [`q_${questionIds[0]}`]: "Network" });
      if (res.statusCode === 303) accepted.push(`form-${i}@example.org`);
      else page = res;
    }
    assert.equal(page?.statusCode, 503, page?.body);
    assert.equal(page?.headers["retry-after"], "10");
    assert.ok(page?.body.includes(translate("fr", "error.unavailable")), "the message in French");
    assert.ok(page?.body.includes("<code>UNAVAILABLE</code>"));

    // Space again: ready, and the queued requests settle into registrations.
    await sql.raw("pragma max_page_count = 1073741823").execute(db);
    assert.equal((await t.app.inject("/readyz")).statusCode, 200);
    await t.worker!.drain();

    // Every registration acknowledged before is there, and the seat counter agrees with the rows.
    const stored = await db.selectFrom("registrations").select(["email", "status"]).where("occurrence_id", "=", occurrence.id).execute();
    const storedEmails = new Set(stored.map((r) => r.email));
    assert.deepEqual(
      accepted.filter((email) => !storedEmails.has(email)),
      [],
      "every acknowledged registration is stored",
    );
    const counter = await db.selectFrom("occurrences").select("confirmed_count").where("id", "=", occurrence.id).executeTakeFirstOrThrow();
    assert.equal(counter.confirmed_count, stored.filter((r) => r.status === "confirmed").length);
    const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
    assert.equal(check.rows[0]?.integrity_check, "ok");

    assert.equal((await register(5000)).statusCode, 202, "registrations are taken again");
  });
});
