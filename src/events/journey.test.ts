import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import ICAL from "ical.js";
import { HOUR } from "../clock.ts";
import { listOutbox } from "../email/mailer.ts";
import { translate } from "../i18n/messages.ts";
import { createPerson, signIn, TestClient } from "../testing/client.ts";
import { tokenFromMail } from "../testing/events.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";

/**
 * The issue's "done when", through the web forms as people use them: an organiser (English admin)
 * sets up a two-occurrence webinar with three seats each, a question and reminders; four people
 * register for the first occurrence in English and Russian; one cancels through the private link;
 * the waitlisted person gets the seat and a mail in Russian; the .ics lands at the right local time
 * in Almaty and Belgrade.
 */
const TITLE = "COVID-19 and harm reduction: keeping services open";

function startOf(ics: string): Date {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  return new ICAL.Event(calendar.getFirstSubcomponent("vevent")!).startDate.toJSDate();
}

function wallClock(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
}

for (const engine of ENGINES) {
  describe(`an organiser's webinar, from creation to a promoted waitlist (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.cleanup());

    test("the whole journey", async () => {
      const organiser = new TestClient(t.app);
      await signIn(organiser, await createPerson(t.services, "organiser"), t.clock);

      await organiser.get("/admin/events/new");
      const created = await organiser.post("/admin/events/new", {
        title: TITLE,
        slug: "covid-webinar",
        kind: "webinar",
        sourceLocale: "en",
        timeZone: "Europe/Belgrade",
        summary: "Practitioners compare how they kept harm reduction services going.",
      });
      assert.equal(created.statusCode, 303, created.body.slice(0, 400));
      const eventPath = String(created.headers.location).split("?")[0]!;
      const eventId = eventPath.split("/")[3]!;

      for (const [startsAt, endsAt] of <[string, string][]>[
        ["2026-12-07T09:00", "2026-12-07T10:30"],
        ["2026-12-07T16:30", "2026-12-07T18:00"],
      ]) {
        await organiser.get(`${eventPath}/occurrences`);
        const res = await organiser.post(`${eventPath}/occurrences`, {
          startsAt,
          endsAt,
          capacity: "3",
          reminders: "24, 1",
          joinUrl: "https://meet.example.org/covid-webinar",
        });
        assert.equal(res.statusCode, 303, res.body.slice(0, 400));
      }
      await organiser.get(`${eventPath}/form`);
      const asked = await organiser.post(`${eventPath}/form`, {
        kind: "organisation",
        label_en: "Your organisation",
        label_ru: "Ваша организация",
        isRequired: "yes",
      });
      assert.equal(asked.statusCode, 303, asked.body.slice(0, 400));
      await organiser.get(eventPath);
      assert.equal((await organiser.post(`${eventPath}/publish`)).statusCode, 303);

      const occurrences = await t.services.db
        .selectFrom("occurrences")
        .selectAll()
        .where("event_id", "=", eventId)
        .orderBy("starts_at")
        .execute();
      assert.deepEqual(
        occurrences.map((o) => o.starts_at),
        ["2026-12-07T08:00:00.000Z", "2026-12-07T15:30:00.000Z"],
        "09:00 and 16:30 in Belgrade (UTC+1 in December)",
      );
      const first = occurrences[0]!;
      const question = await t.services.db
        .selectFrom("registration_questions")
        .select("id")
        .where("event_id", "=", eventId)
        .executeTakeFirstOrThrow();
      const reminders = await t.services.db
        .selectFrom("jobs")
        .select("run_at")
        .where("name", "=", "event.remind")
        .orderBy("run_at")
        .execute();
      assert.deepEqual(
        reminders.map((r) => r.run_at),
        ["2026-12-06T08:00:00.000Z", "2026-12-06T15:30:00.000Z", "2026-12-07T07:00:00.000Z", "2026-12-07T14:30:00.000Z"],
      );

      // Four people register for the first occurrence; the fourth, in Russian, is waitlisted.
      const people = [
        { locale: "en", segment: "en", name: "Aigerim", email: "aigerim@example.org" },
        { locale: "en", segment: "en", name: "Marko", email: "marko@example.org" },
        { locale: "ru", segment: "ru", name: "Ольга", email: "olga@example.org" },
        { locale: "ru", segment: "ru", name: "Тимур", email: "timur@example.org" },
      ];
      const privateLinks: string[] = [];
      for (const p of people) {
        const visitor = new TestClient(t.app);
        const form = await visitor.get(`/${p.segment}/events/covid-webinar/register/${first.id}`);
        assert.equal(form.statusCode, 200);
        const missing = await visitor.post(`/${p.segment}/events/covid-webinar/register/${first.id}`, { name: p.name, email: p.email });
        assert.equal(missing.statusCode, 422, "the required question is asked for");
        assert.ok(missing.body.includes(translate(p.locale as "en", "events.answerRequired")), "in the visitor's language");
        assert.ok(missing.body.includes(p.email), "what was typed is kept");
        const done = await visitor.post(`/${p.segment}/events/covid-webinar/register/${first.id}`, {
          name: p.name,
          email: p.email,
          [`q_${question.id}`]: "Harm Reduction Network",
        });
        assert.equal(done.statusCode, 303, done.body.slice(0, 300));
        assert.equal(done.headers.location, `/${p.segment}/events/covid-webinar/register/${first.id}/sent`, "check your mail");
        privateLinks.push(`/${p.segment}/registrations/${await tokenFromMail(t, p.email)}`);
      }
      const statusOf = async (link: string) => {
        const page = await new TestClient(t.app).get(link);
        assert.equal(page.statusCode, 200);
        return page.body;
      };
      assert.ok((await statusOf(privateLinks[2]!)).includes(translate("ru", "events.status.confirmed")));
      const waiting = await statusOf(privateLinks[3]!);
      assert.ok(waiting.includes(translate("ru", "events.status.waitlisted")));
      assert.ok(!waiting.includes("https://meet.example.org/covid-webinar"), "no join link while waitlisted");

      // Marko cancels through his link; Тимур gets the seat and is told in Russian.
      const marko = new TestClient(t.app);
      await marko.get(privateLinks[1]!);
      assert.equal((await marko.post(`${privateLinks[1]}/cancel`, { confirm: "yes" })).statusCode, 303);
      assert.ok((await statusOf(privateLinks[1]!)).includes(translate("en", "events.status.cancelled")));
      const promotedPage = await statusOf(privateLinks[3]!);
      assert.ok(promotedPage.includes(translate("ru", "events.status.confirmed")));
      assert.ok(promotedPage.includes("https://meet.example.org/covid-webinar"), "the join link now shows");

      await t.worker!.drain();
      const mail = await listOutbox(t.config.dataDir);
      const promotedMail = mail.find(
        (m) => m.to === "timur@example.org" && m.subject === translate("ru", "events.mail.promoted.subject", { event: TITLE }),
      );
      assert.ok(promotedMail, `Тимур is told in Russian: ${mail.map((m) => `${m.to} ${m.subject}`).join(" | ")}`);
      assert.equal(promotedMail.locale, "ru");
      assert.deepEqual(promotedMail.attachments, ["covid-webinar.ics"]);

      // The calendar file from the private page: 09:00 in Belgrade is 13:00 in Almaty.
      const ics = await new TestClient(t.app).get(`${privateLinks[3]}/calendar.ics`);
      assert.equal(ics.statusCode, 200);
      assert.match(String(ics.headers["content-type"]), /^text\/calendar/);
      const start = startOf(ics.body);
      assert.equal(wallClock(start, "Europe/Belgrade"), "09:00");
      assert.equal(wallClock(start, "Asia/Almaty"), "13:00");

      // The reminder a day before goes to the three with a seat, each in their language.
      t.clock.set(new Date(Date.parse(first.starts_at) - 24 * HOUR + 60_000));
      await t.worker!.drain();
      await t.worker!.drain();
      const reminded = (await listOutbox(t.config.dataDir))
        .filter((m) => m.subject === translate(m.locale as "en", "events.mail.reminder.subject", { event: TITLE }))
        .map((m) => m.to)
        .sort();
      assert.deepEqual(reminded, ["aigerim@example.org", "olga@example.org", "timur@example.org"]);
    });
  });
}
