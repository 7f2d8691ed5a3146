import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { describeField, type FieldState, type FieldText, fieldStatus, hashText, planFieldWrites } from "../i18n/field-translations.ts";
import { createPerson, type Person, signIn, TestClient } from "../testing/client.ts";
import { createTestEvent } from "../testing/events.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { getEventFieldEditor } from "./field-texts.ts";
import { listQuestions, saveQuestion } from "./questions.ts";
import { listSessions, saveSession } from "./sessions.ts";

const actorOf = (p: Person) => ({ id: p.id, role: p.role, locales: p.locales });

test("field status: missing, published, draft, outdated when the source it was made from changed", () => {
  const text: FieldText = { subjectType: "session", subjectId: "s1", field: "title", texts: { en: "Opening" }, sourceLocale: "en" };
  assert.equal(fieldStatus(text, "en", undefined), "published");
  assert.equal(fieldStatus(text, "ru", undefined), "missing");
  const made: FieldState = {
    text: "Открытие",
    status: "published",
    sourceLocale: "en",
    sourceText: "Opening",
    sourceHash: hashText("Opening"),
    updatedAt: "",
  };
  const translated = { ...text, texts: { en: "Opening", ru: "Открытие" } };
  assert.equal(fieldStatus(translated, "ru", made), "published");
  assert.equal(fieldStatus(translated, "ru", { ...made, status: "draft" }), "draft");
  const changed = { ...translated, texts: { en: "Opening words", ru: "Открытие" } };
  assert.equal(fieldStatus(changed, "ru", made), "outdated");
  assert.deepEqual(describeField(changed, "ru", made).change, { field: "session:s1:title", before: "Opening", after: "Opening words" });
  // A text written by the organiser's own form, before states were kept, reads as published.
  assert.equal(fieldStatus(translated, "ru", undefined), "published");
  // Saving the form around an outdated text, unchanged, does not confirm it.
  const states = new Map([["session:s1:title@ru", made]]);
  assert.deepEqual(
    planFieldWrites([changed], "ru", states, () => "Открытие", "published"),
    [],
  );
  assert.equal(planFieldWrites([changed], "ru", states, () => "Вступительное слово", "published").length, 1);
  // The source language is never written through the translator's form.
  assert.deepEqual(
    planFieldWrites([changed], "en", states, () => "Hijacked", "published"),
    [],
  );
});

