import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Actor } from "../access/policy.ts";
import { listOutbox } from "../email/mailer.ts";
import { saveEventTranslation } from "../events/events.ts";
import { findByToken } from "../events/registration/registrations.ts";
import { saveSession } from "../events/sessions.ts";
import { translate } from "../i18n/messages.ts";
import { createApiToken, toActor } from "../people/accounts.ts";
import { createPerson, type Person, signIn, TestClient } from "../testing/client.ts";
import { createTestEvent, tokenFromMail } from "../testing/events.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { openApiPath } from "./openapi.ts";
import {
  ErrorBody,
  EventDetail,
  EventList,
  ManagedOccurrence,
  Me,
  OccurrenceList,
  PublicOccurrence,
  Registration,
  RegistrationList,
  RegistrationReceived,
} from "./schemas.ts";

type Answer = { status: number; headers: Record<string, unknown>; body: string; json: unknown };

/** What the coverage test reads of the OpenAPI document. */
type OpenApi = {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      { security?: unknown[]; parameters: { name: string; in: string }[]; requestBody?: unknown; responses: Record<string, unknown> }
    >
  >;
  components: Record<string, Record<string, unknown>> & { schemas: Record<string, { required?: string[] }> };
};

for (const engine of ENGINES) {
  describe(`JSON API (${engine})`, () => {
    let t: TestApp;
    let organiser: Person;
    let otherOrganiser: Person;
    let organiserToken: string;
    let otherToken: string;
    let adminToken: string;
    let participantToken: string;
    let lastAddress = 0;

    /** Calls the API as a program would: JSON in and out, a token when given, each call from a new address. */
    async function api(
      method: "GET" | "POST" | "PATCH",
      url: string,
      options: { body?: unknown; raw?: string; token?: string; headers?: Record<string, string>; address?: string } = {},
    ): Promise<Answer> {
      const hasJson = options.body !== undefined;
      const res = await t.app.inject({
        method,
        url,
        remoteAddress: options.address ?? `10.77.${Math.floor(++lastAddress / 250)}.${(lastAddress % 250) + 1}`,
        headers: {
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(hasJson ? { "content-type": "application/json" } : {}),
          ...options.headers,
        },
        ...(hasJson ? { payload: JSON.stringify(options.body) } : options.raw !== undefined ? { payload: options.raw } : {}),
      });
      assert.ok(res.statusCode < 500, `${method} ${url} answered ${res.statusCode}: ${res.body}`);
      assert.match(String(res.headers["content-type"]), /^application\/json; charset=utf-8/);
      return { status: res.statusCode, headers: res.headers, body: res.body, json: res.body ? JSON.parse(res.body) : {} };
    }

    function assertError(answer: Answer, status: number, code: string): Record<string, { code: string; message: string }> {
      assert.equal(answer.status, status, answer.body);
      const { error } = ErrorBody.parse(answer.json);
      assert.equal(error.code, code);
      assert.equal(answer.headers["cache-control"], "no-store");
      return error.fields;
    }

    const actorOf = (person: Person): Actor => toActor(person);

    before(async () => {
      t = await startTestApp(engine);
      organiser = await createPerson(t.services, "organiser");
      otherOrganiser = await createPerson(t.services, "organiser");
      const admin = await createPerson(t.services, "admin");
      const participant = await createPerson(t.services, "participant");
      organiserToken = await createApiToken(t.services, organiser.id);
      otherToken = await createApiToken(t.services, otherOrganiser.id);
      adminToken = await createApiToken(t.services, admin.id);
      participantToken = await createApiToken(t.services, participant.id);
    });
    after(() => t.cleanup());

    test("public list, detail and occurrences read in the asked language, with fallback and no private data", async () => {
      const { event, occurrences } = await createTestEvent(t.services, actorOf(organiser), { slug: "covid-practice" });
      await saveEventTranslation(t.services, actorOf(organiser), event.id, "fr", {
        title: "COVID-19 et réduction des risques : partager les pratiques",
        summary: "Comment les services se sont adaptés pendant la pandémie.",
        body: "Les équipes comparent leurs pratiques.",
        objectives: "Partager les pratiques\nGarder les services ouverts",
        status: "published",
      });
      await saveSession(t.services, actorOf(organiser), event.id, null, {
        kind: "opening",
        day: 1,
        starts: "09:00",
        ends: "09:15",
        title: { en: "Welcome", fr: "Accueil" },
        description: {},
        room: "",
        people: [],
      });
      await createTestEvent(t.services, actorOf(organiser), { slug: "draft-webinar", isPublished: false });

      const fr = await api("GET", "/api/v1/events?locale=fr");
      assert.equal(fr.status, 200);
      assert.equal(fr.headers["cache-control"], "public, max-age=60");
      const list = EventList.parse(fr.json);
      assert.deepEqual(
        list.data.map((e) => e.slug),
        ["covid-practice"],
        "unpublished events are not listed",
      );
      const item = list.data[0]!;
      assert.equal(item.locale, "fr");
      assert.equal(item.is_fallback, false);
      assert.equal(item.title, "COVID-19 et réduction des risques : partager les pratiques");
      assert.deepEqual([...item.available_locales].sort(), ["en", "fr"]);
      assert.equal(item.starts_at, "2026-12-07T08:00:00.000Z");
      assert.equal(item.time_zone, "Europe/Paris");
      assert.equal(item.url, "http://localhost:3000/fr/events/covid-practice");
      assert.deepEqual(list.pagination, { page: 1, per_page: 20, total: 1, total_pages: 1 });

      const ru = EventList.parse((await api("GET", "/api/v1/events?locale=ru")).json).data[0]!;
      assert.equal(ru.locale, "en", "Russian falls back to the source language");
      assert.equal(ru.is_fallback, true);
      assert.equal(ru.title, "COVID-19 and harm reduction: sharing experiences in practice");
      const negotiated = EventList.parse((await api("GET", "/api/v1/events", { headers: { "accept-language": "fr-FR,fr;q=0.9" } })).json);
      assert.equal(negotiated.data[0]?.locale, "fr", "without ?locale the Accept-Language header decides");

      const count = async (query: string) => EventList.parse((await api("GET", `/api/v1/events?${query}`)).json).pagination.total;
      assert.equal(await count("kind=webinar"), 1);
      assert.equal(await count("kind=seminar"), 0);
      assert.equal(await count("online=true"), 1);
      assert.equal(await count("online=false"), 0);
      assert.equal(await count("when=past"), 0);
      assert.equal(await count("when=all&per_page=100"), 1);
      assert.deepEqual(Object.keys(assertError(await api("GET", "/api/v1/events?per_page=101"), 422, "VALIDATION_FAILED")), ["per_page"]);
      assertError(await api("GET", "/api/v1/events?when=soon"), 422, "VALIDATION_FAILED");
      assertError(await api("GET", "/api/v1/events?page=1&page=2"), 422, "VALIDATION_FAILED");

      const detailAnswer = await api("GET", "/api/v1/events/covid-practice?locale=fr");
      assert.equal(detailAnswer.status, 200);
      const detail = EventDetail.parse(detailAnswer.json);
      assert.equal(detail.id, event.id);
      assert.deepEqual(detail.objectives, ["Partager les pratiques", "Garder les services ouverts"]);
      assert.equal(detail.occurrences.length, 2);
      assert.equal(detail.occurrences[0]?.seats_left, 3);
      assert.equal(detail.occurrences[0]?.registration_state, "open");
      assert.equal(detail.questions.length, 1);
      assert.equal(detail.questions[0]?.required, true);
      assert.equal(detail.agenda[0]?.title, "Accueil");
      assert.equal(detail.agenda[0]?.starts_at, "2026-12-07T08:00:00.000Z", "09:00 in Paris on the first occurrence, in UTC");
      assert.equal(detail.agenda[0]?.ends_at, "2026-12-07T08:15:00.000Z");
      assert.equal((await api("GET", `/api/v1/events/${event.id}`)).status, 200, "an event answers to its id too");

      const occurrenceList = await api("GET", `/api/v1/events/${event.id}/occurrences`);
      assert.equal(OccurrenceList.parse(occurrenceList.json).data.length, 2);
      const one = await api("GET", `/api/v1/occurrences/${occurrences[1]!.id}`);
      const occurrence = PublicOccurrence.parse(one.json);
      assert.equal(occurrence.starts_at, "2026-12-07T15:30:00.000Z");
      assert.equal(occurrence.capacity, 3);
      for (const answer of [fr, detailAnswer, occurrenceList, one]) {
        assert.doesNotMatch(answer.body, /meet\.example\.org|join_url|@example\.org/, "no join link or address in public answers");
      }

      assertError(await api("GET", "/api/v1/events/draft-webinar"), 404, "NOT_FOUND");
      assertError(await api("GET", "/api/v1/events/no-such-event"), 404, "NOT_FOUND");
      assertError(await api("GET", "/api/v1/occurrences/no-such-occurrence"), 404, "NOT_FOUND");
      const preview = await api("GET", "/api/v1/events/draft-webinar", { token: organiserToken });
      assert.equal(preview.status, 200, "its organiser sees an unpublished event with a token");
      assert.equal(EventDetail.parse(preview.json).published, false);
      assert.equal(preview.headers["cache-control"], "no-store");
      assertError(await api("GET", "/api/v1/events/draft-webinar", { token: otherToken }), 404, "NOT_FOUND");
    });

    test("registering: 202 and the private link only by mail, confirmed then waitlisted when full", async () => {
      const { event, occurrences, questionIds } = await createTestEvent(t.services, actorOf(organiser), {
        occurrences: [{ capacity: 1 }],
      });
      const url = `/api/v1/occurrences/${occurrences[0]!.id}/registrations`;
      const answers = { [questionIds[0]!]: "Harm Reduction Network" };

      const first = await api("POST", url, { body: { name: "Ana", email: "ana@example.net", locale: "sr-Latn", answers } });
      assert.equal(first.status, 202, first.body);
      assert.equal(first.headers["cache-control"], "no-store");
      assert.deepEqual(RegistrationReceived.parse(first.json), {
        next_step: "check_email",
        message: translate("sr-Latn", "site.register.sent.body"),
      });
      const token = await tokenFromMail(t, "ana@example.net");
      const found = await findByToken(t.services.db, token);
      assert.equal(found?.registration.status, "confirmed");
      assert.equal(found?.registration.locale, "sr-Latn");

      const second = await api("POST", url, { body: { name: "Boris", email: "boris@example.net", pseudonymous: true } });
      assert.equal(second.status, 202, second.body);
      assert.equal((await findByToken(t.services.db, await tokenFromMail(t, "boris@example.net")))?.registration.status, "waitlisted");

      const occurrence = PublicOccurrence.parse((await api("GET", `/api/v1/occurrences/${occurrences[0]!.id}`)).json);
      assert.equal(occurrence.seats_left, 0);

      const list = RegistrationList.parse((await api("GET", `/api/v1/events/${event.id}/registrations`, { token: organiserToken })).json);
      assert.equal(list.data.length, 2);
      assert.doesNotMatch(JSON.stringify(list), new RegExp(token), "the token is never shown");
    });

    test("a stranger cannot tell from the API whether an address is registered, nor break the registrant's link", async () => {
      const { event, occurrences, questionIds } = await createTestEvent(t.services, actorOf(organiser), {
        occurrences: [{ capacity: 2 }],
      });
      const url = `/api/v1/occurrences/${occurrences[0]!.id}/registrations`;
      const answers = { [questionIds[0]!]: "Peer group" };
      assert.equal((await api("POST", url, { body: { name: "Mira", email: "mira@example.net", locale: "ru", answers } })).status, 202);
      const token = await tokenFromMail(t, "mira@example.net");
      const seats = async () => PublicOccurrence.parse((await api("GET", `/api/v1/occurrences/${occurrences[0]!.id}`)).json).seats_left;
      const seatsBefore = await seats();

      const probes: Answer[] = [];
      for (let i = 0; i < 5; i++) probes.push(await api("POST", url, { body: { name: "X", email: "MIRA@example.net", answers } }));
      const fresh = await api("POST", url, { body: { name: "X", email: "nobody-yet@example.net", answers } });
      for (const probe of probes) {
        assert.equal(probe.status, fresh.status, "no 409 for a known address");
        assert.equal(probe.body, fresh.body, "the same bytes for a known and a new address");
        assert.equal(probe.headers["content-type"], fresh.headers["content-type"]);
      }
      await t.worker?.drain();
      assert.equal(await seats(), (seatsBefore ?? 0) - 1, "only the new address took a seat; the probes changed nothing");
      const found = await findByToken(t.services.db, token);
      assert.equal(found?.registration.email, "mira@example.net", "Mira's first link still works after five probes");
      const rows = RegistrationList.parse((await api("GET", `/api/v1/events/${event.id}/registrations`, { token: organiserToken })).json);
      assert.equal(rows.data.filter((r) => r.email === "mira@example.net").length, 1);

      await t.worker?.drain();
      const toMira = (await listOutbox(t.config.dataDir)).filter((m) => m.to === "mira@example.net");
      const notices = toMira.filter((m) => m.subject.startsWith(translate("ru", "events.mail.link.subject", { event: "" })));
      assert.equal(notices.length, 3, "at most 3 mails a day about an address already registered");
      assert.ok(
        notices.every((m) => m.locale === "ru"),
        "in the registrant's language",
      );
    });

    test("validation errors have one shape, with messages in the language of the body or of Accept-Language", async () => {
      const { occurrences, questionIds } = await createTestEvent(t.services, actorOf(organiser));
      const url = `/api/v1/occurrences/${occurrences[0]!.id}/registrations`;

      const french = await api("POST", url, { body: { name: " ", email: "not-an-address", locale: "fr" } });
      const fields = assertError(french, 422, "VALIDATION_FAILED");
      assert.equal(ErrorBody.parse(french.json).error.message, translate("fr", "error.validation"));
      assert.deepEqual(fields.email, { code: "events.emailInvalid", message: translate("fr", "events.emailInvalid") });
      assert.equal(fields.name?.code, "events.nameRequired");
      assert.deepEqual(fields[`answers.${questionIds[0]}`], {
        code: "events.answerRequired",
        message: translate("fr", "events.answerRequired"),
      });

      const russian = await api("POST", url, { body: { name: "Ivan", email: "nope" }, headers: { "accept-language": "ru-RU,ru;q=0.9" } });
      assert.equal(assertError(russian, 422, "VALIDATION_FAILED").email?.message, translate("ru", "events.emailInvalid"));

      const types = assertError(
        await api("POST", url, { body: { name: 5, email: "x@example.net", pseudonymous: "yes", answers: [], shoeSize: 42 } }),
        422,
        "VALIDATION_FAILED",
      );
      assert.equal(types.name?.code, "api.wrongType");
      assert.equal(types.pseudonymous?.code, "api.wrongType");
      assert.equal(types.answers?.code, "api.wrongType");
      assert.equal(types.shoeSize?.code, "api.unknownField", "named as sent");
      assert.equal(assertError(await api("POST", url, { body: {} }), 422, "VALIDATION_FAILED").email?.code, "api.required");
      assert.equal(assertError(await api("POST", url, { body: [1, 2] }), 422, "VALIDATION_FAILED").body?.code, "api.wrongType");

      const malformed = await api("POST", url, { raw: '{"name": "Ana",', headers: { "content-type": "application/json" } });
      assert.equal(assertError(malformed, 400, "BAD_REQUEST").body?.code, "api.jsonInvalid");
      const form = await api("POST", url, { raw: "name=Ana", headers: { "content-type": "application/x-www-form-urlencoded" } });
      assert.equal(assertError(form, 400, "BAD_REQUEST").body?.code, "api.jsonOnly");
      assertError(
        await api("POST", "/api/v1/occurrences/no-such-occurrence/registrations", { body: { name: "A", email: "a@b.org" } }),
        404,
        "NOT_FOUND",
      );
    });

    test("registering is limited per address like the web form, in its own bucket, with Retry-After", async () => {
      const { occurrences, questionIds } = await createTestEvent(t.services, actorOf(organiser), { occurrences: [{ capacity: 100 }] });
      const url = `/api/v1/occurrences/${occurrences[0]!.id}/registrations`;
      const answers = { [questionIds[0]!]: "Venue" };
      assert.equal(t.config.registrationLimit, 60, "sixty per address and 10 minutes by default");
      for (let i = 0; i < t.config.registrationLimit; i++) {
        const answer = await api("POST", url, { body: { name: `P${i}`, email: `p${i}@example.net`, answers }, address: "10.99.0.1" });
        assert.equal(answer.status, 202, `registration ${i + 1} from one venue is taken`);
      }
      const limited = await api("POST", url, { body: { name: "Late", email: "late@example.net", answers }, address: "10.99.0.1" });
      assertError(limited, 429, "RATE_LIMITED");
      assert.equal(limited.headers["retry-after"], "600");
      assert.equal((await api("POST", url, { body: {}, address: "10.99.0.2" })).status, 422, "another address is not limited");
      t.clock.advance(10 * 60_000);
      assert.equal(
        (await api("POST", url, { body: { name: "Late", email: "late@example.net", answers }, address: "10.99.0.1" })).status,
        202,
      );
    });

    test("token writes: an organiser creates and runs an event, others get 401 or 403", async () => {
      const newEvent = {
        slug: "naloxone-training-belgrade",
        kind: "training",
        source_locale: "sr-Latn",
        title: "Obuka o naloksonu",
        summary: "Kako prepoznati predoziranje i dati nalokson.",
        objectives: ["Prepoznati predoziranje", "Dati nalokson"],
        time_zone: "Europe/Belgrade",
        venue: "Dom omladine",
        city: { "sr-Latn": "Beograd", "sr-Cyrl": "Београд", en: "Belgrade" },
        country: "rs",
        working_languages: ["sr-Latn"],
      };
      const anonymous = await api("POST", "/api/v1/events", { body: newEvent });
      assertError(anonymous, 401, "NOT_SIGNED_IN");
      assert.match(String(anonymous.headers["www-authenticate"]), /^Bearer/);
      assertError(await api("POST", "/api/v1/events", { body: newEvent, token: "otr_not-a-real-token" }), 401, "NOT_SIGNED_IN");
      assertError(await api("GET", "/api/v1/events", { headers: { authorization: "Basic abc" } }), 401, "NOT_SIGNED_IN");
      assertError(await api("POST", "/api/v1/events", { body: newEvent, token: participantToken }), 403, "FORBIDDEN");

      const created = await api("POST", "/api/v1/events", { body: newEvent, token: organiserToken });
      assert.equal(created.status, 201, created.body);
      const event = EventDetail.parse(created.json);
      assert.equal(event.published, false);
      assert.equal(event.locale, "sr-Latn");
      assert.equal(event.city, "Beograd");
      assert.equal(event.country, "RS");
      assert.deepEqual(event.objectives, ["Prepoznati predoziranje", "Dati nalokson"]);
      assertError(await api("POST", "/api/v1/events", { body: newEvent, token: organiserToken }), 409, "CONFLICT");

      const bad = assertError(
        await api("POST", "/api/v1/events", {
          body: { ...newEvent, slug: "Not A Slug", time_zone: "Mars/Olympus", organisations: [{ organisation_id: "nope", role: "host" }] },
          token: organiserToken,
        }),
        422,
        "VALIDATION_FAILED",
      );
      assert.equal(bad.organisations?.code, "api.unknownReference");
      const badSettings = assertError(
        await api("POST", "/api/v1/events", {
          body: { ...newEvent, slug: "Not A Slug", time_zone: "Mars/Olympus" },
          token: organiserToken,
        }),
        422,
        "VALIDATION_FAILED",
      );
      assert.equal(badSettings.slug?.code, "pages.slugInvalid");
      assert.equal(badSettings.time_zone?.code, "events.timeZoneInvalid");

      const occurrenceBody = {
        starts_at: "2026-12-10T10:00:00+01:00",
        ends_at: "2026-12-10T16:00:00+01:00",
        capacity: 25,
        reminders_minutes: [1440],
        join_url: "https://meet.example.org/naloxone",
      };
      const occurrenceAnswer = await api("POST", `/api/v1/events/${event.id}/occurrences`, { body: occurrenceBody, token: organiserToken });
      assert.equal(occurrenceAnswer.status, 201, occurrenceAnswer.body);
      const occurrence = ManagedOccurrence.parse(occurrenceAnswer.json);
      assert.equal(occurrence.starts_at, "2026-12-10T09:00:00.000Z");
      assert.equal(occurrence.join_url, "https://meet.example.org/naloxone");
      const local = assertError(
        await api("POST", `/api/v1/events/${event.id}/occurrences`, {
          body: { ...occurrenceBody, starts_at: "2026-12-10T10:00" },
          token: organiserToken,
        }),
        422,
        "VALIDATION_FAILED",
      );
      assert.equal(local.starts_at?.code, "api.dateTimeInvalid");
      const backwards = assertError(
        await api("POST", `/api/v1/events/${event.id}/occurrences`, {
          body: { ...occurrenceBody, ends_at: "2026-12-10T08:00:00Z" },
          token: organiserToken,
        }),
        422,
        "VALIDATION_FAILED",
      );
      assert.equal(backwards.ends_at?.code, "events.endsBeforeStart");

      for (const [method, url, body] of [
        ["PATCH", `/api/v1/events/${event.id}`, { venue: "Elsewhere" }],
        ["POST", `/api/v1/events/${event.id}/publish`, undefined],
        ["POST", `/api/v1/events/${event.id}/occurrences`, occurrenceBody],
        ["PATCH", `/api/v1/occurrences/${occurrence.id}`, { capacity: 1 }],
        ["GET", `/api/v1/events/${event.id}/registrations`, undefined],
      ] as const) {
        assertError(await api(method, url, { body, token: otherToken }), 403, "FORBIDDEN");
        assertError(await api(method, url, { body }), 401, "NOT_SIGNED_IN");
      }

      assertError(await api("GET", `/api/v1/events/${event.slug}`), 404, "NOT_FOUND");
      const published = await api("POST", `/api/v1/events/${event.id}/publish`, { token: organiserToken });
      assert.equal(EventDetail.parse(published.json).published, true);
      assert.equal((await api("GET", `/api/v1/events/${event.slug}`)).status, 200, "published: public now");

      const patched = await api("PATCH", `/api/v1/events/${event.id}`, {
        body: { venue: "Kulturni centar", title: "Obuka o naloksonu za terenske radnike" },
        token: organiserToken,
      });
      assert.equal(patched.status, 200, patched.body);
      const afterPatch = EventDetail.parse(patched.json);
      assert.equal(afterPatch.venue, "Kulturni centar");
      assert.equal(afterPatch.title, "Obuka o naloksonu za terenske radnike");
      assert.equal(afterPatch.summary, newEvent.summary, "what the patch leaves out stays");
      assert.equal(afterPatch.city, "Beograd");
      assert.equal(
        (await api("PATCH", `/api/v1/events/${event.id}`, { body: { online: true }, token: adminToken })).status,
        200,
        "admins manage every event",
      );

      const occurrencePatch = await api("PATCH", `/api/v1/occurrences/${occurrence.id}`, {
        body: { capacity: 30, cancelled: true },
        token: organiserToken,
      });
      assert.equal(occurrencePatch.status, 200, occurrencePatch.body);
      const changed = ManagedOccurrence.parse(occurrencePatch.json);
      assert.equal(changed.capacity, 30);
      assert.equal(changed.cancelled, true);
      assert.equal(changed.registration_state, "cancelled");
      assert.equal(changed.starts_at, occurrence.starts_at, "what the patch leaves out stays");
      assert.equal(
        assertError(
          await api("PATCH", `/api/v1/occurrences/${occurrence.id}`, { body: { capacity: -1 }, token: organiserToken }),
          422,
          "VALIDATION_FAILED",
        ).capacity?.code,
        "api.outOfRange",
      );

      const unpublished = await api("POST", `/api/v1/events/${event.id}/unpublish`, { token: organiserToken });
      assert.equal(EventDetail.parse(unpublished.json).published, false);
    });

    test("a browser session does not reach token routes; /me tells who a token belongs to", async () => {
      const browser = new TestClient(t.app);
      await signIn(browser, await createPerson(t.services, "admin"), t.clock);
      assert.equal((await browser.get("/admin")).statusCode, 200);
      assert.equal((await browser.get("/api/v1/me")).statusCode, 401, "the session cookie is ignored under /api");

      const me = await api("GET", "/api/v1/me", { token: organiserToken });
      assert.equal(me.status, 200);
      assert.equal(me.headers["cache-control"], "no-store");
      assert.deepEqual(Me.parse(me.json), {
        id: organiser.id,
        name: organiser.name,
        email: organiser.email,
        role: "organiser",
        locales: [],
      });
    });

    test("approve, decline, cancel and move change statuses and promote the waitlist", async () => {
      const { event, occurrences, questionIds } = await createTestEvent(t.services, actorOf(organiser), {
        occurrences: [{ capacity: 1 }, { startsAt: "2026-12-07T15:30:00.000Z", endsAt: "2026-12-07T17:00:00.000Z", capacity: 1 }],
      });
      const [early, late] = occurrences as [(typeof occurrences)[0], (typeof occurrences)[0]];
      const registeredAs = async (email: string) => {
        const found = await findByToken(t.services.db, await tokenFromMail(t, email));
        assert.ok(found);
        return found.registration;
      };
      const registerAt = async (occurrenceId: string, name: string) => {
        const email = `${name.toLowerCase()}@example.net`;
        const answer = await api("POST", `/api/v1/occurrences/${occurrenceId}/registrations`, {
          body: { name, email, answers: { [questionIds[0]!]: "Network" } },
        });
        assert.equal(answer.status, 202, answer.body);
        return registeredAs(email);
      };
      const status = async (id: string) =>
        Registration.parse((await api("GET", `/api/v1/registrations/${id}`, { token: organiserToken })).json).status;
      const act = (id: string, action: string, token = organiserToken, body?: unknown) =>
        api("POST", `/api/v1/registrations/${id}/${action}`, { token, body });

      const ana = await registerAt(early.id, "Ana");
      const boris = await registerAt(early.id, "Boris");
      assert.equal(boris.status, "waitlisted");

      assertError(await act(ana.id, "cancel", otherToken), 403, "FORBIDDEN");
      assertError(await act(ana.id, "cancel", ""), 401, "NOT_SIGNED_IN");
      assertError(await api("GET", `/api/v1/registrations/${ana.id}`, { token: otherToken }), 403, "FORBIDDEN");
      assertError(await act("no-such-registration", "cancel"), 404, "NOT_FOUND");

      const cancelled = await act(ana.id, "cancel");
      assert.equal(Registration.parse(cancelled.json).status, "cancelled");
      assert.equal(await status(boris.id), "confirmed", "the freed seat goes to the waitlist");
      assertError(await act(ana.id, "cancel"), 409, "CONFLICT");

      const chen = await registerAt(early.id, "Chen");
      assert.equal(chen.status, "waitlisted");
      assert.equal(
        assertError(await act(boris.id, "move", organiserToken, { occurrence_id: "nowhere" }), 422, "VALIDATION_FAILED").occurrence_id
          ?.code,
        "api.unknownReference",
      );
      assert.equal(
        assertError(await act(boris.id, "move", organiserToken, { occurrence: late.id }), 422, "VALIDATION_FAILED").occurrence?.code,
        "api.unknownField",
      );
      const moved = Registration.parse((await act(boris.id, "move", organiserToken, { occurrence_id: late.id })).json);
      assert.equal(moved.occurrence_id, late.id);
      assert.equal(moved.status, "confirmed");
      assert.equal(await status(chen.id), "confirmed", "the seat Boris left goes to Chen");

      const confirmed = RegistrationList.parse(
        (await api("GET", `/api/v1/events/${event.id}/registrations?status=confirmed`, { token: organiserToken })).json,
      );
      assert.deepEqual(confirmed.data.map((r) => r.name).sort(), ["Boris", "Chen"]);
      const atEarly = RegistrationList.parse(
        (await api("GET", `/api/v1/events/${event.slug}/registrations?occurrence=${early.id}&per_page=1&page=2`, { token: adminToken }))
          .json,
      );
      assert.deepEqual(atEarly.pagination, { page: 2, per_page: 1, total: 2, total_pages: 2 });

      const approval = await createTestEvent(t.services, actorOf(organiser), { overrides: { requiresApproval: true } });
      const approvalAnswers = { [approval.questionIds[0]!]: "Network" };
      const register = async (name: string) => {
        const email = `${name.toLowerCase()}@example.net`;
        await api("POST", `/api/v1/occurrences/${approval.occurrences[0]!.id}/registrations`, {
          body: { name, email, answers: approvalAnswers },
        });
        return registeredAs(email);
      };
      const dara = await register("Dara");
      const emil = await register("Emil");
      assert.equal(dara.status, "pending");
      assert.equal(Registration.parse((await act(dara.id, "approve")).json).status, "confirmed");
      assert.equal(Registration.parse((await act(emil.id, "decline")).json).status, "declined");
      assertError(await act(dara.id, "approve"), 409, "CONFLICT");
    });

    test("the OpenAPI document describes every route under /api/v1", async () => {
      const answer = await api("GET", "/api/v1/openapi.json");
      assert.equal(answer.status, 200);
      const doc = answer.json as OpenApi;
      assert.equal(doc.openapi, "3.1.0");
      const apiRoutes = t.app.routeTable.filter((r) => r.url.startsWith("/api/v1"));
      assert.ok(apiRoutes.length >= 19);
      for (const route of apiRoutes) {
        const operation = doc.paths[openApiPath(route.url)]?.[route.method.toLowerCase()];
        assert.ok(operation, `${route.method} ${route.url} is missing from the document`);
        const needsToken = route.access !== "public";
        assert.equal(
          JSON.stringify(operation.security ?? []).includes("bearerAuth") && !JSON.stringify(operation.security).includes("{}"),
          needsToken,
          `${route.method} ${route.url}: bearerAuth required exactly on token routes`,
        );
        if (!needsToken && !operation.security?.length) {
          assert.deepEqual(operation.security, [], `${route.method} ${route.url}: a public operation says security: []`);
        }
        if (operation.requestBody) assert.ok(operation.responses["413"], `${route.method} ${route.url} lists 413`);
        assert.ok(operation.responses["401"], `${route.method} ${route.url} lists 401 for a bad token`);
        for (const name of [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1])) {
          assert.ok(
            operation.parameters.some((p) => p.name === name && p.in === "path"),
            `${route.url} documents its path parameter ${name}`,
          );
        }
      }
      assert.equal(Object.keys(doc.paths).length, new Set(apiRoutes.map((r) => openApiPath(r.url))).size, "no path without a route");
      const refs = [...answer.body.matchAll(/"\$ref":"#\/components\/(schemas|responses)\/([^"]+)"/g)];
      assert.ok(refs.length > 0);
      for (const [, kind, name] of refs) assert.ok(doc.components[kind!]?.[name!], `${kind}/${name} is defined`);
      assert.deepEqual(doc.components.securitySchemes?.bearerAuth, {
        type: "http",
        scheme: "bearer",
        description: "A token made on the server with `outreach token create --email <staff address>`.",
      });
      assert.deepEqual(doc.components.schemas.RegistrationInput?.required, ["name", "email"]);

      // The 413 the document promises is what a body over the limit really gets.
      const bodyRoute = apiRoutes.find(
        (r) => r.method === "POST" && r.access === "public" && doc.paths[openApiPath(r.url)]?.post?.requestBody,
      );
      assert.ok(bodyRoute);
      const huge = await api("POST", bodyRoute.url.replace(/:(\w+)/g, "x"), {
        raw: `{"name":"${"a".repeat(1100 * 1024)}"}`,
        headers: { "content-type": "application/json" },
      });
      assert.equal(huge.status, 413);
    });
  });
}
