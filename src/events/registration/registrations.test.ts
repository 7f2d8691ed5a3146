import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import ICAL from "ical.js";
import { sql } from "kysely";
import type { Actor } from "../../access/policy.ts";
import { HOUR } from "../../clock.ts";
import { listOutbox, outboxFolder } from "../../email/mailer.ts";
import { AppError } from "../../errors.ts";
import { SOURCE_CATALOG, translate } from "../../i18n/messages.ts";
import { createPerson } from "../../testing/client.ts";
import { createTestEvent } from "../../testing/events.ts";
import { ENGINES, startTestApp, type TestApp } from "../../testing/harness.ts";
import { findOccurrence, saveOccurrence } from "../occurrences.ts";
import { approveRegistration, cancelByToken, moveRegistration, updateByToken } from "./changes.ts";
import { listRegistrations } from "./organiser-list.ts";
import { findByToken, type RegistrationInput, register, requestRegistration } from "./registrations.ts";
import { purgeRegistrations } from "./retention.ts";
import { occurrenceCalendar, STATUS_MAILS } from "./status-mails.ts";

function person(n: number, locale: RegistrationInput["locale"] = "en", answers: Record<string, string> = {}): RegistrationInput {
  return { name: `Person ${n}`, email: `person${n}@example.org`, locale, isPseudonymous: false, answers };
}

/** The wall-clock time of an instant in a zone, "HH:MM". */
function wallClock(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
}

/** Reads the first VEVENT's start as an absolute instant, the way a calendar app does: through the file's own VTIMEZONE. */
function icsStart(ics: string): { instant: Date; tzid: string } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  const vevent = calendar.getFirstSubcomponent("vevent");
  assert.ok(vevent, "the file has an event");
  const event = new ICAL.Event(vevent);
  const tzid = String(vevent.getFirstProperty("dtstart")?.getParameter("tzid") ?? "");
  return { instant: event.startDate.toJSDate(), tzid };
}

test("every status mail has its subject and text in the catalogs", () => {
  const missing = STATUS_MAILS.flatMap((kind) =>
    [`events.mail.${kind}.subject`, `events.mail.${kind}.body`].filter((key) => !(key in SOURCE_CATALOG)),
  );
  assert.deepEqual(missing, []);
});

