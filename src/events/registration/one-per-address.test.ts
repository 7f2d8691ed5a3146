import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Kysely } from "kysely";
import type { Actor } from "../../access/policy.ts";
import { down, up } from "../../db/migrations/2026-12-08T0020-one-registration-per-address.ts";
import type { RegistrationRow } from "../../db/schema.ts";
import { listOutbox } from "../../email/mailer.ts";
import { AppError } from "../../errors.ts";
import { translate } from "../../i18n/messages.ts";
import { createPerson } from "../../testing/client.ts";
import { createTestEvent } from "../../testing/events.ts";
import { ENGINES, startTestApp, type TestApp } from "../../testing/harness.ts";
import { findOccurrence } from "../occurrences.ts";
import { moveRegistration, updateByToken } from "./changes.ts";
import { listRegistrations } from "./organiser-list.ts";
import { findByToken, type RegistrationInput, register } from "./registrations.ts";

/** One address holds at most one active registration per occurrence, backed by a unique index. */
function person(name: string, email: string, answers: Record<string, string>): RegistrationInput {
  return { name, email, locale: "en", isPseudonymous: false, answers };
}

for (const engine of ENGINES) {
  describe(`one active registration per address and occurrence (${engine})`, () => {
    let t: TestApp;
    let organiser: Actor;
    before(async () => {
      t = await startTestApp(engine);
      const p = await createPerson(t.services, "organiser");
      organiser = { id: p.id, role: "organiser", locales: [] };
    });
    after(() => t.cleanup());

    test("changing the address through the private link to one already registered: the same answer, a further link to that address, nothing written", async () => {
      const { occurrences, questionIds } = await createTestEvent(t.services, organiser);
      const occurrence = occurrences[0]!;
      const answers = { [questionIds[0]!]: "Org" };
      const a = await register(t.services, occurrence.id, person("Anna", "anna@example.org", answers));
      const b = await register(t.services, occurrence.id, person("Boris", "boris@example.org", answers));
      await t.worker!.drain();
      const before = (await listOutbox(t.config.dataDir)).filter((m) => m.to === "anna@example.org").length;

      const changed = await updateByToken(t.services, b.token, {
        ...person("Boris B.", " Anna@Example.org ", answers),
        occurrenceId: occurrence.id,
      });
      assert.equal(changed.email, "boris@example.org", "the address is not taken over");
      assert.equal(changed.name, "Boris B.", "the other details are saved as usual");
      assert.equal((await findByToken(t.services.db, a.token))?.registration.name, "Anna", "Anna's registration is untouched");

      await t.worker!.drain();
      const mails = (await listOutbox(t.config.dataDir)).filter((m) => m.to === "anna@example.org");
      assert.equal(mails.length, before + 1, "the address is mailed a further link to its own registration");
      assert.ok(mails[0]!.subject.startsWith(translate("en", "events.mail.link.subject", { event: "" })));
      const active = await listRegistrations(t.services.db, occurrence.eventId, { occurrenceId: occurrence.id, q: "anna@" });
      assert.equal(active.length, 1);
    });

    test("an organiser cannot move a registration onto an occurrence where its address already holds one", async () => {
      const { occurrences, questionIds } = await createTestEvent(t.services, organiser);
      const answers = { [questionIds[0]!]: "Org" };
      const first = await register(t.services, occurrences[0]!.id, person("Vera", "vera@example.org", answers));
      await register(t.services, occurrences[1]!.id, person("Vera", "vera@example.org", answers));
      await assert.rejects(
        moveRegistration(t.services, organiser, first.registration.id, occurrences[1]!.id),
        (e) => e instanceof AppError && e.status === 409 && e.fields.occurrenceId === "events.alreadyRegistered",
      );
      assert.equal((await findOccurrence(t.services.db, occurrences[1]!.id)).confirmedCount, 1);
      assert.equal((await findOccurrence(t.services.db, occurrences[0]!.id)).confirmedCount, 1);
    });

    test("the migration keeps the registration holding a seat (else the oldest), cancels later duplicates and recounts seats", async () => {
      const { occurrences, questionIds } = await createTestEvent(t.services, organiser, { occurrences: [{ capacity: 10 }] });
      const occurrence = occurrences[0]!;
      const answers = { [questionIds[0]!]: "Org" };
      const kept = await register(t.services, occurrence.id, person("Kept", "dup@example.org", answers));
      const other = await register(t.services, occurrence.id, person("Other", "other@example.org", answers));
      const db = t.services.db;
      await down(db as unknown as Kysely<unknown>);
      const row = await db.selectFrom("registrations").selectAll().where("id", "=", kept.registration.id).executeTakeFirstOrThrow();
      const copy = (id: string, status: RegistrationRow["status"], createdAt: string): RegistrationRow => ({
        ...row,
        id,
        status,
        token_hash: `hash-${id}`,
        created_at: createdAt,
      });
      // An older waitlisted duplicate, a later confirmed one, a later pending one, and a cancelled one outside the rule.
      await db
        .insertInto("registrations")
        .values([
          copy("dup-older-waitlisted", "waitlisted", "2026-01-01T00:00:00.000Z"),
          copy("dup-later-confirmed", "confirmed", "2030-01-01T00:00:00.000Z"),
          copy("dup-later-pending", "pending", "2030-01-02T00:00:00.000Z"),
          copy("dup-cancelled", "cancelled", "2030-01-03T00:00:00.000Z"),
        ])
        .execute();
      await db.updateTable("occurrences").set({ confirmed_count: 3 }).where("id", "=", occurrence.id).execute();

      await up(db as unknown as Kysely<unknown>);
      const rows = await db
        .selectFrom("registrations")
        .select(["id", "status"])
        .where("occurrence_id", "=", occurrence.id)
        .orderBy("id")
        .execute();
      assert.deepEqual(Object.fromEntries(rows.map((r) => [r.id, r.status])), {
        [kept.registration.id]: "confirmed",
        [other.registration.id]: "confirmed",
        "dup-older-waitlisted": "cancelled",
        "dup-later-confirmed": "cancelled",
        "dup-later-pending": "cancelled",
        "dup-cancelled": "cancelled",
      });
      assert.equal((await findOccurrence(db, occurrence.id)).confirmedCount, 2, "the seat count is counted again");
      await assert.rejects(
        db
          .insertInto("registrations")
          .values(copy("dup-after", "pending", "2030-02-01T00:00:00.000Z"))
          .execute(),
        "the index refuses a further active duplicate",
      );
      await db
        .insertInto("registrations")
        .values(copy("dup-after-cancelled", "cancelled", "2030-02-01T00:00:00.000Z"))
        .execute();
    });
  });
}
