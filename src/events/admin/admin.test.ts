import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createPerson, type Person, signIn, TestClient } from "../../testing/client.ts";
import { createTestEvent } from "../../testing/events.ts";
import { ENGINES, startTestApp, type TestApp } from "../../testing/harness.ts";
import { findEvent, listEventTranslations } from "../events.ts";
import { listOccurrences } from "../occurrences.ts";
import { listQuestions } from "../questions.ts";
import { register } from "../registration/registrations.ts";
import { parseInterpretation } from "./forms.ts";
import { parseReminders, readLocalTime } from "./schedule-forms.ts";

const actorOf = (p: Person) => ({ id: p.id, role: p.role, locales: p.locales });

test("form readers: local times in the event's zone, reminders and interpretation pairs", () => {
  assert.deepEqual(readLocalTime("2026-12-07T09:00", "Europe/Paris"), { iso: "2026-12-07T08:00:00.000Z" });
  assert.deepEqual(readLocalTime("2027-07-07 09:00", "Europe/Paris"), { iso: "2027-07-07T07:00:00.000Z" });
  assert.deepEqual(readLocalTime("2027-03-28T02:30", "Europe/Paris"), { error: "eventsAdmin.dateTimeSkipped" });
  assert.deepEqual(readLocalTime("2027-02-30T10:00", "Europe/Paris"), { error: "eventsAdmin.dateTimeInvalid" });
  assert.deepEqual(readLocalTime("tomorrow", "Europe/Paris"), { error: "eventsAdmin.dateTimeInvalid" });
  assert.deepEqual(parseReminders("24, 1"), [1440, 60]);
  assert.deepEqual(parseReminders(""), []);
  assert.deepEqual(parseReminders("0.5"), [30]);
  assert.equal(parseReminders("soon"), undefined);
  assert.equal(parseReminders("-1"), undefined);
  assert.deepEqual(parseInterpretation("en>ru, RU -> en; sr-latn→en"), ["en>ru", "ru>en", "sr-Latn>en"]);
  assert.equal(parseInterpretation("en>en"), undefined);
  assert.equal(parseInterpretation("english to russian"), undefined);
});