for (const engine of ENGINES) {
  describe(`registration, seats and the waitlist (${engine})`, () => {
    let t: TestApp;
    let organiser: Actor;
    before(async () => {
      t = await startTestApp(engine);
      const p = await createPerson(t.services, "organiser");
      organiser = { id: p.id, role: "organiser", locales: [] };
    });
    after(() => t.cleanup());

    test("four people for three seats: three confirmed, one waitlisted; a cancellation promotes and tells them in their language", async () => {
      const { occurrences, questionIds } = await createTestEvent(t.services, organiser);
      const first = occurrences[0]!;
      const answers = { [questionIds[0]!]: "Harm Reduction Network" };
      const results = [];
      for (const [i, locale] of (["en", "ru", "sr-Latn", "ru"] as const).entries()) {
        results.push(await register(t.services, first.id, person(i, locale, answers)));
      }
      assert.deepEqual(
        results.map((r) => r.registration.status),
        ["confirmed", "confirmed", "confirmed", "waitlisted"],
      );
      assert.equal((await findOccurrence(t.services.db, first.id)).confirmedCount, 3);

      await cancelByToken(t.services, results[1]!.token);
      const after = await listRegistrations(t.services.db, first.eventId, { occurrenceId: first.id });
      assert.deepEqual(
        after.map((r) => [r.name, r.status]),
        [
          ["Person 0", "confirmed"],
          ["Person 1", "cancelled"],
          ["Person 2", "confirmed"],
          ["Person 3", "confirmed"],
        ],
      );
      assert.equal((await findOccurrence(t.services.db, first.id)).confirmedCount, 3);

      await t.worker!.drain();
      const mail = await listOutbox(t.config.dataDir);
      const slug = (await findByToken(t.services.db, results[3]!.token))!.event.slug;
      const title = "COVID-19 and harm reduction: sharing experiences in practice";
      const promoted = mail.find(
        (m) => m.to === "person3@example.org" && m.subject === translate("ru", "events.mail.promoted.subject", { event: title }),
      );
      assert.ok(promoted, `the promoted person is told in Russian; got ${mail.map((m) => `${m.to}: ${m.subject}`).join(" | ")}`);
      assert.deepEqual(promoted.attachments, [`${slug}.ics`]);
      const eml = await readFile(path.join(outboxFolder(t.config.dataDir), `${promoted.id}.eml`), "utf8");
      assert.match(eml, /Content-Type: text\/calendar/);
      const waitlisted = mail.find((m) => m.to === "person3@example.org" && m.attachments.length === 0);
      assert.ok(waitlisted, "the waitlist mail carries no calendar file");
      assert.ok(mail.some((m) => m.to === "person2@example.org" && m.locale === "sr-Latn"));
      assert.ok(promoted.text.includes("https://meet.example.org/covid-hr"), "a confirmed online registrant gets the join link");
      assert.ok(!waitlisted.text.includes("https://meet.example.org/covid-hr"), "a waitlisted one does not");
    });

    test("the same address cannot take two seats; it gets a further link, capped per day, and its first link keeps working", async () => {
      const { occurrences, questionIds } = await createTestEvent(t.services, organiser);
      const occurrence = occurrences[0]!;
      const answers = { [questionIds[0]!]: "Org" };
      const first = await register(t.services, occurrence.id, person(10, "uk", answers));
      await assert.rejects(
        register(t.services, occurrence.id, { ...person(10, "en", answers), email: "PERSON10@example.org" }),
        (e) => e instanceof AppError && e.fields.email === "events.alreadyRegistered",
        "register() itself refuses a second seat; public callers go through requestRegistration",
      );
      await t.worker!.drain();
      const mailsBefore = (await listOutbox(t.config.dataDir)).filter((m) => m.to === "person10@example.org").length;

      for (let i = 0; i < 5; i++) {
        await requestRegistration(t.services, occurrence.id, {
          ...person(10, "en", answers),
          name: "Someone",
          email: " Person10@Example.org ",
        });
      }
      assert.equal(await t.worker!.drain(), 5 + 3, "five requests settled by the job, three mails sent");
      assert.equal((await findOccurrence(t.services.db, occurrence.id)).confirmedCount, 1, "the seat count did not change");
      const found = await findByToken(t.services.db, first.token);
      assert.equal(found?.registration.name, "Person 10", "the first link still works, and nothing was changed");
      assert.equal((await listRegistrations(t.services.db, occurrence.eventId, { occurrenceId: occurrence.id })).length, 1);

      await t.worker!.drain();
      const notices = (await listOutbox(t.config.dataDir)).filter(
        (m) => m.to === "person10@example.org" && m.subject.startsWith(translate("uk", "events.mail.link.subject", { event: "" })),
      );
      assert.equal(notices.length, 3, "at most 3 such mails a day to one address");
      assert.equal((await listOutbox(t.config.dataDir)).filter((m) => m.to === "person10@example.org").length, mailsBefore + 3);
      assert.ok(
        notices.every((m) => m.locale === "uk" && m.attachments.length === 0),
        "in the registrant's language",
      );
      const further = /\/registrations\/([\w-]+)/.exec(notices[0]!.text)?.[1];
      assert.ok(further && further !== first.token);
      assert.equal((await findByToken(t.services.db, further))?.registration.id, first.registration.id, "the further link opens it too");

      t.clock.advance(24 * HOUR);
      await requestRegistration(t.services, occurrence.id, { ...person(10, "en", answers) });
      await t.worker!.drain();
      const later = (await listOutbox(t.config.dataDir)).filter(
        (m) => m.to === "person10@example.org" && m.subject.startsWith(translate("uk", "events.mail.link.subject", { event: "" })),
      );
      assert.equal(later.length, 4, "a day later the registrant can ask again");
    });

    test("required answers and pseudonymous registration", async () => {
      const { occurrences } = await createTestEvent(t.services, organiser);
      await assert.rejects(
        register(t.services, occurrences[0]!.id, person(20)),
        (e) => e instanceof AppError && Object.values(e.fields).includes("events.answerRequired"),
      );
      const { registration } = await register(t.services, occurrences[0]!.id, { ...person(20), name: "Blue Bird", isPseudonymous: true });
      assert.equal(registration.status, "confirmed");
      assert.equal(registration.isPseudonymous, true);
    });

    test("approval, moving between occurrences, raising and lowering capacity", async () => {
      const { occurrences, questionIds, event } = await createTestEvent(t.services, organiser, { overrides: { requiresApproval: true } });
      const [a, b] = [occurrences[0]!, occurrences[1]!];
      const answers = { [questionIds[0]!]: "Org" };
      const pending = [];
      for (let i = 30; i < 34; i++) pending.push(await register(t.services, a.id, person(i, "en", answers)));
      assert.ok(pending.every((p) => p.registration.status === "pending"));
      assert.equal((await findOccurrence(t.services.db, a.id)).confirmedCount, 0, "pending people hold no seat");
      const approved = [];
      for (const p of pending) approved.push((await approveRegistration(t.services, organiser, p.registration.id)).status);
      assert.deepEqual(approved, ["confirmed", "confirmed", "confirmed", "waitlisted"]);

      const moved = await moveRegistration(t.services, organiser, pending[0]!.registration.id, b.id);
      assert.equal(moved.status, "confirmed");
      assert.equal(moved.occurrenceId, b.id);
      const afterMove = await listRegistrations(t.services.db, event.id, { occurrenceId: a.id });
      assert.deepEqual(
        afterMove.map((r) => r.status),
        ["confirmed", "confirmed", "confirmed"],
        "the seat left behind went to the waitlisted person",
      );

      const input = { ...a, reminders: [], registrationOpensAt: null, registrationClosesAt: null };
      await assert.rejects(
        saveOccurrence(t.services, organiser, event.id, a.id, { ...input, capacity: 2 }),
        (e) => e instanceof AppError && e.fields.capacity === "events.capacityBelowConfirmed",
      );
      await register(t.services, a.id, person(40, "en", answers));
      await approveRegistration(t.services, organiser, (await listRegistrations(t.services.db, event.id, { status: "pending" }))[0]!.id);
      assert.equal((await listRegistrations(t.services.db, event.id, { occurrenceId: a.id, status: "waitlisted" })).length, 1);
      await saveOccurrence(t.services, organiser, event.id, a.id, { ...input, capacity: 5 });
      assert.equal((await listRegistrations(t.services.db, event.id, { occurrenceId: a.id, status: "waitlisted" })).length, 0);
      assert.equal((await findOccurrence(t.services.db, a.id)).confirmedCount, 4);
    });

    test("a join link added or changed later is mailed to those holding a seat", async () => {
      const { event, occurrences, questionIds } = await createTestEvent(t.services, organiser, {
        occurrences: [{ joinUrl: "", capacity: 1 }],
      });
      const answers = { [questionIds[0]!]: "Org" };
      await register(t.services, occurrences[0]!.id, { ...person(90, "lt", answers), email: "join90@example.org" });
      await register(t.services, occurrences[0]!.id, { ...person(91, "en", answers), email: "join91@example.org" });
      const { id, eventId, confirmedCount, isCancelled, updatedAt, ...input } = occurrences[0]!;
      await saveOccurrence(t.services, organiser, event.id, id, { ...input, joinUrl: "https://meet.example.org/later" });
      await t.worker!.drain();
      const sent = (await listOutbox(t.config.dataDir)).filter(
        (m) => m.to.startsWith("join") && m.text.includes("https://meet.example.org/later"),
      );
      assert.deepEqual(
        sent.map((m) => [m.to, m.locale]),
        [["join90@example.org", "lt"]],
        "only the confirmed person, in Lithuanian",
      );
      void [eventId, confirmedCount, isCancelled, updatedAt];
    });

    test("a change through the private link whose move is refused keeps the old details as well", async () => {
      const { occurrences, questionIds } = await createTestEvent(t.services, organiser);
      const [a, b] = [occurrences[0]!, occurrences[1]!];
      const answers = { [questionIds[0]!]: "Org" };
      const { token } = await register(t.services, a.id, { ...person(60, "en", answers), email: "change60@example.org" });
      const { id, eventId, confirmedCount, isCancelled, updatedAt, ...input } = b;
      void [eventId, confirmedCount, isCancelled, updatedAt];
      const closed = new Date(t.clock.now().getTime() - HOUR).toISOString();
      await saveOccurrence(t.services, organiser, b.eventId, id, { ...input, registrationClosesAt: closed });
      await assert.rejects(
        updateByToken(t.services, token, {
          ...person(60, "ru", answers),
          name: "New Name",
          email: "new60@example.org",
          occurrenceId: b.id,
        }),
        (e) => e instanceof AppError && e.code === "CONFLICT",
      );
      const kept = (await findByToken(t.services.db, token))!.registration;
      assert.deepEqual([kept.name, kept.email, kept.locale, kept.occurrenceId], ["Person 60", "change60@example.org", "en", a.id]);
    });

    test("an organiser's action and its audit entry are kept together or not at all", async () => {
      const { occurrences, questionIds } = await createTestEvent(t.services, organiser, { overrides: { requiresApproval: true } });
      const { registration } = await register(t.services, occurrences[0]!.id, {
        ...person(70, "en", { [questionIds[0]!]: "Org" }),
        email: "audit70@example.org",
      });
      // The audit log cannot be written: the approval must not be kept without its entry.
      await sql`ALTER TABLE audit_log RENAME TO audit_log_away`.execute(t.services.db);
      try {
        await assert.rejects(approveRegistration(t.services, organiser, registration.id));
        await assert.rejects(moveRegistration(t.services, organiser, registration.id, occurrences[1]!.id));
      } finally {
        await sql`ALTER TABLE audit_log_away RENAME TO audit_log`.execute(t.services.db);
      }
      const still = (await listRegistrations(t.services.db, registration.eventId)).find((r) => r.id === registration.id)!;
      assert.deepEqual([still.status, still.occurrenceId], ["pending", occurrences[0]!.id]);
      await approveRegistration(t.services, organiser, registration.id);
      const entries = await t.services.db.selectFrom("audit_log").select("action").where("subject_id", "=", registration.id).execute();
      assert.deepEqual(
        entries.map((e) => e.action),
        ["registration.approved"],
      );
    });

    test("another organiser may not manage someone else's registrations", async () => {
      const { occurrences, questionIds } = await createTestEvent(t.services, organiser);
      const { registration } = await register(t.services, occurrences[0]!.id, person(50, "en", { [questionIds[0]!]: "Org" }));
      const other = await createPerson(t.services, "organiser");
      await assert.rejects(
        approveRegistration(t.services, { id: other.id, role: "organiser", locales: [] }, registration.id),
        (e) => e instanceof AppError && e.code === "FORBIDDEN",
      );
    });

    test("registration opens and closes on time", async () => {
      const { occurrences, questionIds } = await createTestEvent(t.services, organiser, {
        occurrences: [{ registrationOpensAt: "2026-11-25T00:00:00.000Z", registrationClosesAt: "2026-12-01T00:00:00.000Z" }],
      });
      const input = person(60, "en", { [questionIds[0]!]: "Org" });
      await assert.rejects(
        register(t.services, occurrences[0]!.id, input),
        (e) => e instanceof AppError && e.fields.occurrence === "events.window.not-yet",
      );
      t.clock.set("2026-11-26T00:00:00.000Z");
      assert.equal((await register(t.services, occurrences[0]!.id, input)).registration.status, "confirmed");
      t.clock.set("2026-12-02T00:00:00.000Z");
      await assert.rejects(
        register(t.services, occurrences[0]!.id, person(61, "en", { [questionIds[0]!]: "Org" })),
        (e) => e instanceof AppError && e.fields.occurrence === "events.window.closed",
      );
    });

    test("a request accepted a minute before registration closes is honoured when its job runs after the close", async () => {
      const { event, occurrences, questionIds } = await createTestEvent(t.services, organiser, {
        occurrences: [{ registrationClosesAt: "2026-11-22T10:01:00.000Z" }],
      });
      await requestRegistration(t.services, occurrences[0]!.id, person(62, "en", { [questionIds[0]!]: "Org" }));
      t.clock.set("2026-11-22T10:05:00.000Z");
      await t.worker!.drain();
      const list = await listRegistrations(t.services.db, event.id, { occurrenceId: occurrences[0]!.id });
      assert.deepEqual(
        list.map((r) => [r.email, r.status]),
        [["person62@example.org", "confirmed"]],
        "the person who was told to check their mail has a seat",
      );
    });

    test("reminders go 24 h and 1 h before, to confirmed people only, in their language", async () => {
      const { occurrences, questionIds } = await createTestEvent(t.services, organiser, {
        occurrences: [{ startsAt: "2026-11-30T08:00:00.000Z", endsAt: "2026-11-30T09:00:00.000Z", capacity: 1 }],
      });
      const answers = { [questionIds[0]!]: "Org" };
      await register(t.services, occurrences[0]!.id, { ...person(70, "uk", answers), email: "remind70@example.org" });
      await register(t.services, occurrences[0]!.id, { ...person(71, "en", answers), email: "remind71@example.org" });
      const title = "COVID-19 and harm reduction: sharing experiences in practice";
      const reminders = async () =>
        (await listOutbox(t.config.dataDir)).filter(
          (m) => m.to.startsWith("remind") && m.subject === translate(m.locale as "uk", "events.mail.reminder.subject", { event: title }),
        );
      await t.worker!.drain();
      assert.equal((await reminders()).length, 0);
      t.clock.set(new Date(Date.parse("2026-11-30T08:00:00.000Z") - 24 * HOUR + 1000));
      await t.worker!.drain();
      await t.worker!.drain();
      const dayBefore = await reminders();
      assert.deepEqual(
        dayBefore.map((m) => [m.to, m.locale]),
        [["remind70@example.org", "uk"]],
        "one reminder, to the confirmed person only, in Ukrainian",
      );
      t.clock.set(new Date(Date.parse("2026-11-30T08:00:00.000Z") - HOUR + 1000));
      await t.worker!.drain();
      await t.worker!.drain();
      assert.equal((await reminders()).length, 2, "and again one hour before");
    });

    test("the .ics places the webinar at the right local time in Almaty and Belgrade, in winter and in summer", async () => {
      const { event, occurrences } = await createTestEvent(t.services, organiser, {
        occurrences: [
          { startsAt: "2026-12-07T08:00:00.000Z", endsAt: "2026-12-07T09:30:00.000Z" },
          { startsAt: "2027-07-05T07:00:00.000Z", endsAt: "2027-07-05T08:30:00.000Z" },
        ],
      });
      for (const [occurrence, almaty, belgrade] of [
        [occurrences[0]!, "13:00", "09:00"],
        [occurrences[1]!, "12:00", "09:00"],
      ] as const) {
        const ics = await occurrenceCalendar(t.services, event, occurrence, "ru", { onlineLabel: "Онлайн" });
        assert.match(ics, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Paris/);
        const { instant, tzid } = icsStart(ics);
        assert.equal(tzid, "Europe/Paris");
        assert.equal(instant.toISOString(), occurrence.startsAt);
        assert.equal(wallClock(instant, "Asia/Almaty"), almaty);
        assert.equal(wallClock(instant, "Europe/Belgrade"), belgrade);
      }
    });

    test("an event in Almaty uses the zone's current rules (UTC+5 since March 2024)", async () => {
      const { event, occurrences } = await createTestEvent(t.services, organiser, {
        overrides: { timeZone: "Asia/Almaty" },
        occurrences: [{ startsAt: "2027-03-29T04:00:00.000Z", endsAt: "2027-03-29T12:00:00.000Z" }],
      });
      const ics = await occurrenceCalendar(t.services, event, occurrences[0]!, "en", { onlineLabel: "Online" });
      assert.match(ics, /DTSTART;TZID=Asia\/Almaty:20270329T090000/);
      assert.equal(icsStart(ics).instant.toISOString(), "2027-03-29T04:00:00.000Z");
    });

    test("personal data of registrants is removed 90 days after the occurrence; counts remain", async () => {
      const { occurrences, questionIds, event } = await createTestEvent(t.services, organiser, {
        occurrences: [{ startsAt: "2026-11-23T08:00:00.000Z", endsAt: "2026-11-23T09:00:00.000Z" }],
      });
      const { token } = await register(t.services, occurrences[0]!.id, person(80, "en", { [questionIds[0]!]: "Harm Reduction Org" }));
      t.clock.set("2027-03-01T00:00:00.000Z");
      assert.ok((await purgeRegistrations(t.services)) >= 1);
      const [row] = await listRegistrations(t.services.db, event.id);
      assert.equal(row!.name, "");
      assert.equal(row!.email, "");
      assert.equal(row!.status, "confirmed");
      assert.deepEqual(row!.answers, { [questionIds[0]!]: "Harm Reduction Org" }, "organisation answers stay for statistics");
      assert.equal(await findByToken(t.services.db, token), undefined);
    });
  });
}