for (const engine of ENGINES) {
  describe(`translating an event's agenda and registration form (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.cleanup());

    async function signedIn(role: "admin" | "translator", locales: ("ru" | "uk")[] = []) {
      const person = await createPerson(t.services, role, { locales });
      const client = new TestClient(t.app);
      await signIn(client, person, t.clock);
      return { person, client };
    }

    test("a translator for Russian translates the consent question and the agenda; the Russian form shows the Russian consent", async () => {
      const { person: admin } = await signedIn("admin");
      const { event, occurrences, questionIds } = await createTestEvent(t.services, actorOf(admin), {
        questions: [
          { kind: "consent", label: "I agree that my name and email are kept until 90 days after the event." },
          { kind: "choice", label: "Your role", options: ["Outreach worker", "Nurse"] },
        ],
      });
      const sessionId = await saveSession(t.services, actorOf(admin), event.id, null, {
        kind: "presentation",
        day: 1,
        starts: "09:00",
        ends: "10:00",
        title: { en: "Opening" },
        description: { en: "Why harm reduction works." },
        room: "",
        people: [],
      });
      const [consentId, roleId] = questionIds as [string, string];
      const { client } = await signedIn("translator", ["ru"]);

      const page = await client.get(`/admin/events/${event.id}/translate/ru`);
      assert.equal(page.statusCode, 200, page.body.slice(0, 1000));
      assert.match(page.body, /I agree that my name and email are kept/);
      assert.match(page.body, /status-missing/);

      const consentKey = `question:${consentId}:label`;
      const saved = await client.post(`/admin/events/${event.id}/translate/ru`, {
        [consentKey]: "Я согласен(на), что моё имя и email хранятся до 90 дней после мероприятия.",
        [`question:${roleId}:label`]: "Ваша роль",
        [`question:${roleId}:option.outreach-worker`]: "Аутрич-работник",
        [`question:${roleId}:option.nurse`]: "Медсестра",
        [`session:${sessionId}:title`]: "Открытие",
        [`session:${sessionId}:description`]: "",
        status: "published",
      });
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 2000));

      const form = await client.get(`/ru/events/${event.slug}/register/${occurrences[0]?.id}`);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /Я согласен\(на\), что моё имя и email хранятся/);
      assert.doesNotMatch(form.body, /I agree that my name/);
      assert.match(form.body, /Аутрич-работник/);
      const eventPage = await client.get(`/ru/events/${event.slug}`);
      assert.match(eventPage.body, /Открытие/);
      const [session] = await listSessions(t.services.db, event.id);
      assert.deepEqual(session?.description, { en: "Why harm reduction works." }, "an empty field stays untranslated");

      // The organiser changes the consent text: the Russian one is outdated, with the change shown word by word.
      const questions = await listQuestions(t.services.db, event.id);
      const consent = questions.find((q) => q.id === consentId);
      assert.ok(consent);
      await saveQuestion(t.services, actorOf(admin), event.id, consentId, {
        ...consent,
        label: { ...consent.label, en: "I agree that my name and email are kept until 30 days after the event." },
      });
      const outdated = await client.get(`/admin/events/${event.id}/translate/ru`);
      assert.match(outdated.body, /status-outdated/);
      assert.match(outdated.body, /<del>90<\/del>/);
      assert.match(outdated.body, /<ins>30<\/ins>/);

      // A draft is kept for the translator; readers still see the published text until it is published.
      const draft = await client.post(`/admin/events/${event.id}/translate/ru`, {
        [consentKey]: "Я согласен(на), что моё имя и email хранятся до 30 дней после мероприятия.",
        status: "draft",
      });
      assert.equal(draft.statusCode, 303);
      const stillOld = await client.get(`/ru/events/${event.slug}/register/${occurrences[0]?.id}`);
      assert.match(stillOld.body, /до 90 дней/);
      const published = await client.post(`/admin/events/${event.id}/translate/ru`, {
        [consentKey]: "Я согласен(на), что моё имя и email хранятся до 30 дней после мероприятия.",
        status: "published",
      });
      assert.equal(published.statusCode, 303);
      const fresh = await client.get(`/ru/events/${event.slug}/register/${occurrences[0]?.id}`);
      assert.match(fresh.body, /до 30 дней/);
      const upToDate = await client.get(`/admin/events/${event.id}/translate/ru`);
      assert.doesNotMatch(upToDate.body, /<del>90<\/del>/);
    });

    test("a Russian translator cannot write Ukrainian, the original, or a setting", async () => {
      const { person: admin } = await signedIn("admin");
      const { event, questionIds } = await createTestEvent(t.services, actorOf(admin), {
        questions: [{ kind: "consent", label: "I agree." }],
      });
      const key = `question:${questionIds[0]}:label`;
      const { client } = await signedIn("translator", ["ru"]);
      assert.equal((await client.get(`/admin/events/${event.id}/translate/uk`)).statusCode, 403);
      const uk = await client.post(`/admin/events/${event.id}/translate/uk`, { [key]: "Я згоден.", status: "published" });
      assert.equal(uk.statusCode, 403);
      const source = await client.post(`/admin/events/${event.id}/translate/en`, { [key]: "Hijacked.", status: "published" });
      assert.equal(source.statusCode, 404);
      const setting = await client.post(`/admin/events/${event.id}/form/${questionIds[0]}`, {
        kind: "text",
        label_en: "Hijacked.",
      });
      assert.equal(setting.statusCode, 403);
      // Fields that are not texts of this event are ignored by the translator's form.
      const other = await client.post(`/admin/events/${event.id}/translate/ru`, {
        [key]: "Я согласен.",
        [`question:${questionIds[0]}:kind`]: "text",
        "question:someone-else:label": "Чужой текст",
        status: "published",
      });
      assert.equal(other.statusCode, 303);
      const [question] = await listQuestions(t.services.db, event.id);
      assert.deepEqual(question?.label, { en: "I agree.", ru: "Я согласен." });
      assert.equal(question?.kind, "consent");
    });

    test("texts the organiser types in their own form count as translated from the source of that save", async () => {
      const { person: admin } = await signedIn("admin");
      const actor = actorOf(admin);
      const { event, questionIds } = await createTestEvent(t.services, actor, { questions: [{ kind: "consent", label: "I agree." }] });
      const id = questionIds[0] as string;
      const question = async () => (await listQuestions(t.services.db, event.id)).find((q) => q.id === id);
      const current = await question();
      assert.ok(current);
      await saveQuestion(t.services, actor, event.id, id, { ...current, label: { en: "I agree.", ru: "Я согласен." } });
      const status = async () => {
        const editor = await getEventFieldEditor(t.services.db, event, "ru", ["en", "ru"]);
        return editor.items.find((i) => i.key === `question:${id}:label`)?.status;
      };
      assert.equal(await status(), "published");
      // Source and translation changed together: still up to date.
      await saveQuestion(t.services, actor, event.id, id, { ...current, label: { en: "I agree, fully.", ru: "Я полностью согласен." } });
      assert.equal(await status(), "published");
      // The source alone: outdated.
      await saveQuestion(t.services, actor, event.id, id, { ...current, label: { en: "I agree to it.", ru: "Я полностью согласен." } });
      assert.equal(await status(), "outdated");
    });
  });
}