for (const engine of ENGINES) {
  describe(`organiser's event admin (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.cleanup());

    async function signedIn(role: "admin" | "organiser" | "translator", options: { locales?: ("ru" | "uk")[]; lang?: string } = {}) {
      const person = await createPerson(t.services, role, { locales: options.locales ?? [] });
      const client = new TestClient(t.app, options.lang ? { "accept-language": options.lang } : {});
      await signIn(client, person, t.clock);
      return { person, client };
    }

    test("an organiser creates a webinar in Paris time with two dates, a required question, and publishes it", async () => {
      const { client } = await signedIn("organiser");
      const list = await client.get("/admin/events");
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /href="\/admin\/events\/new"/);

      await client.get("/admin/events/new");
      const created = await client.post("/admin/events/new", {
        title: "COVID-19 and harm reduction",
        slug: "covid-hr",
        kind: "webinar",
        sourceLocale: "en",
        timeZone: "UTC",
        summary: "How services adapted.",
      });
      assert.equal(created.statusCode, 303);
      const match = /^\/admin\/events\/([^/?]+)\?done=created$/.exec(String(created.headers.location));
      assert.ok(match, String(created.headers.location));
      const id = match[1] as string;

      const settings = await client.get(`/admin/events/${id}`);
      assert.equal(settings.statusCode, 200);
      for (const tab of ["/text/en", "/agenda", "/occurrences", "/form", "/registrations", "/materials"])
        assert.ok(settings.body.includes(`href="/admin/events/${id}${tab}"`), tab);
      const saved = await client.post(`/admin/events/${id}`, {
        slug: "covid-hr",
        kind: "webinar",
        timeZone: "Europe/Paris",
        where: "online",
        workingLanguages: ["en", "ru"],
        otherLanguages: "ky",
        interpretation: "en>ru, ru>en",
        allowsPseudonymous: "yes",
        org_0: "",
        orgRole_0: "host",
      });
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 2000));
      const event = await findEvent(t.services.db, id);
      assert.equal(event.timeZone, "Europe/Paris");
      assert.deepEqual(event.workingLanguages, ["en", "ru", "ky"]);
      assert.deepEqual(event.interpretation, ["en>ru", "ru>en"]);
      assert.equal(event.allowsPseudonymous, true);
      assert.equal(event.requiresApproval, false);

      await client.get(`/admin/events/${id}/occurrences`);
      for (const [start, end] of [
        ["2026-12-07T09:00", "2026-12-07T10:30"],
        ["2026-12-07T16:30", "2026-12-07T18:00"],
        ["2027-07-07T09:00", "2027-07-07T10:30"],
      ] as const) {
        const res = await client.post(`/admin/events/${id}/occurrences`, {
          startsAt: start,
          endsAt: end,
          capacity: "3",
          reminders: "24, 1",
          joinUrl: "https://meet.example.org/covid-hr",
        });
        assert.equal(res.statusCode, 303, res.body.slice(0, 2000));
      }
      const occurrences = await listOccurrences(t.services.db, id);
      assert.deepEqual(
        occurrences.map((o) => [o.startsAt, o.endsAt]),
        [
          ["2026-12-07T08:00:00.000Z", "2026-12-07T09:30:00.000Z"],
          ["2026-12-07T15:30:00.000Z", "2026-12-07T17:00:00.000Z"],
          ["2027-07-07T07:00:00.000Z", "2027-07-07T08:30:00.000Z"],
        ],
        "09:00 in Paris is 08:00Z in December and 07:00Z in July",
      );
      assert.deepEqual(occurrences[0]?.reminders, [1440, 60]);
      assert.equal(occurrences[0]?.capacity, 3);

      const edit = await client.get(`/admin/events/${id}/occurrences/${occurrences[1]?.id}`);
      assert.match(edit.body, /name="startsAt" type="datetime-local" value="2026-12-07T16:30"/);
      assert.match(edit.body, /value="24, 1"/);
      const overview = await client.get(`/admin/events/${id}/occurrences`);
      assert.match(overview.body, /0 of 3/);
      assert.match(overview.body, /Europe\/Paris/);

      const skipped = await client.post(`/admin/events/${id}/occurrences`, {
        startsAt: "2027-03-28T02:30",
        endsAt: "2027-03-28T04:00",
        capacity: "",
        reminders: "",
      });
      assert.equal(skipped.statusCode, 422);
      assert.match(skipped.body, /does not exist in the event&#39;s time zone|does not exist in the event's time zone/);
      assert.match(skipped.body, /value="2027-03-28T02:30"/, "what was typed is kept");

      await client.get(`/admin/events/${id}/form`);
      const question = await client.post(`/admin/events/${id}/form`, {
        kind: "choice",
        label_en: "Your role",
        label_ru: "Ваша роль",
        isRequired: "yes",
        options_en: "Outreach worker\nPeer educator\nOther",
        options_ru: "Аутрич-работник\nРавный консультант\nДругое",
      });
      assert.equal(question.statusCode, 303, question.body.slice(0, 2000));
      const questions = await listQuestions(t.services.db, id);
      assert.equal(questions.length, 1);
      assert.equal(questions[0]?.isRequired, true);
      assert.deepEqual(
        questions[0]?.options.map((o) => [o.value, o.label.en, o.label.ru]),
        [
          ["outreach-worker", "Outreach worker", "Аутрич-работник"],
          ["peer-educator", "Peer educator", "Равный консультант"],
          ["other", "Other", "Другое"],
        ],
      );
      const form = await client.get(`/admin/events/${id}/form`);
      assert.match(form.body, /class="form-preview"/);
      assert.match(form.body, /Peer educator/);

      const mismatch = await client.post(`/admin/events/${id}/form`, {
        kind: "multi",
        label_en: "Topics",
        options_en: "One\nTwo",
        options_ru: "Один",
      });
      assert.equal(mismatch.statusCode, 422);
      assert.match(mismatch.body, /id="options_ru-error"/);

      await client.get(`/admin/events/${id}/agenda`);
      const session = await client.post(`/admin/events/${id}/agenda`, {
        kind: "opening",
        day: "1",
        starts: "09:00",
        ends: "09:15",
        title_en: "Welcome",
        title_ru: "Приветствие",
      });
      assert.equal(session.statusCode, 303, session.body.slice(0, 2000));
      const agenda = await client.get(`/admin/events/${id}/agenda`);
      assert.match(agenda.body, /Day 1/);
      assert.match(agenda.body, /Welcome/);

      await client.get(`/admin/events/${id}`);
      assert.equal((await client.post(`/admin/events/${id}/publish`)).statusCode, 303);
      assert.equal((await findEvent(t.services.db, id)).isPublished, true);
      const visitorList = await client.get("/admin/events");
      assert.match(visitorList.body, /COVID-19 and harm reduction/);
    });

    test("lowering seats below those taken is refused, and the refusal is shown on the form", async () => {
      const { person, client } = await signedIn("organiser");
      const { event, occurrences } = await createTestEvent(t.services, actorOf(person), { questions: [] });
      const occurrence = occurrences[0]!;
      for (const name of ["Ana", "Boris"])
        await register(t.services, occurrence.id, {
          name,
          email: `${name.toLowerCase()}@example.org`,
          locale: "en",
          isPseudonymous: false,
          answers: {},
        });
      const list = await client.get("/admin/events");
      assert.match(list.body, /2 confirmed, 0 on the waitlist, 0 awaiting approval/);
      const url = `/admin/events/${event.id}/occurrences/${occurrence.id}`;
      await client.get(url);
      const res = await client.post(url, {
        startsAt: "2026-12-07T09:00",
        endsAt: "2026-12-07T10:30",
        capacity: "1",
        reminders: "24",
      });
      assert.equal(res.statusCode, 409);
      assert.match(res.body, /More people already hold a seat than this capacity allows/);
      assert.match(res.body, /name="capacity" type="number" value="1"/);
    });

    test("an organiser cannot open another organiser's event; an administrator can, and can hand it over", async () => {
      const owner = await signedIn("organiser");
      const other = await signedIn("organiser");
      const admin = await signedIn("admin");
      const { event, occurrences } = await createTestEvent(t.services, actorOf(owner.person));
      for (const url of [
        `/admin/events/${event.id}`,
        `/admin/events/${event.id}/agenda`,
        `/admin/events/${event.id}/occurrences`,
        `/admin/events/${event.id}/occurrences/${occurrences[0]?.id}`,
        `/admin/events/${event.id}/form`,
        `/admin/events/${event.id}/text/en`,
        `/admin/events/${event.id}/text/ru`,
      ]) {
        assert.equal((await other.client.get(url)).statusCode, 403, url);
        assert.equal((await admin.client.get(url)).statusCode, 200, url);
      }
      await other.client.get("/admin/events");
      assert.equal((await other.client.post(`/admin/events/${event.id}`, { slug: "taken-over", kind: "webinar" })).statusCode, 403);
      assert.equal((await other.client.post(`/admin/events/${event.id}/publish`)).statusCode, 403);
      assert.equal((await other.client.post(`/admin/events/${event.id}/owner`, { ownerId: other.person.id })).statusCode, 403);
      assert.doesNotMatch((await other.client.get("/admin/events")).body, new RegExp(event.id));

      await admin.client.get(`/admin/events/${event.id}`);
      const handed = await admin.client.post(`/admin/events/${event.id}/owner`, { ownerId: other.person.id });
      assert.equal(handed.statusCode, 303);
      assert.equal((await other.client.get(`/admin/events/${event.id}`)).statusCode, 200);
      assert.equal((await owner.client.get(`/admin/events/${event.id}`)).statusCode, 403);
    });

    test("a Russian translator edits the Russian text only, and an English change shows as a diff", async () => {
      const organiser = await signedIn("organiser");
      const translator = await signedIn("translator", { locales: ["ru"] });
      const { event } = await createTestEvent(t.services, actorOf(organiser.person));

      const list = await translator.client.get("/admin/events");
      assert.equal(list.statusCode, 200);
      assert.ok(list.body.includes(`href="/admin/events/${event.id}/text/ru"`));
      assert.ok(!list.body.includes(`href="/admin/events/${event.id}/text/en"`));
      assert.ok(!list.body.includes('href="/admin/events/new"'));

      const editor = await translator.client.get(`/admin/events/${event.id}/text/ru`);
      assert.equal(editor.statusCode, 200);
      assert.match(editor.body, /<input id="title" name="title" type="text" value="" required="" dir="ltr" lang="ru"/);
      assert.doesNotMatch(editor.body, /class="event-tabs"/, "a translator sees no tabs they cannot open");
      const saved = await translator.client.post(`/admin/events/${event.id}/text/ru`, {
        title: "COVID-19 и снижение вреда: обмен практическим опытом",
        summary: "Как службы приспособились во время пандемии.",
        body: "Исполнители программ сравнивают опыт.",
        objectives: "Обменяться практикой\nСохранить работу служб",
        status: "published",
      });
      assert.equal(saved.statusCode, 303);
      for (const url of [`/admin/events/${event.id}`, `/admin/events/${event.id}/text/en`, `/admin/events/${event.id}/text/uk`])
        assert.equal((await translator.client.get(url)).statusCode, 403, url);
      assert.equal((await translator.client.get("/admin/events/new")).statusCode, 403);
      assert.equal((await translator.client.post(`/admin/events/${event.id}/text/en`, { title: "Hijacked" })).statusCode, 403);

      await organiser.client.get(`/admin/events/${event.id}/text/en`);
      const source = await organiser.client.post(`/admin/events/${event.id}/text/en`, {
        title: "COVID-19 and harm reduction: sharing experiences in practice",
        summary: "How services adapted during the pandemic.",
        body: "Programme implementers from 12 countries compare notes.",
        objectives: "Share practice\nKeep services open",
      });
      assert.equal(source.statusCode, 303);
      const ru = (await listEventTranslations(t.services.db, event.id)).find((x) => x.locale === "ru");
      assert.equal(ru?.status, "outdated");
      const view = await translator.client.get(`/admin/events/${event.id}/text/ru`);
      assert.match(view.body, /data-field="body"/);
      assert.doesNotMatch(view.body, /data-field="title"/);
      assert.match(view.body, /<ins>from 12 countries <\/ins>|<ins>from <\/ins>/);
      assert.match(view.body, /Исполнители программ сравнивают опыт\./, "the translation is kept for editing");
    });

    test("validation messages are in the reader's language and the input is kept", async () => {
      const { client } = await signedIn("organiser", { lang: "ru" });
      await client.get("/admin/events/new");
      const res = await client.post("/admin/events/new", {
        title: "Вебинар о снижении вреда",
        slug: "Вебинар!",
        kind: "webinar",
        sourceLocale: "ru",
        timeZone: "Europe/Moscow",
        summary: "",
      });
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /<html lang="ru"/);
      assert.match(res.body, /Используйте только строчные латинские буквы/);
      assert.match(res.body, /value="Вебинар о снижении вреда"/);
      assert.match(res.body, /value="Вебинар!"/);
      assert.match(res.body, /<option value="Europe\/Moscow" selected="">/);

      const ok = await client.post("/admin/events/new", {
        title: "Вебинар о снижении вреда",
        slug: "vebinar",
        kind: "webinar",
        sourceLocale: "ru",
        timeZone: "Europe/Moscow",
      });
      assert.equal(ok.statusCode, 303);
      const id = String(ok.headers.location).split("/")[3]?.split("?")[0];
      await client.get(`/admin/events/${id}/occurrences`);
      const bad = await client.post(`/admin/events/${id}/occurrences`, {
        startsAt: "7 декабря",
        endsAt: "2026-12-07T10:00",
        capacity: "много",
        reminders: "24, 1",
      });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /Введите дату и время, например 2026-12-07 09:00\./);
      assert.match(bad.body, /value="7 декабря"/);
      assert.match(bad.body, /value="много"/);
    });
  });
}
